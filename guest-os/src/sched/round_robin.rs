//! Round robin (OSTEP ch. 7): runnable processes wait in one FIFO queue;
//! the one at the front runs for a time slice of `QUANTUM` ticks, then goes
//! to the back.

use alloc::collections::VecDeque;

use super::SchedPolicy;
use crate::task::Pid;

/// Time slice, in timer ticks (10 ms each).
const QUANTUM: u32 = 1;

pub struct RoundRobin {
    queue: VecDeque<Pid>,
    /// Ticks the running process has used of its slice.
    used: u32,
}

impl RoundRobin {
    pub fn new() -> RoundRobin {
        RoundRobin { queue: VecDeque::new(), used: 0 }
    }
}

impl SchedPolicy for RoundRobin {
    fn name(&self) -> &'static str {
        "rr"
    }

    fn enqueue(&mut self, pid: Pid) {
        if !self.queue.contains(&pid) {
            self.queue.push_back(pid);
        }
    }

    fn pick_next(&mut self) -> Option<Pid> {
        self.used = 0;
        self.queue.pop_front()
    }

    fn tick(&mut self, _running: Pid) -> bool {
        self.used += 1;
        self.used >= QUANTUM && !self.queue.is_empty()
    }

    fn remove(&mut self, pid: Pid) {
        self.queue.retain(|&p| p != pid);
    }
}
