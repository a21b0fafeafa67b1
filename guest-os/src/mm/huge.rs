//! Transparent huge pages: 2 MiB megapages (Sv39 level-1 leaves) for
//! anonymous memory, so one TLB entry covers 512 pages.
//!
//! The policy is Linux's `transparent_hugepage/enabled`, chosen on the
//! kernel command line with `thp=never|always|madvise` (default
//! `madvise`): with `always` every anonymous mapping and the brk heap get
//! megapages where a whole aligned 2 MiB block lies inside the VMA; with
//! `madvise` only VMAs marked with madvise(MADV_HUGEPAGE) do;
//! MADV_NOHUGEPAGE opts a VMA out. A megapage appears on the first fault
//! in its block (zero-filled, like a small page) if the block has no small
//! pages yet and a free 2 MiB block of RAM is at hand; otherwise the fault
//! falls back to a 4 KiB page. mmap places mappings of 2 MiB or more on a
//! 2 MiB boundary when megapages are possible, as Linux does.
//!
//! A megapage is split into 512 small pages when an operation covers only
//! part of it (munmap, mprotect, madvise, mseal do not care about the
//! size of pages, so they split first and then work on small pages).

use core::sync::atomic::{AtomicU8, Ordering};

use super::addr_space::{user_flags, AddrSpace, HUGE_PAGES};
use super::frame::{self, HUGE_SIZE};
use super::layout::PAGE_SIZE;
use super::page_table::{Pte, PteFlags};
use super::vma::{Vma, VmaKind};
use crate::syscall::errno::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThpPolicy {
    Never = 0,
    Always = 1,
    Madvise = 2,
}

static POLICY: AtomicU8 = AtomicU8::new(ThpPolicy::Madvise as u8);

pub fn set_policy(p: ThpPolicy) {
    POLICY.store(p as u8, Ordering::Relaxed);
}

pub fn policy() -> ThpPolicy {
    match POLICY.load(Ordering::Relaxed) {
        0 => ThpPolicy::Never,
        1 => ThpPolicy::Always,
        _ => ThpPolicy::Madvise,
    }
}

/// Whether faults in `vma` may get megapages.
fn eligible(vma: &Vma) -> bool {
    if !matches!(vma.kind, VmaKind::Anon | VmaKind::Heap) {
        return false;
    }
    match policy() {
        ThpPolicy::Never => false,
        ThpPolicy::Always => vma.huge != Some(false),
        ThpPolicy::Madvise => vma.huge == Some(true),
    }
}

/// The address mmap should prefer for a mapping of `len` bytes: 2 MiB
/// aligned if megapages could back it.
pub fn wants_alignment(len: usize) -> bool {
    len >= HUGE_SIZE && policy() != ThpPolicy::Never
}

impl AddrSpace {
    /// Maps a zeroed megapage over the 2 MiB block around `page` if `vma`
    /// may have one there; `Ok(false)` means "use a small page".
    pub(super) fn try_huge_fault(&mut self, page: usize, vma: &Vma) -> Result<bool, Errno> {
        let block = page & !(HUGE_SIZE - 1);
        if !eligible(vma) || block < vma.start || block + HUGE_SIZE > vma.end {
            return Ok(false);
        }
        if self.pt.level1(block).is_some_and(|e| e.is_valid()) {
            return Ok(false); // small pages (a level-0 table) already there
        }
        let Some(huge) = frame::alloc_huge() else { return Ok(false) };
        if self.pt.set_level1(block, Pte::new(huge, user_flags(vma.prot))).is_none() {
            // SAFETY: never mapped.
            unsafe { frame::release(huge, true) };
            return Ok(false);
        }
        self.resident += HUGE_PAGES;
        Ok(true)
    }

    /// Splits the megapage holding `va` (if any) into 512 small pages with
    /// the same permissions. A private block's frames become small frames;
    /// a block still shared copy-on-write is copied into new ones.
    pub(super) fn split_huge(&mut self, va: usize) -> Result<(), Errno> {
        let block = va & !(HUGE_SIZE - 1);
        let Some(leaf) = self.pt.level1(block).map(|e| *e).filter(|e| e.is_leaf()) else { return Ok(()) };
        let table = frame::alloc_frame().ok_or(ENOMEM)?;
        let head = leaf.addr();
        let flags = leaf.flags();
        // SAFETY: a new frame, ours: the new level-0 table.
        let entries = unsafe { &mut *table.as_mut_ptr::<[Pte; 512]>() };
        if frame::refcount(head) <= 1 {
            frame::split_huge(head);
            for (i, e) in entries.iter_mut().enumerate() {
                *e = Pte::new(head.offset(i * PAGE_SIZE), flags);
            }
        } else {
            for i in 0..HUGE_PAGES {
                let Some(copy) = frame::alloc_frame() else {
                    for e in entries[..i].iter() {
                        // SAFETY: copies made just now, never mapped.
                        unsafe { frame::release(e.addr(), false) };
                    }
                    // SAFETY: never used as a table.
                    unsafe { frame::free_frame(table) };
                    return Err(ENOMEM);
                };
                // SAFETY: the shared block is read-only to all; `copy` is ours.
                unsafe { copy.page_bytes().copy_from_slice(head.offset(i * PAGE_SIZE).page_bytes()) };
                entries[i] = Pte::new(copy, flags);
            }
            // SAFETY: this space no longer maps the block (after the flush).
            unsafe { frame::release(head, true) };
        }
        self.pt.set_level1(block, Pte::new(table, PteFlags::V)).ok_or(ENOMEM)?;
        self.flush(None);
        Ok(())
    }

    /// Splits the megapages that `[start, end)` covers only in part.
    pub(super) fn split_huge_edges(&mut self, start: usize, end: usize) -> Result<(), Errno> {
        if start % HUGE_SIZE != 0 {
            self.split_huge(start)?;
        }
        if end % HUGE_SIZE != 0 {
            self.split_huge(end)?;
        }
        Ok(())
    }
}
