//! Proptest strategies for property tests of address translation: random
//! Sv39 page tables in a sparse physical memory, each with the list of what
//! it maps, and random accesses aimed at those mappings and their edges.
//!
//! Enabled by the crate feature `proptest` (`rvlab = { features =
//! ["proptest"] }`). A [`PageTable`] is built by a [`PageTableBuilder`] over
//! a [`MemoryImage`], so a test can also build the table it wants by hand.
//!
//! ```
//! use proptest::prelude::*;
//! use rvlab::mmu::strategy::{arb_access, arb_page_table};
//! use rvlab::mmu::{translate, AdPolicy};
//!
//! proptest!(|((table, access) in arb_page_table()
//!     .prop_flat_map(|t| { let a = arb_access(&t.mappings); (Just(t), a) }))| {
//!     let mut mem = table.mem.clone();
//!     let result = translate(&mut mem, table.satp, access.vaddr, access.access,
//!                            access.ctx, AdPolicy::HardwareUpdate);
//!     // A mapping the builder made invalid on purpose always faults.
//!     if let Some(m) = table.mapping_for(access.vaddr) {
//!         if let Some(defect) = m.defect {
//!             prop_assert_eq!(result.unwrap_err(), defect.fault());
//!         }
//!     }
//! });
//! ```

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::pte::{Mode, Pte, PteFlags, Satp, PTE_RESERVED};
use super::walk::{page_size, AccessType, Context, Fault, PhysMemory};
use crate::hart::Privilege;

/// Sparse physical memory: present 4 KiB frames (zero unless written),
/// some of them read-only; everything else is absent. Reading an absent
/// frame, or writing an absent or read-only one, fails as [`PhysMemory`]
/// says (an access fault for the walker). Only aligned 64-bit words exist.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryImage {
    /// Non-zero words by address.
    words: BTreeMap<u64, u64>,
    present: BTreeSet<u64>,
    read_only: BTreeSet<u64>,
}

impl MemoryImage {
    pub fn new() -> MemoryImage {
        MemoryImage::default()
    }

    /// Makes the frame with page number `ppn` present (and writable).
    pub fn add_frame(&mut self, ppn: u64) {
        self.present.insert(ppn);
    }

    /// Makes a present frame read-only (or writable again).
    pub fn set_read_only(&mut self, ppn: u64, read_only: bool) {
        if read_only {
            self.read_only.insert(ppn);
        } else {
            self.read_only.remove(&ppn);
        }
    }

    /// The page numbers of the present frames.
    pub fn frames(&self) -> impl Iterator<Item = u64> + '_ {
        self.present.iter().copied()
    }

    pub fn is_present(&self, paddr: u64) -> bool {
        self.present.contains(&(paddr >> 12))
    }

    /// True if a store to `paddr` would succeed.
    pub fn is_writable(&self, paddr: u64) -> bool {
        paddr % 8 == 0 && self.is_present(paddr) && !self.read_only.contains(&(paddr >> 12))
    }

    /// The word at `paddr`, without the `&mut` of [`PhysMemory`]; `None` if
    /// absent or unaligned.
    pub fn peek(&self, paddr: u64) -> Option<u64> {
        (paddr % 8 == 0 && self.is_present(paddr))
            .then(|| self.words.get(&paddr).copied().unwrap_or(0))
    }

    /// Writes a word of a present frame even if it is read-only (a test
    /// changing a PTE behind the machine's back). False if absent or unaligned.
    pub fn poke(&mut self, paddr: u64, value: u64) -> bool {
        if paddr % 8 != 0 || !self.is_present(paddr) {
            return false;
        }
        if value == 0 {
            self.words.remove(&paddr);
        } else {
            self.words.insert(paddr, value);
        }
        true
    }

    /// Every non-zero word, by address.
    pub fn words(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.words.iter().map(|(&a, &v)| (a, v))
    }
}

impl PhysMemory for MemoryImage {
    fn read_u64(&mut self, paddr: u64) -> Option<u64> {
        self.peek(paddr)
    }

