//! A process's address space: its Sv39 page table (user half private,
//! kernel half shared), its ASID, and the list of virtual memory areas
//! (VMAs) that say which addresses are valid and with which permissions.
//!
//! Program segments are loaded eagerly at exec. Everything else (the stack,
//! the brk heap, anonymous mmap) is allocated lazily: a VMA is recorded and
//! a page appears on the first fault that touches it (zero-fill on demand).
//! A fault outside every VMA, or against its permissions, is the program's
//! mistake and kills it with SIGSEGV. Fork copies every present page
//! (copy-on-write is a later issue).

use alloc::collections::BTreeMap;
use bitflags::bitflags;

use super::address::PhysAddr;
use super::asid;
use super::frame::{alloc_frame, free_frame};
use super::kernel_space::kernel_table;
use super::layout::*;
use super::page_table::{PageTable, PteFlags};
use crate::arch::csr;
use crate::syscall::errno::*;

bitflags! {
    /// Access permissions of a VMA, with Linux's PROT_* values.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Prot: u32 {
        const READ = 1;
        const WRITE = 2;
        const EXEC = 4;
    }
}

/// What a VMA holds (for fault reporting and brk).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VmaKind {
    /// A PT_LOAD segment of the program.
    Elf,
    /// The brk heap.
    Heap,
    /// The main thread's stack.
    Stack,
    /// Anonymous mmap.
    Anon,
}

/// A virtual memory area: `[start, end)`, page aligned.
#[derive(Clone, Copy, Debug)]
pub struct Vma {
    pub start: usize,
    pub end: usize,
    pub prot: Prot,
    pub kind: VmaKind,
}

/// Most VMAs one address space may have (Linux: vm.max_map_count), which
/// bounds the kernel memory a program can make the kernel spend on them.
const MAX_VMAS: usize = 4096;

/// The kind of access that faulted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
    Exec,
}

/// How a page fault was resolved (the trace device's "how" codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaultFix {
    ZeroFill = 1,
    StackGrowth = 4,
}

