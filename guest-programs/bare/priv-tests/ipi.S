/*
 * ipi.S: inter-processor interrupts through the CLINT's msip registers,
 * with both harts.
 *
 *   1. hart 1 enables MSIE and MIE and waits in wfi; hart 0 writes hart
 *      1's msip; hart 1 takes the machine software interrupt, clears its
 *      msip, and reports mcause and mepc through memory
 *   2. the other way round: hart 0 waits in wfi, hart 1 sends
 * Hart 0 checks what hart 1 saw, that msip is per hart (one hart's
 * interrupt leaves the other's mip alone), and that msip reads back as a
 * single bit.  Only hart 0 writes the finisher; if hart 1 fails it leaves
 * a code in hart1_error, and hart 0 times out and reports it.
 *
 * Both harts take their interrupts in "global" mode (the handler returns
 * with MIE = 0 and leaves MSIE set), so an interrupt that arrives just
 * before a wfi still wakes it.
 */
#define HART1_MAIN
#include "priv.h"

#define MSIP1  (CLINT_MSIP0 + 4)
/* store 1 to a flag, after everything before it */
#define SIGNAL(flag)     fence; li t0, 1; sd t0, flag, t1
/* a0 = the flag */
#define FLAG(flag)       fence; ld a0, flag

        .text
        .option norvc
test_body:
        IRQ_MODE_GLOBAL

/* ---- hart 0 -> hart 1 ----------------------------------------------------------------- */
        TEST_BEGIN(1)                   /* hart 1 is up and waiting */
        WAIT_FOR(10 * WAIT_TICKS, FLAG(h1_ready))
        TEST_BEGIN(2)
        li t0, MSIP1
        li t1, 1
        sw t1, 0(t0)
        TEST_BEGIN(3)                   /* hart 1 took it */
        WAIT_FOR(10 * WAIT_TICKS, FLAG(h1_done))
        ld a0, h1_cause
        CHECK_VAL(a0, CAUSE_IRQ(IRQ_MSI))
        ld a0, h1_epc
        CHECK_RANGE(a0, h1_enabled, h1_woken)
        ld a0, h1_mip                   /* its MSIP fell once cleared */
        CHECK_MASKED(a0, MIP_MSIP, 0)
        TEST_BEGIN(4)                   /* and its msip reads 0 again */
        li t0, MSIP1
        lw a0, 0(t0)
        CHECK_VAL(a0, 0)
        TEST_BEGIN(5)                   /* hart 0's own MSIP never rose */
        csrr a0, mip
        CHECK_MASKED(a0, MIP_MSIP, 0)

/* ---- hart 1 -> hart 0 ----------------------------------------------------------------- */
        TEST_BEGIN(6)
        li t0, MIP_MSIP
        csrw mie, t0
        TRAP_ARM
        csrsi mstatus, MSTATUS_MIE
h0_enabled:                             /* the interrupt may come from here on */
        SIGNAL(h0_ready)
        rdtime s1
        li t0, 10 * WAIT_TICKS
        add s1, s1, t0
h0_wfi:
        wfi
        ld a0, mframe0 + F_ARMED
        beqz a0, h0_woken
        rdtime a1
        bltu a1, s1, h0_wfi
        j timeout
h0_woken:
        csrci mstatus, MSTATUS_MIE
        TRAP_CHECK(CAUSE_IRQ(IRQ_MSI))
        GET_MEPC(a0)
        CHECK_RANGE(a0, h0_enabled, h0_woken)
        TEST_BEGIN(7)                   /* it is ours to clear */
        csrr a0, mip
        CHECK_MASKED(a0, MIP_MSIP, MIP_MSIP)
        li t0, CLINT_MSIP0
        sw zero, 0(t0)
        WAIT_FOR(WAIT_TICKS, csrr a0, mip; andi a0, a0, MIP_MSIP; seqz a0, a0)
        csrw mie, zero
        TEST_BEGIN(8)
        WAIT_FOR(10 * WAIT_TICKS, FLAG(h1_finished))
        ld a0, hart1_error
        CHECK_VAL(a0, 0)

/* ---- msip is one bit ------------------------------------------------------------------- */
        TEST_BEGIN(9)
        li t0, MSIP1                    /* hart 1 is parked with mie = 0 */
        li t1, -1
        sw t1, 0(t0)
        lw a0, 0(t0)
        CHECK_VAL(a0, 1)
        sw zero, 0(t0)
        lw a0, 0(t0)
        CHECK_VAL(a0, 0)
        IRQ_MODE_DEFAULT
        j pass

/* ---- hart 1 ------------------------------------------------------------------------------ */
/* Hart 1 runs in M-mode only; a failure goes through fail/timeout as usual,
 * which for hart 1 means hart1_error and park. */
hart1_main:
        li t0, 1
        sd t0, mframe1 + F_IRQ_MODE, t1
        li TESTNUM, 101
        li t0, MIP_MSIP
        csrw mie, t0
        li t0, 1                        /* one trap expected */
        sd t0, mframe1 + F_ARMED, t1
        csrsi mstatus, MSTATUS_MIE
h1_enabled:
        SIGNAL(h1_ready)
        rdtime s1
        li t0, 10 * WAIT_TICKS
        add s1, s1, t0
h1_wfi:
        wfi
        ld a0, mframe1 + F_ARMED
        beqz a0, h1_woken
        rdtime a1
        bltu a1, s1, h1_wfi
        j timeout
h1_woken:
        csrci mstatus, MSTATUS_MIE
        ld t0, mframe1 + F_CAUSE
        sd t0, h1_cause, t1
        ld t0, mframe1 + F_EPC
        sd t0, h1_epc, t1
        li t0, MSIP1                    /* clear our msip */
        sw zero, 0(t0)
        li TESTNUM, 102
        WAIT_FOR(WAIT_TICKS, csrr a0, mip; andi a0, a0, MIP_MSIP; seqz a0, a0)
        csrr t0, mip
        sd t0, h1_mip, t1
        csrw mie, zero
        SIGNAL(h1_done)
        /* now interrupt hart 0 once it waits */
        li TESTNUM, 103
        WAIT_FOR(10 * WAIT_TICKS, FLAG(h0_ready))
        li t0, CLINT_MSIP0
        li t1, 1
        sw t1, 0(t0)
        SIGNAL(h1_finished)
        j park

        .data
        .balign 64
h1_ready:    .dword 0
        .balign 64
h1_done:     .dword 0
h1_cause:    .dword 0
h1_epc:      .dword 0
h1_mip:      .dword 0
        .balign 64
h0_ready:    .dword 0
        .balign 64
h1_finished: .dword 0

#include "harness.inc"
