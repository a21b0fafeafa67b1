/*
 * rv64ua.S: the A extension (atomics) on RV64, single hart.
 *
 * lr/sc: a successful pair (rd = 0, memory written), sc failing without a
 * reservation (rd != 0, memory untouched), sc consuming the reservation,
 * lr.w sign-extension, sc.w writing only its word, and an lr/sc retry loop.
 * Every AMO in .w and .d form: rd gets the old value (sign-extended for .w),
 * memory gets the new value, the neighbouring word or doubleword is left
 * alone, and .w ops use only the low 32 bits of rs2.  Also the aq/rl
 * variants, rd = x0 and rd == rs2.
 *
 * Misaligned and faulting atomics are in traps.S.
 */
#include "macros.h"

#define GUARD32 0x5a5aa5a5
#define GUARD64 0x5a5aa5a5c3c33c3c

/*
 * 32-bit AMO: the word at amo_data starts as `init` with GUARD32 above it;
 * after `op a0, operand, (amo_data)`, a0 must be `old` (init sign-extended)
 * and the word must be `new` (given sign-extended, as lw reads it).
 */
#define TEST_AMO_W(n, op, old, new, init, operand)                          \
        TEST_CASE(n, a0, old,                                               \
                  la a1, amo_data; li a2, init; sw a2, 0(a1);               \
                  li a2, GUARD32; sw a2, 4(a1);                             \
                  li a2, operand; op a0, a2, (a1));                         \
        lw a3, 0(a1); CHECK_VAL(a3, new);                                   \
        lwu a3, 4(a1); CHECK_VAL(a3, GUARD32)

#define TEST_AMO_D(n, op, old, new, init, operand)                          \
        TEST_CASE(n, a0, old,                                               \
                  la a1, amo_data; li a2, init; sd a2, 0(a1);               \
                  li a2, GUARD64; sd a2, 8(a1);                             \
                  li a2, operand; op a0, a2, (a1));                         \
        ld a3, 0(a1); CHECK_VAL(a3, new);                                   \
        ld a3, 8(a1); CHECK_VAL(a3, GUARD64)

        .option norvc
TEST_PROGRAM_BEGIN

/* ---- lr / sc ------------------------------------------------------------ */
        /* lr.w sign-extends; a following sc.w succeeds and writes one word. */
        TEST_CASE(1, a0, 0xffffffff80000000,
                  la a1, amo_data; li a2, GUARD64; sd a2, 0(a1);
                  li a2, 0x80000000; sw a2, 0(a1); lr.w a0, (a1))
        TEST_CASE(2, a3, 0, li a2, 0x1234567811223344; sc.w a3, a2, (a1))
        TEST_CASE(3, a4, 0x11223344, lwu a4, 0(a1))
        TEST_CASE(4, a4, GUARD64 >> 32, lwu a4, 4(a1))

        /* The reservation is gone: a second sc.w fails and writes nothing. */
        TEST_CASE(5, a3, 1, li a2, 0x55; sc.w a3, a2, (a1); snez a3, a3)
        TEST_CASE(6, a4, 0x11223344, lwu a4, 0(a1))

        /* sc.w with no lr before it at all (fresh location) fails. */
        TEST_CASE(7, a3, 1, la a1, amo_data + 16; sw zero, 0(a1); li a2, 7;
                  sc.w a3, a2, (a1); snez a3, a3)
        TEST_CASE(8, a4, 0, lw a4, 0(a1))

        /* lr.d / sc.d */
        TEST_CASE(9, a0, 0x8000000000000001,
                  la a1, amo_data; li a2, 0x8000000000000001; sd a2, 0(a1);
                  lr.d a0, (a1))
        TEST_CASE(10, a3, 0, li a2, 0x0123456789abcdef; sc.d a3, a2, (a1))
        TEST_CASE(11, a4, 0x0123456789abcdef, ld a4, 0(a1))
        TEST_CASE(12, a3, 1, li a2, 0x77; sc.d a3, a2, (a1); snez a3, a3)
        TEST_CASE(13, a4, 0x0123456789abcdef, ld a4, 0(a1))

        /* A new lr makes a new reservation. */
        TEST_CASE(14, a3, 0, lr.d a0, (a1); addi a2, a0, 1; sc.d a3, a2, (a1))
        TEST_CASE(15, a4, 0x0123456789abcdf0, ld a4, 0(a1))

        /* The aq/rl orderings behave the same on one hart. */
        TEST_CASE(16, a3, 0, lr.w.aq a0, (a1); sc.w.rl a3, a2, (a1))
        TEST_CASE(17, a3, 0, lr.d.aqrl a0, (a1); sc.d.aqrl a3, a2, (a1))
        TEST_CASE(18, a3, 0, lr.w.aqrl a0, (a1); sc.w.aq a3, a2, (a1))
        TEST_CASE(19, a3, 0, lr.d.aq a0, (a1); sc.d.rl a3, a2, (a1))

        /* The usual retry loop: 100 atomic increments of a counter. */
        TEST_BEGIN(20)
        la a1, amo_data
        sd zero, 0(a1)
        li a5, 100
