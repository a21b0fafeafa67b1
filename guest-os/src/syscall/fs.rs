//! File syscalls. Data moves through a kernel buffer: copied from user
//! memory with the process locked, then handed to the file (which may
//! sleep, so no lock is held), or the other way round for reads.

use alloc::sync::Arc;
use alloc::vec::Vec;

use super::errno::*;
use super::{with_files, with_user};
use crate::fs::fd::FdEntry;
use crate::fs::file::*;
use crate::fs::initrd::{self, Ino};
use crate::fs::pipe::Pipe;
use crate::fs::{path, Stat};
use crate::task::{self, signal::SIGPIPE};

/// Largest chunk moved through the kernel at once.
const CHUNK: usize = 64 * 1024;
/// dirfd meaning "the current directory".
const AT_FDCWD: usize = -100isize as usize;
const AT_SYMLINK_NOFOLLOW: usize = 0x100;
const AT_EMPTY_PATH: usize = 0x1000;

/// A zeroed kernel buffer, or ENOMEM if the heap cannot give one (a user
/// must not be able to make the kernel's allocator fail fatally).
pub fn buffer(len: usize) -> Result<Vec<u8>, Errno> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(len).map_err(|_| ENOMEM)?;
    buf.resize(len, 0);
    Ok(buf)
}

fn file(fd: usize) -> Result<Arc<File>, Errno> {
    with_files(|f| f.get(fd))
}

/// Reads into user memory at `buf`: one call of the file's read.
fn read_into(file: &File, buf: usize, count: usize) -> SysResult {
    if !file.readable() {
        return Err(EBADF);
    }
    let mut kbuf = buffer(count.min(CHUNK))?;
    let n = file.read(&mut kbuf)?;
    with_user(|u| u.copy_out(buf, &kbuf[..n]))?;
    Ok(n)
}

/// Writes user memory at `buf`, all of it unless the file stops early.
fn write_from(file: &File, buf: usize, count: usize) -> SysResult {
    if !file.writable() {
        return Err(EBADF);
    }
    let mut done = 0;
    while done < count {
        let n = (count - done).min(CHUNK);
        let mut kbuf = buffer(n)?;
        with_user(|u| u.copy_in(buf + done, &mut kbuf))?;
        match file.write(&kbuf) {
            Ok(written) => {
                done += written;
                if written < n {
                    break;
                }
            }
            Err(EPIPE) => {
                // The writer gets SIGPIPE (fatal unless ignored) and EPIPE.
                let _ = crate::task::exit::kill(task::current().pid, SIGPIPE);
                return if done > 0 { Ok(done) } else { Err(EPIPE) };
            }
            Err(e) => return if done > 0 { Ok(done) } else { Err(e) },
        }
    }
    Ok(done)
}

pub fn read(fd: usize, buf: usize, count: usize) -> SysResult {
    read_into(&*file(fd)?, buf, count)
}

pub fn write(fd: usize, buf: usize, count: usize) -> SysResult {
    write_from(&*file(fd)?, buf, count)
}

/// The (base, len) pairs of an iovec array.
fn iovecs(iov: usize, count: usize) -> Result<Vec<(usize, usize)>, Errno> {
    if count > 1024 {
        return Err(EINVAL);
    }
    with_user(|u| (0..count).map(|i| Ok((u.read_val::<usize>(iov + 16 * i)?, u.read_val::<usize>(iov + 16 * i + 8)?))).collect())
}

pub fn readv(fd: usize, iov: usize, count: usize) -> SysResult {
    let file = file(fd)?;
    let mut total = 0;
    for (base, len) in iovecs(iov, count)? {
        if len == 0 {
            continue;
        }
        let n = read_into(&file, base, len)?;
        total += n;
        if n < len {
            break;
        }
    }
    Ok(total)
}

pub fn writev(fd: usize, iov: usize, count: usize) -> SysResult {
    let file = file(fd)?;
    let mut total = 0;
    for (base, len) in iovecs(iov, count)? {
        match write_from(&file, base, len) {
            Ok(n) => {
                total += n;
                if n < len {
                    break;
                }
            }
            Err(e) if total == 0 => return Err(e),
            Err(_) => break,
        }
    }
    Ok(total)
}

