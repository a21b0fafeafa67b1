//! Proptest strategies for property tests of address translation: random
//! Sv39 page tables in a sparse physical memory, each with the list of the
//! entries it holds, and random accesses aimed at those entries and their
//! edges.
//!
//! Enabled by the crate feature `proptest` (`rvlab = { version = "..",
//! features = ["proptest"] }` in `[dev-dependencies]`). The pieces:
//! - [`MemoryImage`]: sparse physical memory implementing [`PhysMemory`]
//!   (absent frames and read-only frames fail, as memory PMP forbids does);
//! - [`PageTableBuilder`]: maps a virtual page to a physical one at a level,
//!   building the tables above it, or writes a deliberately broken entry (a
//!   [`Defect`]); each entry is recorded as a [`Mapping`];
//! - [`arb_page_table`], [`arb_access`] and the smaller strategies
//!   ([`arb_pte_flags`], [`arb_leaf_flags`], [`arb_satp`], [`arb_context`]).
//!
//! [`PhysMemory`]: crate::mmu::PhysMemory
//!
//! ```
//! use proptest::prelude::*;
//! use rvlab::hart::Privilege;
//! use rvlab::mmu::strategy::{arb_access, arb_page_table, PageTableBuilder};
//! use rvlab::mmu::{translate, AccessType, AdPolicy, Context, Fault, PteFlags};
//!
//! // By hand: VA 0x4020_0000 -> PA 0x8060_0000 as a 2 MiB page.
//! let mut b = PageTableBuilder::new(0x8_0000);
//! let flags = PteFlags::V | PteFlags::R | PteFlags::A;
//! b.map(0x4020_0000, 0x8060_0000, 1, flags).unwrap();
//! let table = b.into_page_table(1);
//! let s = Context { privilege: Privilege::Supervisor, sum: false, mxr: false };
//! let mut mem = table.mem.clone();
//! let t = translate(&mut mem, table.satp, 0x4021_2345, AccessType::Load, s, AdPolicy::Fault);
//! assert_eq!(t.unwrap().paddr, 0x8061_2345);
//!
//! // At random: an entry made broken on purpose faults for every access,
//! // and an address no entry covers is a page fault.
//! proptest!(|((table, access) in arb_page_table()
//!     .prop_flat_map(|t| { let a = arb_access(&t.mappings); (Just(t), a) }))| {
//!     let mut mem = table.mem.clone();
//!     let result = translate(&mut mem, table.satp, access.vaddr, access.access,
//!                            access.ctx, AdPolicy::HardwareUpdate);
//!     match table.mapping_for(access.vaddr) {
//!         Some(m) => if let Some(defect) = m.defect {
//!             prop_assert_eq!(result, Err(defect.fault()));
//!         },
//!         None => prop_assert_eq!(result, Err(Fault::Page)),
//!     }
//! });
//! ```

use proptest::prelude::*;

use super::pte::{Mode, PteFlags, Satp, PPN_MASK, PTE_RESERVED};
use super::walk::{page_size, AccessType, Context};
use crate::hart::Privilege;

mod builder;
mod memory;

use builder::sv39_canonical;
pub use builder::{leaf_flags, Defect, MapError, Mapping, PageTable, PageTableBuilder};
pub use memory::MemoryImage;

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
    (arb_asid(), 0..=PPN_MASK).prop_map(|(asid, ppn)| Satp {
        mode: Mode::Sv39,
        asid,
        ppn,
    })
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
    prop_oneof![3 => 0..(1u64 << 26), 1 => 0..=PPN_MASK]
}

/// One entry to build: (vaddr, level, defect, ppn, flags, reserved bits).
type EntrySpec = (u64, u8, Option<Defect>, u64, PteFlags, u64);