1:      lr.d a0, (a1)
        addi a0, a0, 1
        sc.d a3, a0, (a1)
        bnez a3, 1b
        addi a5, a5, -1
        bnez a5, 1b
        ld a4, 0(a1)
        CHECK_VAL(a4, 100)

/* ---- AMO .w ------------------------------------------------------------- */
        TEST_AMO_W(21, amoswap.w, 0xffffffff80000000, 0x12345678, 0x80000000, 0x112345678)
        TEST_AMO_W(22, amoswap.w, 0x12345678, 0xffffffff80000000, 0x12345678, 0x80000000)

        TEST_AMO_W(23, amoadd.w, 5, 12, 5, 7)
        TEST_AMO_W(24, amoadd.w, 0x7fffffff, 0xffffffff80000000, 0x7fffffff, 1)
        TEST_AMO_W(25, amoadd.w, -1, 0, 0xffffffff, 0x100000001)
        TEST_AMO_W(26, amoadd.w, 0xffffffff80000000, 0, 0x80000000, 0x80000000)

        TEST_AMO_W(27, amoxor.w, 0xffffffffff00ff00, 0xfffffffff0f0f0f0, 0xff00ff00, 0x0ff00ff0)
        TEST_AMO_W(28, amoxor.w, 0x0ff00ff0, 0xfffffffff00ff00f, 0x0ff00ff0, -1)

        TEST_AMO_W(29, amoand.w, 0xffffffffff00ff00, 0x0f000f00, 0xff00ff00, 0x0ff00ff0)
        TEST_AMO_W(30, amoand.w, -1, 0xffffffff80000001, 0xffffffff, 0xabcd80000001)

        TEST_AMO_W(31, amoor.w, 0xffffffffff00ff00, 0xfffffffffff0fff0, 0xff00ff00, 0x0ff00ff0)
        TEST_AMO_W(32, amoor.w, 0, 0x7fffffff, 0, 0xffffffff7fffffff)

        TEST_AMO_W(33, amomin.w, 0xffffffff80000000, 0xffffffff80000000, 0x80000000, 1)
        TEST_AMO_W(34, amomin.w, 5, -3, 5, -3)
        TEST_AMO_W(35, amomin.w, 5, -1, 5, 0xffffffff)      /* rs2 is -1 as a word */
        TEST_AMO_W(36, amomin.w, -7, -7, -7, -3)

        TEST_AMO_W(37, amomax.w, 0xffffffff80000000, 1, 0x80000000, 1)
        TEST_AMO_W(38, amomax.w, -5, -3, -5, -3)
        TEST_AMO_W(39, amomax.w, 5, 5, 5, 0xffffffff)
        TEST_AMO_W(40, amomax.w, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x80000000)

        TEST_AMO_W(41, amominu.w, 0xffffffff80000000, 1, 0x80000000, 1)
        TEST_AMO_W(42, amominu.w, 5, 5, 5, 0xffffffff)
        TEST_AMO_W(43, amominu.w, 5, 3, 5, 0x100000003)     /* upper rs2 bits ignored */
        TEST_AMO_W(44, amominu.w, -1, 0xfffffffffffffffe, 0xffffffff, 0xfffffffe)

        TEST_AMO_W(45, amomaxu.w, 0xffffffff80000000, 0xffffffff80000000, 0x80000000, 1)
        TEST_AMO_W(46, amomaxu.w, 5, -1, 5, 0xffffffff)
        TEST_AMO_W(47, amomaxu.w, 5, 5, 5, 0x100000003)
        TEST_AMO_W(48, amomaxu.w, 0x7fffffff, 0xffffffff80000000, 0x7fffffff, 0x80000000)

