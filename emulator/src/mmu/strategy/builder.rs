//! [`PageTableBuilder`]: writes Sv39 page tables into a [`MemoryImage`],
//! valid leaves and deliberately defective entries, and lists them.

use std::collections::BTreeSet;

use super::MemoryImage;
use crate::mmu::pte::{Mode, Pte, PteFlags, Satp, PPN_MASK, PTE_RESERVED};
use crate::mmu::walk::{page_size, Fault};

/// A deliberately broken entry: every access to the range it governs
/// faults, whatever the privilege, access type, SUM or MXR.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Defect {
    /// A leaf with V = 0.
    Invalid,
    /// A leaf with W = 1 and R = 0 (a reserved encoding).
    WriteWithoutRead,
    /// A valid leaf with one of the reserved bits 63:54 set.
    ReservedBits,
    /// A superpage leaf whose PPN is not aligned to the page size.
    MisalignedSuperpage,
    /// A pointer (non-leaf) PTE with A, D or U set, reserved in pointers.
    /// The table below holds a valid leaf that must not be reached.
    NonLeafFlags,
    /// A pointer PTE at level 0: there is no level below.
    PointerAtLevel0,
    /// A pointer PTE naming a frame the memory lacks: an access fault.
    AbsentTable,
}

impl Defect {
    pub const ALL: [Defect; 7] = [
        Defect::Invalid,
        Defect::WriteWithoutRead,
        Defect::ReservedBits,
        Defect::MisalignedSuperpage,
        Defect::NonLeafFlags,
        Defect::PointerAtLevel0,
        Defect::AbsentTable,
    ];

    /// The fault every access through this entry gets.
    pub fn fault(self) -> Fault {
        match self {
            Defect::AbsentTable => Fault::Access,
            _ => Fault::Page,
        }
    }

    /// Whether an entry with this defect can sit at `level`.
    pub fn allowed_at(self, level: u8) -> bool {
        match self {
            Defect::MisalignedSuperpage | Defect::NonLeafFlags | Defect::AbsentTable => {
                (1..=2).contains(&level)
            }
            Defect::PointerAtLevel0 => level == 0,
            _ => level <= 2,
        }
    }
}

/// One PTE the builder wrote: at `level`, governing the virtual range
/// `[vaddr, vaddr + page_size(level))`. Without a defect it is a leaf
/// mapping that range to `paddr`; with one, every access in it faults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mapping {
    /// First virtual address of the range (canonical, sign-extended).
    pub vaddr: u64,
    /// 0 = 4 KiB, 1 = 2 MiB, 2 = 1 GiB.
    pub level: u8,
    /// The physical address the PTE names (its PPN << 12).
    pub paddr: u64,
    /// The PTE's flags as written.
    pub flags: PteFlags,
    /// Where the PTE lives.
    pub pte_addr: u64,
    pub defect: Option<Defect>,
}

impl Mapping {
    pub fn size(&self) -> u64 {
        page_size(self.level)
    }

    pub fn contains(&self, vaddr: u64) -> bool {
        vaddr.wrapping_sub(self.vaddr) < self.size()
    }

    /// Where a valid mapping sends `vaddr` (which it must contain).
    pub fn expected_paddr(&self, vaddr: u64) -> u64 {
        self.paddr + (vaddr - self.vaddr)
    }
}

/// Why [`PageTableBuilder`] refused a mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    /// the range overlaps an existing mapping or its tables
    #[error("the range overlaps an existing mapping or its tables")]
    Conflict,
    /// the address is not aligned to the page size, or not canonical
    #[error("the address is not aligned to the page size, or not canonical")]
    Misaligned,
    /// the flags do not make a valid leaf (V, R or X, no W without R)
    #[error("the flags do not make a valid leaf (V, R or X, no W without R)")]
    NotALeaf,
    /// the level is above 2, or the defect cannot occur at this level
    #[error("the level is above 2, or the defect cannot occur at this level")]
    BadLevel,
    /// an absent table was asked for at a frame that is present
    #[error("an absent table was asked for at a frame that is present")]
    FramePresent,
}