pub fn pread64(fd: usize, buf: usize, count: usize, offset: usize) -> SysResult {
    let file = file(fd)?;
    let mut kbuf = buffer(count.min(CHUNK))?;
    let n = file.read_at(&mut kbuf, offset)?;
    with_user(|u| u.copy_out(buf, &kbuf[..n]))?;
    Ok(n)
}

/// The directory a *at() call starts from.
fn dir_of(dirfd: usize) -> Result<Ino, Errno> {
    if dirfd == AT_FDCWD || dirfd as u32 == AT_FDCWD as u32 {
        return Ok(task::current().inner.lock().cwd);
    }
    match file(dirfd)?.kind {
        FileKind::Dir(ino) => Ok(ino),
        _ => Err(ENOTDIR),
    }
}

fn user_path(ptr: usize) -> Result<Vec<u8>, Errno> {
    with_user(|u| u.read_cstr(ptr, path::PATH_MAX))
}

pub fn openat(dirfd: usize, path_ptr: usize, flags: usize) -> SysResult {
    let path = user_path(path_ptr)?;
    if path == b"/proc/self/maps" {
        // There is no /proc; this one file is made up because glibc reads it
        // to find the main thread's stack (Rust's stack-overflow report
        // needs that).
        let maps = with_user(|u| Ok(u.maps_text()))?;
        let file = File::new(FileKind::Generated(maps), 0);
        return with_files(|f| f.alloc(file, flags & O_CLOEXEC != 0, 0));
    }
    let base = dir_of(dirfd)?;
    let ino = match path::resolve(base, &path, flags & O_NOFOLLOW == 0) {
        Ok(ino) => {
            if flags & O_CREAT != 0 && flags & O_EXCL != 0 {
                return Err(EEXIST);
            }
            ino
        }
        // Creating needs a writable file system.
        Err(ENOENT) if flags & O_CREAT != 0 => return Err(EROFS),
        Err(e) => return Err(e),
    };
    let file = File::open(ino, flags)?;
    with_files(|f| f.alloc(file, flags & O_CLOEXEC != 0, 0))
}

pub fn close(fd: usize) -> SysResult {
    let closed = with_files(|f| f.close(fd))?;
    drop(closed);
    Ok(0)
}

pub fn lseek(fd: usize, offset: i64, whence: usize) -> SysResult {
    file(fd)?.seek(offset, whence)
}

pub fn dup(fd: usize) -> SysResult {
    with_files(|f| {
        let file = f.get(fd)?;
        f.alloc(file, false, 0)
    })
}

pub fn dup3(old: usize, new: usize, flags: usize) -> SysResult {
    if old == new || new >= crate::fs::fd::MAX_FDS {
        return Err(EINVAL);
    }
    let replaced = with_files(|f| {
        let file = f.get(old)?;
        Ok(f.set(new, FdEntry { file, cloexec: flags & O_CLOEXEC != 0 }))
    })?;
    drop(replaced);
    Ok(new)
}

pub fn fcntl(fd: usize, cmd: usize, arg: usize) -> SysResult {
    const F_DUPFD: usize = 0;
    const F_GETFD: usize = 1;
    const F_SETFD: usize = 2;
    const F_GETFL: usize = 3;
    const F_SETFL: usize = 4;
    const F_DUPFD_CLOEXEC: usize = 1030;
    const FD_CLOEXEC: usize = 1;
    with_files(|files| match cmd {
        F_DUPFD | F_DUPFD_CLOEXEC => {
            let file = files.get(fd)?;
            files.alloc(file, cmd == F_DUPFD_CLOEXEC, arg)
        }
        F_GETFD => Ok(if files.entry(fd)?.cloexec { FD_CLOEXEC } else { 0 }),
        F_SETFD => {
            files.entry_mut(fd)?.cloexec = arg & FD_CLOEXEC != 0;
            Ok(0)
        }
        F_GETFL => Ok(files.get(fd)?.flags()),
        F_SETFL => {
            files.get(fd)?.set_flags(arg);
            Ok(0)
        }
        _ => Err(EINVAL),
    })
}