/* ---- AMO .d ------------------------------------------------------------- */
        TEST_AMO_D(49, amoswap.d, 0x8000000000000000, 0x0123456789abcdef, 0x8000000000000000, 0x0123456789abcdef)
        TEST_AMO_D(50, amoadd.d, 5, 12, 5, 7)
        TEST_AMO_D(51, amoadd.d, 0xffffffff, 0x100000000, 0xffffffff, 1)
        TEST_AMO_D(52, amoadd.d, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 1)
        TEST_AMO_D(53, amoadd.d, -1, 0, -1, 1)
        TEST_AMO_D(54, amoxor.d, 0xff00ff00ff00ff00, 0xf0f0f0f0f0f0f0f0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
        TEST_AMO_D(55, amoand.d, 0xff00ff00ff00ff00, 0x0f000f000f000f00, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
        TEST_AMO_D(56, amoor.d, 0xff00ff00ff00ff00, 0xfff0fff0fff0fff0, 0xff00ff00ff00ff00, 0x0ff00ff00ff00ff0)
        TEST_AMO_D(57, amomin.d, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 1)
        TEST_AMO_D(58, amomin.d, 5, -3, 5, -3)
        TEST_AMO_D(59, amomin.d, 5, 5, 5, 0xffffffff)       /* positive as a doubleword */
        TEST_AMO_D(60, amomax.d, 0x8000000000000000, 1, 0x8000000000000000, 1)
        TEST_AMO_D(61, amomax.d, -5, -3, -5, -3)
        TEST_AMO_D(62, amomax.d, 5, 0xffffffff, 5, 0xffffffff)
        TEST_AMO_D(63, amominu.d, 0x8000000000000000, 1, 0x8000000000000000, 1)
        TEST_AMO_D(64, amominu.d, 5, 5, 5, -1)
        TEST_AMO_D(65, amominu.d, -1, 0xfffffffffffffffe, -1, -2)
        TEST_AMO_D(66, amomaxu.d, 0x8000000000000000, 0x8000000000000000, 0x8000000000000000, 1)
        TEST_AMO_D(67, amomaxu.d, 5, -1, 5, -1)
        TEST_AMO_D(68, amomaxu.d, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000)

/* ---- orderings, rd = x0, rd == rs2, rd == rs1 --------------------------- */
        TEST_AMO_W(69, amoadd.w.aq, 1, 3, 1, 2)
        TEST_AMO_W(70, amoor.w.rl, 1, 3, 1, 2)
        TEST_AMO_D(71, amoadd.d.aqrl, 1, 3, 1, 2)
        TEST_AMO_D(72, amoswap.d.aq, 1, 2, 1, 2)

        /* rd = x0: memory still updated, x0 still zero. */
        TEST_CASE(73, a3, 15,
                  la a1, amo_data; li a2, 10; sd a2, 0(a1); li a2, 5;
                  amoadd.d x0, a2, (a1); ld a3, 0(a1))
        CHECK_VAL(x0, 0)
        TEST_CASE(74, a3, 0xffffffffffffff0f,
                  la a1, amo_data; li a2, -1; sw a2, 0(a1); li a2, 0xf0;
                  amoxor.w x0, a2, (a1); lw a3, 0(a1))

        /* rd == rs2: the new memory value is the old rs2. */
        TEST_CASE(75, a2, 0x1111,
                  la a1, amo_data; li a2, 0x1111; sd a2, 0(a1); li a2, 0x2222;
                  amoswap.d a2, a2, (a1))
        TEST_CASE(76, a3, 0x2222, ld a3, 0(a1))
        TEST_CASE(77, a2, 0xffffffff80000000,
                  la a1, amo_data; li a2, 0x80000000; sw a2, 0(a1); li a2, 3;
                  amoadd.w a2, a2, (a1))
        TEST_CASE(78, a3, 0xffffffff80000003, lw a3, 0(a1))

        /* rd == rs1: the address is used before rd is written. */
        TEST_CASE(79, a1, 40,
                  la a1, amo_data; li a2, 40; sd a2, 0(a1); li a2, 2;
                  amoadd.d a1, a2, (a1))
        TEST_CASE(80, a3, 42, la a1, amo_data; ld a3, 0(a1))

TEST_PROGRAM_END

        .data
        .balign 64
amo_data:
        .dword 0, 0, 0, 0
