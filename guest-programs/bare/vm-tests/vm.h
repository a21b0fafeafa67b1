/*
 * vm.h: constants and test macros shared by the Sv39 virtual-memory test
 * programs.  The code behind them (start-up, the two trap handlers, the
 * page-table helpers, UART output, pass and fail) is in vm_harness.inc,
 * which every program includes at its end.
 *
 * A program runs bare metal on QEMU's `virt` board and on rvlab, from
 * 0x8000_0000 in M-mode.  The harness sets up PMP, delegates page faults and
 * ecalls from U to S, and enters the program's `test_body` in S-mode with
 * translation off (or in M-mode if the program defines M_BODY first).  The
 * tests build page tables with `map`, switch Sv39 on with VM_ON and print one
 * line per passing check.  The end goes through the SiFive test finisher:
 *
 *     0x5555                every check passed; "<name>: PASS" was printed
 *     (n << 16) | 0x3333    check n failed (255: before the first check); a
 *                           "<name>: FAIL" line on the UART says how
 *
 * Register conventions:
 *     tp (x4)   TESTNUM, the running check; the fail path sets bit 63 and
 *               puts a reason in bits 39:32
 *     t5, t6    scratch for the macros; a test may use them between macros
 *     sp        the stack (identity mapped); `call`ed helpers use it
 *     s0-s11    never touched by the harness: keep test state there
 * The trap handlers save and restore every register they touch, so a test
 * may keep values in any register across an expected trap.
 *
 * Comments are C comments: `#` belongs to the preprocessor.
 */
#ifndef RVLAB_VM_TEST_H
#define RVLAB_VM_TEST_H

#define TESTNUM tp

/* ------------------------------------------------------------------------- */
/* The board (QEMU virt memory map).                                          */

#define FINISHER        0x100000
#define FINISHER_PASS   0x5555
#define FINISHER_FAIL   0x3333
#define UART            0x10000000
#define UART_LSR        5
#define UART_LSR_THRE   0x20
#define RAM_BASE        0x80000000

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
#define MSTATUS_MPRV    (1 << 17)
#define MSTATUS_SUM     (1 << 18)
#define MSTATUS_MXR     (1 << 19)
#define SSTATUS_SPP     MSTATUS_SPP
#define SSTATUS_SUM     MSTATUS_SUM
#define SSTATUS_MXR     MSTATUS_MXR

#define CAUSE_FETCH_ACCESS      1
#define CAUSE_ILLEGAL_INSN      2
#define CAUSE_LOAD_ACCESS       5
#define CAUSE_STORE_ACCESS      7
#define CAUSE_ECALL_U           8
#define CAUSE_ECALL_S           9
#define CAUSE_ECALL_M           11
#define CAUSE_FETCH_PAGE_FAULT  12
#define CAUSE_LOAD_PAGE_FAULT   13
#define CAUSE_STORE_PAGE_FAULT  15

/* satp (RV64): MODE in 63:60, ASID in 59:44, PPN in 43:0. */
#define SATP_MODE_SV39  (8 << 60)
#define SATP_ASID_SHIFT 44
#define SATP_ASID_MASK  0xffff

/* ------------------------------------------------------------------------- */
/* Sv39 page-table entries.                                                   */

#define PTE_V   0x001
#define PTE_R   0x002
#define PTE_W   0x004
#define PTE_X   0x008
#define PTE_U   0x010
#define PTE_G   0x020
#define PTE_A   0x040
#define PTE_D   0x080
#define PTE_PPN_SHIFT 10
/* Bits 63:54 are reserved (Svpbmt and Svnapot give 63:61 a meaning; bit 54
 * is reserved with or without them). */
#define PTE_RSVD54 (1 << 54)

/* Common leaf permissions, with A (and D where writable) already set so
 * that no A/D fault can come from them. */
#define PTE_KR    (PTE_V | PTE_R | PTE_A)
#define PTE_KRW   (PTE_V | PTE_R | PTE_W | PTE_A | PTE_D)
#define PTE_KRX   (PTE_V | PTE_R | PTE_X | PTE_A)
#define PTE_KX    (PTE_V | PTE_X | PTE_A)
#define PTE_KRWX  (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)
#define PTE_UR    (PTE_KR | PTE_U)
#define PTE_URW   (PTE_KRW | PTE_U)
#define PTE_URX   (PTE_KRX | PTE_U)
#define PTE_UX    (PTE_KX | PTE_U)

/* Leaf levels for `map`. */
#define LEVEL_4K 0
#define LEVEL_2M 1
#define LEVEL_1G 2

#define PAGE_4K  0x1000
#define PAGE_2M  0x200000
#define PAGE_1G  0x40000000

