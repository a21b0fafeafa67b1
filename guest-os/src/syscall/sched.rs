//! The scheduler's system calls: CPU affinity (sched_setaffinity(2)), nice
//! values (setpriority(2)), and rvlab's own `rvlab_sched_hint`, which hands
//! the scheduler what OSTEP's policies assume it knows (see
//! `syscall_nr.rs`).

use super::errno::*;
use super::with_user;
use crate::arch::{csr, ipi};
use crate::drivers::timer;
use crate::sched::{self, policy::MAX_TICKETS, runqueue};
use crate::task::{self, Pid, ProcState};

/// The task `pid` names (0 = the caller).
fn target(pid: usize) -> Result<alloc::sync::Arc<task::Process>, Errno> {
    if pid == 0 {
        Ok(task::current())
    } else {
        task::lookup(pid as Pid).filter(|p| p.inner.lock().state != ProcState::Zombie).ok_or(ESRCH)
    }
}

/// The harts that run tasks, as a mask.
fn all_harts() -> u64 {
    (1u64 << runqueue::harts()) - 1
}

pub fn sched_setaffinity(pid: usize, len: usize, mask_ptr: usize) -> SysResult {
    if len < 8 {
        return Err(EINVAL);
    }
    let mask: u64 = with_user(|u| u.read_val(mask_ptr))?;
    let mask = mask & all_harts();
    if mask == 0 {
        return Err(EINVAL);
    }
    let p = target(pid)?;
    let me = csr::hart_id();
    let move_self = {
        let mut inner = p.inner.lock();
        inner.affinity = mask;
        match inner.state {
            // Queued on a hart it may no longer use: queue it again.
            ProcState::Runnable if inner.queued_on.is_some_and(|h| mask & (1 << h) == 0) => {
                runqueue::dequeue(p.pid, &mut inner);
                runqueue::enqueue(p.pid, &mut inner, sched::policy::Why::Woken);
                false
            }
            ProcState::Running if mask & (1 << inner.last_hart) == 0 => {
                if inner.last_hart == me {
                    true
                } else {
                    // Running elsewhere: that hart moves it at its next look.
                    ipi::send(inner.last_hart, ipi::RESCHEDULE);
                    false
                }
            }
            _ => false,
        }
    };
    drop(p);
    if move_self {
        sched::yield_now(false);
    }
    Ok(0)
}

pub fn sched_getaffinity(pid: usize, len: usize, mask_ptr: usize) -> SysResult {
    if len < 8 {
        return Err(EINVAL);
    }
    let mask = target(pid)?.inner.lock().affinity & all_harts();
    with_user(|u| u.write_val(mask_ptr, &mask))?;
    Ok(8)
}

const PRIO_PROCESS: usize = 0;

pub fn setpriority(which: usize, who: usize, prio: usize) -> SysResult {
    if which != PRIO_PROCESS {
        return Err(EINVAL);
    }
    let nice = (prio as i32).clamp(-20, 19);
    target(who)?.inner.lock().sched.nice = nice;
    Ok(0)
}

/// The raw syscall returns 20 - nice (1..=40), so it is never negative.
pub fn getpriority(which: usize, who: usize) -> SysResult {
    if which != PRIO_PROCESS {
        return Err(EINVAL);
    }
    Ok((20 - target(who)?.inner.lock().sched.nice) as usize)
}

const HINT_EXPECTED_US: usize = 1;
const HINT_TICKETS: usize = 2;
const HINT_ARRIVE_AT_NS: usize = 3;

pub fn sched_hint(pid: usize, param: usize, value: usize) -> SysResult {
    let p = target(pid)?;
    match param {
        HINT_EXPECTED_US => p.inner.lock().sched.expected_ns = (value as u64).saturating_mul(1000),
        HINT_TICKETS if (1..=MAX_TICKETS as usize).contains(&value) => p.inner.lock().sched.tickets = value as u32,
        HINT_ARRIVE_AT_NS if pid == 0 || pid == p.pid => {
            // Wait (not runnable) until the arrival time; the wakeup at the
            // deadline reports the job's arrival.
            let deadline = timer::ns_to_ticks(value as u64);
            p.inner.lock().arrival_pending = true;
            if deadline > timer::now() {
                drop(p);
                sched::sleep_until(deadline);
            }
            // Not woken by the deadline (already past, or a signal): it
            // arrives now.
            let p = task::current();
            sched::clock::report_arrival(p.pid, &mut p.inner.lock());
        }
        _ => return Err(EINVAL),
    }
    Ok(0)
}
