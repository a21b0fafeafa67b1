/*
 * priv.h: constants and test macros shared by the privileged-architecture
 * test programs.  The code they rely on (start-up, trap handlers, the pass
 * and fail paths, the trap records) is in harness.inc, which every program
 * includes at its end.
 *
 * Each program runs on QEMU's `virt` board and on rvlab, bare metal, from
 * 0x8000_0000 in M-mode, with two harts.  It reports through the SiFive test
 * finisher:
 *
 *     0x5555                    every test passed
 *     (code << 16) | 0x3333     failure; QEMU and rvlab exit with `code`
 *
 * and `code` is
 *
 *     1 .. 199   that test number got a wrong answer (or a trap it expected
 *                did not come)
 *     250        an unexpected trap into M-mode
 *     251        an unexpected trap into S-mode
 *     252        a wait timed out (an interrupt or the other hart never came)
 *     253        a trap inside a trap handler
 *     254        hart 1 failed (it never writes the finisher itself)
 *     255        a failure before the first test
 *
 * On failure, a line on the UART says which test and, for an unexpected
 * trap, its cause, epc and tval.
 *
 * Register conventions:
 *     tp (x4)   TESTNUM, the running test; the fail path sets bit 63 of it
 *     t5, t6    scratch for these macros; a test may use them only between
 *               macros.  The trap handlers save and restore every register
 *               they touch, so an interrupt may arrive anywhere.
 *     sp        a small per-hart stack
 *
 * Comments are C comments: `#` is the preprocessor's.
 */
#ifndef RVLAB_PRIV_TEST_H
#define RVLAB_PRIV_TEST_H

#define TESTNUM tp

/* ------------------------------------------------------------------------- */
/* The board (QEMU virt memory map).                                          */

#define FINISHER        0x100000
#define FINISHER_PASS   0x5555
#define FINISHER_FAIL   0x3333
#define CLINT           0x2000000
#define CLINT_MSIP0     (CLINT + 0)             /* + 4 * hart */
#define CLINT_MTIMECMP0 (CLINT + 0x4000)        /* + 8 * hart */
#define CLINT_MTIME     (CLINT + 0xbff8)
#define UART            0x10000000
#define UART_LSR        5
#define UART_LSR_THRE   0x20

/* Exit codes besides test numbers (see above). */
#define EXIT_UNEXPECTED_M 250
#define EXIT_UNEXPECTED_S 251
#define EXIT_TIMEOUT      252
#define EXIT_NESTED       253
#define EXIT_HART1        254
#define EXIT_EARLY        255

/* ------------------------------------------------------------------------- */
/* CSR fields (privileged spec 1.12).                                         */

#define MSTATUS_SIE     (1 << 1)
#define MSTATUS_MIE     (1 << 3)
#define MSTATUS_SPIE    (1 << 5)
#define MSTATUS_MPIE    (1 << 7)
#define MSTATUS_SPP     (1 << 8)
#define MSTATUS_MPP     (3 << 11)
#define MSTATUS_MPP_M   (3 << 11)
#define MSTATUS_MPP_S   (1 << 11)
#define MSTATUS_MPP_U   0
#define MSTATUS_FS      (3 << 13)
#define MSTATUS_MPRV    (1 << 17)
#define MSTATUS_SUM     (1 << 18)
#define MSTATUS_MXR     (1 << 19)
#define MSTATUS_TVM     (1 << 20)
#define MSTATUS_TW      (1 << 21)
#define MSTATUS_TSR     (1 << 22)

/* Interrupt numbers, and their bits in mip/mie/mideleg. */
#define IRQ_SSI 1
#define IRQ_MSI 3
#define IRQ_STI 5
#define IRQ_MTI 7
#define IRQ_SEI 9
#define IRQ_MEI 11
#define MIP_SSIP (1 << IRQ_SSI)
#define MIP_MSIP (1 << IRQ_MSI)
#define MIP_STIP (1 << IRQ_STI)
#define MIP_MTIP (1 << IRQ_MTI)
#define MIP_SEIP (1 << IRQ_SEI)
#define MIP_MEIP (1 << IRQ_MEI)
#define MIP_S_ALL (MIP_SSIP | MIP_STIP | MIP_SEIP)          /* 0x222 */
#define MIP_M_ALL (MIP_MSIP | MIP_MTIP | MIP_MEIP)          /* 0x888 */

