//! Switching kernel threads (xv6's `swtch.S`): save the callee-saved
//! registers of the running kernel code into one `Context`, load another's.
//! Everything else is caller-saved, so the Rust code calling `swtch` has
//! already saved it on its own stack. `ra` decides where the new context
//! resumes: inside its own earlier `swtch` call, or at `fork_return` for a
//! process that has never run.

use core::arch::global_asm;

/// The registers `swtch` saves: ra, sp, s0..s11.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C)]
pub struct Context {
    pub ra: usize,
    pub sp: usize,
    pub s: [usize; 12],
}

extern "C" {
    /// Saves the current context into `old` and resumes `new`.
    ///
    /// # Safety
    /// `new` must be a context saved by `swtch` or prepared to start a
    /// function on a valid stack; `old` must stay valid until resumed.
    pub fn swtch(old: *mut Context, new: *const Context);
}

global_asm!(
    r#"
    .section .text
    .globl swtch
swtch:
    sd ra, 0(a0)
    sd sp, 8(a0)
    sd s0, 16(a0)
    sd s1, 24(a0)
    sd s2, 32(a0)
    sd s3, 40(a0)
    sd s4, 48(a0)
    sd s5, 56(a0)
    sd s6, 64(a0)
    sd s7, 72(a0)
    sd s8, 80(a0)
    sd s9, 88(a0)
    sd s10, 96(a0)
    sd s11, 104(a0)

    ld ra, 0(a1)
    ld sp, 8(a1)
    ld s0, 16(a1)
    ld s1, 24(a1)
    ld s2, 32(a1)
    ld s3, 40(a1)
    ld s4, 48(a1)
    ld s5, 56(a1)
    ld s6, 64(a1)
    ld s7, 72(a1)
    ld s8, 80(a1)
    ld s9, 88(a1)
    ld s10, 96(a1)
    ld s11, 104(a1)
    ret
"#
);
