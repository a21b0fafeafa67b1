//! Files and file descriptors: open/read/write/close, pipes and dup, the
//! directory listing (getdents64), stat, the current directory, and the
//! terminal question (ioctl TCGETS).

use alloc::vec::Vec;
use core::mem::MaybeUninit;

use crate::errno::Errno;
use crate::syscall::{syscall, SysResult};
use crate::syscall_nr as nr;

/// A file descriptor.
pub type Fd = i32;

pub const STDIN: Fd = 0;
pub const STDOUT: Fd = 1;
pub const STDERR: Fd = 2;

/// `openat`'s "relative to the current directory".
pub const AT_FDCWD: Fd = -100;

// Open flags (asm-generic fcntl.h, as riscv64 uses them).
pub const O_RDONLY: u32 = 0;
pub const O_WRONLY: u32 = 0o1;
pub const O_RDWR: u32 = 0o2;
pub const O_CREAT: u32 = 0o100;
pub const O_EXCL: u32 = 0o200;
pub const O_TRUNC: u32 = 0o1000;
pub const O_APPEND: u32 = 0o2000;
pub const O_DIRECTORY: u32 = 0o200000;
pub const O_CLOEXEC: u32 = 0o2000000;

/// Runs `f` with `s` as a NUL-terminated C string (on the stack when short).
pub fn with_cstr<R>(s: &str, f: impl FnOnce(*const u8) -> R) -> R {
    let mut small = [0u8; 256];
    if s.len() < small.len() {
        small[..s.len()].copy_from_slice(s.as_bytes());
        f(small.as_ptr())
    } else {
        let mut owned = Vec::with_capacity(s.len() + 1);
        owned.extend_from_slice(s.as_bytes());
        owned.push(0);
        f(owned.as_ptr())
    }
}

/// Opens `path` relative to the directory `dirfd`.
pub fn openat(dirfd: Fd, path: &str, flags: u32, mode: u32) -> SysResult<Fd> {
    with_cstr(path, |p| {
        // SAFETY: `p` is a NUL-terminated string that lives across the call.
        unsafe {
            syscall(
                nr::OPENAT,
                &[dirfd as usize, p as usize, flags as usize, mode as usize],
            )
        }
    })
    .map(|fd| fd as Fd)
}

/// Opens `path` relative to the current directory.
pub fn open(path: &str, flags: u32, mode: u32) -> SysResult<Fd> {
    openat(AT_FDCWD, path, flags, mode)
}

/// Reads into `buf`; `Ok(0)` is end of file.
pub fn read(fd: Fd, buf: &mut [u8]) -> SysResult {
    // SAFETY: `buf` is writable for its length.
    unsafe {
        syscall(
            nr::READ,
            &[fd as usize, buf.as_mut_ptr() as usize, buf.len()],
        )
    }
}

/// Writes some of `buf`; returns how much was written.
pub fn write(fd: Fd, buf: &[u8]) -> SysResult {
    // SAFETY: `buf` is readable for its length.
    unsafe { syscall(nr::WRITE, &[fd as usize, buf.as_ptr() as usize, buf.len()]) }
}