/// Builds an Sv39 page table in a [`MemoryImage`], allocating intermediate
/// tables from consecutive frames after the root, and records each entry it
/// writes as a [`Mapping`]. Entries never overlap: a mapping whose path
/// runs through a leaf, a defective entry or a used slot is refused.
#[derive(Clone, Debug)]
pub struct PageTableBuilder {
    mem: MemoryImage,
    root: u64,
    next_frame: u64,
    /// Tables that further mappings may share.
    shared: BTreeSet<u64>,
    mappings: Vec<Mapping>,
}

/// Sign-extends a 39-bit virtual address.
pub(super) fn sv39_canonical(vaddr: u64) -> u64 {
    ((vaddr << 25) as i64 >> 25) as u64
}

fn vpn(vaddr: u64, level: u8) -> u64 {
    (vaddr >> (12 + 9 * level as u32)) & 0x1ff
}

/// `flags` made into a valid leaf: V set, R added if neither R nor X is,
/// or if W is set without R.
pub fn leaf_flags(flags: PteFlags) -> PteFlags {
    let mut f = flags | PteFlags::V;
    if !f.intersects(PteFlags::R | PteFlags::X) || f.contains(PteFlags::W) {
        f |= PteFlags::R;
    }
    f
}

impl PageTableBuilder {
    /// An empty root table at frame `root_ppn`.
    pub fn new(root_ppn: u64) -> PageTableBuilder {
        let mut mem = MemoryImage::new();
        mem.add_frame(root_ppn);
        let shared = BTreeSet::from([root_ppn]);
        PageTableBuilder {
            mem,
            root: root_ppn,
            next_frame: root_ppn + 1,
            shared,
            mappings: vec![],
        }
    }

    pub fn root(&self) -> u64 {
        self.root
    }

    pub fn mem(&self) -> &MemoryImage {
        &self.mem
    }

    pub fn mem_mut(&mut self) -> &mut MemoryImage {
        &mut self.mem
    }

    pub fn mappings(&self) -> &[Mapping] {
        &self.mappings
    }

    /// `satp` selecting this table in Sv39 with `asid`.
    pub fn satp(&self, asid: u16) -> Satp {
        Satp {
            mode: Mode::Sv39,
            asid,
            ppn: self.root,
        }
    }

    /// Allocates a zeroed table frame.
    fn alloc(&mut self) -> u64 {
        let ppn = self.next_frame;
        self.next_frame += 1;
        self.mem.add_frame(ppn);
        ppn
    }

    /// The address of the empty level-`level` slot for `vaddr`, creating the
    /// tables above it.
    fn slot(&mut self, vaddr: u64, level: u8) -> Result<u64, MapError> {
        if level > 2 {
            return Err(MapError::BadLevel);
        }
        if sv39_canonical(vaddr) != vaddr || vaddr & (page_size(level) - 1) != 0 {
            return Err(MapError::Misaligned);
        }
        let mut table = self.root;
        for l in (level + 1..=2).rev() {
            let addr = (table << 12) + vpn(vaddr, l) * 8;
            let pte = Pte(self.mem.peek(addr).unwrap_or(0));
            table = if pte.0 == 0 {
                let t = self.alloc();
                self.shared.insert(t);
                self.mem.poke(addr, Pte::new(t, PteFlags::V).0);
                t
            } else if !pte.is_leaf() && self.shared.contains(&pte.ppn()) {
                pte.ppn()
            } else {
                return Err(MapError::Conflict);
            };
        }
        let addr = (table << 12) + vpn(vaddr, level) * 8;
        // Every entry the builder writes is non-zero.
        if self.mem.peek(addr) != Some(0) {
            return Err(MapError::Conflict);
        }
        Ok(addr)
    }

    fn record(
        &mut self,
        vaddr: u64,
        level: u8,
        pte: u64,
        pte_addr: u64,
        defect: Option<Defect>,
    ) -> Mapping {
        self.mem.poke(pte_addr, pte);
        let p = Pte(pte);
        let m = Mapping {
            vaddr,
            level,
            paddr: p.ppn() << 12,
            flags: p.flags(),
            pte_addr,
            defect,
        };
        self.mappings.push(m);
        m
    }

