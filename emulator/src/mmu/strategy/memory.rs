//! [`MemoryImage`]: a sparse physical memory for the strategies' page
//! tables, with absent and read-only frames.

use std::collections::{BTreeMap, BTreeSet};

use crate::mmu::walk::PhysMemory;

/// Sparse physical memory: present 4 KiB frames (zero unless written),
/// some of them read-only; everything else is absent. Reading an absent
/// frame, or writing an absent or read-only one, fails as [`PhysMemory`]
/// says (an access fault for the walker). Only aligned 64-bit words exist.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryImage {
    /// Non-zero words by address.
    words: BTreeMap<u64, u64>,
    present: BTreeSet<u64>,
    read_only: BTreeSet<u64>,
}

impl MemoryImage {
    pub fn new() -> MemoryImage {
        MemoryImage::default()
    }

    /// Makes the frame with page number `ppn` present (and writable).
    pub fn add_frame(&mut self, ppn: u64) {
        self.present.insert(ppn);
    }

    /// Makes a present frame read-only (or writable again).
    pub fn set_read_only(&mut self, ppn: u64, read_only: bool) {
        if read_only {
            self.read_only.insert(ppn);
        } else {
            self.read_only.remove(&ppn);
        }
    }

    /// The page numbers of the present frames.
    pub fn frames(&self) -> impl Iterator<Item = u64> + '_ {
        self.present.iter().copied()
    }

    pub fn is_present(&self, paddr: u64) -> bool {
        self.present.contains(&(paddr >> 12))
    }

    /// True if a store to `paddr` would succeed.
    pub fn is_writable(&self, paddr: u64) -> bool {
        paddr & 7 == 0 && self.is_present(paddr) && !self.read_only.contains(&(paddr >> 12))
    }

    /// The word at `paddr`, without the `&mut` of [`PhysMemory`]; `None` if
    /// absent or unaligned.
    pub fn peek(&self, paddr: u64) -> Option<u64> {
        (paddr & 7 == 0 && self.is_present(paddr))
            .then(|| self.words.get(&paddr).copied().unwrap_or(0))
    }

    /// Writes a word of a present frame even if it is read-only (a test
    /// changing a PTE behind the machine's back). False if absent or unaligned.
    pub fn poke(&mut self, paddr: u64, value: u64) -> bool {
        if paddr & 7 != 0 || !self.is_present(paddr) {
            return false;
        }
        if value == 0 {
            self.words.remove(&paddr);
        } else {
            self.words.insert(paddr, value);
        }
        true
    }

    /// Every non-zero word, by address.
    pub fn words(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.words.iter().map(|(&a, &v)| (a, v))
    }
}

impl PhysMemory for MemoryImage {
    fn read_u64(&mut self, paddr: u64) -> Option<u64> {
        self.peek(paddr)
    }

    fn write_u64(&mut self, paddr: u64, value: u64) -> bool {
        self.is_writable(paddr) && self.poke(paddr, value)
    }
}