/* mcause/scause: bit 63 marks an interrupt. */
#define CAUSE_INTR              0x8000000000000000
#define CAUSE_IRQ(n)            (CAUSE_INTR | (n))

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

/* mcounteren / scounteren */
#define COUNTEREN_CY 1
#define COUNTEREN_TM 2
#define COUNTEREN_IR 4

/* menvcfg (Sstc) */
#define MENVCFG_STCE 0x8000000000000000

/* pmpcfg fields (one byte per entry) */
#define PMP_R     0x01
#define PMP_W     0x02
#define PMP_X     0x04
#define PMP_OFF   0x00
#define PMP_TOR   0x08
#define PMP_NA4   0x10
#define PMP_NAPOT 0x18
#define PMP_L     0x80

/* misa */
#define MISA_H    (1 << 7)

/* ------------------------------------------------------------------------- */
/* Trap records.                                                              */
/*
 * Each hart has one record for traps into M-mode (mframe<h>, its address in
 * mscratch) and one for traps into S-mode (sframe<h>, in sscratch).  The
 * handler fills in cause, epc, tval and status (mstatus/sstatus at handler
 * entry), ip (mip/sip at entry), vec (the vector slot it came through, or
 * -1 through the direct entry), and appends the cause to a log of eight
 * (keeping the epc of the first entry as well).
 *
 * A trap is expected only while `armed` is nonzero; each trap counts it
 * down.  An exception returns to the next instruction in the mode that
 * trapped, or to `resume` if that is set: in M-mode (S-mode for the S
 * handler), or in the mode that trapped if `same` is set.  An interrupt
 * returns to the interrupted instruction after the handler clears the
 * interrupt's enable bit in mie (sie), so it is taken once; or, with
 * `irq_mode` set, leaves mie alone and clears MPIE (SPIE) instead, so the
 * interrupt stays pending and enabled but the trapped M-mode (S-mode) code
 * runs on with MIE (SIE) = 0: a later wfi then returns at once.
 */
#define F_T3      0
#define F_T4      8
#define F_T5      16
#define F_T6      24
#define F_ARMED   32
#define F_RESUME  40
#define F_SAME    48
#define F_CAUSE   56
#define F_EPC     64
#define F_TVAL    72
#define F_STATUS  80
#define F_IP      88
#define F_VEC     96
#define F_COUNT   104
#define F_BUSY    112
#define F_FAILING 120
#define F_IRQ_MODE 128          /* how an interrupt is taken once, above */
#define F_EPC0    136           /* the epc of log entry 0 */
#define F_LOG     144           /* 8 entries */
#define F_SIZE    208

/* Arm hart 0's M-mode record for `n` traps. */
#define TRAP_ARM_N(n)                                                       \
        la t6, mframe0; sd zero, F_RESUME(t6);                              \
        li t5, n; sd t5, F_ARMED(t6)
#define TRAP_ARM TRAP_ARM_N(1)
/* Arm for one trap that resumes at `label` in M-mode. */
#define TRAP_ARM_RESUME(label)                                              \
        la t6, mframe0; la t5, label; sd t5, F_RESUME(t6);                  \
        sd zero, F_SAME(t6); li t5, 1; sd t5, F_ARMED(t6)
/* ... at `label`, in the mode that trapped. */
#define TRAP_ARM_RESUME_SAME(label)                                         \
        la t6, mframe0; la t5, label; sd t5, F_RESUME(t6);                  \
        li t5, 1; sd t5, F_SAME(t6); sd t5, F_ARMED(t6)
#define TRAP_DISARM   la t6, mframe0; sd zero, F_ARMED(t6); sd zero, F_RESUME(t6)

