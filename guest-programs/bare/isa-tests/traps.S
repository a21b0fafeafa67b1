/*
 * traps.S: synchronous exceptions into M-mode, mret, and the mstatus stack.
 *
 * Each exception is checked for mcause, mepc (the trapping instruction) and
 * mtval:
 *   illegal instruction   2   mtval = the instruction bits (the spec allows
 *                             0 or the bits; QEMU and rvlab write the bits)
 *   breakpoint            3   mtval = pc or 0 (both allowed; QEMU 7.2 gives 0)
 *   ecall from M / U     11/8 mtval = 0
 *   misaligned lr         4   mtval = the address
 *   misaligned AMO        6   mtval = the address (4 accepted: QEMU 7.2)
 *   load access fault     5   mtval = the address (nothing at 0x0 or 0x100)
 *   store access fault    7   mtval = the address (AMO: 5 accepted, QEMU 7.2)
 *   fetch access fault    1   mtval = the address
 * Then mret to mepc (including a 2-byte-aligned one), the MIE/MPIE/MPP
 * stack on trap entry and on mret, MPRV kept by an mret to M, vectored
 * mtvec (exceptions still go to BASE), and a trip
 * to U-mode (through a PMP entry covering everything): ecall from U,
 * M-mode CSRs, mret and rdcycle (mcounteren = 0) being illegal there.
 *
 * Not tested, because QEMU 7.2 disagrees with the spec: sc.w/sc.d to a
 * misaligned or unmapped address without a reservation (QEMU fails the sc
 * without trapping; the spec requires the exception), mepc[0] reading as
 * zero after writing an odd value (QEMU keeps the bit), and an mret to U
 * clearing MPRV (priv spec 1.12; QEMU 7.2 leaves MPRV set).
 */
#include "macros.h"

#define MSTATUS_STACK (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV)
#define UNMAPPED 0x100      /* no device on QEMU spike/virt or rvlab */

/* Fail unless the recorded trap had mepc == label. */
#define CHECK_MEPC(label)   GET_MEPC(a0); CHECK_ADDR(a0, label)
#define CHECK_MTVAL(value)  GET_MTVAL(a0); CHECK_VAL(a0, value)
/* mstatus as recorded at trap entry, masked to MIE/MPIE/MPP/MPRV */
#define CHECK_TRAP_MSTATUS(value) \
        GET_MSTATUS(a0); li t0, MSTATUS_STACK; and a0, a0, t0; CHECK_VAL(a0, value)
#define CHECK_MSTATUS(value) \
        csrr a0, mstatus; li t0, MSTATUS_STACK; and a0, a0, t0; CHECK_VAL(a0, value)

        .option norvc
TEST_PROGRAM_BEGIN

/* ---- illegal instruction: mtval = the instruction ------------------------- */
        TEST_TRAP(1, CAUSE_ILLEGAL_INSN, ill_load7: .word 0x00007003)  /* load, funct3 = 7 */
        CHECK_MEPC(ill_load7)
        CHECK_MTVAL(0x00007003)
        TEST_TRAP(2, CAUSE_ILLEGAL_INSN, ill_slliw: .word 0x0200101b)  /* slliw, shamt[5] = 1 */
        CHECK_MEPC(ill_slliw)
        CHECK_MTVAL(0x0200101b)
        TEST_TRAP(3, CAUSE_ILLEGAL_INSN, .word 0x4200501b)             /* sraiw, shamt[5] = 1 */
        CHECK_MTVAL(0x4200501b)
        TEST_TRAP(4, CAUSE_ILLEGAL_INSN, .word 0x0000402f)             /* AMO, funct3 = 4 */
        CHECK_MTVAL(0x0000402f)
        /* The all-zero parcel is illegal as a 16-bit instruction (with C);
         * execution resumes 2 bytes on, at the c.nop. */
        TEST_TRAP(5, CAUSE_ILLEGAL_INSN, ill_zero: .half 0x0000; .half 0x0001)
        CHECK_MEPC(ill_zero)
        CHECK_MTVAL(0)
        /* Writes to read-only CSRs. */
        TEST_TRAP(6, CAUSE_ILLEGAL_INSN, ill_mhartid: csrw mhartid, a1)
        CHECK_MEPC(ill_mhartid)
        la a1, ill_mhartid
        lwu a1, 0(a1)
        GET_MTVAL(a0)
        bne a0, a1, fail
        TEST_TRAP(7, CAUSE_ILLEGAL_INSN, ill_cycle: csrw cycle, a1)
        la a1, ill_cycle
        lwu a1, 0(a1)
        GET_MTVAL(a0)
        bne a0, a1, fail

