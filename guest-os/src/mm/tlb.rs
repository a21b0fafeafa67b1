//! TLB maintenance for user mappings: the one place the kernel goes after
//! it removes a user mapping or takes a permission away (munmap, mprotect,
//! copy-on-write write-protection at fork, a copy-on-write fault replacing
//! a frame, megapage splits). Adding a mapping or a permission is not
//! flushed eagerly: a hart that still holds the old entry faults, and the
//! fault path (fault.rs) flushes that one page when it finds the page
//! already fine.
//!
//! Today user work runs on one hart and this is a local `sfence.vma`
//! restricted to the space's ASID. With several harts running threads of
//! the same process, this is where the cross-hart shootdown goes.

use crate::arch::csr;

/// Forgets the TLB entries of address space `asid`: the page holding `va`,
/// or every user entry of that space with `None`. ASID 0 (no ASIDs on
/// this machine) flushes every ASID's entries for the address.
pub fn flush_user(asid: u16, va: Option<usize>) {
    match (asid, va) {
        (0, Some(va)) => csr::sfence_vma_va(va),
        (0, None) => csr::sfence_vma_all(),
        (asid, Some(va)) => csr::sfence_vma_page(va, asid as usize),
        (asid, None) => csr::sfence_vma_asid(asid as usize),
    }
}
