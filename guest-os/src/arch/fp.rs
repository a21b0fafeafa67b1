//! Per-process floating-point state (f0..f31 and fcsr).
//!
//! The design is lazy, driven by `sstatus.FS`: the hardware marks FS Dirty
//! when a program writes an FP register. When a process stops running, its
//! registers are saved only if FS says Dirty; when a process is about to
//! return to user mode, they are loaded only if this hart's FP registers
//! hold somebody else's state (`Cpu::fp_owner`). A process that never
//! touches FP costs nothing, and a hart switching back and forth between
//! one FP user and idle never reloads. The kernel itself uses no FP.

use core::arch::global_asm;

use super::csr::{self, sstatus_bits};

/// Saved FP registers.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct FpState {
    pub f: [u64; 32],
    pub fcsr: u64,
}

impl FpState {
    pub const fn new() -> FpState {
        FpState { f: [0; 32], fcsr: 0 }
    }
}

extern "C" {
    fn fp_save_asm(to: *mut FpState);
    fn fp_restore_asm(from: *const FpState);
}

/// Whether the live FP registers changed since they were last loaded/saved.
pub fn is_dirty() -> bool {
    csr::sstatus::read() & sstatus_bits::FS_MASK == sstatus_bits::FS_DIRTY
}

/// Saves the live FP registers and marks them Clean.
pub fn save(to: &mut FpState) {
    // SAFETY: writes 33 doublewords to a valid FpState; FS is not Off
    // (the kernel never sets it Off).
    unsafe { fp_save_asm(to) };
    set_clean();
}

/// Loads FP registers and marks them Clean.
pub fn restore(from: &FpState) {
    // SAFETY: reads a valid FpState.
    unsafe { fp_restore_asm(from) };
    set_clean();
}

fn set_clean() {
    csr::sstatus::clear(sstatus_bits::FS_MASK);
    csr::sstatus::set(sstatus_bits::FS_CLEAN);
}

global_asm!(
    r#"
    .section .text
    .option push
    .option arch, +d
    .globl fp_save_asm
fp_save_asm:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    fsd f\n, \n*8(a0)
    .endr
    frcsr t0
    sd t0, 256(a0)
    ret

    .globl fp_restore_asm
fp_restore_asm:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    fld f\n, \n*8(a0)
    .endr
    ld t0, 256(a0)
    fscsr t0
    ret
    .option pop
"#
);
