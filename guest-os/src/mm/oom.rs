//! The out-of-memory killer: when a page fault finds no free frame, the
//! kernel does not panic and does not simply kill whoever asked: it kills
//! the process holding the most memory (its resident pages, shared
//! copy-on-write pages included, as Linux's RSS counts them), which is the
//! one whose death frees the most. Process 1 is never chosen. The trace
//! device reports the kill (event 6: pid, resident pages).
//!
//! The victim frees its memory only when it runs again and exits, so the
//! process that faulted gives up the hart and retries its access later;
//! while a victim is still dying no second one is chosen. A victim that
//! does not die (asleep where a signal cannot wake it) would make the
//! faulting process retry forever: after `PATIENCE` retries on the same
//! dying victim, the faulting process is killed instead.

use spin::Mutex;

use crate::drivers::trace;
use crate::task::{self, exit, signal::SIGKILL, Pid, ProcState, INIT_PID};

/// What the OOM killer did about a failed allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Killed process `pid` (or found it still dying): retry later.
    Other(Pid),
    /// The caller's own process is the largest (or the only candidate).
    KillCaller,
}

/// Retries a faulting process may make while one victim is dying.
const PATIENCE: usize = 10_000;

/// (victim being waited for, retries so far).
static WAITING: Mutex<(Pid, usize)> = Mutex::new((0, 0));

/// Chooses and kills the largest process; `caller` is the thread group
/// whose allocation failed.
pub fn out_of_memory(caller: Pid) -> Verdict {
    let mut dying = None;
    let mut largest: Option<(Pid, usize)> = None;
    task::for_each(|pid, inner| {
        if inner.tgid != pid || inner.state == ProcState::Zombie || pid == INIT_PID {
            return;
        }
        let Some(space) = inner.aspace.as_ref() else { return };
        if inner.killed == Some(SIGKILL) {
            dying = Some(pid);
            return;
        }
        // try_lock: a space another hart is working on is skipped rather
        // than waited for (that hart may be waiting for the table lock
        // held here).
        let Some(space) = space.try_lock() else { return };
        let pages = space.resident_pages();
        if largest.is_none_or(|(_, most)| pages > most) {
            largest = Some((pid, pages));
        }
    });
    if let Some(pid) = dying {
        if pid == caller {
            return Verdict::KillCaller;
        }
        let mut waiting = WAITING.lock();
        if waiting.0 != pid {
            *waiting = (pid, 0);
        }
        waiting.1 += 1;
        if waiting.1 > PATIENCE {
            crate::klog!("out of memory: pid {pid} does not die; killing pid {caller}");
            *waiting = (0, 0);
            return Verdict::KillCaller;
        }
        return Verdict::Other(pid);
    }
    let Some((victim, pages)) = largest else { return Verdict::KillCaller };
    crate::klog!("out of memory: killing pid {victim} ({pages} resident pages)");
    trace::event(trace::OOM_KILL, [victim as u64, pages as u64, 0, 0]);
    if victim == caller {
        return Verdict::KillCaller;
    }
    let _ = exit::kill(victim, SIGKILL);
    Verdict::Other(victim)
}
