/*
 * exceptions.S: every synchronous exception this machine can raise, taken
 * in M-mode, with mcause, mepc, mtval and the mode it came from (MPP).
 *
 *   cause 0  instruction address misaligned: cannot happen with C (IALIGN
 *            is 16 and jalr clears bit 0), so the tests check that odd and
 *            2-byte-aligned jump targets do NOT trap
 *   cause 1  instruction access fault: fetch from an unmapped address, from
 *            M, S and U; mtval = the address.  (A 32-bit instruction whose
 *            second half cannot be fetched is not tested: QEMU 7.2 aborts
 *            on one that runs off the end of RAM; see the README.)
 *   cause 2  illegal instruction: mtval = the instruction's bits (32-bit
 *            and 16-bit), from M, S and U
 *   cause 3  breakpoint: ebreak and c.ebreak; mtval = 0 or the pc
 *   cause 4  load address misaligned: lr.w, lr.d
 *   cause 5  load access fault: loads and lr from unmapped 0x0 / 0x100
 *   cause 6  store/AMO address misaligned: AMOs (4 accepted, see README)
 *   cause 7  store/AMO access fault: stores; AMOs (5 accepted, see README)
 *   cause 8, 9, 11  ecall from U, S, M; mtval = 0
 * A faulting load or AMO leaves rd and memory alone.
 */
#include "priv.h"

#define UNMAPPED 0x100      /* nothing on QEMU virt or rvlab at 0x0-0x1ff */

/* The armed trap came, with cause c1 or c2 (for an AMO's access fault or
 * misalignment, where QEMU 7.2 and the spec differ). */
#define CHECK_CAUSE2(c1, c2)                                                \
        ld t5, mframe0 + F_ARMED; bnez t5, fail;                            \
        GET_MCAUSE(a0); li t6, c1; beq a0, t6, 93f;                         \
        li t6, c2; bne a0, t6, fail;                                        \
93:

        .text
        .option norvc
test_body:

/* ---- illegal instruction ---------------------------------------------------- */
        /* a reserved LOAD encoding (funct3 = 7) */
        TEST_TRAP_M(1, CAUSE_ILLEGAL_INSN, ill_m: .word 0x00007003)
        CHECK_MEPC(ill_m)
        CHECK_MTVAL(0x00007003)
        CHECK_MPP(MSTATUS_MPP_M)
        /* the all-zero 16-bit parcel; resumes 2 bytes on, at the c.nop */
        TEST_TRAP_M(2, CAUSE_ILLEGAL_INSN, ill_zero: .half 0x0000; .half 0x0001)
        CHECK_MEPC(ill_zero)
        CHECK_MTVAL(0)
        /* c.lui x1, 0 (reserved: nzimm = 0): mtval = the 16 bits */
        TEST_TRAP_M(3, CAUSE_ILLEGAL_INSN, ill_clui: .half 0x6081; .half 0x0001)
        CHECK_MEPC(ill_clui)
        CHECK_MTVAL(0x6081)
        /* from S: an M-mode CSR */
        TEST_TRAP_S(4, CAUSE_ILLEGAL_INSN, ill_s: csrr a0, mstatus)
        CHECK_MEPC(ill_s)
        CHECK_MTVAL_INSN(ill_s)
        CHECK_MPP(MSTATUS_MPP_S)
        /* from U: the reserved encoding again */
        TEST_TRAP_U(5, CAUSE_ILLEGAL_INSN, ill_u: .word 0x00007003)
        CHECK_MEPC(ill_u)
        CHECK_MTVAL(0x00007003)
        CHECK_MPP(MSTATUS_MPP_U)

/* ---- breakpoint ------------------------------------------------------------- */
#define CHECK_BRK_TVAL(label)                                               \
        GET_MTVAL(a0); beqz a0, 1f; CHECK_ADDR(a0, label); 1:
        TEST_TRAP_M(6, CAUSE_BREAKPOINT, brk_m: ebreak)
        CHECK_MEPC(brk_m)
        CHECK_BRK_TVAL(brk_m)
        /* c.ebreak: 2 bytes, the handler steps over it */
        TEST_TRAP_M(7, CAUSE_BREAKPOINT, brk_c: .half 0x9002; .half 0x0001)
        CHECK_MEPC(brk_c)
        CHECK_BRK_TVAL(brk_c)
        TEST_TRAP_U(8, CAUSE_BREAKPOINT, brk_u: ebreak)
        CHECK_MEPC(brk_u)
        CHECK_BRK_TVAL(brk_u)
        CHECK_MPP(MSTATUS_MPP_U)

