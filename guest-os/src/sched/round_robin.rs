//! Round robin (OSTEP ch. 7.7): runnable tasks wait in one FIFO queue; the
//! one at the front runs for a time slice (the quantum), then goes to the
//! back. Good response time, poor turnaround.

use alloc::collections::VecDeque;
use alloc::vec::Vec;

use super::policy::{slice_done, SchedEntity, SchedPolicy, Why};
use crate::task::Pid;

pub struct RoundRobin {
    queue: VecDeque<Pid>,
    quantum_ns: u64,
}

impl RoundRobin {
    pub fn new(quantum_ns: u64) -> RoundRobin {
        RoundRobin { queue: VecDeque::new(), quantum_ns }
    }
}

impl SchedPolicy for RoundRobin {
    fn name(&self) -> &'static str {
        "rr"
    }

    fn enqueue(&mut self, pid: Pid, _se: &mut SchedEntity, _why: Why) {
        if !self.queue.contains(&pid) {
            self.queue.push_back(pid);
        }
    }

    fn pick_next(&mut self) -> Option<Pid> {
        self.queue.pop_front()
    }

    fn remove(&mut self, pid: Pid) -> bool {
        let before = self.queue.len();
        self.queue.retain(|&p| p != pid);
        self.queue.len() != before
    }

    fn queued(&self) -> Vec<Pid> {
        self.queue.iter().copied().collect()
    }

    fn tick(&mut self, se: &mut SchedEntity, _now_ns: u64) -> bool {
        slice_done(se.slice_ns, self.quantum_ns) && !self.queue.is_empty()
    }
}
