//! Shortest time-to-completion first (OSTEP ch. 7.5), preemptive SJF: when
//! a job arrives, whichever job has the least expected time left runs. The
//! expected times come from `rvlab_sched_hint` as for SJF; the time a job
//! has run is the kernel's own accounting.

use alloc::vec::Vec;

use super::queue::KeyedQueue;
use super::policy::{SchedEntity, SchedPolicy, Why};
use crate::task::Pid;

pub struct Stcf {
    queue: KeyedQueue,
}

impl Stcf {
    pub fn new() -> Stcf {
        Stcf { queue: KeyedQueue::new() }
    }
}

impl SchedPolicy for Stcf {
    fn name(&self) -> &'static str {
        "stcf"
    }

    fn enqueue(&mut self, pid: Pid, se: &mut SchedEntity, _why: Why) {
        self.queue.push(pid, se.remaining_ns());
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

    fn tick(&mut self, se: &mut SchedEntity, _now_ns: u64) -> bool {
        self.preempt_on_wake(se)
    }

    fn preempt_on_wake(&self, se: &SchedEntity) -> bool {
        self.queue.min_key().is_some_and(|k| k < se.remaining_ns())
    }

    fn wants_timer(&self, _se: &SchedEntity) -> bool {
        // Remaining times only change for the running job, which only
        // makes it more deserving; arrivals preempt through wakeups.
        false
    }
}
