//! Virtual memory: Sv39/Sv48 translation and the modeled TLB.
//!
//! Two things kept apart. [`translate`] is the page-table walk, a pure
//! function of `satp`, the virtual address, the access and physical memory
//! (reached through the [`PhysMemory`] trait), usable without a hart: users
//! property-test it directly. [`Tlb`] is the TLB the machine models, with a
//! configured geometry, whose hits and misses are counted and visible to the
//! guest through hpm counters.
//!
//! ```
//! use rvlab::mmu::{translate, AccessType, AdPolicy, Context, Mode, PhysMemory, Pte, PteFlags, Satp};
//! use rvlab::hart::Privilege;
//! use std::collections::HashMap;
//!
//! /// Physical memory as a sparse map of 64-bit words.
//! struct Mem(HashMap<u64, u64>);
//! impl PhysMemory for Mem {
//!     fn read_u64(&mut self, a: u64) -> Option<u64> { Some(*self.0.get(&a).unwrap_or(&0)) }
//!     fn write_u64(&mut self, a: u64, v: u64) -> bool { self.0.insert(a, v); true }
//! }
//!
//! // Root table at 0x8000_0000; one 1 GiB leaf mapping VA 0x4000_0000 to PA 0x8000_0000.
//! let mut mem = Mem(HashMap::new());
//! let leaf = Pte::new(0x8_0000, PteFlags::V | PteFlags::R | PteFlags::W | PteFlags::A | PteFlags::D);
//! mem.0.insert(0x8000_0000 + 1 * 8, leaf.0);
//! let satp = Satp { mode: Mode::Sv39, asid: 1, ppn: 0x8_0000 };
//! let ctx = Context { privilege: Privilege::Supervisor, sum: false, mxr: false };
//! let t = translate(&mut mem, satp, 0x4000_1234, AccessType::Load, ctx, AdPolicy::HardwareUpdate).unwrap();
//! assert_eq!(t.paddr, 0x8000_1234);
//! assert_eq!(t.level, 2);
//! ```

pub mod pte;
#[cfg(any(test, feature = "proptest"))]
pub mod strategy;
pub mod tlb;
pub mod walk;

pub use pte::{Mode, Pte, PteFlags, Satp};
pub use tlb::{Replacement, Tlb, TlbConfig, TlbEntry, TlbStats};
pub use walk::{
    is_canonical, leaf_permits, page_size, translate, AccessType, AdPolicy, Context, Fault,
    PhysMemory, Translation,
};

/// The MMU configuration of each hart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MmuConfig {
    pub itlb: TlbConfig,
    pub dtlb: TlbConfig,
    pub ad: AdPolicy,
}
