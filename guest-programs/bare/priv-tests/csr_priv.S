/*
 * csr_priv.S: who may touch which CSR.
 *
 *   - a CSR address's bits 9:8 give the lowest privilege that may access
 *     it: M-mode CSRs trap from S and U, S-mode CSRs from U (cause 2,
 *     mtval = the instruction)
 *   - bits 11:10 = 3 mark read-only CSRs: writing one traps even in M
 *     (mhartid, mvendorid, marchid, mimpid, cycle, time, instret), reading
 *     is fine, and so is csrrs/csrrc with rs1 = x0 or csrrsi/csrrci with
 *     uimm = 0 (not a write)
 *   - sstatus is a view of mstatus: S fields shared, M fields invisible
 *     and unwritable through it
 *   - sie and sip are mie and mip restricted to the bits mideleg delegates
 *     (other bits read zero and ignore writes); sip.SSIP is writable,
 *     sip.STIP and sip.SEIP are not
 *   - cycle, time, instret and hpmcounter3 from S need the mcounteren bit,
 *     from U both the mcounteren and the scounteren bit
 *   - a CSR number that does not exist traps; mconfigptr exists; SXL and
 *     UXL say 64 bits; a satp write with an unsupported MODE is ignored
 */
#include "priv.h"

/* Test n: the instruction traps (from S, U or M) with cause 2, mepc and
 * mtval = the instruction and its bits. */
#define ILLEGAL_S(n, ...)                                                   \
        TEST_TRAP_S(n, CAUSE_ILLEGAL_INSN, 91: __VA_ARGS__);                \
        CHECK_MTVAL_INSN(91b); CHECK_MEPC(91b)
#define ILLEGAL_U(n, ...)                                                   \
        TEST_TRAP_U(n, CAUSE_ILLEGAL_INSN, 91: __VA_ARGS__);                \
        CHECK_MTVAL_INSN(91b); CHECK_MEPC(91b)
#define ILLEGAL_M(n, ...)                                                   \
        TEST_TRAP_M(n, CAUSE_ILLEGAL_INSN, 91: __VA_ARGS__);                \
        CHECK_MTVAL_INSN(91b)
#define CHECK_MSTATUS(mask, value)  csrr a0, mstatus; CHECK_MASKED(a0, mask, value)

        .text
        .option norvc
test_body:

/* ---- M-mode CSRs from S and U ----------------------------------------------- */
        ILLEGAL_S(1, csrr a0, mstatus)
        ILLEGAL_S(2, csrw mscratch, a0)
        ILLEGAL_S(3, csrr a0, mhartid)
        ILLEGAL_S(4, csrrs a0, mie, zero)
        ILLEGAL_S(5, csrr a0, mcycle)
        ILLEGAL_S(6, csrw mcounteren, zero)
        ILLEGAL_S(7, csrr a0, pmpcfg0)
        ILLEGAL_S(8, csrwi medeleg, 0)
        ILLEGAL_U(9, csrr a0, mstatus)
        ILLEGAL_U(10, csrr a0, misa)
        ILLEGAL_U(11, csrw mepc, a0)
        ILLEGAL_U(12, csrr a0, mideleg)

/* ---- S-mode CSRs from U, and from S ------------------------------------------ */
        ILLEGAL_U(13, csrr a0, sstatus)
        ILLEGAL_U(14, csrw sscratch, a0)
        ILLEGAL_U(15, csrr a0, stvec)
        ILLEGAL_U(16, csrr a0, sepc)
        ILLEGAL_U(17, csrr a0, scause)
        ILLEGAL_U(18, csrr a0, sip)
        ILLEGAL_U(19, csrs sie, a0)
        ILLEGAL_U(20, csrr a0, satp)
        ILLEGAL_U(21, csrw scounteren, zero)
        TEST_OK_S(22, li a1, 0x5a5a; csrw sscratch, a1; csrr a2, sscratch)
        CHECK_VAL(a2, 0x5a5a)
        csrr a0, sscratch               /* the same register, seen from M */
        CHECK_VAL(a0, 0x5a5a)
        la t0, sframe0                  /* the S handler's pointer, back */
        csrw sscratch, t0
        TEST_OK_S(23, csrr a0, sstatus; csrr a0, sie; csrr a0, sip; \
                  csrr a0, stvec; csrr a0, scounteren)

/* ---- read-only CSRs ---------------------------------------------------------- */
        ILLEGAL_M(24, csrw mhartid, a0)
        ILLEGAL_M(25, csrw mvendorid, zero)
        ILLEGAL_M(26, csrwi marchid, 0)
        ILLEGAL_M(27, csrrs a0, mimpid, sp)     /* rs1 != x0 (nonzero): a write */
        ILLEGAL_M(28, csrw cycle, zero)
        ILLEGAL_M(29, csrw time, zero)
        ILLEGAL_M(30, csrrc a0, instret, sp)
        ILLEGAL_M(31, csrrsi a0, mhartid, 1)
        TEST_BEGIN(32)                  /* reads, and set/clear of nothing */
        li a0, -1
        csrr a0, mhartid
        CHECK_VAL(a0, 0)
        csrr a0, mvendorid
        csrr a0, marchid
        csrr a0, mimpid
        csrrs a0, mhartid, zero
        csrrc a0, mhartid, zero
        csrrsi a0, mhartid, 0
        csrrci a0, mvendorid, 0
        csrr a0, cycle
        csrr a0, time
        csrr a0, instret
        csrrs a0, cycle, zero