/* The same for the S-mode record. */
#define STRAP_ARM_N(n)                                                      \
        la t6, sframe0; sd zero, F_RESUME(t6);                              \
        li t5, n; sd t5, F_ARMED(t6)
#define STRAP_ARM STRAP_ARM_N(1)
#define STRAP_ARM_RESUME(label)                                             \
        la t6, sframe0; la t5, label; sd t5, F_RESUME(t6);                  \
        sd zero, F_SAME(t6); li t5, 1; sd t5, F_ARMED(t6)
#define STRAP_ARM_RESUME_SAME(label)                                        \
        la t6, sframe0; la t5, label; sd t5, F_RESUME(t6);                  \
        li t5, 1; sd t5, F_SAME(t6); sd t5, F_ARMED(t6)
#define STRAP_DISARM  la t6, sframe0; sd zero, F_ARMED(t6); sd zero, F_RESUME(t6)

/* Interrupts taken in M: leave them enabled in mie, return with MIE = 0. */
#define IRQ_MODE_GLOBAL   li t5, 1; sd t5, mframe0 + F_IRQ_MODE, t6
#define IRQ_MODE_DEFAULT  sd zero, mframe0 + F_IRQ_MODE, t6

/* Fail unless every armed trap came and the last had this cause. */
#define TRAP_CHECK(cause)                                                   \
        ld t5, mframe0 + F_ARMED; bnez t5, fail;                            \
        ld t5, mframe0 + F_CAUSE; li t6, cause; bne t5, t6, fail
#define STRAP_CHECK(cause)                                                  \
        ld t5, sframe0 + F_ARMED; bnez t5, fail;                            \
        ld t5, sframe0 + F_CAUSE; li t6, cause; bne t5, t6, fail

/* Fail if an armed trap has not come (yet). */
#define CHECK_TAKEN     ld t5, mframe0 + F_ARMED; bnez t5, fail
#define CHECK_STAKEN    ld t5, sframe0 + F_ARMED; bnez t5, fail

/* Loaders for what the handlers recorded. */
#define GET_MCAUSE(reg)   ld reg, mframe0 + F_CAUSE
#define GET_MEPC(reg)     ld reg, mframe0 + F_EPC
#define GET_MTVAL(reg)    ld reg, mframe0 + F_TVAL
#define GET_MSTATUS(reg)  ld reg, mframe0 + F_STATUS
#define GET_MIP(reg)      ld reg, mframe0 + F_IP
#define GET_MVEC(reg)     ld reg, mframe0 + F_VEC
#define GET_SCAUSE(reg)   ld reg, sframe0 + F_CAUSE
#define GET_SEPC(reg)     ld reg, sframe0 + F_EPC
#define GET_STVAL(reg)    ld reg, sframe0 + F_TVAL
#define GET_SSTATUS(reg)  ld reg, sframe0 + F_STATUS
#define GET_SVEC(reg)     ld reg, sframe0 + F_VEC

/* Trap logs: reset the count; check that entry i holds `cause`. */
#define LOG_RESET       la t6, mframe0; sd zero, F_COUNT(t6)
#define SLOG_RESET      la t6, sframe0; sd zero, F_COUNT(t6)
#define CHECK_LOG(i, cause)                                                 \
        ld t5, mframe0 + F_LOG + 8 * (i); li t6, cause; bne t5, t6, fail
#define CHECK_SLOG(i, cause)                                                \
        ld t5, sframe0 + F_LOG + 8 * (i); li t6, cause; bne t5, t6, fail
#define CHECK_LOG_EPC0(label)   ld a0, mframe0 + F_EPC0; CHECK_ADDR(a0, label)
#define CHECK_SLOG_EPC0(label)  ld a0, sframe0 + F_EPC0; CHECK_ADDR(a0, label)
#define CHECK_LOG_COUNT(n)                                                  \
        ld t5, mframe0 + F_COUNT; li t6, n; bne t5, t6, fail
