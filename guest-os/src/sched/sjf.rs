//! Shortest job first (OSTEP ch. 7.4): of the jobs waiting, run the one
//! with the least expected CPU time, to completion. The expected time is
//! the oracle OSTEP assumes; here each job states it with
//! `rvlab_sched_hint` (jobs that do not come last, in arrival order).
//! Non-preemptive: a short job arriving behind a long one still waits.

use alloc::vec::Vec;

use super::queue::KeyedQueue;
use super::policy::{SchedEntity, SchedPolicy, Why};
use crate::task::Pid;

pub struct Sjf {
    queue: KeyedQueue,
}

impl Sjf {
    pub fn new() -> Sjf {
        Sjf { queue: KeyedQueue::new() }
    }
}

impl SchedPolicy for Sjf {
    fn name(&self) -> &'static str {
        "sjf"
    }

    fn enqueue(&mut self, pid: Pid, se: &mut SchedEntity, _why: Why) {
        let key = if se.expected_ns == 0 { u64::MAX } else { se.expected_ns };
        self.queue.push(pid, key);
    }

    fn pick_next(&mut self) -> Option<Pid> {
        self.queue.pop_min()
    }

    fn remove(&mut self, pid: Pid) -> bool {
        self.queue.remove(pid)
    }

    fn queued(&self) -> Vec<Pid> {
        self.queue.ordered()
    }

    fn tick(&mut self, _se: &mut SchedEntity, _now_ns: u64) -> bool {
        false
    }

    fn wants_timer(&self, _se: &SchedEntity) -> bool {
        false
    }
}
