//! Sv39 page tables: three levels of 512 eight-byte entries, each level
//! indexed by nine bits of the virtual address (30..38, 21..29, 12..20).
//! `walk` finds (and optionally creates) the level-0 entry for an address,
//! as xv6's `vm.c` does; `map_pages` and `unmap` are built on it.
//!
//! Tables are reached through the direct map, so a table's physical address
//! is all a `PageTable` needs to hold.

use bitflags::bitflags;

use super::address::PhysAddr;
use super::frame::{alloc_frame, free_frame};
use super::layout::PAGE_SIZE;

bitflags! {
    /// Page-table entry flags (the privileged spec, "Sv39").
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct PteFlags: u64 {
        const V = 1 << 0;
        const R = 1 << 1;
        const W = 1 << 2;
        const X = 1 << 3;
        const U = 1 << 4;
        const G = 1 << 5;
        const A = 1 << 6;
        const D = 1 << 7;
        /// Software bit (RSW): with V clear, the entry still owns the frame
        /// in its PPN, kept while the page is PROT_NONE (mprotect must not
        /// lose the contents). The hardware ignores invalid entries.
        const KEPT = 1 << 8;
    }
}

/// One page-table entry.
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct Pte(pub u64);

impl Pte {
    pub fn is_valid(self) -> bool {
        self.0 & PteFlags::V.bits() != 0
    }

    /// A valid entry with R, W or X set maps a page; with none it points to
    /// the next level.
    pub fn is_leaf(self) -> bool {
        self.is_valid() && self.0 & (PteFlags::R | PteFlags::W | PteFlags::X).bits() != 0
    }

    pub fn flags(self) -> PteFlags {
        PteFlags::from_bits_truncate(self.0)
    }

    pub fn addr(self) -> PhysAddr {
        PhysAddr::from_ppn(((self.0 >> 10) & ((1 << 44) - 1)) as usize)
    }

    /// Whether the entry owns a frame: a valid leaf, or a kept PROT_NONE page.
    pub fn holds_frame(self) -> bool {
        self.is_leaf() || (!self.is_valid() && self.0 & PteFlags::KEPT.bits() != 0)
    }

    pub fn new(pa: PhysAddr, flags: PteFlags) -> Pte {
        Pte(((pa.ppn() as u64) << 10) | flags.bits())
    }
}

/// The index into the level-`level` table for `va`.
fn vpn(va: usize, level: usize) -> usize {
    (va >> (12 + 9 * level)) & 0x1ff
}

/// The 512 entries of the table at `pa`.
///
/// # Safety
/// `pa` must be a page-table page owned by the caller's page table.
unsafe fn entries<'a>(pa: PhysAddr) -> &'a mut [Pte; 512] {
    // SAFETY: page-table pages are frames reached through the direct map.
    unsafe { &mut *pa.as_mut_ptr::<[Pte; 512]>() }
}

/// What went wrong while mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapError {
    /// No frame left for a page-table page.
    OutOfMemory,
    /// The address is already mapped.
    AlreadyMapped,
}

/// An Sv39 page table, identified by its root page.
pub struct PageTable {
    root: PhysAddr,
}

impl PageTable {
    /// An empty table (no mappings at all).
    pub fn new_empty() -> Option<PageTable> {
        Some(PageTable { root: alloc_frame()? })
    }

    /// Wraps an existing root.
    pub const fn from_root(root: PhysAddr) -> PageTable {
        PageTable { root }
    }

    pub fn root(&self) -> PhysAddr {
        self.root
    }

    /// The root table's entries.
    pub fn root_entries(&self) -> &mut [Pte; 512] {
        // SAFETY: the root is ours.
        unsafe { entries(self.root) }
    }

    /// The level-0 entry for `va`; with `alloc`, missing intermediate tables
    /// are created. `None` if a table is missing (or cannot be allocated),
    /// or if `va` lies inside a superpage.
    pub fn walk(&self, va: usize, alloc: bool) -> Option<&mut Pte> {
        let mut table = self.root;
        for level in [2, 1] {
            // SAFETY: `table` is a page-table page of this table.
            let pte = unsafe { &mut entries(table)[vpn(va, level)] };
            if pte.is_leaf() {
                return None;
            }
            if !pte.is_valid() {
                if !alloc {
                    return None;
                }
                let page = alloc_frame()?;
                *pte = Pte::new(page, PteFlags::V);
            }
            table = pte.addr();
        }
        // SAFETY: as above.
        Some(unsafe { &mut entries(table)[vpn(va, 0)] })
    }

    /// The leaf entry mapping `va` at any level, with the size of its page.
    pub fn lookup(&self, va: usize) -> Option<(Pte, usize)> {
        let mut table = self.root;
        for level in [2, 1, 0] {
            // SAFETY: `table` is a page-table page of this table.
            let pte = unsafe { entries(table)[vpn(va, level)] };
            if !pte.is_valid() {
                return None;
            }
            if pte.is_leaf() {
                return Some((pte, PAGE_SIZE << (9 * level)));
            }
            table = pte.addr();
        }
        None
    }

