/*
 * rv64uc.S: the C extension (compressed instructions) on RV64.
 *
 * Every RV64C instruction, written with its explicit c. mnemonic so the
 * assembler cannot pick another encoding: immediates at the ends of their
 * ranges, sign extension (c.li, c.lui, c.addiw, c.andi, c.lw), 6-bit shift
 * amounts, the stack-pointer forms, the FP loads and stores, c.jalr linking
 * pc + 2, c.ebreak, the HINT encodings (must do nothing), the reserved
 * encodings (must be illegal, mtval = the 16-bit instruction), and 32-bit
 * instructions at 2-byte-aligned addresses, including one that straddles a
 * 4 KiB page boundary.
 *
 * Only x8..x15 (s0, s1, a0..a5) are reachable from the 3-bit register
 * fields; s11 keeps the real stack pointer while tests move sp.
 */
#include "macros.h"

TEST_PROGRAM_BEGIN
        .option rvc

/* ---- c.li, c.lui, c.addi, c.addiw, c.addi16sp, c.addi4spn ---------------- */
        TEST_CASE(1, a0, 0, li a0, 7; c.li a0, 0)
        TEST_CASE(2, a0, 31, c.li a0, 31)
        TEST_CASE(3, a0, -32, c.li a0, -32)
        TEST_CASE(4, t0, -1, c.li t0, -1)                /* any register */

        TEST_CASE(5, a0, 0x1000, c.lui a0, 1)
        TEST_CASE(6, a0, 0x1f000, c.lui a0, 0x1f)
        TEST_CASE(7, a0, 0xfffffffffffe0000, c.lui a0, 0xfffe0)
        TEST_CASE(8, a0, 0xfffffffffffff000, c.lui a0, 0xfffff)
        TEST_CASE(9, s1, 0x5000, c.lui s1, 5)

        TEST_CASE(10, a0, 31, c.li a0, 0; c.addi a0, 31)
        TEST_CASE(11, a0, -32, c.li a0, 0; c.addi a0, -32)
        TEST_CASE(12, a0, 0x7fffffffffffffe0, li a0, 0x8000000000000000; c.addi a0, -32)
        TEST_CASE(13, a0, 0x100000000, li a0, 0xffffffff; c.addi a0, 1)
        TEST_CASE(14, t1, 0x10, li t1, 0x11; c.addi t1, -1)

        TEST_CASE(15, a0, 0xffffffff80000000, li a0, 0x7fffffff; c.addiw a0, 1)
        TEST_CASE(16, a0, 0xffffffff80000000, li a0, 0x180000000; c.addiw a0, 0)   /* sext.w */
        TEST_CASE(17, a0, 0x7fffffe0, li a0, 0xffffffff80000000; c.addiw a0, -32)
        TEST_CASE(18, a0, 31, li a0, 0x100000000; c.addiw a0, 31)
        TEST_CASE(19, t2, -1, li t2, 0; c.addiw t2, -1)

        mv s11, sp
        TEST_CASE(20, sp, 0x10000 - 512, li sp, 0x10000; c.addi16sp sp, -512)
        TEST_CASE(21, sp, 0x10000 + 496, li sp, 0x10000; c.addi16sp sp, 496)
        TEST_CASE(22, sp, 0x10000 + 16, li sp, 0x10000; c.addi16sp sp, 16)
        TEST_CASE(23, a0, 0x12340 + 4, li sp, 0x12340; c.addi4spn a0, sp, 4)
        TEST_CASE(24, a5, 0x12340 + 1020, li sp, 0x12340; c.addi4spn a5, sp, 1020)
        TEST_CASE(25, s0, 0x12340 + 512, li sp, 0x12340; c.addi4spn s0, sp, 512)
        mv sp, s11