pub fn pipe2(fds_ptr: usize, flags: usize) -> SysResult {
    let pipe = Arc::new(Pipe::new());
    let status = flags & O_NONBLOCK;
    let reader = File::new(FileKind::PipeRead(pipe.clone()), status);
    let writer = File::new(FileKind::PipeWrite(pipe), O_WRONLY | status);
    let cloexec = flags & O_CLOEXEC != 0;
    // The table gets clones: a failed alloc drops its argument, and the
    // last reference to a pipe end must not go while a lock is held.
    let (rfd, wfd) = with_files(|f| {
        let rfd = f.alloc(reader.clone(), cloexec, 0)?;
        match f.alloc(writer.clone(), cloexec, 0) {
            Ok(wfd) => Ok((rfd, wfd)),
            Err(e) => {
                let _ = f.close(rfd);
                Err(e)
            }
        }
    })?;
    if let Err(e) = with_user(|u| u.write_val(fds_ptr, &[rfd as i32, wfd as i32])) {
        let closed = with_files(|f| (f.close(rfd), f.close(wfd)));
        drop(closed);
        return Err(e);
    }
    Ok(0)
}

fn put_stat(ptr: usize, st: &Stat) -> SysResult {
    with_user(|u| u.write_val(ptr, st))?;
    Ok(0)
}

pub fn fstat(fd: usize, statbuf: usize) -> SysResult {
    put_stat(statbuf, &file(fd)?.stat())
}

pub fn newfstatat(dirfd: usize, path_ptr: usize, statbuf: usize, flags: usize) -> SysResult {
    let path = user_path(path_ptr)?;
    if path.is_empty() && flags & AT_EMPTY_PATH != 0 {
        if dirfd == AT_FDCWD || dirfd as u32 == AT_FDCWD as u32 {
            let cwd = task::current().inner.lock().cwd;
            return put_stat(statbuf, &crate::fs::stat_inode(cwd));
        }
        return fstat(dirfd, statbuf);
    }
    let ino = path::resolve(dir_of(dirfd)?, &path, flags & AT_SYMLINK_NOFOLLOW == 0)?;
    put_stat(statbuf, &crate::fs::stat_inode(ino))
}

pub fn getdents64(fd: usize, dirp: usize, count: usize) -> SysResult {
    let records = file(fd)?.getdents(count.min(CHUNK))?;
    with_user(|u| u.copy_out(dirp, &records))?;
    Ok(records.len())
}

/// ioctl: the descriptor-flag requests every file takes (Rust's std sets
/// close-on-exec with FIOCLEX); no file here is a terminal (see
/// fs/console.rs), so the rest fail with ENOTTY.
pub fn ioctl(fd: usize, request: usize, arg: usize) -> SysResult {
    const FIONBIO: usize = 0x5421;
    const FIONCLEX: usize = 0x5450;
    const FIOCLEX: usize = 0x5451;
    match request {
        FIOCLEX | FIONCLEX => with_files(|f| f.entry_mut(fd).map(|e| e.cloexec = request == FIOCLEX))?,
        FIONBIO => {
            let on: i32 = with_user(|u| u.read_val(arg))?;
            let file = file(fd)?;
            let flags = file.flags();
            file.set_flags(if on != 0 { flags | O_NONBLOCK } else { flags & !O_NONBLOCK });
        }
        _ => {
            file(fd)?;
            return Err(ENOTTY);
        }
    }
    Ok(0)
}

pub fn readlinkat(dirfd: usize, path_ptr: usize, buf: usize, size: usize) -> SysResult {
    let path = user_path(path_ptr)?;
    let target: Vec<u8> = if path == b"/proc/self/exe" {
        task::current().inner.lock().exe.as_bytes().to_vec()
    } else {
        let ino = path::resolve(dir_of(dirfd)?, &path, false)?;
        let inode = &initrd::get().inodes[ino];
        if !inode.is_symlink() {
            return Err(EINVAL);
        }
        inode.data.to_vec()
    };
    let n = target.len().min(size);
    with_user(|u| u.copy_out(buf, &target[..n]))?;
    Ok(n)
}

