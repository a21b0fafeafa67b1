//! A CFS-like policy (OSTEP ch. 9.7, Linux's Completely Fair Scheduler):
//! each task's vruntime grows by its CPU time scaled by 1024 / its weight,
//! and the task with the least vruntime runs. Weights come from nice values,
//! 1.25x per step as in Linux's table (nice 0 = 1024), so nice 5 gets about
//! a third of nice 0's share. Slices divide `sched_latency` among the
//! runnable tasks by weight, never below `min_granularity`; a waking task
//! starts no more than half a latency behind the queue, so sleepers get a
//! little credit but cannot bank CPU time.

use alloc::vec::Vec;

use super::queue::KeyedQueue;
use super::policy::{slice_done, SchedEntity, SchedPolicy, Why};
use crate::task::Pid;

pub struct Cfs {
    queue: KeyedQueue,
    /// (pid, weight) of the queued tasks.
    weights: Vec<(Pid, u64)>,
    /// Never decreases; where newcomers start.
    min_vruntime: u64,
    latency_ns: u64,
    min_granularity_ns: u64,
}

/// The weight of a nice value: 1024 at nice 0, 1.25x per step.
pub fn weight(nice: i32) -> u64 {
    let nice = nice.clamp(-20, 19);
    let mut w: u64 = 1024 << 20;
    for _ in 0..nice.unsigned_abs() {
        w = if nice > 0 { w * 4 / 5 } else { w * 5 / 4 };
    }
    (w >> 20).max(1)
}

impl Cfs {
    pub fn new(quantum_ns: u64) -> Cfs {
        Cfs { queue: KeyedQueue::new(), weights: Vec::new(), min_vruntime: 0, latency_ns: 6 * quantum_ns, min_granularity_ns: quantum_ns }
    }

    fn total_weight(&self, running: &SchedEntity) -> u64 {
        weight(running.nice) + self.weights.iter().map(|&(_, w)| w).sum::<u64>()
    }
}

impl SchedPolicy for Cfs {
    fn name(&self) -> &'static str {
        "cfs"
    }

    fn enqueue(&mut self, pid: Pid, se: &mut SchedEntity, why: Why) {
        match why {
            Why::New => se.vruntime = se.vruntime.max(self.min_vruntime),
            Why::Woken => se.vruntime = se.vruntime.max(self.min_vruntime.saturating_sub(self.latency_ns / 2)),
            _ => {}
        }
        self.queue.push(pid, se.vruntime);
        self.weights.retain(|&(p, _)| p != pid);
        self.weights.push((pid, weight(se.nice)));
    }

    fn pick_next(&mut self) -> Option<Pid> {
        if let Some(v) = self.queue.min_key() {
            self.min_vruntime = self.min_vruntime.max(v);
        }
        let pid = self.queue.pop_min()?;
        self.weights.retain(|&(p, _)| p != pid);
        Some(pid)
    }

    fn remove(&mut self, pid: Pid) -> bool {
        self.weights.retain(|&(p, _)| p != pid);
        self.queue.remove(pid)
    }

    fn queued(&self) -> Vec<Pid> {
        self.queue.ordered()
    }

    fn charge(&mut self, se: &mut SchedEntity, ran_ns: u64) {
        se.vruntime += ran_ns * 1024 / weight(se.nice);
    }

    fn tick(&mut self, se: &mut SchedEntity, _now_ns: u64) -> bool {
        if self.queue.is_empty() {
            return false;
        }
        let slice = (self.latency_ns * weight(se.nice) / self.total_weight(se)).max(self.min_granularity_ns);
        slice_done(se.slice_ns, slice) || self.preempt_on_wake(se)
    }

    fn preempt_on_wake(&self, se: &SchedEntity) -> bool {
        self.queue.min_key().is_some_and(|v| v + self.min_granularity_ns < se.vruntime)
    }
}