/* ---- shifts and logic on x8..x15 (c.slli on any register) ---------------- */
        TEST_CASE(26, a0, 2, li a0, 1; c.slli a0, 1)
        TEST_CASE(27, a0, 0x8000000000000000, li a0, 1; c.slli a0, 63)
        TEST_CASE(28, a0, 0x100000000, li a0, 1; c.slli a0, 32)
        TEST_CASE(29, t3, 0xfffffffe00000000, li t3, -1; c.slli t3, 33)

        TEST_CASE(30, a0, 0x4000000000000000, li a0, 0x8000000000000000; c.srli a0, 1)
        TEST_CASE(31, a0, 1, li a0, 0x8000000000000000; c.srli a0, 63)
        TEST_CASE(32, a1, 0xffffffff, li a1, -1; c.srli a1, 32)

        TEST_CASE(33, a0, 0xc000000000000000, li a0, 0x8000000000000000; c.srai a0, 1)
        TEST_CASE(34, a0, -1, li a0, 0x8000000000000000; c.srai a0, 63)
        TEST_CASE(35, a2, 0x3fffffff, li a2, 0x7fffffffffffffff; c.srai a2, 33)

        TEST_CASE(36, a0, 0x123456789abcdee0, li a0, 0x123456789abcdeff; c.andi a0, -32)
        TEST_CASE(37, a0, 0x1f, li a0, 0x123456789abcdeff; c.andi a0, 31)
        TEST_CASE(38, a0, 0, li a0, -1; c.andi a0, 0)
        TEST_CASE(39, a3, 0xfffffffffffffff5, li a3, -11; c.andi a3, -1)

        TEST_CASE(40, a0, 2, li a0, 5; li a1, 3; c.sub a0, a1)
        TEST_CASE(41, a0, 0x8000000000000000, li a0, 0; li a1, 0x8000000000000000; c.sub a0, a1)
        TEST_CASE(42, a0, 0xf0f0f0f0f0f0f0f0, li a0, 0xff00ff00ff00ff00; li a1, 0x0ff00ff00ff00ff0; c.xor a0, a1)
        TEST_CASE(43, a0, 0xfff0fff0fff0fff0, li a0, 0xff00ff00ff00ff00; li a1, 0x0ff00ff00ff00ff0; c.or a0, a1)
        TEST_CASE(44, a0, 0x0f000f000f000f00, li a0, 0xff00ff00ff00ff00; li a1, 0x0ff00ff00ff00ff0; c.and a0, a1)
        TEST_CASE(45, s0, 0, li s0, 0x55; c.xor s0, s0)

        TEST_CASE(46, a0, 0xffffffff80000000, li a0, 0x7fffffff; li a1, 1; c.addw a0, a1)
        TEST_CASE(47, a0, 0, li a0, 0x1ffffffff; li a1, 0x300000001; c.addw a0, a1)
        TEST_CASE(48, a0, 0x7fffffff, li a0, 0x80000000; li a1, 1; c.subw a0, a1)
        TEST_CASE(49, a0, -1, li a0, 0x500000000; li a1, 1; c.subw a0, a1)
        TEST_CASE(50, a5, -2, li a5, -1; li a4, 1; c.subw a5, a4)

/* ---- c.mv, c.add (any registers) ---------------------------------------- */
        TEST_CASE(51, a0, 0x123456789abcdef0, li a1, 0x123456789abcdef0; c.mv a0, a1)
        TEST_CASE(52, t4, -5, li s2, -5; c.mv t4, s2)
        TEST_CASE(53, a0, 0x100000000, li a0, 0xffffffff; li a1, 1; c.add a0, a1)
        TEST_CASE(54, a0, 0, li a0, -1; li a1, 1; c.add a0, a1)
        TEST_CASE(55, s3, 24, li s3, 12; c.add s3, s3)

