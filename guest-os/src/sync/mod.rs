//! Synchronization. The kernel is not preemptible: kernel code runs with
//! interrupts off (except in the idle loop), so on one hart nothing can
//! interleave with it, and the big kernel lock (`bkl`) keeps the harts'
//! kernel code apart; spin locks guard what several harts share.
//! `PerHart` holds data that only its own hart ever touches.

pub mod bkl;

use core::cell::UnsafeCell;

use crate::arch::csr::hart_id;
use crate::arch::start::MAX_HARTS;

/// A spin lock (from the `spin` crate). Never held across a context switch.
pub type SpinLock<T> = spin::Mutex<T>;

/// One `T` per hart, each reachable only from its own hart.
pub struct PerHart<T> {
    slots: [UnsafeCell<T>; MAX_HARTS],
}

// SAFETY: each slot is only accessed by the hart whose id indexes it
// (`get` uses `tp`), so no two harts share a `T`.
unsafe impl<T: Send> Sync for PerHart<T> {}

impl<T> PerHart<T> {
    pub const fn new(slots: [UnsafeCell<T>; MAX_HARTS]) -> PerHart<T> {
        PerHart { slots }
    }

    /// This hart's slot, as a raw pointer.
    ///
    /// Dereferencing it is sound while no other reference to the slot is
    /// alive on this hart; kernel code runs with interrupts off and the
    /// interrupt handlers do not touch per-hart data, so a short-lived
    /// access cannot be interrupted by another.
    pub fn get(&self) -> *mut T {
        self.slots[hart_id()].get()
    }
}
