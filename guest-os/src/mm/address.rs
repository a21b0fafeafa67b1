//! A physical address as its own type, so it cannot be passed where a
//! virtual one belongs (user and kernel virtual addresses stay `usize`: they
//! are what registers and syscall arguments hold). Conversions are explicit.

use super::layout::{phys_to_virt, PAGE_SIZE};

/// A physical address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PhysAddr(pub usize);

impl PhysAddr {
    /// The physical page number (what a PTE holds).
    pub const fn ppn(self) -> usize {
        self.0 / PAGE_SIZE
    }

    pub const fn from_ppn(ppn: usize) -> PhysAddr {
        PhysAddr(ppn * PAGE_SIZE)
    }

    /// Where the kernel reaches this address: the direct map.
    pub const fn to_virt(self) -> usize {
        phys_to_virt(self.0)
    }

    /// A pointer through the direct map.
    pub fn as_mut_ptr<T>(self) -> *mut T {
        self.to_virt() as *mut T
    }

    pub const fn offset(self, bytes: usize) -> PhysAddr {
        PhysAddr(self.0 + bytes)
    }

    /// The page's bytes through the direct map.
    ///
    /// # Safety
    /// The page must be RAM that nobody else is using as something else for
    /// the lifetime of the slice (in practice: a frame this code owns).
    pub unsafe fn page_bytes<'a>(self) -> &'a mut [u8] {
        // SAFETY: the caller owns the frame; the direct map covers all RAM.
        unsafe { core::slice::from_raw_parts_mut(self.as_mut_ptr(), PAGE_SIZE) }
    }
}
