/*
 * rv64um.S: the M extension (integer multiply and divide) on RV64.
 *
 * Every instruction, with the corner cases of the unprivileged spec's
 * division table:
 *
 *     condition             div/divw   divu/divuw   rem/remw   remu/remuw
 *     x / 0                 -1         2^L - 1      x          x
 *     -2^(L-1) / -1         -2^(L-1)   (n/a)        0          (n/a)
 *
 * (L = 64, or 32 for the W forms, whose 32-bit results are sign-extended:
 * divuw by zero gives 0xffffffff, which becomes all ones.)  Division rounds
 * towards zero and the remainder takes the sign of the dividend.
 */
#include "macros.h"

        .option norvc
TEST_PROGRAM_BEGIN

/* ---- mul: low 64 bits of the product ------------------------------------ */
        TEST_RR(1, mul, 0, 0, 0)
        TEST_RR(2, mul, 1, 1, 1)
        TEST_RR(3, mul, 21, 3, 7)
        TEST_RR(4, mul, -21, -3, 7)
        TEST_RR(5, mul, 21, -3, -7)
        TEST_RR(6, mul, 0, 0x8000000000000000, 2)
        TEST_RR(7, mul, 0x8000000000000000, 0x8000000000000000, -1)
        TEST_RR(8, mul, 1, -1, -1)
        TEST_RR(9, mul, 0xfffffffe00000001, 0xffffffff, 0xffffffff)
        TEST_RR(10, mul, 0x2236d88fe5618cf0, 0x0123456789abcdef, 0xfedcba9876543210)
        TEST_RR_RD_RS1(11, mul, 143, 13, 11)
        TEST_RR_RD_RS2(12, mul, 154, 14, 11)
        TEST_RR_ALL_SAME(13, mul, 169, 13)
        TEST_RR_X0_RS1(14, mul, 0, 15)
        TEST_RR_X0_RD(15, mul, 3, 5)

