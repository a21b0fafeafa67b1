//! Linux riscv64 system call decoding, strace style: names by number,
//! argument types, flag and errno names, and a whole call formatted as
//! `openat(AT_FDCWD, "/etc/motd", O_RDONLY) = 3`.
//!
//! Pure and dependency-free: guest memory (strings, buffers) is read only
//! through the caller's [`GuestMemory`]. Written from the man pages and the
//! asm-generic headers riscv64 uses; the output follows strace's
//! conventions (`NULL`, `AT_FDCWD`, `"..."` strings cut at 32 bytes with
//! `...`, `-1 ENOENT (No such file or directory)`, `= ?` for a call that
//! never returned) without strace's column padding.

mod flags;
mod tables;
#[cfg(test)]
mod tests;

pub use flags::format_flags;
use flags::{hex, ptr};

/// How one syscall argument is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Signed decimal.
    Int,
    /// Unsigned decimal (`size_t`).
    UInt,
    /// `0` or `0x...`.
    Hex,
    /// `NULL` or `0x...`.
    Ptr,
    /// A file descriptor; -100 shows as `AT_FDCWD`.
    Fd,
    /// File mode in octal (`0644`).
    Mode,
    /// A NUL-terminated string the call reads (a path): shown whole.
    Str,
    /// A NUL-terminated string the call writes (getcwd): shown on success.
    StrOut,
    /// A buffer the call reads, whose length is argument `len_arg`.
    Buf { len_arg: usize },
    /// A buffer the call fills: shown after a successful return, with the
    /// return value as its length (at most argument `len_arg`).
    BufOut { len_arg: usize },
    /// An `iovec` array whose count is argument `cnt_arg`; `out` when the
    /// call fills the buffers (readv: shown after return, up to its value).
    Iovec { cnt_arg: usize, out: bool },
    /// A NULL-terminated array of strings (execve's argv).
    StrArray,
    /// A NULL-terminated array of strings shown as `0x... /* N vars */`.
    Envp,
    /// Two ints the call fills (pipe2): `[3, 4]` on success.
    FdPair,
    /// open(2) flags: `O_RDONLY|O_CLOEXEC`.
    OpenFlags,
    /// `O_*` flags without an access mode (pipe2, dup3): `O_CLOEXEC` or `0`.
    PipeFlags,
    /// `AT_*` flags (`AT_SYMLINK_NOFOLLOW`, `AT_REMOVEDIR`, `AT_EMPTY_PATH`).
    AtFlags,
    /// access(2) mode: `F_OK` or `R_OK|W_OK|X_OK`.
    AccessMode,
    /// `PROT_*`, `PROT_NONE` for 0.
    Prot,
    /// `MAP_*`.
    MapFlags,
    /// A signal number: `SIGKILL`.
    Signal,
    /// clone(2) flags with the exit signal in the low byte: `CLONE_VM|SIGCHLD`.
    CloneFlags,
    /// wait4/waitid options: `WNOHANG|WUNTRACED`.
    WaitOptions,
    /// rt_sigprocmask's how: `SIG_BLOCK`.
    SigHow,
    /// lseek's whence: `SEEK_SET`.
    Whence,
    /// fcntl command: `F_GETFD`.
    FcntlCmd,
    /// ioctl request: `TCGETS`, else hex.
    IoctlCmd,
    /// `CLOCK_*` id.
    ClockId,
    /// clock_nanosleep flags: `TIMER_ABSTIME`.
    TimerFlags,
    /// futex op: `FUTEX_WAIT_PRIVATE`.
    FutexOp,
    /// madvise advice: `MADV_DONTNEED`.
    Madvise,
    /// getrlimit/prlimit64 resource: `RLIMIT_STACK`.
    Rlimit,
    /// getrandom flags: `GRND_NONBLOCK`.
    GrndFlags,
}