/* ---- ebreak / ecall ------------------------------------------------------- */
        TEST_TRAP(8, CAUSE_BREAKPOINT, brk: ebreak)
        CHECK_MEPC(brk)
        GET_MTVAL(a0)
        beqz a0, 1f                     /* 0 is allowed ... */
        CHECK_ADDR(a0, brk)             /* ... or the pc */
1:
        TEST_TRAP(9, CAUSE_ECALL_M, ecl: ecall)
        CHECK_MEPC(ecl)
        CHECK_MTVAL(0)
        /* registers survive: the trap changes nothing but CSRs (and t5/t6,
         * which our handler uses) */
        TEST_TRAP(10, CAUSE_ECALL_M, li a0, 11; li a1, 22; ecall)
        CHECK_VAL(a0, 11)
        CHECK_VAL(a1, 22)

/* ---- misaligned atomics ---------------------------------------------------- */
        TEST_TRAP(11, CAUSE_MISALIGNED_LOAD, la a1, trap_scratch + 2; mis_lrw: lr.w a0, (a1))
        CHECK_MEPC(mis_lrw)
        GET_MTVAL(a0)
        CHECK_ADDR(a0, trap_scratch + 2)
        TEST_TRAP(12, CAUSE_MISALIGNED_LOAD, la a1, trap_scratch + 4; lr.d a0, (a1))
        GET_MTVAL(a0)
        CHECK_ADDR(a0, trap_scratch + 4)
        /* AMOs: spec cause 6 (store/AMO); QEMU 7.2 reports 4, so accept both */
        TEST_BEGIN(13)
        li a0, 0x55
        la a1, trap_scratch
        sd zero, 0(a1)
        addi a1, a1, 1
        TRAP_ARM
mis_amo:
        amoadd.w a0, a0, (a1)
        ld t6, trap_armed
        bnez t6, fail
        ld t5, trap_mcause
        li t6, CAUSE_MISALIGNED_STORE
        beq t5, t6, 1f
        li t6, CAUSE_MISALIGNED_LOAD
        bne t5, t6, fail
1:      CHECK_MEPC(mis_amo)
        GET_MTVAL(a0)
        CHECK_ADDR(a0, trap_scratch + 1)
        CHECK_VAL(x0, 0)
        la a1, trap_scratch             /* memory untouched */
        ld a0, 0(a1)
        CHECK_VAL(a0, 0)
        TEST_BEGIN(14)
        la a1, trap_scratch + 4
        TRAP_ARM
        amoswap.d a0, a0, (a1)
        ld t6, trap_armed
        bnez t6, fail
        ld t5, trap_mcause
        li t6, CAUSE_MISALIGNED_STORE
        beq t5, t6, 1f
        li t6, CAUSE_MISALIGNED_LOAD
        bne t5, t6, fail
1:      GET_MTVAL(a0)
        CHECK_ADDR(a0, trap_scratch + 4)

/* ---- access faults on unmapped physical addresses -------------------------- */
        TEST_TRAP(15, CAUSE_LOAD_ACCESS, li a1, 0; acc_ld0: ld a0, 0(a1))
        CHECK_MEPC(acc_ld0)
        CHECK_MTVAL(0)
        TEST_TRAP(16, CAUSE_LOAD_ACCESS, li a1, UNMAPPED; lw a0, 8(a1))
        CHECK_MTVAL(UNMAPPED + 8)
        TEST_TRAP(17, CAUSE_LOAD_ACCESS, li a1, UNMAPPED; lbu a0, 3(a1))
        CHECK_MTVAL(UNMAPPED + 3)
        /* the faulting load leaves rd alone */
        TEST_TRAP(18, CAUSE_LOAD_ACCESS, li a0, 0x77; li a1, UNMAPPED; ld a0, 0(a1))
        CHECK_VAL(a0, 0x77)
        TEST_TRAP(19, CAUSE_STORE_ACCESS, li a1, 0; acc_sd0: sd a0, 0(a1))
        CHECK_MEPC(acc_sd0)
        CHECK_MTVAL(0)
        TEST_TRAP(20, CAUSE_STORE_ACCESS, li a1, UNMAPPED; sb a0, 15(a1))
        CHECK_MTVAL(UNMAPPED + 15)
        TEST_TRAP(21, CAUSE_STORE_ACCESS, li a1, UNMAPPED + 64; sh a0, -2(a1))
        CHECK_MTVAL(UNMAPPED + 62)
        TEST_TRAP(22, CAUSE_LOAD_ACCESS, li a1, UNMAPPED; flw fa0, 0(a1))
        CHECK_MTVAL(UNMAPPED)
        TEST_TRAP(23, CAUSE_STORE_ACCESS, li a1, UNMAPPED; fsd fa0, 8(a1))
        CHECK_MTVAL(UNMAPPED + 8)
        TEST_TRAP(24, CAUSE_LOAD_ACCESS, li a1, UNMAPPED; lr.d a0, (a1))
        CHECK_MTVAL(UNMAPPED)
        /* AMO: spec cause 7 (store/AMO access fault); QEMU 7.2 reports 5 */
        TEST_BEGIN(25)
        li a1, UNMAPPED
        TRAP_ARM
        amoor.d a0, a0, (a1)
        ld t6, trap_armed
        bnez t6, fail
        ld t5, trap_mcause
        li t6, CAUSE_STORE_ACCESS
        beq t5, t6, 1f
        li t6, CAUSE_LOAD_ACCESS
        bne t5, t6, fail
