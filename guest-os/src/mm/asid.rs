//! Address-space identifiers: each user address space gets its own ASID, so
//! switching processes is a `satp` write without a TLB flush; the TLB keeps
//! the entries of several processes at once. The kernel's mappings are
//! global (PTE.G) and ignore the ASID. ASID 0 is the kernel's; if the
//! hardware has too few ASID bits, every process shares ASID 0 and a
//! switch flushes the TLB instead.
//!
//! A freed ASID may still have entries in any hart's TLB, so it is flushed
//! everywhere (a shootdown) when it is handed out again.

use alloc::vec::Vec;
use spin::Mutex;

use crate::arch::csr;

struct Pool {
    /// Largest usable ASID (0 = none: share 0 and flush).
    max: usize,
    next: usize,
    free: Vec<u16>,
}

static POOL: Mutex<Pool> = Mutex::new(Pool { max: 0, next: 1, free: Vec::new() });

/// Finds how many ASID bits `satp` holds (the spec's recommended probe:
/// write all ones and read back), on the current page table.
pub fn probe() {
    let satp = csr::satp::read();
    let all = satp | (csr::satp_bits::ASID_MASK << csr::satp_bits::ASID_SHIFT);
    csr::satp::write(all);
    let max = (csr::satp::read() >> csr::satp_bits::ASID_SHIFT) & csr::satp_bits::ASID_MASK;
    csr::satp::write(satp);
    csr::sfence_vma_all();
    // A handful of ASIDs is not worth the bookkeeping.
    POOL.lock().max = if max >= 15 { max } else { 0 };
}

/// The number of usable ASIDs (0 = none).
pub fn max() -> usize {
    POOL.lock().max
}

/// A fresh ASID with no stale TLB entries on any hart (0 if none left).
pub fn alloc() -> u16 {
    let mut pool = POOL.lock();
    let asid = if let Some(asid) = pool.free.pop() {
        asid
    } else if pool.next <= pool.max {
        pool.next += 1;
        (pool.next - 1) as u16
    } else {
        return 0;
    };
    drop(pool);
    super::shootdown::flush_asid(asid as usize);
    asid
}

pub fn free(asid: u16) {
    if asid != 0 {
        POOL.lock().free.push(asid);
    }
}
