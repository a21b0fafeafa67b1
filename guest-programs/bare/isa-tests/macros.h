/*
 * macros.h: the test harness shared by every ISA test program.
 *
 * Each test program is one bare-metal M-mode image (see link.ld) that talks to
 * its host through HTIF: it writes a 64-bit value to the `tohost` symbol and
 * spins.  The value is
 *
 *     1                       every test passed
 *     (code << 1) | 1         failure; `code` says which (below)
 *
 * and `code` is one of
 *
 *     testnum                             test number `testnum` got a wrong answer
 *     (testnum << 16) | (cause << 8) | 0xff
 *                                         an unexpected trap during test
 *                                         `testnum`, mcause & 0xff == cause
 *     0xff                                failure before the first test
 *
 * QEMU's HTIF exits with status `code`, which the shell truncates to 8 bits.
 * Test numbers are therefore kept away from 0 and 0xff modulo 256 (the
 * assembler checks): a wrong answer never looks like a pass (status 0), and
 * status 255 always means "unexpected trap" (the full tohost value, kept in
 * `tohost` and in trap_mcause/trap_mepc/trap_mtval, says where and why).
 *
 * Register conventions inside a test program:
 *     tp (x4)   TESTNUM, the number of the running test (the fail path reads it)
 *     t5, t6    scratch for these macros and for the trap handler; test code
 *               may use them only between traps and never across a macro
 *     sp        a small stack at stack_top (from link.ld)
 * Everything else is free for the tests.
 *
 * Comments in this file are C comments: `#` starts a preprocessor directive
 * and is the stringify operator inside a macro body.
 */
#ifndef RVLAB_ISA_TEST_MACROS_H
#define RVLAB_ISA_TEST_MACROS_H

#define TESTNUM tp

/* ------------------------------------------------------------------------- */
/* CSR bits the tests need (privileged spec, machine-level CSRs).            */

#define MSTATUS_MIE     (1 << 3)
#define MSTATUS_MPIE    (1 << 7)
#define MSTATUS_MPP     (3 << 11)
#define MSTATUS_MPP_M   (3 << 11)
#define MSTATUS_FS      (3 << 13)
#define MSTATUS_FS_INIT (1 << 13)
#define MSTATUS_MPRV    (1 << 17)

#define CAUSE_MISALIGNED_FETCH  0
#define CAUSE_FETCH_ACCESS      1
#define CAUSE_ILLEGAL_INSN      2
#define CAUSE_BREAKPOINT        3
#define CAUSE_MISALIGNED_LOAD   4
#define CAUSE_LOAD_ACCESS       5
#define CAUSE_MISALIGNED_STORE  6
#define CAUSE_STORE_ACCESS      7
#define CAUSE_ECALL_U           8
#define CAUSE_ECALL_S           9
#define CAUSE_ECALL_M           11

/* fflags bits (F extension): NV DZ OF UF NX from bit 4 down to bit 0. */
#define FF_NX 0x01
#define FF_UF 0x02
#define FF_OF 0x04
#define FF_DZ 0x08
#define FF_NV 0x10

/* Rounding-mode field values (frm, and the rm field of an instruction). */
#define RM_RNE 0
#define RM_RTZ 1
#define RM_RDN 2
#define RM_RUP 3
#define RM_RMM 4

/* ------------------------------------------------------------------------- */
/* Program skeleton.                                                          */

/*
 * TEST_PROGRAM_BEGIN: the entry point.  Puts the machine in a known state:
 * every trap goes to trap_entry, no interrupt can be taken (mie = 0,
 * mstatus.MIE = 0), the FPU is on (mstatus.FS = Initial) with fcsr = 0, and
 * sp points at the stack.  Then jumps to the tests (in .text, which a test
 * may align further than .text.init ends).
 */
#define TEST_PROGRAM_BEGIN                                                  \
        .section .text.init, "ax", @progbits;                               \
        .globl _start;                                                      \
