//! The rvlab trace device (docs/trace-device.md): the kernel tells the host
//! what hardware cannot see (process created, exec, context switch, exit,
//! page faults resolved, OOM kills, fork's page counts).
//! Found through the device tree; on QEMU it is absent and every call here
//! does nothing.

use core::ptr::write_volatile;
use core::sync::atomic::{AtomicBool, Ordering};

use crate::arch::csr::hart_id;
use crate::mm::layout::{phys_to_virt, virt_to_phys, TRACE_BASE};

static PRESENT: AtomicBool = AtomicBool::new(false);

const BANK_SIZE: usize = 0x40;
const MAX_BANKS: usize = 8;

/// Event codes.
pub const CREATED: u64 = 1;
pub const EXEC: u64 = 2;
pub const SWITCH: u64 = 3;
pub const EXIT: u64 = 4;
pub const PAGE_FAULT: u64 = 5;
/// Out-of-memory kill: pid, its resident pages.
pub const OOM_KILL: u64 = 6;
/// Fork: child pid, pages shared copy-on-write, pages copied.
pub const FORK: u64 = 7;
pub const ARRIVAL: u64 = 8;
pub const SCHEDULER: u64 = 9;

pub fn set_present(present: bool) {
    PRESENT.store(present, Ordering::Relaxed);
}

/// Emits `code` with four arguments from this hart's bank.
pub fn event(code: u64, args: [u64; 4]) {
    let hart = hart_id();
    if !PRESENT.load(Ordering::Relaxed) || hart >= MAX_BANKS {
        return;
    }
    let bank = phys_to_virt(TRACE_BASE + BANK_SIZE * hart) as *mut u64;
    // SAFETY: the trace page is mapped in the kernel half; this hart's bank
    // is written by this hart only.
    unsafe {
        for (i, arg) in args.iter().enumerate() {
            write_volatile(bank.add(i), *arg);
        }
        write_volatile(bank.add(4), code);
    }
}

/// The exec event: the name is passed by physical address.
pub fn exec(pid: usize, name: &str) {
    let len = name.len().min(255) as u64;
    event(EXEC, [pid as u64, virt_to_phys(name.as_ptr() as usize) as u64, len, 0]);
}
