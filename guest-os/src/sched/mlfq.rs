//! The multi-level feedback queue (OSTEP ch. 8). Rules, as the book
//! numbers them:
//! 1-2. A job in a higher queue runs first; within a queue, round robin.
//! 3.   A new job starts in the top queue.
//! 4.   Once a job has used its allotment at a level (however many times it
//!      gave up the CPU on the way), it moves down one level. With
//!      `mlfq=gameable` the kernel uses the book's first rules 4a/4b
//!      instead: a job that gives up the CPU before its slice ends keeps
//!      its level and a fresh allotment, which a job can game.
//! 5.   Every `boost` ms, all jobs go back to the top. Time is cut into
//!      boost periods; a job queued here moves up when a new period starts,
//!      and any job (running, waking, or arriving from another hart) that
//!      was last boosted in an earlier period starts over at the top.
//!
//! The slice (and allotment) doubles at each level down.

use alloc::collections::VecDeque;
use alloc::vec::Vec;

use super::policy::{slice_done, Params, SchedEntity, SchedPolicy, Why};
use crate::drivers::timer;
use crate::task::Pid;

const LEVELS: usize = 3;

pub struct Mlfq {
    queues: [VecDeque<(Pid, u8)>; LEVELS],
    params: Params,
    /// The boost period this queue was last boosted in.
    epoch: u64,
}

impl Mlfq {
    pub fn new(params: Params) -> Mlfq {
        Mlfq { queues: [const { VecDeque::new() }; LEVELS], params, epoch: 0 }
    }

    fn slice_ns(&self, level: u8) -> u64 {
        self.params.quantum_ns << level
    }

    fn highest_queued(&self) -> Option<u8> {
        (0..LEVELS).find(|&l| !self.queues[l].is_empty()).map(|l| l as u8)
    }

    /// The boost period `now_ns` falls in (0 with boosting off).
    fn epoch_at(&self, now_ns: u64) -> u64 {
        if self.params.boost_ns == 0 {
            0
        } else {
            now_ns / self.params.boost_ns
        }
    }

    /// Rule 5 for one job: back to the top if boosted since it was last.
    fn refresh(se: &mut SchedEntity, epoch: u64) {
        if se.boost_epoch < epoch {
            se.boost_epoch = epoch;
            se.level = 0;
            se.allot_ns = 0;
        }
    }

    /// Rule 5 for the queue: everyone queued goes to the top.
    fn boost(&mut self) {
        for level in 1..LEVELS {
            while let Some((pid, _)) = self.queues[level].pop_front() {
                self.queues[0].push_back((pid, 0));
            }
        }
    }
}

impl SchedPolicy for Mlfq {
    fn name(&self) -> &'static str {
        "mlfq"
    }

    fn enqueue(&mut self, pid: Pid, se: &mut SchedEntity, why: Why) {
        if self.queues.iter().any(|q| q.iter().any(|&(p, _)| p == pid)) {
            return;
        }
        let epoch = self.epoch_at(timer::now_ns());
        match why {
            Why::New => {
                se.level = 0;
                se.allot_ns = 0;
                se.boost_epoch = epoch;
            }
            // Rules 4a/4b: giving up the CPU early keeps the level and
            // resets the allotment.
            Why::Woken | Why::Yielded if !self.params.strict_allotment => se.allot_ns = 0,
            _ => {}
        }
        Self::refresh(se, epoch);
        let level = (se.level as usize).min(LEVELS - 1);
        self.queues[level].push_back((pid, level as u8));
    }

    fn pick_next(&mut self) -> Option<Pid> {
        let level = self.highest_queued()? as usize;
        self.queues[level].pop_front().map(|(pid, _)| pid)
    }

    fn remove(&mut self, pid: Pid) -> bool {
        let mut found = false;
        for q in &mut self.queues {
            let before = q.len();
            q.retain(|&(p, _)| p != pid);
            found |= q.len() != before;
        }
        found
    }

    fn queued(&self) -> Vec<Pid> {
        self.queues.iter().flat_map(|q| q.iter().map(|&(p, _)| p)).collect()
    }

    fn charge(&mut self, se: &mut SchedEntity, ran_ns: u64) {
        se.allot_ns += ran_ns;
        if slice_done(se.allot_ns, self.slice_ns(se.level)) && (se.level as usize) < LEVELS - 1 {
            se.level += 1;
            se.allot_ns = 0;
        }
    }

    fn tick(&mut self, se: &mut SchedEntity, now_ns: u64) -> bool {
        let epoch = self.epoch_at(now_ns);
        if epoch > self.epoch {
            self.epoch = epoch;
            self.boost();
        }
        Self::refresh(se, epoch);
        let used_up = slice_done(se.slice_ns, self.slice_ns(se.level));
        let others = self.highest_queued();
        others.is_some_and(|l| l < se.level || used_up)
    }

    fn preempt_on_wake(&self, se: &SchedEntity) -> bool {
        self.highest_queued().is_some_and(|l| l < se.level)
    }

    fn wants_timer(&self, _se: &SchedEntity) -> bool {
        // The boost needs its clock even with one job running.
        self.highest_queued().is_some() || self.params.boost_ns != 0
    }
}
