//! Processes: fork (clone with SIGCHLD), execve, wait4 and its status word,
//! exit, kill, the pids, signal names, and rvlab's process list.

use alloc::vec::Vec;
use core::fmt;
use core::ptr;

use crate::errno::Errno;
use crate::syscall::{syscall, SysResult};
use crate::syscall_nr::{self as nr, ProcInfo};

/// A process id.
pub type Pid = i32;

/// Signal numbers (Linux, asm-generic signal.h) with their names, as
/// (number, name, description) rows. The description is what glibc's
/// `strsignal` says, which is what shells print for a killed job.
const SIGNALS: &[(i32, &str, &str)] = &[
    (1, "HUP", "Hangup"),
    (2, "INT", "Interrupt"),
    (3, "QUIT", "Quit"),
    (4, "ILL", "Illegal instruction"),
    (5, "TRAP", "Trace/breakpoint trap"),
    (6, "ABRT", "Aborted"),
    (7, "BUS", "Bus error"),
    (8, "FPE", "Floating point exception"),
    (9, "KILL", "Killed"),
    (10, "USR1", "User defined signal 1"),
    (11, "SEGV", "Segmentation fault"),
    (12, "USR2", "User defined signal 2"),
    (13, "PIPE", "Broken pipe"),
    (14, "ALRM", "Alarm clock"),
    (15, "TERM", "Terminated"),
    (16, "STKFLT", "Stack fault"),
    (17, "CHLD", "Child exited"),
    (18, "CONT", "Continued"),
    (19, "STOP", "Stopped (signal)"),
    (20, "TSTP", "Stopped"),
];

pub const SIGINT: i32 = 2;
pub const SIGILL: i32 = 4;
pub const SIGKILL: i32 = 9;
pub const SIGSEGV: i32 = 11;
pub const SIGPIPE: i32 = 13;
pub const SIGTERM: i32 = 15;
pub const SIGCHLD: i32 = 17;

/// "SEGV" for 11 (without the SIG prefix).
pub fn signal_name(sig: i32) -> Option<&'static str> {
    SIGNALS.iter().find(|s| s.0 == sig).map(|s| s.1)
}

/// "Segmentation fault" for 11.
pub fn signal_description(sig: i32) -> Option<&'static str> {
    SIGNALS.iter().find(|s| s.0 == sig).map(|s| s.2)
}

/// A signal by number ("9") or name ("KILL", "SIGKILL", case-insensitive).
/// 0 is accepted: kill(pid, 0) only checks that the process exists.
pub fn parse_signal(text: &str) -> Option<i32> {
    if let Ok(n) = text.parse::<i32>() {
        return (0..=64).contains(&n).then_some(n);
    }
    let upper = text.trim_start_matches("SIG").trim_start_matches("sig");
    SIGNALS
        .iter()
        .find(|s| s.1.eq_ignore_ascii_case(upper))
        .map(|s| s.0)
}

/// Creates a child process, a copy of this one. Returns the child's pid in
/// the parent and 0 in the child.
pub fn fork() -> SysResult<Pid> {
    // clone(flags = SIGCHLD: the parent hears of the exit; no CLONE_VM etc.,
    // so everything is copied), no new stack, no tids, no TLS.
    // SAFETY: no memory is passed; the child resumes here with a copy of it.
    unsafe { syscall(nr::CLONE, &[SIGCHLD as usize, 0, 0, 0, 0]) }.map(|pid| pid as Pid)
}

/// Builds the NUL-terminated strings and the NULL-terminated pointer array
/// that execve takes.
struct CArray {
    _bytes: Vec<Vec<u8>>,
    pointers: Vec<*const u8>,
}

impl CArray {
    fn new<S: AsRef<[u8]>>(items: &[S]) -> CArray {
        let bytes: Vec<Vec<u8>> = items
            .iter()
            .map(|s| {
                let mut v = s.as_ref().to_vec();
                v.push(0);
                v
            })
            .collect();
        let mut pointers: Vec<*const u8> = bytes.iter().map(|b| b.as_ptr()).collect();
        pointers.push(ptr::null());
        CArray {
            _bytes: bytes,
            pointers,
        }
    }
}

