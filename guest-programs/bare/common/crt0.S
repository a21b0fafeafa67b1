/*
 * Entry point of the bare-metal C programs: the board's reset code jumps
 * here in M-mode with a0 = hart id and a1 = device tree (both ignored).
 *
 * Sets up what C needs and nothing more: gp, a stack, a zeroed .bss, the FPU
 * switched on, a trap vector that reports instead of hanging; then
 * `bare_exit(main())`.
 *
 * Every other hart parks until `bare_start_hart` (bare.c) hands it a
 * function and a stack and rings its CLINT msip: it then gets the same gp,
 * trap vector and FPU as hart 0 and calls fn(hartid), parking again if fn
 * returns.
 */
#include "bare.h"

    .section .text.init, "ax", @progbits
    .globl _start
_start:
    /* Only hart 0 runs the program; any other hart waits forever. */
    csrr    t0, mhartid
    bnez    t0, park

    /* gp must be set without relaxation, or the assembler would address
       __global_pointer$ relative to the (still unset) gp itself. */
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop

    la      sp, __stack_top

    la      t0, bare_trap_entry
    csrw    mtvec, t0

    /* Zero .bss: C expects static variables without initializer to be 0. */
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
2:
    /* mstatus.FS (bits 14:13) resets to Off, where every FP instruction
       traps; gcc uses FP registers even in integer code (-march=rv64gc), so
       set it to Initial before any C runs. */
    li      t0, (1 << 13)
    csrs    mstatus, t0
    csrw    fcsr, zero

    call    main
    /* a0 holds main's return value. */
    call    bare_exit

/*
 * Harts other than 0 (and hart 0 should it ever get here) sleep in wfi.
 * Only MSIE is enabled in mie, and mstatus.MIE stays 0: a software
 * interrupt ends the wfi without taking a trap. A hart that wakes to an
 * empty slot in bare_hart_starts (16 bytes per hart: fn, stack top) goes
 * back to sleep.
 */
park:
    /* gp first: the linker turns `la` of small data into gp-relative
       addressing, which needs it. */
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    csrr    t0, mhartid
    li      t1, (1 << 3)            /* mie.MSIE */
    csrw    mie, t1
1:  wfi
    li      t1, BARE_MAX_HARTS
    bgeu    t0, t1, 1b
    la      t1, bare_hart_starts
    slli    t2, t0, 4
    add     t1, t1, t2
    ld      t2, 0(t1)               /* fn */
    beqz    t2, 1b
    fence                           /* read the stack after fn (bare.c) */
    sd      zero, 0(t1)             /* taken: the next wake parks again */
    li      t3, BARE_CLINT_MSIP     /* this hart's msip := 0 */
    slli    t4, t0, 2
    add     t3, t3, t4
    sw      zero, 0(t3)
    ld      sp, 8(t1)
    la      t1, bare_trap_entry
    csrw    mtvec, t1
    li      t1, (1 << 13)           /* mstatus.FS = Initial, as for hart 0 */
    csrs    mstatus, t1
    csrw    fcsr, zero
    mv      a0, t0
    jalr    t2
    j       park

/*
 * Any trap is a bug in a program that enables no interrupts: hand the cause
 * to C, which prints it and exits with a failure code.
 */
    .align  2
bare_trap_entry:
    la      sp, __stack_top
    csrr    a0, mcause
    csrr    a1, mepc
    csrr    a2, mtval
    call    bare_trap
    j       park
