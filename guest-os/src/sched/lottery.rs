//! Lottery scheduling (OSTEP ch. 9): at each slice the hart draws a ticket
//! at random among the runnable tasks' tickets; the holder runs. Shares
//! are right only on average, and converge as slices add up. Tickets come
//! from `rvlab_sched_hint` (default 100). The random numbers are a seeded
//! xorshift generator, so a run is the same every time.

use alloc::vec::Vec;

use super::policy::{slice_done, SchedEntity, SchedPolicy, Why};
use crate::task::Pid;

pub struct Lottery {
    /// (pid, tickets), in arrival order.
    queue: Vec<(Pid, u32)>,
    quantum_ns: u64,
    rng: u64,
}

impl Lottery {
    pub fn new(quantum_ns: u64, seed: u64) -> Lottery {
        Lottery { queue: Vec::new(), quantum_ns, rng: seed | 1 }
    }

    /// xorshift64* (Vigna): a fine small generator for drawing tickets.
    fn random(&mut self) -> u64 {
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        self.rng.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

impl SchedPolicy for Lottery {
    fn name(&self) -> &'static str {
        "lottery"
    }

    fn enqueue(&mut self, pid: Pid, se: &mut SchedEntity, _why: Why) {
        if !self.queue.iter().any(|&(p, _)| p == pid) {
            self.queue.push((pid, se.tickets.max(1)));
        }
    }

    fn pick_next(&mut self) -> Option<Pid> {
        let total: u64 = self.queue.iter().map(|&(_, t)| t as u64).sum();
        if total == 0 {
            return None;
        }
        let mut winner = self.random() % total;
        let index = self
            .queue
            .iter()
            .position(|&(_, t)| {
                if winner < t as u64 {
                    return true;
                }
                winner -= t as u64;
                false
            })
            .unwrap_or(0);
        Some(self.queue.remove(index).0)
    }

    fn remove(&mut self, pid: Pid) -> bool {
        let before = self.queue.len();
        self.queue.retain(|&(p, _)| p != pid);
        self.queue.len() != before
    }

    fn queued(&self) -> Vec<Pid> {
        self.queue.iter().map(|&(p, _)| p).collect()
    }

    fn tick(&mut self, se: &mut SchedEntity, _now_ns: u64) -> bool {
        slice_done(se.slice_ns, self.quantum_ns) && !self.queue.is_empty()
    }
}
