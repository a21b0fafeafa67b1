//! The physical frame allocator: a free list of 4 KiB pages threaded through
//! the pages themselves (xv6's `kalloc.c`), over every RAM range that the
//! kernel image, its heap, the initrd and the device tree do not occupy.

use spin::Mutex;

use super::address::PhysAddr;
use super::layout::PAGE_SIZE;

struct FreeList {
    /// Physical address of the first free page (0 = none); each free page
    /// holds the address of the next in its first word.
    head: usize,
    free: usize,
    total: usize,
}

static FRAMES: Mutex<FreeList> = Mutex::new(FreeList { head: 0, free: 0, total: 0 });

/// Adds the pages of `[start, end)` (page-aligned inwards) to the free list.
///
/// # Safety
/// The range must be RAM, reachable through the direct map, and unused.
pub unsafe fn add_range(start: PhysAddr, end: PhysAddr) {
    let first = super::layout::page_round_up(start.0);
    let last = super::layout::page_round_down(end.0);
    // Highest first, so that the lowest pages are handed out first.
    let mut page = last;
    while page > first {
        page -= PAGE_SIZE;
        // SAFETY: the caller gives us the range.
        unsafe { free_frame(PhysAddr(page)) };
        FRAMES.lock().total += 1;
    }
}

/// A zeroed frame, or `None` when memory is exhausted.
pub fn alloc_frame() -> Option<PhysAddr> {
    let pa = {
        let mut list = FRAMES.lock();
        if list.head == 0 {
            return None;
        }
        let pa = PhysAddr(list.head);
        // SAFETY: free pages hold the next pointer in their first word.
        list.head = unsafe { *pa.as_mut_ptr::<usize>() };
        list.free -= 1;
        pa
    };
    // SAFETY: the frame was free and is now ours.
    unsafe { pa.page_bytes().fill(0) };
    Some(pa)
}

/// Returns a frame to the free list.
///
/// # Safety
/// `pa` must be a page-aligned frame from `alloc_frame` (or `add_range`)
/// that nothing refers to any more.
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