fn arb_entry_spec() -> impl Strategy<Value = EntrySpec> {
    let vpn2 =
        prop_oneof![4 => prop::sample::select(vec![0u64, 1, 2, 255, 256, 511]), 1 => 0..512u64];
    let defect = prop_oneof![5 => Just(None), 2 => prop::sample::select(Defect::ALL.to_vec()).prop_map(Some)];
    (
        vpn2,
        arb_vpn(),
        arb_vpn(),
        0..3u8,
        defect,
        arb_ppn(),
        arb_pte_flags(),
        any::<u64>(),
    )
        .prop_map(|(v2, v1, v0, level, defect, ppn, flags, reserved)| {
            let level = match defect {
                Some(d) if !d.allowed_at(level) => {
                    if d == Defect::PointerAtLevel0 {
                        0
                    } else {
                        1 + level % 2
                    }
                }
                _ => level,
            };
            let va = sv39_canonical(v2 << 30 | v1 << 21 | v0 << 12) & !(page_size(level) - 1);
            (va, level, defect, ppn, flags, reserved & PTE_RESERVED)
        })
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
    (
        root,
        arb_asid(),
        prop::collection::vec(arb_entry_spec(), 0..24),
        read_only,
    )
        .prop_map(|(root, asid, specs, read_only)| {
            let mut b = PageTableBuilder::new(root);
            for (va, level, defect, ppn, flags, reserved) in specs {
                // Refused entries (overlaps) are simply left out.
                let _ = match defect {
                    None => {
                        let pa = (ppn << 12) & !(page_size(level) - 1);
                        b.map(va, pa, level, leaf_flags(flags))
                    }
                    Some(Defect::AbsentTable) => b.map_defective(
                        va,
                        level,
                        Defect::AbsentTable,
                        ppn % 0x8_0000,
                        flags,
                        reserved,
                    ),
                    Some(d) => b.map_defective(va, level, d, ppn, flags, reserved),
                };
            }
            let frames: Vec<u64> = b.mem().frames().collect();
            for ppn in frames {
                if read_only >> (ppn % 64) & 1 == 1 {
                    b.mem_mut().set_read_only(ppn, true);
                }
            }
            b.into_page_table(asid)
        })
}

/// One memory access to translate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Access {
    pub vaddr: u64,
    pub access: AccessType,
    pub ctx: Context,
}

pub fn arb_access_type() -> impl Strategy<Value = AccessType> {
    prop_oneof![
        Just(AccessType::Fetch),
        Just(AccessType::Load),
        Just(AccessType::Store)
    ]
}

/// S- or U-mode, with any SUM and MXR.
pub fn arb_context() -> impl Strategy<Value = Context> {
    let privilege = prop_oneof![Just(Privilege::Supervisor), Just(Privilege::User)];
    (privilege, any::<bool>(), any::<bool>()).prop_map(|(privilege, sum, mxr)| Context {
        privilege,
        sum,
        mxr,
    })
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
            let at = if delta < 0 {
                base.wrapping_sub(step)
            } else {
                base.wrapping_add(size)
            };
            at.wrapping_add_signed(delta)
        },
    );
    let canonical = any::<u64>().prop_map(sv39_canonical);
    let near = prop_oneof![3 => inside, 2 => edge, 1 => canonical];
    let non_canonical =
        (near.clone(), 39..64u32).prop_map(|(va, bit)| sv39_canonical(va) ^ (1 << bit));
    prop_oneof![9 => near, 1 => non_canonical]
}

/// An access at [`arb_vaddr`]`(mappings)` of any type, privilege, SUM, MXR.
pub fn arb_access(mappings: &[Mapping]) -> impl Strategy<Value = Access> {
    (arb_vaddr(mappings), arb_access_type(), arb_context())
        .prop_map(|(vaddr, access, ctx)| Access { vaddr, access, ctx })
}

/// A random table and `n` accesses aimed at it.
pub fn arb_table_and_accesses(
    n: std::ops::Range<usize>,
) -> impl Strategy<Value = (PageTable, Vec<Access>)> {
    arb_page_table().prop_flat_map(move |t| {
        let accesses = prop::collection::vec(arb_access(&t.mappings), n.clone());
        (Just(t), accesses)
    })
}
