//! Scheduling: which runnable task runs next on each hart, and the
//! mechanism around that choice (xv6's `scheduler`/`sched`/`sleep`/
//! `wakeup`, with the policy behind a trait, one file per policy, and one
//! run queue per hart).
//!
//! Every hart loops in `scheduler`, switching to the task its queue's
//! policy picks; the task comes back by calling `sched` (when it yields,
//! sleeps or exits). The kernel lock (`sync::bkl`) is held throughout,
//! except while a hart idles and while tasks run in user mode.
//!
//! ```text
//! policy.rs     the SchedPolicy trait and the per-task SchedEntity
//! fifo.rs sjf.rs stcf.rs round_robin.rs mlfq.rs lottery.rs stride.rs cfs.rs
//! queue.rs      the FIFO and min-key queues the policies share
//! runqueue.rs   per-hart queues, placement, migration, load balancing
//! clock.rs      the periodic tick, or tickless timers
//! cpu.rs        per-hart state (xv6's struct cpu)
//! ```

pub mod cfs;
pub mod clock;
pub mod cpu;
pub mod fifo;
pub mod lottery;
pub mod mlfq;
pub mod policy;
pub mod queue;
pub mod round_robin;
pub mod runqueue;
pub mod sjf;
pub mod stcf;
pub mod stride;

use crate::arch::{csr, fp, ipi, switch::swtch};
use crate::config::BootConfig;
use crate::drivers::{timer, trace};
use crate::mm::layout::virt_to_phys;
use crate::sync::bkl;
use crate::task::{self, Pid, ProcInner, ProcState};
use policy::{Params, Why};

/// Channel for sleeps that only a deadline ends.
pub const TIMER_CHAN: usize = 1;

/// Chooses the policy and the timer settings from the command line, and
/// reports them to the host. Unknown policy names fall back to round robin
/// (and say so on the console).
pub fn init(config: &BootConfig, harts: usize) {
    timer::set_tick(config.tick_hz, config.tickless);
    runqueue::set_affine(config.affine);
    let quantum_ns = config.quantum_us * 1000;
    clock::set_quantum(timer::ns_to_ticks(quantum_ns));
    let params = Params {
        quantum_ns,
        boost_ns: config.boost_ms * 1_000_000,
        strict_allotment: !config.mlfq_gameable,
        seed: 0x5eed_1234_abcd_0001,
    };
    let mut name: &str = &config.sched;
    if !runqueue::init(name, params, harts) {
        crate::kprintln!("kernel: unknown scheduling policy {:?} (one of {:?}); using rr", name, policy::NAMES);
        name = "rr";
        runqueue::init(name, params, harts);
    }
    let name = runqueue::with(0, |q| q.name());
    crate::klog!(
        "scheduler: {name}, {} harts, quantum {} us, {}",
        harts,
        config.quantum_us,
        if config.tickless { alloc::format!("tickless") } else { alloc::format!("tick {} Hz", config.tick_hz) }
    );
    let tick = if config.tickless { 0 } else { config.tick_hz };
    trace::event(trace::SCHEDULER, [virt_to_phys(name.as_ptr() as usize) as u64, name.len() as u64, config.quantum_us, tick]);
}

/// Charges the CPU time since the last charge to the running task (`inner`
/// is the current task's, locked): the policy's accounting (Linux's
/// `update_curr`).
pub fn update_curr(inner: &mut ProcInner) {
    let c = cpu::this();
    let now = timer::now();
    let ran = timer::ticks_to_ns(now.saturating_sub(c.account_start()));
    c.set_account_start(now);
    inner.sched.ran_ns += ran;
    inner.sched.slice_ns += ran;
    runqueue::with(csr::hart_id(), |q| q.charge(&mut inner.sched, ran));
}

/// A new task (fork, clone, the first process) is ready to run.
pub fn start(pid: Pid, inner: &mut ProcInner) {
    inner.state = ProcState::Runnable;
    runqueue::enqueue(pid, inner, Why::New);
}

/// Marks a sleeping task runnable and queues it. The caller holds the
/// task's lock (`inner`).
pub fn make_runnable(pid: Pid, inner: &mut ProcInner) {
    inner.state = ProcState::Runnable;
    runqueue::enqueue(pid, inner, Why::Woken);
}

/// Forgets a task that will never run again.
pub fn forget(pid: Pid) {
    if let Some(p) = task::lookup(pid) {
        runqueue::dequeue(pid, &mut p.inner.lock());
    }
}

