//! First in, first out (OSTEP ch. 7.3): jobs run in the order they became
//! runnable, each until it finishes or blocks. No timer preemption, so a
//! long job in front makes everyone behind it wait (the convoy effect).

use alloc::collections::VecDeque;
use alloc::vec::Vec;

use super::policy::{SchedEntity, SchedPolicy, Why};
use crate::task::Pid;

pub struct Fifo {
    queue: VecDeque<Pid>,
}

impl Fifo {
    pub fn new() -> Fifo {
        Fifo { queue: VecDeque::new() }
    }
}

impl SchedPolicy for Fifo {
    fn name(&self) -> &'static str {
        "fifo"
    }

    fn enqueue(&mut self, pid: Pid, _se: &mut SchedEntity, why: Why) {
        if self.queue.contains(&pid) {
            return;
        }
        // A preempted job (only possible when it yields) keeps its turn.
        if why == Why::Preempted {
            self.queue.push_front(pid);
        } else {
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

    fn tick(&mut self, _se: &mut SchedEntity, _now_ns: u64) -> bool {
        false
    }

    fn wants_timer(&self, _se: &SchedEntity) -> bool {
        false
    }
}
