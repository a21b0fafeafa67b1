//! The region operations behind mmap, munmap, mprotect, mseal, madvise
//! and brk, with Linux's semantics (the man pages mmap(2), mprotect(2),
//! mseal(2), madvise(2)): page granularity; a range that starts or ends
//! inside a VMA splits it; neighbours left with the same attributes merge.
//!
//! - munmap of a range with nothing mapped is fine; mprotect needs the
//!   range mapped and changes the VMAs before the first hole, then fails
//!   with ENOMEM (as Linux does); mseal needs it fully mapped first.
//! - A sealed VMA (mseal) refuses munmap, mprotect, being replaced by a
//!   MAP_FIXED mapping and brk shrinking over it (EPERM, checked before
//!   anything changes), and madvise(MADV_DONTNEED)-like discards when it is
//!   anonymous and not writable.
//! - The syscall layer (syscall/memory.rs) checks the arguments; this file
//!   assumes page-aligned ranges inside user space.

use core::sync::atomic::{AtomicBool, Ordering};

use super::addr_space::{Access, AddrSpace};
use super::huge;
use super::layout::*;
use super::vma::{Prot, Vma, VmaKind};
use crate::syscall::errno::*;

static POPULATE: AtomicBool = AtomicBool::new(false);

/// `populate=eager` on the command line: anonymous mappings and the brk
/// heap get their frames when they are mapped (like MAP_POPULATE), instead
/// of on first touch; for comparing lazy and eager allocation.
pub fn set_eager_populate(eager: bool) {
    POPULATE.store(eager, Ordering::Relaxed);
}

/// How mmap may place a mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Anywhere; the address is a hint.
    Hint(usize),
    /// MAP_FIXED: exactly there, replacing what was there.
    Fixed(usize),
    /// MAP_FIXED_NOREPLACE: exactly there, or EEXIST.
    FixedNoReplace(usize),
}

/// madvise advice values (asm-generic/mman-common.h).
pub mod advice {
    pub const NORMAL: usize = 0;
    pub const RANDOM: usize = 1;
    pub const SEQUENTIAL: usize = 2;
    pub const WILLNEED: usize = 3;
    pub const DONTNEED: usize = 4;
    pub const FREE: usize = 8;
    pub const REMOVE: usize = 9;
    pub const DONTFORK: usize = 10;
    pub const DOFORK: usize = 11;
    pub const MERGEABLE: usize = 12;
    pub const UNMERGEABLE: usize = 13;
    pub const HUGEPAGE: usize = 14;
    pub const NOHUGEPAGE: usize = 15;
    pub const DONTDUMP: usize = 16;
    pub const DODUMP: usize = 17;
    pub const WIPEONFORK: usize = 18;
    pub const KEEPONFORK: usize = 19;
    pub const COLD: usize = 20;
    pub const PAGEOUT: usize = 21;
    pub const DONTNEED_LOCKED: usize = 24;
}

impl AddrSpace {
    /// mmap's placement and VMA: returns the start of the new mapping.
    pub fn mmap(&mut self, place: Placement, len: usize, prot: Prot, kind: VmaKind) -> Result<usize, Errno> {
        let start = match place {
            Placement::Fixed(start) => {
                let end = start.checked_add(len).filter(|&e| e <= USER_TOP).ok_or(ENOMEM)?;
                if self.vmas.any_sealed(start, end) {
                    return Err(EPERM);
                }
                self.unmap_range(start, end)?;
                start
            }
            Placement::FixedNoReplace(start) => {
                let end = start.checked_add(len).filter(|&e| e <= USER_TOP).ok_or(ENOMEM)?;
                if self.vmas.overlaps(start, end) {
                    return Err(EEXIST);
                }
                start
            }
            Placement::Hint(hint) => self.find_free(len, page_round_down(hint)).ok_or(ENOMEM)?,
        };
        self.vmas.insert(Vma::new(start, start + len, prot, kind))?;
        self.vmas.merge_around(start, start + len);
        if kind == VmaKind::Anon {
            self.populate(start, start + len);
        }
        Ok(start)
    }