_start:                                                                     \
        .option push; .option norvc;                                        \
        la t0, trap_entry;                                                  \
        csrw mtvec, t0;                                                     \
        csrw mie, zero;                                                     \
        csrci mstatus, MSTATUS_MIE;                                         \
        li t0, MSTATUS_FS_INIT;                                             \
        csrs mstatus, t0;                                                   \
        csrw fcsr, zero;                                                    \
        la sp, stack_top;                                                   \
        li TESTNUM, 0;                                                      \
        j test_body;                                                        \
        .option pop;                                                        \
        .text;                                                              \
test_body:

/*
 * TEST_PROGRAM_END: reached when all tests passed.  Also emits the pass and
 * fail paths, the trap handler and the HTIF mailbox.
 */
#define TEST_PROGRAM_END                                                    \
        j pass;                                                             \
        HARNESS_CODE;                                                       \
        HARNESS_DATA

/* ------------------------------------------------------------------------- */
/* Test numbers.                                                              */

/*
 * TEST_BEGIN(n): start test n.  Rejects, at assembly time, numbers that
 * would be ambiguous in an 8-bit exit status, and defines a label test_<n>
 * (so a duplicate number is an assembly error and objdump shows the test).
 */
#define TEST_BEGIN(n)                                                       \
        .if ((n) < 1) || ((n) > 0xffff) || (((n) & 0xff) == 0) || (((n) & 0xff) == 0xff); \
        .error "test number out of range or 0/255 modulo 256";              \
        .endif;                                                             \
test_ ## n:                                                                 \
        li TESTNUM, n

/* ------------------------------------------------------------------------- */
/* Generic checks.                                                            */

/* Run `code`, then fail unless register `reg` equals the constant `expected`. */
#define TEST_CASE(n, reg, expected, ...)                                    \
        TEST_BEGIN(n);                                                      \
        __VA_ARGS__;                                                        \
        li t6, expected;                                                    \
        bne reg, t6, fail

/* Run `code`, then fail unless registers `ra_` and `rb_` are equal. */
#define TEST_EQ(n, ra_, rb_, ...)                                           \
        TEST_BEGIN(n);                                                      \
        __VA_ARGS__;                                                        \
        bne ra_, rb_, fail

/* Fail unless `reg` holds the address of `label`. */
#define CHECK_ADDR(reg, label)                                              \
        la t6, label;                                                       \
        bne reg, t6, fail

/* Fail unless `reg` holds the constant `expected`. */
#define CHECK_VAL(reg, expected)                                            \
        li t6, expected;                                                    \
        bne reg, t6, fail

/* ------------------------------------------------------------------------- */
/* Integer helpers.  Sources are a1/a2, the result is a0.                    */

/* rd = op(rs1, rs2) with distinct registers. */
#define TEST_RR(n, op, expected, v1, v2)                                    \
        TEST_CASE(n, a0, expected, li a1, v1; li a2, v2; op a0, a1, a2)

/* rd = op(rd, rs2): the destination is also the first source. */
#define TEST_RR_RD_RS1(n, op, expected, v1, v2)                             \
        TEST_CASE(n, a0, expected, li a0, v1; li a2, v2; op a0, a0, a2)

/* rd = op(rs1, rd): the destination is also the second source. */
#define TEST_RR_RD_RS2(n, op, expected, v1, v2)                             \
        TEST_CASE(n, a0, expected, li a1, v1; li a0, v2; op a0, a1, a0)

/* rd = op(rd, rd). */
#define TEST_RR_ALL_SAME(n, op, expected, v)                                \
        TEST_CASE(n, a0, expected, li a0, v; op a0, a0, a0)

/* x0 as a source reads zero, x0 as a destination stays zero. */
#define TEST_RR_X0_RS1(n, op, expected, v2)                                 \
        TEST_CASE(n, a0, expected, li a2, v2; op a0, x0, a2)
#define TEST_RR_X0_RS2(n, op, expected, v1)                                 \
        TEST_CASE(n, a0, expected, li a1, v1; op a0, a1, x0)
#define TEST_RR_X0_RD(n, op, v1, v2)                                        \
        TEST_CASE(n, x0, 0, li a1, v1; li a2, v2; op x0, a1, a2)

