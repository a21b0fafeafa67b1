/*
 * interrupts.S: interrupt pending and enable bits, when an interrupt is
 * taken, in which order, and where it goes.
 *
 *   - mie: the six standard enables are writable
 *   - mip: SSIP, STIP, SEIP are writable by M-mode software; MSIP, MTIP
 *     and MEIP are read-only (set and cleared by the CLINT and the PLIC)
 *   - MSIP follows the CLINT's msip register, MTIP follows mtime >=
 *     mtimecmp
 *   - an interrupt for M-mode is taken in M only with mstatus.MIE = 1, and
 *     in S and U always (MIE does not matter there); a non-delegated
 *     S-level interrupt is such an M-mode interrupt too
 *   - a delegated interrupt is never taken while in M
 *   - priority among those pending and enabled: MEI > MSI > MTI > SEI >
 *     SSI > STI (MEI cannot be raised here: rvlab has no PLIC yet, so it
 *     is left out)
 *   - a vectored mtvec sends interrupt i to base + 4 * i, exceptions to base
 * An interrupt's mepc is checked to lie in the window where it could come
 * (rvlab takes interrupts a few instructions late, at a block boundary).
 */
#include "priv.h"

#define SET_MSIP0      li t5, CLINT_MSIP0; li t6, 1; sw t6, 0(t5)
#define CLEAR_MSIP0    li t5, CLINT_MSIP0; sw zero, 0(t5)
/* a0 = mip & bit */
#define MIP_BIT(bit)   csrr a0, mip; andi a0, a0, bit
/* The recorded M trap: interrupt i, epc in [lo, hi] */
#define CHECK_IRQ(i, lo, hi)                                                \
        TRAP_CHECK(CAUSE_IRQ(i)); GET_MEPC(a0); CHECK_RANGE(a0, lo, hi)

        .text
        .option norvc
test_body:

/* ---- writable bits ------------------------------------------------------------- */
        TEST_BEGIN(1)
        li t0, -1
        csrw mie, t0
        csrr a0, mie
        CHECK_MASKED(a0, 0xbbb, 0xaaa)  /* (0x444: the H extension's) */
        csrw mie, zero
        csrr a0, mie
        CHECK_MASKED(a0, 0xaaa, 0)
        TEST_BEGIN(2)                   /* SSIP, STIP, SEIP writable */
        li t0, MIP_S_ALL
        csrs mip, t0
        csrr a0, mip
        CHECK_MASKED(a0, MIP_S_ALL, MIP_S_ALL)
        csrc mip, t0
        csrr a0, mip
        CHECK_MASKED(a0, MIP_S_ALL, 0)
        TEST_BEGIN(3)                   /* MSIP, MTIP, MEIP not */
        li t0, MIP_M_ALL
        csrs mip, t0
        csrr a0, mip
        CHECK_MASKED(a0, MIP_M_ALL, 0)

/* ---- MSIP and MTIP follow the CLINT ------------------------------------------ */
        TEST_BEGIN(4)
        SET_MSIP0
        WAIT_FOR(WAIT_TICKS, MIP_BIT(MIP_MSIP))
        li t0, MIP_MSIP                 /* cannot be cleared through mip */
        csrc mip, t0
        MIP_BIT(MIP_MSIP)
        beqz a0, fail
        li a1, CLINT_MSIP0              /* the register reads back 1 */
        lw a1, 0(a1)
        CHECK_VAL(a1, 1)
        TEST_BEGIN(5)
        CLEAR_MSIP0
        WAIT_FOR(WAIT_TICKS, MIP_BIT(MIP_MSIP); seqz a0, a0)
        TEST_BEGIN(6)
        li t0, 0
        SET_MTIMECMP0(t0)               /* mtime >= 0: pending */
        WAIT_FOR(WAIT_TICKS, MIP_BIT(MIP_MTIP))
        li t0, MIP_MTIP
        csrc mip, t0
        MIP_BIT(MIP_MTIP)
        beqz a0, fail
        TEST_BEGIN(7)
        TIMER0_OFF
        WAIT_FOR(WAIT_TICKS, MIP_BIT(MIP_MTIP); seqz a0, a0)
        TEST_BEGIN(8)                   /* a compare value ahead: not yet */
        TIMER0_IN(WAIT_TICKS)
        MIP_BIT(MIP_MTIP)
        bnez a0, fail
        READ_MTIME(a1)                  /* just ahead: pending once there */
        addi a1, a1, 200
        SET_MTIMECMP0(a1)
        WAIT_FOR(WAIT_TICKS, MIP_BIT(MIP_MTIP))
        READ_MTIME(a2)                  /* ... then once mtime got there */
        bltu a2, a1, fail
        TIMER0_OFF