/// The PTE flags for a user page with permissions `prot`. W without R is
/// reserved in RISC-V, so PROT_WRITE implies read, as on Linux. A and D are
/// set up front: this kernel does not track them.
fn user_flags(prot: Prot) -> PteFlags {
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

pub struct AddrSpace {
    pt: PageTable,
    asid: u16,
    vmas: BTreeMap<usize, Vma>,
    /// Start of the brk heap (page aligned, just above the program).
    pub brk_start: usize,
    /// The current program break.
    pub brk: usize,
}

impl AddrSpace {
    /// An empty user half, the kernel half shared with every other table.
    pub fn new() -> Option<AddrSpace> {
        let pt = PageTable::new_empty()?;
        pt.root_entries()[256..].copy_from_slice(&kernel_table().root_entries()[256..]);
        Some(AddrSpace { pt, asid: asid::alloc(), vmas: BTreeMap::new(), brk_start: 0, brk: 0 })
    }

    /// The satp value that switches to this address space.
    pub fn satp(&self) -> usize {
        csr::make_satp(self.pt.root().ppn(), self.asid as usize)
    }

    /// Whether a switch to this space must flush the TLB (no ASID of its own).
    pub fn needs_flush(&self) -> bool {
        self.asid == 0
    }

    /// The VMA containing `va`.
    pub fn vma_at(&self, va: usize) -> Option<&Vma> {
        self.vmas.range(..=va).next_back().map(|(_, v)| v).filter(|v| va < v.end)
    }

    /// Whether any VMA overlaps `[start, end)`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.vmas.range(..end).next_back().is_some_and(|(_, v)| v.end > start)
    }

    /// Records a VMA (no pages yet).
    pub fn insert_vma(&mut self, vma: Vma) -> Result<(), Errno> {
        if vma.start >= vma.end || vma.end > USER_TOP || self.overlaps(vma.start, vma.end) || self.vmas.len() >= MAX_VMAS {
            return Err(ENOMEM);
        }
        self.vmas.insert(vma.start, vma);
        Ok(())
    }

    /// A zeroed page at `va` with `prot` now (for loading programs). If the
    /// page is already there (two segments sharing a page), it keeps its
    /// frame and gains the new permissions.
    pub fn alloc_page(&mut self, va: usize, prot: Prot) -> Result<PhysAddr, Errno> {
        let pte = self.pt.walk(va, true).ok_or(ENOMEM)?;
        if pte.is_valid() {
            *pte = super::page_table::Pte::new(pte.addr(), pte.flags() | user_flags(prot));
            return Ok(pte.addr());
        }
        let frame = alloc_frame().ok_or(ENOMEM)?;
        *pte = super::page_table::Pte::new(frame, user_flags(prot));
        Ok(frame)
    }

    /// Resolves a page fault at `va`, or says it is the program's fault.
    pub fn handle_fault(&mut self, va: usize, access: Access) -> Result<FaultFix, Errno> {
        let vma = *self.vma_at(va).ok_or(EFAULT)?;
        let allowed = match access {
            Access::Read => vma.prot.intersects(Prot::READ | Prot::WRITE),
            Access::Write => vma.prot.contains(Prot::WRITE),
            Access::Exec => vma.prot.contains(Prot::EXEC),
        };
        if !allowed {
            return Err(EFAULT);
        }
        let page = page_round_down(va);
        if let Some(pte) = self.pt.walk(page, false) {
            if pte.is_valid() {
                // Present with the permission: a stale TLB entry. Otherwise a
                // page whose permissions do not allow this access.
                let flags = user_flags(vma.prot);
                if pte.flags().contains(flags) {
                    csr::sfence_vma_page(page, self.asid as usize);
                    return Ok(FaultFix::ZeroFill);
                }
                return Err(EFAULT);
            }
        }
        self.alloc_page(page, vma.prot)?;
        Ok(if vma.kind == VmaKind::Stack { FaultFix::StackGrowth } else { FaultFix::ZeroFill })
    }

    /// The frame behind user page `va` for the kernel to read (or write),
    /// faulting it in if its VMA allows; EFAULT otherwise.
    pub fn user_page(&mut self, va: usize, write: bool) -> Result<PhysAddr, Errno> {
        if va >= USER_TOP {
            return Err(EFAULT);
        }
        let page = page_round_down(va);
        if let Some((pa, flags)) = self.pt.translate(page) {
            let ok = flags.contains(PteFlags::U)
                && if write { flags.contains(PteFlags::W) } else { flags.contains(PteFlags::R) };
            return if ok { Ok(pa) } else { Err(EFAULT) };
        }
        self.handle_fault(page, if write { Access::Write } else { Access::Read })?;
        self.pt.translate(page).map(|(pa, _)| pa).ok_or(EFAULT)
    }

    /// Splits the VMA that straddles `addr` (if any) into two at `addr`.
    fn split_at(&mut self, addr: usize) {
        if let Some(vma) = self.vma_at(addr).copied() {
            if vma.start < addr {
                self.vmas.insert(vma.start, Vma { end: addr, ..vma });
                self.vmas.insert(addr, Vma { start: addr, ..vma });
            }
        }
    }

    /// Unmaps and frees the present pages of `[start, end)`.
    fn free_pages(&mut self, start: usize, end: usize) {
        const MEGA: usize = 2 << 20;
        let mut va = start;
        while va < end {
            match self.pt.walk(va, false) {
                None => va = (va + 1).next_multiple_of(MEGA),
                Some(pte) => {
                    if pte.is_valid() {
                        let pa = pte.addr();
                        *pte = super::page_table::Pte(0);
                        // SAFETY: user frames belong to their address space alone.
                        unsafe { free_frame(pa) };
                        super::shootdown::flush_page(va, self.asid as usize);
                    }
                    va += PAGE_SIZE;
                }
            }
        }
    }

    /// munmap: removes every mapping in `[start, end)` (page aligned).
    /// ENOMEM if splitting would pass the VMA limit, as Linux does.
    pub fn unmap_range(&mut self, start: usize, end: usize) -> Result<(), Errno> {
        if self.vmas.len() + 2 > MAX_VMAS {
            return Err(ENOMEM);
        }
        self.split_at(start);
        self.split_at(end);
        let doomed: alloc::vec::Vec<usize> = self.vmas.range(start..end).map(|(&s, _)| s).collect();
        for s in doomed {
            let vma = self.vmas.remove(&s).expect("listed");
            self.free_pages(vma.start, vma.end);
        }
        Ok(())
    }

    /// mprotect: `[start, end)` must be fully mapped (ENOMEM otherwise).
    /// PROT_NONE drops the pages (their contents are not kept).
    pub fn protect(&mut self, start: usize, end: usize, prot: Prot) -> Result<(), Errno> {
        let mut at = start;
        while at < end {
            let vma = self.vma_at(at).ok_or(ENOMEM)?;
            at = vma.end;
        }
        if self.vmas.len() + 2 > MAX_VMAS {
            return Err(ENOMEM);
        }
        self.split_at(start);
        self.split_at(end);
        let starts: alloc::vec::Vec<usize> = self.vmas.range(start..end).map(|(&s, _)| s).collect();
        for s in starts {
            let vma = self.vmas.get_mut(&s).expect("listed");
            vma.prot = prot;
            let (vs, ve) = (vma.start, vma.end);
            if prot.is_empty() {
                self.free_pages(vs, ve);
                continue;
            }
            for va in (vs..ve).step_by(PAGE_SIZE) {
                if let Some(pte) = self.pt.walk(va, false) {
                    if pte.is_valid() {
                        *pte = super::page_table::Pte::new(pte.addr(), user_flags(prot));
                        super::shootdown::flush_page(va, self.asid as usize);
                    }
                }
            }
        }
        Ok(())
    }

    /// A free, page-aligned range of `len` bytes: at `hint` if that is free,
    /// else the lowest gap above MMAP_BASE.
    pub fn find_free(&self, len: usize, hint: usize) -> Option<usize> {
        let limit = USER_STACK_TOP - USER_STACK_SIZE - PAGE_SIZE;
        if hint != 0 && hint % PAGE_SIZE == 0 && hint.checked_add(len)? <= limit && !self.overlaps(hint, hint + len) {
            return Some(hint);
        }
        let mut candidate = MMAP_BASE;
        for vma in self.vmas.values() {
            if vma.end <= candidate {
                continue;
            }
            if vma.start >= candidate + len {
                break;
            }
            candidate = vma.end;
        }
        (candidate + len <= limit).then_some(candidate)
    }

    /// brk: moves the program break; returns the new (or, on failure, the
    /// unchanged) break, as the Linux syscall does.
    pub fn set_brk(&mut self, new: usize) -> usize {
        if new < self.brk_start {
            return self.brk;
        }
        let old_end = page_round_up(self.brk);
        let new_end = page_round_up(new);
        if new_end > old_end {
            if self.overlaps(old_end, new_end) || new_end > MMAP_BASE {
                return self.brk;
            }
            match self.vmas.get_mut(&self.brk_start) {
                Some(heap) if heap.kind == VmaKind::Heap => heap.end = new_end,
                _ => {
                    let vma = Vma { start: self.brk_start, end: new_end, prot: Prot::READ | Prot::WRITE, kind: VmaKind::Heap };
                    self.vmas.insert(self.brk_start, vma);
                }
            }
        } else if new_end < old_end && self.unmap_range(new_end, old_end).is_err() {
            return self.brk;
        }
        self.brk = new;
        self.brk
    }

    /// The VMAs in the format of Linux's /proc/PID/maps.
    pub fn maps_text(&self) -> alloc::vec::Vec<u8> {
        use core::fmt::Write;
        let mut text = alloc::string::String::new();
        for vma in self.vmas.values() {
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

    /// A copy for fork: the same VMAs, every present page copied.
    pub fn fork(&self) -> Option<AddrSpace> {
        let mut child = AddrSpace::new()?;
        child.brk_start = self.brk_start;
        child.brk = self.brk;
        for vma in self.vmas.values() {
            child.vmas.insert(vma.start, *vma);
            for va in (vma.start..vma.end).step_by(PAGE_SIZE) {
                let Some((pa, flags)) = self.pt.translate(va) else { continue };
                let frame = alloc_frame()?;
                // SAFETY: `pa` is this space's page, `frame` is new and ours.
                unsafe { frame.page_bytes().copy_from_slice(pa.page_bytes()) };
                let pte = child.pt.walk(va, true)?;
                *pte = super::page_table::Pte::new(frame, flags);
            }
        }
        Some(child)
    }
}

impl Drop for AddrSpace {
    fn drop(&mut self) {
        let ranges: alloc::vec::Vec<(usize, usize)> = self.vmas.values().map(|v| (v.start, v.end)).collect();
        for (start, end) in ranges {
            self.free_pages(start, end);
        }
        self.pt.free_tables(256);
        asid::free(self.asid);
    }
}