/// The per-hart scheduler loop, entered with the kernel lock held; never
/// returns.
pub fn scheduler() -> ! {
    let me = csr::hart_id();
    let cpu = cpu::this();
    clock::start();
    loop {
        let pid = match runqueue::pick(me) {
            Some(pid) => pid,
            None if runqueue::steal(me, true) => continue,
            None => {
                idle();
                continue;
            }
        };
        let Some(proc) = task::lookup(pid) else { continue };
        let now = timer::now();
        {
            let mut inner = proc.inner.lock();
            inner.queued_on = None;
            if inner.state != ProcState::Runnable {
                continue;
            }
            inner.state = ProcState::Running;
            inner.sched.slice_ns = 0;
            inner.last_hart = me;
            inner.run_start = now;
            if let Some(space) = inner.aspace.as_ref() {
                space.lock().activate();
            }
        }
        if cpu.last_pid() != pid {
            trace::event(trace::SWITCH, [cpu.last_pid() as u64, pid as u64, 0, 0]);
            cpu.set_last_pid(pid);
        }
        let context = proc.context();
        cpu.set_current(Some(proc.clone()));
        cpu.set_account_start(now);
        cpu.set_need_resched(false);
        runqueue::set_running(me, pid);
        clock::rearm();
        // SAFETY: the task's context was saved by `sched` (or prepared by
        // `task::alloc`); ours stays valid in the static Cpu.
        unsafe { swtch(cpu.context(), context) };
        crate::mm::kernel_space::activate();
        runqueue::set_running(me, 0);
        cpu.set_current(None);
        let reap = {
            let mut inner = proc.inner.lock();
            inner.cpu_time += timer::now().saturating_sub(inner.run_start);
            inner.detached && inner.state == ProcState::Zombie
        };
        if reap {
            // An exited thread: nobody waits for it, and its kernel stack is
            // free now that we are off it.
            task::remove(pid);
        }
    }
}

/// Nothing to run: give up the kernel lock and wait for an interrupt (a
/// tick, a timer, or another hart queuing work here). Interrupts stay off
/// while waiting (`wfi` returns on a pending one anyway), so the handler
/// runs only once the lock is back.
fn idle() {
    let cpu = cpu::this();
    if cpu.last_pid() != 0 {
        trace::event(trace::SWITCH, [cpu.last_pid() as u64, 0, 0, 0]);
        cpu.set_last_pid(0);
    }
    clock::rearm();
    bkl::release();
    csr::wfi();
    bkl::acquire();
    csr::intr_on();
    csr::intr_off();
}

/// Gives the hart back to the scheduler. The caller has set the current
/// task's state (runnable and queued, sleeping, or zombie).
pub fn sched() {
    let cpu = cpu::this();
    let p = cpu.current().expect("sched without a process");
    {
        let mut inner = p.inner.lock();
        update_curr(&mut inner);
        if fp::is_dirty() {
            fp::save(&mut inner.fp);
        }
    }
    let context = p.context();
    drop(p);
    // SAFETY: the scheduler's context was saved when it switched to us.
    unsafe { swtch(context, cpu.context()) };
}

/// The current task gives up the hart: preempted (`yielded` false) or by
/// sched_yield.
pub fn yield_now(yielded: bool) {
    let p = task::current();
    {
        let mut inner = p.inner.lock();
        update_curr(&mut inner);
        inner.state = ProcState::Runnable;
        runqueue::enqueue(p.pid, &mut inner, if yielded { Why::Yielded } else { Why::Preempted });
    }
    drop(p);
    sched();
}

/// Where a trap from user mode may give up the hart before returning: the
/// tick said the slice is over, or a task queued here deserves the hart
/// more (STCF's shorter job, MLFQ's higher queue, CFS's lagging task).
pub fn preempt_point() {
    let c = cpu::this();
    let Some(p) = c.current() else { return };
    let woken = c.take_woken();
    let mut preempt = c.need_resched();
    if woken && !preempt {
        let inner = p.inner.lock();
        let me = csr::hart_id();
        // Its affinity may have changed from another hart, too.
        preempt = inner.affinity & (1 << me) == 0 || runqueue::with(me, |q| q.preempt_on_wake(&inner.sched));
    }
    drop(p);
    if preempt {
        c.set_need_resched(false);
        yield_now(false);
    } else if woken {
        clock::rearm();
    }
}

/// An inter-processor interrupt: a shootdown to carry out, or tasks queued
/// here (noted for `preempt_point`, or found by the idle loop).
pub fn ipi_interrupt() {
    let reasons = ipi::take();
    if reasons & ipi::TLB_FLUSH != 0 {
        crate::mm::shootdown::service();
    }
    if reasons & ipi::RESCHEDULE != 0 {
        cpu::this().set_woken(true);
        if cpu::this().current().is_none() {
            clock::rearm();
        }
    }
}

/// A task running on another hart must look at its state now (a signal, a
/// request to exit): interrupt that hart, so the task enters the kernel
/// without waiting for a tick (there may be none, tickless).
pub fn kick(inner: &ProcInner) {
    if inner.state == ProcState::Running && inner.last_hart != csr::hart_id() {
        ipi::send(inner.last_hart, ipi::RESCHEDULE);
    }
}

/// Sleeps on `chan` until `wakeup(chan)` (or a kill). Callers re-check
/// their condition afterwards. No wakeup can be lost: the kernel lock is
/// held from the caller's check to the switch away.
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
    clock::note_deadline(deadline);
    sleep(TIMER_CHAN);
    task::current().inner.lock().wake_at = None;
}

/// Wakes every task sleeping on `chan`.
pub fn wakeup(chan: usize) {
    task::for_each(|pid, inner| {
        if inner.state == ProcState::Sleeping && inner.chan == chan {
            make_runnable(pid, inner);
        }
    });
}

/// Timer interrupts hart 0 has taken since boot.
pub fn ticks() -> u64 {
    clock::ticks()
}
