/*
 * zicsr.S: the Zicsr instructions and the CSRs every RV64GC M-mode has.
 *
 * csrrw/csrrs/csrrc and their immediate forms: old value to rd, new value
 * to the CSR, the 5-bit immediate zero-extended; rd = x0 still writes
 * (csrrw), rs1 = x0 or uimm = 0 never writes (csrrs/csrrc), so those forms
 * may read read-only CSRs while every real write to one is illegal and
 * leaves rd unchanged.  mscratch round trips; fcsr = frm:fflags, with the
 * three names aliasing and mstatus.FS going Dirty on a write; misa (MXL = 2
 * and I, M, A, F, D, C, S, U); mhartid = 0; cycle/instret and their m
 * versions readable, counting up and writable in M-mode; time readable.
 *
 * Not tested: csrrs/csrrc with rs1 != x0 holding zero on a read-only CSR.
 * The spec says it is an illegal write; QEMU 7.2 executes it as a read.
 */
#include "macros.h"

#define TRAP_DISARM     sd zero, trap_armed, t5

        .option norvc
TEST_PROGRAM_BEGIN

/* ---- csrrw / csrrs / csrrc on mscratch ------------------------------------ */
        TEST_CASE(1, a0, 0x0123456789abcdef,
                  li a1, 0x0123456789abcdef; csrw mscratch, a1; csrr a0, mscratch)
        TEST_CASE(2, a0, -1, li a1, -1; csrw mscratch, a1; csrr a0, mscratch)
        TEST_CASE(3, a0, 0, csrw mscratch, zero; csrr a0, mscratch)

        /* csrrw: rd = old, csr = rs1 */
        TEST_CASE(4, a0, 0x1111, li a1, 0x1111; csrw mscratch, a1; li a1, 0x2222;
                  csrrw a0, mscratch, a1)
        TEST_CASE(5, a0, 0x2222, csrr a0, mscratch)
        /* csrrw with rd == rs1: reads the old value, writes the old rs1 */
        TEST_CASE(6, a1, 0x2222, li a1, 0x3333; csrrw a1, mscratch, a1)
        TEST_CASE(7, a0, 0x3333, csrr a0, mscratch)
        /* csrrw x0: still writes */
        TEST_CASE(8, a0, 0x4444, li a1, 0x4444; csrrw x0, mscratch, a1; csrr a0, mscratch)

        /* csrrs: rd = old, csr |= rs1 */
        TEST_CASE(9, a0, 0xf0f0, li a1, 0xf0f0; csrw mscratch, a1; li a1, 0x0ff0;
                  csrrs a0, mscratch, a1)
        TEST_CASE(10, a0, 0xfff0, csrr a0, mscratch)
        TEST_CASE(11, a0, 0x8000000000000000 | 0xfff0,
                  li a1, 0x8000000000000000; csrs mscratch, a1; csrr a0, mscratch)

        /* csrrc: rd = old, csr &= ~rs1 */
        TEST_CASE(12, a0, 0x800000000000fff0, li a1, 0x8000000000000f00; csrrc a0, mscratch, a1)
        TEST_CASE(13, a0, 0xf0f0, csrr a0, mscratch)
        TEST_CASE(14, a0, 0, li a1, -1; csrc mscratch, a1; csrr a0, mscratch)

        /* rs1 = x0: csrrs / csrrc read and do not write */
        TEST_CASE(15, a0, 0x5555, li a1, 0x5555; csrw mscratch, a1; csrrs a0, mscratch, x0)
        TEST_CASE(16, a0, 0x5555, csrrc a0, mscratch, x0)
        TEST_CASE(17, a0, 0x5555, csrr a0, mscratch)

/* ---- immediate forms: 5-bit zero-extended uimm ---------------------------- */
        TEST_CASE(18, a0, 0x5555, csrrwi a0, mscratch, 31)
        TEST_CASE(19, a0, 31, csrr a0, mscratch)             /* not sign-extended */
        TEST_CASE(20, a0, 31, csrrwi a0, mscratch, 0)
        TEST_CASE(21, a0, 0, csrr a0, mscratch)
        TEST_CASE(22, a0, 0, csrrsi a0, mscratch, 0x10)
        TEST_CASE(23, a0, 0x10, csrrsi a0, mscratch, 0x03)
        TEST_CASE(24, a0, 0x13, csrr a0, mscratch)
        TEST_CASE(25, a0, 0x13, csrrci a0, mscratch, 0x11)
        TEST_CASE(26, a0, 0x02, csrr a0, mscratch)
        TEST_CASE(27, a0, 0x1f, li a1, -1; csrw mscratch, a1; csrrci x0, mscratch, 0x1f;
                  csrr a0, mscratch; not a0, a0)
        /* uimm = 0: csrrsi / csrrci do not write */
        TEST_CASE(28, a0, 0x77, li a1, 0x77; csrw mscratch, a1; csrrsi a0, mscratch, 0)
        TEST_CASE(29, a0, 0x77, csrrci a0, mscratch, 0; csrr a0, mscratch)
        /* csrrwi x0 still writes */
        TEST_CASE(30, a0, 9, csrrwi x0, mscratch, 9; csrr a0, mscratch)