/// Writes all of `buf`, retrying after short writes (pipes may take less).
pub fn write_all(fd: Fd, mut buf: &[u8]) -> SysResult<()> {
    while !buf.is_empty() {
        match write(fd, buf) {
            Ok(0) => return Err(Errno::EIO),
            Ok(n) => buf = &buf[n..],
            Err(Errno::EINTR) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

pub fn close(fd: Fd) -> SysResult<()> {
    // SAFETY: no memory is passed.
    unsafe { syscall(nr::CLOSE, &[fd as usize]) }.map(drop)
}

/// A new pipe: (read end, write end).
pub fn pipe() -> SysResult<(Fd, Fd)> {
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 writes two ints into `fds`.
    unsafe { syscall(nr::PIPE2, &[fds.as_mut_ptr() as usize, 0]) }?;
    Ok((fds[0], fds[1]))
}

/// A new descriptor for the file `fd` refers to, the lowest free one.
pub fn dup(fd: Fd) -> SysResult<Fd> {
    // SAFETY: no memory is passed.
    unsafe { syscall(nr::DUP, &[fd as usize]) }.map(|fd| fd as Fd)
}

/// Makes `new` refer to what `old` refers to (closing `new` first), like
/// POSIX dup2: built on dup3, which refuses old == new.
pub fn dup2(old: Fd, new: Fd) -> SysResult<Fd> {
    if old == new {
        return fstat(old).map(|_| new);
    }
    // SAFETY: no memory is passed.
    unsafe { syscall(nr::DUP3, &[old as usize, new as usize, 0]) }.map(|fd| fd as Fd)
}

/// `lseek` whence values.
pub const SEEK_SET: u32 = 0;
pub const SEEK_CUR: u32 = 1;
pub const SEEK_END: u32 = 2;

pub fn lseek(fd: Fd, offset: i64, whence: u32) -> SysResult<u64> {
    // SAFETY: no memory is passed.
    unsafe { syscall(nr::LSEEK, &[fd as usize, offset as usize, whence as usize]) }
        .map(|o| o as u64)
}

pub fn chdir(path: &str) -> SysResult<()> {
    // SAFETY: `p` is a NUL-terminated string that lives across the call.
    with_cstr(path, |p| unsafe { syscall(nr::CHDIR, &[p as usize]) }).map(drop)
}

/// The current directory, written into `buf`.
pub fn getcwd(buf: &mut [u8]) -> SysResult<&str> {
    // SAFETY: `buf` is writable for its length.
    unsafe { syscall(nr::GETCWD, &[buf.as_mut_ptr() as usize, buf.len()]) }?;
    let len = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    core::str::from_utf8(&buf[..len]).map_err(|_| Errno::EINVAL)
}

/// ioctl request: get the terminal's settings (struct termios).
pub const TCGETS: usize = 0x5401;

/// Whether `fd` is a terminal: the kernel answers TCGETS for it.
pub fn isatty(fd: Fd) -> bool {
    // Larger than the kernel's struct termios (36 bytes) and glibc's (60).
    let mut termios = [0u8; 64];
    // SAFETY: TCGETS writes at most a struct termios into the buffer.
    unsafe {
        syscall(
            nr::IOCTL,
            &[fd as usize, TCGETS, termios.as_mut_ptr() as usize],
        )
    }
    .is_ok()
}

/// What `stat` reports (the fields rvlab's programs use).
#[derive(Clone, Copy, Debug)]
pub struct Stat {
    /// File type and permission bits (`S_IF*` | 0o777).
    pub mode: u32,
    pub size: u64,
    pub nlink: u32,
    /// The file system (`st_dev`) and the file's number in it: together
    /// they tell whether two paths are the same file.
    pub dev: u64,
    pub ino: u64,
    /// The device a device file stands for (`st_rdev`).
    pub rdev: u64,
}

pub const S_IFMT: u32 = 0o170000;
pub const S_IFDIR: u32 = 0o040000;
pub const S_IFREG: u32 = 0o100000;
pub const S_IFCHR: u32 = 0o020000;
pub const S_IFIFO: u32 = 0o010000;
pub const S_IFLNK: u32 = 0o120000;

/// The kernel's `struct stat` for riscv64 (asm-generic stat.h), 128 bytes.
#[repr(C)]
struct KernelStat {
    dev: u64,
    ino: u64,
    mode: u32,
    nlink: u32,
    uid: u32,
    gid: u32,
    rdev: u64,
    pad1: u64,
    size: i64,
    blksize: i32,
    pad2: i32,
    blocks: i64,
    times: [i64; 6],
    unused: [u32; 2],
}

fn from_kernel(st: &KernelStat) -> Stat {
    Stat {
        mode: st.mode,
        size: st.size as u64,
        nlink: st.nlink,
        dev: st.dev,
        ino: st.ino,
        rdev: st.rdev,
    }
}

/// `stat(path)`, through newfstatat.
pub fn stat(path: &str) -> SysResult<Stat> {
    let mut st = MaybeUninit::<KernelStat>::zeroed();
    with_cstr(path, |p| {
        // SAFETY: newfstatat writes one struct stat into `st`.
        unsafe {
            syscall(
                nr::NEWFSTATAT,
                &[AT_FDCWD as usize, p as usize, st.as_mut_ptr() as usize, 0],
            )
        }
    })?;
    // SAFETY: zeroed is a valid KernelStat (plain integers), filled by the kernel.
    Ok(from_kernel(unsafe { &st.assume_init() }))
}

pub fn fstat(fd: Fd) -> SysResult<Stat> {
    let mut st = MaybeUninit::<KernelStat>::zeroed();
    // SAFETY: fstat writes one struct stat into `st`.
    unsafe { syscall(nr::FSTAT, &[fd as usize, st.as_mut_ptr() as usize]) }?;
    // SAFETY: as in `stat`.
    Ok(from_kernel(unsafe { &st.assume_init() }))
}

/// Directory entry types (`d_type`).
pub const DT_UNKNOWN: u8 = 0;
pub const DT_CHR: u8 = 2;
pub const DT_DIR: u8 = 4;
pub const DT_REG: u8 = 8;
pub const DT_LNK: u8 = 10;

/// One entry of a directory.
#[derive(Clone, Copy, Debug)]
pub struct DirEntry<'a> {
    pub ino: u64,
    pub kind: u8,
    pub name: &'a [u8],
}

/// Fills `buf` with `struct linux_dirent64` records; `Ok(0)` at the end.
pub fn getdents64(fd: Fd, buf: &mut [u8]) -> SysResult {
    // SAFETY: `buf` is writable for its length.
    unsafe {
        syscall(
            nr::GETDENTS64,
            &[fd as usize, buf.as_mut_ptr() as usize, buf.len()],
        )
    }
}

/// Walks the records getdents64 left in a buffer:
/// `u64 d_ino, i64 d_off, u16 d_reclen, u8 d_type, char d_name[]` (NUL-ended).
pub fn dirents(buf: &[u8]) -> impl Iterator<Item = DirEntry<'_>> {
    let mut at = 0;
    core::iter::from_fn(move || {
        let rec = buf.get(at..)?;
        if rec.len() < 19 {
            return None;
        }
        let u64_at = |i: usize| u64::from_le_bytes(rec[i..i + 8].try_into().unwrap());
        let reclen = u16::from_le_bytes([rec[16], rec[17]]) as usize;
        if reclen < 19 || reclen > rec.len() {
            return None;
        }
        let name = &rec[19..reclen];
        let name = &name[..name.iter().position(|&b| b == 0).unwrap_or(name.len())];
        at += reclen;
        Some(DirEntry {
            ino: u64_at(0),
            kind: rec[18],
            name,
        })
    })
}

/// Reads a whole file into memory.
pub fn read_file(path: &str) -> SysResult<Vec<u8>> {
    let fd = open(path, O_RDONLY | O_CLOEXEC, 0)?;
    let mut data = Vec::new();
    let result = read_to_end(fd, &mut data);
    let _ = close(fd);
    result.map(|_| data)
}

/// Appends everything left in `fd` to `data`.
pub fn read_to_end(fd: Fd, data: &mut Vec<u8>) -> SysResult<()> {
    let mut chunk = [0u8; 512];
    loop {
        match read(fd, &mut chunk) {
            Ok(0) => return Ok(()),
            Ok(n) => data.extend_from_slice(&chunk[..n]),
            Err(Errno::EINTR) => {}
            Err(e) => return Err(e),
        }
    }
}
