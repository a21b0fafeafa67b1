/*
 * mret_sret.S: the trap-return instructions, and the instructions that the
 * mstatus trap bits (TSR, TW, TVM) take away from S-mode.
 *
 *   mret:  privilege <- MPP; MIE <- MPIE; MPIE <- 1; MPP <- U
 *   sret:  privilege <- SPP; SIE <- SPIE; SPIE <- 1; SPP <- U
 *          (from S, and from M, where it is legal too)
 * The mode reached is checked by what it may do: in S an M-mode CSR read
 * traps with MPP = S, in U an S-mode CSR read traps with MPP = U.  The
 * mstatus that the M handler records at that trap holds the S fields left
 * by an sret (an M trap does not touch them).
 *
 * Illegal (cause 2): sret and mret from U, mret from S, sret from S with
 * TSR = 1, wfi from U, wfi from S with TW = 1, sfence.vma and satp from S
 * with TVM = 1, sfence.vma from U, dret anywhere outside debug mode.
 * Legal: the same with the bit clear, and in M-mode with the bit set.
 * (The spec lets wfi in U, or in S with TW = 1, complete instead
 * if it would finish within a bounded time; these tests, like QEMU 7.2 and
 * rvlab, expect the trap.)
 */
#include "priv.h"

#define MSTACK (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP)
#define SSTACK (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP)
#define CHECK_MSTATUS(mask, value)  csrr a0, mstatus; CHECK_MASKED(a0, mask, value)
/* mstatus as the M handler recorded it */
#define CHECK_TRAP_MSTATUS(mask, value)  GET_MSTATUS(a0); CHECK_MASKED(a0, mask, value)
/* Set the fields in `mask` of mstatus to `value` (clobbers t0). */
#define SET_MSTATUS(mask, value)  li t0, mask; csrc mstatus, t0; li t0, value; csrs mstatus, t0

        .text
        .option norvc
test_body:

/* ---- mret ---------------------------------------------------------------------- */
        /* to M: MIE <- MPIE (1), MPIE <- 1, MPP <- U */
        TEST_BEGIN(1)
        SET_MSTATUS(MSTACK, MSTATUS_MPP_M | MSTATUS_MPIE)
        la t0, 1f
        csrw mepc, t0
        mret
1:      CHECK_MSTATUS(MSTACK, MSTATUS_MIE | MSTATUS_MPIE)
        /* MIE <- MPIE (0) */
        TEST_BEGIN(2)
        SET_MSTATUS(MSTACK, MSTATUS_MPP_M | MSTATUS_MIE)
        la t0, 1f
        csrw mepc, t0
        mret
1:      CHECK_MSTATUS(MSTACK, MSTATUS_MPIE)
        SET_MSTATUS(MSTACK, 0)

        /* to S: an M CSR traps from there, MPP = S */
        TEST_TRAP_S(3, CAUSE_ILLEGAL_INSN, csrr a0, mstatus)
        CHECK_MPP(MSTATUS_MPP_S)
        /* to U: an S CSR traps from there, MPP = U */
        TEST_TRAP_U(4, CAUSE_ILLEGAL_INSN, csrr a0, sstatus)
        CHECK_MPP(MSTATUS_MPP_U)
        /* to U with MPIE = 1: MIE = 1 there (recorded as MPIE at the trap) */
        TEST_BEGIN(5)
        TRAP_ARM_RESUME(2f)
        SET_MSTATUS(MSTACK, MSTATUS_MPP_U | MSTATUS_MPIE)
        la t0, 1f
        csrw mepc, t0
        mret
1:      ecall
        j fail
2:      TRAP_CHECK(CAUSE_ECALL_U)
        CHECK_TRAP_MSTATUS(MSTACK, MSTATUS_MPIE | MSTATUS_MPP_U)
        SET_MSTATUS(MSTACK, 0)          /* (the handler's mret set MIE again) */

        /* mret from U and from S: illegal */
        TEST_TRAP_U(6, CAUSE_ILLEGAL_INSN, mret_u: mret)
        CHECK_MEPC(mret_u)
        CHECK_MTVAL_INSN(mret_u)
        TEST_TRAP_S(7, CAUSE_ILLEGAL_INSN, mret_s: mret)
        CHECK_MEPC(mret_s)
        CHECK_MPP(MSTATUS_MPP_S)

