//! The physical frame allocator: a free list of 4 KiB pages threaded through
//! the pages themselves (xv6's `kalloc.c`), fed lazily from the RAM ranges
//! that the kernel image, its heap, the initrd and the device tree do not
//! occupy: a range is handed out page by page from its start (a bump
//! pointer), so boot does not have to touch every page of RAM first.
//!
//! Two additions for user memory:
//! - a reference count per frame (copy-on-write fork shares a frame between
//!   address spaces; the last `release` frees it). The counts are atomics in
//!   a table carved from RAM on the first allocation, so a hart can read a
//!   count without the allocator lock; changes to a count that can free the
//!   frame happen under the lock.
//! - 2 MiB blocks (512 aligned frames) for megapages: a separate free list
//!   of whole blocks, fed by aligned stretches of the fresh ranges. When the
//!   small pages run out, a free block is broken up into small pages.

use core::sync::atomic::{AtomicU16, Ordering};

use spin::Mutex;

use super::address::PhysAddr;
use super::layout::PAGE_SIZE;

/// Free RAM ranges not yet handed out, at most this many.
const MAX_RANGES: usize = 4;
/// A megapage: 2 MiB, 512 frames.
pub const HUGE_SIZE: usize = 2 << 20;
const HUGE_PAGES: usize = HUGE_SIZE / PAGE_SIZE;

struct FreeList {
    /// Physical address of the first freed page (0 = none); each free page
    /// holds the address of the next in its first word.
    head: usize,
    /// The same for free 2 MiB blocks (linked through their first page).
    huge_head: usize,
    /// Never-used pages: `[start, end)` page ranges, taken from the front.
    fresh: [(usize, usize); MAX_RANGES],
    free: usize,
    total: usize,
    /// The reference counts: `counts[i]` is the frame at `base + i * 4096`.
    base: usize,
    counts: &'static [AtomicU16],
}

static FRAMES: Mutex<FreeList> = Mutex::new(FreeList {
    head: 0,
    huge_head: 0,
    fresh: [(0, 0); MAX_RANGES],
    free: 0,
    total: 0,
    base: 0,
    counts: &[],
});

/// Adds the pages of `[start, end)` (page-aligned inwards) to the allocator.
///
/// # Safety
/// The range must be RAM, reachable through the direct map, and unused.
pub unsafe fn add_range(start: PhysAddr, end: PhysAddr) {
    let first = super::layout::page_round_up(start.0);
    let last = super::layout::page_round_down(end.0);
    if last <= first {
        return;
    }
    let mut list = FRAMES.lock();
    let slot = list.fresh.iter().position(|&(s, e)| s == e).expect("too many free RAM ranges");
    list.fresh[slot] = (first, last);
    let pages = (last - first) / PAGE_SIZE;
    list.free += pages;
    list.total += pages;
}

impl FreeList {
    /// Carves the reference-count table from the largest fresh range, once
    /// every range is known (the first allocation comes after boot added
    /// them all).
    fn ensure_counts(&mut self) {
        if !self.counts.is_empty() {
            return;
        }
        let used = self.fresh.iter().filter(|(s, e)| s < e);
        let base = used.clone().map(|r| r.0).min().unwrap_or(0);
        let end = used.map(|r| r.1).max().unwrap_or(0);
        let entries = (end - base) / PAGE_SIZE;
        let bytes = super::layout::page_round_up(entries * 2);
        let Some(range) = self.fresh.iter_mut().max_by_key(|(s, e)| e - s) else { return };
        if range.1 - range.0 < bytes {
            return;
        }
        let table = range.0;
        range.0 += bytes;
        self.free -= bytes / PAGE_SIZE;
        self.total -= bytes / PAGE_SIZE;
        let ptr = PhysAddr(table).as_mut_ptr::<u16>();
        // SAFETY: fresh pages, ours from now on, reached through the direct
        // map; zeroed before they are viewed as atomics.
        unsafe {
            core::ptr::write_bytes(ptr, 0, entries);
            self.counts = core::slice::from_raw_parts(ptr as *const AtomicU16, entries);
        }
        self.base = base;
    }

    fn count(&self, pa: usize) -> Option<&'static AtomicU16> {
        self.counts.get(pa.wrapping_sub(self.base) / PAGE_SIZE)
    }

    fn take_small(&mut self) -> Option<usize> {
        if self.head != 0 {
            let pa = self.head;
            // SAFETY: freed pages hold the next pointer in their first word.
            self.head = unsafe { *PhysAddr(pa).as_mut_ptr::<usize>() };
            return Some(pa);
        }
        if let Some(range) = self.fresh.iter_mut().find(|(s, e)| s < e) {
            range.0 += PAGE_SIZE;
            return Some(range.0 - PAGE_SIZE);
        }
        // Break up a free megapage block.
        let block = self.take_huge_block()?;
        for i in 1..HUGE_PAGES {
            self.push_small(block + i * PAGE_SIZE);
        }
        Some(block)
    }

    fn push_small(&mut self, pa: usize) {
        // SAFETY: a free frame, ours to reuse as a list node.
        unsafe { *PhysAddr(pa).as_mut_ptr::<usize>() = self.head };
        self.head = pa;
    }

    fn take_huge_block(&mut self) -> Option<usize> {
        if self.huge_head != 0 {
            let pa = self.huge_head;
            // SAFETY: as for the small list.
            self.huge_head = unsafe { *PhysAddr(pa).as_mut_ptr::<usize>() };
            return Some(pa);
        }
        // An aligned block from a fresh range; the pages skipped to align
        // it go to the small list.
        let idx = self.fresh.iter().position(|&(s, e)| s.next_multiple_of(HUGE_SIZE) + HUGE_SIZE <= e)?;
        let (start, _) = self.fresh[idx];
        let block = start.next_multiple_of(HUGE_SIZE);
        self.fresh[idx].0 = block + HUGE_SIZE;
        for pa in (start..block).step_by(PAGE_SIZE) {
            self.push_small(pa);
        }
        Some(block)
    }
}

