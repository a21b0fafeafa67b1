//! The system call numbers, as ONE table shared by the kernel and the user
//! library (the octox way): the Linux riscv64 numbers (asm-generic
//! `unistd.h`; riscv64 uses the generic table) that rvlab's programs, glibc
//! and Rust std call, plus rvlab's own extensions at the end.
//!
//! This file depends on nothing, so the kernel can include it as it is:
//! `#[path = "../../guest-programs/user/ulib/src/syscall_nr.rs"] mod syscall_nr;`
//!
//! Calling convention (Linux riscv64): `ecall` with the number in a7 and up to
//! six arguments in a0..a5; the result comes back in a0, and a value in
//! -4095..=-1 is `-errno`.

/// Declares one `pub const NAME: usize = number;` per row, and the table
/// `ALL` of (number, name) pairs that `name()` searches.
macro_rules! syscalls {
    ($($(#[$doc:meta])* $name:ident = $nr:literal, $text:literal;)*) => {
        $($(#[$doc])* pub const $name: usize = $nr;)*

        /// Every number this table knows, with its Linux name, in number order.
        pub const ALL: &[(usize, &str)] = &[$(($nr, $text)),*];
    };
}

syscalls! {
    GETCWD = 17, "getcwd";
    DUP = 23, "dup";
    DUP3 = 24, "dup3";
    FCNTL = 25, "fcntl";
    /// ioctl(fd, request, arg): the shell asks `TCGETS` to learn whether
    /// stdin is a terminal; `ENOTTY` is a valid answer.
    IOCTL = 29, "ioctl";
    MKDIRAT = 34, "mkdirat";
    UNLINKAT = 35, "unlinkat";
    FACCESSAT = 48, "faccessat";
    CHDIR = 49, "chdir";
    OPENAT = 56, "openat";
    CLOSE = 57, "close";
    PIPE2 = 59, "pipe2";
    GETDENTS64 = 61, "getdents64";
    LSEEK = 62, "lseek";
    READ = 63, "read";
    WRITE = 64, "write";
    READV = 65, "readv";
    WRITEV = 66, "writev";
    PREAD64 = 67, "pread64";
    PWRITE64 = 68, "pwrite64";
    PSELECT6 = 72, "pselect6";
    PPOLL = 73, "ppoll";
    READLINKAT = 78, "readlinkat";
    NEWFSTATAT = 79, "newfstatat";
    FSTAT = 80, "fstat";
    EXIT = 93, "exit";
    EXIT_GROUP = 94, "exit_group";
    WAITID = 95, "waitid";
    SET_TID_ADDRESS = 96, "set_tid_address";
    FUTEX = 98, "futex";
    SET_ROBUST_LIST = 99, "set_robust_list";
    NANOSLEEP = 101, "nanosleep";
    CLOCK_GETTIME = 113, "clock_gettime";
    CLOCK_GETRES = 114, "clock_getres";
    CLOCK_NANOSLEEP = 115, "clock_nanosleep";
    /// sched_setaffinity(pid, len, mask): the harts a task may run on.
    SCHED_SETAFFINITY = 122, "sched_setaffinity";
    SCHED_GETAFFINITY = 123, "sched_getaffinity";
    SCHED_YIELD = 124, "sched_yield";
    KILL = 129, "kill";
    TKILL = 130, "tkill";
    TGKILL = 131, "tgkill";
    SIGALTSTACK = 132, "sigaltstack";
    RT_SIGSUSPEND = 133, "rt_sigsuspend";
    RT_SIGACTION = 134, "rt_sigaction";
    RT_SIGPROCMASK = 135, "rt_sigprocmask";
    RT_SIGRETURN = 139, "rt_sigreturn";
    /// setpriority(which, who, nice) / getpriority(which, who): nice values
    /// (-20..=19) weigh the CFS-like policy's shares; getpriority returns
    /// `20 - nice` as the raw syscall does.
    SETPRIORITY = 140, "setpriority";
    GETPRIORITY = 141, "getpriority";
    TIMES = 153, "times";
    SETPGID = 154, "setpgid";
    GETPGID = 155, "getpgid";
    UNAME = 160, "uname";
    GETRUSAGE = 165, "getrusage";
    PRCTL = 167, "prctl";
    GETTIMEOFDAY = 169, "gettimeofday";
    GETPID = 172, "getpid";
    GETPPID = 173, "getppid";
    GETUID = 174, "getuid";
    GETEUID = 175, "geteuid";
    GETGID = 176, "getgid";
    GETEGID = 177, "getegid";
    GETTID = 178, "gettid";
    SYSINFO = 179, "sysinfo";
    BRK = 214, "brk";
    MUNMAP = 215, "munmap";
    MREMAP = 216, "mremap";
    /// clone(flags, stack, parent_tid, tls, child_tid): `fork()` is
    /// `clone(SIGCHLD, 0, 0, 0, 0)`.
    CLONE = 220, "clone";
    EXECVE = 221, "execve";
    MMAP = 222, "mmap";
    MPROTECT = 226, "mprotect";
    MADVISE = 233, "madvise";
    RISCV_HWPROBE = 258, "riscv_hwprobe";
    RISCV_FLUSH_ICACHE = 259, "riscv_flush_icache";
    WAIT4 = 260, "wait4";
    PRLIMIT64 = 261, "prlimit64";
    GETRANDOM = 278, "getrandom";
    STATX = 291, "statx";
    RSEQ = 293, "rseq";
    CLONE3 = 435, "clone3";
    FACCESSAT2 = 439, "faccessat2";
    MSEAL = 462, "mseal";
    /// rvlab extension (Linux has no such call; rvlab has no /proc):
    /// `rvlab_proclist(buf: *mut ProcInfo, count: usize) -> isize` fills
    /// `buf` with up to `count` records, one per live or zombie process in
    /// pid order, and returns how many processes there are (which may be
    /// more than `count`: call again with a bigger buffer), or -errno
    /// (EFAULT for a bad buffer). `ps` uses it. Far above Linux's numbers
    /// (which end below 500) so the two never collide.
    RVLAB_PROCLIST = 0x1000, "rvlab_proclist";
    /// rvlab extension: `rvlab_sched_hint(pid, param, value) -> isize` tells
    /// the scheduler what OSTEP's policies assume it knows (pid 0 = the
    /// caller). `param` 1: the job's expected CPU time in microseconds (the
    /// SJF/STCF oracle); 2: lottery/stride tickets (1..=100000, default 100).
    /// Returns 0, or -EINVAL (bad param or value), -ESRCH (no such pid).
    RVLAB_SCHED_HINT = 0x1001, "rvlab_sched_hint";
}

/// The Linux name of a system call number, for traces and ENOSYS reports.
pub fn name(nr: usize) -> Option<&'static str> {
    ALL.iter().find(|&&(n, _)| n == nr).map(|&(_, text)| text)
}

/// One process as `RVLAB_PROCLIST` reports it. The layout is the ABI:
/// `#[repr(C)]`, 56 bytes, little-endian.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProcInfo {
    /// Process id.
    pub pid: u32,
    /// Parent's pid; 0 for the first process.
    pub ppid: u32,
    /// A letter as Linux `ps` shows it (one of the `PROC_*` constants).
    pub state: u8,
    /// Zero.
    pub reserved: [u8; 7],
    /// CPU time used so far (user and kernel), in nanoseconds; 0 if the
    /// kernel does not count it.
    pub cpu_time_ns: u64,
    /// The name of the program it runs (the last path component given to
    /// execve), NUL-padded; not NUL-terminated when it is 32 bytes long.
    pub name: [u8; 32],
}

/// `ProcInfo::state`: running on a hart, or ready to run.
pub const PROC_RUNNABLE: u8 = b'R';
/// `ProcInfo::state`: blocked (sleeping, waiting for a child, a pipe, input).
pub const PROC_SLEEPING: u8 = b'S';
/// `ProcInfo::state`: exited, not yet waited for by its parent.
pub const PROC_ZOMBIE: u8 = b'Z';

// The record's size is part of the ABI.
const _: () = assert!(core::mem::size_of::<ProcInfo>() == 56);
