//! Round robin (OSTEP ch. 7.7): runnable processes wait in one FIFO queue;
//! the one at the front runs for a time slice (the quantum), then goes to
//! the back. Good response time, poor turnaround.

use alloc::vec::Vec;

use super::policy::{slice_done, SchedEntity, SchedPolicy, Why};
use super::queue::FifoQueue;
use crate::task::Pid;

pub struct RoundRobin {
    queue: FifoQueue,
    quantum_ns: u64,
}

impl RoundRobin {
    pub fn new(quantum_ns: u64) -> RoundRobin {
        RoundRobin { queue: FifoQueue::new(), quantum_ns }
    }
}

impl SchedPolicy for RoundRobin {
    fn name(&self) -> &'static str {
        "rr"
    }

    fn enqueue(&mut self, pid: Pid, _se: &mut SchedEntity, _why: Why) {
        self.queue.push(pid, false);
    }

    fn pick_next(&mut self) -> Option<Pid> {
        self.queue.pop()
    }

    fn remove(&mut self, pid: Pid) -> bool {
        self.queue.remove(pid)
    }

    fn queued(&self) -> Vec<Pid> {
        self.queue.ordered()
    }

    fn tick(&mut self, se: &mut SchedEntity, _now_ns: u64) -> bool {
        slice_done(se.slice_ns, self.quantum_ns) && !self.queue.is_empty()
    }
}
