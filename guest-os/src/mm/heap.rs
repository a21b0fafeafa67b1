//! The kernel heap (`alloc`'s `Box`, `Vec`, `Arc`...): a buddy allocator
//! over a region of RAM set aside at boot, before the frame allocator takes
//! the rest. When it runs out, it grows by taking a contiguous run of
//! never-used frames from the frame allocator (the "rescue" hook), so the
//! kernel's own data can use all of RAM if it must.

use buddy_system_allocator::{Heap, LockedHeapWithRescue};
use core::alloc::Layout;

use super::address::PhysAddr;
use super::frame;

/// How much the heap grows by at least, each time.
const GROW: usize = 1 << 20;

#[global_allocator]
static HEAP: LockedHeapWithRescue<32> = LockedHeapWithRescue::new(grow);

/// The rescue hook: called with the heap locked when an allocation fails.
fn grow(heap: &mut Heap<32>, layout: &Layout) {
    let bytes = (layout.size() + layout.align()).max(GROW).next_multiple_of(super::layout::PAGE_SIZE);
    if let Some(PhysAddr(start)) = frame::alloc_contiguous(bytes / super::layout::PAGE_SIZE) {
        let start = super::layout::phys_to_virt(start);
        // SAFETY: fresh frames, mapped by the direct map, now the heap's for good.
        unsafe { heap.add_to_heap(start, start + bytes) };
    }
}

/// Hands `[start, start + size)` (kernel virtual addresses) to the heap.
///
/// # Safety
/// The range must be mapped, writable and used for nothing else, forever.
pub unsafe fn init(start: usize, size: usize) {
    // SAFETY: the caller's guarantee.
    unsafe { HEAP.lock().init(start, size) };
}

/// Bytes (in use, total) of the heap.
pub fn stats() -> (usize, usize) {
    let heap = HEAP.lock();
    (heap.stats_alloc_actual(), heap.stats_total_bytes())
}
