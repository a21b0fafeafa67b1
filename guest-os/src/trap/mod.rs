//! Traps: the way into the kernel from user mode (`uservec` ->
//! `user::user_trap` -> syscall / page fault / timer -> `user::user_trap_return`
//! -> `userret`), and the way in from kernel mode (`kernelvec` ->
//! `kernel::kernel_trap`).
//!
//! Unlike xv6 there is no trampoline page: the kernel half is mapped in
//! every page table, so a trap does not switch `satp`. While a process runs
//! in user mode, `sscratch` holds the address of its trap frame and `stvec`
//! points at `uservec`; in the kernel, `stvec` points at `kernelvec`.

pub mod kernel;
pub mod user;

use core::arch::global_asm;

/// The user registers saved on a trap, and what `uservec` needs to enter
/// the kernel. Offsets are used by the assembly below.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C)]
pub struct TrapFrame {
    /// x0..x31; the x0 slot is unused.
    pub regs: [usize; 32],
    /// The user pc (sepc at the trap; where `sret` returns).
    pub sepc: usize,
    /// Top of the process's kernel stack.
    pub kernel_sp: usize,
    /// The hart id, for the kernel's `tp`.
    pub kernel_tp: usize,
}

/// Register numbers, for readability.
pub mod reg {
    pub const RA: usize = 1;
    pub const SP: usize = 2;
    pub const TP: usize = 4;
    pub const A0: usize = 10;
    pub const A7: usize = 17;
}

extern "C" {
    pub fn uservec();
    /// Restores the user registers from `tf` and returns to user mode.
    pub fn userret(tf: *const TrapFrame) -> !;
    pub fn kernelvec();
}

global_asm!(
    r#"
    .section .text
    .balign 4
    .globl uservec
uservec:
    # sscratch has the trap frame; swap it with the user's a0.
    csrrw   a0, sscratch, a0
    .irp n, 1,2,3,4,5,6,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    sd      x\n, \n*8(a0)
    .endr
    csrr    t0, sscratch
    sd      t0, 10*8(a0)
    csrr    t0, sepc
    sd      t0, 256(a0)
    ld      sp, 264(a0)
    ld      tp, 272(a0)
    # user_trap(tf) never returns here: it leaves through userret.
    call    user_trap
1:  j       1b

    .globl userret
userret:
    ld      t0, 256(a0)
    csrw    sepc, t0
    .irp n, 1,2,3,4,5,6,7,8,9,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    ld      x\n, \n*8(a0)
    .endr
    ld      a0, 10*8(a0)
    sret

    # A trap while in the kernel: save the caller-saved registers on the
    # current stack, handle it, return to the interrupted kernel code.
    .balign 4
    .globl kernelvec
kernelvec:
    # A broken stack pointer would make the first store below fault again,
    # and the trap recurse for ever: check it first (sscratch is free while
    # in the kernel), and report on a stack of the hart's own.
    csrw    sscratch, t0
    li      t0, {stack_floor}
    bltu    sp, t0, 1f
    csrr    t0, sscratch
    addi    sp, sp, -144
    sd      ra, 0(sp)
    sd      t0, 8(sp)
    sd      t1, 16(sp)
    sd      t2, 24(sp)
    sd      t3, 32(sp)
    sd      t4, 40(sp)
    sd      t5, 48(sp)
    sd      t6, 56(sp)
    sd      a0, 64(sp)
    sd      a1, 72(sp)
    sd      a2, 80(sp)
    sd      a3, 88(sp)
    sd      a4, 96(sp)
    sd      a5, 104(sp)
    sd      a6, 112(sp)
    sd      a7, 120(sp)
    call    kernel_trap
    ld      ra, 0(sp)
    ld      t0, 8(sp)
    ld      t1, 16(sp)
    ld      t2, 24(sp)
    ld      t3, 32(sp)
    ld      t4, 40(sp)
    ld      t5, 48(sp)
    ld      t6, 56(sp)
    ld      a0, 64(sp)
    ld      a1, 72(sp)
    ld      a2, 80(sp)
    ld      a3, 88(sp)
    ld      a4, 96(sp)
    ld      a5, 104(sp)
    ld      a6, 112(sp)
    ld      a7, 120(sp)
    addi    sp, sp, 144
    sret
1:  mv      a0, sp
    la      sp, emergency_stacks
    addi    t0, tp, 1
    slli    t0, t0, 12
    add     sp, sp, t0
    call    kernel_stack_broken

    .section .bss.emergency_stacks, "aw", @nobits
    .balign 16
emergency_stacks:
    .zero   4096 * {max_harts}
"#,
    stack_floor = const crate::mm::layout::VIRT_OFFSET + 0x8000_0000,
    max_harts = const crate::arch::start::MAX_HARTS,
);

/// Points this hart's traps at `kernelvec`.
pub fn init_hart() {
    crate::arch::csr::stvec::write(kernelvec as *const () as usize);
}