/* ---- read-only CSRs: reads are fine, writes are illegal ------------------- */
        TEST_CASE(31, a0, 0, li a0, -1; csrr a0, mhartid)
        TEST_CASE(32, a0, 0, li a0, -1; csrrc a0, mhartid, x0)
        TEST_CASE(33, a0, 0, li a0, -1; csrrsi a0, mhartid, 0)
        TEST_CASE(34, a0, 0, li a0, -1; csrrci a0, mhartid, 0)
        TEST_CASE(35, x0, 0, csrr a0, mvendorid; csrr a0, marchid; csrr a0, mimpid;
                  csrrsi a0, cycle, 0; csrrci a0, instret, 0; csrrs a0, minstret, x0)

        TEST_TRAP(36, CAUSE_ILLEGAL_INSN, li a1, 5; csrw mhartid, a1)
        TEST_TRAP(37, CAUSE_ILLEGAL_INSN, li a1, 5; csrrw x0, mhartid, a1)
        TEST_TRAP(38, CAUSE_ILLEGAL_INSN, csrrwi a0, mhartid, 0)
        TEST_TRAP(39, CAUSE_ILLEGAL_INSN, csrrsi a0, mhartid, 1)
        TEST_TRAP(40, CAUSE_ILLEGAL_INSN, csrrci a0, mvendorid, 1)
        TEST_TRAP(41, CAUSE_ILLEGAL_INSN, li a1, 1; csrrs a0, cycle, a1)
        TEST_TRAP(42, CAUSE_ILLEGAL_INSN, li a1, -1; csrrc a0, instret, a1)
        TEST_TRAP(43, CAUSE_ILLEGAL_INSN, csrrwi x0, cycle, 0)
        TEST_TRAP(44, CAUSE_ILLEGAL_INSN, li a1, 5; csrw time, a1)
        /* The trapping instruction must not write rd. */
        TEST_TRAP(45, CAUSE_ILLEGAL_INSN, li a0, 0x1234; li a1, 5; csrrw a0, mhartid, a1)
        CHECK_VAL(a0, 0x1234)
        TEST_TRAP(46, CAUSE_ILLEGAL_INSN, li a0, 0x1235; csrrsi a0, marchid, 4)
        CHECK_VAL(a0, 0x1235)
        /* mtval holds the trapping instruction. */
        TEST_TRAP(47, CAUSE_ILLEGAL_INSN, li a1, 5; bad_csr_write: csrw mhartid, a1)
        GET_MTVAL(a0)
        la a1, bad_csr_write
        lwu a1, 0(a1)
        bne a0, a1, fail

/* ---- fcsr = frm (bits 7:5) : fflags (bits 4:0) ---------------------------- */
        TEST_CASE(48, a0, 0xff, li a1, 0xff; csrw fcsr, a1; csrr a0, fcsr)
        TEST_CASE(49, a0, 7, frrm a0)
        TEST_CASE(50, a0, 0x1f, frflags a0)
        TEST_CASE(51, a0, 0x5f, li a1, 2; fsrm a1; frcsr a0)
        TEST_CASE(52, a0, 0x45, li a1, 5; fsflags a1; frcsr a0)
        TEST_CASE(53, a0, 0x1f, li a1, 0xff; csrw fflags, a1; csrr a0, fflags)   /* 5 bits */
        TEST_CASE(54, a0, 2, csrr a0, frm)                                       /* untouched */
        TEST_CASE(55, a0, 7, li a1, 0xff; csrw frm, a1; csrr a0, frm)            /* 3 bits */
        TEST_CASE(56, a0, 0x1f, csrr a0, fflags)                                 /* untouched */
        TEST_CASE(57, a0, 0xff, csrr a0, fcsr)
        /* swaps and immediate forms on the aliases */
        TEST_CASE(58, a0, 0xff, li a1, 0x21; fscsr a0, a1)
        TEST_CASE(59, a0, 1, frrm a0)
        TEST_CASE(60, a0, 1, frflags a0)
        TEST_CASE(61, a0, 1, fsrmi a0, 4)
        TEST_CASE(62, a0, 0x81, frcsr a0)
        TEST_CASE(63, a0, 1, fsflagsi a0, 0x1a)
        TEST_CASE(64, a0, 0x9a, frcsr a0)
        TEST_CASE(65, a0, 0x1a, csrrci a0, fflags, 0x0a)
        TEST_CASE(66, a0, 0x90, csrrsi a0, fcsr, 0; csrr a0, fcsr)
        TEST_CASE(67, a0, 0x91, csrrsi a0, fflags, 0x01; csrr a0, fcsr)
        TEST_CASE(68, a0, 0x11, csrrwi a0, frm, 0; csrr a0, fcsr)
        /* an FP instruction's flags appear in fcsr */
        TEST_CASE(69, a0, 0x08, csrw fcsr, zero; li a1, 0x3ff0000000000000; fmv.d.x fa0, a1;
                  fmv.d.x fa1, zero; fdiv.d fa2, fa0, fa1; csrr a0, fcsr)
        /* a write to fcsr from FS = Initial makes FS Dirty (and sets SD) */
        TEST_CASE(70, a0, MSTATUS_FS,
                  li t0, MSTATUS_FS; csrc mstatus, t0; li t0, MSTATUS_FS_INIT; csrs mstatus, t0;
                  csrwi fflags, 1; csrr a1, mstatus; li t0, MSTATUS_FS; and a0, a1, t0)
        TEST_CASE(71, a0, 1, srli a0, a1, 63)
        csrw fcsr, zero

