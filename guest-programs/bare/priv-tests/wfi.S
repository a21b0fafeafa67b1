/*
 * wfi.S: wait for interrupt, in M-mode.
 *
 *   - with the timer armed and enabled in mie but mstatus.MIE = 0, wfi
 *     returns once the timer is pending, and nothing is taken; time and
 *     mtime have moved on to at least mtimecmp
 *   - with MIE = 1 the interrupt is taken at the wfi: mepc = the wfi + 4
 *   - wfi returns at once if an enabled interrupt is already pending, even
 *     one delegated to S-mode (wfi ignores MIE, SIE and mideleg)
 * The spec lets wfi return early for no reason, so each wait is a loop.  No
 * wfi here can sleep for good: each has the timer (or a pending interrupt)
 * to wake it, and the handler takes interrupts in "global" mode (it returns
 * with MIE = 0 and leaves mie alone), so an interrupt that arrives just
 * before a wfi still wakes it.
 */
#include "priv.h"

#define MIP_BIT(bit)   csrr a0, mip; andi a0, a0, bit

        .text
        .option norvc
test_body:
        IRQ_MODE_GLOBAL

/* ---- MIE = 0: wfi returns, no trap ------------------------------------------------- */
        TEST_BEGIN(1)
        li t0, MIP_MTIP
        csrw mie, t0
        READ_MTIME(s1)
        li t0, 2000
        add s1, s1, t0
        SET_MTIMECMP0(s1)               /* 200 us ahead */
        rdtime s2
        li s3, 1000                     /* wfi may return early: retry */
1:      wfi
        MIP_BIT(MIP_MTIP)
        bnez a0, 2f
        addi s3, s3, -1
        bnez s3, 1b
        j timeout
2:      rdtime a1                       /* time has reached mtimecmp */
        bltu a1, s1, fail
        READ_MTIME(a2)
        bltu a2, s1, fail
        TEST_BEGIN(2)                   /* and moved by at least the delay */
        sub a1, a1, s2
        li t0, 1000
        bltu a1, t0, fail
        TEST_BEGIN(3)                   /* time CSR and mtime agree */
        rdtime a1
        READ_MTIME(a2)
        rdtime a3
        bltu a2, a1, fail
        bltu a3, a2, fail
        TIMER0_OFF
        csrw mie, zero

/* ---- MIE = 1: the interrupt is taken at the wfi ------------------------------------ */
        /* Should the timer fire before the wfi starts (the host was slow),
         * or the wfi return early (allowed), mepc is elsewhere; then try
         * again with a longer delay. */
        TEST_BEGIN(4)
        li s2, 1000                     /* delay in ticks */
        li s3, 4                        /* attempts */
1:      li t0, MIP_MTIP
        csrw mie, t0
        LOG_RESET
        TRAP_ARM
        READ_MTIME(t0)
        add t0, t0, s2
        SET_MTIMECMP0(t0)
        csrsi mstatus, MSTATUS_MIE
wfi_site:
        wfi
wfi_next:
        WAIT_TAKEN(WAIT_TICKS)          /* (an early return from wfi) */
        csrci mstatus, MSTATUS_MIE
        TIMER0_OFF
        TRAP_CHECK(CAUSE_IRQ(IRQ_MTI))
        GET_MEPC(a0)
        la t0, wfi_next
        beq a0, t0, 2f                  /* at the wfi: done */
        li t0, 10                       /* else again, 10x longer */
        mul s2, s2, t0
        addi s3, s3, -1
        bnez s3, 1b
        j fail
2:      GET_MSTATUS(a0)                 /* came from M with MIE = 1 */
        CHECK_MASKED(a0, MSTATUS_MPP | MSTATUS_MPIE, MSTATUS_MPP_M | MSTATUS_MPIE)
        csrr a0, mstatus                /* and the handler left MIE = 0 */
        CHECK_MASKED(a0, MSTATUS_MIE, 0)
        csrw mie, zero

/* ---- already pending: wfi returns at once -------------------------------------------- */
/* Arm the timer WAIT_TICKS ahead as a backstop, run one wfi, and fail if it
 * slept until the backstop (s1 = the time before). */
#define WFI_QUICK                                                           \
        li t0, MIP_MTIP; csrs mie, t0;                                      \
        TIMER0_IN(WAIT_TICKS);                                              \
        rdtime s1;                                                          \
        wfi;                                                                \
        rdtime a1;                                                          \
        sub a1, a1, s1;                                                     \
        li t0, WAIT_TICKS / 2;                                              \
        bgeu a1, t0, fail;                                                  \
        TIMER0_OFF
        /* MSI pending and enabled, MIE = 0 */
        TEST_BEGIN(5)
        li t0, CLINT_MSIP0
        li t1, 1
        sw t1, 0(t0)
        WAIT_FOR(WAIT_TICKS, MIP_BIT(MIP_MSIP))
        li t0, MIP_MSIP
        csrw mie, t0
        WFI_QUICK
        li t0, CLINT_MSIP0
        sw zero, 0(t0)
        csrw mie, zero
        /* an SSI delegated to S: cannot be taken in M, but wakes wfi */
        TEST_BEGIN(6)
        li t0, MIP_SSIP
        csrw mideleg, t0
        csrw mie, t0
        csrw mip, t0
        li t0, MSTATUS_SIE
        csrs mstatus, t0
        WFI_QUICK
        csrw mip, zero
        csrw mie, zero
        csrw mideleg, zero
        li t0, MSTATUS_SIE
        csrc mstatus, t0
        /* an SEI not delegated, with MIE = 0 */
        TEST_BEGIN(7)
        li t0, MIP_SEIP
        csrw mie, t0
        csrw mip, t0
        WFI_QUICK
        csrw mip, zero
        csrw mie, zero

        IRQ_MODE_DEFAULT
        j pass

#include "harness.inc"
