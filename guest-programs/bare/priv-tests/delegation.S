/*
 * delegation.S: medeleg and mideleg.
 *
 *   - which bits are writable: mideleg delegates exactly SSIP, STIP and
 *     SEIP (0x222; the M-level interrupts cannot be delegated); medeleg
 *     takes the exceptions these tests delegate.  medeleg[11] (ecall from
 *     M) is read-only zero in the spec, but QEMU 7.2 lets it be set, so the
 *     bit is not read back; tests 14-16 check that it has no effect.
 *   - a delegated exception from U or S goes to stvec: scause, sepc, stval,
 *     sstatus.SPP = the mode it came from, SPIE = the old SIE, SIE = 0; the
 *     M-mode handler sees nothing
 *   - one that is not delegated still goes to M, whatever else is
 *   - a trap taken in M-mode is never delegated
 *   - delegated interrupts go to S: from S only with sstatus.SIE = 1, from
 *     U always, from M never; a vectored stvec sends them to base + 4 *
 *     cause and exceptions to base
 */
#include "priv.h"

#define CHECK_SSTATUS(mask, value)  GET_SSTATUS(a0); CHECK_MASKED(a0, mask, value)
#define SSTACK (MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SIE)
#define DELEGATED ((1 << CAUSE_ILLEGAL_INSN) | (1 << CAUSE_BREAKPOINT) | \
                   (1 << CAUSE_LOAD_ACCESS) | (1 << CAUSE_ECALL_U) | (1 << CAUSE_ECALL_S))

        .text
        .option norvc
test_body:

/* ---- writable bits ---------------------------------------------------------- */
        TEST_BEGIN(1)
        li t0, -1
        csrw medeleg, t0
        csrr a0, medeleg
        CHECK_MASKED(a0, DELEGATED, DELEGATED)
        csrw medeleg, zero
        csrr a0, medeleg
        CHECK_VAL(a0, 0)
        /* mideleg: SSIP/STIP/SEIP writable, MSIP/MTIP/MEIP not.  With the H
         * extension (QEMU 7.2 has it) VSSIP/VSTIP/VSEIP/SGEIP read as one;
         * bits 13 and up belong to other extensions and are ignored. */
        TEST_BEGIN(2)
        li s1, 0xfff
        csrr a0, misa
        andi a0, a0, MISA_H
        beqz a0, 1f
        li s1, 0xfff & ~0x444
1:      li t0, -1
        csrw mideleg, t0
        csrr a0, mideleg
        and a0, a0, s1
        CHECK_VAL(a0, MIP_S_ALL)
        csrw mideleg, zero
        csrr a0, mideleg
        and a0, a0, s1
        CHECK_VAL(a0, 0)
        TEST_BEGIN(3)
        li t0, MIP_M_ALL
        csrw mideleg, t0
        csrr a0, mideleg
        and a0, a0, s1
        CHECK_VAL(a0, 0)

/* ---- delegated exceptions ---------------------------------------------------- */
        /* ecall from U goes to S; the S handler resumes in S at 2, which
         * ecalls to M (not delegated) to come back. */
        TEST_BEGIN(4)
        li t0, 1 << CAUSE_ECALL_U
        csrw medeleg, t0
        li t0, MSTATUS_SIE
        csrs mstatus, t0                /* SIE = 1 before the trap */
        LOG_RESET
        STRAP_ARM_RESUME(2f)
        TRAP_ARM_RESUME(3f)
        ENTER_U(1f)
1:
d_ecall_u:
        ecall
        j fail
2:      ecall                           /* in S */
        j fail