/* ---- loads and stores through x8..x15 ------------------------------------ */
        TEST_CASE(56, a0, 0xfffffffffedcba98, la a1, c_data; c.lw a0, 4(a1))
        TEST_CASE(57, a0, 0x76543210, la a1, c_data; c.lw a0, 0(a1))
        TEST_CASE(58, a0, 0x0123456789abcdef, la a1, c_data; c.ld a0, 8(a1))
        TEST_CASE(59, a0, 0x1111111111111111, la a1, c_data; c.ld a0, 248(a1))
        TEST_CASE(60, a0, 0x22222222, la a1, c_data; c.lw a0, 124(a1))
        TEST_CASE(61, a0, 0xffffffffaabbccdd,
                  la a1, c_scratch; li a2, 0xaabbccdd; c.sw a2, 4(a1); c.lw a0, 4(a1))
        TEST_CASE(62, a0, 0xaabbccdd00000000, ld a0, 0(a1))
        TEST_CASE(63, a0, 0x55667788,
                  la a1, c_scratch; li a2, 0x1122334455667788; c.sw a2, 124(a1); lwu a0, 124(a1))
        TEST_CASE(64, a0, 0x1122334455667788,
                  la a1, c_scratch; li a2, 0x1122334455667788; c.sd a2, 248(a1); c.ld a0, 248(a1))
        TEST_CASE(65, a0, -1, la s0, c_scratch; li s1, -1; c.sd s1, 16(s0); c.ld a0, 16(s0))

        /* c.fld / c.fsd */
        TEST_CASE(66, a0, 0x400921fb54442d18,
                  la a1, c_fdata; c.fld fa0, 0(a1); fmv.x.d a0, fa0)
        TEST_CASE(67, a0, 0xbff0000000000000,
                  la a1, c_fdata; c.fld fa5, 248(a1); fmv.x.d a0, fa5)
        TEST_CASE(68, a0, 0xc00921fb54442d18,
                  la a1, c_scratch; li a2, 0xc00921fb54442d18; fmv.d.x fa1, a2;
                  c.fsd fa1, 32(a1); ld a0, 32(a1))
        TEST_CASE(69, a0, 0x3ff0000000000000,
                  la a1, c_scratch; li a2, 0x3ff0000000000000; fmv.d.x fs0, a2;
                  c.fsd fs0, 248(a1); c.fld fa2, 248(a1); fmv.x.d a0, fa2)

/* ---- stack-pointer loads and stores -------------------------------------- */
        mv s11, sp
        la sp, c_scratch
        TEST_CASE(70, a0, 0x0123456789abcdef,
                  li a1, 0x0123456789abcdef; c.sdsp a1, 0(sp); c.ldsp a0, 0(sp))
        TEST_CASE(71, t0, 0xfedcba9876543210,
                  li t1, 0xfedcba9876543210; c.sdsp t1, 504(sp); c.ldsp t0, 504(sp))
        TEST_CASE(72, a0, 0xffffffff80000001,
                  li a1, 0x80000001; c.swsp a1, 8(sp); c.lwsp a0, 8(sp))
        TEST_CASE(73, ra, 0x7ffffffe,
                  li a1, 0x7ffffffe; c.swsp a1, 252(sp); c.lwsp ra, 252(sp))
        TEST_CASE(74, a0, 0x000000007ffffffe, lwu a0, 252(sp))
        TEST_CASE(75, a0, 0x400921fb54442d18,
                  li a1, 0x400921fb54442d18; fmv.d.x ft0, a1; c.fsdsp ft0, 16(sp);
                  c.fldsp ft1, 16(sp); fmv.x.d a0, ft1)
        TEST_CASE(76, a0, 0xc000000000000000,
                  li a1, 0xc000000000000000; fmv.d.x ft2, a1; c.fsdsp ft2, 504(sp);
                  c.fldsp ft3, 504(sp); fmv.x.d a0, ft3)
        mv sp, s11

/* ---- control transfer ----------------------------------------------------- */
        /* c.j forwards and backwards */
        TEST_BEGIN(77)
        c.j 2f
1:      c.j 3f
2:      c.j 1b
        j fail
3:
        /* c.jr: jump to rs1 */
        TEST_BEGIN(78)
        la a1, 2f
        c.jr a1
        j fail
2:
        /* c.jalr: jump to rs1, ra = pc + 2 */
        TEST_BEGIN(79)
        la a1, 2f
1:      c.jalr a1
        j fail
2:      CHECK_ADDR(ra, 1b + 2)
        /* c.jalr with rs1 == ra: target from the old ra */
        TEST_BEGIN(80)
        la ra, 2f
1:      c.jalr ra
        j fail
2:      CHECK_ADDR(ra, 1b + 2)
        /* return with c.jr ra */
        TEST_BEGIN(81)
        li a0, 0
        la a1, 5f
        c.jalr a1
        CHECK_VAL(a0, 42)
        j 6f
