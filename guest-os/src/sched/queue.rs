//! The two shapes of run queue the policies share: first come, first
//! served (FIFO, round robin), and ordered by a key with ties broken by
//! arrival order (SJF, STCF, stride and CFS pick the smallest key).

use alloc::collections::VecDeque;
use alloc::vec::Vec;

use crate::task::Pid;

/// Pids in arrival order, each at most once.
pub struct FifoQueue {
    pids: VecDeque<Pid>,
}

impl FifoQueue {
    pub const fn new() -> FifoQueue {
        FifoQueue { pids: VecDeque::new() }
    }

    /// Queues `pid` at the back (or, `front`, at the front) unless queued.
    pub fn push(&mut self, pid: Pid, front: bool) {
        if self.pids.contains(&pid) {
            return;
        }
        if front {
            self.pids.push_front(pid);
        } else {
            self.pids.push_back(pid);
        }
    }

    pub fn pop(&mut self) -> Option<Pid> {
        self.pids.pop_front()
    }

    pub fn remove(&mut self, pid: Pid) -> bool {
        let before = self.pids.len();
        self.pids.retain(|&p| p != pid);
        self.pids.len() != before
    }

    pub fn ordered(&self) -> Vec<Pid> {
        self.pids.iter().copied().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.pids.is_empty()
    }
}

pub struct KeyedQueue {
    /// (key, arrival sequence, pid), unordered; queues are short.
    items: Vec<(u64, u64, Pid)>,
    seq: u64,
}

impl KeyedQueue {
    pub const fn new() -> KeyedQueue {
        KeyedQueue { items: Vec::new(), seq: 0 }
    }

    /// Queues `pid` with `key` (or updates its key if already queued).
    pub fn push(&mut self, pid: Pid, key: u64) {
        if let Some(item) = self.items.iter_mut().find(|i| i.2 == pid) {
            item.0 = key;
            return;
        }
        self.seq += 1;
        self.items.push((key, self.seq, pid));
    }

    fn min_index(&self) -> Option<usize> {
        (0..self.items.len()).min_by_key(|&i| (self.items[i].0, self.items[i].1))
    }

    /// The smallest key queued.
    pub fn min_key(&self) -> Option<u64> {
        self.min_index().map(|i| self.items[i].0)
    }

    /// Removes and returns the pid with the smallest key.
    pub fn pop_min(&mut self) -> Option<Pid> {
        let i = self.min_index()?;
        Some(self.items.swap_remove(i).2)
    }

    pub fn remove(&mut self, pid: Pid) -> bool {
        let before = self.items.len();
        self.items.retain(|i| i.2 != pid);
        self.items.len() != before
    }

    /// The pids in the order they would be picked.
    pub fn ordered(&self) -> Vec<Pid> {
        let mut items = self.items.clone();
        items.sort_by_key(|i| (i.0, i.1));
        items.into_iter().map(|i| i.2).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
