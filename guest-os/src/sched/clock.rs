//! The scheduler's use of the timer: the periodic tick, or none (tickless).
//!
//! With a periodic tick (`tick=HZ`, default 100) every hart takes a timer
//! interrupt each 1/HZ s, busy or idle. Tickless (`tickless`, Linux's
//! NO_HZ), a hart arms its timer only for what needs one: the end of the
//! running task's slice when its policy wants a timer (something waits in
//! its queue and the policy preempts on time), and on hart 0 the earliest
//! sleeper's deadline and, while someone reads the console, the UART poll.
//! The host counts the timer interrupts either way, so the two can be
//! compared (`rvlab run --stats`).
//!
//! Hart 0 does the machine-wide timer work: waking sleepers whose time has
//! come and polling the console.

use core::sync::atomic::{AtomicU64, Ordering};

use super::{cpu, runqueue};
use crate::arch::{csr, ipi};
use crate::drivers::{timer, trace};
use crate::task::{self, Pid, ProcInner, ProcState};

/// Timer interrupts hart 0 has taken.
static TICKS: AtomicU64 = AtomicU64::new(0);
/// The earliest deadline among timed sleepers (`u64::MAX` = none).
static NEXT_WAKE: AtomicU64 = AtomicU64::new(u64::MAX);

/// The time slice, in `time` ticks (set at boot).
static QUANTUM: AtomicU64 = AtomicU64::new(100_000);

pub fn set_quantum(ticks: u64) {
    QUANTUM.store(ticks.max(1), Ordering::Relaxed);
}

pub fn ticks() -> u64 {
    TICKS.load(Ordering::Relaxed)
}

/// A task will sleep until `deadline`: make sure hart 0 wakes for it.
pub fn note_deadline(deadline: u64) {
    let before = NEXT_WAKE.fetch_min(deadline, Ordering::AcqRel);
    if deadline < before && timer::tickless() {
        if csr::hart_id() == 0 {
            rearm();
        } else {
            ipi::send(0, ipi::RESCHEDULE);
        }
    }
}

/// This hart's timer interrupt (kernel lock held): the machine-wide work
/// on hart 0, then the running task's accounting; sets `need_resched` if
/// its policy preempts it.
pub fn timer_interrupt() {
    let me = csr::hart_id();
    let now = timer::now();
    if !timer::tickless() {
        // Arm before the work, so the period does not drift.
        timer::arm_at(now + timer::tick_period());
    } else {
        timer::arm_at(u64::MAX);
    }
    if me == 0 {
        TICKS.fetch_add(1, Ordering::Relaxed);
        crate::fs::console::poll();
        wake_sleepers(now);
    }
    let c = cpu::this();
    let current = c.current();
    if let Some(p) = &current {
        let mut inner = p.inner.lock();
        super::update_curr(&mut inner);
        let now_ns = timer::ticks_to_ns(now);
        let preempt = runqueue::with(me, |q| q.tick(&mut inner.sched, now_ns));
        // A task whose affinity no longer includes this hart moves on.
        let evicted = inner.affinity & (1 << me) == 0;
        if preempt || evicted {
            c.set_need_resched(true);
        }
    }
    // Even the load: pull a task over from a hart with two more.
    runqueue::steal(me, current.is_none());
    rearm();
}

/// Wakes the timed sleepers whose deadline has passed, and finds the next.
fn wake_sleepers(now: u64) {
    if NEXT_WAKE.load(Ordering::Acquire) > now {
        return;
    }
    let mut next = u64::MAX;
    task::for_each(|pid, inner| {
        if inner.state != ProcState::Sleeping {
            return;
        }
        match inner.wake_at {
            Some(t) if t <= now => {
                report_arrival(pid, inner);
                super::make_runnable(pid, inner);
            }
            Some(t) => next = next.min(t),
            None => {}
        }
    });
    NEXT_WAKE.store(next, Ordering::Release);
}

/// A job waiting to arrive (`rvlab_sched_hint`) arrives now: tells the
/// host, once.
pub fn report_arrival(pid: Pid, inner: &mut ProcInner) {
    if core::mem::take(&mut inner.arrival_pending) {
        trace::event(trace::ARRIVAL, [pid as u64, 0, 0, 0]);
    }
}

/// In tickless mode, arms this hart's timer for the next thing that needs
/// it (a periodic tick re-arms itself in `timer_interrupt`).
pub fn rearm() {
    if !timer::tickless() {
        return;
    }
    let me = csr::hart_id();
    let now = timer::now();
    let mut at = u64::MAX;
    if let Some(p) = cpu::this().current() {
        let inner = p.inner.lock();
        if runqueue::with(me, |q| q.wants_timer(&inner.sched)) {
            let quantum = QUANTUM.load(Ordering::Relaxed);
            let used = timer::ns_to_ticks(inner.sched.slice_ns) % quantum;
            at = now + (quantum - used).max(quantum / 8);
        }
    }
    if me == 0 {
        at = at.min(NEXT_WAKE.load(Ordering::Acquire));
        if crate::fs::console::has_readers() {
            at = at.min(now + timer::poll_interval());
        }
    }
    timer::arm_at(at);
}

/// Arms the first tick on this hart.
pub fn start() {
    csr::sie::set(csr::interrupt_bits::STI | csr::interrupt_bits::SSI);
    if timer::tickless() {
        timer::arm_at(u64::MAX);
        rearm();
    } else {
        timer::arm_at(timer::now() + timer::tick_period());
    }
}