/* ---- sstatus is a view of mstatus --------------------------------------------- */
        TEST_BEGIN(33)
        csrs sstatus, MSTATUS_SIE
        CHECK_MSTATUS(MSTATUS_SIE, MSTATUS_SIE)
        li t0, MSTATUS_SIE
        csrc mstatus, t0
        csrr a0, sstatus
        CHECK_MASKED(a0, MSTATUS_SIE, 0)
        TEST_BEGIN(34)                  /* SPP, SPIE, SUM, MXR: shared */
        li t0, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SUM | MSTATUS_MXR
        csrs sstatus, t0
        CHECK_MSTATUS(MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SUM | MSTATUS_MXR, \
                      MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SUM | MSTATUS_MXR)
        csrc mstatus, t0
        csrr a0, sstatus
        CHECK_MASKED(a0, MSTATUS_SPP | MSTATUS_SPIE | MSTATUS_SUM | MSTATUS_MXR, 0)
        /* M fields: not visible in sstatus ... */
#define MFIELDS (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV | \
                 MSTATUS_TVM | MSTATUS_TW | MSTATUS_TSR)
        TEST_BEGIN(35)
        li t0, MSTATUS_MPIE | MSTATUS_MPP_S | MSTATUS_TW | MSTATUS_TSR
        csrs mstatus, t0
        csrr a0, sstatus
        CHECK_MASKED(a0, MFIELDS, 0)
        li t0, MFIELDS
        csrc mstatus, t0
        /* ... and not writable through it */
        TEST_BEGIN(36)
        li t0, MFIELDS
        csrs sstatus, t0
        CHECK_MSTATUS(MFIELDS, 0)
        /* the same from S-mode */
        TEST_BEGIN(37)
        RUN_IN_S(li t0, MFIELDS | MSTATUS_SUM; csrs sstatus, t0; csrr a1, sstatus)
        CHECK_MASKED(a1, MFIELDS | MSTATUS_SUM, MSTATUS_SUM)
        CHECK_MSTATUS(MSTATUS_SUM | MSTATUS_TVM | MSTATUS_TW | \
                      MSTATUS_TSR | MSTATUS_MPRV, MSTATUS_SUM)
        li t0, MSTATUS_SUM
        csrc mstatus, t0
        /* FS and SD show through; UXL is the same */
        TEST_BEGIN(38)
        li t0, MSTATUS_FS
        csrs mstatus, t0                /* Dirty */
        csrr a0, sstatus
        CHECK_MASKED(a0, 0x8000000000000000 | MSTATUS_FS, 0x8000000000000000 | MSTATUS_FS)
        li t0, MSTATUS_FS
        csrc mstatus, t0
        csrr a0, sstatus
        CHECK_MASKED(a0, 0x8000000000000000 | MSTATUS_FS, 0)
        csrr a1, mstatus
        li t0, 3 << 32
        and a0, a0, t0
        and a1, a1, t0
        bne a0, a1, fail

/* ---- sie and sip: mie and mip through mideleg --------------------------------- */
#define SM_BITS (MIP_S_ALL | MIP_M_ALL)
        TEST_BEGIN(39)                  /* nothing delegated: sie reads 0 */
        csrw mideleg, zero
        li t0, MIP_S_ALL | MIP_MSIP
        csrw mie, t0
        csrr a0, sie
        CHECK_MASKED(a0, SM_BITS, 0)
        TEST_BEGIN(40)                  /* ... and ignores writes */
        csrw sie, zero
        csrr a0, mie
        CHECK_MASKED(a0, SM_BITS, MIP_S_ALL | MIP_MSIP)
        TEST_BEGIN(41)                  /* delegated: sie shows the S bits only */
        li t0, MIP_S_ALL
        csrw mideleg, t0
        csrr a0, sie
        CHECK_MASKED(a0, SM_BITS, MIP_S_ALL)
        TEST_BEGIN(42)                  /* writing sie: S bits only */
        csrw sie, zero
        csrr a0, mie
        CHECK_MASKED(a0, SM_BITS, MIP_MSIP)
        li t0, -1
        csrw sie, t0
        csrr a0, mie
        CHECK_MASKED(a0, SM_BITS, MIP_S_ALL | MIP_MSIP)
        TEST_BEGIN(43)                  /* only SSIP delegated */
        li t0, MIP_SSIP
        csrw mideleg, t0
        csrw sie, zero
        csrr a0, mie
        CHECK_MASKED(a0, SM_BITS, MIP_STIP | MIP_SEIP | MIP_MSIP)
        csrr a0, sie
        CHECK_MASKED(a0, SM_BITS, 0)
        csrw mie, zero

        TEST_BEGIN(44)                  /* sip: SSIP pending, not delegated */
        csrw mideleg, zero
        li t0, MIP_SSIP | MIP_STIP
        csrw mip, t0
        csrr a0, sip
        CHECK_MASKED(a0, SM_BITS, 0)
        csrci sip, MIP_SSIP             /* not delegated: no effect */
        csrr a0, mip
        CHECK_MASKED(a0, MIP_S_ALL, MIP_SSIP | MIP_STIP)
        TEST_BEGIN(45)                  /* delegated: visible */
        li t0, MIP_S_ALL
        csrw mideleg, t0
        csrr a0, sip
        CHECK_MASKED(a0, SM_BITS, MIP_SSIP | MIP_STIP)
        /* from S: SSIP writable through sip, STIP and SEIP not */
        TEST_BEGIN(46)
        RUN_IN_S(csrci sip, MIP_SSIP; li t0, MIP_STIP; csrc sip, t0; li t0, MIP_SEIP; csrs sip, t0)
        csrr a0, mip
        CHECK_MASKED(a0, MIP_S_ALL, MIP_STIP)
        TEST_BEGIN(47)
        RUN_IN_S(csrsi sip, MIP_SSIP)
        csrr a0, mip
        CHECK_MASKED(a0, MIP_S_ALL, MIP_SSIP | MIP_STIP)
        csrw mip, zero
        csrw mideleg, zero