/*
 * Virtual address map every program starts from (vm_identity):
 *   0x0000_0000 .. 0x3fff_ffff   1 GiB leaf, identity, RW: the devices
 *   0x8000_0000 .. 0xbfff_ffff   1 GiB leaf, identity, RWX: RAM, this program
 * both global and not user.  Tests map their pages into the test window, the
 * rest of gigabyte 1, through tables `map` allocates:
 *   WIN + k * 4 KiB              4 KiB pages, k = 0 .. 511
 *   WIN + m * 2 MiB              2 MiB pages, m = 1 .. 511
 * and gigabytes 3 and up take 1 GiB leaves.
 */
#define WIN      0x40000000
#define WIN_PAGE(k)  (WIN + (k) * PAGE_4K)
#define WIN_2M(m)    (WIN + (m) * PAGE_2M)

/* ------------------------------------------------------------------------- */
/* Trap records.                                                              */
/*
 * One record for traps into S-mode (sframe, in sscratch) and one for traps
 * into M-mode (mframe, in mscratch).  Each handler saves t0-t6 in it and
 * fills in cause, epc, tval and status (sstatus/mstatus at entry), and
 * counts traps in `count`.
 *
 * A trap is expected only while `armed` is nonzero; each one counts it down.
 * Then, in this order:
 *   - if `fixaddr` is set, the handler rewrites that PTE as
 *     (pte & fixand) | fixor, keeps the old value in `oldpte`, clears
 *     `fixaddr` and executes sfence.vma (the M handler does no fix-ups);
 *   - if `resume` is set, it returns there in its own mode (S for the S
 *     handler, M for the M handler, which also clears mstatus.MPRV) and
 *     clears `resume`;
 *   - otherwise it returns to the trapping instruction, which runs again.
 * An ecall from U-mode (delegated) during a RUN_U is neither expected nor
 * recorded: it ends the RUN_U and returns to S-mode at `uret`.
 */
#define F_T0      0
#define F_T1      8
#define F_T2      16
#define F_T3      24
#define F_T4      32
#define F_T5      40
#define F_T6      48
#define F_ARMED   56
#define F_RESUME  64
#define F_FIXADDR 72
#define F_FIXAND  80
#define F_FIXOR   88
#define F_OLDPTE  96
#define F_CAUSE   104
#define F_EPC     112
#define F_TVAL    120
#define F_STATUS  128
#define F_COUNT   136
#define F_URET    144
#define F_BUSY    152
#define F_SIZE    160

/* Reasons in bits 39:32 of TESTNUM on failure. */
#define WHY_WRONG       0       /* a check got a wrong answer */
#define WHY_UNEXPECTED_M 250    /* a trap into M-mode nobody expected */
#define WHY_UNEXPECTED_S 251    /* a trap into S-mode nobody expected */
#define WHY_NESTED      253     /* a trap inside the S trap handler */
#define WHY_MAP         254     /* `map` ran out of tables or met a leaf */
#define FAIL_BITS(why)  (0x8000000000000000 | ((why) << 32))

/* a7 value of the ecall that ends a passing run (see `pass`). */
#define SYS_PASS  0x5a55

/* ------------------------------------------------------------------------- */
/* Checks and output.                                                         */

#define TEST(n)                                                             \
        .if ((n) < 1) || ((n) > 199);                                       \
        .error "test numbers are 1..199";                                   \
        .endif;                                                             \
test_ ## n:                                                                 \
        li TESTNUM, n

/* Print "ok <TESTNUM> <text>" (S-mode or M-mode with MPRV = 0). */
#define OK(text)                                                            \
        .pushsection .rodata; 90: .asciz text; .popsection;                 \
        la a0, 90b; call print_ok

#define CHECK_VAL(reg, expected)   li t6, expected; bne reg, t6, fail
#define CHECK_EQ(reg1, reg2)       bne reg1, reg2, fail
#define CHECK_ADDR(reg, label)     la t6, label; bne reg, t6, fail
/* Fail unless (reg & mask) == expected. */
#define CHECK_MASKED(reg, mask, expected)                                   \
        li t6, mask; and t6, reg, t6; li t5, expected; bne t6, t5, fail

/* Fail from U-mode code, which cannot reach `fail` (a supervisor page). */
#define FAIL_U    li t6, FAIL_BITS(WHY_WRONG); or TESTNUM, TESTNUM, t6; ecall

/* ---- expected traps into S-mode -------------------------------------------- */

/* Expect one trap; return to `label` (in S-mode). */
#define EXPECT_RESUME(label)                                                \
        la t6, sframe; la t5, label; sd t5, F_RESUME(t6);                   \
        sd zero, F_FIXADDR(t6); li t5, 1; sd t5, F_ARMED(t6)
/* Expect one trap; rewrite the PTE at address `reg` as
 * (pte & and_mask) | or_bits, sfence.vma, and retry the instruction. */
