//! Time and the timer interrupt: `time` counts at the device tree's
//! timebase frequency (10 MHz on QEMU virt and rvlab); each hart programs
//! its own next interrupt in `stimecmp` (Sstc), no M-mode help needed.

use core::sync::atomic::{AtomicU64, Ordering};

use crate::arch::csr;

/// Timer ticks per second of the periodic scheduler tick.
pub const TICK_HZ: u64 = 100;

static TIMEBASE_HZ: AtomicU64 = AtomicU64::new(10_000_000);

pub fn set_timebase(hz: u64) {
    if hz != 0 {
        TIMEBASE_HZ.store(hz, Ordering::Relaxed);
    }
}

pub fn timebase_hz() -> u64 {
    TIMEBASE_HZ.load(Ordering::Relaxed)
}

/// The `time` counter.
pub fn now() -> u64 {
    csr::time::read() as u64
}

/// Nanoseconds since boot.
pub fn now_ns() -> u64 {
    ticks_to_ns(now())
}

/// Nanoseconds in `ticks` of `time`.
pub fn ticks_to_ns(ticks: u64) -> u64 {
    (ticks as u128 * 1_000_000_000 / timebase_hz() as u128) as u64
}

/// `time` ticks in `ns` nanoseconds (rounded up).
pub fn ns_to_ticks(ns: u64) -> u64 {
    ((ns as u128 * timebase_hz() as u128).div_ceil(1_000_000_000)) as u64
}

/// Arms this hart's timer for the next periodic tick.
pub fn arm_next_tick() {
    csr::stimecmp::write((now() + timebase_hz() / TICK_HZ) as usize);
}

/// Disarms this hart's timer.
pub fn disarm() {
    csr::stimecmp::write(usize::MAX);
}
