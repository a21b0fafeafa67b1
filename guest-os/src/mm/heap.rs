//! The kernel heap (`alloc`'s `Box`, `Vec`, `Arc`...): a buddy allocator
//! over one contiguous region of RAM set aside at boot, before the frame
//! allocator takes the rest.

use buddy_system_allocator::LockedHeap;

#[global_allocator]
static HEAP: LockedHeap<32> = LockedHeap::empty();

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
