//! Inter-processor interrupts. S-mode has no way to interrupt another hart
//! by itself: it sets the target's `msip` in the CLINT, which raises a
//! machine software interrupt there, and the M-mode start code's `m_trap`
//! passes it on as a supervisor software interrupt (sip.SSIP). Why the hart
//! was interrupted is in its `PENDING` word, so several reasons can share
//! one interrupt.

use core::ptr::write_volatile;
use core::sync::atomic::{AtomicU32, Ordering};

use super::csr::{self, interrupt_bits};
use super::start::MAX_HARTS;
use crate::mm::layout::{phys_to_virt, CLINT_BASE};

/// The target should look at its run queue (a task was queued there).
pub const RESCHEDULE: u32 = 1 << 0;
/// The target should carry out the TLB shootdown in `mm::tlb`.
pub const TLB_FLUSH: u32 = 1 << 1;

static PENDING: [AtomicU32; MAX_HARTS] = [const { AtomicU32::new(0) }; MAX_HARTS];

/// Interrupts `hart` for `reason`.
pub fn send(hart: usize, reason: u32) {
    if hart >= MAX_HARTS {
        return;
    }
    PENDING[hart].fetch_or(reason, Ordering::AcqRel);
    let msip = phys_to_virt(CLINT_BASE + 4 * hart) as *mut u32;
    // SAFETY: the CLINT is mapped in the kernel half; msip is a 32-bit
    // register whose only effect is to interrupt that hart.
    unsafe { write_volatile(msip, 1) };
}

/// Takes this hart's pending reasons (and clears sip.SSIP, which only IPIs
/// set), so each request is seen once.
pub fn take() -> u32 {
    csr::sip::clear(interrupt_bits::SSI);
    PENDING[csr::hart_id()].swap(0, Ordering::AcqRel)
}

/// Clears one reason on this hart (its handler is running now).
pub fn clear(reason: u32) {
    PENDING[csr::hart_id()].fetch_and(!reason, Ordering::AcqRel);
}

/// Whether this hart has a shootdown waiting (checked while spinning for a
/// lock, with interrupts off).
pub fn flush_pending() -> bool {
    PENDING[csr::hart_id()].load(Ordering::Acquire) & TLB_FLUSH != 0
}