#define CHECK_SLOG_COUNT(n)                                                 \
        ld t5, sframe0 + F_COUNT; li t6, n; bne t5, t6, fail

/* ------------------------------------------------------------------------- */
/* Checks.                                                                    */

#define TEST_BEGIN(n)                                                       \
        .if ((n) < 1) || ((n) > 199);                                       \
        .error "test numbers are 1..199";                                   \
        .endif;                                                             \
test_ ## n:                                                                 \
        li TESTNUM, n

#define CHECK_VAL(reg, expected)   li t6, expected; bne reg, t6, fail
#define CHECK_ADDR(reg, label)     la t6, label; bne reg, t6, fail
/* Fail unless (reg & mask) == expected. */
#define CHECK_MASKED(reg, mask, expected)                                   \
        li t6, mask; and t6, reg, t6; li t5, expected; bne t6, t5, fail
/* Fail unless label_lo <= reg <= label_hi. */
#define CHECK_RANGE(reg, lo, hi)                                            \
        la t6, lo; bltu reg, t6, fail; la t6, hi; bgtu reg, t6, fail

/* The recorded trap's epc is `label`; its tval is `value`. */
#define CHECK_MEPC(label)      GET_MEPC(a0); CHECK_ADDR(a0, label)
#define CHECK_MTVAL(value)     GET_MTVAL(a0); CHECK_VAL(a0, value)
#define CHECK_MTVAL_ADDR(lab)  GET_MTVAL(a0); CHECK_ADDR(a0, lab)
#define CHECK_SEPC(label)      GET_SEPC(a0); CHECK_ADDR(a0, label)
#define CHECK_STVAL(value)     GET_STVAL(a0); CHECK_VAL(a0, value)
/* mtval holds the bits of the 32-bit instruction at `label`. */
#define CHECK_MTVAL_INSN(label)                                             \
        la a1, label; lwu a1, 0(a1); GET_MTVAL(a0); bne a0, a1, fail
#define CHECK_STVAL_INSN(label)                                             \
        la a1, label; lwu a1, 0(a1); GET_STVAL(a0); bne a0, a1, fail
/* The mode the recorded M trap came from (mstatus.MPP at entry). */
#define CHECK_MPP(mpp)                                                      \
        GET_MSTATUS(a0); CHECK_MASKED(a0, MSTATUS_MPP, mpp)

/* ------------------------------------------------------------------------- */
/* Privilege changes.                                                         */

/*
 * Leave M-mode for `label` in mode `mpp` with mret.  MPIE is cleared first,
 * so mstatus.MIE is 0 afterwards.
 */
#define ENTER_MODE(mpp, label)                                              \
        li t6, MSTATUS_MPP | MSTATUS_MPIE; csrc mstatus, t6;                \
        li t6, mpp; csrs mstatus, t6;                                       \
        la t6, label; csrw mepc, t6;                                        \
        mret
#define ENTER_S(label)  ENTER_MODE(MSTATUS_MPP_S, label)
#define ENTER_U(label)  ENTER_MODE(MSTATUS_MPP_U, label)

/*
 * Run `code` in mode `mpp`, then come back to M-mode through an ecall (its
 * cause is checked).  `code` must not trap.
 */
#define RUN_IN(mpp, ecall_cause, ...)                                       \
        TRAP_ARM_RESUME(98f);                                               \
        ENTER_MODE(mpp, 97f);                                               \
97:     __VA_ARGS__;                                                        \
        ecall;                                                              \
        j fail;                                                             \
98:     TRAP_CHECK(ecall_cause)
#define RUN_IN_S(...)   RUN_IN(MSTATUS_MPP_S, CAUSE_ECALL_S, __VA_ARGS__)
#define RUN_IN_U(...)   RUN_IN(MSTATUS_MPP_U, CAUSE_ECALL_U, __VA_ARGS__)

/*
 * Test n: `code`, run in mode `mpp`, must trap into M-mode with `cause`;
 * execution continues in M-mode after the macro.
 */
