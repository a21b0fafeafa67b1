//! Scalar argument formatting: numbers, file descriptors, and the flag and
//! constant names of the riscv64 Linux ABI (asm-generic values, as in the
//! man pages of open(2), mmap(2), clone(2), wait4(2), futex(2), ...).
//! Nothing here reads guest memory.

use super::Arg;

/// `0` as strace prints a zero `%#lx`, otherwise `0x...`.
pub(super) fn hex(v: u64) -> String {
    if v == 0 {
        "0".into()
    } else {
        format!("{v:#x}")
    }
}

/// A pointer: `NULL` or `0x...`.
pub(super) fn ptr(v: u64) -> String {
    if v == 0 {
        "NULL".into()
    } else {
        format!("{v:#x}")
    }
}

/// Names the bits of `value` found in `table` (in table order; an entry
/// names its mask only when all of its bits are set), then any unknown
/// remainder in hex. `zero` is what a value with no bits at all prints as.
fn bits(value: u64, table: &[(u64, &str)], zero: &str, mut parts: Vec<String>) -> String {
    let mut rest = value;
    for &(mask, name) in table {
        if rest & mask == mask {
            parts.push(name.into());
            rest &= !mask;
        }
    }
    if rest != 0 {
        parts.push(format!("{rest:#x}"));
    }
    if parts.is_empty() {
        zero.into()
    } else {
        parts.join("|")
    }
}

/// One of several constants, or the number in decimal.
fn one_of(value: u64, table: &[(u64, &str)]) -> String {
    match table.iter().find(|&&(v, _)| v == value) {
        Some(&(_, name)) => name.into(),
        None => (value as i64).to_string(),
    }
}

