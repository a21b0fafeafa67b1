//! The heap: a buddy allocator (`buddy_system_allocator`) that starts empty
//! and, whenever it runs out, asks the kernel for more: first by moving the
//! program break up (brk), and if the kernel will not, with an anonymous
//! mmap. Also the brk/mmap/munmap wrappers themselves.

use core::alloc::Layout;

use buddy_system_allocator::{Heap, LockedHeapWithRescue};

use crate::syscall::{syscall, SysResult};
use crate::syscall_nr as nr;

/// Blocks up to 2^31 bytes.
const ORDER: usize = 32;
/// The least the heap grows by, so small allocations do not each cost a
/// system call.
const MIN_GROWTH: usize = 64 * 1024;
const PAGE: usize = 4096;

#[global_allocator]
static HEAP: LockedHeapWithRescue<ORDER> = LockedHeapWithRescue::new(grow);

/// Sets the program break to `addr` (0 asks where it is). Linux's brk
/// returns the new break on success and the old one on failure.
pub fn brk(addr: usize) -> usize {
    // SAFETY: no memory is passed; moving the break only adds or drops pages
    // the allocator has not handed out (it never shrinks the heap).
    unsafe { syscall(nr::BRK, &[addr]) }.unwrap_or(0)
}

pub const PROT_READ: usize = 1;
pub const PROT_WRITE: usize = 2;
pub const PROT_EXEC: usize = 4;
pub const MAP_PRIVATE: usize = 0x02;
pub const MAP_ANONYMOUS: usize = 0x20;

/// Maps `len` bytes of fresh zeroed memory, readable and writable.
pub fn mmap_anonymous(len: usize) -> SysResult<*mut u8> {
    // SAFETY: an anonymous private mapping at an address the kernel picks
    // cannot overlap memory this program uses.
    unsafe {
        syscall(
            nr::MMAP,
            &[
                0,
                len,
                PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS,
                usize::MAX,
                0,
            ],
        )
    }
    .map(|addr| addr as *mut u8)
}

/// Unmaps what `mmap_anonymous` returned.
///
/// # Safety
/// Nothing may use `[addr, addr + len)` afterwards.
pub unsafe fn munmap(addr: *mut u8, len: usize) -> SysResult<()> {
    // SAFETY: the caller's promise.
    unsafe { syscall(nr::MUNMAP, &[addr as usize, len]) }.map(drop)
}

/// The allocator's rescue hook: adds at least enough memory for `layout`.
/// Leaves the heap as it is when the kernel has no more to give, and the
/// allocation then fails (alloc's out-of-memory panic).
fn grow(heap: &mut Heap<ORDER>, layout: &Layout) {
    // A block of the layout's size rounded up to a power of two must fit at
    // an aligned address inside the new range: twice the size is enough.
    let want = layout.size().max(layout.align()).next_power_of_two() * 2;
    let len = want.max(MIN_GROWTH).next_multiple_of(PAGE);

    let old = brk(0);
    if old != 0 {
        let start = old.next_multiple_of(PAGE);
        if brk(start + len) >= start + len {
            // SAFETY: the kernel just gave us [old, start + len); nothing else
            // uses the memory above the old break.
            unsafe { heap.add_to_heap(start, start + len) };
            return;
        }
    }
    if let Ok(addr) = mmap_anonymous(len) {
        // SAFETY: a fresh mapping of `len` bytes that only the heap uses.
        unsafe { heap.add_to_heap(addr as usize, addr as usize + len) };
    }
}