#define TEST_TRAP_IN(n, mpp, cause, ...)                                    \
        TEST_BEGIN(n);                                                      \
        TRAP_ARM_RESUME(98f);                                               \
        ENTER_MODE(mpp, 97f);                                               \
97:     __VA_ARGS__;                                                        \
        j fail;                                                             \
98:     TRAP_CHECK(cause)
#define TEST_TRAP_S(n, cause, ...)  TEST_TRAP_IN(n, MSTATUS_MPP_S, cause, __VA_ARGS__)
#define TEST_TRAP_U(n, cause, ...)  TEST_TRAP_IN(n, MSTATUS_MPP_U, cause, __VA_ARGS__)

/* Test n: `code`, in M-mode, must trap with `cause`; execution resumes
 * after the trapping instruction. */
#define TEST_TRAP_M(n, cause, ...)                                          \
        TEST_BEGIN(n);                                                      \
        TRAP_ARM;                                                           \
        __VA_ARGS__;                                                        \
        TRAP_CHECK(cause)

/* Test n: `code`, in mode `mpp`, runs without trapping. */
#define TEST_OK_IN(n, mpp, ecall_cause, ...)                                \
        TEST_BEGIN(n);                                                      \
        RUN_IN(mpp, ecall_cause, __VA_ARGS__)
#define TEST_OK_S(n, ...)   TEST_OK_IN(n, MSTATUS_MPP_S, CAUSE_ECALL_S, __VA_ARGS__)
#define TEST_OK_U(n, ...)   TEST_OK_IN(n, MSTATUS_MPP_U, CAUSE_ECALL_U, __VA_ARGS__)

/* ------------------------------------------------------------------------- */
/* Time and waiting.                                                          */

/* reg = mtime (from the CLINT; works in M-mode whatever mcounteren says). */
#define READ_MTIME(reg)   li reg, CLINT_MTIME; ld reg, 0(reg)
/* mtimecmp of hart 0 = value in reg. */
#define SET_MTIMECMP0(reg)  li t6, CLINT_MTIMECMP0; sd reg, 0(t6)
#define TIMER0_OFF          li t5, -1; SET_MTIMECMP0(t5)
/* mtimecmp of hart 0 = mtime + ticks (clobbers t5, t6). */
#define TIMER0_IN(ticks)                                                    \
        READ_MTIME(t5); li t6, ticks; add t5, t5, t6; SET_MTIMECMP0(t5)

/*
 * Spin until `cond` (code that sets a0 nonzero when the wait is over) holds,
 * or until `ticks` of time have passed, then fail with EXIT_TIMEOUT.
 * Reads the time CSR, not the CLINT: on QEMU, a loop of MMIO reads can
 * starve the thread that raises timer interrupts.  So in S and U mode it
 * needs mcounteren.TM (and scounteren.TM), which the start code sets.
 * Clobbers a0, a6, a7, t5, t6.
 */
#define WAIT_FOR(ticks, ...)                                                \
        rdtime a6;                                                          \
        li a7, ticks; add a6, a6, a7;                                       \
96:     __VA_ARGS__;                                                        \
        bnez a0, 95f;                                                       \
        rdtime a7;                                                          \
        bltu a7, a6, 96b;                                                   \
        j timeout;                                                          \
95:

/* A generous wait for something that should come within microseconds
 * (10 ms on QEMU; about 20 million instructions on rvlab). */
#define WAIT_TICKS 100000

/* Wait until the armed M (S) traps have all come. */
#define WAIT_TAKEN(ticks)    WAIT_FOR(ticks, ld a0, mframe0 + F_ARMED; seqz a0, a0)
#define WAIT_STAKEN(ticks)   WAIT_FOR(ticks, ld a0, sframe0 + F_ARMED; seqz a0, a0)

/* Spin for n iterations (a window in which a pending interrupt must not, or
 * must, be taken).  Clobbers a7. */
#define SPIN(n)  li a7, n; 94: addi a7, a7, -1; bnez a7, 94b

#endif