/* rd = op(rs1, imm). */
#define TEST_RI(n, op, expected, v1, imm)                                   \
        TEST_CASE(n, a0, expected, li a1, v1; op a0, a1, imm)
#define TEST_RI_RD_RS1(n, op, expected, v1, imm)                            \
        TEST_CASE(n, a0, expected, li a0, v1; op a0, a0, imm)
#define TEST_RI_X0_RS1(n, op, expected, imm)                                \
        TEST_CASE(n, a0, expected, op a0, x0, imm)
#define TEST_RI_X0_RD(n, op, v1, imm)                                       \
        TEST_CASE(n, x0, 0, li a1, v1; op x0, a1, imm)

/* Branches: `br a1, a2` must (or must not) be taken, forwards and backwards. */
#define TEST_BR_TAKEN(n, br, v1, v2)                                        \
        TEST_BEGIN(n);                                                      \
        li a1, v1; li a2, v2;                                               \
        br a1, a2, 1f;                                                      \
        j fail;                                                             \
1:      j 3f;                                                               \
2:      j 4f;                                                               \
3:      br a1, a2, 2b;                                                      \
        j fail;                                                             \
4:
#define TEST_BR_NOT_TAKEN(n, br, v1, v2)                                    \
        TEST_BEGIN(n);                                                      \
        li a1, v1; li a2, v2;                                               \
        br a1, a2, 2f;                                                      \
        j 3f;                                                               \
1:      j fail;                                                             \
2:      j fail;                                                             \
3:      br a1, a2, 1b

/*
 * Loads and stores go through the symbol `base` with an immediate offset.
 * TEST_LOAD: `ld_ a0, off(base)` must give `expected`.
 * TEST_STORE: after `st_ value, off(base)`, `ld_ a0, off(base)` must give
 * `expected` (so a store of a wide value into a narrow slot checks truncation).
 */
#define TEST_LOAD(n, ld_, expected, base, off)                              \
        TEST_CASE(n, a0, expected, la a1, base; ld_ a0, off(a1))
#define TEST_STORE(n, st_, ld_, expected, value, base, off)                 \
        TEST_CASE(n, a0, expected,                                          \
                  la a1, base; li a2, value; st_ a2, off(a1); ld_ a0, off(a1))

/* ------------------------------------------------------------------------- */
/* Floating-point helpers.                                                    */
/*
 * Inputs are raw IEEE bit patterns, moved in with fmv.w.x / fmv.d.x, so the
 * tests do not depend on the assembler's float parsing.  The instruction
 * under test runs with fflags cleared; the FP result (in fa3) is read back
 * with fmv.x.d, so single-precision results are checked NaN-boxed (upper 32
 * bits all ones).  Integer results go to a0.  `code` is free-form so it can
 * name a static rounding mode or set frm first.
 */

#define FP_SET_S(freg, bits)   li t5, bits; fmv.w.x freg, t5
#define FP_SET_D(freg, bits)   li t5, bits; fmv.d.x freg, t5

#define CHECK_FFLAGS(flags)                                                 \
        frflags t5;                                                         \
        li t6, flags;                                                       \
        bne t5, t6, fail

/* Single: fa3 = code(fa0, fa1, fa2); check fa3's boxed bits and fflags. */
#define TEST_FP_S(n, bits, flags, a, b, c, ...)                             \
        TEST_BEGIN(n);                                                      \
        FP_SET_S(fa0, a); FP_SET_S(fa1, b); FP_SET_S(fa2, c);               \
        fsflags zero;                                                       \
        __VA_ARGS__;                                                        \
        CHECK_FFLAGS(flags);                                                \
        fmv.x.d a0, fa3;                                                    \
        li t6, (0xffffffff00000000 | (bits));                               \
        bne a0, t6, fail

