//! Scheduling: which runnable process runs next on a hart, and the
//! mechanism around that choice (xv6's `scheduler`/`sched`/`sleep`/
//! `wakeup`, with the policy moved behind a trait, one file per policy).
//!
//! Each hart that runs processes loops in `scheduler`, switching to the
//! process the policy picks; the process comes back by calling `sched`
//! (when it yields, sleeps or exits). For now only hart 0 runs processes;
//! the others idle in `wfi` (the scheduling issue spreads the work).

pub mod cpu;
pub mod round_robin;

use alloc::boxed::Box;
use core::sync::atomic::{AtomicU64, Ordering};

use crate::arch::{csr, fp, switch::swtch};
use crate::drivers::{timer, trace};
use crate::sync::SpinLock;
use crate::task::{self, Pid, ProcInner, ProcState};

/// A scheduling policy: it only orders runnable pids; the mechanism here
/// does the switching. The scheduling issue adds FIFO, SJF, STCF, MLFQ,
/// lottery, stride and a CFS-like policy beside `round_robin.rs`.
pub trait SchedPolicy: Send {
    /// The name `sched=NAME` selects it by.
    fn name(&self) -> &'static str;
    /// `pid` became runnable (new, woken, or preempted).
    fn enqueue(&mut self, pid: Pid);
    /// The next process to run, removed from the runnable set.
    fn pick_next(&mut self) -> Option<Pid>;
    /// A timer tick while `running` runs; true to preempt it.
    fn tick(&mut self, running: Pid) -> bool;
    /// `pid` is gone (exited or killed): forget it.
    fn remove(&mut self, pid: Pid);
}

static POLICY: SpinLock<Option<Box<dyn SchedPolicy>>> = SpinLock::new(None);

/// Timer ticks since boot (hart 0's).
static TICKS: AtomicU64 = AtomicU64::new(0);

/// Channel for sleeps that only a deadline ends.
pub const TIMER_CHAN: usize = 1;

/// Chooses the policy named on the command line; unknown names fall back
/// to round robin (and say so, with `debug`).
pub fn init(name: &str) {
    let policy: Box<dyn SchedPolicy> = match name {
        "rr" => Box::new(round_robin::RoundRobin::new()),
        other => {
            crate::klog!("unknown scheduling policy {other:?}; using rr");
            Box::new(round_robin::RoundRobin::new())
        }
    };
    crate::klog!("scheduler: {}", policy.name());
    *POLICY.lock() = Some(policy);
}

fn with_policy<R>(f: impl FnOnce(&mut dyn SchedPolicy) -> R) -> R {
    f(POLICY.lock().as_deref_mut().expect("scheduler not initialised"))
}

/// Marks a process runnable and hands it to the policy. The caller holds
/// the process's lock (`inner`).
pub fn make_runnable(pid: Pid, inner: &mut ProcInner) {
    inner.state = ProcState::Runnable;
    with_policy(|p| p.enqueue(pid));
}

/// Forgets a process that will never run again.
pub fn forget(pid: Pid) {
    with_policy(|p| p.remove(pid));
}

/// The per-hart scheduler loop; never returns.
pub fn scheduler() -> ! {
    let cpu = cpu::this();
    loop {
        let Some(pid) = with_policy(|p| p.pick_next()) else {
            idle();
            continue;
        };
        let Some(proc) = task::lookup(pid) else { continue };
        let space = {
            let mut inner = proc.inner.lock();
            if inner.state != ProcState::Runnable {
                continue;
            }
            inner.state = ProcState::Running;
            inner.aspace.as_ref().map(|a| {
                let a = a.lock();
                (a.satp(), a.needs_flush())
            })
        };
        if let Some((satp, flush)) = space {
            csr::satp::write(satp);
            if flush {
                csr::sfence_vma_all();
            }
        }
        if cpu.last_pid() != pid {
            trace::event(trace::SWITCH, [cpu.last_pid() as u64, pid as u64, 0, 0]);
            cpu.set_last_pid(pid);
        }
        let context = proc.context();
        let started = timer::now();
        cpu.set_current(Some(proc.clone()));
        // SAFETY: the process's context was saved by `sched` (or prepared by
        // `task::alloc`); ours stays valid in the static Cpu.
        unsafe { swtch(cpu.context(), context) };
        cpu.set_current(None);
        let reap = {
            let mut inner = proc.inner.lock();
            inner.cpu_time += timer::now() - started;
            inner.detached && inner.state == ProcState::Zombie
        };
        if reap {
            // An exited thread: nobody waits for it, and its kernel stack is
            // free now that we are off it.
            task::remove(pid);
        }
    }
}

/// Nothing to run: wait for an interrupt (the tick may wake a sleeper).
fn idle() {
    let cpu = cpu::this();
    if cpu.last_pid() != 0 {
        trace::event(trace::SWITCH, [cpu.last_pid() as u64, 0, 0, 0]);
        cpu.set_last_pid(0);
    }
    csr::intr_on();
    csr::wfi();
    csr::intr_off();
}

/// Gives the hart back to the scheduler. The caller has set the current
/// process's state (runnable and queued, sleeping, or zombie).
pub fn sched() {
    let cpu = cpu::this();
    let p = cpu.current().expect("sched without a process");
    if fp::is_dirty() {
        fp::save(&mut p.inner.lock().fp);
    }
    let context = p.context();
    drop(p);
    // SAFETY: the scheduler's context was saved when it switched to us.
    unsafe { swtch(context, cpu.context()) };
}

/// The current process lets another run (preemption or sched_yield).
pub fn yield_now() {
    let p = task::current();
    make_runnable(p.pid, &mut p.inner.lock());
    drop(p);
    sched();
}

/// Sleeps on `chan` until `wakeup(chan)` (or a kill). Callers re-check
/// their condition afterwards. No wakeup can be lost: the kernel is not
/// preemptible and only hart 0 runs processes.
pub fn sleep(chan: usize) {
    let p = task::current();
    {
        let mut inner = p.inner.lock();
        inner.state = ProcState::Sleeping;
        inner.chan = chan;
    }
    drop(p);
    sched();
}

/// Sleeps until `time` reaches `deadline` (or a kill).
pub fn sleep_until(deadline: u64) {
    task::current().inner.lock().wake_at = Some(deadline);
    sleep(TIMER_CHAN);
    task::current().inner.lock().wake_at = None;
}

/// Wakes every process sleeping on `chan`.
pub fn wakeup(chan: usize) {
    task::for_each(|pid, inner| {
        if inner.state == ProcState::Sleeping && inner.chan == chan {
            make_runnable(pid, inner);
        }
    });
}

/// The periodic timer interrupt: re-arm, read console input, wake the
/// sleepers whose time has come.
pub fn tick() {
    timer::arm_next_tick();
    TICKS.fetch_add(1, Ordering::Relaxed);
    crate::fs::console::poll();
    let now = timer::now();
    task::for_each(|pid, inner| {
        if inner.state == ProcState::Sleeping && inner.wake_at.is_some_and(|t| t <= now) {
            make_runnable(pid, inner);
        }
    });
}

/// Asks the policy whether the tick that just happened preempts the
/// current process.
pub fn tick_preempts() -> bool {
    let pid = task::current().pid;
    with_policy(|p| p.tick(pid))
}

/// Timer ticks since boot.
pub fn ticks() -> u64 {
    TICKS.load(Ordering::Relaxed)
}