5:      c.li a0, 31
        c.addi a0, 11
        c.jr ra
6:
        /* c.beqz / c.bnez: taken and not taken, both directions */
        TEST_BEGIN(82)
        c.li a0, 0
        c.li a1, -1
        c.beqz a0, 1f                   /* taken, forwards */
        j fail
1:      c.bnez a1, 3f                   /* taken, forwards */
        j fail
2:      c.j 4f
3:      c.beqz a1, 7f                   /* not taken */
        c.bnez a0, 7f                   /* not taken */
        c.bnez a1, 2b                   /* taken, backwards */
7:      j fail
4:      c.j 6f
5:      c.j 8f
6:      c.beqz a0, 5b                   /* taken, backwards */
        j fail
8:      li a2, 0x100000000              /* non-zero only above bit 31 */
        c.bnez a2, 9f
        j fail
9:      c.beqz a2, 7b

/* ---- c.nop, HINTs and reserved encodings --------------------------------- */
        TEST_CASE(83, a0, 5, li a0, 5; c.nop; c.nop)
        /* HINTs (rd = x0 forms): must change nothing */
        TEST_CASE(84, a0, 6, li a0, 6;
                  .half 0x0005;         /* c.addi x0, 1   (c.nop with imm) */
                  .half 0x4015;         /* c.li x0, 5 */
                  .half 0x802a;         /* c.mv x0, a0 */
                  .half 0x902a;         /* c.add x0, a0 */
                  .half 0x0006)         /* c.slli x0, 1 */
        CHECK_VAL(x0, 0)
        /* Reserved encodings: illegal instruction, mtval = the 16 bits */
#define TEST_C_ILLEGAL(n, bits)                                             \
        TEST_TRAP(n, CAUSE_ILLEGAL_INSN, .half bits);                       \
        GET_MTVAL(a0); CHECK_VAL(a0, bits)
        TEST_C_ILLEGAL(85, 0x0000)       /* all zeros (c.addi4spn, imm 0) */
        TEST_C_ILLEGAL(86, 0x0004)       /* c.addi4spn s1, sp, 0 */
        TEST_C_ILLEGAL(87, 0x6101)       /* c.addi16sp sp, 0 */
        TEST_C_ILLEGAL(88, 0x6501)       /* c.lui a0, 0 */
        TEST_C_ILLEGAL(89, 0x4002)       /* c.lwsp x0, 0(sp) */
        TEST_C_ILLEGAL(90, 0x6002)       /* c.ldsp x0, 0(sp) */
        TEST_C_ILLEGAL(91, 0x8002)       /* c.jr x0 */

        /* c.ebreak: breakpoint at its own address, resumes 2 bytes on */
        TEST_TRAP(92, CAUSE_BREAKPOINT, c_ebreak_at: c.ebreak)
        GET_MEPC(a0)
        CHECK_ADDR(a0, c_ebreak_at)

/* ---- 32-bit instructions at 2-byte-aligned addresses ---------------------- */
        TEST_BEGIN(93)
        .balign 4
        c.nop
        .option push
        .option norvc
        addi a0, x0, 0x123              /* starts at an address = 2 mod 4 */
        .option pop
        CHECK_VAL(a0, 0x123)

        /* One 32-bit instruction split across a 4 KiB page boundary. */
        TEST_BEGIN(94)
        j 1f
        .balign 4096
        .skip 4094
1:
        .option push
        .option norvc
        addi a0, x0, 0x321
        .option pop
        CHECK_VAL(a0, 0x321)

TEST_PROGRAM_END

        .data
        .balign 8
c_data:
        .dword 0xfedcba9876543210
        .dword 0x0123456789abcdef
        .fill 13, 8, 0
        .word 0, 0x22222222     /* offset 120 / 124 */
        .fill 15, 8, 0
        .dword 0x1111111111111111  /* offset 248 */
        .balign 8
c_fdata:
        .dword 0x400921fb54442d18
        .fill 30, 8, 0
        .dword 0xbff0000000000000  /* offset 248 */
        .balign 16
c_scratch:
        .fill 64, 8, 0
