//! The big kernel lock (Linux 2.0's, FreeBSD 4's): kernel code runs on one
//! hart at a time, user code on all of them. A hart takes it when it enters
//! the kernel from user mode and gives it back on the way out; the
//! scheduler loop holds it except while idle, and it stays held across
//! `swtch`, so a process switching out and the hart switching it in never
//! overlap. Everything that was correct for one hart stays correct; the
//! spin locks inside still say what is shared.
//!
//! It is a ticket lock, so harts get it in the order they asked (fair, and
//! the same order on every run of the deterministic machine). A hart that
//! waits for it keeps answering TLB shootdowns, because the holder may be
//! waiting for exactly that.

use core::sync::atomic::{AtomicUsize, Ordering};

use crate::arch::{csr, ipi};

static NEXT_TICKET: AtomicUsize = AtomicUsize::new(0);
static NOW_SERVING: AtomicUsize = AtomicUsize::new(0);
/// The holder's hart id + 1 (0 = free), for assertions.
static OWNER: AtomicUsize = AtomicUsize::new(0);

/// Takes the lock (interrupts must be off).
pub fn acquire() {
    let ticket = NEXT_TICKET.fetch_add(1, Ordering::Relaxed);
    while NOW_SERVING.load(Ordering::Acquire) != ticket {
        if ipi::flush_pending() {
            crate::mm::shootdown::service();
        }
        core::hint::spin_loop();
    }
    OWNER.store(csr::hart_id() + 1, Ordering::Relaxed);
}

/// Gives the lock back (the caller holds it).
pub fn release() {
    debug_assert!(held());
    OWNER.store(0, Ordering::Relaxed);
    NOW_SERVING.fetch_add(1, Ordering::Release);
}

/// Whether this hart holds the lock.
pub fn held() -> bool {
    OWNER.load(Ordering::Relaxed) == csr::hart_id() + 1
}