/* ---- environment calls ------------------------------------------------------ */
        TEST_TRAP_M(9, CAUSE_ECALL_M, li s1, 0x77; ecall_m: ecall)
        CHECK_MEPC(ecall_m)
        CHECK_MTVAL(0)
        CHECK_MPP(MSTATUS_MPP_M)
        CHECK_VAL(s1, 0x77)             /* registers survive the trap */
        TEST_TRAP_S(10, CAUSE_ECALL_S, ecall_s: ecall)
        CHECK_MEPC(ecall_s)
        CHECK_MTVAL(0)
        CHECK_MPP(MSTATUS_MPP_S)
        TEST_TRAP_U(11, CAUSE_ECALL_U, ecall_u: ecall)
        CHECK_MEPC(ecall_u)
        CHECK_MTVAL(0)
        CHECK_MPP(MSTATUS_MPP_U)

/* ---- instruction access fault ----------------------------------------------- */
        TEST_BEGIN(12)
        TRAP_ARM_RESUME(1f)
        li a1, 0
        jalr ra, 0(a1)
        j fail
1:      TRAP_CHECK(CAUSE_FETCH_ACCESS)
        CHECK_MTVAL(0)
        GET_MEPC(a0)
        CHECK_VAL(a0, 0)
        CHECK_MPP(MSTATUS_MPP_M)
        TEST_TRAP_S(13, CAUSE_FETCH_ACCESS, li a1, UNMAPPED; jalr ra, 0(a1))
        CHECK_MTVAL(UNMAPPED)
        GET_MEPC(a0)
        CHECK_VAL(a0, UNMAPPED)
        CHECK_MPP(MSTATUS_MPP_S)
        TEST_TRAP_U(14, CAUSE_FETCH_ACCESS, li a1, UNMAPPED + 6; jalr ra, 0(a1))
        CHECK_MTVAL(UNMAPPED + 6)
        GET_MEPC(a0)
        CHECK_VAL(a0, UNMAPPED + 6)
        CHECK_MPP(MSTATUS_MPP_U)

/* ---- instruction address misaligned cannot happen --------------------------- */
        /* jalr clears bit 0 of the target: no trap, lands on the label */
        TEST_BEGIN(15)
        li a0, 0
        la a1, 1f
        addi a1, a1, 1
        jalr ra, 0(a1)
        j fail
1:      li a0, 16
        CHECK_VAL(a0, 16)
        /* a target that is only 2-byte aligned is fine with C */
        TEST_BEGIN(16)
        li a0, 0
        j odd_target
        .option push
        .option rvc
        .balign 4
        c.nop
odd_target:
        .option pop
        li a0, 17
        CHECK_VAL(a0, 17)
        la a1, odd_target               /* it really was 2 mod 4 */
        andi a1, a1, 3
        CHECK_VAL(a1, 2)

/* ---- load access fault ------------------------------------------------------ */
        TEST_TRAP_M(17, CAUSE_LOAD_ACCESS, li s1, 0x1234; li a1, 0; ld_m: ld s1, 0(a1))
        CHECK_MEPC(ld_m)
        CHECK_MTVAL(0)
        CHECK_VAL(s1, 0x1234)           /* rd not written */
        TEST_TRAP_M(18, CAUSE_LOAD_ACCESS, li a1, UNMAPPED; lw a0, 4(a1))
        CHECK_MTVAL(UNMAPPED + 4)
        TEST_TRAP_S(19, CAUSE_LOAD_ACCESS, li a1, UNMAPPED; ld_s: lbu a0, 3(a1))
        CHECK_MEPC(ld_s)
        CHECK_MTVAL(UNMAPPED + 3)
        CHECK_MPP(MSTATUS_MPP_S)
        TEST_TRAP_U(20, CAUSE_LOAD_ACCESS, li a1, 0; lh a0, 0x10(a1))
        CHECK_MTVAL(0x10)
        CHECK_MPP(MSTATUS_MPP_U)
        /* lr is a load */
        TEST_TRAP_M(21, CAUSE_LOAD_ACCESS, li s1, 0x55; li a1, UNMAPPED; lr_fault: lr.d s1, (a1))
        CHECK_MEPC(lr_fault)
        CHECK_MTVAL(UNMAPPED)
        CHECK_VAL(s1, 0x55)