/* ---- taken in M: only with MIE = 1 ------------------------------------------- */
        TEST_BEGIN(9)
        li t0, MIP_MSIP
        csrw mie, t0
        SET_MSIP0
        WAIT_FOR(WAIT_TICKS, MIP_BIT(MIP_MSIP))
        SPIN(2000)                      /* MIE = 0: nothing (unexpected trap) */
        li t0, 0x55
        csrw mtval, t0
        TRAP_ARM
        csrsi mstatus, MSTATUS_MIE
msi_lo: WAIT_TAKEN(WAIT_TICKS)
msi_hi: csrci mstatus, MSTATUS_MIE
        CHECK_IRQ(IRQ_MSI, msi_lo, msi_hi)
        GET_MTVAL(a0)                   /* an interrupt sets mtval to 0 */
        CHECK_VAL(a0, 0)
        GET_MSTATUS(a0)                 /* came from M with MIE = 1 */
        CHECK_MASKED(a0, MSTATUS_MPP | MSTATUS_MPIE | MSTATUS_MIE, MSTATUS_MPP_M | MSTATUS_MPIE)
        GET_MIP(a0)
        CHECK_MASKED(a0, MIP_MSIP, MIP_MSIP)
        csrr a0, mie                    /* the handler cleared MSIE */
        CHECK_VAL(a0, 0)
        CLEAR_MSIP0
        /* the timer, taken when mtime reaches mtimecmp */
        TEST_BEGIN(10)
        li t0, MIP_MTIP
        csrw mie, t0
        READ_MTIME(s1)
        addi s1, s1, 300
        SET_MTIMECMP0(s1)
        TRAP_ARM
        csrsi mstatus, MSTATUS_MIE
mti_lo: WAIT_TAKEN(WAIT_TICKS)
mti_hi: csrci mstatus, MSTATUS_MIE
        CHECK_IRQ(IRQ_MTI, mti_lo, mti_hi)
        READ_MTIME(a0)
        bltu a0, s1, fail
        TIMER0_OFF
        /* pending but not enabled in mie: never taken */
        TEST_BEGIN(11)
        csrw mie, zero
        SET_MSIP0
        li t0, MIP_S_ALL
        csrs mip, t0
        csrsi mstatus, MSTATUS_MIE
        SPIN(2000)
        csrci mstatus, MSTATUS_MIE
        CLEAR_MSIP0
        csrw mip, zero

/* ---- taken in S and U whatever MIE says ----------------------------------------- */
        TEST_BEGIN(12)
        li t0, MIP_MSIP
        csrw mie, t0
        SET_MSIP0
        LOG_RESET
        TRAP_ARM_RESUME(3f)
        li t0, 2                        /* the MSI, then the ecall */
        sd t0, mframe0 + F_ARMED, t1
        ENTER_S(1f)                     /* MIE = 0 in S */
1:
s_msi_lo:
        WAIT_FOR(WAIT_TICKS, ld a0, mframe0 + F_COUNT)
s_msi_hi:
        ecall
        j fail
3:      CHECK_LOG_COUNT(2)
        CHECK_LOG(0, CAUSE_IRQ(IRQ_MSI))
        CHECK_LOG(1, CAUSE_ECALL_S)
        CLEAR_MSIP0
        TEST_BEGIN(13)                  /* the same from U: the timer */
        li t0, MIP_MTIP
        csrw mie, t0
        TIMER0_IN(100)
        LOG_RESET
        TRAP_ARM_RESUME(3f)
        li t0, 2
        sd t0, mframe0 + F_ARMED, t1
        ENTER_U(1f)
1:      WAIT_FOR(WAIT_TICKS, ld a0, mframe0 + F_COUNT)
        ecall
        j fail
3:      CHECK_LOG_COUNT(2)
        CHECK_LOG(0, CAUSE_IRQ(IRQ_MTI))
        CHECK_LOG(1, CAUSE_ECALL_U)
        TIMER0_OFF
        /* a non-delegated SSI, from S with MIE = 0 and SIE = 0: to M */
        TEST_BEGIN(14)
        csrw mideleg, zero
        li t0, MSTATUS_SIE
        csrc mstatus, t0
        li t0, MIP_SSIP
        csrw mie, t0
        csrs mip, t0
        LOG_RESET
        TRAP_ARM_RESUME(3f)
        li t0, 2
        sd t0, mframe0 + F_ARMED, t1
        ENTER_S(1f)
1:      WAIT_FOR(WAIT_TICKS, ld a0, mframe0 + F_COUNT)
        ecall
        j fail