3:      TRAP_CHECK(CAUSE_ECALL_S)
        CHECK_MPP(MSTATUS_MPP_S)
        CHECK_LOG_COUNT(1)              /* M saw only the ecall from S */
        STRAP_CHECK(CAUSE_ECALL_U)
        CHECK_SEPC(d_ecall_u)
        CHECK_STVAL(0)
        CHECK_SSTATUS(SSTACK, MSTATUS_SPIE)     /* SPP = U, SPIE = 1, SIE = 0 */
        GET_SVEC(a0)
        CHECK_VAL(a0, -1)               /* direct stvec */

        /* illegal instruction from S goes to S: stval = the bits, SPP = S,
         * SPIE = SIE (0 here); the handler steps over it */
        TEST_BEGIN(5)
        li t0, 1 << CAUSE_ILLEGAL_INSN
        csrw medeleg, t0
        li t0, MSTATUS_SIE
        csrc mstatus, t0
        LOG_RESET
        STRAP_ARM
        RUN_IN_S(d_ill_s: csrr a0, mscratch)
        CHECK_LOG_COUNT(1)
        STRAP_CHECK(CAUSE_ILLEGAL_INSN)
        CHECK_SEPC(d_ill_s)
        CHECK_STVAL_INSN(d_ill_s)
        CHECK_SSTATUS(SSTACK, MSTATUS_SPP)

        /* ebreak from U goes to S (SIE = 1 in S before the trip to U) */
        TEST_BEGIN(6)
        li t0, 1 << CAUSE_BREAKPOINT
        csrw medeleg, t0
        li t0, MSTATUS_SIE
        csrs mstatus, t0
        STRAP_ARM
        RUN_IN_U(d_brk_u: ebreak)
        STRAP_CHECK(CAUSE_BREAKPOINT)
        CHECK_SEPC(d_brk_u)
        CHECK_SSTATUS(SSTACK, MSTATUS_SPIE)
        li t0, MSTATUS_SIE
        csrc mstatus, t0

        /* load access fault from S goes to S: stval = the address */
        TEST_BEGIN(7)
        li t0, 1 << CAUSE_LOAD_ACCESS
        csrw medeleg, t0
        STRAP_ARM
        RUN_IN_S(li a1, 0x40; d_ld_s: ld a0, 8(a1))
        STRAP_CHECK(CAUSE_LOAD_ACCESS)
        CHECK_SEPC(d_ld_s)
        CHECK_STVAL(0x48)
        CHECK_SSTATUS(MSTATUS_SPP, MSTATUS_SPP)

        /* ecall from S delegated to S (kept short: the fail path needs an
         * ecall that reaches M) */
        TEST_BEGIN(8)
        li t0, 1 << CAUSE_ECALL_S
        csrw medeleg, t0
        STRAP_ARM
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:
d_ecall_s:
        ecall                           /* to S, which steps over it */
        .word 0x00007003                /* illegal, not delegated: to M */
        j fail
3:      csrw medeleg, zero
        TRAP_CHECK(CAUSE_ILLEGAL_INSN)
        STRAP_CHECK(CAUSE_ECALL_S)
        CHECK_SEPC(d_ecall_s)
        CHECK_SSTATUS(MSTATUS_SPP, MSTATUS_SPP)

/* ---- exceptions not delegated ------------------------------------------------ */
        /* everything delegated but ecall from U: that one goes to M */
        TEST_BEGIN(9)
        li t0, DELEGATED & ~(1 << CAUSE_ECALL_U)
        csrw medeleg, t0
        SLOG_RESET
        TEST_TRAP_U(10, CAUSE_ECALL_U, ecall)
        CHECK_MPP(MSTATUS_MPP_U)
        /* illegal instruction not delegated, from S: to M, scause untouched */
        TEST_BEGIN(11)
        li t0, DELEGATED & ~(1 << CAUSE_ILLEGAL_INSN)
        csrw medeleg, t0
        li t0, 13
        csrw scause, t0
        TEST_TRAP_S(12, CAUSE_ILLEGAL_INSN, nd_ill: .word 0x00007003)
        CHECK_MEPC(nd_ill)
        CHECK_MTVAL(0x00007003)
        CHECK_MPP(MSTATUS_MPP_S)
        TEST_BEGIN(13)
        csrr a0, scause
        CHECK_VAL(a0, 13)
        CHECK_SLOG_COUNT(0)             /* S saw nothing in tests 9-13 */

/* ---- traps from M are never delegated ---------------------------------------- */
        li t0, -1
        csrw medeleg, t0
        SLOG_RESET
        TEST_TRAP_M(14, CAUSE_ILLEGAL_INSN, .word 0x00007003)
        TEST_TRAP_M(15, CAUSE_BREAKPOINT, ebreak)
        TEST_TRAP_M(16, CAUSE_ECALL_M, ecall)
        TEST_TRAP_M(17, CAUSE_LOAD_ACCESS, li a1, 0x40; ld a0, 0(a1))
        CHECK_MTVAL(0x40)
        TEST_BEGIN(18)
        CHECK_SLOG_COUNT(0)
        csrw medeleg, zero

/* ---- delegated interrupts ---------------------------------------------------- */
        li t0, MIP_S_ALL
        csrw mideleg, t0

        /* SSI in S with SIE = 1: taken in S.  Vectored stvec: slot 1. */
        TEST_BEGIN(19)
        la t0, svec_table + 1
        csrw stvec, t0
        li t0, MIP_SSIP
        csrs mie, t0                    /* sie.SSIE (mie bits shown in sie) */
        LOG_RESET
        SLOG_RESET
        li t0, 0x55
        csrw stval, t0
        STRAP_ARM
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:      csrsi sstatus, MSTATUS_SIE
        csrsi sip, MIP_SSIP             /* S may set its own SSIP */
ssi_win_lo:
        WAIT_STAKEN(WAIT_TICKS)
ssi_win_hi:
        ecall
        j fail
