//! Futexes ("fast user-space mutexes"): the kernel half of the thread
//! library's locks, condition variables and pthread_join. FUTEX_WAIT sleeps
//! only if the word at the address still holds the expected value (checked
//! and slept on without anything in between: the kernel is not
//! preemptible); FUTEX_WAKE wakes up to N sleepers on the same word of the
//! same address space.

use crate::drivers::timer;
use crate::sched;
use crate::syscall::errno::*;
use crate::syscall::with_user;
use crate::task::{self, ProcState, SharedSpace};

/// The channel futex sleepers use; which futex is in `futex_key`.
const FUTEX_CHAN: usize = 3 << 40;

const FUTEX_WAIT: usize = 0;
const FUTEX_WAKE: usize = 1;
const FUTEX_WAIT_BITSET: usize = 9;
const FUTEX_WAKE_BITSET: usize = 10;
/// PRIVATE (128) and CLOCK_REALTIME (256) change nothing here.
const FUTEX_CMD_MASK: usize = 0x7f;

fn key(space: &SharedSpace, addr: usize) -> (usize, usize) {
    (alloc::sync::Arc::as_ptr(space) as usize, addr)
}

/// futex(uaddr, op, val, timeout): WAIT, WAKE and their BITSET forms (the
/// bitset is treated as "all").
pub fn futex(uaddr: usize, op: usize, val: usize, timeout: usize) -> SysResult {
    if uaddr % 4 != 0 {
        return Err(EINVAL);
    }
    let space = task::current_space().ok_or(EFAULT)?;
    match op & FUTEX_CMD_MASK {
        FUTEX_WAIT | FUTEX_WAIT_BITSET => {
            let deadline = if timeout == 0 {
                None
            } else {
                let ts: [i64; 2] = with_user(|u| u.read_val(timeout))?;
                let ns = (ts[0].max(0) as u64).saturating_mul(1_000_000_000).saturating_add(ts[1].max(0) as u64);
                // WAIT's timeout is relative, WAIT_BITSET's absolute.
                Some(if op & FUTEX_CMD_MASK == FUTEX_WAIT { timer::now() + timer::ns_to_ticks(ns) } else { timer::ns_to_ticks(ns) })
            };
            wait(&space, uaddr, val as u32, deadline)
        }
        FUTEX_WAKE | FUTEX_WAKE_BITSET => Ok(wake(&space, uaddr, val)),
        _ => Err(ENOSYS),
    }
}

fn wait(space: &SharedSpace, uaddr: usize, expected: u32, deadline: Option<u64>) -> SysResult {
    let current: u32 = space.lock().read_val(uaddr)?;
    if current != expected {
        return Err(EAGAIN);
    }
    if deadline.is_some_and(|d| timer::now() >= d) {
        return Err(ETIMEDOUT);
    }
    let p = task::current();
    {
        let mut inner = p.inner.lock();
        inner.futex_key = Some(key(space, uaddr));
        inner.wake_at = deadline;
    }
    sched::sleep(FUTEX_CHAN);
    let woken = {
        let mut inner = p.inner.lock();
        inner.wake_at = None;
        inner.futex_key.take().is_none()
    };
    if woken {
        Ok(0)
    } else if task::current_interrupted() {
        Err(EINTR)
    } else {
        Err(ETIMEDOUT)
    }
}

/// Wakes up to `n` tasks waiting on `addr` in `space`; returns how many.
pub fn wake(space: &SharedSpace, addr: usize, n: usize) -> usize {
    let key = key(space, addr);
    let mut woken = 0;
    task::for_each(|pid, inner| {
        if woken < n && inner.state == ProcState::Sleeping && inner.chan == FUTEX_CHAN && inner.futex_key == Some(key) {
            inner.futex_key = None;
            sched::make_runnable(pid, inner);
            woken += 1;
        }
    });
    woken
}