/// A zeroed frame with a reference count of 1, or `None` when memory is
/// exhausted.
pub fn alloc_frame() -> Option<PhysAddr> {
    let pa = {
        let mut list = FRAMES.lock();
        list.ensure_counts();
        let pa = list.take_small()?;
        list.free -= 1;
        if let Some(c) = list.count(pa) {
            c.store(1, Ordering::Relaxed);
        }
        PhysAddr(pa)
    };
    // SAFETY: the frame was free and is now ours.
    unsafe { pa.page_bytes().fill(0) };
    Some(pa)
}

/// A zeroed 2 MiB-aligned block of 512 frames for a megapage; its first
/// frame carries the block's reference count (1).
pub fn alloc_huge() -> Option<PhysAddr> {
    let pa = {
        let mut list = FRAMES.lock();
        list.ensure_counts();
        let pa = list.take_huge_block()?;
        list.free -= HUGE_PAGES;
        if let Some(c) = list.count(pa) {
            c.store(1, Ordering::Relaxed);
        }
        PhysAddr(pa)
    };
    // SAFETY: the block was free and is now ours; the direct map covers it.
    unsafe { core::slice::from_raw_parts_mut(pa.as_mut_ptr::<u8>(), HUGE_SIZE).fill(0) };
    Some(pa)
}

/// `pages` contiguous never-used frames (not zeroed), for the kernel heap
/// to grow by; `None` if no fresh range is long enough.
pub fn alloc_contiguous(pages: usize) -> Option<PhysAddr> {
    let mut list = FRAMES.lock();
    let bytes = pages * PAGE_SIZE;
    let range = list.fresh.iter_mut().find(|(s, e)| e - s >= bytes)?;
    range.0 += bytes;
    let start = range.0 - bytes;
    list.free -= pages;
    Some(PhysAddr(start))
}

/// Returns a frame to the free list whatever its count (page-table pages,
/// kernel stacks: frames with one owner).
///
/// # Safety
/// `pa` must be a page-aligned frame from `alloc_frame` that nothing refers
/// to any more.
pub unsafe fn free_frame(pa: PhysAddr) {
    debug_assert!(pa.0 % PAGE_SIZE == 0);
    let mut list = FRAMES.lock();
    if let Some(c) = list.count(pa.0) {
        c.store(0, Ordering::Relaxed);
    }
    list.push_small(pa.0);
    list.free += 1;
}

/// One more reference to a user frame (or megapage block).
pub fn share(pa: PhysAddr) {
    let list = FRAMES.lock();
    if let Some(c) = list.count(pa.0) {
        c.fetch_add(1, Ordering::Relaxed);
    }
}

/// The number of references to a user frame (or megapage block).
pub fn refcount(pa: PhysAddr) -> usize {
    FRAMES.lock().count(pa.0).map_or(1, |c| c.load(Ordering::Relaxed) as usize)
}

/// Drops one reference to a user frame (`huge`: a megapage block); the last
/// one frees it.
///
/// # Safety
/// The caller's mapping of `pa` must be gone (or about to be replaced).
pub unsafe fn release(pa: PhysAddr, huge: bool) {
    let mut list = FRAMES.lock();
    let last = match list.count(pa.0) {
        Some(c) => c.fetch_sub(1, Ordering::Relaxed) <= 1,
        None => true,
    };
    if !last {
        return;
    }
    if let Some(c) = list.count(pa.0) {
        c.store(0, Ordering::Relaxed);
    }
    if huge {
        // SAFETY: a free block, linked through its first word.
        unsafe { *pa.as_mut_ptr::<usize>() = list.huge_head };
        list.huge_head = pa.0;
        list.free += HUGE_PAGES;
    } else {
        list.push_small(pa.0);
        list.free += 1;
    }
}

/// A private megapage block becomes 512 frames with a count of 1 each
/// (when a megapage is split into 4 KiB pages).
pub fn split_huge(pa: PhysAddr) {
    let list = FRAMES.lock();
    for i in 0..HUGE_PAGES {
        if let Some(c) = list.count(pa.0 + i * PAGE_SIZE) {
            c.store(1, Ordering::Relaxed);
        }
    }
}

/// Whether frames have reference counts (the table found room at boot);
/// without them fork must copy.
pub fn counted() -> bool {
    !FRAMES.lock().counts.is_empty()
}

/// (free, total) frames.
pub fn stats() -> (usize, usize) {
    let list = FRAMES.lock();
    (list.free, list.total)
}