/* ---- mulh / mulhu / mulhsu: high 64 bits of the 128-bit product --------- */
        TEST_RR(16, mulh, 0, 0, 0)
        TEST_RR(17, mulh, 0, 1, 1)
        TEST_RR(18, mulh, -1, -1, 1)
        TEST_RR(19, mulh, 0, -1, -1)
        TEST_RR(20, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
        TEST_RR(21, mulh, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_RR(22, mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
        TEST_RR(23, mulh, 0, 0x8000000000000000, -1)
        TEST_RR(24, mulh, 0xfffeb49923cc0953, 0x0123456789abcdef, 0xfedcba9876543210)
        TEST_RR_ALL_SAME(25, mulh, 0x3fffffffffffffff, 0x8000000000000001)
        TEST_RR_X0_RD(26, mulh, 3, 5)

        TEST_RR(27, mulhu, 0, 0, 0)
        TEST_RR(28, mulhu, 0, 1, 1)
        TEST_RR(29, mulhu, 0, -1, 1)
        TEST_RR(30, mulhu, 0xfffffffffffffffe, -1, -1)
        TEST_RR(31, mulhu, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
        TEST_RR(32, mulhu, 0x3fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_RR(33, mulhu, 0x7fffffffffffffff, 0x8000000000000000, -2)
        TEST_RR(34, mulhu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210)
        TEST_RR_RD_RS1(35, mulhu, 1, 0x100000000, 0x100000000)
        TEST_RR_X0_RD(36, mulhu, 3, 5)

        /* mulhsu: rs1 signed, rs2 unsigned */
        TEST_RR(37, mulhsu, 0, 0, 0)
        TEST_RR(38, mulhsu, 0, 1, 1)
        TEST_RR(39, mulhsu, -1, -1, 1)
        TEST_RR(40, mulhsu, -1, -1, -1)
        TEST_RR(41, mulhsu, 0, 1, -1)
        TEST_RR(42, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000)
        TEST_RR(43, mulhsu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000)
        TEST_RR(44, mulhsu, 0x8000000000000000, 0x8000000000000000, -1)
        TEST_RR(45, mulhsu, 0x0121fa00ad77d742, 0x0123456789abcdef, 0xfedcba9876543210)
        TEST_RR(46, mulhsu, 0xfffeb49923cc0953, 0xfedcba9876543210, 0x0123456789abcdef)
        TEST_RR_X0_RD(47, mulhsu, 3, 5)

/* ---- mulw: low 32 bits of the product, sign-extended -------------------- */
        TEST_RR(48, mulw, 0, 0, 0)
        TEST_RR(49, mulw, 21, 3, 7)
        TEST_RR(50, mulw, -21, -3, 7)
        TEST_RR(51, mulw, 0xffffffff80000000, 0x40000000, 2)
        TEST_RR(52, mulw, 0, 0x80000000, 2)
        TEST_RR(53, mulw, 1, 0xffffffff, 0xffffffff)
        TEST_RR(54, mulw, 6, 0x1234500000002, 0xabcd00000003)
        TEST_RR(55, mulw, 0xffffffff80000000, 0x80000000, -1)
        TEST_RR(56, mulw, 0xffffffffe5618cf0, 0x0123456789abcdef, 0xfedcba9876543210)
        TEST_RR_X0_RS2(57, mulw, 0, 15)
        TEST_RR_X0_RD(58, mulw, 3, 5)

/* ---- div / divu ---------------------------------------------------------- */
        TEST_RR(59, div, 3, 20, 6)
        TEST_RR(60, div, -3, -20, 6)
        TEST_RR(61, div, -3, 20, -6)
        TEST_RR(62, div, 3, -20, -6)
        TEST_RR(63, div, 0, 5, 7)
        TEST_RR(64, div, 0, -5, 7)
        TEST_RR(65, div, 1, 0x8000000000000000, 0x8000000000000000)
        TEST_RR(66, div, 0xc000000000000000, 0x8000000000000000, 2)
        TEST_RR(67, div, -1, 0x7fffffffffffffff, 0x8000000000000001)
        TEST_RR(68, div, 0x8000000000000000, 0x8000000000000000, -1)  /* overflow */
        TEST_RR(69, div, -1, 20, 0)                                     /* by zero */
        TEST_RR(70, div, -1, -20, 0)
        TEST_RR(71, div, -1, 0, 0)
        TEST_RR(72, div, -1, 0x8000000000000000, 0)
        TEST_RR_RD_RS1(73, div, 7, 77, 11)
        TEST_RR_ALL_SAME(74, div, 1, -13)
        TEST_RR_X0_RS1(75, div, 0, 5)
        TEST_RR_X0_RS2(76, div, -1, 5)
        TEST_RR_X0_RD(77, div, 3, 5)

        TEST_RR(78, divu, 3, 20, 6)
        TEST_RR(79, divu, 0x2aaaaaaaaaaaaaa7, -20, 6)
        TEST_RR(80, divu, 0, 20, -6)
        TEST_RR(81, divu, 0, -20, -6)
        TEST_RR(82, divu, 1, -6, -20)
        TEST_RR(83, divu, 0x8000000000000000, 0x8000000000000000, 1)
        TEST_RR(84, divu, 0, 0x8000000000000000, -1)
        TEST_RR(85, divu, 1, -1, -1)
        TEST_RR(86, divu, -1, 20, 0)                                    /* by zero */
        TEST_RR(87, divu, -1, 0, 0)
        TEST_RR(88, divu, -1, -1, 0)
        TEST_RR_RD_RS2(89, divu, 7, 77, 11)
        TEST_RR_X0_RS2(90, divu, -1, 5)
        TEST_RR_X0_RD(91, divu, 3, 5)

/* ---- rem / remu ---------------------------------------------------------- */
        TEST_RR(92, rem, 2, 20, 6)
        TEST_RR(93, rem, -2, -20, 6)
        TEST_RR(94, rem, 2, 20, -6)
        TEST_RR(95, rem, -2, -20, -6)
        TEST_RR(96, rem, 5, 5, 7)
        TEST_RR(97, rem, 0, 0x8000000000000000, 0x8000000000000000)
        TEST_RR(98, rem, 0, 0x8000000000000000, 2)
        TEST_RR(99, rem, -1, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_RR(100, rem, 0, 0x8000000000000000, -1)                    /* overflow */
        TEST_RR(101, rem, 20, 20, 0)                                     /* by zero */
        TEST_RR(102, rem, -20, -20, 0)
        TEST_RR(103, rem, 0x8000000000000000, 0x8000000000000000, 0)
        TEST_RR(104, rem, 0, 0, 0)
        TEST_RR_RD_RS1(105, rem, 0, 77, 11)
        TEST_RR_ALL_SAME(106, rem, 0, -13)
        TEST_RR_X0_RS1(107, rem, 0, 5)
        TEST_RR_X0_RS2(108, rem, 5, 5)
        TEST_RR_X0_RD(109, rem, 3, 5)

        TEST_RR(110, remu, 2, 20, 6)
        TEST_RR(111, remu, 2, -20, 6)
        TEST_RR(112, remu, 20, 20, -6)
        TEST_RR(113, remu, -20, -20, -6)
        TEST_RR(114, remu, 14, -6, -20)
        TEST_RR(115, remu, 0, 0x8000000000000000, 1)
        TEST_RR(116, remu, 0x8000000000000000, 0x8000000000000000, -1)
        TEST_RR(117, remu, 20, 20, 0)                                    /* by zero */
        TEST_RR(118, remu, -1, -1, 0)
        TEST_RR(119, remu, 0, 0, 0)
        TEST_RR_RD_RS2(120, remu, 0, 77, 11)
        TEST_RR_X0_RS2(121, remu, 5, 5)
        TEST_RR_X0_RD(122, remu, 3, 5)

/* ---- W forms: operate on the low 32 bits, sign-extend the result -------- */
        TEST_RR(123, divw, 3, 20, 6)
        TEST_RR(124, divw, -3, -20, 6)
        TEST_RR(125, divw, -3, 20, -6)
        TEST_RR(126, divw, 3, -20, -6)
        TEST_RR(127, divw, 3, 0xffffffff00000014, 0x1234500000006)
        TEST_RR(128, divw, 0xffffffff80000000, 0x80000000, -1)          /* overflow */
        TEST_RR(129, divw, 0xffffffff80000000, 0xffffffff80000000, 0xffffffff)
        TEST_RR(130, divw, 0xffffffffc0000000, 0x80000000, 2)
        TEST_RR(131, divw, -1, 20, 0)                                    /* by zero */
        TEST_RR(132, divw, -1, 20, 0x100000000)                          /* low 32 bits zero */
        TEST_RR(133, divw, -1, 0x80000000, 0)
        TEST_RR_X0_RD(134, divw, 3, 5)

        TEST_RR(135, divuw, 3, 20, 6)
        TEST_RR(136, divuw, 715827879, -20, 6)
        TEST_RR(137, divuw, 0, 20, -6)
        TEST_RR(138, divuw, 0xffffffff80000000, 0x80000000, 1)
        TEST_RR(139, divuw, 0, 0x80000000, -1)
        TEST_RR(140, divuw, 1, 0xffffffff, 0xffffffff)
        TEST_RR(141, divuw, 0x7fffffff, 0xabcd0000ffffffff, 0x1234500000002)
        TEST_RR(142, divuw, -1, 20, 0)                                   /* by zero */
        TEST_RR(143, divuw, -1, 0, 0x700000000)
        TEST_RR_X0_RD(144, divuw, 3, 5)

        TEST_RR(145, remw, 2, 20, 6)
        TEST_RR(146, remw, -2, -20, 6)
        TEST_RR(147, remw, 2, 20, -6)
        TEST_RR(148, remw, -2, -20, -6)
        TEST_RR(149, remw, 0, 0x80000000, -1)                            /* overflow */
        TEST_RR(150, remw, 20, 20, 0)                                    /* by zero */
        TEST_RR(151, remw, -20, -20, 0)
        TEST_RR(152, remw, 0xffffffff80000000, 0x1280000000, 0)          /* low word, sign-extended */
        TEST_RR(153, remw, 0x12345678, 0xabcd000012345678, 0x500000000)
        TEST_RR(154, remw, -1, 0xffffffff, 0x7fffffff)
        TEST_RR_X0_RD(155, remw, 3, 5)

        TEST_RR(156, remuw, 2, 20, 6)
        TEST_RR(157, remuw, 2, -20, 6)
        TEST_RR(158, remuw, 20, 20, -6)
        TEST_RR(159, remuw, -20, -20, -6)
        TEST_RR(160, remuw, 0, 0x80000000, 1)
        TEST_RR(161, remuw, 0xffffffff80000000, 0x80000000, -1)
        TEST_RR(162, remuw, 20, 20, 0)                                   /* by zero */
        TEST_RR(163, remuw, -1, -1, 0)
        TEST_RR(164, remuw, 0xffffffff80000000, 0x1280000000, 0x300000000)
        TEST_RR(165, remuw, 1, 0xffffffff, 0x7fffffff)
        TEST_RR_X0_RD(166, remuw, 3, 5)

TEST_PROGRAM_END