    /// The physical address `va` translates to, with the leaf's flags.
    pub fn translate(&self, va: usize) -> Option<(PhysAddr, PteFlags)> {
        let (pte, size) = self.lookup(va)?;
        Some((pte.addr().offset(va & (size - 1)), pte.flags()))
    }

    /// Maps `[va, va + size)` to `[pa, pa + size)` with 4 KiB pages. The
    /// flags should include V and the permissions.
    pub fn map_pages(&mut self, va: usize, pa: PhysAddr, size: usize, flags: PteFlags) -> Result<(), MapError> {
        debug_assert!(va % PAGE_SIZE == 0 && pa.0 % PAGE_SIZE == 0 && size % PAGE_SIZE == 0);
        for off in (0..size).step_by(PAGE_SIZE) {
            let pte = self.walk(va + off, true).ok_or(MapError::OutOfMemory)?;
            if pte.is_valid() {
                return Err(MapError::AlreadyMapped);
            }
            *pte = Pte::new(pa.offset(off), flags | PteFlags::V);
        }
        Ok(())
    }

    /// Maps with 2 MiB megapages where both addresses are aligned and the
    /// rest fits, 4 KiB pages elsewhere (for the kernel's direct map).
    pub fn map_range_large(&mut self, va: usize, pa: PhysAddr, size: usize, flags: PteFlags) -> Result<(), MapError> {
        const MEGA: usize = 2 << 20;
        let mut off = 0;
        while off < size {
            let (v, p) = (va + off, pa.offset(off));
            if v % MEGA == 0 && p.0 % MEGA == 0 && size - off >= MEGA {
                let l1 = self.level1_entry(v).ok_or(MapError::OutOfMemory)?;
                if l1.is_valid() {
                    return Err(MapError::AlreadyMapped);
                }
                *l1 = Pte::new(p, flags | PteFlags::V);
                off += MEGA;
            } else {
                self.map_pages(v, p, PAGE_SIZE, flags)?;
                off += PAGE_SIZE;
            }
        }
        Ok(())
    }

    /// The level-1 entry for `va` (a megapage leaf or a pointer to a
    /// level-0 table), if the level-1 table exists.
    pub fn level1(&self, va: usize) -> Option<&mut Pte> {
        let root = self.root_entries()[vpn(va, 2)];
        if !root.is_valid() || root.is_leaf() {
            return None;
        }
        // SAFETY: a valid non-leaf root entry points to our level-1 table.
        Some(unsafe { &mut entries(root.addr())[vpn(va, 1)] })
    }

    /// Points the level-1 entry for `va` at `pte` (a megapage leaf, or a
    /// new level-0 table), creating the level-1 table if needed.
    pub fn set_level1(&mut self, va: usize, pte: Pte) -> Option<()> {
        *self.level1_entry(va)? = pte;
        Some(())
    }

    /// The level-1 entry for `va`, creating the level-1 table if needed.
    fn level1_entry(&mut self, va: usize) -> Option<&mut Pte> {
        // SAFETY: the root is ours.
        let pte = unsafe { &mut entries(self.root)[vpn(va, 2)] };
        if !pte.is_valid() {
            *pte = Pte::new(alloc_frame()?, PteFlags::V);
        }
        // SAFETY: a valid non-leaf root entry points to our level-1 table.
        Some(unsafe { &mut entries(pte.addr())[vpn(va, 1)] })
    }

    /// Creates the level-1 table under root entry `index` (so that copies of
    /// this root share it).
    pub fn ensure_root_entry(&mut self, index: usize) -> Option<()> {
        let pte = &mut self.root_entries()[index];
        if !pte.is_valid() {
            *pte = Pte::new(alloc_frame()?, PteFlags::V);
        }
        Some(())
    }

    /// Removes the 4 KiB mapping of `va`, returning what it mapped. The
    /// caller flushes the TLB and frees the frame if it owned it.
    pub fn unmap(&mut self, va: usize) -> Option<PhysAddr> {
        let pte = self.walk(va, false)?;
        if !pte.is_valid() {
            return None;
        }
        let pa = pte.addr();
        *pte = Pte(0);
        Some(pa)
    }

    /// Frees the page-table pages below root entries `0..user_entries` and
    /// the root itself (the leaves' frames must have been freed already).
    pub fn free_tables(&mut self, user_entries: usize) {
        fn free_level(table: PhysAddr, level: usize) {
            if level > 0 {
                // SAFETY: `table` is one of ours.
                for pte in unsafe { entries(table) }.iter() {
                    if pte.is_valid() && !pte.is_leaf() {
                        free_level(pte.addr(), level - 1);
                    }
                }
            }
            // SAFETY: nothing refers to this table any more.
            unsafe { free_frame(table) };
        }
        for pte in self.root_entries()[..user_entries].iter() {
            if pte.is_valid() && !pte.is_leaf() {
                free_level(pte.addr(), 1);
            }
        }
        // SAFETY: the root is ours and unreferenced.
        unsafe { free_frame(self.root) };
    }
}