/// strace's default string limit (`-s 32`).
pub const STRING_LIMIT: usize = 32;
/// The longest path shown (PATH_MAX).
const PATH_MAX: usize = 4096;
/// Array elements shown before `...` (argv, iovecs).
const ARRAY_LIMIT: usize = 32;

const NR_CLONE: u64 = 220;
const NR_OPENAT: u64 = 56;
const NR_FCNTL: u64 = 25;
const NR_FUTEX: u64 = 98;
const NR_UMASK: u64 = 166;

/// Guest memory as the traced process sees it (through its page table).
pub trait GuestMemory {
    /// `len` bytes at `vaddr`, or None if any of them is unreadable.
    fn read_bytes(&mut self, vaddr: u64, len: usize) -> Option<Vec<u8>>;
}

/// The name of a riscv64 Linux syscall number (or rvlab's own).
pub fn name(nr: u64) -> Option<&'static str> {
    if nr == tables::RVLAB_PROCLIST {
        return Some("rvlab_proclist");
    }
    tables::NAMES
        .get(nr as usize)
        .copied()
        .filter(|n| !n.is_empty())
}

/// The errno name for `e` (1..=133): `ENOENT`.
pub fn errno_name(e: u64) -> Option<&'static str> {
    tables::ERRNO
        .get(e as usize)
        .map(|t| t.0)
        .filter(|n| !n.is_empty())
}

/// The errno message for `e`, as glibc's strerror: `No such file or directory`.
pub fn errno_message(e: u64) -> Option<&'static str> {
    tables::ERRNO
        .get(e as usize)
        .map(|t| t.1)
        .filter(|n| !n.is_empty())
}