pub fn getcwd(buf: usize, size: usize) -> SysResult {
    let cwd = task::current().inner.lock().cwd;
    let mut path = path::path_of(cwd).into_bytes();
    path.push(0);
    if path.len() > size {
        return Err(ERANGE);
    }
    with_user(|u| u.copy_out(buf, &path))?;
    Ok(path.len())
}

pub fn chdir(path_ptr: usize) -> SysResult {
    let path = user_path(path_ptr)?;
    let p = task::current();
    let cwd = p.inner.lock().cwd;
    let ino = path::resolve(cwd, &path, true)?;
    if !initrd::get().inodes[ino].is_dir() {
        return Err(ENOTDIR);
    }
    p.inner.lock().cwd = ino;
    Ok(0)
}

pub fn faccessat(dirfd: usize, path_ptr: usize, mode: usize) -> SysResult {
    const W_OK: usize = 2;
    const X_OK: usize = 1;
    let path = user_path(path_ptr)?;
    let ino = path::resolve(dir_of(dirfd)?, &path, true)?;
    let inode = &initrd::get().inodes[ino];
    if mode & W_OK != 0 && inode.device.is_none() {
        return Err(EROFS);
    }
    if mode & X_OK != 0 && inode.mode & 0o111 == 0 {
        return Err(EACCES);
    }
    Ok(0)
}

/// `struct pollfd`.
#[derive(Clone, Copy, Default)]
#[repr(C)]
struct PollFd {
    fd: i32,
    events: i16,
    revents: i16,
}

/// ppoll: which of the descriptors are ready; waits (tick by tick) until
/// one is or the timeout passes.
pub fn ppoll(fds_ptr: usize, nfds: usize, timeout_ptr: usize) -> SysResult {
    const POLLIN: i16 = 0x1;
    const POLLOUT: i16 = 0x4;
    const POLLERR: i16 = 0x8;
    const POLLHUP: i16 = 0x10;
    const POLLNVAL: i16 = 0x20;
    if nfds > crate::fs::fd::MAX_FDS {
        return Err(EINVAL);
    }
    let deadline = if timeout_ptr == 0 {
        None
    } else {
        let ts: [i64; 2] = with_user(|u| u.read_val(timeout_ptr))?;
        let ns = (ts[0].max(0) as u64).saturating_mul(1_000_000_000).saturating_add(ts[1].max(0) as u64);
        Some(crate::drivers::timer::now() + crate::drivers::timer::ns_to_ticks(ns))
    };
    loop {
        let mut pollfds: Vec<PollFd> = with_user(|u| (0..nfds).map(|i| u.read_val(fds_ptr + 8 * i)).collect())?;
        let mut ready = 0;
        for PollFd { fd, events, revents } in pollfds.iter_mut() {
            *revents = 0;
            if *fd < 0 {
                continue;
            }
            let Ok(file) = file(*fd as usize) else {
                *revents = POLLNVAL;
                ready += 1;
                continue;
            };
            let (r, w, hup) = match &file.kind {
                FileKind::Console => (crate::fs::console::readable(), true, false),
                FileKind::PipeRead(pipe) => {
                    let (r, _, hup) = pipe.poll_state();
                    (r, false, hup)
                }
                FileKind::PipeWrite(pipe) => {
                    let (_, w, _) = pipe.poll_state();
                    *revents |= if pipe.has_readers() { 0 } else { POLLERR };
                    (false, w, false)
                }
                _ => (true, true, false),
            };
            *revents |= (if r { POLLIN } else { 0 } | if w { POLLOUT } else { 0 }) & *events;
            if hup {
                *revents |= POLLHUP;
            }
            if *revents != 0 {
                ready += 1;
            }
        }
        let now = crate::drivers::timer::now();
        if ready > 0 || deadline.is_some_and(|d| now >= d) {
            with_user(|u| pollfds.iter().enumerate().try_for_each(|(i, pfd)| u.write_val(fds_ptr + 8 * i, pfd)))?;
            return Ok(ready);
        }
        if task::current_interrupted() {
            return Err(EINTR);
        }
        let tick = crate::drivers::timer::poll_interval();
        crate::sched::sleep_until(deadline.map_or(now + tick, |d| d.min(now + tick)));
    }
}
