//! One run queue per hart, each ordered by its own copy of the policy, and
//! the rules for which hart a task waits on (OSTEP ch. 10: multi-queue
//! scheduling with cache affinity, and migration to keep the queues level).
//!
//! - A waking task goes back to the hart it last ran on, where its cache
//!   and TLB entries may still be warm, unless another hart it may use is
//!   less loaded (then it migrates).
//! - A new task goes to the least-loaded hart it may use (Linux balances
//!   at fork the same way).
//! - A hart with nothing to run, or with at least two tasks fewer than the
//!   busiest hart, pulls one over (`steal`).
//!
//! A hart's load is its queue length plus one if it runs a task.

use alloc::boxed::Box;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::policy::{self, Params, SchedPolicy, Why};
use crate::arch::{csr, ipi, start::MAX_HARTS};
use crate::mm::shootdown;
use crate::sync::SpinLock;
use crate::task::{self, Pid, ProcInner, NO_HART};

type Queue = SpinLock<Option<Box<dyn SchedPolicy>>>;

static QUEUES: [Queue; MAX_HARTS] = [const { SpinLock::new(None) }; MAX_HARTS];
/// Tasks waiting in each hart's queue.
static QUEUED: [AtomicUsize; MAX_HARTS] = [const { AtomicUsize::new(0) }; MAX_HARTS];
/// The pid each hart runs (0 = none).
static RUNNING: [AtomicUsize; MAX_HARTS] = [const { AtomicUsize::new(0) }; MAX_HARTS];
static HARTS: AtomicUsize = AtomicUsize::new(1);
/// Cache affinity in placement (`affine=0` turns it off: a task always
/// queues on the least-loaded hart, wherever it ran, so it migrates more).
static AFFINE: AtomicBool = AtomicBool::new(true);

pub fn set_affine(on: bool) {
    AFFINE.store(on, Ordering::Relaxed);
}

/// Builds each hart's policy; false if `name` is not a policy.
pub fn init(name: &str, params: Params, harts: usize) -> bool {
    let harts = harts.clamp(1, MAX_HARTS);
    HARTS.store(harts, Ordering::Relaxed);
    for (hart, queue) in QUEUES.iter().enumerate().take(harts) {
        let Some(p) = policy::build(name, params, hart) else { return false };
        *queue.lock() = Some(p);
    }
    true
}

/// Runs `f` on `hart`'s policy.
pub fn with<R>(hart: usize, f: impl FnOnce(&mut dyn SchedPolicy) -> R) -> R {
    f(QUEUES[hart].lock().as_deref_mut().expect("scheduler not initialised"))
}

pub fn harts() -> usize {
    HARTS.load(Ordering::Relaxed)
}

fn load(hart: usize) -> usize {
    QUEUED[hart].load(Ordering::Relaxed) + (RUNNING[hart].load(Ordering::Relaxed) != 0) as usize
}

pub fn set_running(hart: usize, pid: Pid) {
    RUNNING[hart].store(pid, Ordering::Relaxed);
}

/// The harts `inner` may run on now: its affinity, among harts that run
/// tasks. (An affinity naming no such hart cannot be set.)
fn allowed(inner: &ProcInner) -> u64 {
    let online = shootdown::online_mask() & ((1u64 << harts()) - 1);
    let mask = inner.affinity & online;
    if mask == 0 {
        1 << csr::hart_id()
    } else {
        mask
    }
}

/// Chooses the hart a runnable task waits on.
fn select(pid: Pid, inner: &ProcInner, new: bool) -> usize {
    let allowed = allowed(inner);
    let me = csr::hart_id();
    let prev = inner.last_hart;
    let ok = |h: usize| h < 64 && allowed & (1 << h) != 0;
    // With affinity, a task giving up this hart (preempted, yielding) does
    // not count against it: otherwise every slice would send it elsewhere.
    let affine = AFFINE.load(Ordering::Relaxed);
    let running_here = affine && RUNNING[me].load(Ordering::Relaxed) == pid;
    let load = |h: usize| load(h) - (running_here && h == me) as usize;
    // The least-loaded allowed hart; ties go to the previous hart, then this
    // one, then the lowest number. Without affinity, ties go away from the
    // previous hart, as with one queue shared by all harts, where whichever
    // hart frees up first takes the next task.
    let prefer = |h: usize| (load(h), (h != prev) == affine, h != me, h);
    let best = (0..harts()).filter(|&h| ok(h)).min_by_key(|&h| prefer(h)).unwrap_or(me);
    if affine && !new && prev != NO_HART && ok(prev) && load(prev) <= load(best) {
        prev
    } else {
        best
    }
}

/// Queues `pid` (whose state the caller holds locked) on a hart chosen by
/// the rules above, and tells that hart.
pub fn enqueue(pid: Pid, inner: &mut ProcInner, why: Why) {
    if inner.queued_on.is_some() {
        return;
    }
    let hart = select(pid, inner, why == Why::New);
    enqueue_on(hart, pid, inner, why);
}

fn enqueue_on(hart: usize, pid: Pid, inner: &mut ProcInner, why: Why) {
    with(hart, |p| p.enqueue(pid, &mut inner.sched, why));
    inner.queued_on = Some(hart);
    QUEUED[hart].fetch_add(1, Ordering::Relaxed);
    if hart == csr::hart_id() {
        super::cpu::this().set_woken(true);
    } else {
        ipi::send(hart, ipi::RESCHEDULE);
    }
}

/// Takes `pid` out of whatever queue holds it.
pub fn dequeue(pid: Pid, inner: &mut ProcInner) {
    if let Some(hart) = inner.queued_on.take() {
        if with(hart, |p| p.remove(pid)) {
            QUEUED[hart].fetch_sub(1, Ordering::Relaxed);
        }
    }
}

/// The next task for this hart from its own queue.
pub fn pick(hart: usize) -> Option<Pid> {
    let pid = with(hart, |p| p.pick_next())?;
    QUEUED[hart].fetch_sub(1, Ordering::Relaxed);
    Some(pid)
}

/// Pulls a task from the busiest hart to this one, if that evens the load
/// (`idle`: this hart has nothing at all to run). Returns whether it did.
pub fn steal(me: usize, idle: bool) -> bool {
    let Some(victim) = (0..harts()).filter(|&h| h != me && QUEUED[h].load(Ordering::Relaxed) > 0).max_by_key(|&h| (load(h), usize::MAX - h))
    else {
        return false;
    };
    if !idle && load(victim) < load(me) + 2 {
        return false;
    }
    // The last queued task that may run here: the one that would wait
    // longest where it is.
    let candidates = with(victim, |p| p.queued());
    for pid in candidates.into_iter().rev() {
        let Some(proc) = task::lookup(pid) else { continue };
        let mut inner = proc.inner.lock();
        if inner.queued_on != Some(victim) || allowed(&inner) & (1 << me) == 0 {
            continue;
        }
        dequeue(pid, &mut inner);
        enqueue_on(me, pid, &mut inner, Why::Woken);
        return true;
    }
    false
}
