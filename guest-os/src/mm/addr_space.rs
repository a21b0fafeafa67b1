//! A process's address space: its Sv39 page table (user half private,
//! kernel half shared), its ASID, its virtual memory areas (`vma.rs`) and
//! the count of frames it maps (its resident set, which the OOM killer
//! compares).
//!
//! This file holds the page-level primitives: entries for a permission,
//! putting a frame in, taking a range out. What uses them is beside it:
//! `fault.rs` (demand paging, stack growth, copy-on-write faults),
//! `cow.rs` (fork), `mmap.rs` (mmap, munmap, mprotect, mseal, madvise,
//! brk), `huge.rs` (2 MiB megapages) and `uaccess.rs` (copies for syscalls).
//!
//! A user page's entry is one of: absent (zero, or no level-0 table),
//! a valid leaf with the VMA's permissions (less W while the frame is
//! shared copy-on-write), or, while its VMA is PROT_NONE, an invalid entry
//! that keeps the frame (`PteFlags::KEPT`), so the contents survive.

use super::address::PhysAddr;
use super::asid;
use super::frame::{self, HUGE_SIZE};
use super::kernel_space::kernel_table;
use super::layout::*;
use super::page_table::{PageTable, Pte, PteFlags};
use super::tlb;
use super::vma::VmaMap;
use crate::arch::csr;
use core::sync::atomic::{AtomicU64, Ordering};
use crate::syscall::errno::*;

pub use super::fault::Access;
pub use super::vma::{Prot, Vma, VmaKind};

/// The PTE flags for a user page with permissions `prot`. W without R is
/// reserved in RISC-V, so PROT_WRITE implies read, as on Linux. A and D are
/// set up front: this kernel does not track them. PROT_NONE gives the
/// invalid, frame-keeping entry.
pub fn user_flags(prot: Prot) -> PteFlags {
    if prot.is_empty() {
        return PteFlags::KEPT;
    }
    let mut flags = PteFlags::V | PteFlags::U | PteFlags::A | PteFlags::D;
    if prot.intersects(Prot::READ | Prot::WRITE) {
        flags |= PteFlags::R;
    }
    if prot.contains(Prot::WRITE) {
        flags |= PteFlags::W;
    }
    if prot.contains(Prot::EXEC) {
        flags |= PteFlags::X;
    }
    flags
}

/// Pages per megapage.
pub const HUGE_PAGES: usize = HUGE_SIZE / PAGE_SIZE;

pub struct AddrSpace {
    pub(super) pt: PageTable,
    pub(super) asid: u16,
    pub(super) vmas: VmaMap,
    /// Frames mapped (a megapage counts 512), shared ones included.
    pub(super) resident: usize,
    /// Start of the brk heap (page aligned, just above the program).
    pub brk_start: usize,
    /// The current program break.
    pub brk: usize,
    /// The harts that have switched to this space (bit per hart), whose
    /// TLBs may hold its entries; never cleared, since entries tagged with
    /// its ASID outlive a switch away.
    harts: AtomicU64,
}

impl AddrSpace {
    /// An empty user half, the kernel half shared with every other table.
    pub fn new() -> Option<AddrSpace> {
        let pt = PageTable::new_empty()?;
        pt.root_entries()[256..].copy_from_slice(&kernel_table().root_entries()[256..]);
        Some(AddrSpace { pt, asid: asid::alloc(), vmas: VmaMap::default(), resident: 0, brk_start: 0, brk: 0, harts: AtomicU64::new(0) })
    }

    /// The satp value that switches to this address space.
    pub fn satp(&self) -> usize {
        csr::make_satp(self.pt.root().ppn(), self.asid as usize)
    }

    /// Whether a switch to this space must flush the TLB (no ASID of its own).
    pub fn needs_flush(&self) -> bool {
        self.asid == 0
    }

    /// Pages of memory this space maps (its resident set).
    pub fn resident_pages(&self) -> usize {
        self.resident
    }

    /// The VMA containing `va`.
    pub fn vma_at(&self, va: usize) -> Option<&Vma> {
        self.vmas.at(va)
    }

    /// Records a VMA (no pages yet).
    pub fn insert_vma(&mut self, vma: Vma) -> Result<(), Errno> {
        if vma.end > USER_TOP {
            return Err(ENOMEM);
        }
        self.vmas.insert(vma)
    }

    /// Switches this hart to this address space.
    pub fn activate(&self) {
        self.harts.fetch_or(1 << csr::hart_id(), Ordering::Relaxed);
        csr::satp::write(self.satp());
        if self.needs_flush() {
            csr::sfence_vma_all();
        }
    }

    /// Forgets stale TLB entries of this space (`None`: all of them), on
    /// every hart that may hold them.
    pub(super) fn flush(&self, va: Option<usize>) {
        tlb::flush_user(self.asid, self.harts.load(Ordering::Relaxed), va, 1);
    }

