//! Time and the machine: clock_gettime, nanosleep, sched_yield, uname.

use core::time::Duration;

use crate::errno::Errno;
use crate::syscall::{syscall, SysResult};
use crate::syscall_nr as nr;

/// `struct timespec`.
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

impl Timespec {
    fn from_duration(d: Duration) -> Timespec {
        Timespec {
            sec: d.as_secs() as i64,
            nsec: d.subsec_nanos() as i64,
        }
    }

    fn to_duration(self) -> Duration {
        Duration::new(
            self.sec.max(0) as u64,
            self.nsec.clamp(0, 999_999_999) as u32,
        )
    }
}

/// Wall-clock time since the epoch.
pub const CLOCK_REALTIME: u32 = 0;
/// Time since boot, never set back.
pub const CLOCK_MONOTONIC: u32 = 1;

/// Reads clock `clock`.
pub fn clock_gettime(clock: u32) -> SysResult<Duration> {
    let mut ts = Timespec::default();
    // SAFETY: clock_gettime writes one struct timespec.
    unsafe {
        syscall(
            nr::CLOCK_GETTIME,
            &[clock as usize, &mut ts as *mut Timespec as usize],
        )
    }?;
    Ok(ts.to_duration())
}

/// Sleeps for `d`, sleeping again for the remainder if interrupted.
pub fn sleep(d: Duration) -> SysResult<()> {
    let mut request = Timespec::from_duration(d);
    loop {
        let mut remaining = Timespec::default();
        // SAFETY: nanosleep reads one timespec and writes one.
        let result = unsafe {
            syscall(
                nr::NANOSLEEP,
                &[
                    &request as *const Timespec as usize,
                    &mut remaining as *mut Timespec as usize,
                ],
            )
        };
        match result {
            Err(Errno::EINTR) => request = remaining,
            other => return other.map(drop),
        }
    }
}

/// Gives the hart to another runnable process, if there is one.
pub fn sched_yield() {
    // SAFETY: no memory is passed.
    let _ = unsafe { syscall(nr::SCHED_YIELD, &[]) };
}

/// `struct utsname`: six NUL-terminated 65-byte fields.
#[repr(C)]
pub struct Utsname {
    fields: [[u8; 65]; 6],
}

impl Utsname {
    fn field(&self, i: usize) -> &str {
        let f = &self.fields[i];
        let len = f.iter().position(|&b| b == 0).unwrap_or(f.len());
        core::str::from_utf8(&f[..len]).unwrap_or("?")
    }
    pub fn sysname(&self) -> &str {
        self.field(0)
    }
    pub fn nodename(&self) -> &str {
        self.field(1)
    }
    pub fn release(&self) -> &str {
        self.field(2)
    }
    pub fn version(&self) -> &str {
        self.field(3)
    }
    pub fn machine(&self) -> &str {
        self.field(4)
    }
}

pub fn uname() -> SysResult<Utsname> {
    let mut u = Utsname {
        fields: [[0; 65]; 6],
    };
    // SAFETY: uname writes one struct utsname.
    unsafe { syscall(nr::UNAME, &[&mut u as *mut Utsname as usize]) }?;
    Ok(u)
}

/// The hart's cycle counter (`rdcycle`; on rvlab it follows the timing
/// model), for programs that time their own phases.
pub fn rdcycle() -> u64 {
    let c: u64;
    // SAFETY: reads a counter; no memory effect.
    unsafe { core::arch::asm!("rdcycle {}", out(reg) c) };
    c
}