/* ---- store access fault ----------------------------------------------------- */
        TEST_TRAP_M(22, CAUSE_STORE_ACCESS, li a1, 0; st_m: sd a1, 0(a1))
        CHECK_MEPC(st_m)
        CHECK_MTVAL(0)
        TEST_TRAP_S(23, CAUSE_STORE_ACCESS, li a1, UNMAPPED; sw a1, 8(a1))
        CHECK_MTVAL(UNMAPPED + 8)
        CHECK_MPP(MSTATUS_MPP_S)
        TEST_TRAP_U(24, CAUSE_STORE_ACCESS, li a1, UNMAPPED; st_u: sb a1, 3(a1))
        CHECK_MEPC(st_u)
        CHECK_MTVAL(UNMAPPED + 3)
        CHECK_MPP(MSTATUS_MPP_U)
        /* AMO to an unmapped address: spec 7, QEMU 7.2 gives 5 */
        TEST_BEGIN(25)
        li s1, 0x66
        li a2, 1
        li a1, 0
        TRAP_ARM
amo_fault:
        amoadd.w s1, a2, (a1)
        CHECK_CAUSE2(CAUSE_STORE_ACCESS, CAUSE_LOAD_ACCESS)
        CHECK_MEPC(amo_fault)
        CHECK_MTVAL(0)
        CHECK_VAL(s1, 0x66)
        TEST_BEGIN(26)
        li a1, UNMAPPED
        TRAP_ARM_RESUME(1f)
        ENTER_U(2f)
2:      amoswap.d a0, a2, (a1)
        j fail
1:      CHECK_CAUSE2(CAUSE_STORE_ACCESS, CAUSE_LOAD_ACCESS)
        CHECK_MTVAL(UNMAPPED)
        CHECK_MPP(MSTATUS_MPP_U)

/* ---- misaligned LR and AMOs ------------------------------------------------- */
        TEST_TRAP_M(27, CAUSE_MISALIGNED_LOAD, li s1, 0x99; la a1, scratch + 2; \
                    lr_mis: lr.w s1, (a1))
        CHECK_MEPC(lr_mis)
        CHECK_MTVAL_ADDR(scratch + 2)
        CHECK_VAL(s1, 0x99)
        TEST_TRAP_M(28, CAUSE_MISALIGNED_LOAD, la a1, scratch + 4; lr.d a0, (a1))
        CHECK_MTVAL_ADDR(scratch + 4)
        /* AMOs: spec 6, QEMU 7.2 gives 4; mtval must be the address and
         * memory must be unchanged */
        TEST_BEGIN(29)
        la a1, scratch
        sd zero, 0(a1)
        addi a1, a1, 1
        li s1, 0x31
        li a2, -1
        TRAP_ARM
amo_mis:
        amoswap.w s1, a2, (a1)
        CHECK_CAUSE2(CAUSE_MISALIGNED_STORE, CAUSE_MISALIGNED_LOAD)
        CHECK_MEPC(amo_mis)
        CHECK_MTVAL_ADDR(scratch + 1)
        CHECK_VAL(s1, 0x31)
        ld a3, scratch
        CHECK_VAL(a3, 0)
        TEST_BEGIN(30)
        la a1, scratch + 4
        TRAP_ARM
        amoadd.d a0, a2, (a1)
        CHECK_CAUSE2(CAUSE_MISALIGNED_STORE, CAUSE_MISALIGNED_LOAD)
        CHECK_MTVAL_ADDR(scratch + 4)
        ld a3, scratch + 8
        CHECK_VAL(a3, 0)
        TEST_BEGIN(31)
        la a1, scratch + 6
        TRAP_ARM_RESUME(1f)
        ENTER_S(2f)
2:      amoor.w a0, a2, (a1)
        j fail
1:      CHECK_CAUSE2(CAUSE_MISALIGNED_STORE, CAUSE_MISALIGNED_LOAD)
        CHECK_MTVAL_ADDR(scratch + 6)
        CHECK_MPP(MSTATUS_MPP_S)

        j pass

        .data
        .balign 64
scratch:
        .dword 0, 0, 0, 0

#include "harness.inc"