3:      TRAP_CHECK(CAUSE_ECALL_S)
        CHECK_LOG_COUNT(1)              /* M saw only the ecall */
        STRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        GET_SEPC(a0)
        CHECK_RANGE(a0, ssi_win_lo, ssi_win_hi)
        CHECK_SSTATUS(SSTACK, MSTATUS_SPP | MSTATUS_SPIE)
        GET_SVEC(a0)
        CHECK_VAL(a0, IRQ_SSI)
        CHECK_STVAL(0)                  /* an interrupt sets stval to 0 */
        csrr a0, mie                    /* the handler cleared SSIE */
        andi a0, a0, MIP_SSIP
        CHECK_VAL(a0, 0)
        TEST_BEGIN(20)
        csrr a0, mip                    /* still pending: nobody cleared it */
        andi a0, a0, MIP_SSIP
        CHECK_VAL(a0, MIP_SSIP)

        /* still pending, now from U with SIE = 0: taken (U < S) */
        TEST_BEGIN(21)
        li t0, MSTATUS_SIE
        csrc mstatus, t0
        li t0, MIP_SSIP
        csrs mie, t0
        STRAP_ARM
        TRAP_ARM_RESUME(3f)
        ENTER_U(1f)
1:
u_win_lo:
        WAIT_STAKEN(WAIT_TICKS)
u_win_hi:
        ecall
        j fail
3:      TRAP_CHECK(CAUSE_ECALL_U)
        STRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        GET_SEPC(a0)
        CHECK_RANGE(a0, u_win_lo, u_win_hi)
        CHECK_SSTATUS(SSTACK, 0)        /* from U, SIE was 0 */

        /* pending and enabled in sie, but in S with SIE = 0: not taken;
         * then setting SIE lets it in */
        TEST_BEGIN(22)
        li t0, MIP_SSIP
        csrs mie, t0
        SLOG_RESET
        STRAP_ARM
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:      SPIN(2000)                      /* an SSI here is unexpected ... */
        ld a0, sframe0 + F_COUNT
        bnez a0, fail
        csrsi sstatus, MSTATUS_SIE      /* ... and now it comes */
s_win_lo:
        WAIT_STAKEN(WAIT_TICKS)
s_win_hi:
        ecall
        j fail
3:      TRAP_CHECK(CAUSE_ECALL_S)
        STRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        GET_SEPC(a0)
        CHECK_RANGE(a0, s_win_lo, s_win_hi)

        /* in M, with every enable set, a delegated interrupt waits */
        TEST_BEGIN(23)
        li t0, MIP_S_ALL
        csrs mie, t0
        csrs mip, t0
        li t0, MSTATUS_SIE | MSTATUS_MIE
        csrs mstatus, t0
        SPIN(2000)
        csrci mstatus, MSTATUS_MIE
        li t0, MSTATUS_SIE
        csrc mstatus, t0
        li t0, MIP_S_ALL
        csrc mie, t0

        /* STI and SEI (set by M in mip) through the vectored stvec */
        TEST_BEGIN(24)
        li t0, MIP_STIP | MIP_SEIP
        csrw mip, t0                    /* SSIP cleared, STIP and SEIP set */
        li t0, MIP_STIP
        csrs mie, t0
        STRAP_ARM
        RUN_IN_S(csrsi sstatus, MSTATUS_SIE; WAIT_STAKEN(WAIT_TICKS))
        STRAP_CHECK(CAUSE_IRQ(IRQ_STI))
        GET_SVEC(a0)
        CHECK_VAL(a0, IRQ_STI)
        TEST_BEGIN(25)
        li t0, MIP_SEIP
        csrs mie, t0
        STRAP_ARM
        RUN_IN_U(WAIT_STAKEN(WAIT_TICKS))
        STRAP_CHECK(CAUSE_IRQ(IRQ_SEI))
        GET_SVEC(a0)
        CHECK_VAL(a0, IRQ_SEI)
        csrw mip, zero

        /* exceptions with a vectored stvec go to the base */
        TEST_BEGIN(26)
        li t0, 1 << CAUSE_BREAKPOINT
        csrw medeleg, t0
        STRAP_ARM
        RUN_IN_U(ebreak)
        STRAP_CHECK(CAUSE_BREAKPOINT)
        GET_SVEC(a0)
        CHECK_VAL(a0, 0)
        csrw medeleg, zero
        la t0, strap_entry
        csrw stvec, t0

        /* not delegated any more: the same interrupt from S goes to M */
        TEST_BEGIN(27)
        csrw mideleg, zero
        li t0, MIP_SSIP
        csrs mip, t0
        csrs mie, t0
        TRAP_ARM_RESUME(3f)
        li t0, 2                        /* the SSI, then the ecall */
        sd t0, mframe0 + F_ARMED, t1
        LOG_RESET
        ENTER_S(1f)
1:      SPIN(5000)
        ecall
        j fail
3:      CHECK_LOG_COUNT(2)
        CHECK_LOG(0, CAUSE_IRQ(IRQ_SSI))
        CHECK_LOG(1, CAUSE_ECALL_S)
        csrw mip, zero

        j pass

#include "harness.inc"
