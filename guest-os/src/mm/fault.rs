//! Page faults from user mode, resolved or refused:
//!
//! - a page the VMA allows but that is not there yet is filled on demand:
//!   zeroed (stack, heap, anonymous mmap; a 2 MiB megapage where `huge.rs`
//!   says so) or copied from the file a private file mapping maps;
//! - a fault just below the stack grows it, as far as RLIMIT_STACK allows
//!   and no closer than a guard gap to the mapping below (Linux's
//!   `stack_guard_gap`);
//! - a write to a page shared copy-on-write (the VMA allows writing, the
//!   entry does not) copies the frame, or, if this space holds the last
//!   reference, just makes it writable again;
//! - anything else (no VMA, or an access the VMA's permissions refuse) is
//!   the program's fault: EFAULT here, SIGSEGV for the process.
//!
//! The same path serves the kernel's copies to and from user memory
//! (`user_page`), so a syscall sees exactly what the program would.

use super::addr_space::AddrSpace;
use super::address::PhysAddr;
use super::frame::{self, HUGE_SIZE};
use super::layout::*;
use super::page_table::{Pte, PteFlags};
use super::vma::{Prot, Vma, VmaKind};
use crate::syscall::errno::*;

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
    CowCopy = 2,
    CowReuse = 3,
    StackGrowth = 4,
}

/// No mapping may come closer than this below a stack that grows down
/// (Linux's stack_guard_gap: 256 pages).
pub const STACK_GUARD_GAP: usize = 256 * PAGE_SIZE;

impl AddrSpace {
    /// Resolves a page fault at `va`, or says it is the program's fault
    /// (EFAULT) or that memory ran out (ENOMEM).
    pub fn handle_fault(&mut self, va: usize, access: Access) -> Result<FaultFix, Errno> {
        if va >= USER_TOP {
            return Err(EFAULT);
        }
        let page = page_round_down(va);
        let (vma, grown) = match self.vmas.at(va) {
            Some(v) => (*v, false),
            None => (self.grow_stack(page)?, true),
        };
        let allowed = match access {
            Access::Read => vma.prot.intersects(Prot::READ | Prot::WRITE),
            Access::Write => vma.prot.contains(Prot::WRITE),
            Access::Exec => vma.prot.contains(Prot::EXEC),
        };
        if !allowed {
            return Err(EFAULT);
        }
        if let Some((pte, size)) = self.pt.lookup(page) {
            let need = match access {
                Access::Read => PteFlags::R,
                Access::Write => PteFlags::W,
                Access::Exec => PteFlags::X,
            };
            if pte.flags().contains(need) {
                // Already fine: a stale TLB entry.
                self.flush(Some(page));
                return Ok(FaultFix::ZeroFill);
            }
            if access == Access::Write {
                return self.cow_fault(page, pte, size, &vma);
            }
            return Err(EFAULT);
        }
        if !(vma.kind == VmaKind::Stack || grown) && self.try_huge_fault(page, &vma)? {
            return Ok(FaultFix::ZeroFill);
        }
        let frame = frame::alloc_frame().ok_or(ENOMEM)?;
        if let VmaKind::File { data, .. } = vma.kind {
            let off = page - vma.start;
            if off < data.len() {
                let chunk = &data[off..data.len().min(off + PAGE_SIZE)];
                // SAFETY: a new frame, ours alone.
                unsafe { frame.page_bytes()[..chunk.len()].copy_from_slice(chunk) };
            }
        }
        if let Err(e) = self.map_frame(page, frame, vma.prot) {
            // SAFETY: never mapped.
            unsafe { frame::release(frame, false) };
            return Err(e);
        }
        Ok(if vma.kind == VmaKind::Stack { FaultFix::StackGrowth } else { FaultFix::ZeroFill })
    }

    /// A fault at `page`, below every VMA it is not in: if the VMA above is
    /// the stack and the stack may reach `page`, the stack now starts there.
    fn grow_stack(&mut self, page: usize) -> Result<Vma, Errno> {
        let stack = *self.vmas.above(page).filter(|v| v.kind == VmaKind::Stack).ok_or(EFAULT)?;
        if page < stack.end.saturating_sub(USER_STACK_SIZE) {
            return Err(EFAULT);
        }
        if self.vmas.below(page).is_some_and(|v| v.end + STACK_GUARD_GAP > page) {
            return Err(EFAULT);
        }
        self.vmas.remove(stack.start);
        let grown = Vma { start: page, ..stack };
        self.vmas.insert(grown)?;
        Ok(grown)
    }

    /// A write to a present page the VMA lets the program write: the frame
    /// is shared copy-on-write. The last holder keeps it; others copy.
    fn cow_fault(&mut self, page: usize, pte: Pte, size: usize, vma: &Vma) -> Result<FaultFix, Errno> {
        let old = pte.addr();
        let flags = super::addr_space::user_flags(vma.prot);
        let huge = size == HUGE_SIZE;
        let entry: &mut Pte = if huge {
            self.pt.level1(page).ok_or(EFAULT)?
        } else {
            self.pt.walk(page, false).ok_or(EFAULT)?
        };
        if frame::refcount(old) <= 1 {
            *entry = Pte::new(old, flags);
            self.flush(Some(page));
            return Ok(FaultFix::CowReuse);
        }
        let new = if huge { frame::alloc_huge() } else { frame::alloc_frame() };
        let Some(new) = new else {
            if huge {
                // No free 2 MiB block: copy the megapage as small pages
                // (the split makes them private) and take the write again.
                self.split_huge(page)?;
                return self.handle_fault(page, Access::Write);
            }
            return Err(ENOMEM);
        };
        let bytes = if huge { HUGE_SIZE } else { PAGE_SIZE };
        // SAFETY: `old` is mapped here (shared, read-only to everyone);
        // `new` is ours alone; both reached through the direct map.
        unsafe { core::ptr::copy_nonoverlapping(old.as_mut_ptr::<u8>(), new.as_mut_ptr::<u8>(), bytes) };
        *entry = Pte::new(new, flags);
        self.flush(Some(page));
        // SAFETY: this space's mapping of `old` is gone and flushed.
        unsafe { frame::release(old, huge) };
        Ok(FaultFix::CowCopy)
    }

    /// The frame behind user page `va` for the kernel to read (or write),
    /// faulting it in (or copying it) as the program's own access would;
    /// EFAULT where the program would get SIGSEGV.
    pub fn user_page(&mut self, va: usize, write: bool) -> Result<PhysAddr, Errno> {
        if va >= USER_TOP {
            return Err(EFAULT);
        }
        let page = page_round_down(va);
        let need = if write { PteFlags::W } else { PteFlags::R };
        if let Some((pa, flags)) = self.pt.translate(page) {
            if flags.contains(need | PteFlags::U) {
                return Ok(pa);
            }
        }
        self.handle_fault(page, if write { Access::Write } else { Access::Read })?;
        match self.pt.translate(page) {
            Some((pa, flags)) if flags.contains(need | PteFlags::U) => Ok(pa),
            _ => Err(EFAULT),
        }
    }
}
