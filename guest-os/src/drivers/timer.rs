//! Time and the timer interrupt: `time` counts at the device tree's
//! timebase frequency (10 MHz on QEMU virt and rvlab); each hart programs
//! its own next interrupt in `stimecmp` (Sstc), no M-mode help needed.
//! The scheduler's tick rate is `tick=HZ` on the command line (default
//! 100); with `tickless` the scheduler arms the timer only for what needs
//! it (`sched::clock`).

use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::arch::csr;

/// The clock tick user programs see (AT_CLKTCK, times()): Linux's USER_HZ,
/// whatever the scheduler's tick.
pub const USER_HZ: u64 = 100;

static TICK_HZ: AtomicU64 = AtomicU64::new(100);
static TICKLESS: AtomicBool = AtomicBool::new(false);

/// Sets the periodic tick's rate (1..=10000 Hz) and whether it is off.
pub fn set_tick(hz: u64, tickless: bool) {
    TICK_HZ.store(hz.clamp(1, 10_000), Ordering::Relaxed);
    TICKLESS.store(tickless, Ordering::Relaxed);
}

pub fn tick_hz() -> u64 {
    TICK_HZ.load(Ordering::Relaxed)
}

pub fn tickless() -> bool {
    TICKLESS.load(Ordering::Relaxed)
}

/// `time` ticks between periodic scheduler ticks.
pub fn tick_period() -> u64 {
    (timebase_hz() / tick_hz()).max(1)
}

/// How often waits that must poll (the console, ppoll) look again: 10 ms.
pub fn poll_interval() -> u64 {
    timebase_hz() / 100
}

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

/// Arms this hart's timer for `time` value `at`.
pub fn arm_at(at: u64) {
    csr::stimecmp::write(at as usize);
}

/// Disarms this hart's timer.
pub fn disarm() {
    csr::stimecmp::write(usize::MAX);
}