/// The argument types of syscall `nr`. A call with no description here
/// gets six `Hex` arguments (as for an unknown number).
pub fn args(nr: u64) -> &'static [Arg] {
    use Arg::*;
    match nr {
        17 => &[StrOut, UInt],                    // getcwd
        19 => &[UInt, PipeFlags],                 // eventfd2
        23 | 50 | 57 | 82 | 83 => &[Fd],          // dup fchdir close fsync fdatasync
        24 => &[Fd, Fd, PipeFlags],               // dup3
        25 => &[Fd, FcntlCmd, Hex],               // fcntl (see fcntl_arg)
        29 => &[Fd, IoctlCmd, Hex],               // ioctl
        33 => &[Fd, Str, Mode, Hex],              // mknodat
        34 => &[Fd, Str, Mode],                   // mkdirat
        35 => &[Fd, Str, AtFlags],                // unlinkat
        36 => &[Str, Fd, Str],                    // symlinkat
        37 => &[Fd, Str, Fd, Str, AtFlags],       // linkat
        43 => &[Str, Ptr],                        // statfs
        44 | 80 => &[Fd, Ptr],                    // fstatfs fstat
        45 => &[Str, Int],                        // truncate
        46 => &[Fd, Int],                         // ftruncate
        48 => &[Fd, Str, AccessMode],             // faccessat
        49 | 51 => &[Str],                        // chdir chroot
        52 => &[Fd, Mode],                        // fchmod
        53 => &[Fd, Str, Mode],                   // fchmodat
        54 => &[Fd, Str, Int, Int, AtFlags],      // fchownat
        55 => &[Fd, Int, Int],                    // fchown
        56 => &[Fd, Str, OpenFlags, Mode],        // openat
        59 => &[FdPair, PipeFlags],               // pipe2
        61 => &[Fd, Ptr, UInt],                   // getdents64
        62 => &[Fd, Int, Whence],                 // lseek
        63 => &[Fd, BufOut { len_arg: 2 }, UInt], // read
        64 => &[Fd, Buf { len_arg: 2 }, UInt],    // write
        65 => &[
            Fd,
            Iovec {
                cnt_arg: 2,
                out: true,
            },
            Int,
        ], // readv
        66 => &[
            Fd,
            Iovec {
                cnt_arg: 2,
                out: false,
            },
            Int,
        ], // writev
        67 => &[Fd, BufOut { len_arg: 2 }, UInt, Int], // pread64
        68 => &[Fd, Buf { len_arg: 2 }, UInt, Int], // pwrite64
        71 => &[Fd, Fd, Ptr, UInt],               // sendfile
        72 => &[Int, Ptr, Ptr, Ptr, Ptr, Ptr],    // pselect6
        73 => &[Ptr, UInt, Ptr, Ptr, UInt],       // ppoll
        78 => &[Fd, Str, BufOut { len_arg: 3 }, UInt], // readlinkat
        79 => &[Fd, Str, Ptr, AtFlags],           // newfstatat
        81 | 124 | 139 | 157 | 172..=178 => &[],  // sync sched_yield rt_sigreturn setsid get*id
        93 | 94 => &[Int],                        // exit exit_group
        95 => &[Int, Int, Ptr, WaitOptions, Ptr], // waitid
        96 | 153 | 160 | 179 | 214 => &[Ptr],     // set_tid_address times uname sysinfo brk
        98 => &[Ptr, FutexOp, Int, Ptr, Ptr, Int], // futex
        99 | 215 => &[Ptr, UInt],                 // set_robust_list munmap
        101 | 132 | 169 => &[Ptr, Ptr],           // nanosleep sigaltstack gettimeofday
        112..=114 => &[ClockId, Ptr],             // clock_settime/gettime/getres
        115 => &[ClockId, TimerFlags, Ptr, Ptr],  // clock_nanosleep
        122 | 123 => &[Int, UInt, Ptr],           // sched_{set,get}affinity
        129 | 130 => &[Int, Signal],              // kill tkill
        131 => &[Int, Int, Signal],               // tgkill
        133 | 136 => &[Ptr, UInt],                // rt_sigsuspend rt_sigpending
        134 => &[Signal, Ptr, Ptr, UInt],         // rt_sigaction
        135 => &[SigHow, Ptr, Ptr, UInt],         // rt_sigprocmask
        144 | 146 | 155 | 156 => &[Int],          // setgid setuid getpgid getsid
        154 => &[Int, Int],                       // setpgid
        163 | 164 => &[Rlimit, Ptr],              // getrlimit setrlimit
        165 => &[Int, Ptr],                       // getrusage
        166 => &[Mode],                           // umask
        167 => &[Int, Hex, Hex, Hex, Hex],        // prctl
        216 => &[Ptr, UInt, UInt, Hex, Ptr],      // mremap
        220 => &[CloneFlags, Ptr, Ptr, Hex, Ptr], // clone (see format_clone)
        221 => &[Str, StrArray, Envp],            // execve
        222 => &[Ptr, UInt, Prot, MapFlags, Fd, Hex], // mmap
        226 => &[Ptr, UInt, Prot],                // mprotect
        227 => &[Ptr, UInt, Hex],                 // msync
        233 => &[Ptr, UInt, Madvise],             // madvise
        258 => &[Ptr, UInt, UInt, Ptr, Hex],      // riscv_hwprobe
        259 => &[Ptr, Ptr, Hex],                  // riscv_flush_icache
        260 => &[Int, Ptr, WaitOptions, Ptr],     // wait4
        261 => &[Int, Rlimit, Ptr, Ptr],          // prlimit64
        276 => &[Fd, Str, Fd, Str, Hex],          // renameat2
        278 => &[BufOut { len_arg: 1 }, UInt, GrndFlags], // getrandom
        291 => &[Fd, Str, AtFlags, Hex, Ptr],     // statx
        293 => &[Ptr, UInt, Hex, Hex],            // rseq
        435 => &[Ptr, UInt],                      // clone3
        436 => &[Fd, Fd, Hex],                    // close_range
        437 => &[Fd, Str, Ptr, UInt],             // openat2
        439 => &[Fd, Str, AccessMode, AtFlags],   // faccessat2
        462 => &[Ptr, UInt, Hex],                 // mseal
        tables::RVLAB_PROCLIST => &[Ptr, UInt],   // rvlab_proclist(buf, count)
        _ => &[Hex; 6],
    }
}