3:      CHECK_LOG_COUNT(2)
        CHECK_LOG(0, CAUSE_IRQ(IRQ_SSI))
        CHECK_LOG(1, CAUSE_ECALL_S)
        csrw mip, zero

/* ---- delegated interrupts wait while in M ---------------------------------------- */
        TEST_BEGIN(15)
        li t0, MIP_S_ALL
        csrw mideleg, t0
        csrw mie, t0
        csrs mip, t0
        li t0, MSTATUS_MIE | MSTATUS_SIE
        csrs mstatus, t0
        SPIN(2000)                      /* nothing: they belong to S */
        TEST_BEGIN(16)                  /* undelegated, they come to M */
        TRAP_ARM_N(3)
        LOG_RESET
        csrw mideleg, zero
        WAIT_TAKEN(WAIT_TICKS)
        csrci mstatus, MSTATUS_MIE
        li t0, MSTATUS_SIE
        csrc mstatus, t0
        CHECK_LOG_COUNT(3)
        li a1, 0                        /* one each (the order: see below) */
        li t0, 1
        ld a0, mframe0 + F_LOG
        sll a0, t0, a0
        or a1, a1, a0
        ld a0, mframe0 + F_LOG + 8
        sll a0, t0, a0
        or a1, a1, a0
        ld a0, mframe0 + F_LOG + 16
        sll a0, t0, a0
        or a1, a1, a0
        CHECK_VAL(a1, MIP_S_ALL)
        csrw mip, zero

/* ---- priority ---------------------------------------------------------------------- */
/*
 * Interrupts pending and enabled, then MIE = 1: each handler run disables
 * the one it took, so the log is the priority order.  The spec's order is
 * MEI > MSI > MTI > SEI > SSI > STI.  QEMU 7.2 (without AIA) takes the
 * lowest-numbered one first instead, so only the pairs on which the two
 * orders agree are tested: MSI > MTI > SEI, MSI > STI, SSI > STI.
 */
/* Make the interrupts in `bits` pending and wait until mip shows them. */
#define RAISE(bits)                                                         \
        .if ((bits) & MIP_MSIP); SET_MSIP0; .endif;                         \
        .if ((bits) & MIP_MTIP); li t5, 0; SET_MTIMECMP0(t5); .endif;       \
        li t5, (bits) & MIP_S_ALL; csrs mip, t5;                            \
        WAIT_FOR(WAIT_TICKS, csrr a0, mip; li t5, bits; and a0, a0, t5;     \
                 xor a0, a0, t5; seqz a0, a0)
#define LOWER_ALL  CLEAR_MSIP0; TIMER0_OFF; csrw mip, zero; csrw mie, zero
/* Test n: interrupts i1, i2 (, i3) are taken in that order from M-mode. */
#define TEST_ORDER(n, count, bits, i1, i2, i3)                              \
        TEST_BEGIN(n);                                                      \
        RAISE(bits);                                                        \
        li t0, bits; csrw mie, t0;                                          \
        LOG_RESET;                                                          \
        TRAP_ARM_N(count);                                                  \
        csrsi mstatus, MSTATUS_MIE;                                         \
        WAIT_TAKEN(WAIT_TICKS);                                             \
        csrci mstatus, MSTATUS_MIE;                                         \
        CHECK_LOG_COUNT(count);                                             \
        CHECK_LOG(0, CAUSE_IRQ(i1));                                        \
        CHECK_LOG(1, CAUSE_IRQ(i2));                                        \
        .if (count) > 2; CHECK_LOG(2, CAUSE_IRQ(i3)); .endif;               \
        LOWER_ALL
        TEST_ORDER(17, 3, MIP_MSIP | MIP_MTIP | MIP_SEIP, IRQ_MSI, IRQ_MTI, IRQ_SEI)
        TEST_ORDER(18, 2, MIP_MSIP | MIP_STIP, IRQ_MSI, IRQ_STI, 0)
        TEST_ORDER(19, 2, MIP_SSIP | MIP_STIP, IRQ_SSI, IRQ_STI, 0)
        /* MSI > MTI > SEI again, taken from U */
        TEST_BEGIN(20)
        RAISE(MIP_MSIP | MIP_MTIP | MIP_SEIP)
        li t0, MIP_MSIP | MIP_MTIP | MIP_SEIP
        csrw mie, t0
        LOG_RESET
        TRAP_ARM_RESUME(3f)
        li t0, 4
        sd t0, mframe0 + F_ARMED, t1
        ENTER_U(1f)
1:      WAIT_FOR(WAIT_TICKS, ld a0, mframe0 + F_COUNT; addi a0, a0, -3; seqz a0, a0)
        ecall
        j fail