const OPEN: &[(u64, &str)] = &[
    (0o100, "O_CREAT"),
    (0o200, "O_EXCL"),
    (0o400, "O_NOCTTY"),
    (0o1000, "O_TRUNC"),
    (0o2000, "O_APPEND"),
    (0o4000, "O_NONBLOCK"),
    (0o4010000, "O_SYNC"),
    (0o10000, "O_DSYNC"),
    (0o20000, "O_ASYNC"),
    (0o40000, "O_DIRECT"),
    (0o100000, "O_LARGEFILE"),
    (0o20200000, "O_TMPFILE"),
    (0o200000, "O_DIRECTORY"),
    (0o400000, "O_NOFOLLOW"),
    (0o1000000, "O_NOATIME"),
    (0o2000000, "O_CLOEXEC"),
    (0o10000000, "O_PATH"),
];
const AT: &[(u64, &str)] = &[
    (0x100, "AT_SYMLINK_NOFOLLOW"),
    (0x200, "AT_REMOVEDIR"),
    (0x400, "AT_SYMLINK_FOLLOW"),
    (0x800, "AT_NO_AUTOMOUNT"),
    (0x1000, "AT_EMPTY_PATH"),
];
const ACCESS: &[(u64, &str)] = &[(4, "R_OK"), (2, "W_OK"), (1, "X_OK")];
const PROT: &[(u64, &str)] = &[
    (1, "PROT_READ"),
    (2, "PROT_WRITE"),
    (4, "PROT_EXEC"),
    (8, "PROT_SEM"),
    (0x0100_0000, "PROT_GROWSDOWN"),
    (0x0200_0000, "PROT_GROWSUP"),
];
const MAP_TYPE: &[(u64, &str)] = &[
    (1, "MAP_SHARED"),
    (2, "MAP_PRIVATE"),
    (3, "MAP_SHARED_VALIDATE"),
];
const MAP: &[(u64, &str)] = &[
    (0x10, "MAP_FIXED"),
    (0x20, "MAP_ANONYMOUS"),
    (0x100, "MAP_GROWSDOWN"),
    (0x800, "MAP_DENYWRITE"),
    (0x1000, "MAP_EXECUTABLE"),
    (0x2000, "MAP_LOCKED"),
    (0x4000, "MAP_NORESERVE"),
    (0x8000, "MAP_POPULATE"),
    (0x10000, "MAP_NONBLOCK"),
    (0x20000, "MAP_STACK"),
    (0x40000, "MAP_HUGETLB"),
    (0x80000, "MAP_SYNC"),
    (0x100000, "MAP_FIXED_NOREPLACE"),
    (0x400_0000, "MAP_UNINITIALIZED"),
];
const SIGNALS: [&str; 32] = [
    "0",
    "SIGHUP",
    "SIGINT",
    "SIGQUIT",
    "SIGILL",
    "SIGTRAP",
    "SIGABRT",
    "SIGBUS",
    "SIGFPE",
    "SIGKILL",
    "SIGUSR1",
    "SIGSEGV",
    "SIGUSR2",
    "SIGPIPE",
    "SIGALRM",
    "SIGTERM",
    "SIGSTKFLT",
    "SIGCHLD",
    "SIGCONT",
    "SIGSTOP",
    "SIGTSTP",
    "SIGTTIN",
    "SIGTTOU",
    "SIGURG",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGVTALRM",
    "SIGPROF",
    "SIGWINCH",
    "SIGIO",
    "SIGPWR",
    "SIGSYS",
];
pub(super) const CLONE_PIDFD: u64 = 0x1000;
pub(super) const CLONE_SETTLS: u64 = 0x80000;
pub(super) const CLONE_PARENT_SETTID: u64 = 0x100000;
pub(super) const CLONE_CHILD_CLEARTID: u64 = 0x200000;
pub(super) const CLONE_CHILD_SETTID: u64 = 0x1000000;
const CLONE: &[(u64, &str)] = &[
    (0x100, "CLONE_VM"),
    (0x200, "CLONE_FS"),
    (0x400, "CLONE_FILES"),
    (0x800, "CLONE_SIGHAND"),
    (CLONE_PIDFD, "CLONE_PIDFD"),
    (0x2000, "CLONE_PTRACE"),
    (0x4000, "CLONE_VFORK"),
    (0x8000, "CLONE_PARENT"),
    (0x10000, "CLONE_THREAD"),
    (0x20000, "CLONE_NEWNS"),
    (0x40000, "CLONE_SYSVSEM"),
    (CLONE_SETTLS, "CLONE_SETTLS"),
    (CLONE_PARENT_SETTID, "CLONE_PARENT_SETTID"),
    (CLONE_CHILD_CLEARTID, "CLONE_CHILD_CLEARTID"),
    (0x400000, "CLONE_DETACHED"),
    (0x800000, "CLONE_UNTRACED"),
    (CLONE_CHILD_SETTID, "CLONE_CHILD_SETTID"),
    (0x2000000, "CLONE_NEWCGROUP"),
    (0x4000000, "CLONE_NEWUTS"),
    (0x8000000, "CLONE_NEWIPC"),
    (0x10000000, "CLONE_NEWUSER"),
    (0x20000000, "CLONE_NEWPID"),
    (0x40000000, "CLONE_NEWNET"),
    (0x80000000, "CLONE_IO"),
];
const WAIT: &[(u64, &str)] = &[
    (1, "WNOHANG"),
    (2, "WUNTRACED"),
    (4, "WEXITED"),
    (8, "WCONTINUED"),
    (0x0100_0000, "WNOWAIT"),
    (0x2000_0000, "__WNOTHREAD"),
    (0x4000_0000, "__WALL"),
    (0x8000_0000, "__WCLONE"),
];
const SIGHOW: &[(u64, &str)] = &[(0, "SIG_BLOCK"), (1, "SIG_UNBLOCK"), (2, "SIG_SETMASK")];
const WHENCE: &[(u64, &str)] = &[
    (0, "SEEK_SET"),
    (1, "SEEK_CUR"),
    (2, "SEEK_END"),
    (3, "SEEK_DATA"),
    (4, "SEEK_HOLE"),
];
pub(super) const FCNTL: &[(u64, &str)] = &[
    (0, "F_DUPFD"),
    (1, "F_GETFD"),
    (2, "F_SETFD"),
    (3, "F_GETFL"),
    (4, "F_SETFL"),
    (5, "F_GETLK"),
    (6, "F_SETLK"),
    (7, "F_SETLKW"),
    (8, "F_SETOWN"),
    (9, "F_GETOWN"),
    (10, "F_SETSIG"),
    (11, "F_GETSIG"),
    (15, "F_SETOWN_EX"),
    (16, "F_GETOWN_EX"),
    (36, "F_OFD_GETLK"),
    (37, "F_OFD_SETLK"),
    (38, "F_OFD_SETLKW"),
    (1024, "F_SETLEASE"),
    (1025, "F_GETLEASE"),
    (1026, "F_NOTIFY"),
    (1030, "F_DUPFD_CLOEXEC"),
    (1031, "F_SETPIPE_SZ"),
    (1032, "F_GETPIPE_SZ"),
    (1033, "F_ADD_SEALS"),
    (1034, "F_GET_SEALS"),
];
const IOCTL: &[(u64, &str)] = &[
    (0x5401, "TCGETS"),
    (0x5402, "TCSETS"),
    (0x5403, "TCSETSW"),
    (0x5404, "TCSETSF"),
    (0x540e, "TIOCSCTTY"),
    (0x540f, "TIOCGPGRP"),
    (0x5410, "TIOCSPGRP"),
    (0x5413, "TIOCGWINSZ"),
    (0x5414, "TIOCSWINSZ"),
    (0x541b, "FIONREAD"),
    (0x5421, "FIONBIO"),
    (0x5450, "FIONCLEX"),
    (0x5451, "FIOCLEX"),
];
const CLOCK: &[(u64, &str)] = &[
    (0, "CLOCK_REALTIME"),
    (1, "CLOCK_MONOTONIC"),
    (2, "CLOCK_PROCESS_CPUTIME_ID"),
    (3, "CLOCK_THREAD_CPUTIME_ID"),
    (4, "CLOCK_MONOTONIC_RAW"),
    (5, "CLOCK_REALTIME_COARSE"),
    (6, "CLOCK_MONOTONIC_COARSE"),
    (7, "CLOCK_BOOTTIME"),
    (8, "CLOCK_REALTIME_ALARM"),
    (9, "CLOCK_BOOTTIME_ALARM"),
    (11, "CLOCK_TAI"),
];
const FUTEX: [&str; 14] = [
    "FUTEX_WAIT",
    "FUTEX_WAKE",
    "FUTEX_FD",
    "FUTEX_REQUEUE",
    "FUTEX_CMP_REQUEUE",
    "FUTEX_WAKE_OP",
    "FUTEX_LOCK_PI",
    "FUTEX_UNLOCK_PI",
    "FUTEX_TRYLOCK_PI",
    "FUTEX_WAIT_BITSET",
    "FUTEX_WAKE_BITSET",
    "FUTEX_WAIT_REQUEUE_PI",
    "FUTEX_CMP_REQUEUE_PI",
    "FUTEX_LOCK_PI2",
];
const MADV: &[(u64, &str)] = &[
    (0, "MADV_NORMAL"),
    (1, "MADV_RANDOM"),
    (2, "MADV_SEQUENTIAL"),
    (3, "MADV_WILLNEED"),
    (4, "MADV_DONTNEED"),
    (8, "MADV_FREE"),
    (9, "MADV_REMOVE"),
    (10, "MADV_DONTFORK"),
    (11, "MADV_DOFORK"),
    (12, "MADV_MERGEABLE"),
    (13, "MADV_UNMERGEABLE"),
    (14, "MADV_HUGEPAGE"),
    (15, "MADV_NOHUGEPAGE"),
    (16, "MADV_DONTDUMP"),
    (17, "MADV_DODUMP"),
    (18, "MADV_WIPEONFORK"),
    (19, "MADV_KEEPONFORK"),
    (20, "MADV_COLD"),
    (21, "MADV_PAGEOUT"),
    (22, "MADV_POPULATE_READ"),
    (23, "MADV_POPULATE_WRITE"),
    (24, "MADV_DONTNEED_LOCKED"),
    (25, "MADV_COLLAPSE"),
    (100, "MADV_HWPOISON"),
    (101, "MADV_SOFT_OFFLINE"),
];
const RLIMIT: [&str; 16] = [
    "RLIMIT_CPU",
    "RLIMIT_FSIZE",
    "RLIMIT_DATA",
    "RLIMIT_STACK",
    "RLIMIT_CORE",
    "RLIMIT_RSS",
    "RLIMIT_NPROC",
    "RLIMIT_NOFILE",
    "RLIMIT_MEMLOCK",
    "RLIMIT_AS",
    "RLIMIT_LOCKS",
    "RLIMIT_SIGPENDING",
    "RLIMIT_MSGQUEUE",
    "RLIMIT_NICE",
    "RLIMIT_RTPRIO",
    "RLIMIT_RTTIME",
];
const GRND: &[(u64, &str)] = &[
    (1, "GRND_NONBLOCK"),
    (2, "GRND_RANDOM"),
    (4, "GRND_INSECURE"),
];

