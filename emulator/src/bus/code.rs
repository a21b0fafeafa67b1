//! Tracks which parts of RAM hold instructions the harts have decoded, so a
//! store there (self-modifying code, a loader) invalidates the decoded copies.
//! Granularity is a 1 KiB region: fine enough that data next to code rarely
//! shares a region, coarse enough that the map stays small.

/// log2 of the tracked region size.
pub const REGION_SHIFT: u32 = 10;

pub struct CodeTracker {
    base: u64,
    /// One flag per region: true while some hart may hold decoded code from it.
    has_code: Vec<bool>,
    /// Regions written since the harts last dropped their stale code.
    dirty: Vec<u64>,
}

impl CodeTracker {
    pub fn new(base: u64, len: u64) -> CodeTracker {
        let regions = (len >> REGION_SHIFT) as usize + 1;
        CodeTracker {
            base,
            has_code: vec![false; regions],
            dirty: Vec::new(),
        }
    }

    /// Records that code was decoded from the RAM region holding `paddr`.
    pub fn note_decode(&mut self, paddr: u64) {
        let r = self.region(paddr);
        if let Some(flag) = self.has_code.get_mut(r) {
            *flag = true;
        }
    }

    fn region(&self, paddr: u64) -> usize {
        (paddr.wrapping_sub(self.base) >> REGION_SHIFT) as usize
    }

    /// Called on every RAM store: cheap unless the region holds code.
    #[inline(always)]
    pub fn note_write(&mut self, paddr: u64) {
        let r = self.region(paddr);
        if let Some(flag) = self.has_code.get_mut(r) {
            if *flag {
                *flag = false;
                self.dirty.push(r as u64);
            }
        }
    }

    /// True if a store hit decoded code since the last `take_dirty`.
    #[inline(always)]
    pub fn is_dirty(&self) -> bool {
        !self.dirty.is_empty()
    }

    /// The physical address ranges whose decoded code is stale.
    pub fn take_dirty(&mut self) -> Vec<(u64, u64)> {
        let size = 1u64 << REGION_SHIFT;
        self.dirty
            .drain(..)
            .map(|r| {
                let start = self.base + (r << REGION_SHIFT);
                (start, start + size)
            })
            .collect()
    }
}
