//! Property tests of rvlab's MMU through its public API: `mmu::translate`
//! against an independent reference walker written from the privileged
//! spec (`model`), and the modeled `Tlb` against what `sfence.vma` and a
//! cache of translations must do. Inputs come from the crate's own public
//! strategies, `rvlab::mmu::strategy`.

mod model;
mod permissions;
mod tlb;
mod translate;
