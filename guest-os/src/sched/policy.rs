//! The policy side of scheduling: what every policy answers (`SchedPolicy`)
//! and what it may know about a task (`SchedEntity`). A policy only orders
//! the runnable tasks queued on one hart; the mechanism in `mod.rs` does the
//! switching, the accounting and the moving between harts.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::task::Pid;

/// What the policies keep per task. It lives in the task (not in a
/// policy's queue) so it moves with the task from one hart's queue to
/// another's.
#[derive(Clone, Copy, Debug)]
pub struct SchedEntity {
    /// The job's expected CPU time in ns (0 = unknown): OSTEP's oracle
    /// for SJF and STCF, given by `rvlab_sched_hint`.
    pub expected_ns: u64,
    /// Lottery and stride tickets.
    pub tickets: u32,
    /// The nice value (-20..=19) the CFS-like policy weighs by.
    pub nice: i32,
    /// CPU time used in all (kept by the mechanism).
    pub ran_ns: u64,
    /// CPU time used since it was last picked (kept by the mechanism).
    pub slice_ns: u64,
    /// MLFQ: its queue (0 = highest priority) and the time used there.
    pub level: u8,
    pub allot_ns: u64,
    /// MLFQ: the boost period it was last boosted in.
    pub boost_epoch: u64,
    /// CFS: weighted CPU time.
    pub vruntime: u64,
    /// Stride: its pass value.
    pub pass: u64,
}

pub const DEFAULT_TICKETS: u32 = 100;
pub const MAX_TICKETS: u32 = 100_000;

impl SchedEntity {
    pub const fn new() -> SchedEntity {
        SchedEntity {
            expected_ns: 0,
            tickets: DEFAULT_TICKETS,
            nice: 0,
            ran_ns: 0,
            slice_ns: 0,
            level: 0,
            allot_ns: 0,
            boost_epoch: 0,
            vruntime: 0,
            pass: 0,
        }
    }

    /// What a child of fork/clone inherits: nice and tickets (as Linux
    /// inherits nice), and its parent's place in the CFS and stride orders
    /// so that forking cannot buy CPU time. Usage and hints start afresh.
    pub fn inherit(&self) -> SchedEntity {
        SchedEntity { tickets: self.tickets, nice: self.nice, vruntime: self.vruntime, pass: self.pass, ..SchedEntity::new() }
    }

    /// The expected CPU time still to run (STCF's key); unknown jobs last.
    pub fn remaining_ns(&self) -> u64 {
        if self.expected_ns == 0 {
            u64::MAX
        } else {
            self.expected_ns.saturating_sub(self.ran_ns)
        }
    }
}

/// Why a task is being queued.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// Just created.
    New,
    /// Woken from a sleep (or arrived on this hart from another).
    Woken,
    /// Its slice ended, or a task the policy prefers arrived.
    Preempted,
    /// It called sched_yield.
    Yielded,
}

/// The settings every policy is built with (from the command line).
#[derive(Clone, Copy, Debug)]
pub struct Params {
    /// The time slice in ns.
    pub quantum_ns: u64,
    /// MLFQ: boost every job to the top queue this often (0 = never).
    pub boost_ns: u64,
    /// MLFQ: false for OSTEP's rules 4a/4b (a job that gives up the CPU
    /// before its slice ends keeps its level: gameable), true for rule 4
    /// (the allotment counts all its time at the level).
    pub strict_allotment: bool,
    /// Seed for the lottery's random numbers (per hart: seed + hart).
    pub seed: u64,
}

/// A scheduling policy for one hart's run queue.
pub trait SchedPolicy: Send {
    /// The name `sched=NAME` selects it by.
    fn name(&self) -> &'static str;
    /// `pid` became runnable on this hart. `se` is its entity, which the
    /// policy may adjust (e.g. a sleeper's vruntime) and read keys from.
    fn enqueue(&mut self, pid: Pid, se: &mut SchedEntity, why: Why);
    /// The next task to run, removed from the queue.
    fn pick_next(&mut self) -> Option<Pid>;
    /// Takes `pid` out of the queue (it exited, or moves to another hart);
    /// false if it was not queued here.
    fn remove(&mut self, pid: Pid) -> bool;
    /// The queued pids, the one that would run next first.
    fn queued(&self) -> Vec<Pid>;
    /// The running task used `ran_ns` more of the CPU (the mechanism has
    /// already added it to `ran_ns` and `slice_ns`).
    fn charge(&mut self, _se: &mut SchedEntity, _ran_ns: u64) {}
    /// A timer interrupt while `se`'s task runs at time `now_ns`: true to
    /// preempt it.
    fn tick(&mut self, se: &mut SchedEntity, now_ns: u64) -> bool;
    /// A task was just queued here while `se`'s task runs: true to preempt
    /// the running one at once.
    fn preempt_on_wake(&self, _se: &SchedEntity) -> bool {
        false
    }
    /// Whether this hart needs timer interrupts while `se`'s task runs
    /// (tickless mode asks; a policy that never preempts on a timer does
    /// not need them).
    fn wants_timer(&self, _se: &SchedEntity) -> bool {
        !self.queued().is_empty()
    }
}

/// Whether a slice of `quantum_ns` is used up after `slice_ns`. A periodic
/// tick lands a little less than a tick after the task was picked (the
/// switch took some of it), so within a quarter quantum counts as done;
/// otherwise a one-tick quantum would last two.
pub fn slice_done(slice_ns: u64, quantum_ns: u64) -> bool {
    slice_ns + quantum_ns / 4 >= quantum_ns
}

/// Every policy's name, for messages.
pub const NAMES: &[&str] = &["fifo", "sjf", "stcf", "rr", "mlfq", "lottery", "stride", "cfs"];

/// A fresh policy named `name` for hart `hart`, or None for an unknown name.
pub fn build(name: &str, params: Params, hart: usize) -> Option<Box<dyn SchedPolicy>> {
    use super::*;
    Some(match name {
        "fifo" => Box::new(fifo::Fifo::new()),
        "sjf" => Box::new(sjf::Sjf::new()),
        "stcf" => Box::new(stcf::Stcf::new()),
        "rr" => Box::new(round_robin::RoundRobin::new(params.quantum_ns)),
        "mlfq" => Box::new(mlfq::Mlfq::new(params)),
        "lottery" => Box::new(lottery::Lottery::new(params.quantum_ns, params.seed.wrapping_add(hart as u64))),
        "stride" => Box::new(stride::Stride::new(params.quantum_ns)),
        "cfs" => Box::new(cfs::Cfs::new(params.quantum_ns)),
        _ => return None,
    })
}