    /// Maps the page of `level` at `vaddr` to `paddr` with a valid leaf of
    /// exactly `flags`.
    pub fn map(
        &mut self,
        vaddr: u64,
        paddr: u64,
        level: u8,
        flags: PteFlags,
    ) -> Result<Mapping, MapError> {
        if leaf_flags(flags) != flags {
            return Err(MapError::NotALeaf);
        }
        if level > 2 {
            return Err(MapError::BadLevel);
        }
        if paddr & (page_size(level) - 1) != 0 || paddr >> 56 != 0 {
            return Err(MapError::Misaligned);
        }
        let addr = self.slot(vaddr, level)?;
        Ok(self.record(vaddr, level, Pte::new(paddr >> 12, flags).0, addr, None))
    }

    /// Writes an entry with `defect` at `level` for `vaddr`. `ppn` and
    /// `flags` supply the other bits, adjusted so that `defect` is the only
    /// thing wrong with the entry (`reserved` is used for
    /// [`Defect::ReservedBits`]; a misaligned superpage gets a low PPN bit).
    pub fn map_defective(
        &mut self,
        vaddr: u64,
        level: u8,
        defect: Defect,
        ppn: u64,
        flags: PteFlags,
        reserved: u64,
    ) -> Result<Mapping, MapError> {
        if !defect.allowed_at(level) {
            return Err(MapError::BadLevel);
        }
        let ppn = ppn & PPN_MASK;
        let aligned = ppn & !((1 << (9 * level as u32)) - 1);
        let leaf = leaf_flags(flags);
        let pointer = PteFlags::V | (flags & PteFlags::G);
        let pte = match defect {
            // Non-zero, so the slot reads as used.
            Defect::Invalid => Pte::new(ppn.max(1), flags - PteFlags::V).0,
            Defect::WriteWithoutRead => {
                Pte::new(aligned, (flags | PteFlags::V | PteFlags::W) - PteFlags::R).0
            }
            Defect::ReservedBits => {
                let r = if reserved & PTE_RESERVED == 0 {
                    1 << 54
                } else {
                    reserved & PTE_RESERVED
                };
                Pte::new(aligned, leaf).0 | r
            }
            Defect::MisalignedSuperpage => Pte::new(aligned | (ppn & 0xff).max(1), leaf).0,
            Defect::PointerAtLevel0 => Pte::new(ppn, pointer).0,
            Defect::AbsentTable => {
                if self.mem.is_present(ppn << 12) {
                    return Err(MapError::FramePresent);
                }
                Pte::new(ppn, pointer).0
            }
            Defect::NonLeafFlags => {
                let mut bad = flags & (PteFlags::A | PteFlags::D | PteFlags::U);
                if bad.is_empty() {
                    bad = PteFlags::A;
                }
                let addr = self.slot(vaddr, level)?;
                // A private table (not shared) with a valid leaf a walk
                // must never reach.
                let table = self.alloc();
                let below = Pte::new(ppn & !0x1ff, leaf | PteFlags::A | PteFlags::D);
                self.mem
                    .poke((table << 12) + vpn(vaddr, level - 1) * 8, below.0);
                return Ok(self.record(
                    vaddr,
                    level,
                    Pte::new(table, pointer | bad).0,
                    addr,
                    Some(defect),
                ));
            }
        };
        let addr = self.slot(vaddr, level)?;
        Ok(self.record(vaddr, level, pte, addr, Some(defect)))
    }

    /// The finished table, selected by a `satp` with `asid`.
    pub fn into_page_table(self, asid: u16) -> PageTable {
        PageTable {
            satp: self.satp(asid),
            mem: self.mem,
            mappings: self.mappings,
        }
    }
}

/// A random page table: the memory holding it, the `satp` selecting it and
/// every entry the builder wrote. Addresses no mapping contains are
/// unmapped (a page fault).
#[derive(Clone, Debug)]
pub struct PageTable {
    pub mem: MemoryImage,
    pub satp: Satp,
    pub mappings: Vec<Mapping>,
}

impl PageTable {
    /// The mapping whose range contains `vaddr`, if any.
    pub fn mapping_for(&self, vaddr: u64) -> Option<&Mapping> {
        self.mappings.iter().find(|m| m.contains(vaddr))
    }
}