/* ---- counter enables ------------------------------------------------------------ */
        csrw mcounteren, zero
        csrw scounteren, zero
        ILLEGAL_S(48, rdcycle a0)
        ILLEGAL_S(49, rdtime a0)
        ILLEGAL_S(50, rdinstret a0)
        ILLEGAL_S(51, csrr a0, hpmcounter3)
        ILLEGAL_U(52, rdcycle a0)
        ILLEGAL_U(53, rdtime a0)
        /* M ignores the enables */
        TEST_BEGIN(54)
        rdcycle a0
        rdtime a0
        rdinstret a0
        /* S: each bit on its own */
        li t0, COUNTEREN_CY
        csrw mcounteren, t0
        TEST_OK_S(55, rdcycle a0)
        ILLEGAL_S(56, rdtime a0)
        ILLEGAL_S(57, rdinstret a0)
        ILLEGAL_U(58, rdcycle a0)       /* scounteren still 0 */
        li t0, COUNTEREN_TM
        csrw mcounteren, t0
        TEST_OK_S(59, rdtime a0)
        ILLEGAL_S(60, rdcycle a0)
        li t0, COUNTEREN_IR
        csrw mcounteren, t0
        TEST_OK_S(61, rdinstret a0)
        ILLEGAL_S(62, rdtime a0)
        li t0, 1 << 3
        csrw mcounteren, t0
        TEST_OK_S(63, csrr a0, hpmcounter3)
        /* U: needs both */
        li t0, COUNTEREN_CY | COUNTEREN_TM | COUNTEREN_IR
        csrw mcounteren, t0
        ILLEGAL_U(64, rdcycle a0)
        li t0, COUNTEREN_CY
        csrw scounteren, t0
        TEST_OK_U(65, rdcycle a0)
        ILLEGAL_U(66, rdtime a0)
        li t0, COUNTEREN_TM | COUNTEREN_IR
        csrw scounteren, t0
        TEST_OK_U(67, rdtime a0; rdinstret a0)
        ILLEGAL_U(68, rdcycle a0)
        /* scounteren alone is not enough */
        li t0, COUNTEREN_TM
        csrw mcounteren, t0
        li t0, COUNTEREN_CY | COUNTEREN_TM | COUNTEREN_IR
        csrw scounteren, t0
        TEST_OK_U(69, rdtime a0)
        ILLEGAL_U(70, rdinstret a0)
        /* S may set scounteren itself */
        csrw scounteren, zero
        li t0, COUNTEREN_CY
        csrw mcounteren, t0
        TEST_OK_S(71, csrwi scounteren, COUNTEREN_CY)
        TEST_OK_U(72, rdcycle a0)
        csrw mcounteren, zero
        csrw scounteren, zero

/* ---- odds and ends ------------------------------------------------------------------ */
        /* a CSR that does not exist (0x7c0, a custom M-mode number) */
        ILLEGAL_M(73, csrr a0, 0x7c0)
        ILLEGAL_S(74, csrw 0x5c0, zero)
        /* mconfigptr (1.12) exists and is read-only */
        TEST_BEGIN(75)
        csrr a0, mconfigptr
        ILLEGAL_M(76, csrw mconfigptr, zero)
        /* SXL and UXL: 2 (64 bits) */
        TEST_BEGIN(77)
        csrr a0, mstatus
        CHECK_MASKED(a0, 0xf << 32, 0xa << 32)
        /* satp: a write with an unsupported MODE (1 is reserved) has no
         * effect at all */
        TEST_BEGIN(78)
        li t0, (1 << 60) | 0x12345
        csrw satp, t0
        csrr a0, satp
        CHECK_VAL(a0, 0)

        j pass

#include "harness.inc"
