/*
 * Entry point of the bare-metal C programs: the board's reset code jumps
 * here in M-mode with a0 = hart id and a1 = device tree (both ignored).
 *
 * Sets up what C needs and nothing more: gp, a stack, a zeroed .bss, the FPU
 * switched on, a trap vector that reports instead of hanging; then
 * `bare_exit(main())`.
 */
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

park:
    wfi
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
