//! The physical frame allocator: a free list of 4 KiB pages threaded through
//! the pages themselves (xv6's `kalloc.c`), fed lazily from the RAM ranges
//! that the kernel image, its heap, the initrd and the device tree do not
//! occupy: a range is handed out page by page from its start (a bump
//! pointer), so boot does not have to touch every page of RAM first.

use spin::Mutex;

use super::address::PhysAddr;
use super::layout::PAGE_SIZE;

/// Free RAM ranges not yet handed out, at most this many.
const MAX_RANGES: usize = 4;

struct FreeList {
    /// Physical address of the first freed page (0 = none); each free page
    /// holds the address of the next in its first word.
    head: usize,
    /// Never-used pages: `[start, end)` page ranges, taken from the front.
    fresh: [(usize, usize); MAX_RANGES],
    free: usize,
    total: usize,
}

static FRAMES: Mutex<FreeList> = Mutex::new(FreeList { head: 0, fresh: [(0, 0); MAX_RANGES], free: 0, total: 0 });

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

/// A zeroed frame, or `None` when memory is exhausted.
pub fn alloc_frame() -> Option<PhysAddr> {
    let pa = {
        let mut list = FRAMES.lock();
        let pa = if list.head != 0 {
            let pa = PhysAddr(list.head);
            // SAFETY: freed pages hold the next pointer in their first word.
            list.head = unsafe { *pa.as_mut_ptr::<usize>() };
            pa
        } else {
            let range = list.fresh.iter_mut().find(|(s, e)| s < e)?;
            range.0 += PAGE_SIZE;
            PhysAddr(range.0 - PAGE_SIZE)
        };
        list.free -= 1;
        pa
    };
    // SAFETY: the frame was free and is now ours.
    unsafe { pa.page_bytes().fill(0) };
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

/// Returns a frame to the free list.
///
/// # Safety
/// `pa` must be a page-aligned frame from `alloc_frame` that nothing refers
/// to any more.
pub unsafe fn free_frame(pa: PhysAddr) {
    debug_assert!(pa.0 % PAGE_SIZE == 0);
    let mut list = FRAMES.lock();
    // SAFETY: the frame is ours to reuse as a list node.
    unsafe { *pa.as_mut_ptr::<usize>() = list.head };
    list.head = pa.0;
    list.free += 1;
}

/// (free, total) frames.
pub fn stats() -> (usize, usize) {
    let list = FRAMES.lock();
    (list.free, list.total)
}
