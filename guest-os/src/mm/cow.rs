//! Copying an address space for fork, two ways (the kernel command line's
//! `fork=cow|eager`, default `cow`):
//!
//! - copy-on-write: the child maps the parent's frames; every writable page
//!   becomes read-only in both, and each frame's reference count says how
//!   many spaces share it. The first write on either side faults and gets a
//!   private copy (or, for the last holder, the page back writable):
//!   `fault.rs`. A fork followed by exec copies almost nothing.
//! - eager: every present page is copied at fork, as Unix V6 and xv6 do.
//!
//! `ForkStats` counts the pages each way, for the trace device's fork event.

use core::sync::atomic::{AtomicBool, Ordering};

use super::addr_space::{AddrSpace, HUGE_PAGES};
use super::frame::{self, HUGE_SIZE};
use super::layout::PAGE_SIZE;
use super::page_table::{Pte, PteFlags};

static EAGER: AtomicBool = AtomicBool::new(false);

/// `fork=eager` on the command line.
pub fn set_eager(eager: bool) {
    EAGER.store(eager, Ordering::Relaxed);
}

/// Pages the fork shared copy-on-write and pages it copied.
#[derive(Clone, Copy, Debug, Default)]
pub struct ForkStats {
    pub shared: usize,
    pub copied: usize,
}

impl AddrSpace {
    /// A copy for fork: the same VMAs and brk, the pages shared
    /// copy-on-write or copied (see the module comment). `None` when
    /// memory runs out (what was built is freed).
    pub fn fork(&mut self) -> Option<(AddrSpace, ForkStats)> {
        // Sharing needs reference counts.
        let eager = EAGER.load(Ordering::Relaxed) || !frame::counted();
        let mut child = AddrSpace::new()?;
        child.brk_start = self.brk_start;
        child.brk = self.brk;
        child.vmas = self.vmas.clone();
        let mut stats = ForkStats::default();
        let mut write_protected = false;
        let copied = self.copy_pages(&mut child, eager, &mut stats, &mut write_protected);
        if write_protected {
            // The parent's TLB may still hold the pages writable.
            self.flush(None);
        }
        copied?;
        Some((child, stats))
    }

    /// Fork's page loop: shares or copies every page of every VMA into
    /// `child`.
    fn copy_pages(&mut self, child: &mut AddrSpace, eager: bool, stats: &mut ForkStats, write_protected: &mut bool) -> Option<()> {
        let ranges: alloc::vec::Vec<(usize, usize)> = self.vmas.iter().map(|v| (v.start, v.end)).collect();
        // A megapage may span two VMAs (after mseal or madvise split them):
        // handle each block once.
        let mut done_block = usize::MAX;
        for (start, end) in ranges {
            let mut va = start;
            while va < end {
                let block = va & !(HUGE_SIZE - 1);
                if let Some(l1) = self.pt.level1(va).filter(|e| e.is_leaf()) {
                    if block != done_block {
                        done_block = block;
                        let entry = if eager {
                            let copy = frame::alloc_huge()?;
                            // SAFETY: the parent's block and a new one of ours.
                            unsafe { core::ptr::copy_nonoverlapping(l1.addr().as_mut_ptr::<u8>(), copy.as_mut_ptr::<u8>(), HUGE_SIZE) };
                            stats.copied += HUGE_PAGES;
                            Pte::new(copy, l1.flags())
                        } else {
                            frame::share(l1.addr());
                            if l1.flags().contains(PteFlags::W) {
                                *l1 = Pte::new(l1.addr(), l1.flags() - PteFlags::W);
                                *write_protected = true;
                            }
                            stats.shared += HUGE_PAGES;
                            *l1
                        };
                        child.resident += HUGE_PAGES;
                        if child.pt.set_level1(block, entry).is_none() {
                            // SAFETY: the child's reference, never mapped.
                            unsafe { frame::release(entry.addr(), true) };
                            return None;
                        }
                    }
                    va = block + HUGE_SIZE;
                    continue;
                }
                let Some(pte) = self.pt.walk(va, false) else {
                    va = block + HUGE_SIZE;
                    continue;
                };
                if pte.holds_frame() {
                    let entry = if eager {
                        let copy = frame::alloc_frame()?;
                        // SAFETY: the parent's page and a new frame of ours.
                        unsafe { copy.page_bytes().copy_from_slice(pte.addr().page_bytes()) };
                        stats.copied += 1;
                        Pte::new(copy, pte.flags())
                    } else {
                        frame::share(pte.addr());
                        if pte.flags().contains(PteFlags::W) {
                            *pte = Pte::new(pte.addr(), pte.flags() - PteFlags::W);
                            *write_protected = true;
                        }
                        stats.shared += 1;
                        *pte
                    };
                    let Some(slot) = child.pt.walk(va, true) else {
                        // SAFETY: the child's reference, never mapped.
                        unsafe { frame::release(entry.addr(), false) };
                        return None;
                    };
                    *slot = entry;
                    child.resident += 1;
                }
                va += PAGE_SIZE;
            }
        }
        Some(())
    }
}