#define EXPECT_FIX(reg, and_mask, or_bits)                                  \
        la t6, sframe; sd zero, F_RESUME(t6); sd reg, F_FIXADDR(t6);        \
        li t5, and_mask; sd t5, F_FIXAND(t6);                               \
        li t5, or_bits; sd t5, F_FIXOR(t6);                                 \
        li t5, 1; sd t5, F_ARMED(t6)
/* Stop expecting (for a trap that may or may not come). */
#define DISARM                                                              \
        la t6, sframe; sd zero, F_ARMED(t6); sd zero, F_RESUME(t6);         \
        sd zero, F_FIXADDR(t6)

/* Fail unless the expected trap came and had this cause. */
#define CHECK_TRAP(cause)                                                   \
        ld t5, sframe + F_ARMED; bnez t5, fail;                             \
        ld t5, sframe + F_CAUSE; li t6, cause; bne t5, t6, fail
#define CHECK_STVAL(value)    ld t5, sframe + F_TVAL; li t6, value; bne t5, t6, fail
#define CHECK_STVAL_REG(reg)  ld t5, sframe + F_TVAL; bne t5, reg, fail
#define CHECK_SEPC(label)     ld t5, sframe + F_EPC; la t6, label; bne t5, t6, fail
#define CHECK_SEPC_REG(reg)   ld t5, sframe + F_EPC; bne t5, reg, fail
/* The mode the trap came from: SPP as the handler saw it. */
#define CHECK_SPP(spp)                                                      \
        ld t5, sframe + F_STATUS; li t6, MSTATUS_SPP; and t5, t5, t6;       \
        li t6, spp; bne t5, t6, fail
/* Load the S trap count into reg (to see whether a trap came). */
#define GET_SCOUNT(reg)       ld reg, sframe + F_COUNT

/* ---- expected traps into M-mode (mprv.S) ----------------------------------- */

#define MEXPECT_RESUME(label)                                               \
        la t6, mframe; la t5, label; sd t5, F_RESUME(t6);                   \
        li t5, 1; sd t5, F_ARMED(t6)
#define CHECK_MTRAP(cause)                                                  \
        ld t5, mframe + F_ARMED; bnez t5, fail;                             \
        ld t5, mframe + F_CAUSE; li t6, cause; bne t5, t6, fail
#define CHECK_MTVAL(value)    ld t5, mframe + F_TVAL; li t6, value; bne t5, t6, fail
#define CHECK_MEPC(label)     ld t5, mframe + F_EPC; la t6, label; bne t5, t6, fail

/* ---- page tables and modes ------------------------------------------------- */

/*
 * MAP(root, va, pa, flags, level): make a leaf PTE for `va` at `level` in
 * the table rooted at label `root`; its address is left in a0.  `pa` is a
 * label or a constant expression; MAP_R takes registers for va and pa.
 * Clobbers a0-a5, t0-t4.
 */
#define MAP(root, va, pa, flags, level)                                     \
        la a0, root; li a1, va; la a2, pa; li a3, flags; li a4, level;      \
        call map
#define MAP_PA(root, va, pa, flags, level)                                  \
        la a0, root; li a1, va; li a2, pa; li a3, flags; li a4, level;      \
        call map
#define MAP_R(root, vareg, pareg, flags, level)                             \
        mv a1, vareg; mv a2, pareg; la a0, root; li a3, flags;              \
        li a4, level; call map

/* reg = the virtual address of `label`, whose page `page` is mapped at
 * `page_va`.  Uses t6. */
#define VA_OF(reg, label, page, page_va)                                    \
        la reg, label; la t6, page; sub reg, reg, t6;                       \
        li t6, page_va; add reg, reg, t6

/* PTE_AT(root, va, level): a0 = the address of va's PTE at that level. */
#define PTE_AT(root, va, level)                                             \
        la a0, root; li a1, va; li a4, level; call pte_at

/* satp = Sv39 | asid | root, then sfence.vma x0, x0. */
#define VM_ON(root, asid)                                                   \
        la a0, root; li a1, asid; call vm_on

/*
 * RUN_U(label, page, page_va): run the code at `label` in U-mode.  The code
 * lies in the 4 KiB page at label `page`, which the test has mapped at
 * `page_va` (with U and X); it returns to S-mode, after the macro, with
 * `ecall`.  Registers other than t5/t6 pass both ways.  RUN_U_AT enters at
 * a virtual address given directly.
 */
#define RUN_U(label, page, page_va)                                         \
        la t6, label; la t5, page; sub t6, t6, t5;                          \
        li t5, page_va; add t6, t6, t5; csrw sepc, t6;                      \
        RUN_U_ENTER
#define RUN_U_AT(va)                                                        \
        li t6, va; csrw sepc, t6;                                           \
        RUN_U_ENTER
#define RUN_U_ENTER                                                         \
        la t6, sframe; la t5, 91f; sd t5, F_URET(t6);                       \
        li t5, MSTATUS_SPP; csrc sstatus, t5;                               \
        sret;                                                               \
91:

#endif