1:      CHECK_MTVAL(UNMAPPED)
        /* instruction fetch: mepc = mtval = the target; resume by label */
        TEST_BEGIN(26)
        li a1, UNMAPPED
        TRAP_ARM_RESUME(1f)
        jalr ra, 0(a1)
        j fail
1:      TRAP_CHECK(CAUSE_FETCH_ACCESS)
        CHECK_MTVAL(UNMAPPED)
        GET_MEPC(a0)
        CHECK_VAL(a0, UNMAPPED)
        CHECK_ADDR(ra, 1b - 4)

/* ---- mret ----------------------------------------------------------------- */
        /* mret jumps to mepc, staying in M-mode with MPP = M */
        TEST_BEGIN(27)
        li a0, 0
        la t0, 1f
        csrw mepc, t0
        li t0, MSTATUS_MPP_M
        csrs mstatus, t0
        mret
        li a0, 1                        /* skipped */
1:      CHECK_VAL(a0, 0)
        /* mepc at a 2-byte-aligned address (C is on) */
        TEST_BEGIN(28)
        li a0, 0
        la t0, mret_half
        csrw mepc, t0
        li t0, MSTATUS_MPP_M
        csrs mstatus, t0
        mret
        j fail
        .option push
        .option rvc
        .balign 4
        c.li a0, 1                      /* skipped */
mret_half:
        c.addi a0, 7
        .option pop
        CHECK_VAL(a0, 7)

/* ---- the MIE / MPIE / MPP stack ------------------------------------------- */
        /* No interrupt can be taken: mie = 0 from the start. */
        /* Trap from M with MIE = 1: MPIE <- 1, MIE <- 0, MPP <- M. */
        TEST_BEGIN(29)
        li t0, MSTATUS_STACK
        csrc mstatus, t0
        csrsi mstatus, MSTATUS_MIE
        TRAP_ARM
        ecall
        TRAP_CHECK(CAUSE_ECALL_M)
        CHECK_TRAP_MSTATUS(MSTATUS_MPIE | MSTATUS_MPP_M)
        /* ... and the handler's mret: MIE <- MPIE = 1, MPIE <- 1, MPP <- U */
        CHECK_MSTATUS(MSTATUS_MIE | MSTATUS_MPIE)
        /* Trap from M with MIE = 0: MPIE <- 0. */
        TEST_BEGIN(30)
        li t0, MSTATUS_STACK
        csrc mstatus, t0
        TRAP_ARM
        ecall
        TRAP_CHECK(CAUSE_ECALL_M)
        CHECK_TRAP_MSTATUS(MSTATUS_MPP_M)
        CHECK_MSTATUS(MSTATUS_MPIE)
        /* mret alone: MIE <- MPIE, MPIE <- 1, MPP <- U */
        TEST_BEGIN(31)
        li t0, MSTATUS_STACK
        csrc mstatus, t0
        li t0, MSTATUS_MPP_M | MSTATUS_MPIE
        csrs mstatus, t0
        la t0, 1f
        csrw mepc, t0
        mret