/* ---- sret ---------------------------------------------------------------------- */
        /* from S to U with SPIE = 1, SIE = 0: SIE <- 1, SPIE <- 1, SPP <- U */
        TEST_BEGIN(8)
        SET_MSTATUS(SSTACK, MSTATUS_SPIE)
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:      la t0, 2f
        csrw sepc, t0
        sret
2:      csrr a0, sstatus                /* in U: illegal */
        j fail
3:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)
        CHECK_MPP(MSTATUS_MPP_U)
        CHECK_TRAP_MSTATUS(SSTACK, MSTATUS_SIE | MSTATUS_SPIE)
        /* from S to U with SPIE = 0, SIE = 1: SIE <- 0 */
        TEST_BEGIN(9)
        SET_MSTATUS(SSTACK, MSTATUS_SIE)
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:      la t0, 2f
        csrw sepc, t0
        sret
2:      csrr a0, sstatus
        j fail
3:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)
        CHECK_MPP(MSTATUS_MPP_U)
        CHECK_TRAP_MSTATUS(SSTACK, MSTATUS_SPIE)
        /* from S to S (SPP = S): still in S afterwards, SPP <- U */
        TEST_BEGIN(10)
        SET_MSTATUS(SSTACK, MSTATUS_SPP | MSTATUS_SPIE)
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:      la t0, 2f
        csrw sepc, t0
        sret
2:      csrr a1, sstatus                /* legal in S */
        csrr a0, mstatus                /* not */
        j fail
3:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)
        CHECK_MPP(MSTATUS_MPP_S)
        CHECK_MASKED(a1, SSTACK, MSTATUS_SIE | MSTATUS_SPIE)
        /* from M: legal, to SPP = S */
        TEST_BEGIN(11)
        SET_MSTATUS(SSTACK | MSTACK, MSTATUS_SPP | MSTATUS_SIE)
        TRAP_ARM_RESUME(3f)
        la t0, 2f
        csrw sepc, t0
        sret
2:      csrr a0, mstatus
        j fail
3:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)
        CHECK_MPP(MSTATUS_MPP_S)
        CHECK_TRAP_MSTATUS(SSTACK, MSTATUS_SPIE)
        /* from M to U */
        TEST_BEGIN(12)
        SET_MSTATUS(SSTACK, MSTATUS_SPIE)
        TRAP_ARM_RESUME(3f)
        la t0, 2f
        csrw sepc, t0
        sret
2:      csrr a0, sstatus
        j fail
3:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)
        CHECK_MPP(MSTATUS_MPP_U)
        CHECK_TRAP_MSTATUS(SSTACK, MSTATUS_SIE | MSTATUS_SPIE)
        SET_MSTATUS(SSTACK, 0)

        /* sret from U: illegal */
        TEST_TRAP_U(13, CAUSE_ILLEGAL_INSN, sret_u: sret)
        CHECK_MEPC(sret_u)
        CHECK_MTVAL_INSN(sret_u)

/* ---- TSR ----------------------------------------------------------------------- */
        TEST_BEGIN(14)
        li t0, MSTATUS_TSR
        csrs mstatus, t0
        TEST_TRAP_S(15, CAUSE_ILLEGAL_INSN, sret_tsr: sret)
        CHECK_MEPC(sret_tsr)
        CHECK_MTVAL_INSN(sret_tsr)
        /* TSR does not apply to M-mode */
        TEST_BEGIN(16)
        SET_MSTATUS(SSTACK, MSTATUS_SPP)
        TRAP_ARM_RESUME(3f)
        la t0, 2f
        csrw sepc, t0
        sret                            /* legal: to S */
