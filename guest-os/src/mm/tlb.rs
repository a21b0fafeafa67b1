//! TLB maintenance for user mappings: the one place the kernel goes after
//! it removes a user mapping or takes a permission away (munmap, mprotect,
//! copy-on-write write-protection at fork, a copy-on-write fault replacing
//! a frame, megapage splits). Adding a mapping or a permission is not
//! flushed eagerly: a hart that still holds the old entry faults, and the
//! fault path (fault.rs) flushes that one page when it finds the page
//! already fine.
//!
//! Several harts may run threads of one address space, and a hart keeps a
//! space's entries after switching away (they are tagged with its ASID), so
//! the flush goes to every hart that has used the space (`AddrSpace::harts`)
//! as a shootdown (`shootdown.rs`); the others cannot hold its entries.

use super::shootdown;

/// Forgets the TLB entries of address space `asid` on this hart and on the
/// harts in `harts`: `pages` pages from `va`, or every user entry of that
/// space with `None`.
pub fn flush_user(asid: u16, harts: u64, va: Option<usize>, pages: usize) {
    shootdown::flush_user(harts, asid as usize, va, pages);
}