1:      CHECK_MSTATUS(MSTATUS_MIE | MSTATUS_MPIE)
        TEST_BEGIN(32)
        li t0, MSTATUS_STACK
        csrc mstatus, t0
        li t0, MSTATUS_MPP_M | MSTATUS_MIE
        csrs mstatus, t0
        la t0, 1f
        csrw mepc, t0
        mret
1:      CHECK_MSTATUS(MSTATUS_MPIE)
        /* mret to M keeps MPRV */
        TEST_BEGIN(33)
        li t0, MSTATUS_STACK
        csrc mstatus, t0
        li t0, MSTATUS_MPP_M | MSTATUS_MPRV
        csrs mstatus, t0
        la t0, 1f
        csrw mepc, t0
        mret
1:      CHECK_MSTATUS(MSTATUS_MPIE | MSTATUS_MPRV)
        li t0, MSTATUS_STACK
        csrc mstatus, t0

/* ---- vectored mtvec: exceptions still go to BASE -------------------------- */
        TEST_BEGIN(34)
        la t0, trap_entry
        ori t0, t0, 1
        csrw mtvec, t0
        TRAP_ARM
        ecall
        TRAP_CHECK(CAUSE_ECALL_M)
        la t0, trap_entry
        csrw mtvec, t0

/* ---- U-mode ---------------------------------------------------------------- */
        /* PMP entry 0: TOR up to the top of the physical address space, RWX,
         * so U-mode may touch memory at all. */
        li t0, 0x3fffffffffffff
        csrw pmpaddr0, t0
        li t0, 0x0f
        csrw pmpcfg0, t0
        csrw mcounteren, zero

/* Enter U-mode at `label` with mret (MPP = U, MIE = MPIE = 0). */
#define ENTER_U(label)                                                      \
        li t0, MSTATUS_STACK; csrc mstatus, t0;                             \
        la t0, label; csrw mepc, t0;                                        \
        mret

        TEST_BEGIN(35)
        TRAP_ARM_RESUME(2f)
        ENTER_U(1f)
1:      li a0, 33                       /* in U-mode */
u_ecall:
        ecall
        j fail
2:      TRAP_CHECK(CAUSE_ECALL_U)
        CHECK_VAL(a0, 33)
        CHECK_MEPC(u_ecall)
        CHECK_MTVAL(0)
        /* came from U (MPP = 0) with MIE = 0 (so MPIE = 0) */
        CHECK_TRAP_MSTATUS(0)
        /* back in M: the handler's mret set MPP = M, so M-mode CSRs work */
        TEST_CASE(36, a0, 0, csrr a0, mhartid)

        /* U-mode memory access works (PMP allows it) */
        TEST_BEGIN(37)
        la a1, trap_scratch
        li a2, 0x1234
        TRAP_ARM_RESUME(2f)
        ENTER_U(1f)
1:      sd a2, 8(a1)
        ld a3, 8(a1)
        ecall
        j fail
2:      TRAP_CHECK(CAUSE_ECALL_U)
        CHECK_VAL(a3, 0x1234)

        /* M-mode CSRs, mret and (with mcounteren = 0) cycle are illegal in U */
        TEST_BEGIN(38)
        TRAP_ARM_RESUME(2f)
        ENTER_U(1f)
1:
u_csr:  csrr a0, mstatus
        j fail
2:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)
        CHECK_MEPC(u_csr)
        la a1, u_csr
        lwu a1, 0(a1)
        GET_MTVAL(a0)
        bne a0, a1, fail

        TEST_BEGIN(39)
        TRAP_ARM_RESUME(2f)
        ENTER_U(1f)
1:      csrw mscratch, zero
        j fail
2:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)

        TEST_BEGIN(40)
        TRAP_ARM_RESUME(2f)
        ENTER_U(1f)
1:
u_mret: mret
        j fail
2:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)
        CHECK_MEPC(u_mret)

        TEST_BEGIN(41)
        TRAP_ARM_RESUME(2f)
        ENTER_U(1f)
1:      rdcycle a0
        j fail
2:      TRAP_CHECK(CAUSE_ILLEGAL_INSN)

        /* ebreak from U is still cause 3 */
        TEST_BEGIN(42)
        TRAP_ARM_RESUME(2f)
        ENTER_U(1f)
1:      ebreak
        j fail
2:      TRAP_CHECK(CAUSE_BREAKPOINT)
        CHECK_TRAP_MSTATUS(0)

        li t0, MSTATUS_STACK
        csrc mstatus, t0

TEST_PROGRAM_END

        .data
        .balign 64
trap_scratch:
        .dword 0, 0, 0, 0