3:      CHECK_LOG_COUNT(4)
        CHECK_LOG(0, CAUSE_IRQ(IRQ_MSI))
        CHECK_LOG(1, CAUSE_IRQ(IRQ_MTI))
        CHECK_LOG(2, CAUSE_IRQ(IRQ_SEI))
        CHECK_LOG(3, CAUSE_ECALL_U)
        LOWER_ALL
        /* M-level before S-level across modes: in S with SIE = 1, a
         * delegated SSI and an undelegated MTI pending: MTI to M first */
        TEST_BEGIN(21)
        li t0, MIP_SSIP
        csrw mideleg, t0
        RAISE(MIP_SSIP | MIP_MTIP)
        li t0, MIP_SSIP | MIP_MTIP
        csrw mie, t0
        LOG_RESET
        SLOG_RESET
        STRAP_ARM
        TRAP_ARM_RESUME(3f)
        li t0, 2
        sd t0, mframe0 + F_ARMED, t1
        ENTER_S(1f)
1:      csrsi sstatus, MSTATUS_SIE
        WAIT_STAKEN(WAIT_TICKS)
        ld a0, mframe0 + F_COUNT        /* the MTI came before the SSI */
        beqz a0, fail
        ecall
        j fail
3:      CHECK_LOG_COUNT(2)
        CHECK_LOG(0, CAUSE_IRQ(IRQ_MTI))
        CHECK_LOG(1, CAUSE_ECALL_S)
        STRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        csrw mideleg, zero
        csrw mip, zero
        CLEAR_MSIP0
        TIMER0_OFF
        li t0, MSTATUS_SIE
        csrc mstatus, t0

/* ---- taken right after the instruction that enables it ----------------------------- */
/*
 * The spec requires the interrupt conditions to be evaluated immediately
 * after an xRET and after an explicit write to mip, mie, mstatus, mideleg
 * (or sip, sie, sstatus): a pending interrupt that such an instruction
 * enables is taken before the next instruction, so the epc is exactly that
 * next instruction.
 */
        /* csrsi mstatus.MIE */
        TEST_BEGIN(22)
        li t0, MIP_SSIP
        csrw mie, t0
        csrw mip, t0
        TRAP_ARM
        csrsi mstatus, MSTATUS_MIE
at_mstatus:
        nop
        csrci mstatus, MSTATUS_MIE
        TRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        CHECK_MEPC(at_mstatus)
        /* csrw mie */
        TEST_BEGIN(23)
        csrsi mstatus, MSTATUS_MIE
        TRAP_ARM
        li t0, MIP_SSIP
        csrs mie, t0
at_mie:
        nop
        csrci mstatus, MSTATUS_MIE
        TRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        CHECK_MEPC(at_mie)
        /* csrs mip */
        TEST_BEGIN(24)
        csrw mip, zero
        li t0, MIP_SSIP
        csrs mie, t0
        csrsi mstatus, MSTATUS_MIE
        TRAP_ARM
        csrs mip, t0
at_mip:
        nop
        csrci mstatus, MSTATUS_MIE
        TRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        CHECK_MEPC(at_mip)
        /* csrw mideleg: no longer delegated, so now it is M's */
        TEST_BEGIN(25)
        li t0, MIP_SSIP
        csrw mideleg, t0
        csrs mie, t0
        csrsi mstatus, MSTATUS_MIE
        TRAP_ARM
        csrw mideleg, zero
at_mideleg:
        nop
        csrci mstatus, MSTATUS_MIE
        TRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        CHECK_MEPC(at_mideleg)
        /* mret to S, and to U, with an M-level interrupt pending and
         * enabled: taken at the mret's target */
        TEST_BEGIN(26)
        li t0, MIP_SSIP
        csrs mie, t0
        csrs mip, t0
        TRAP_ARM_RESUME(3f)
        li t0, 2                        /* the SSI, then the ecall */
        sd t0, mframe0 + F_ARMED, t1
        LOG_RESET
        ENTER_S(at_mret_s)
at_mret_s:
        nop
        ecall
        j fail
3:      CHECK_LOG_COUNT(2)
        CHECK_LOG(0, CAUSE_IRQ(IRQ_SSI))
        CHECK_LOG_EPC0(at_mret_s)
        CHECK_LOG(1, CAUSE_ECALL_S)
        TEST_BEGIN(27)
        li t0, MIP_SSIP
        csrs mie, t0
        TRAP_ARM_RESUME(3f)
        li t0, 2
        sd t0, mframe0 + F_ARMED, t1
        LOG_RESET
        ENTER_U(at_mret_u)