/// A signal number: `SIGKILL`, `SIGRTMIN` (32), `SIGRT_n` (32+n), `0`, or decimal.
pub(super) fn signal(v: u64) -> String {
    match v as i32 {
        n @ 0..=31 => SIGNALS[n as usize].into(),
        32 => "SIGRTMIN".into(),
        n @ 33..=64 => format!("SIGRT_{}", n - 32),
        n => n.to_string(),
    }
}

/// Formats one argument value of `kind` without reading guest memory.
/// Kinds that point into guest memory (strings, buffers) print as a
/// pointer here. `int`-typed flags look at the low 32 bits only, as the
/// kernel does.
pub fn format_flags(kind: Arg, value: u64) -> String {
    let int = value & 0xffff_ffff;
    match kind {
        Arg::Int => (value as i64).to_string(),
        Arg::UInt => value.to_string(),
        Arg::Hex => hex(value),
        Arg::Fd => match value as i32 {
            -100 => "AT_FDCWD".into(),
            fd => fd.to_string(),
        },
        Arg::Mode => {
            if int == 0 {
                "000".into()
            } else {
                format!("0{int:o}")
            }
        }
        Arg::OpenFlags => {
            let mode = ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"][(int & 3) as usize];
            bits(int & !3, OPEN, "", vec![mode.into()])
        }
        Arg::PipeFlags => bits(int, OPEN, "0", vec![]),
        Arg::AtFlags => bits(int, AT, "0", vec![]),
        Arg::AccessMode => bits(int, ACCESS, "F_OK", vec![]),
        Arg::Prot => bits(int, PROT, "PROT_NONE", vec![]),
        Arg::MapFlags => {
            let ty = MAP_TYPE.iter().find(|&&(v, _)| v == int & 0xf);
            let parts = ty.map(|&(_, n)| vec![n.to_string()]).unwrap_or_default();
            bits(int & !(ty.map_or(0, |&(v, _)| v)), MAP, "0", parts)
        }
        Arg::Signal => signal(value),
        Arg::CloneFlags => {
            let s = bits(value & !0xff, CLONE, "", vec![]);
            match (s.is_empty(), value & 0xff) {
                (true, 0) => "0".into(),
                (true, sig) => signal(sig),
                (false, 0) => s,
                (false, sig) => format!("{s}|{}", signal(sig)),
            }
        }
        Arg::WaitOptions => bits(int, WAIT, "0", vec![]),
        Arg::SigHow => one_of(int, SIGHOW),
        Arg::Whence => one_of(int, WHENCE),
        Arg::FcntlCmd => one_of(int, FCNTL),
        Arg::IoctlCmd => IOCTL
            .iter()
            .find(|&&(v, _)| v == int)
            .map_or_else(|| hex(int), |&(_, n)| n.into()),
        Arg::ClockId => one_of(value as i32 as i64 as u64, CLOCK),
        Arg::TimerFlags => bits(int, &[(1, "TIMER_ABSTIME")], "0", vec![]),
        Arg::FutexOp => {
            let cmd = int & 0x7f;
            let mut s = match FUTEX.get(cmd as usize) {
                Some(n) => n.to_string(),
                None => format!("{cmd:#x}"),
            };
            if int & 128 != 0 {
                s.push_str("_PRIVATE");
            }
            bits(
                int & !0x1ff,
                &[],
                "",
                if int & 256 != 0 {
                    vec![s, "FUTEX_CLOCK_REALTIME".into()]
                } else {
                    vec![s]
                },
            )
        }
        Arg::Madvise => one_of(int, MADV),
        Arg::Rlimit => RLIMIT
            .get(int as usize)
            .map_or_else(|| int.to_string(), |n| n.to_string()),
        Arg::GrndFlags => bits(int, GRND, "0", vec![]),
        Arg::Ptr
        | Arg::Str
        | Arg::StrOut
        | Arg::Buf { .. }
        | Arg::BufOut { .. }
        | Arg::Iovec { .. }
        | Arg::StrArray
        | Arg::Envp
        | Arg::FdPair => ptr(value),
    }
}