/// Escapes bytes as a strace string: `"hello\n"`, octal for other
/// non-printables (`\0`, `\33`; three digits before an octal digit), and
/// `...` after the quote when more than `limit` bytes were given.
pub fn escape_bytes(bytes: &[u8], limit: usize) -> String {
    let shown = &bytes[..bytes.len().min(limit)];
    let mut s = String::with_capacity(shown.len() + 2);
    s.push('"');
    for (i, &b) in shown.iter().enumerate() {
        match b {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            0x0b => s.push_str("\\v"),
            0x0c => s.push_str("\\f"),
            b'\r' => s.push_str("\\r"),
            0x20..=0x7e => s.push(b as char),
            _ if matches!(shown.get(i + 1), Some(b'0'..=b'7')) => s.push_str(&format!("\\{b:03o}")),
            _ => s.push_str(&format!("\\{b:o}")),
        }
    }
    s.push('"');
    if bytes.len() > limit {
        s.push_str("...");
    }
    s
}

/// A syscall's return value, strace style: `-1 ENOENT (No such file or
/// directory)` for -4095..=-1, hex for the calls returning addresses
/// (brk, mmap, mremap, shmat), octal for umask, signed decimal otherwise.
pub fn format_return(nr: u64, ret: u64) -> String {
    let v = ret as i64;
    if (-4095..=-1).contains(&v) {
        let e = (-v) as u64;
        return match (errno_name(e), errno_message(e)) {
            (Some(n), Some(m)) => format!("-1 {n} ({m})"),
            _ => format!("-1 E??? (errno {e})"),
        };
    }
    match nr {
        196 | 214 | 216 | 222 => hex(ret),
        NR_UMASK => format_flags(Arg::Mode, ret),
        _ => v.to_string(),
    }
}

/// Formats a whole call: `write(1, "hello\n", 6) = 6`; `= ?` when `ret`
/// is None (the call did not return: exit, a successful execve, the end
/// of the run). Memory is read as it is when this is called, so buffers a
/// call fills are shown only with a successful `ret`.
pub fn format_call(nr: u64, args: [u64; 6], ret: Option<u64>, mem: &mut dyn GuestMemory) -> String {
    let mut s = format_entry(nr, args, ret, mem);
    s.push_str(" = ");
    match ret {
        Some(r) => s.push_str(&format_return(nr, r)),
        None => s.push('?'),
    }
    s
}

/// The call without its result: `openat(AT_FDCWD, "/etc/motd", O_RDONLY)`.
/// `ret` (if known) decides whether output buffers are shown.
pub fn format_entry(
    nr: u64,
    args: [u64; 6],
    ret: Option<u64>,
    mem: &mut dyn GuestMemory,
) -> String {
    let name = name(nr).map_or_else(|| format!("syscall_{nr:#x}"), str::to_string);
    let ok = ret.filter(|&r| !(-4095..=-1).contains(&(r as i64)));
    let parts: Vec<String> = match nr {
        NR_CLONE => format_clone(args),
        _ => {
            let mut kinds = self::args(nr);
            if nr == NR_OPENAT && args[2] & 0o20100100 == 0 {
                kinds = &kinds[..3]; // mode only with O_CREAT or O_TMPFILE
            }
            if nr == NR_FUTEX {
                // The arguments each op uses (futex(2)); the rest are unused.
                let used = match args[1] & 0x7f {
                    7 | 8 => 2,      // UNLOCK_PI TRYLOCK_PI
                    1 | 2 => 3,      // WAKE FD
                    0 | 6 | 13 => 4, // WAIT LOCK_PI LOCK_PI2
                    3 => 5,          // REQUEUE
                    _ => 6,
                };
                kinds = &kinds[..used];
            }
            let mut v: Vec<String> = kinds
                .iter()
                .enumerate()
                .map(|(i, &k)| format_arg(k, i, &args, ok, mem))
                .collect();
            if nr == NR_FCNTL {
                match fcntl_arg(args[1], args[2]) {
                    Some(a) => v[2] = a,
                    None => v.truncate(2),
                }
            }
            v
        }
    };
    format!("{name}({})", parts.join(", "))
}