2:      csrr a0, mstatus
        j fail
3:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)
        CHECK_MPP(MSTATUS_MPP_S)
        li t0, MSTATUS_TSR
        csrc mstatus, t0
        /* TSR clear: sret from S works again (to U) */
        TEST_BEGIN(17)
        SET_MSTATUS(SSTACK, 0)
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:      la t0, 2f
        csrw sepc, t0
        sret
2:      ecall
        j fail
3:      TRAP_CHECK(CAUSE_ECALL_U)

/* ---- wfi and TW ---------------------------------------------------------------- */
        /* wfi in U: illegal (TW = 0) */
        TEST_TRAP_U(18, CAUSE_ILLEGAL_INSN, wfi_u: wfi)
        CHECK_MEPC(wfi_u)
        CHECK_MTVAL_INSN(wfi_u)
        /* wfi in S with TW = 1: illegal */
        TEST_BEGIN(19)
        li t0, MSTATUS_TW
        csrs mstatus, t0
        TEST_TRAP_S(20, CAUSE_ILLEGAL_INSN, wfi_s: wfi)
        CHECK_MEPC(wfi_s)
        CHECK_MTVAL_INSN(wfi_s)
        /* TW does not apply to M-mode: with a software interrupt pending
         * and enabled in mie (MIE = 0, so not taken), wfi returns */
        TEST_BEGIN(21)
        li t0, MIP_MSIP
        csrs mie, t0
        li t1, CLINT_MSIP0
        li t2, 1
        sw t2, 0(t1)
        wfi
        sw zero, 0(t1)
        csrc mie, t0
        li t0, MSTATUS_TW
        csrc mstatus, t0
        /* wfi in S with TW = 0: legal.  A delegated SSI pending and enabled
         * in sie, with sstatus.SIE = 0: wfi returns and nothing is taken. */
        TEST_BEGIN(22)
        li t0, MIP_SSIP
        csrw mideleg, t0
        csrs mie, t0
        csrs mip, t0
        li t0, MSTATUS_SIE
        csrc mstatus, t0
        RUN_IN_S(wfi)
        csrw mip, zero
        csrw mie, zero
        csrw mideleg, zero

/* ---- TVM ----------------------------------------------------------------------- */
        /* TVM = 0: satp and sfence.vma are fine in S */
        TEST_OK_S(23, csrr a0, satp; csrw satp, zero; sfence.vma)
        TEST_BEGIN(24)
        li t0, MSTATUS_TVM
        csrs mstatus, t0
        TEST_TRAP_S(25, CAUSE_ILLEGAL_INSN, tvm_fence: sfence.vma)
        CHECK_MEPC(tvm_fence)
        CHECK_MTVAL_INSN(tvm_fence)
        TEST_TRAP_S(26, CAUSE_ILLEGAL_INSN, tvm_rd: csrr a0, satp)
        CHECK_MTVAL_INSN(tvm_rd)
        TEST_TRAP_S(27, CAUSE_ILLEGAL_INSN, tvm_wr: csrw satp, zero)
        CHECK_MTVAL_INSN(tvm_wr)
        TEST_TRAP_S(28, CAUSE_ILLEGAL_INSN, sfence.vma a0, zero)
        /* TVM does not apply to M-mode */
        TEST_BEGIN(29)
        csrr a0, satp
        csrw satp, zero
        sfence.vma
        li t0, MSTATUS_TVM
        csrc mstatus, t0
        /* sfence.vma from U: illegal whatever TVM says */
        TEST_TRAP_U(30, CAUSE_ILLEGAL_INSN, sfence_u: sfence.vma)
        CHECK_MTVAL_INSN(sfence_u)

/* ---- dret outside debug mode ----------------------------------------------------- */
        TEST_TRAP_M(31, CAUSE_ILLEGAL_INSN, dret_m: .word 0x7b200073)
        CHECK_MTVAL(0x7b200073)
        CHECK_MEPC(dret_m)

        j pass

#include "harness.inc"