    /// With `populate=eager`, faults in every page of `[start, end)` now
    /// (as far as memory lasts: the rest stays lazy).
    fn populate(&mut self, start: usize, end: usize) {
        if !POPULATE.load(Ordering::Relaxed) {
            return;
        }
        let mut va = start;
        while va < end {
            let Some(vma) = self.vmas.at(va).copied() else { return };
            let access = if vma.prot.contains(Prot::WRITE) { Access::Write } else { Access::Read };
            if vma.prot.is_empty() || self.handle_fault(va, access).is_err() {
                return;
            }
            // A megapage covers the rest of its block.
            va = match self.pt.lookup(va) {
                Some((_, size)) => (va & !(size - 1)) + size,
                None => va + PAGE_SIZE,
            };
        }
    }

    /// munmap: removes every mapping in `[start, end)`.
    pub fn unmap_range(&mut self, start: usize, end: usize) -> Result<(), Errno> {
        if self.vmas.any_sealed(start, end) {
            return Err(EPERM);
        }
        self.vmas.can_split()?;
        self.split_huge_edges(start, end)?;
        for s in self.vmas.isolate(start, end) {
            let vma = self.vmas.remove(s).expect("listed");
            self.zap(vma.start, vma.end);
        }
        Ok(())
    }

    /// mprotect: new permissions for `[start, end)`, up to the first hole
    /// (ENOMEM if there is one). The pages keep their contents, PROT_NONE
    /// included.
    pub fn protect(&mut self, start: usize, end: usize, prot: Prot) -> Result<(), Errno> {
        if self.vmas.any_sealed(start, end) {
            return Err(EPERM);
        }
        let wants_write = prot.contains(Prot::WRITE);
        if wants_write && self.vmas.overlapping(start, end).any(|v| matches!(v.kind, VmaKind::File { shared: true, .. })) {
            // A shared mapping of a read-only file cannot become writable.
            return Err(EACCES);
        }
        // The stretch mapped without a hole from `start`.
        let mut mapped_end = start;
        while mapped_end < end {
            match self.vmas.at(mapped_end) {
                Some(v) => mapped_end = v.end.min(end),
                None => break,
            }
        }
        if mapped_end > start {
            self.vmas.can_split()?;
            if prot.is_empty() {
                // Kept PROT_NONE pages are small pages.
                let mut block = start & !(huge_size() - 1);
                while block < mapped_end {
                    self.split_huge(block)?;
                    block += huge_size();
                }
            } else {
                self.split_huge_edges(start, mapped_end)?;
            }
            for s in self.vmas.isolate(start, mapped_end) {
                let vma = self.vmas.get_mut(s).expect("listed");
                vma.prot = prot;
                let (vs, ve) = (vma.start, vma.end);
                self.reprotect(vs, ve, prot);
            }
            self.vmas.merge_around(start, mapped_end);
        }
        if mapped_end < end {
            return Err(ENOMEM);
        }
        Ok(())
    }

    /// mseal: `[start, end)` must be fully mapped (ENOMEM); its VMAs are
    /// sealed for good.
    pub fn seal(&mut self, start: usize, end: usize) -> Result<(), Errno> {
        if !self.vmas.fully_mapped(start, end) {
            return Err(ENOMEM);
        }
        self.vmas.can_split()?;
        for s in self.vmas.isolate(start, end) {
            self.vmas.get_mut(s).expect("listed").sealed = true;
        }
        self.vmas.merge_around(start, end);
        Ok(())
    }