/// clone(flags, stack, parent_tid, tls, child_tid) in riscv64's order,
/// printed as strace does: named, with the pointers the flags use.
fn format_clone(a: [u64; 6]) -> Vec<String> {
    let f = a[0];
    let mut v = vec![
        format!("child_stack={}", ptr(a[1])),
        format!("flags={}", format_flags(Arg::CloneFlags, f)),
    ];
    if f & (flags::CLONE_PARENT_SETTID | flags::CLONE_PIDFD) != 0 {
        v.push(format!("parent_tid={}", ptr(a[2])));
    }
    if f & flags::CLONE_SETTLS != 0 {
        v.push(format!("tls={}", ptr(a[3])));
    }
    if f & (flags::CLONE_CHILD_SETTID | flags::CLONE_CHILD_CLEARTID) != 0 {
        v.push(format!("child_tidptr={}", ptr(a[4])));
    }
    v
}

/// fcntl's third argument by command; None for commands that take none.
fn fcntl_arg(cmd: u64, arg: u64) -> Option<String> {
    match cmd & 0xffff_ffff {
        1 | 3 | 9 | 11 | 1025 | 1032 | 1034 => None,
        0 | 1030 | 8 | 10 | 1031 => Some(format_flags(Arg::Int, arg)),
        2 => Some(if arg & 1 != 0 {
            "FD_CLOEXEC".into()
        } else {
            format_flags(Arg::Hex, arg)
        }),
        4 => Some(format_flags(Arg::OpenFlags, arg)),
        _ => Some(format_flags(Arg::Hex, arg)),
    }
}

/// Reads a NUL-terminated string of at most `max` bytes, page by page.
/// The flag says whether the NUL was found; None if nothing is readable.
fn read_cstr(mem: &mut dyn GuestMemory, addr: u64, max: usize) -> Option<(Vec<u8>, bool)> {
    let mut out = Vec::new();
    let mut at = addr;
    while out.len() < max {
        // Small chunks within a page; byte by byte where a chunk fails, so a
        // string ending just before unreadable memory is still found.
        let n = (0x1000 - (at & 0xfff) as usize)
            .min(max - out.len())
            .min(64);
        let chunk = match mem.read_bytes(at, n) {
            Some(c) => c,
            None => (0..n as u64)
                .map_while(|j| mem.read_bytes(at + j, 1).map(|b| b[0]))
                .collect(),
        };
        if chunk.len() < n && !chunk.contains(&0) {
            out.extend_from_slice(&chunk);
            return if out.is_empty() {
                None
            } else {
                Some((out, false))
            };
        }
        if let Some(end) = chunk.iter().position(|&b| b == 0) {
            out.extend_from_slice(&chunk[..end]);
            return Some((out, true));
        }
        out.extend_from_slice(&chunk);
        at = at.wrapping_add(n as u64);
    }
    Some((out, false))
}

/// A string argument cut at `limit` bytes (`"..."...` past it).
fn cstr(mem: &mut dyn GuestMemory, addr: u64, limit: usize) -> String {
    if addr == 0 {
        return "NULL".into();
    }
    match read_cstr(mem, addr, limit.saturating_add(1)) {
        Some((b, true)) => escape_bytes(&b, limit),
        Some((b, false)) => escape_bytes(&b[..b.len().min(limit)], limit) + "...",
        None => hex(addr),
    }
}