    fn write_u64(&mut self, paddr: u64, value: u64) -> bool {
        self.is_writable(paddr) && self.poke(paddr, value)
    }
}

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
fn sv39_canonical(vaddr: u64) -> u64 {
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
        PageTableBuilder { mem, root: root_ppn, next_frame: root_ppn + 1, shared, mappings: vec![] }
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
        Satp { mode: Mode::Sv39, asid, ppn: self.root }
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
        if sv39_canonical(vaddr) != vaddr || vaddr % page_size(level) != 0 {
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

    fn record(&mut self, vaddr: u64, level: u8, pte: u64, pte_addr: u64, defect: Option<Defect>) -> Mapping {
        self.mem.poke(pte_addr, pte);
        let p = Pte(pte);
        let m = Mapping { vaddr, level, paddr: p.ppn() << 12, flags: p.flags(), pte_addr, defect };
        self.mappings.push(m);
        m
    }

    /// Maps the page of `level` at `vaddr` to `paddr` with a valid leaf of
    /// exactly `flags`.
    pub fn map(&mut self, vaddr: u64, paddr: u64, level: u8, flags: PteFlags) -> Result<Mapping, MapError> {
        if leaf_flags(flags) != flags {
            return Err(MapError::NotALeaf);
        }
        if level > 2 {
            return Err(MapError::BadLevel);
        }
        if paddr % page_size(level) != 0 || paddr >> 56 != 0 {
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
        let ppn = ppn & super::pte::PPN_MASK;
        let aligned = ppn & !((1 << (9 * level as u32)) - 1);
        let leaf = leaf_flags(flags);
        let pointer = PteFlags::V | (flags & PteFlags::G);
        let pte = match defect {
            // Non-zero, so the slot reads as used.
            Defect::Invalid => Pte::new(ppn.max(1), flags - PteFlags::V).0,
            Defect::WriteWithoutRead => Pte::new(aligned, (flags | PteFlags::V | PteFlags::W) - PteFlags::R).0,
            Defect::ReservedBits => {
                let r = if reserved & PTE_RESERVED == 0 { 1 << 54 } else { reserved & PTE_RESERVED };
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
                self.mem.poke((table << 12) + vpn(vaddr, level - 1) * 8, below.0);
                return Ok(self.record(vaddr, level, Pte::new(table, pointer | bad).0, addr, Some(defect)));
            }
        };
        let addr = self.slot(vaddr, level)?;
        Ok(self.record(vaddr, level, pte, addr, Some(defect)))
    }

    /// The finished table, selected by a `satp` with `asid`.
    pub fn into_page_table(self, asid: u16) -> PageTable {
        PageTable { satp: self.satp(asid), mem: self.mem, mappings: self.mappings }
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

/// Any combination of the eight PTE flag bits.
pub fn arb_pte_flags() -> impl Strategy<Value = PteFlags> {
    any::<u8>().prop_map(|b| PteFlags::from_bits_truncate(b as u64))
}

/// Flags of a valid leaf: V, a legal R/W/X combination, any U, G, A, D.
pub fn arb_leaf_flags() -> impl Strategy<Value = PteFlags> {
    arb_pte_flags().prop_map(leaf_flags)
}

/// Any address-space id (16 bits).
pub fn arb_asid() -> impl Strategy<Value = u16> {
    any::<u16>()
}

/// An Sv39 `satp`: any ASID, any root PPN.
pub fn arb_satp() -> impl Strategy<Value = Satp> {
    (arb_asid(), 0..=super::pte::PPN_MASK).prop_map(|(asid, ppn)| Satp { mode: Mode::Sv39, asid, ppn })
}

/// A virtual page index at one level, mostly from a few values (so that
/// random mappings share tables and collide), sometimes any.
fn arb_vpn() -> impl Strategy<Value = u64> {
    prop_oneof![
        4 => prop::sample::select(vec![0u64, 1, 2, 3, 510, 511]),
        1 => 0..512u64,
    ]
}

/// A random PPN, mostly in the first 256 GiB (RAM-like), sometimes any.
fn arb_ppn() -> impl Strategy<Value = u64> {
    prop_oneof![3 => 0..(1u64 << 26), 1 => 0..=super::pte::PPN_MASK]
}

/// One entry to build: (vaddr, level, defect, ppn, flags, reserved bits).
type EntrySpec = (u64, u8, Option<Defect>, u64, PteFlags, u64);

fn arb_entry_spec() -> impl Strategy<Value = EntrySpec> {
    let vpn2 = prop_oneof![4 => prop::sample::select(vec![0u64, 1, 2, 255, 256, 511]), 1 => 0..512u64];
    let defect = prop_oneof![5 => Just(None), 2 => prop::sample::select(Defect::ALL.to_vec()).prop_map(Some)];
    (vpn2, arb_vpn(), arb_vpn(), 0..3u8, defect, arb_ppn(), arb_pte_flags(), any::<u64>()).prop_map(
        |(v2, v1, v0, level, defect, ppn, flags, reserved)| {
            let level = match defect {
                Some(d) if !d.allowed_at(level) => if d == Defect::PointerAtLevel0 { 0 } else { 1 + level % 2 },
                _ => level,
            };
            let va = sv39_canonical(v2 << 30 | v1 << 21 | v0 << 12) & !(page_size(level) - 1);
            (va, level, defect, ppn, flags, reserved & PTE_RESERVED)
        },
    )
}

/// A random Sv39 page table of up to 24 entries: 4 KiB, 2 MiB and 1 GiB
/// leaves with random permissions, U, G, A and D, and defective entries of
/// every [`Defect`]. Entries that would overlap earlier ones are dropped.
/// Tables sit at random frames; about one table frame in eight is
/// read-only, so setting A/D in it is an access fault; absent tables are
/// named below frame 0x8_0000, where nothing is present.
pub fn arb_page_table() -> impl Strategy<Value = PageTable> {
    let root = 0x8_0000u64..0x10_0000;
    let read_only = (any::<u64>(), any::<u64>(), any::<u64>()).prop_map(|(a, b, c)| a & b & c);
    (root, arb_asid(), prop::collection::vec(arb_entry_spec(), 0..24), read_only).prop_map(
        |(root, asid, specs, read_only)| {
            let mut b = PageTableBuilder::new(root);
            for (va, level, defect, ppn, flags, reserved) in specs {
                // Refused entries (overlaps) are simply left out.
                let _ = match defect {
                    None => {
                        let pa = (ppn << 12) & !(page_size(level) - 1);
                        b.map(va, pa, level, leaf_flags(flags))
                    }
                    Some(Defect::AbsentTable) => {
                        b.map_defective(va, level, Defect::AbsentTable, ppn % 0x8_0000, flags, reserved)
                    }
                    Some(d) => b.map_defective(va, level, d, ppn, flags, reserved),
                };
            }
            let frames: Vec<u64> = b.mem.frames().collect();
            for ppn in frames {
                if read_only >> (ppn % 64) & 1 == 1 {
                    b.mem.set_read_only(ppn, true);
                }
            }
            b.into_page_table(asid)
        },
    )
}

/// One memory access to translate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Access {
    pub vaddr: u64,
    pub access: AccessType,
    pub ctx: Context,
}

pub fn arb_access_type() -> impl Strategy<Value = AccessType> {
    prop_oneof![Just(AccessType::Fetch), Just(AccessType::Load), Just(AccessType::Store)]
}

/// S- or U-mode, with any SUM and MXR.
pub fn arb_context() -> impl Strategy<Value = Context> {
    let privilege = prop_oneof![Just(Privilege::Supervisor), Just(Privilege::User)];
    (privilege, any::<bool>(), any::<bool>()).prop_map(|(privilege, sum, mxr)| Context { privilege, sum, mxr })
}

/// A virtual address: mostly inside one of `mappings`, often just outside
/// one (a few bytes or a page before or after), sometimes any canonical
/// address, sometimes a non-canonical one (a canonical address with one of
/// bits 63:39 flipped).
pub fn arb_vaddr(mappings: &[Mapping]) -> impl Strategy<Value = u64> {
    let mut ranges: Vec<(u64, u64)> = mappings.iter().map(|m| (m.vaddr, m.size())).collect();
    if ranges.is_empty() {
        ranges.push((0, 4096));
    }
    let range = prop::sample::select(ranges);
    let inside = (range.clone(), any::<u64>()).prop_map(|((base, size), off)| base + off % size);
    let edge = (range, -8i64..8, prop::sample::select(vec![0u64, 1, 4096])).prop_map(
        |((base, size), delta, step)| {
            let at = if delta < 0 { base.wrapping_sub(step) } else { base.wrapping_add(size) };
            at.wrapping_add_signed(delta)
        },
    );
    let canonical = any::<u64>().prop_map(sv39_canonical);
    let near = prop_oneof![3 => inside, 2 => edge, 1 => canonical];
    let non_canonical = (near.clone(), 39..64u32).prop_map(|(va, bit)| sv39_canonical(va) ^ (1 << bit));
    prop_oneof![9 => near, 1 => non_canonical]
}

/// An access at [`arb_vaddr`]`(mappings)` of any type, privilege, SUM, MXR.
pub fn arb_access(mappings: &[Mapping]) -> impl Strategy<Value = Access> {
    (arb_vaddr(mappings), arb_access_type(), arb_context())
        .prop_map(|(vaddr, access, ctx)| Access { vaddr, access, ctx })
}

/// A random table and `n` accesses aimed at it.
pub fn arb_table_and_accesses(n: std::ops::Range<usize>) -> impl Strategy<Value = (PageTable, Vec<Access>)> {
    arb_page_table().prop_flat_map(move |t| {
        let accesses = prop::collection::vec(arb_access(&t.mappings), n.clone());
        (Just(t), accesses)
    })
}
