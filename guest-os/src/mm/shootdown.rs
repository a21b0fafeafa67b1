//! TLB shootdown: a hart that changes a mapping another hart may have
//! cached (a user page unmapped or made less accessible, an ASID handed out
//! again, a kernel stack freed) must make every hart drop it, not only
//! itself: `sfence.vma` is local. The initiator flushes its own TLB, posts
//! what to flush, interrupts the other harts and waits until each has
//! flushed. Initiators hold the big kernel lock, so there is one request at
//! a time; waiters answer while they spin for that lock (`sync::bkl`).

use core::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use super::layout::PAGE_SIZE;
use crate::arch::{csr, ipi};

/// Harts that have switched to the kernel page table and take IPIs.
static ONLINE: AtomicU64 = AtomicU64::new(0);

/// The request: what to flush, and which harts have not yet done it.
static ASID: AtomicUsize = AtomicUsize::new(0);
static VA: AtomicUsize = AtomicUsize::new(0);
static PAGES: AtomicUsize = AtomicUsize::new(0);
static WAITING: AtomicU64 = AtomicU64::new(0);

/// Any address space, or any address.
const ALL: usize = usize::MAX;
/// Beyond this many pages one flush of the whole space is cheaper.
const MAX_PAGES: usize = 32;

/// This hart takes part in shootdowns from now on.
pub fn online() {
    ONLINE.fetch_or(1 << csr::hart_id(), Ordering::AcqRel);
}

/// The harts that are online, as a bit mask.
pub fn online_mask() -> u64 {
    ONLINE.load(Ordering::Acquire)
}

/// Flushes `pages` pages from `va` (`None`: all) of address space `asid`
/// on this hart and on the harts in `harts`.
pub fn flush_user(harts: u64, asid: usize, va: Option<usize>, pages: usize) {
    flush(harts, asid, va.unwrap_or(ALL), pages);
}

/// Flushes every entry of address space `asid` on every hart.
pub fn flush_asid(asid: usize) {
    flush(online_mask(), asid, ALL, 0);
}

/// Flushes `pages` global (kernel) pages from `va` on every hart.
pub fn flush_global(va: usize, pages: usize) {
    flush(online_mask(), ALL, va, pages);
}

fn local(asid: usize, va: usize, pages: usize) {
    match (asid, va) {
        (ALL, ALL) => csr::sfence_vma_all(),
        (asid, ALL) => csr::sfence_vma_asid(asid),
        (ALL, _) if pages > MAX_PAGES => csr::sfence_vma_all(),
        (asid, _) if pages > MAX_PAGES => csr::sfence_vma_asid(asid),
        (ALL, va) => (0..pages).for_each(|i| csr::sfence_vma_va(va + i * PAGE_SIZE)),
        (asid, va) => (0..pages).for_each(|i| csr::sfence_vma_page(va + i * PAGE_SIZE, asid)),
    }
}

fn flush(harts: u64, asid: usize, va: usize, pages: usize) {
    local(asid, va, pages);
    let me = csr::hart_id();
    let others = harts & online_mask() & !(1 << me);
    if others == 0 {
        return;
    }
    ASID.store(asid, Ordering::Relaxed);
    VA.store(va, Ordering::Relaxed);
    PAGES.store(pages, Ordering::Relaxed);
    WAITING.store(others, Ordering::Release);
    for hart in 0..64 {
        if others & (1 << hart) != 0 {
            ipi::send(hart, ipi::TLB_FLUSH);
        }
    }
    while WAITING.load(Ordering::Acquire) != 0 {
        core::hint::spin_loop();
    }
}

/// Carries out the posted request on this hart (from its IPI handler or
/// while it spins for the kernel lock).
pub fn service() {
    ipi::clear(ipi::TLB_FLUSH);
    let me = 1u64 << csr::hart_id();
    if WAITING.load(Ordering::Acquire) & me == 0 {
        return;
    }
    local(ASID.load(Ordering::Relaxed), VA.load(Ordering::Relaxed), PAGES.load(Ordering::Relaxed));
    WAITING.fetch_and(!me, Ordering::AcqRel);
}