/* Double: fa3 = code(fa0, fa1, fa2). */
#define TEST_FP_D(n, bits, flags, a, b, c, ...)                             \
        TEST_BEGIN(n);                                                      \
        FP_SET_D(fa0, a); FP_SET_D(fa1, b); FP_SET_D(fa2, c);               \
        fsflags zero;                                                       \
        __VA_ARGS__;                                                        \
        CHECK_FFLAGS(flags);                                                \
        fmv.x.d a0, fa3;                                                    \
        li t6, bits;                                                        \
        bne a0, t6, fail

/* Single in (fa0), double out (fa3): for fcvt.d.s. */
#define TEST_FP_S_TO_D(n, bits, flags, a, ...)                              \
        TEST_BEGIN(n);                                                      \
        FP_SET_S(fa0, a);                                                   \
        fsflags zero;                                                       \
        __VA_ARGS__;                                                        \
        CHECK_FFLAGS(flags);                                                \
        fmv.x.d a0, fa3;                                                    \
        li t6, bits;                                                        \
        bne a0, t6, fail

/* FP in, integer out: a0 = code(fa0, fa1), checked as a full 64-bit value. */
#define TEST_FP_S_INT(n, expected, flags, a, b, ...)                        \
        TEST_BEGIN(n);                                                      \
        FP_SET_S(fa0, a); FP_SET_S(fa1, b);                                 \
        fsflags zero;                                                       \
        __VA_ARGS__;                                                        \
        CHECK_FFLAGS(flags);                                                \
        li t6, expected;                                                    \
        bne a0, t6, fail
#define TEST_FP_D_INT(n, expected, flags, a, b, ...)                        \
        TEST_BEGIN(n);                                                      \
        FP_SET_D(fa0, a); FP_SET_D(fa1, b);                                 \
        fsflags zero;                                                       \
        __VA_ARGS__;                                                        \
        CHECK_FFLAGS(flags);                                                \
        li t6, expected;                                                    \
        bne a0, t6, fail

/* Integer in, FP out: fa3 = code(a1). */
#define TEST_INT_FP_S(n, bits, flags, value, ...)                           \
        TEST_BEGIN(n);                                                      \
        li a1, value;                                                       \
        fsflags zero;                                                       \
        __VA_ARGS__;                                                        \
        CHECK_FFLAGS(flags);                                                \
        fmv.x.d a0, fa3;                                                    \
        li t6, (0xffffffff00000000 | (bits));                               \
        bne a0, t6, fail
#define TEST_INT_FP_D(n, bits, flags, value, ...)                           \
        TEST_BEGIN(n);                                                      \
        li a1, value;                                                       \
        fsflags zero;                                                       \
        __VA_ARGS__;                                                        \
        CHECK_FFLAGS(flags);                                                \
        fmv.x.d a0, fa3;                                                    \
        li t6, bits;                                                        \
        bne a0, t6, fail

/* ------------------------------------------------------------------------- */
/* Expected traps.                                                            */
/*
 * The trap handler records mcause, mepc, mtval and mstatus (as they were at
 * trap entry) in trap_mcause, trap_mepc, trap_mtval and trap_mstatus.  If the
 * trap was armed (TRAP_ARM), it disarms, and returns with mret to the
 * instruction after the trapping one (2 or 4 bytes on, read from the
 * instruction's low bits), in the privilege mode that trapped.  If a resume
 * address was armed too (TRAP_ARM_RESUME), it returns there instead, in
 * M-mode.  An unarmed trap ends the program with the "unexpected trap" code.
 *
 * The handler clobbers t5 and t6 only.
 */
#define TRAP_ARM                                                            \
        li t6, 1;                                                           \
        sd t6, trap_armed, t5
#define TRAP_ARM_RESUME(label)                                              \
        la t6, label;                                                       \
        sd t6, trap_resume, t5;                                             \
        TRAP_ARM

/* Fail unless the armed trap was taken, with mcause == cause. */
#define TRAP_CHECK(cause)                                                   \
        ld t6, trap_armed;                                                  \
        bnez t6, fail;                                                      \
        ld t5, trap_mcause;                                                 \
        li t6, cause;                                                       \
        bne t5, t6, fail

