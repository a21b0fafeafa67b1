//! Stride scheduling (OSTEP ch. 9.6), the deterministic sibling of the
//! lottery: each task's stride is inversely proportional to its tickets;
//! the task with the lowest pass runs, and its pass grows by its stride for
//! each quantum it runs (pro rata for less). Shares are exact after every
//! round. A task that arrives or wakes starts at the queue's current pass,
//! so sleeping does not bank CPU time (the book's caveat about new jobs).

use alloc::vec::Vec;

use super::queue::KeyedQueue;
use super::policy::{slice_done, SchedEntity, SchedPolicy, Why};
use crate::task::Pid;

/// The numerator of every stride (OSTEP uses 10,000; larger keeps more
/// precision for big ticket counts).
const STRIDE1: u64 = 1 << 20;

pub struct Stride {
    queue: KeyedQueue,
    quantum_ns: u64,
    /// The pass of the task picked last: where newcomers start.
    global_pass: u64,
}

impl Stride {
    pub fn new(quantum_ns: u64) -> Stride {
        Stride { queue: KeyedQueue::new(), quantum_ns, global_pass: 0 }
    }
}

impl SchedPolicy for Stride {
    fn name(&self) -> &'static str {
        "stride"
    }

    fn enqueue(&mut self, pid: Pid, se: &mut SchedEntity, why: Why) {
        if matches!(why, Why::New | Why::Woken) {
            se.pass = se.pass.max(self.global_pass);
        }
        self.queue.push(pid, se.pass);
    }

    fn pick_next(&mut self) -> Option<Pid> {
        if let Some(pass) = self.queue.min_key() {
            self.global_pass = self.global_pass.max(pass);
        }
        self.queue.pop_min()
    }

    fn remove(&mut self, pid: Pid) -> bool {
        self.queue.remove(pid)
    }

    fn queued(&self) -> Vec<Pid> {
        self.queue.ordered()
    }

    fn charge(&mut self, se: &mut SchedEntity, ran_ns: u64) {
        let stride = STRIDE1 / se.tickets.max(1) as u64;
        se.pass += ((stride as u128 * ran_ns as u128) / self.quantum_ns.max(1) as u128) as u64;
    }

    fn tick(&mut self, se: &mut SchedEntity, _now_ns: u64) -> bool {
        slice_done(se.slice_ns, self.quantum_ns) && !self.queue.is_empty()
    }
}
