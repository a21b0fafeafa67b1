/*
 * sstc.S: the Sstc extension, the S-mode timer compare register stimecmp.
 *
 *   - menvcfg.STCE turns it on; with STCE = 0, stimecmp traps from S
 *     (M may always access it), and so it does with STCE = 1 but
 *     mcounteren.TM = 0; from U it always traps
 *   - with STCE = 1, mip.STIP is time >= stimecmp and no longer writable
 *     through mip; with STCE = 0 it is a software-writable bit again
 *   - an S timer interrupt, programmed from S-mode, delegated, taken in S;
 *     not delegated, taken in M
 * A machine without Sstc (stimecmp traps in M-mode) passes with a note on
 * the UART; QEMU 7.2 and rvlab both have it.
 */
#include "priv.h"

#define MIP_BIT(bit)     csrr a0, mip; andi a0, a0, bit
#define WAIT_STIP(v)     WAIT_FOR(WAIT_TICKS, MIP_BIT(MIP_STIP); .if (v) == 0; seqz a0, a0; .endif)
#define STCE_ON          li t0, MENVCFG_STCE; csrs menvcfg, t0
#define STCE_OFF         li t0, MENVCFG_STCE; csrc menvcfg, t0
#define STIMECMP_OFF     li t0, -1; csrw stimecmp, t0

        .text
        .option norvc
test_body:

/* ---- is there an stimecmp? ----------------------------------------------------------- */
        TEST_BEGIN(1)
        TRAP_ARM
        csrr a0, stimecmp
        ld t0, mframe0 + F_ARMED
        beqz t0, no_sstc                /* it trapped */
        TRAP_DISARM

/* ---- menvcfg.STCE ---------------------------------------------------------------------- */
        TEST_BEGIN(2)
        STIMECMP_OFF
        STCE_ON
        csrr a0, menvcfg
        li t0, MENVCFG_STCE
        and a0, a0, t0
        beqz a0, fail
        STCE_OFF
        csrr a0, menvcfg
        and a0, a0, t0
        bnez a0, fail

/* ---- who may access stimecmp --------------------------------------------------------- */
        li t0, COUNTEREN_TM
        csrw mcounteren, t0
        /* STCE = 0: illegal from S, fine from M */
        TEST_TRAP_S(3, CAUSE_ILLEGAL_INSN, s_off: csrr a0, stimecmp)
        CHECK_MTVAL_INSN(s_off)
        TEST_BEGIN(4)
        li t0, 0x1234
        csrw stimecmp, t0
        csrr a0, stimecmp
        CHECK_VAL(a0, 0x1234)
        STIMECMP_OFF
        /* STCE = 1, TM = 0: illegal from S */
        STCE_ON
        csrw mcounteren, zero
        TEST_TRAP_S(5, CAUSE_ILLEGAL_INSN, csrw stimecmp, zero)
        /* STCE = 1, TM = 1: fine from S, not from U */
        li t0, COUNTEREN_TM
        csrw mcounteren, t0
        TEST_OK_S(6, li t0, 0x5678; csrw stimecmp, t0; csrr a1, stimecmp)
        CHECK_VAL(a1, 0x5678)
        csrr a0, stimecmp
        CHECK_VAL(a0, 0x5678)
        STIMECMP_OFF
        TEST_TRAP_U(7, CAUSE_ILLEGAL_INSN, csrr a0, stimecmp)

/* ---- STIP is time >= stimecmp ---------------------------------------------------------- */
        TEST_BEGIN(8)
        csrw stimecmp, zero
        WAIT_STIP(1)
        TEST_BEGIN(9)
        STIMECMP_OFF
        WAIT_STIP(0)
        TEST_BEGIN(10)                  /* well ahead: not pending */
        rdtime t0
        li t1, WAIT_TICKS
        add t0, t0, t1
        csrw stimecmp, t0
        MIP_BIT(MIP_STIP)
        bnez a0, fail
        TEST_BEGIN(11)                  /* just ahead: pending once reached */
        rdtime s1
        addi s1, s1, 200
        csrw stimecmp, s1
        WAIT_STIP(1)
        rdtime a1
        bltu a1, s1, fail
        /* not writable through mip now */
        TEST_BEGIN(12)
        li t0, MIP_STIP
        csrc mip, t0
        MIP_BIT(MIP_STIP)
        beqz a0, fail
        TEST_BEGIN(13)
        STIMECMP_OFF
        WAIT_STIP(0)
        li t0, MIP_STIP
        csrs mip, t0
        MIP_BIT(MIP_STIP)
        bnez a0, fail
        /* STCE = 0: software-writable again */
        TEST_BEGIN(14)
        STCE_OFF
        li t0, MIP_STIP
        csrs mip, t0
        MIP_BIT(MIP_STIP)
        beqz a0, fail
        csrc mip, t0
        MIP_BIT(MIP_STIP)
        bnez a0, fail

/* ---- the S timer interrupt ------------------------------------------------------------- */
        /* delegated: programmed and taken in S */
        TEST_BEGIN(15)
        STCE_ON
        li t0, MIP_STIP
        csrw mideleg, t0
        csrw mie, t0
        SLOG_RESET
        STRAP_ARM
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:      csrsi sstatus, MSTATUS_SIE
        rdtime t0
        addi t0, t0, 300
        csrw stimecmp, t0
sti_lo: WAIT_STAKEN(WAIT_TICKS)
sti_hi: li t0, -1                       /* S turns it off itself */
        csrw stimecmp, t0
        csrr a1, sip
        ecall
        j fail
3:      TRAP_CHECK(CAUSE_ECALL_S)
        STRAP_CHECK(CAUSE_IRQ(IRQ_STI))
        GET_SEPC(a0)
        CHECK_RANGE(a0, sti_lo, sti_hi)
        CHECK_SLOG_COUNT(1)
        TEST_BEGIN(16)                  /* STIP fell with the new stimecmp */
        WAIT_STIP(0)
        /* a compare value in the past, written from S: at once */
        TEST_BEGIN(17)
        li t0, MIP_STIP
        csrs mie, t0
        STRAP_ARM
        RUN_IN_S(csrsi sstatus, MSTATUS_SIE; csrw stimecmp, zero; \
                 WAIT_STAKEN(WAIT_TICKS); li t0, -1; csrw stimecmp, t0)
        STRAP_CHECK(CAUSE_IRQ(IRQ_STI))
        li t0, MSTATUS_SIE
        csrc mstatus, t0
        /* not delegated: taken in M, from S */
        TEST_BEGIN(18)
        csrw mideleg, zero
        li t0, MIP_STIP
        csrw mie, t0
        LOG_RESET
        TRAP_ARM_RESUME(3f)
        li t0, 2                        /* the STI, then the ecall */
        sd t0, mframe0 + F_ARMED, t1
        ENTER_S(1f)
1:      csrw stimecmp, zero
        WAIT_FOR(WAIT_TICKS, ld a0, mframe0 + F_COUNT)
        ecall
        j fail
3:      CHECK_LOG_COUNT(2)
        CHECK_LOG(0, CAUSE_IRQ(IRQ_STI))
        CHECK_LOG(1, CAUSE_ECALL_S)
        STIMECMP_OFF
        STCE_OFF
        csrw mie, zero
        j pass

no_sstc:
        la a0, msg_no_sstc
        jal puts
        j pass

        .section .rodata
msg_no_sstc:
        .asciz "priv-tests sstc.S: no Sstc (stimecmp traps in M-mode); skipped\n"

#include "harness.inc"