/// Replaces this program with the one at `path`. Returns only on failure.
pub fn execve<A: AsRef<[u8]>, E: AsRef<[u8]>>(path: &str, argv: &[A], envp: &[E]) -> Errno {
    let argv = CArray::new(argv);
    let envp = CArray::new(envp);
    let path = CArray::new(&[path]);
    // SAFETY: three NUL-terminated strings / NULL-terminated arrays that live
    // across the call.
    let result = unsafe {
        syscall(
            nr::EXECVE,
            &[
                path.pointers[0] as usize,
                argv.pointers.as_ptr() as usize,
                envp.pointers.as_ptr() as usize,
            ],
        )
    };
    match result {
        Ok(_) => Errno::EINVAL, // execve does not return on success
        Err(e) => e,
    }
}

/// How a child ended or changed, the Linux `wait` status word.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct WaitStatus(pub i32);

impl WaitStatus {
    /// The exit code, if it exited (`WIFEXITED`/`WEXITSTATUS`).
    pub fn exit_code(self) -> Option<i32> {
        (self.0 & 0x7f == 0).then_some((self.0 >> 8) & 0xff)
    }

    /// The signal that killed it (`WIFSIGNALED`/`WTERMSIG`).
    pub fn signal(self) -> Option<i32> {
        let sig = self.0 & 0x7f;
        (sig != 0 && sig != 0x7f).then_some(sig)
    }

    /// The shell's `$?`: the exit code, or 128 + the signal.
    pub fn shell_status(self) -> i32 {
        match (self.exit_code(), self.signal()) {
            (Some(code), _) => code,
            (None, Some(sig)) => 128 + sig,
            (None, None) => 255,
        }
    }
}

/// "exit status 3", "killed by SIGSEGV (Segmentation fault)".
impl fmt::Display for WaitStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = self.exit_code() {
            return write!(f, "exit status {code}");
        }
        match self.signal() {
            Some(sig) => match (signal_name(sig), signal_description(sig)) {
                (Some(name), Some(text)) => write!(f, "killed by SIG{name} ({text})"),
                _ => write!(f, "killed by signal {sig}"),
            },
            None => write!(f, "status {:#x}", self.0),
        }
    }
}

/// `wait4` option: return at once (pid 0) if no child has changed state.
pub const WNOHANG: u32 = 1;

/// Waits for a child: `pid` > 0 for that one, -1 for any. Returns the pid
/// and its status (pid 0 with WNOHANG when none is ready).
pub fn wait4(pid: Pid, options: u32) -> SysResult<(Pid, WaitStatus)> {
    let mut status: i32 = 0;
    // SAFETY: wait4 writes one int; rusage is NULL.
    let got = unsafe {
        syscall(
            nr::WAIT4,
            &[
                pid as usize,
                &mut status as *mut i32 as usize,
                options as usize,
                0,
            ],
        )
    }?;
    Ok((got as Pid, WaitStatus(status)))
}

/// Ends the process (every thread) with `code`.
pub fn exit(code: i32) -> ! {
    // SAFETY: no memory is passed; exit_group does not return.
    unsafe {
        let _ = syscall(nr::EXIT_GROUP, &[code as usize]);
    }
    // Not reached; if a broken kernel returns, spin rather than run on.
    loop {
        core::hint::spin_loop();
    }
}

/// Sends signal `sig` to process `pid`.
pub fn kill(pid: Pid, sig: i32) -> SysResult<()> {
    // SAFETY: no memory is passed.
    unsafe { syscall(nr::KILL, &[pid as usize, sig as usize]) }.map(drop)
}

pub fn getpid() -> Pid {
    // SAFETY: no memory is passed; getpid cannot fail.
    unsafe { syscall(nr::GETPID, &[]) }.unwrap_or(0) as Pid
}

pub fn getppid() -> Pid {
    // SAFETY: no memory is passed; getppid cannot fail.
    unsafe { syscall(nr::GETPPID, &[]) }.unwrap_or(0) as Pid
}

/// rvlab's process list (`RVLAB_PROCLIST`; there is no /proc).
pub fn proclist() -> SysResult<Vec<ProcInfo>> {
    let mut buf = alloc::vec![ProcInfo::default(); 32];
    loop {
        // SAFETY: `buf` holds `buf.len()` writable records.
        let total =
            unsafe { syscall(nr::RVLAB_PROCLIST, &[buf.as_mut_ptr() as usize, buf.len()]) }?;
        if total <= buf.len() {
            buf.truncate(total);
            return Ok(buf);
        }
        // More processes than room: ask again with enough (and some spare).
        buf.resize(total + 8, ProcInfo::default());
    }
}