    /// Forgets the TLB entries of `[start, end)`, on every hart that may
    /// hold them: one shootdown for the range (page by page for a few pages,
    /// the whole ASID for more).
    pub(super) fn flush_range(&self, start: usize, end: usize) {
        let pages = (end - start) / PAGE_SIZE;
        tlb::flush_user(self.asid, self.harts.load(Ordering::Relaxed), Some(start), pages);
    }

    /// Puts `frame` (owned by the caller, count already taken) at page `va`
    /// with `prot`.
    pub(super) fn map_frame(&mut self, va: usize, frame: PhysAddr, prot: Prot) -> Result<(), Errno> {
        let pte = self.pt.walk(va, true).ok_or(ENOMEM)?;
        debug_assert!(!pte.holds_frame());
        *pte = Pte::new(frame, user_flags(prot));
        self.resident += 1;
        Ok(())
    }

    /// A zeroed page at `va` with `prot` now (for loading programs). If the
    /// page is already there (two segments sharing a page), it keeps its
    /// frame and gains the new permissions.
    pub fn alloc_page(&mut self, va: usize, prot: Prot) -> Result<PhysAddr, Errno> {
        let pte = self.pt.walk(va, true).ok_or(ENOMEM)?;
        if pte.is_valid() {
            *pte = Pte::new(pte.addr(), pte.flags() | user_flags(prot));
            return Ok(pte.addr());
        }
        let frame = frame::alloc_frame().ok_or(ENOMEM)?;
        self.map_frame(va, frame, prot)?;
        Ok(frame)
    }

    /// Gives the present pages of `[start, end)` the permissions `prot`
    /// (which a VMA of that range now has). A frame shared copy-on-write
    /// stays write-protected: its first write copies it.
    pub(super) fn reprotect(&mut self, start: usize, end: usize, prot: Prot) {
        let mut va = start;
        while va < end {
            if let Some(l1) = self.pt.level1(va).filter(|e| e.is_leaf()) {
                // A whole megapage (callers split partly covered ones first).
                let mut flags = user_flags(prot);
                if frame::refcount(l1.addr()) > 1 {
                    flags.remove(PteFlags::W);
                }
                *l1 = Pte::new(l1.addr(), flags);
                va = (va + 1).next_multiple_of(HUGE_SIZE);
                continue;
            }
            match self.pt.walk(va, false) {
                None => va = (va + 1).next_multiple_of(HUGE_SIZE),
                Some(pte) => {
                    if pte.holds_frame() {
                        let mut flags = user_flags(prot);
                        if frame::refcount(pte.addr()) > 1 {
                            flags.remove(PteFlags::W);
                        }
                        *pte = Pte::new(pte.addr(), flags);
                    }
                    va += PAGE_SIZE;
                }
            }
        }
        self.flush_range(start, end);
    }

    /// Unmaps the pages of `[start, end)` and drops their frames'
    /// references (megapages partly inside must have been split).
    pub(super) fn zap(&mut self, start: usize, end: usize) {
        let mut va = start;
        let mut any = false;
        while va < end {
            if let Some(l1) = self.pt.level1(va).filter(|e| e.is_leaf()) {
                let pa = l1.addr();
                *l1 = Pte(0);
                // SAFETY: the mapping is gone; the TLB is flushed below
                // before the frame can be reused by anyone.
                unsafe { frame::release(pa, true) };
                self.resident -= HUGE_PAGES;
                any = true;
                va = (va + 1).next_multiple_of(HUGE_SIZE);
                continue;
            }
            match self.pt.walk(va, false) {
                None => va = (va + 1).next_multiple_of(HUGE_SIZE),
                Some(pte) => {
                    if pte.holds_frame() {
                        let pa = pte.addr();
                        *pte = Pte(0);
                        // SAFETY: as above.
                        unsafe { frame::release(pa, false) };
                        self.resident -= 1;
                        any = true;
                    }
                    va += PAGE_SIZE;
                }
            }
        }
        if any {
            self.flush_range(start, end);
        }
    }

    /// The VMAs in the format of Linux's /proc/PID/maps.
    pub fn maps_text(&self) -> alloc::vec::Vec<u8> {
        use core::fmt::Write;
        let mut text = alloc::string::String::new();
        for vma in self.vmas.iter() {
            let flag = |p: Prot, c: char| if vma.prot.contains(p) { c } else { '-' };
            let name = match vma.kind {
                VmaKind::Stack => "[stack]",
                VmaKind::Heap => "[heap]",
                _ => "",
            };
            let _ = writeln!(
                text,
                "{:08x}-{:08x} {}{}{}p 00000000 00:00 0 {}",
                vma.start,
                vma.end,
                flag(Prot::READ, 'r'),
                flag(Prot::WRITE, 'w'),
                flag(Prot::EXEC, 'x'),
                name
            );
        }
        text.into_bytes()
    }
}

impl Drop for AddrSpace {
    fn drop(&mut self) {
        let ranges: alloc::vec::Vec<(usize, usize)> = self.vmas.iter().map(|v| (v.start, v.end)).collect();
        for (start, end) in ranges {
            self.zap(start, end);
        }
        self.pt.free_tables(256);
        asid::free(self.asid);
    }
}