at_mret_u:
        nop
        ecall
        j fail
3:      CHECK_LOG_COUNT(2)
        CHECK_LOG(0, CAUSE_IRQ(IRQ_SSI))
        CHECK_LOG_EPC0(at_mret_u)
        CHECK_LOG(1, CAUSE_ECALL_U)
        csrw mip, zero
        csrw mie, zero
        /* in S: sret to U with a delegated SSI pending, and S writing sip */
        TEST_BEGIN(28)
        li t0, MIP_SSIP
        csrw mideleg, t0
        csrw mie, t0
        csrw mip, t0
        li t0, MSTATUS_SIE | MSTATUS_SPP | MSTATUS_SPIE
        csrc mstatus, t0
        STRAP_ARM
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:      la t0, at_sret                  /* in S, SIE = 0: not taken here */
        csrw sepc, t0
        sret
at_sret:
        nop                             /* in U (after the SSI) */
        ecall
        j fail
3:      TRAP_CHECK(CAUSE_ECALL_U)
        STRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        GET_SEPC(a0)
        CHECK_ADDR(a0, at_sret)
        TEST_BEGIN(29)
        li t0, MIP_SSIP
        csrs mie, t0
        csrc mip, t0
        STRAP_ARM
        TRAP_ARM_RESUME(3f)
        ENTER_S(1f)
1:      csrsi sstatus, MSTATUS_SIE
        csrsi sip, MIP_SSIP
at_sip:
        nop
        ecall
        j fail
3:      TRAP_CHECK(CAUSE_ECALL_S)
        STRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        GET_SEPC(a0)
        CHECK_ADDR(a0, at_sip)
        csrw mip, zero
        csrw mie, zero
        csrw mideleg, zero
        li t0, MSTATUS_SIE
        csrc mstatus, t0

/* ---- vectored mtvec ------------------------------------------------------------------ */
        TEST_BEGIN(30)
        la t0, mvec_table + 1
        csrw mtvec, t0
        csrr a0, mtvec
        CHECK_ADDR(a0, mvec_table + 1)
        TEST_BEGIN(31)                  /* MSI: slot 3 */
        li t0, MIP_MSIP
        csrw mie, t0
        SET_MSIP0
        TRAP_ARM
        csrsi mstatus, MSTATUS_MIE
        WAIT_TAKEN(WAIT_TICKS)
        csrci mstatus, MSTATUS_MIE
        TRAP_CHECK(CAUSE_IRQ(IRQ_MSI))
        GET_MVEC(a0)
        CHECK_VAL(a0, IRQ_MSI)
        CLEAR_MSIP0
        TEST_BEGIN(32)                  /* MTI: slot 7 */
        li t0, MIP_MTIP
        csrw mie, t0
        TIMER0_IN(50)
        TRAP_ARM
        csrsi mstatus, MSTATUS_MIE
        WAIT_TAKEN(WAIT_TICKS)
        csrci mstatus, MSTATUS_MIE
        TRAP_CHECK(CAUSE_IRQ(IRQ_MTI))
        GET_MVEC(a0)
        CHECK_VAL(a0, IRQ_MTI)
        TIMER0_OFF
        TEST_BEGIN(33)                  /* SSI: slot 1 */
        li t0, MIP_SSIP
        csrw mie, t0
        csrw mip, t0
        TRAP_ARM
        csrsi mstatus, MSTATUS_MIE
        WAIT_TAKEN(WAIT_TICKS)
        csrci mstatus, MSTATUS_MIE
        TRAP_CHECK(CAUSE_IRQ(IRQ_SSI))
        GET_MVEC(a0)
        CHECK_VAL(a0, IRQ_SSI)
        csrw mip, zero
        TEST_BEGIN(34)                  /* SEI from U: slot 9 */
        li t0, MIP_SEIP
        csrw mie, t0
        csrw mip, t0
        LOG_RESET
        TRAP_ARM_RESUME(3f)
        li t0, 2
        sd t0, mframe0 + F_ARMED, t1
        ENTER_U(1f)
1:      WAIT_FOR(WAIT_TICKS, ld a0, mframe0 + F_COUNT)
        ecall
        j fail
3:      CHECK_LOG(0, CAUSE_IRQ(IRQ_SEI))
        GET_MVEC(a0)                    /* the ecall went to the base */
        CHECK_VAL(a0, 0)
        csrw mip, zero
        TEST_TRAP_M(35, CAUSE_BREAKPOINT, ebreak)   /* exceptions: the base */
        GET_MVEC(a0)
        CHECK_VAL(a0, 0)
        la t0, trap_entry
        csrw mtvec, t0

        j pass

#include "harness.inc"