    /// madvise over `[start, end)`: the advice is applied to what is
    /// mapped; a hole makes the result ENOMEM (after applying it), as in
    /// Linux.
    pub fn advise(&mut self, start: usize, end: usize, advice: usize) -> Result<(), Errno> {
        use advice::*;
        match advice {
            NORMAL | RANDOM | SEQUENTIAL | WILLNEED | DONTFORK | DOFORK | MERGEABLE | UNMERGEABLE | DONTDUMP | DODUMP
            | KEEPONFORK | COLD | PAGEOUT => {}
            DONTNEED | FREE | DONTNEED_LOCKED | REMOVE | WIPEONFORK => {
                // mseal(2): discarding pages of a sealed anonymous mapping
                // the program cannot write would change read-only memory.
                let refused = self
                    .vmas
                    .overlapping(start, end)
                    .any(|v| v.sealed && !v.prot.contains(Prot::WRITE) && !matches!(v.kind, VmaKind::File { .. }));
                if refused {
                    return Err(EPERM);
                }
                if advice == DONTNEED || advice == FREE || advice == DONTNEED_LOCKED {
                    self.split_huge_edges(start, end)?;
                    let ranges: alloc::vec::Vec<(usize, usize)> =
                        self.vmas.overlapping(start, end).map(|v| (v.start.max(start), v.end.min(end))).collect();
                    for (s, e) in ranges {
                        self.zap(s, e);
                    }
                }
            }
            HUGEPAGE | NOHUGEPAGE => {
                self.vmas.can_split()?;
                let mapped: alloc::vec::Vec<(usize, usize)> =
                    self.vmas.overlapping(start, end).map(|v| (v.start.max(start), v.end.min(end))).collect();
                for (s, e) in mapped {
                    for v in self.vmas.isolate(s, e) {
                        self.vmas.get_mut(v).expect("listed").huge = Some(advice == HUGEPAGE);
                    }
                    self.vmas.merge_around(s, e);
                }
            }
            _ => return Err(EINVAL),
        }
        if !self.vmas.fully_mapped(start, end) {
            return Err(ENOMEM);
        }
        Ok(())
    }

    /// A free, page-aligned range of `len` bytes: at `hint` if that is free,
    /// else the lowest gap above MMAP_BASE (2 MiB aligned for a mapping
    /// megapages could back).
    pub fn find_free(&self, len: usize, hint: usize) -> Option<usize> {
        let limit = USER_STACK_TOP - USER_STACK_SIZE - PAGE_SIZE;
        if len > limit {
            return None;
        }
        if hint != 0 && hint >= PAGE_SIZE * 16 && hint.checked_add(len)? <= limit && !self.vmas.overlaps(hint, hint + len) {
            return Some(hint);
        }
        let align = if huge::wants_alignment(len) { huge_size() } else { PAGE_SIZE };
        let mut candidate = MMAP_BASE;
        for vma in self.vmas.iter() {
            if vma.end <= candidate {
                continue;
            }
            if vma.start >= candidate + len {
                break;
            }
            candidate = vma.end.next_multiple_of(align);
        }
        (candidate + len <= limit).then_some(candidate)
    }

    /// brk: moves the program break; returns the new (or, on failure, the
    /// unchanged) break, as the Linux syscall does.
    pub fn set_brk(&mut self, new: usize) -> usize {
        // (Also keeps the rounding below from overflowing.)
        if new < self.brk_start || new > MMAP_BASE {
            return self.brk;
        }
        let old_end = page_round_up(self.brk);
        let new_end = page_round_up(new);
        if new_end > old_end {
            if self.vmas.overlaps(old_end, new_end) || new_end > MMAP_BASE {
                return self.brk;
            }
            match self.vmas.get_mut(self.brk_start) {
                Some(heap) if heap.kind == VmaKind::Heap && heap.end == old_end && !heap.sealed => heap.end = new_end,
                _ => {
                    let heap = Vma::new(old_end, new_end, Prot::READ | Prot::WRITE, VmaKind::Heap);
                    if self.vmas.insert(heap).is_err() {
                        return self.brk;
                    }
                }
            }
            self.populate(old_end, new_end);
        } else if new_end < old_end && self.unmap_range(new_end, old_end).is_err() {
            // A sealed heap cannot shrink.
            return self.brk;
        }
        self.brk = new;
        self.brk
    }
}

fn huge_size() -> usize {
    super::frame::HUGE_SIZE
}