/// A buffer of `len` bytes, cut at strace's limit.
fn buf(mem: &mut dyn GuestMemory, addr: u64, len: u64) -> String {
    let n = len.min(STRING_LIMIT as u64 + 1) as usize;
    match mem.read_bytes(addr, n) {
        Some(b) => escape_bytes(&b, STRING_LIMIT),
        None => ptr(addr),
    }
}

/// Reads `n` little-endian u64s at `addr`.
fn words(mem: &mut dyn GuestMemory, addr: u64, n: usize) -> Option<Vec<u64>> {
    let b = mem.read_bytes(addr, n * 8)?;
    Some(
        b.chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap()))
            .collect(),
    )
}

fn format_arg(
    kind: Arg,
    i: usize,
    a: &[u64; 6],
    ok: Option<u64>,
    mem: &mut dyn GuestMemory,
) -> String {
    let v = a[i];
    match kind {
        Arg::Str => cstr(mem, v, PATH_MAX),
        Arg::StrOut if ok.is_some() => cstr(mem, v, PATH_MAX),
        Arg::Buf { len_arg } => buf(mem, v, a[len_arg]),
        Arg::BufOut { len_arg } => match ok {
            Some(r) => buf(mem, v, r.min(a[len_arg])),
            None => ptr(v),
        },
        Arg::Iovec { cnt_arg, out } => {
            iovec(mem, v, a[cnt_arg], if out { ok } else { Some(u64::MAX) })
        }
        Arg::FdPair if ok.is_some() => match mem.read_bytes(v, 8) {
            Some(b) => {
                let fd = |j: usize| i32::from_le_bytes(b[j..j + 4].try_into().unwrap());
                format!("[{}, {}]", fd(0), fd(4))
            }
            None => ptr(v),
        },
        Arg::StrArray => str_array(mem, v),
        Arg::Envp if v != 0 => {
            let mut n = 0u64;
            while n < 4096 {
                match words(mem, v + 8 * n, 1) {
                    Some(p) if p[0] != 0 => n += 1,
                    None if n == 0 => return hex(v),
                    _ => break,
                }
            }
            format!("{v:#x} /* {n} vars */")
        }
        _ => format_flags(kind, v),
    }
}

/// execve's argv: `["ls", "-l"]`, `...` after `ARRAY_LIMIT` elements.
fn str_array(mem: &mut dyn GuestMemory, addr: u64) -> String {
    if addr == 0 {
        return "NULL".into();
    }
    let mut items = Vec::new();
    for j in 0..=ARRAY_LIMIT as u64 {
        match words(mem, addr + 8 * j, 1) {
            Some(p) if p[0] == 0 => return format!("[{}]", items.join(", ")),
            Some(_) if j as usize == ARRAY_LIMIT => items.push("...".into()),
            Some(p) => items.push(cstr(mem, p[0], STRING_LIMIT)),
            None if j == 0 => return hex(addr),
            None => items.push("...".into()),
        }
        if items.last().is_some_and(|s| s == "...") {
            break;
        }
    }
    format!("[{}]", items.join(", "))
}

/// An iovec array: `[{iov_base="hello", iov_len=5}]`. `budget` is how many
/// bytes the buffers hold (a readv's result; None before a successful
/// return shows the array's address only).
fn iovec(mem: &mut dyn GuestMemory, addr: u64, cnt: u64, budget: Option<u64>) -> String {
    let Some(mut left) = budget else {
        return ptr(addr);
    };
    let n = cnt.min(ARRAY_LIMIT as u64) as usize;
    let Some(w) = words(mem, addr, 2 * n) else {
        return ptr(addr);
    };
    let mut items: Vec<String> = w
        .chunks_exact(2)
        .map(|io| {
            let shown = io[1].min(left);
            left -= shown;
            format!("{{iov_base={}, iov_len={}}}", buf(mem, io[0], shown), io[1])
        })
        .collect();
    if cnt > n as u64 {
        items.push("...".into());
    }
    format!("[{}]", items.join(", "))
}