/* Test n: `code` must trap with mcause == cause (then execution resumes). */
#define TEST_TRAP(n, cause, ...)                                            \
        TEST_BEGIN(n);                                                      \
        TRAP_ARM;                                                           \
        __VA_ARGS__;                                                        \
        TRAP_CHECK(cause)

/* Loaders for the recorded trap state. */
#define GET_MCAUSE(reg)   ld reg, trap_mcause
#define GET_MEPC(reg)     ld reg, trap_mepc
#define GET_MTVAL(reg)    ld reg, trap_mtval
#define GET_MSTATUS(reg)  ld reg, trap_mstatus

/* ------------------------------------------------------------------------- */
/* Harness code and data (emitted once, by TEST_PROGRAM_END).                 */

/*
 * The harness lives in its own section so it starts 4-byte aligned whatever
 * compressed code precedes it (mtvec needs trap_entry 4-byte aligned, and
 * .balign under .option norvc assumes the location is already aligned).
 */
#define HARNESS_CODE                                                        \
        .section .text.harness, "ax", @progbits;                            \
        .balign 4;                                                          \
        .option push; .option norvc;                                        \
pass:                                                                       \
        li t6, 1;                                                           \
        j write_tohost;                                                     \
fail:                                                                       \
        mv t6, TESTNUM;                                                     \
        bnez t6, 1f;                                                        \
        li t6, 0xff;                                                        \
1:      slli t6, t6, 1;                                                     \
        ori t6, t6, 1;                                                      \
write_tohost:                                                               \
        fence;                                                              \
        sd t6, tohost, t5;                                                  \
2:      j 2b;                                                               \
                                                                            \
        .balign 4;                                                          \
trap_entry:                                                                 \
        csrr t6, mcause;   sd t6, trap_mcause, t5;                          \
        csrr t6, mepc;     sd t6, trap_mepc, t5;                            \
        csrr t6, mtval;    sd t6, trap_mtval, t5;                           \
        csrr t6, mstatus;  sd t6, trap_mstatus, t5;                         \
        ld t6, trap_armed;                                                  \
        beqz t6, unexpected_trap;                                           \
        sd zero, trap_armed, t5;                                            \
        ld t6, trap_resume;                                                 \
        beqz t6, 3f;                                                        \
        sd zero, trap_resume, t5;                                           \
        csrw mepc, t6;                                                      \
        li t6, MSTATUS_MPP_M;                                               \
        csrs mstatus, t6;                                                   \
        mret;                                                               \
3:      csrr t6, mepc;                                                      \
        lhu t5, 0(t6);                                                      \
        andi t5, t5, 3;                                                     \
        addi t5, t5, -3;                                                    \
        bnez t5, 4f;                                                        \
        addi t6, t6, 2;                                                     \
4:      addi t6, t6, 2;                                                     \
        csrw mepc, t6;                                                      \
        mret;                                                               \
                                                                            \
unexpected_trap:                                                            \
        csrr t5, mcause;                                                    \
        andi t5, t5, 0xff;                                                  \
        slli t5, t5, 8;                                                     \
        ori t5, t5, 0xff;                                                   \
        slli t6, TESTNUM, 16;                                               \
        or t6, t6, t5;                                                      \
        slli t6, t6, 1;                                                     \
        ori t6, t6, 1;                                                      \
        j write_tohost;                                                     \
        .option pop

#define HARNESS_DATA                                                        \
        .section .tohost, "aw", @progbits;                                  \
        .balign 64;                                                         \
        .globl tohost;                                                      \
tohost: .dword 0;                                                           \
        .size tohost, 8;                                                    \
        .globl fromhost;                                                    \
fromhost: .dword 0;                                                         \
        .size fromhost, 8;                                                  \
                                                                            \
        .data;                                                              \
        .balign 8;                                                          \
trap_armed:   .dword 0;                                                     \
trap_resume:  .dword 0;                                                     \
        .globl trap_mcause; trap_mcause:  .dword 0;                         \
        .globl trap_mepc;   trap_mepc:    .dword 0;                         \
        .globl trap_mtval;  trap_mtval:   .dword 0;                         \
        .globl trap_mstatus; trap_mstatus: .dword 0

#endif