/* ---- machine information registers --------------------------------------- */
        /* misa: MXL = 2 (64-bit) and the I M A F D C S U extension bits */
#define MISA_EXT(c) (1 << ((c) - 'A'))
#define MISA_RV64GC_SU (MISA_EXT('I') | MISA_EXT('M') | MISA_EXT('A') | MISA_EXT('F') | \
                        MISA_EXT('D') | MISA_EXT('C') | MISA_EXT('S') | MISA_EXT('U'))
        TEST_CASE(72, a0, 2, csrr a1, misa; srli a0, a1, 62)
        TEST_CASE(73, a0, MISA_RV64GC_SU, li t0, MISA_RV64GC_SU; and a0, a1, t0)
        TEST_CASE(74, a0, 0, li a0, -1; csrr a0, mhartid)

/* ---- counters --------------------------------------------------------------- */
        /* instret counts retired instructions: it must go up across a loop */
        TEST_BEGIN(75)
        rdinstret a0
        li a2, 100
1:      addi a2, a2, -1
        bnez a2, 1b
        rdinstret a1
        bgeu a0, a1, fail
        sub a3, a1, a0
        li a4, 200
        bltu a3, a4, fail              /* at least the 200 loop instructions */
        TEST_BEGIN(76)
        csrr a0, minstret
        li a2, 100
1:      addi a2, a2, -1
        bnez a2, 1b
        csrr a1, minstret
        bgeu a0, a1, fail
        /* cycle and mcycle go up too */
        TEST_BEGIN(77)
        rdcycle a0
        li a2, 100
1:      addi a2, a2, -1
        bnez a2, 1b
        rdcycle a1
        bgeu a0, a1, fail
        TEST_BEGIN(78)
        csrr a0, mcycle
        li a2, 100
1:      addi a2, a2, -1
        bnez a2, 1b
        csrr a1, mcycle
        bgeu a0, a1, fail
        /* the user names alias the machine counters */
        TEST_BEGIN(79)
        csrr a0, minstret
        rdinstret a1
        csrr a2, minstret
        bltu a1, a0, fail
        bltu a2, a1, fail
        /* M-mode may write mcycle and minstret; they count on from there */
        TEST_BEGIN(80)
        li a0, 0x100000000000
        csrw minstret, a0
        csrr a1, minstret
        bltu a1, a0, fail
        sub a1, a1, a0
        li a2, 0x100000000
        bgeu a1, a2, fail
        TEST_BEGIN(81)
        li a0, 0x100000000000
        csrw mcycle, a0
        csrr a1, mcycle
        bltu a1, a0, fail
        sub a1, a1, a0
        li a2, 0x100000000
        bgeu a1, a2, fail
        /*
         * time: a read-only shadow of the platform timer; reads must not go
         * backwards.  M-mode software may also emulate it by trapping (QEMU's
         * spike board has no rdtime), so an illegal-instruction trap passes.
         */
        TEST_BEGIN(82)
        TRAP_ARM
        rdtime a0
        ld t6, trap_armed
        beqz t6, 2f                     /* trapped */
        TRAP_DISARM
        rdtime a1
        bltu a1, a0, fail
        j 3f
2:      ld t5, trap_mcause
        li t6, CAUSE_ILLEGAL_INSN
        bne t5, t6, fail
3:

TEST_PROGRAM_END
