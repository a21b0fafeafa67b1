//! Telling the scheduler about a task: its name, affinity, nice value, and
//! rvlab's hints (the expected run time OSTEP's SJF/STCF assume they know,
//! lottery/stride tickets, a declared arrival time); the per-thread CPU
//! clock; an absolute sleep on CLOCK_MONOTONIC.
//!
//! The kernel may not have every call yet: callers that can do without one
//! ignore ENOSYS and EINVAL (`schedmix` does).

use core::time::Duration;

use crate::syscall::{syscall, SysResult};
use crate::syscall_nr as nr;

/// `prctl` option: set the calling thread's name (at most 15 bytes).
pub const PR_SET_NAME: usize = 15;
/// `setpriority` `which`: a process (`who` = pid, 0 = the caller).
pub const PRIO_PROCESS: usize = 0;
/// The per-thread CPU-time clock.
pub const CLOCK_THREAD_CPUTIME_ID: u32 = 3;
/// `clock_nanosleep` flag: the time is absolute, not relative.
pub const TIMER_ABSTIME: usize = 1;

/// `rvlab_sched_hint` parameters.
pub mod hint {
    /// The job's expected CPU time in microseconds (SJF/STCF's oracle).
    pub const EXPECTED_US: usize = 1;
    /// Lottery/stride tickets.
    pub const TICKETS: usize = 2;
    /// Sleep until this CLOCK_MONOTONIC time (ns), then count as arrived:
    /// the kernel reports the job's arrival when it wakes it.
    pub const ARRIVE_AT_NS: usize = 3;
}

/// Renames the calling process (`prctl(PR_SET_NAME)`); the kernel reports
/// the name to the host, which labels the trace and reports with it.
pub fn set_name(name: &str) -> SysResult<()> {
    let mut buf = [0u8; 16];
    let n = name.len().min(15);
    buf[..n].copy_from_slice(&name.as_bytes()[..n]);
    // SAFETY: prctl(PR_SET_NAME) reads a NUL-terminated string of at most 16 bytes.
    unsafe { syscall(nr::PRCTL, &[PR_SET_NAME, buf.as_ptr() as usize]) }.map(drop)
}

/// `rvlab_sched_hint(pid, param, value)`: pid 0 is the caller.
pub fn sched_hint(pid: usize, param: usize, value: u64) -> SysResult<()> {
    // SAFETY: no memory is passed.
    unsafe { syscall(nr::RVLAB_SCHED_HINT, &[pid, param, value as usize]) }.map(drop)
}

/// The harts process `pid` (0 = the caller) may run on, as a bit mask.
pub fn sched_setaffinity(pid: usize, mask: u64) -> SysResult<()> {
    let bytes = mask.to_le_bytes();
    // SAFETY: the kernel reads `len` = 8 bytes of mask.
    unsafe {
        syscall(
            nr::SCHED_SETAFFINITY,
            &[pid, bytes.len(), bytes.as_ptr() as usize],
        )
    }
    .map(drop)
}

/// Sets the nice value (-20..=19) of process `who` (0 = the caller).
pub fn setpriority(who: usize, nice: i32) -> SysResult<()> {
    // SAFETY: no memory is passed.
    unsafe {
        syscall(
            nr::SETPRIORITY,
            &[PRIO_PROCESS, who, nice as isize as usize],
        )
    }
    .map(drop)
}

/// Sleeps until CLOCK_MONOTONIC reads `at`, going back to sleep if woken early.
pub fn sleep_until(at: Duration) -> SysResult<()> {
    let ts = [at.as_secs() as i64, at.subsec_nanos() as i64];
    loop {
        // SAFETY: clock_nanosleep reads one timespec; rem is NULL (absolute).
        let r = unsafe {
            syscall(
                nr::CLOCK_NANOSLEEP,
                &[
                    crate::time::CLOCK_MONOTONIC as usize,
                    TIMER_ABSTIME,
                    ts.as_ptr() as usize,
                    0,
                ],
            )
        };
        match r {
            Err(crate::Errno::EINTR) => continue,
            other => return other.map(drop),
        }
    }
}
