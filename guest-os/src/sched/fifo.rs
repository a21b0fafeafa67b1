//! First in, first out (OSTEP ch. 7.3): jobs run in the order they became
//! runnable, each until it finishes or blocks. No timer preemption, so a
//! long job in front makes everyone behind it wait (the convoy effect).

use alloc::vec::Vec;

use super::policy::{SchedEntity, SchedPolicy, Why};
use super::queue::FifoQueue;
use crate::task::Pid;

pub struct Fifo {
    queue: FifoQueue,
}

impl Fifo {
    pub fn new() -> Fifo {
        Fifo { queue: FifoQueue::new() }
    }
}

impl SchedPolicy for Fifo {
    fn name(&self) -> &'static str {
        "fifo"
    }

    fn enqueue(&mut self, pid: Pid, _se: &mut SchedEntity, why: Why) {
        // A preempted job (only possible when it yields) keeps its turn.
        self.queue.push(pid, why == Why::Preempted);
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

    fn tick(&mut self, _se: &mut SchedEntity, _now_ns: u64) -> bool {
        false
    }

    fn wants_timer(&self, _se: &SchedEntity) -> bool {
        false
    }
}
