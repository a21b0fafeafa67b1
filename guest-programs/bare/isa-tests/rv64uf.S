/*
 * rv64uf.S: the F extension (single precision) on RV64, in M-mode.
 *
 * Every F instruction.  Arithmetic (fadd, fsub, fmul, fdiv, fsqrt and the
 * four fused multiply-adds) in every static rounding mode and every dynamic
 * one through frm, with the exact fflags each must raise: inexact ties that
 * tell the five modes apart, overflow to infinity or to the largest finite
 * value depending on the mode, underflow (tininess is detected after
 * rounding), division by zero, invalid operations, the canonical NaN
 * 0x7fc00000 for every NaN result, signed zeros.  fmin/fmax with -0/+0 and
 * NaN operands, the sign injections (which leave NaN payloads alone), the
 * quiet and signaling compares, fclass for every class, every integer
 * conversion in both directions with saturation, fmv, flw/fsw, and the
 * NaN-boxing rules (an f register whose upper 32 bits are not all ones reads
 * as the canonical NaN in single-precision arithmetic, while moves and
 * stores ignore the upper bits).  Every single-precision result is checked
 * NaN-boxed.  Also: invalid rounding modes, mstatus.FS = Off, and fflags
 * accumulating.
 *
 * Expected values were computed with exact rational arithmetic from the
 * IEEE 754-2008 rules the RISC-V spec adopts, not taken from an emulator.
 */
#include "macros.h"

        .option norvc
TEST_PROGRAM_BEGIN

/* ---- fadd ------------------------------------------------------------------ */
        TEST_FP_S(1, 0x40400000, 0, 0x3f800000, 0x40000000, 0x00000000, fadd.s fa3, fa0, fa1) /* 1 + 2 */
        TEST_FP_S(2, 0x3f800000, 0, 0xbf800000, 0x40000000, 0x00000000, fadd.s fa3, fa0, fa1) /* -1 + 2 */
        TEST_FP_S(3, 0x40700000, 0, 0x3fc00000, 0x40100000, 0x00000000, fadd.s fa3, fa0, fa1) /* 1.5 + 2.25 */
        TEST_FP_S(4, 0x00000000, 0, 0x3f800000, 0xbf800000, 0x00000000, fadd.s fa3, fa0, fa1) /* 1 + -1 */
        TEST_FP_S(5, 0x00000000, 0, 0x00000000, 0x00000000, 0x00000000, fadd.s fa3, fa0, fa1) /* +0 + +0 */
        TEST_FP_S(6, 0x80000000, 0, 0x80000000, 0x80000000, 0x00000000, fadd.s fa3, fa0, fa1) /* -0 + -0 */
        TEST_FP_S(7, 0x00000000, 0, 0x00000000, 0x80000000, 0x00000000, fadd.s fa3, fa0, fa1) /* +0 + -0 */
        TEST_FP_S(8, 0x3f800000, 0, 0x80000000, 0x3f800000, 0x00000000, fadd.s fa3, fa0, fa1) /* -0 + 1 */
        TEST_FP_S(9, 0x00000002, 0, 0x00000001, 0x00000001, 0x00000000, fadd.s fa3, fa0, fa1) /* minsub + minsub */
        TEST_FP_S(10, 0x007fffff, 0, 0x00800000, 0x80000001, 0x00000000, fadd.s fa3, fa0, fa1) /* minnorm + -minsub */
        TEST_FP_S(11, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0x00000000, fadd.s fa3, fa0, fa1) /* max + max */
        TEST_FP_S(12, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff, 0x00000000, fadd.s fa3, fa0, fa1) /* -max + -max */
        TEST_FP_S(13, 0x7f800000, 0, 0x7f800000, 0x3f800000, 0x00000000, fadd.s fa3, fa0, fa1) /* inf + 1 */
        TEST_FP_S(14, 0x7f800000, 0, 0x7f800000, 0x7f800000, 0x00000000, fadd.s fa3, fa0, fa1) /* inf + inf */
        TEST_FP_S(15, 0xff800000, 0, 0xff800000, 0xff800000, 0x00000000, fadd.s fa3, fa0, fa1) /* -inf + -inf */
        TEST_FP_S(16, 0x7fc00000, FF_NV, 0x7f800000, 0xff800000, 0x00000000, fadd.s fa3, fa0, fa1) /* inf + -inf */
        TEST_FP_S(17, 0x7fc00000, 0, 0x7fc00000, 0x3f800000, 0x00000000, fadd.s fa3, fa0, fa1) /* qnan + 1 */
        TEST_FP_S(18, 0x7fc00000, FF_NV, 0x3f800000, 0x7f800001, 0x00000000, fadd.s fa3, fa0, fa1) /* 1 + snan */
        TEST_FP_S(19, 0x7fc00000, 0, 0xffc12345, 0x3f800000, 0x00000000, fadd.s fa3, fa0, fa1) /* 0xffc12345 + 1 */
        TEST_FP_S(20, 0x7fc00000, FF_NV, 0x7f800001, 0x7fc00000, 0x00000000, fadd.s fa3, fa0, fa1) /* snan + qnan */
        TEST_FP_S(21, 0x7f7fffff, FF_NX, 0x7f7fffff, 0x00000001, 0x00000000, fadd.s fa3, fa0, fa1) /* max + minsub */
        TEST_FP_S(22, 0x4b800000, FF_NX, 0x4b800000, 0x3f800000, 0x00000000, fadd.s fa3, fa0, fa1) /* 16777216 + 1 */
        TEST_FP_S(23, 0x4b800002, FF_NX, 0x4b800000, 0x40400000, 0x00000000, fadd.s fa3, fa0, fa1) /* 16777216 + 3 */
        TEST_FP_S(24, 0x3f800000, FF_NX, 0x3f800000, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rne) /* 1 + 2^-24 [rne] */
        TEST_FP_S(25, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, fadd.s fa3, fa0, fa1, rne) /* -1 + -2^-24 [rne] */
        TEST_FP_S(26, 0x3f800002, FF_NX, 0x3f800001, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rne) /* (1+2^-23) + 2^-24 [rne] */
        TEST_FP_S(27, 0x3f800000, FF_NX, 0x3f800000, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rtz) /* 1 + 2^-24 [rtz] */
        TEST_FP_S(28, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, fadd.s fa3, fa0, fa1, rtz) /* -1 + -2^-24 [rtz] */
        TEST_FP_S(29, 0x3f800001, FF_NX, 0x3f800001, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rtz) /* (1+2^-23) + 2^-24 [rtz] */
        TEST_FP_S(30, 0x3f800000, FF_NX, 0x3f800000, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rdn) /* 1 + 2^-24 [rdn] */
        TEST_FP_S(31, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, fadd.s fa3, fa0, fa1, rdn) /* -1 + -2^-24 [rdn] */
        TEST_FP_S(32, 0x3f800001, FF_NX, 0x3f800001, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rdn) /* (1+2^-23) + 2^-24 [rdn] */
        TEST_FP_S(33, 0x3f800001, FF_NX, 0x3f800000, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rup) /* 1 + 2^-24 [rup] */
        TEST_FP_S(34, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, fadd.s fa3, fa0, fa1, rup) /* -1 + -2^-24 [rup] */
        TEST_FP_S(35, 0x3f800002, FF_NX, 0x3f800001, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rup) /* (1+2^-23) + 2^-24 [rup] */
        TEST_FP_S(36, 0x3f800001, FF_NX, 0x3f800000, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rmm) /* 1 + 2^-24 [rmm] */
        TEST_FP_S(37, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, fadd.s fa3, fa0, fa1, rmm) /* -1 + -2^-24 [rmm] */
        TEST_FP_S(38, 0x3f800002, FF_NX, 0x3f800001, 0x33800000, 0x00000000, fadd.s fa3, fa0, fa1, rmm) /* (1+2^-23) + 2^-24 [rmm] */
        TEST_FP_S(39, 0x3f800000, FF_NX, 0x3f800000, 0x33800000, 0x00000000, csrwi frm, RM_RNE; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-24 [frm=rne] */
        TEST_FP_S(40, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, csrwi frm, RM_RNE; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-24 [frm=rne] */
        TEST_FP_S(41, 0x3f800002, FF_NX, 0x3f800001, 0x33800000, 0x00000000, csrwi frm, RM_RNE; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-23) + 2^-24 [frm=rne] */
        TEST_FP_S(42, 0x3f800000, FF_NX, 0x3f800000, 0x33800000, 0x00000000, csrwi frm, RM_RTZ; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-24 [frm=rtz] */
        TEST_FP_S(43, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, csrwi frm, RM_RTZ; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-24 [frm=rtz] */
        TEST_FP_S(44, 0x3f800001, FF_NX, 0x3f800001, 0x33800000, 0x00000000, csrwi frm, RM_RTZ; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-23) + 2^-24 [frm=rtz] */
        TEST_FP_S(45, 0x3f800000, FF_NX, 0x3f800000, 0x33800000, 0x00000000, csrwi frm, RM_RDN; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-24 [frm=rdn] */
        TEST_FP_S(46, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, csrwi frm, RM_RDN; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-24 [frm=rdn] */
        TEST_FP_S(47, 0x3f800001, FF_NX, 0x3f800001, 0x33800000, 0x00000000, csrwi frm, RM_RDN; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-23) + 2^-24 [frm=rdn] */
        TEST_FP_S(48, 0x3f800001, FF_NX, 0x3f800000, 0x33800000, 0x00000000, csrwi frm, RM_RUP; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-24 [frm=rup] */
        TEST_FP_S(49, 0xbf800000, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, csrwi frm, RM_RUP; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-24 [frm=rup] */
        TEST_FP_S(50, 0x3f800002, FF_NX, 0x3f800001, 0x33800000, 0x00000000, csrwi frm, RM_RUP; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-23) + 2^-24 [frm=rup] */
        TEST_FP_S(51, 0x3f800001, FF_NX, 0x3f800000, 0x33800000, 0x00000000, csrwi frm, RM_RMM; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-24 [frm=rmm] */
        TEST_FP_S(52, 0xbf800001, FF_NX, 0xbf800000, 0xb3800000, 0x00000000, csrwi frm, RM_RMM; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-24 [frm=rmm] */
        TEST_FP_S(53, 0x3f800002, FF_NX, 0x3f800001, 0x33800000, 0x00000000, csrwi frm, RM_RMM; fadd.s fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-23) + 2^-24 [frm=rmm] */
        TEST_FP_S(54, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0x00000000, fadd.s fa3, fa0, fa1, rtz) /* max + max [rtz] */
        TEST_FP_S(55, 0xff7fffff, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff, 0x00000000, fadd.s fa3, fa0, fa1, rtz) /* -max + -max [rtz] */
        TEST_FP_S(56, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0x00000000, fadd.s fa3, fa0, fa1, rdn) /* max + max [rdn] */
        TEST_FP_S(57, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff, 0x00000000, fadd.s fa3, fa0, fa1, rdn) /* -max + -max [rdn] */
        TEST_FP_S(58, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0x00000000, fadd.s fa3, fa0, fa1, rup) /* max + max [rup] */
        TEST_FP_S(59, 0xff7fffff, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff, 0x00000000, fadd.s fa3, fa0, fa1, rup) /* -max + -max [rup] */
        TEST_FP_S(60, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x7f7fffff, 0x00000000, fadd.s fa3, fa0, fa1, rmm) /* max + max [rmm] */
        TEST_FP_S(61, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0xff7fffff, 0x00000000, fadd.s fa3, fa0, fa1, rmm) /* -max + -max [rmm] */
        TEST_FP_S(62, 0x80000000, 0, 0x3f800000, 0xbf800000, 0x00000000, fadd.s fa3, fa0, fa1, rdn) /* 1 + -1 [rdn] */
        TEST_FP_S(63, 0x80000000, 0, 0x00000000, 0x80000000, 0x00000000, fadd.s fa3, fa0, fa1, rdn) /* +0 + -0 [rdn] */
        TEST_FP_S(64, 0x80000000, 0, 0x80000000, 0x80000000, 0x00000000, fadd.s fa3, fa0, fa1, rup) /* -0 + -0 [rup] */

/* ---- fsub ------------------------------------------------------------------ */
        TEST_FP_S(65, 0x40000000, 0, 0x40400000, 0x3f800000, 0x00000000, fsub.s fa3, fa0, fa1) /* 3 - 1 */
        TEST_FP_S(66, 0xc0000000, 0, 0x3f800000, 0x40400000, 0x00000000, fsub.s fa3, fa0, fa1) /* 1 - 3 */
        TEST_FP_S(67, 0x00000000, 0, 0x3f800000, 0x3f800000, 0x00000000, fsub.s fa3, fa0, fa1) /* 1 - 1 */
        TEST_FP_S(68, 0x80000000, 0, 0x80000000, 0x00000000, 0x00000000, fsub.s fa3, fa0, fa1) /* -0 - +0 */
        TEST_FP_S(69, 0x00000000, 0, 0x00000000, 0x00000000, 0x00000000, fsub.s fa3, fa0, fa1) /* +0 - +0 */
        TEST_FP_S(70, 0x00000000, 0, 0x80000000, 0x80000000, 0x00000000, fsub.s fa3, fa0, fa1) /* -0 - -0 */
        TEST_FP_S(71, 0x7fc00000, FF_NV, 0x7f800000, 0x7f800000, 0x00000000, fsub.s fa3, fa0, fa1) /* inf - inf */
        TEST_FP_S(72, 0xff800000, 0, 0xff800000, 0x7f800000, 0x00000000, fsub.s fa3, fa0, fa1) /* -inf - inf */
        TEST_FP_S(73, 0x7f800000, 0, 0x7f800000, 0xff800000, 0x00000000, fsub.s fa3, fa0, fa1) /* inf - -inf */
        TEST_FP_S(74, 0x7fc00000, FF_NV, 0x7f800001, 0x3f800000, 0x00000000, fsub.s fa3, fa0, fa1) /* snan - 1 */
        TEST_FP_S(75, 0x7fc00000, 0, 0x3f800000, 0x7fc00000, 0x00000000, fsub.s fa3, fa0, fa1) /* 1 - qnan */
        TEST_FP_S(76, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0x7f7fffff, 0x00000000, fsub.s fa3, fa0, fa1) /* -max - max */
        TEST_FP_S(77, 0x007fffff, 0, 0x00800000, 0x00000001, 0x00000000, fsub.s fa3, fa0, fa1) /* minnorm - minsub */
        TEST_FP_S(78, 0x3f7fffff, 0, 0x3f800000, 0x33800000, 0x00000000, fsub.s fa3, fa0, fa1, rne) /* 1 - 2^-24 [rne] */
        TEST_FP_S(79, 0x3f800000, FF_NX, 0x3f800000, 0xb3800000, 0x00000000, fsub.s fa3, fa0, fa1, rne) /* 1 - -2^-24 [rne] */
        TEST_FP_S(80, 0x3ffffffe, FF_NX, 0x40000000, 0x34400000, 0x00000000, fsub.s fa3, fa0, fa1, rne) /* 2 - 3*2^-24 [rne] */
        TEST_FP_S(81, 0x3f7fffff, 0, 0x3f800000, 0x33800000, 0x00000000, fsub.s fa3, fa0, fa1, rtz) /* 1 - 2^-24 [rtz] */
        TEST_FP_S(82, 0x3f800000, FF_NX, 0x3f800000, 0xb3800000, 0x00000000, fsub.s fa3, fa0, fa1, rtz) /* 1 - -2^-24 [rtz] */
        TEST_FP_S(83, 0x3ffffffe, FF_NX, 0x40000000, 0x34400000, 0x00000000, fsub.s fa3, fa0, fa1, rtz) /* 2 - 3*2^-24 [rtz] */
        TEST_FP_S(84, 0x3f7fffff, 0, 0x3f800000, 0x33800000, 0x00000000, fsub.s fa3, fa0, fa1, rdn) /* 1 - 2^-24 [rdn] */
        TEST_FP_S(85, 0x3f800000, FF_NX, 0x3f800000, 0xb3800000, 0x00000000, fsub.s fa3, fa0, fa1, rdn) /* 1 - -2^-24 [rdn] */
        TEST_FP_S(86, 0x3ffffffe, FF_NX, 0x40000000, 0x34400000, 0x00000000, fsub.s fa3, fa0, fa1, rdn) /* 2 - 3*2^-24 [rdn] */
        TEST_FP_S(87, 0x3f7fffff, 0, 0x3f800000, 0x33800000, 0x00000000, fsub.s fa3, fa0, fa1, rup) /* 1 - 2^-24 [rup] */
        TEST_FP_S(88, 0x3f800001, FF_NX, 0x3f800000, 0xb3800000, 0x00000000, fsub.s fa3, fa0, fa1, rup) /* 1 - -2^-24 [rup] */
        TEST_FP_S(89, 0x3fffffff, FF_NX, 0x40000000, 0x34400000, 0x00000000, fsub.s fa3, fa0, fa1, rup) /* 2 - 3*2^-24 [rup] */
        TEST_FP_S(90, 0x3f7fffff, 0, 0x3f800000, 0x33800000, 0x00000000, fsub.s fa3, fa0, fa1, rmm) /* 1 - 2^-24 [rmm] */
        TEST_FP_S(91, 0x3f800001, FF_NX, 0x3f800000, 0xb3800000, 0x00000000, fsub.s fa3, fa0, fa1, rmm) /* 1 - -2^-24 [rmm] */
        TEST_FP_S(92, 0x3fffffff, FF_NX, 0x40000000, 0x34400000, 0x00000000, fsub.s fa3, fa0, fa1, rmm) /* 2 - 3*2^-24 [rmm] */
        TEST_FP_S(93, 0x80000000, 0, 0x3f800000, 0x3f800000, 0x00000000, fsub.s fa3, fa0, fa1, rdn) /* 1 - 1 [rdn] */
        TEST_FP_S(94, 0x80000000, 0, 0x3f800000, 0x3f800000, 0x00000000, csrwi frm, RM_RDN; fsub.s fa3, fa0, fa1; csrwi frm, 0) /* 1 - 1 [frm=rdn] */
        TEST_FP_S(95, 0x3ffffffe, FF_NX, 0x40000000, 0x34400000, 0x00000000, csrwi frm, RM_RTZ; fsub.s fa3, fa0, fa1; csrwi frm, 0) /* 2 - 3*2^-24 [frm=rtz] */

/* ---- fmul ------------------------------------------------------------------ */
        TEST_FP_S(96, 0x40c00000, 0, 0x40000000, 0x40400000, 0x00000000, fmul.s fa3, fa0, fa1) /* 2 * 3 */
        TEST_FP_S(97, 0xc0c00000, 0, 0xc0000000, 0x40400000, 0x00000000, fmul.s fa3, fa0, fa1) /* -2 * 3 */
        TEST_FP_S(98, 0x40c00000, 0, 0xc0000000, 0xc0400000, 0x00000000, fmul.s fa3, fa0, fa1) /* -2 * -3 */
        TEST_FP_S(99, 0x80000000, 0, 0x80000000, 0x40a00000, 0x00000000, fmul.s fa3, fa0, fa1) /* -0 * 5 */
        TEST_FP_S(100, 0x7fc00000, FF_NV, 0x00000000, 0xff800000, 0x00000000, fmul.s fa3, fa0, fa1) /* +0 * -inf */
        TEST_FP_S(101, 0xff800000, 0, 0x7f800000, 0xc0000000, 0x00000000, fmul.s fa3, fa0, fa1) /* inf * -2 */
        TEST_FP_S(102, 0x7f800000, 0, 0x7f800000, 0x7f800000, 0x00000000, fmul.s fa3, fa0, fa1) /* inf * inf */
        TEST_FP_S(103, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x00000000, fmul.s fa3, fa0, fa1) /* max * 2 */
        TEST_FP_S(104, 0xff800000, FF_OF|FF_NX, 0xff7fffff, 0x40000000, 0x00000000, fmul.s fa3, fa0, fa1) /* -max * 2 */
        TEST_FP_S(105, 0x00400000, 0, 0x00800000, 0x3f000000, 0x00000000, fmul.s fa3, fa0, fa1) /* minnorm * 0.5 */
        TEST_FP_S(106, 0x00000000, FF_UF|FF_NX, 0x00000001, 0x3f000000, 0x00000000, fmul.s fa3, fa0, fa1) /* minsub * 0.5 */
        TEST_FP_S(107, 0x00000001, FF_UF|FF_NX, 0x00000001, 0x3f400000, 0x00000000, fmul.s fa3, fa0, fa1) /* minsub * 0.75 */
        TEST_FP_S(108, 0x00000002, FF_UF|FF_NX, 0x00000001, 0x3fc00000, 0x00000000, fmul.s fa3, fa0, fa1) /* minsub * 1.5 */
        TEST_FP_S(109, 0x00000000, FF_UF|FF_NX, 0x00800000, 0x00800000, 0x00000000, fmul.s fa3, fa0, fa1) /* minnorm * minnorm */
        TEST_FP_S(110, 0x7fc00000, 0, 0x7fc00000, 0x00000000, 0x00000000, fmul.s fa3, fa0, fa1) /* qnan * 0 */
        TEST_FP_S(111, 0x7fc00000, FF_NV, 0x7f800001, 0x3f800000, 0x00000000, fmul.s fa3, fa0, fa1) /* snan * 1 */
        TEST_FP_S(112, 0x7fc00000, 0, 0x3f800000, 0x7fc00000, 0x00000000, fmul.s fa3, fa0, fa1) /* 1 * qnan */
        TEST_FP_S(113, 0x00800000, FF_NX, 0x3ffffffc, 0x00400001, 0x00000000, fmul.s fa3, fa0, fa1) /* 0x3ffffffc * 0x400001 */
        TEST_FP_S(114, 0x3f800002, FF_NX, 0x3f800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1) /* (1+2^-23) * (1+2^-23) */
        TEST_FP_S(115, 0xbf800002, FF_NX, 0xbf800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1) /* -(1+2^-23) * (1+2^-23) */
        TEST_FP_S(116, 0x3f800002, FF_NX, 0x3f800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1, rtz) /* (1+2^-23) * (1+2^-23) [rtz] */
        TEST_FP_S(117, 0xbf800002, FF_NX, 0xbf800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1, rtz) /* -(1+2^-23) * (1+2^-23) [rtz] */
        TEST_FP_S(118, 0x3f800002, FF_NX, 0x3f800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1, rdn) /* (1+2^-23) * (1+2^-23) [rdn] */
        TEST_FP_S(119, 0xbf800003, FF_NX, 0xbf800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1, rdn) /* -(1+2^-23) * (1+2^-23) [rdn] */
        TEST_FP_S(120, 0x3f800003, FF_NX, 0x3f800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1, rup) /* (1+2^-23) * (1+2^-23) [rup] */
        TEST_FP_S(121, 0xbf800002, FF_NX, 0xbf800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1, rup) /* -(1+2^-23) * (1+2^-23) [rup] */
        TEST_FP_S(122, 0x3f800002, FF_NX, 0x3f800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1, rmm) /* (1+2^-23) * (1+2^-23) [rmm] */
        TEST_FP_S(123, 0xbf800002, FF_NX, 0xbf800001, 0x3f800001, 0x00000000, fmul.s fa3, fa0, fa1, rmm) /* -(1+2^-23) * (1+2^-23) [rmm] */
        TEST_FP_S(124, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x00000000, fmul.s fa3, fa0, fa1, rtz) /* max * 2 [rtz] */
        TEST_FP_S(125, 0x00000000, FF_UF|FF_NX, 0x00000001, 0x3f000000, 0x00000000, fmul.s fa3, fa0, fa1, rtz) /* minsub * 0.5 [rtz] */
        TEST_FP_S(126, 0x007fffff, FF_UF|FF_NX, 0x3ffffffc, 0x00400001, 0x00000000, fmul.s fa3, fa0, fa1, rtz) /* 0x3ffffffc * 0x400001 [rtz] */
        TEST_FP_S(127, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x00000000, fmul.s fa3, fa0, fa1, rdn) /* max * 2 [rdn] */
        TEST_FP_S(128, 0x00000000, FF_UF|FF_NX, 0x00000001, 0x3f000000, 0x00000000, fmul.s fa3, fa0, fa1, rdn) /* minsub * 0.5 [rdn] */
        TEST_FP_S(129, 0x007fffff, FF_UF|FF_NX, 0x3ffffffc, 0x00400001, 0x00000000, fmul.s fa3, fa0, fa1, rdn) /* 0x3ffffffc * 0x400001 [rdn] */
        TEST_FP_S(130, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x00000000, fmul.s fa3, fa0, fa1, rup) /* max * 2 [rup] */
        TEST_FP_S(131, 0x00000001, FF_UF|FF_NX, 0x00000001, 0x3f000000, 0x00000000, fmul.s fa3, fa0, fa1, rup) /* minsub * 0.5 [rup] */
        TEST_FP_S(132, 0x00800000, FF_NX, 0x3ffffffc, 0x00400001, 0x00000000, fmul.s fa3, fa0, fa1, rup) /* 0x3ffffffc * 0x400001 [rup] */
        TEST_FP_S(133, 0x3f800003, FF_NX, 0x3f800001, 0x3f800001, 0x00000000, csrwi frm, RM_RUP; fmul.s fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-23) * (1+2^-23) [frm=rup] */
        TEST_FP_S(134, 0xbf800003, FF_NX, 0xbf800001, 0x3f800001, 0x00000000, csrwi frm, RM_RDN; fmul.s fa3, fa0, fa1; csrwi frm, 0) /* -(1+2^-23) * (1+2^-23) [frm=rdn] */

/* ---- fdiv ------------------------------------------------------------------ */
        TEST_FP_S(135, 0x40000000, 0, 0x40c00000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1) /* 6 / 3 */
        TEST_FP_S(136, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1) /* 1 / 3 */
        TEST_FP_S(137, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1) /* -1 / 3 */
        TEST_FP_S(138, 0x7f800000, FF_DZ, 0x3f800000, 0x00000000, 0x00000000, fdiv.s fa3, fa0, fa1) /* 1 / +0 */
        TEST_FP_S(139, 0xff800000, FF_DZ, 0xbf800000, 0x00000000, 0x00000000, fdiv.s fa3, fa0, fa1) /* -1 / +0 */
        TEST_FP_S(140, 0xff800000, FF_DZ, 0x3f800000, 0x80000000, 0x00000000, fdiv.s fa3, fa0, fa1) /* 1 / -0 */
        TEST_FP_S(141, 0x7fc00000, FF_NV, 0x00000000, 0x00000000, 0x00000000, fdiv.s fa3, fa0, fa1) /* +0 / +0 */
        TEST_FP_S(142, 0x80000000, 0, 0x80000000, 0x7f800000, 0x00000000, fdiv.s fa3, fa0, fa1) /* -0 / inf */
        TEST_FP_S(143, 0x7fc00000, FF_NV, 0x7f800000, 0x7f800000, 0x00000000, fdiv.s fa3, fa0, fa1) /* inf / inf */
        TEST_FP_S(144, 0x7f800000, 0, 0x7f800000, 0x40000000, 0x00000000, fdiv.s fa3, fa0, fa1) /* inf / 2 */
        TEST_FP_S(145, 0xff800000, 0, 0x7f800000, 0x80000000, 0x00000000, fdiv.s fa3, fa0, fa1) /* inf / -0 */
        TEST_FP_S(146, 0x00000000, 0, 0x40000000, 0x7f800000, 0x00000000, fdiv.s fa3, fa0, fa1) /* 2 / inf */
        TEST_FP_S(147, 0x80000000, 0, 0xc0000000, 0x7f800000, 0x00000000, fdiv.s fa3, fa0, fa1) /* -2 / inf */
        TEST_FP_S(148, 0x00000000, 0, 0x00000000, 0x40a00000, 0x00000000, fdiv.s fa3, fa0, fa1) /* +0 / 5 */
        TEST_FP_S(149, 0x7fc00000, 0, 0x7fc00000, 0x00000000, 0x00000000, fdiv.s fa3, fa0, fa1) /* qnan / +0 */
        TEST_FP_S(150, 0x7fc00000, FF_NV, 0x7f800001, 0x3f800000, 0x00000000, fdiv.s fa3, fa0, fa1) /* snan / 1 */
        TEST_FP_S(151, 0x7fc00000, FF_NV, 0x3f800000, 0x7f800001, 0x00000000, fdiv.s fa3, fa0, fa1) /* 1 / snan */
        TEST_FP_S(152, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x3f000000, 0x00000000, fdiv.s fa3, fa0, fa1) /* max / 0.5 */
        TEST_FP_S(153, 0x00000000, FF_UF|FF_NX, 0x00000001, 0x40000000, 0x00000000, fdiv.s fa3, fa0, fa1) /* minsub / 2 */
        TEST_FP_S(154, 0x00000001, FF_UF|FF_NX, 0x00000001, 0x3fa00000, 0x00000000, fdiv.s fa3, fa0, fa1) /* minsub / 1.25 */
        TEST_FP_S(155, 0x00200000, FF_UF|FF_NX, 0x3f800000, 0x7f7fffff, 0x00000000, fdiv.s fa3, fa0, fa1) /* 1 / max */
        TEST_FP_S(156, 0x3f800000, 0, 0x40e00000, 0x40e00000, 0x00000000, fdiv.s fa3, fa0, fa1) /* 7 / 7 */
        TEST_FP_S(157, 0x3eaaaaaa, FF_NX, 0x3f800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rtz) /* 1 / 3 [rtz] */
        TEST_FP_S(158, 0xbeaaaaaa, FF_NX, 0xbf800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rtz) /* -1 / 3 [rtz] */
        TEST_FP_S(159, 0x3f2aaaaa, FF_NX, 0x40000000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rtz) /* 2 / 3 [rtz] */
        TEST_FP_S(160, 0x3eaaaaaa, FF_NX, 0x3f800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rdn) /* 1 / 3 [rdn] */
        TEST_FP_S(161, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rdn) /* -1 / 3 [rdn] */
        TEST_FP_S(162, 0x3f2aaaaa, FF_NX, 0x40000000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rdn) /* 2 / 3 [rdn] */
        TEST_FP_S(163, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rup) /* 1 / 3 [rup] */
        TEST_FP_S(164, 0xbeaaaaaa, FF_NX, 0xbf800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rup) /* -1 / 3 [rup] */
        TEST_FP_S(165, 0x3f2aaaab, FF_NX, 0x40000000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rup) /* 2 / 3 [rup] */
        TEST_FP_S(166, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rmm) /* 1 / 3 [rmm] */
        TEST_FP_S(167, 0xbeaaaaab, FF_NX, 0xbf800000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rmm) /* -1 / 3 [rmm] */
        TEST_FP_S(168, 0x3f2aaaab, FF_NX, 0x40000000, 0x40400000, 0x00000000, fdiv.s fa3, fa0, fa1, rmm) /* 2 / 3 [rmm] */
        TEST_FP_S(169, 0x7f7fffff, FF_OF|FF_NX, 0x7f7fffff, 0x3f000000, 0x00000000, fdiv.s fa3, fa0, fa1, rtz) /* max / 0.5 [rtz] */
        TEST_FP_S(170, 0x3eaaaaab, FF_NX, 0x3f800000, 0x40400000, 0x00000000, csrwi frm, RM_RUP; fdiv.s fa3, fa0, fa1; csrwi frm, 0) /* 1 / 3 [frm=rup] */
        TEST_FP_S(171, 0xbeaaaaaa, FF_NX, 0xbf800000, 0x40400000, 0x00000000, csrwi frm, RM_RTZ; fdiv.s fa3, fa0, fa1; csrwi frm, 0) /* -1 / 3 [frm=rtz] */

/* ---- fsqrt ----------------------------------------------------------------- */
        TEST_FP_S(172, 0x40000000, 0, 0x40800000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(4) */
        TEST_FP_S(173, 0x3f000000, 0, 0x3e800000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(0.25) */
        TEST_FP_S(174, 0x3fb504f3, FF_NX, 0x40000000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(2) */
        TEST_FP_S(175, 0x3fddb3d7, FF_NX, 0x40400000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(3) */
        TEST_FP_S(176, 0x5f7fffff, FF_NX, 0x7f7fffff, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(max) */
        TEST_FP_S(177, 0x1a3504f3, FF_NX, 0x00000001, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(minsub) */
        TEST_FP_S(178, 0x20000000, 0, 0x00800000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(minnorm) */
        TEST_FP_S(179, 0x00000000, 0, 0x00000000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(+0) */
        TEST_FP_S(180, 0x80000000, 0, 0x80000000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(-0) */
        TEST_FP_S(181, 0x7f800000, 0, 0x7f800000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(inf) */
        TEST_FP_S(182, 0x7fc00000, FF_NV, 0xff800000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(-inf) */
        TEST_FP_S(183, 0x7fc00000, FF_NV, 0xbf800000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(-1) */
        TEST_FP_S(184, 0x7fc00000, FF_NV, 0x80000001, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(-minsub) */
        TEST_FP_S(185, 0x7fc00000, 0, 0x7fc00000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(qnan) */
        TEST_FP_S(186, 0x7fc00000, FF_NV, 0x7f800001, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(snan) */
        TEST_FP_S(187, 0x7fc00000, 0, 0xffc00005, 0x00000000, 0x00000000, fsqrt.s fa3, fa0) /* sqrt(0xffc00005) */
        TEST_FP_S(188, 0x3fb504f3, FF_NX, 0x40000000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0, rtz) /* sqrt(2) [rtz] */
        TEST_FP_S(189, 0x3fddb3d7, FF_NX, 0x40400000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0, rtz) /* sqrt(3) [rtz] */
        TEST_FP_S(190, 0x3fb504f3, FF_NX, 0x40000000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0, rdn) /* sqrt(2) [rdn] */
        TEST_FP_S(191, 0x3fddb3d7, FF_NX, 0x40400000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0, rdn) /* sqrt(3) [rdn] */
        TEST_FP_S(192, 0x3fb504f4, FF_NX, 0x40000000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0, rup) /* sqrt(2) [rup] */
        TEST_FP_S(193, 0x3fddb3d8, FF_NX, 0x40400000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0, rup) /* sqrt(3) [rup] */
        TEST_FP_S(194, 0x3fb504f3, FF_NX, 0x40000000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0, rmm) /* sqrt(2) [rmm] */
        TEST_FP_S(195, 0x3fddb3d7, FF_NX, 0x40400000, 0x00000000, 0x00000000, fsqrt.s fa3, fa0, rmm) /* sqrt(3) [rmm] */
        TEST_FP_S(196, 0x3fb504f4, FF_NX, 0x40000000, 0x00000000, 0x00000000, csrwi frm, RM_RUP; fsqrt.s fa3, fa0; csrwi frm, 0) /* sqrt(2) [frm=rup] */
        TEST_FP_S(197, 0x3fddb3d7, FF_NX, 0x40400000, 0x00000000, 0x00000000, csrwi frm, RM_RDN; fsqrt.s fa3, fa0; csrwi frm, 0) /* sqrt(3) [frm=rdn] */

/* ---- fused multiply-add ---------------------------------------------------- */
        TEST_FP_S(198, 0x40a00000, 0, 0x3f800000, 0x40000000, 0x40400000, fmadd.s fa3, fa0, fa1, fa2) /* 1*2 + 3 */
        TEST_FP_S(199, 0x41400000, 0, 0x40000000, 0x40400000, 0x40c00000, fmadd.s fa3, fa0, fa1, fa2) /* 2*3 + 6 */
        TEST_FP_S(200, 0x00000000, 0, 0xc0000000, 0x40400000, 0x40c00000, fmadd.s fa3, fa0, fa1, fa2) /* -2*3 + 6 */
        TEST_FP_S(201, 0x40000000, FF_NX, 0x3f800001, 0x3f7fffff, 0x3f800000, fmadd.s fa3, fa0, fa1, fa2) /* (1+2^-23)*(1-2^-24) + 1 */
        TEST_FP_S(202, 0x337ffffe, 0, 0x3f800001, 0x3f7fffff, 0xbf800000, fmadd.s fa3, fa0, fa1, fa2) /* (1+2^-23)*(1-2^-24) + -1 */
        TEST_FP_S(203, 0x7fc00000, FF_NV, 0x7f800000, 0x00000000, 0x3f800000, fmadd.s fa3, fa0, fa1, fa2) /* inf*+0 + 1 */
        TEST_FP_S(204, 0x7fc00000, FF_NV, 0x00000000, 0x7f800000, 0x7fc00000, fmadd.s fa3, fa0, fa1, fa2) /* +0*inf + qnan */
        TEST_FP_S(205, 0x7f800000, 0, 0x7f800000, 0x3f800000, 0x7f800000, fmadd.s fa3, fa0, fa1, fa2) /* inf*1 + inf */
        TEST_FP_S(206, 0x7fc00000, FF_NV, 0x7f800000, 0x3f800000, 0xff800000, fmadd.s fa3, fa0, fa1, fa2) /* inf*1 + -inf */
        TEST_FP_S(207, 0x7fc00000, 0, 0x7fc00000, 0x3f800000, 0x3f800000, fmadd.s fa3, fa0, fa1, fa2) /* qnan*1 + 1 */
        TEST_FP_S(208, 0x7fc00000, FF_NV, 0x3f800000, 0x3f800000, 0x7f800001, fmadd.s fa3, fa0, fa1, fa2) /* 1*1 + snan */
        TEST_FP_S(209, 0x00000000, 0, 0x3f800000, 0x00000000, 0x00000000, fmadd.s fa3, fa0, fa1, fa2) /* 1*+0 + +0 */
        TEST_FP_S(210, 0x00000000, 0, 0x3f800000, 0x80000000, 0x00000000, fmadd.s fa3, fa0, fa1, fa2) /* 1*-0 + +0 */
        TEST_FP_S(211, 0x80000000, 0, 0x80000000, 0x3f800000, 0x80000000, fmadd.s fa3, fa0, fa1, fa2) /* -0*1 + -0 */
        TEST_FP_S(212, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x00000000, fmadd.s fa3, fa0, fa1, fa2) /* max*2 + 0 */
        TEST_FP_S(213, 0x3f800000, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fmadd.s fa3, fa0, fa1, fa2) /* 1*1 + 2^-24 */
        TEST_FP_S(214, 0x00800001, 0, 0x3f800000, 0x00000001, 0x00800000, fmadd.s fa3, fa0, fa1, fa2) /* 1*minsub + minnorm */
        TEST_FP_S(215, 0x3f800000, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fmadd.s fa3, fa0, fa1, fa2, rtz) /* 1*1 + 2^-24 [rtz] */
        TEST_FP_S(216, 0x41400000, 0, 0x40000000, 0x40400000, 0x40c00000, fmadd.s fa3, fa0, fa1, fa2, rtz) /* 2*3 + 6 [rtz] */
        TEST_FP_S(217, 0x3f800000, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fmadd.s fa3, fa0, fa1, fa2, rdn) /* 1*1 + 2^-24 [rdn] */
        TEST_FP_S(218, 0x41400000, 0, 0x40000000, 0x40400000, 0x40c00000, fmadd.s fa3, fa0, fa1, fa2, rdn) /* 2*3 + 6 [rdn] */
        TEST_FP_S(219, 0x3f800001, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fmadd.s fa3, fa0, fa1, fa2, rup) /* 1*1 + 2^-24 [rup] */
        TEST_FP_S(220, 0x41400000, 0, 0x40000000, 0x40400000, 0x40c00000, fmadd.s fa3, fa0, fa1, fa2, rup) /* 2*3 + 6 [rup] */
        TEST_FP_S(221, 0x3f800001, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fmadd.s fa3, fa0, fa1, fa2, rmm) /* 1*1 + 2^-24 [rmm] */
        TEST_FP_S(222, 0x41400000, 0, 0x40000000, 0x40400000, 0x40c00000, fmadd.s fa3, fa0, fa1, fa2, rmm) /* 2*3 + 6 [rmm] */
        TEST_FP_S(223, 0x3f800001, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, csrwi frm, RM_RUP; fmadd.s fa3, fa0, fa1, fa2; csrwi frm, 0) /* 1*1 + 2^-24 [frm=rup] */
        TEST_FP_S(224, 0x34800000, FF_NX, 0x3f800001, 0x3f800001, 0xbf800000, csrwi frm, RM_RDN; fmadd.s fa3, fa0, fa1, fa2; csrwi frm, 0) /* (1+2^-23)*(1+2^-23) + -1 [frm=rdn] */
        TEST_FP_S(225, 0xbf800000, 0, 0x3f800000, 0x40000000, 0x40400000, fmsub.s fa3, fa0, fa1, fa2) /* 1*2 - 3 */
        TEST_FP_S(226, 0x00000000, 0, 0x40000000, 0x40400000, 0x40c00000, fmsub.s fa3, fa0, fa1, fa2) /* 2*3 - 6 */
        TEST_FP_S(227, 0xc1400000, 0, 0xc0000000, 0x40400000, 0x40c00000, fmsub.s fa3, fa0, fa1, fa2) /* -2*3 - 6 */
        TEST_FP_S(228, 0x337ffffe, 0, 0x3f800001, 0x3f7fffff, 0x3f800000, fmsub.s fa3, fa0, fa1, fa2) /* (1+2^-23)*(1-2^-24) - 1 */
        TEST_FP_S(229, 0x40000000, FF_NX, 0x3f800001, 0x3f7fffff, 0xbf800000, fmsub.s fa3, fa0, fa1, fa2) /* (1+2^-23)*(1-2^-24) - -1 */
        TEST_FP_S(230, 0x7fc00000, FF_NV, 0x7f800000, 0x00000000, 0x3f800000, fmsub.s fa3, fa0, fa1, fa2) /* inf*+0 - 1 */
        TEST_FP_S(231, 0x7fc00000, FF_NV, 0x00000000, 0x7f800000, 0x7fc00000, fmsub.s fa3, fa0, fa1, fa2) /* +0*inf - qnan */
        TEST_FP_S(232, 0x7fc00000, FF_NV, 0x7f800000, 0x3f800000, 0x7f800000, fmsub.s fa3, fa0, fa1, fa2) /* inf*1 - inf */
        TEST_FP_S(233, 0x7f800000, 0, 0x7f800000, 0x3f800000, 0xff800000, fmsub.s fa3, fa0, fa1, fa2) /* inf*1 - -inf */
        TEST_FP_S(234, 0x7fc00000, 0, 0x7fc00000, 0x3f800000, 0x3f800000, fmsub.s fa3, fa0, fa1, fa2) /* qnan*1 - 1 */
        TEST_FP_S(235, 0x7fc00000, FF_NV, 0x3f800000, 0x3f800000, 0x7f800001, fmsub.s fa3, fa0, fa1, fa2) /* 1*1 - snan */
        TEST_FP_S(236, 0x00000000, 0, 0x3f800000, 0x00000000, 0x00000000, fmsub.s fa3, fa0, fa1, fa2) /* 1*+0 - +0 */
        TEST_FP_S(237, 0x80000000, 0, 0x3f800000, 0x80000000, 0x00000000, fmsub.s fa3, fa0, fa1, fa2) /* 1*-0 - +0 */
        TEST_FP_S(238, 0x00000000, 0, 0x80000000, 0x3f800000, 0x80000000, fmsub.s fa3, fa0, fa1, fa2) /* -0*1 - -0 */
        TEST_FP_S(239, 0x7f800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x00000000, fmsub.s fa3, fa0, fa1, fa2) /* max*2 - 0 */
        TEST_FP_S(240, 0x3f7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fmsub.s fa3, fa0, fa1, fa2) /* 1*1 - 2^-24 */
        TEST_FP_S(241, 0x807fffff, 0, 0x3f800000, 0x00000001, 0x00800000, fmsub.s fa3, fa0, fa1, fa2) /* 1*minsub - minnorm */
        TEST_FP_S(242, 0x3f7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fmsub.s fa3, fa0, fa1, fa2, rtz) /* 1*1 - 2^-24 [rtz] */
        TEST_FP_S(243, 0x00000000, 0, 0x40000000, 0x40400000, 0x40c00000, fmsub.s fa3, fa0, fa1, fa2, rtz) /* 2*3 - 6 [rtz] */
        TEST_FP_S(244, 0x3f7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fmsub.s fa3, fa0, fa1, fa2, rdn) /* 1*1 - 2^-24 [rdn] */
        TEST_FP_S(245, 0x80000000, 0, 0x40000000, 0x40400000, 0x40c00000, fmsub.s fa3, fa0, fa1, fa2, rdn) /* 2*3 - 6 [rdn] */
        TEST_FP_S(246, 0x3f7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fmsub.s fa3, fa0, fa1, fa2, rup) /* 1*1 - 2^-24 [rup] */
        TEST_FP_S(247, 0x00000000, 0, 0x40000000, 0x40400000, 0x40c00000, fmsub.s fa3, fa0, fa1, fa2, rup) /* 2*3 - 6 [rup] */
        TEST_FP_S(248, 0x3f7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fmsub.s fa3, fa0, fa1, fa2, rmm) /* 1*1 - 2^-24 [rmm] */
        TEST_FP_S(249, 0x00000000, 0, 0x40000000, 0x40400000, 0x40c00000, fmsub.s fa3, fa0, fa1, fa2, rmm) /* 2*3 - 6 [rmm] */
        TEST_FP_S(250, 0x3f7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, csrwi frm, RM_RUP; fmsub.s fa3, fa0, fa1, fa2; csrwi frm, 0) /* 1*1 - 2^-24 [frm=rup] */
        TEST_FP_S(251, 0x40000001, FF_NX, 0x3f800001, 0x3f800001, 0xbf800000, csrwi frm, RM_RDN; fmsub.s fa3, fa0, fa1, fa2; csrwi frm, 0) /* (1+2^-23)*(1+2^-23) - -1 [frm=rdn] */
        TEST_FP_S(252, 0x3f800000, 0, 0x3f800000, 0x40000000, 0x40400000, fnmsub.s fa3, fa0, fa1, fa2) /* -(1*2) + 3 */
        TEST_FP_S(253, 0x00000000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmsub.s fa3, fa0, fa1, fa2) /* -(2*3) + 6 */
        TEST_FP_S(254, 0x41400000, 0, 0xc0000000, 0x40400000, 0x40c00000, fnmsub.s fa3, fa0, fa1, fa2) /* -(-2*3) + 6 */
        TEST_FP_S(257, 0xb37ffffe, 0, 0x3f800001, 0x3f7fffff, 0x3f800000, fnmsub.s fa3, fa0, fa1, fa2) /* -((1+2^-23)*(1-2^-24)) + 1 */
        TEST_FP_S(258, 0xc0000000, FF_NX, 0x3f800001, 0x3f7fffff, 0xbf800000, fnmsub.s fa3, fa0, fa1, fa2) /* -((1+2^-23)*(1-2^-24)) + -1 */
        TEST_FP_S(259, 0x7fc00000, FF_NV, 0x7f800000, 0x00000000, 0x3f800000, fnmsub.s fa3, fa0, fa1, fa2) /* -(inf*+0) + 1 */
        TEST_FP_S(260, 0x7fc00000, FF_NV, 0x00000000, 0x7f800000, 0x7fc00000, fnmsub.s fa3, fa0, fa1, fa2) /* -(+0*inf) + qnan */
        TEST_FP_S(261, 0x7fc00000, FF_NV, 0x7f800000, 0x3f800000, 0x7f800000, fnmsub.s fa3, fa0, fa1, fa2) /* -(inf*1) + inf */
        TEST_FP_S(262, 0xff800000, 0, 0x7f800000, 0x3f800000, 0xff800000, fnmsub.s fa3, fa0, fa1, fa2) /* -(inf*1) + -inf */
        TEST_FP_S(263, 0x7fc00000, 0, 0x7fc00000, 0x3f800000, 0x3f800000, fnmsub.s fa3, fa0, fa1, fa2) /* -(qnan*1) + 1 */
        TEST_FP_S(264, 0x7fc00000, FF_NV, 0x3f800000, 0x3f800000, 0x7f800001, fnmsub.s fa3, fa0, fa1, fa2) /* -(1*1) + snan */
        TEST_FP_S(265, 0x00000000, 0, 0x3f800000, 0x00000000, 0x00000000, fnmsub.s fa3, fa0, fa1, fa2) /* -(1*+0) + +0 */
        TEST_FP_S(266, 0x00000000, 0, 0x3f800000, 0x80000000, 0x00000000, fnmsub.s fa3, fa0, fa1, fa2) /* -(1*-0) + +0 */
        TEST_FP_S(267, 0x00000000, 0, 0x80000000, 0x3f800000, 0x80000000, fnmsub.s fa3, fa0, fa1, fa2) /* -(-0*1) + -0 */
        TEST_FP_S(268, 0xff800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x00000000, fnmsub.s fa3, fa0, fa1, fa2) /* -(max*2) + 0 */
        TEST_FP_S(269, 0xbf7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fnmsub.s fa3, fa0, fa1, fa2) /* -(1*1) + 2^-24 */
        TEST_FP_S(270, 0x007fffff, 0, 0x3f800000, 0x00000001, 0x00800000, fnmsub.s fa3, fa0, fa1, fa2) /* -(1*minsub) + minnorm */
        TEST_FP_S(271, 0xbf7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fnmsub.s fa3, fa0, fa1, fa2, rtz) /* -(1*1) + 2^-24 [rtz] */
        TEST_FP_S(272, 0x00000000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmsub.s fa3, fa0, fa1, fa2, rtz) /* -(2*3) + 6 [rtz] */
        TEST_FP_S(273, 0xbf7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fnmsub.s fa3, fa0, fa1, fa2, rdn) /* -(1*1) + 2^-24 [rdn] */
        TEST_FP_S(274, 0x80000000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmsub.s fa3, fa0, fa1, fa2, rdn) /* -(2*3) + 6 [rdn] */
        TEST_FP_S(275, 0xbf7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fnmsub.s fa3, fa0, fa1, fa2, rup) /* -(1*1) + 2^-24 [rup] */
        TEST_FP_S(276, 0x00000000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmsub.s fa3, fa0, fa1, fa2, rup) /* -(2*3) + 6 [rup] */
        TEST_FP_S(277, 0xbf7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, fnmsub.s fa3, fa0, fa1, fa2, rmm) /* -(1*1) + 2^-24 [rmm] */
        TEST_FP_S(278, 0x00000000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmsub.s fa3, fa0, fa1, fa2, rmm) /* -(2*3) + 6 [rmm] */
        TEST_FP_S(279, 0xbf7fffff, 0, 0x3f800000, 0x3f800000, 0x33800000, csrwi frm, RM_RUP; fnmsub.s fa3, fa0, fa1, fa2; csrwi frm, 0) /* -(1*1) + 2^-24 [frm=rup] */
        TEST_FP_S(280, 0xc0000002, FF_NX, 0x3f800001, 0x3f800001, 0xbf800000, csrwi frm, RM_RDN; fnmsub.s fa3, fa0, fa1, fa2; csrwi frm, 0) /* -((1+2^-23)*(1+2^-23)) + -1 [frm=rdn] */
        TEST_FP_S(281, 0xc0a00000, 0, 0x3f800000, 0x40000000, 0x40400000, fnmadd.s fa3, fa0, fa1, fa2) /* -(1*2) - 3 */
        TEST_FP_S(282, 0xc1400000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmadd.s fa3, fa0, fa1, fa2) /* -(2*3) - 6 */
        TEST_FP_S(283, 0x00000000, 0, 0xc0000000, 0x40400000, 0x40c00000, fnmadd.s fa3, fa0, fa1, fa2) /* -(-2*3) - 6 */
        TEST_FP_S(284, 0xc0000000, FF_NX, 0x3f800001, 0x3f7fffff, 0x3f800000, fnmadd.s fa3, fa0, fa1, fa2) /* -((1+2^-23)*(1-2^-24)) - 1 */
        TEST_FP_S(285, 0xb37ffffe, 0, 0x3f800001, 0x3f7fffff, 0xbf800000, fnmadd.s fa3, fa0, fa1, fa2) /* -((1+2^-23)*(1-2^-24)) - -1 */
        TEST_FP_S(286, 0x7fc00000, FF_NV, 0x7f800000, 0x00000000, 0x3f800000, fnmadd.s fa3, fa0, fa1, fa2) /* -(inf*+0) - 1 */
        TEST_FP_S(287, 0x7fc00000, FF_NV, 0x00000000, 0x7f800000, 0x7fc00000, fnmadd.s fa3, fa0, fa1, fa2) /* -(+0*inf) - qnan */
        TEST_FP_S(288, 0xff800000, 0, 0x7f800000, 0x3f800000, 0x7f800000, fnmadd.s fa3, fa0, fa1, fa2) /* -(inf*1) - inf */
        TEST_FP_S(289, 0x7fc00000, FF_NV, 0x7f800000, 0x3f800000, 0xff800000, fnmadd.s fa3, fa0, fa1, fa2) /* -(inf*1) - -inf */
        TEST_FP_S(290, 0x7fc00000, 0, 0x7fc00000, 0x3f800000, 0x3f800000, fnmadd.s fa3, fa0, fa1, fa2) /* -(qnan*1) - 1 */
        TEST_FP_S(291, 0x7fc00000, FF_NV, 0x3f800000, 0x3f800000, 0x7f800001, fnmadd.s fa3, fa0, fa1, fa2) /* -(1*1) - snan */
        TEST_FP_S(292, 0x80000000, 0, 0x3f800000, 0x00000000, 0x00000000, fnmadd.s fa3, fa0, fa1, fa2) /* -(1*+0) - +0 */
        TEST_FP_S(293, 0x00000000, 0, 0x3f800000, 0x80000000, 0x00000000, fnmadd.s fa3, fa0, fa1, fa2) /* -(1*-0) - +0 */
        TEST_FP_S(294, 0x00000000, 0, 0x80000000, 0x3f800000, 0x80000000, fnmadd.s fa3, fa0, fa1, fa2) /* -(-0*1) - -0 */
        TEST_FP_S(295, 0xff800000, FF_OF|FF_NX, 0x7f7fffff, 0x40000000, 0x00000000, fnmadd.s fa3, fa0, fa1, fa2) /* -(max*2) - 0 */
        TEST_FP_S(296, 0xbf800000, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fnmadd.s fa3, fa0, fa1, fa2) /* -(1*1) - 2^-24 */
        TEST_FP_S(297, 0x80800001, 0, 0x3f800000, 0x00000001, 0x00800000, fnmadd.s fa3, fa0, fa1, fa2) /* -(1*minsub) - minnorm */
        TEST_FP_S(298, 0xbf800000, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fnmadd.s fa3, fa0, fa1, fa2, rtz) /* -(1*1) - 2^-24 [rtz] */
        TEST_FP_S(299, 0xc1400000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmadd.s fa3, fa0, fa1, fa2, rtz) /* -(2*3) - 6 [rtz] */
        TEST_FP_S(300, 0xbf800001, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fnmadd.s fa3, fa0, fa1, fa2, rdn) /* -(1*1) - 2^-24 [rdn] */
        TEST_FP_S(301, 0xc1400000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmadd.s fa3, fa0, fa1, fa2, rdn) /* -(2*3) - 6 [rdn] */
        TEST_FP_S(302, 0xbf800000, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fnmadd.s fa3, fa0, fa1, fa2, rup) /* -(1*1) - 2^-24 [rup] */
        TEST_FP_S(303, 0xc1400000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmadd.s fa3, fa0, fa1, fa2, rup) /* -(2*3) - 6 [rup] */
        TEST_FP_S(304, 0xbf800001, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, fnmadd.s fa3, fa0, fa1, fa2, rmm) /* -(1*1) - 2^-24 [rmm] */
        TEST_FP_S(305, 0xc1400000, 0, 0x40000000, 0x40400000, 0x40c00000, fnmadd.s fa3, fa0, fa1, fa2, rmm) /* -(2*3) - 6 [rmm] */
        TEST_FP_S(306, 0xbf800000, FF_NX, 0x3f800000, 0x3f800000, 0x33800000, csrwi frm, RM_RUP; fnmadd.s fa3, fa0, fa1, fa2; csrwi frm, 0) /* -(1*1) - 2^-24 [frm=rup] */
        TEST_FP_S(307, 0xb4800001, FF_NX, 0x3f800001, 0x3f800001, 0xbf800000, csrwi frm, RM_RDN; fnmadd.s fa3, fa0, fa1, fa2; csrwi frm, 0) /* -((1+2^-23)*(1+2^-23)) - -1 [frm=rdn] */

/* ---- fmin / fmax ----------------------------------------------------------- */
        TEST_FP_S(308, 0x3f800000, 0, 0x3f800000, 0x40000000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(1, 2) */
        TEST_FP_S(309, 0x3f800000, 0, 0x40000000, 0x3f800000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(2, 1) */
        TEST_FP_S(310, 0xc0000000, 0, 0xbf800000, 0xc0000000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(-1, -2) */
        TEST_FP_S(311, 0x80000000, 0, 0x80000000, 0x00000000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(-0, +0) */
        TEST_FP_S(312, 0x80000000, 0, 0x00000000, 0x80000000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(+0, -0) */
        TEST_FP_S(313, 0x3f800000, 0, 0x7fc00000, 0x3f800000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(qnan, 1) */
        TEST_FP_S(314, 0x3f800000, 0, 0x3f800000, 0x7fc00000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(1, qnan) */
        TEST_FP_S(315, 0x3f800000, FF_NV, 0x7f800001, 0x3f800000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(snan, 1) */
        TEST_FP_S(316, 0x3f800000, FF_NV, 0x3f800000, 0xff800001, 0x00000000, fmin.s fa3, fa0, fa1) /* min(1, -snan) */
        TEST_FP_S(317, 0x7fc00000, 0, 0x7fc00000, 0x7fc00000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(qnan, qnan) */
        TEST_FP_S(318, 0x7fc00000, FF_NV, 0x7f800001, 0x7fc00000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(snan, qnan) */
        TEST_FP_S(319, 0xff800000, 0, 0xff800000, 0x3f800000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(-inf, 1) */
        TEST_FP_S(320, 0x7f7fffff, 0, 0x7f800000, 0x7f7fffff, 0x00000000, fmin.s fa3, fa0, fa1) /* min(inf, max) */
        TEST_FP_S(321, 0xc0000000, 0, 0xffc00007, 0xc0000000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(0xffc00007, -2) */
        TEST_FP_S(322, 0x80000001, 0, 0x00000001, 0x80000001, 0x00000000, fmin.s fa3, fa0, fa1) /* min(minsub, -minsub) */
        TEST_FP_S(323, 0xbf800000, 0, 0xbf800000, 0x7f800000, 0x00000000, fmin.s fa3, fa0, fa1) /* min(-1, inf) */
        TEST_FP_S(324, 0x40000000, 0, 0x3f800000, 0x40000000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(1, 2) */
        TEST_FP_S(325, 0x40000000, 0, 0x40000000, 0x3f800000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(2, 1) */
        TEST_FP_S(326, 0xbf800000, 0, 0xbf800000, 0xc0000000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(-1, -2) */
        TEST_FP_S(327, 0x00000000, 0, 0x80000000, 0x00000000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(-0, +0) */
        TEST_FP_S(328, 0x00000000, 0, 0x00000000, 0x80000000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(+0, -0) */
        TEST_FP_S(329, 0x3f800000, 0, 0x7fc00000, 0x3f800000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(qnan, 1) */
        TEST_FP_S(330, 0x3f800000, 0, 0x3f800000, 0x7fc00000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(1, qnan) */
        TEST_FP_S(331, 0x3f800000, FF_NV, 0x7f800001, 0x3f800000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(snan, 1) */
        TEST_FP_S(332, 0x3f800000, FF_NV, 0x3f800000, 0xff800001, 0x00000000, fmax.s fa3, fa0, fa1) /* max(1, -snan) */
        TEST_FP_S(333, 0x7fc00000, 0, 0x7fc00000, 0x7fc00000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(qnan, qnan) */
        TEST_FP_S(334, 0x7fc00000, FF_NV, 0x7f800001, 0x7fc00000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(snan, qnan) */
        TEST_FP_S(335, 0x3f800000, 0, 0xff800000, 0x3f800000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(-inf, 1) */
        TEST_FP_S(336, 0x7f800000, 0, 0x7f800000, 0x7f7fffff, 0x00000000, fmax.s fa3, fa0, fa1) /* max(inf, max) */
        TEST_FP_S(337, 0xc0000000, 0, 0xffc00007, 0xc0000000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(0xffc00007, -2) */
        TEST_FP_S(338, 0x00000001, 0, 0x00000001, 0x80000001, 0x00000000, fmax.s fa3, fa0, fa1) /* max(minsub, -minsub) */
        TEST_FP_S(339, 0x7f800000, 0, 0xbf800000, 0x7f800000, 0x00000000, fmax.s fa3, fa0, fa1) /* max(-1, inf) */

/* ---- sign injection (no flags, NaNs pass through unchanged) ---------------- */
        TEST_FP_S(340, 0xbf800000, 0, 0x3f800000, 0xc0000000, 0x00000000, fsgnj.s fa3, fa0, fa1) /* fsgnj(1, -2) */
        TEST_FP_S(341, 0x3f800000, 0, 0xbf800000, 0x40000000, 0x00000000, fsgnj.s fa3, fa0, fa1) /* fsgnj(-1, 2) */
        TEST_FP_S(342, 0xbf800000, 0, 0xbf800000, 0xc0000000, 0x00000000, fsgnj.s fa3, fa0, fa1) /* fsgnj(-1, -2) */
        TEST_FP_S(343, 0x3f800000, 0, 0x3f800000, 0x40000000, 0x00000000, fsgnj.s fa3, fa0, fa1) /* fsgnj(1, 2) */
        TEST_FP_S(344, 0xffc00000, 0, 0x7fc00000, 0xbf800000, 0x00000000, fsgnj.s fa3, fa0, fa1) /* fsgnj(qnan, -1) */
        TEST_FP_S(345, 0x7f800001, 0, 0xff800001, 0x3f800000, 0x00000000, fsgnj.s fa3, fa0, fa1) /* fsgnj(-snan, 1) */
        TEST_FP_S(346, 0xff800000, 0, 0x7f800000, 0x80000000, 0x00000000, fsgnj.s fa3, fa0, fa1) /* fsgnj(inf, -0) */
        TEST_FP_S(347, 0xffc00123, 0, 0x7fc00123, 0xff800001, 0x00000000, fsgnj.s fa3, fa0, fa1) /* fsgnj(0x7fc00123, 0xff800001) */
        TEST_FP_S(348, 0x3f800000, 0, 0x3f800000, 0xc0000000, 0x00000000, fsgnjn.s fa3, fa0, fa1) /* fsgnjn(1, -2) */
        TEST_FP_S(349, 0xbf800000, 0, 0xbf800000, 0x40000000, 0x00000000, fsgnjn.s fa3, fa0, fa1) /* fsgnjn(-1, 2) */
        TEST_FP_S(350, 0x3f800000, 0, 0xbf800000, 0xc0000000, 0x00000000, fsgnjn.s fa3, fa0, fa1) /* fsgnjn(-1, -2) */
        TEST_FP_S(351, 0xbf800000, 0, 0x3f800000, 0x40000000, 0x00000000, fsgnjn.s fa3, fa0, fa1) /* fsgnjn(1, 2) */
        TEST_FP_S(352, 0x7fc00000, 0, 0x7fc00000, 0xbf800000, 0x00000000, fsgnjn.s fa3, fa0, fa1) /* fsgnjn(qnan, -1) */
        TEST_FP_S(353, 0xff800001, 0, 0xff800001, 0x3f800000, 0x00000000, fsgnjn.s fa3, fa0, fa1) /* fsgnjn(-snan, 1) */
        TEST_FP_S(354, 0x7f800000, 0, 0x7f800000, 0x80000000, 0x00000000, fsgnjn.s fa3, fa0, fa1) /* fsgnjn(inf, -0) */
        TEST_FP_S(355, 0x7fc00123, 0, 0x7fc00123, 0xff800001, 0x00000000, fsgnjn.s fa3, fa0, fa1) /* fsgnjn(0x7fc00123, 0xff800001) */
        TEST_FP_S(356, 0xbf800000, 0, 0x3f800000, 0xc0000000, 0x00000000, fsgnjx.s fa3, fa0, fa1) /* fsgnjx(1, -2) */
        TEST_FP_S(357, 0xbf800000, 0, 0xbf800000, 0x40000000, 0x00000000, fsgnjx.s fa3, fa0, fa1) /* fsgnjx(-1, 2) */
        TEST_FP_S(358, 0x3f800000, 0, 0xbf800000, 0xc0000000, 0x00000000, fsgnjx.s fa3, fa0, fa1) /* fsgnjx(-1, -2) */
        TEST_FP_S(359, 0x3f800000, 0, 0x3f800000, 0x40000000, 0x00000000, fsgnjx.s fa3, fa0, fa1) /* fsgnjx(1, 2) */
        TEST_FP_S(360, 0xffc00000, 0, 0x7fc00000, 0xbf800000, 0x00000000, fsgnjx.s fa3, fa0, fa1) /* fsgnjx(qnan, -1) */
        TEST_FP_S(361, 0xff800001, 0, 0xff800001, 0x3f800000, 0x00000000, fsgnjx.s fa3, fa0, fa1) /* fsgnjx(-snan, 1) */
        TEST_FP_S(362, 0xff800000, 0, 0x7f800000, 0x80000000, 0x00000000, fsgnjx.s fa3, fa0, fa1) /* fsgnjx(inf, -0) */
        TEST_FP_S(363, 0xffc00123, 0, 0x7fc00123, 0xff800001, 0x00000000, fsgnjx.s fa3, fa0, fa1) /* fsgnjx(0x7fc00123, 0xff800001) */

/* ---- compares: feq is quiet, flt/fle signal on any NaN --------------------- */
        TEST_FP_S_INT(364, 0x1, 0, 0x3f800000, 0x3f800000, feq.s a0, fa0, fa1) /* feq(1, 1) */
        TEST_FP_S_INT(365, 0x0, 0, 0x3f800000, 0x40000000, feq.s a0, fa0, fa1) /* feq(1, 2) */
        TEST_FP_S_INT(366, 0x0, 0, 0x40000000, 0x3f800000, feq.s a0, fa0, fa1) /* feq(2, 1) */
        TEST_FP_S_INT(367, 0x1, 0, 0x80000000, 0x00000000, feq.s a0, fa0, fa1) /* feq(-0, +0) */
        TEST_FP_S_INT(368, 0x1, 0, 0x00000000, 0x80000000, feq.s a0, fa0, fa1) /* feq(+0, -0) */
        TEST_FP_S_INT(369, 0x0, 0, 0xbf800000, 0xc0000000, feq.s a0, fa0, fa1) /* feq(-1, -2) */
        TEST_FP_S_INT(370, 0x0, 0, 0xff800000, 0x7f800000, feq.s a0, fa0, fa1) /* feq(-inf, inf) */
        TEST_FP_S_INT(371, 0x1, 0, 0x7f800000, 0x7f800000, feq.s a0, fa0, fa1) /* feq(inf, inf) */
        TEST_FP_S_INT(372, 0x0, 0, 0x00000001, 0x00000000, feq.s a0, fa0, fa1) /* feq(minsub, +0) */
        TEST_FP_S_INT(373, 0x0, 0, 0x7fc00000, 0x3f800000, feq.s a0, fa0, fa1) /* feq(qnan, 1) */
        TEST_FP_S_INT(374, 0x0, 0, 0x3f800000, 0x7fc00000, feq.s a0, fa0, fa1) /* feq(1, qnan) */
        TEST_FP_S_INT(375, 0x0, FF_NV, 0x7f800001, 0x3f800000, feq.s a0, fa0, fa1) /* feq(snan, 1) */
        TEST_FP_S_INT(376, 0x0, 0, 0x7fc00000, 0x7fc00000, feq.s a0, fa0, fa1) /* feq(qnan, qnan) */
        TEST_FP_S_INT(377, 0x0, FF_NV, 0x3f800000, 0xff800001, feq.s a0, fa0, fa1) /* feq(1, -snan) */
        TEST_FP_S_INT(378, 0x0, 0, 0x3f800000, 0x3f800000, flt.s a0, fa0, fa1) /* flt(1, 1) */
        TEST_FP_S_INT(379, 0x1, 0, 0x3f800000, 0x40000000, flt.s a0, fa0, fa1) /* flt(1, 2) */
        TEST_FP_S_INT(380, 0x0, 0, 0x40000000, 0x3f800000, flt.s a0, fa0, fa1) /* flt(2, 1) */
        TEST_FP_S_INT(381, 0x0, 0, 0x80000000, 0x00000000, flt.s a0, fa0, fa1) /* flt(-0, +0) */
        TEST_FP_S_INT(382, 0x0, 0, 0x00000000, 0x80000000, flt.s a0, fa0, fa1) /* flt(+0, -0) */
        TEST_FP_S_INT(383, 0x0, 0, 0xbf800000, 0xc0000000, flt.s a0, fa0, fa1) /* flt(-1, -2) */
        TEST_FP_S_INT(384, 0x1, 0, 0xff800000, 0x7f800000, flt.s a0, fa0, fa1) /* flt(-inf, inf) */
        TEST_FP_S_INT(385, 0x0, 0, 0x7f800000, 0x7f800000, flt.s a0, fa0, fa1) /* flt(inf, inf) */
        TEST_FP_S_INT(386, 0x0, 0, 0x00000001, 0x00000000, flt.s a0, fa0, fa1) /* flt(minsub, +0) */
        TEST_FP_S_INT(387, 0x0, FF_NV, 0x7fc00000, 0x3f800000, flt.s a0, fa0, fa1) /* flt(qnan, 1) */
        TEST_FP_S_INT(388, 0x0, FF_NV, 0x3f800000, 0x7fc00000, flt.s a0, fa0, fa1) /* flt(1, qnan) */
        TEST_FP_S_INT(389, 0x0, FF_NV, 0x7f800001, 0x3f800000, flt.s a0, fa0, fa1) /* flt(snan, 1) */
        TEST_FP_S_INT(390, 0x0, FF_NV, 0x7fc00000, 0x7fc00000, flt.s a0, fa0, fa1) /* flt(qnan, qnan) */
        TEST_FP_S_INT(391, 0x0, FF_NV, 0x3f800000, 0xff800001, flt.s a0, fa0, fa1) /* flt(1, -snan) */
        TEST_FP_S_INT(392, 0x1, 0, 0x3f800000, 0x3f800000, fle.s a0, fa0, fa1) /* fle(1, 1) */
        TEST_FP_S_INT(393, 0x1, 0, 0x3f800000, 0x40000000, fle.s a0, fa0, fa1) /* fle(1, 2) */
        TEST_FP_S_INT(394, 0x0, 0, 0x40000000, 0x3f800000, fle.s a0, fa0, fa1) /* fle(2, 1) */
        TEST_FP_S_INT(395, 0x1, 0, 0x80000000, 0x00000000, fle.s a0, fa0, fa1) /* fle(-0, +0) */
        TEST_FP_S_INT(396, 0x1, 0, 0x00000000, 0x80000000, fle.s a0, fa0, fa1) /* fle(+0, -0) */
        TEST_FP_S_INT(397, 0x0, 0, 0xbf800000, 0xc0000000, fle.s a0, fa0, fa1) /* fle(-1, -2) */
        TEST_FP_S_INT(398, 0x1, 0, 0xff800000, 0x7f800000, fle.s a0, fa0, fa1) /* fle(-inf, inf) */
        TEST_FP_S_INT(399, 0x1, 0, 0x7f800000, 0x7f800000, fle.s a0, fa0, fa1) /* fle(inf, inf) */
        TEST_FP_S_INT(400, 0x0, 0, 0x00000001, 0x00000000, fle.s a0, fa0, fa1) /* fle(minsub, +0) */
        TEST_FP_S_INT(401, 0x0, FF_NV, 0x7fc00000, 0x3f800000, fle.s a0, fa0, fa1) /* fle(qnan, 1) */
        TEST_FP_S_INT(402, 0x0, FF_NV, 0x3f800000, 0x7fc00000, fle.s a0, fa0, fa1) /* fle(1, qnan) */
        TEST_FP_S_INT(403, 0x0, FF_NV, 0x7f800001, 0x3f800000, fle.s a0, fa0, fa1) /* fle(snan, 1) */
        TEST_FP_S_INT(404, 0x0, FF_NV, 0x7fc00000, 0x7fc00000, fle.s a0, fa0, fa1) /* fle(qnan, qnan) */
        TEST_FP_S_INT(405, 0x0, FF_NV, 0x3f800000, 0xff800001, fle.s a0, fa0, fa1) /* fle(1, -snan) */

/* ---- fclass ---------------------------------------------------------------- */
        TEST_FP_S_INT(406, 0x1, 0, 0xff800000, 0x00000000, fclass.s a0, fa0) /* class(-inf) */
        TEST_FP_S_INT(407, 0x2, 0, 0xbf800000, 0x00000000, fclass.s a0, fa0) /* class(-1) */
        TEST_FP_S_INT(408, 0x2, 0, 0xff7fffff, 0x00000000, fclass.s a0, fa0) /* class(-max) */
        TEST_FP_S_INT(409, 0x4, 0, 0x80000001, 0x00000000, fclass.s a0, fa0) /* class(-minsub) */
        TEST_FP_S_INT(410, 0x8, 0, 0x80000000, 0x00000000, fclass.s a0, fa0) /* class(-0) */
        TEST_FP_S_INT(411, 0x10, 0, 0x00000000, 0x00000000, fclass.s a0, fa0) /* class(+0) */
        TEST_FP_S_INT(412, 0x20, 0, 0x00000001, 0x00000000, fclass.s a0, fa0) /* class(minsub) */
        TEST_FP_S_INT(413, 0x20, 0, 0x007fffff, 0x00000000, fclass.s a0, fa0) /* class(0x7fffff) */
        TEST_FP_S_INT(414, 0x40, 0, 0x3f800000, 0x00000000, fclass.s a0, fa0) /* class(1) */
        TEST_FP_S_INT(415, 0x40, 0, 0x00800000, 0x00000000, fclass.s a0, fa0) /* class(minnorm) */
        TEST_FP_S_INT(416, 0x40, 0, 0x7f7fffff, 0x00000000, fclass.s a0, fa0) /* class(max) */
        TEST_FP_S_INT(417, 0x80, 0, 0x7f800000, 0x00000000, fclass.s a0, fa0) /* class(inf) */
        TEST_FP_S_INT(418, 0x100, 0, 0x7f800001, 0x00000000, fclass.s a0, fa0) /* class(snan) */
        TEST_FP_S_INT(419, 0x100, 0, 0xff800001, 0x00000000, fclass.s a0, fa0) /* class(-snan) */
        TEST_FP_S_INT(420, 0x200, 0, 0x7fc00000, 0x00000000, fclass.s a0, fa0) /* class(qnan) */
        TEST_FP_S_INT(421, 0x200, 0, 0xffc00000, 0x00000000, fclass.s a0, fa0) /* class(-qnan) */
        TEST_FP_S_INT(422, 0x200, 0, 0x7fc00055, 0x00000000, fclass.s a0, fa0) /* class(0x7fc00055) */

/* ---- conversion to integer (saturating, NV on NaN or out of range) --------- */
        TEST_FP_S_INT(423, 0x0, 0, 0x00000000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(0) */
        TEST_FP_S_INT(424, 0x0, 0, 0x80000000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-0) */
        TEST_FP_S_INT(425, 0x1, 0, 0x3f800000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(1) */
        TEST_FP_S_INT(426, 0xffffffffffffffff, 0, 0xbf800000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-1) */
        TEST_FP_S_INT(427, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(1.5) */
        TEST_FP_S_INT(428, 0xfffffffffffffffe, FF_NX, 0xbfc00000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-1.5) */
        TEST_FP_S_INT(429, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(2.5) */
        TEST_FP_S_INT(430, 0xfffffffffffffffe, FF_NX, 0xc0200000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-2.5) */
        TEST_FP_S_INT(431, 0x1, FF_NX, 0x3f600000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(0.875) */
        TEST_FP_S_INT(432, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-0.5) */
        TEST_FP_S_INT(433, 0x0, FF_NX, 0x00000001, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(minsub) */
        TEST_FP_S_INT(434, 0x0, FF_NX, 0x80000001, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-minsub) */
        TEST_FP_S_INT(435, 0x7fffffff, FF_NV, 0x7f800000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(inf) */
        TEST_FP_S_INT(436, 0xffffffff80000000, FF_NV, 0xff800000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-inf) */
        TEST_FP_S_INT(437, 0x7fffffff, FF_NV, 0x7fc00000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(qnan) */
        TEST_FP_S_INT(438, 0x7fffffff, FF_NV, 0x7f800001, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(snan) */
        TEST_FP_S_INT(439, 0x7fffffff, FF_NV, 0xffc00000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-qnan) */
        TEST_FP_S_INT(440, 0x7fffffff, FF_NV, 0x7f7fffff, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(max) */
        TEST_FP_S_INT(441, 0xffffffff80000000, FF_NV, 0xff7fffff, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-max) */
        TEST_FP_S_INT(442, 0x7fffff80, 0, 0x4effffff, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(2147483520) */
        TEST_FP_S_INT(443, 0x7fffffff, FF_NV, 0x4f000000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(2147483648) */
        TEST_FP_S_INT(444, 0xffffffff80000000, 0, 0xcf000000, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-2147483648) */
        TEST_FP_S_INT(445, 0xffffffff80000000, FF_NV, 0xcf000001, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(-2147483904) */
        TEST_FP_S_INT(446, 0xbc614e, 0, 0x4b3c614e, 0x00000000, fcvt.w.s a0, fa0) /* fcvt.w(12345678) */
        TEST_FP_S_INT(447, 0x1, FF_NX, 0x3fc00000, 0x00000000, fcvt.w.s a0, fa0, rtz) /* fcvt.w(1.5) [rtz] */
        TEST_FP_S_INT(448, 0xffffffffffffffff, FF_NX, 0xbfc00000, 0x00000000, fcvt.w.s a0, fa0, rtz) /* fcvt.w(-1.5) [rtz] */
        TEST_FP_S_INT(449, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.w.s a0, fa0, rtz) /* fcvt.w(2.5) [rtz] */
        TEST_FP_S_INT(450, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.w.s a0, fa0, rtz) /* fcvt.w(-0.5) [rtz] */
        TEST_FP_S_INT(451, 0x1, FF_NX, 0x3fc00000, 0x00000000, fcvt.w.s a0, fa0, rdn) /* fcvt.w(1.5) [rdn] */
        TEST_FP_S_INT(452, 0xfffffffffffffffe, FF_NX, 0xbfc00000, 0x00000000, fcvt.w.s a0, fa0, rdn) /* fcvt.w(-1.5) [rdn] */
        TEST_FP_S_INT(453, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.w.s a0, fa0, rdn) /* fcvt.w(2.5) [rdn] */
        TEST_FP_S_INT(454, 0xffffffffffffffff, FF_NX, 0xbf000000, 0x00000000, fcvt.w.s a0, fa0, rdn) /* fcvt.w(-0.5) [rdn] */
        TEST_FP_S_INT(455, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.w.s a0, fa0, rup) /* fcvt.w(1.5) [rup] */
        TEST_FP_S_INT(456, 0xffffffffffffffff, FF_NX, 0xbfc00000, 0x00000000, fcvt.w.s a0, fa0, rup) /* fcvt.w(-1.5) [rup] */
        TEST_FP_S_INT(457, 0x3, FF_NX, 0x40200000, 0x00000000, fcvt.w.s a0, fa0, rup) /* fcvt.w(2.5) [rup] */
        TEST_FP_S_INT(458, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.w.s a0, fa0, rup) /* fcvt.w(-0.5) [rup] */
        TEST_FP_S_INT(459, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.w.s a0, fa0, rmm) /* fcvt.w(1.5) [rmm] */
        TEST_FP_S_INT(460, 0xfffffffffffffffe, FF_NX, 0xbfc00000, 0x00000000, fcvt.w.s a0, fa0, rmm) /* fcvt.w(-1.5) [rmm] */
        TEST_FP_S_INT(461, 0x3, FF_NX, 0x40200000, 0x00000000, fcvt.w.s a0, fa0, rmm) /* fcvt.w(2.5) [rmm] */
        TEST_FP_S_INT(462, 0xffffffffffffffff, FF_NX, 0xbf000000, 0x00000000, fcvt.w.s a0, fa0, rmm) /* fcvt.w(-0.5) [rmm] */
        TEST_FP_S_INT(463, 0xfffffffffffffffd, FF_NX, 0xc0200000, 0x00000000, csrwi frm, RM_RMM; fcvt.w.s a0, fa0; csrwi frm, 0) /* fcvt.w(-2.5) [frm=rmm] */
        TEST_FP_S_INT(464, 0x2, FF_NX, 0x40200000, 0x00000000, csrwi frm, RM_RDN; fcvt.w.s a0, fa0; csrwi frm, 0) /* fcvt.w(2.5) [frm=rdn] */
        TEST_FP_S_INT(465, 0x0, 0, 0x00000000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(0) */
        TEST_FP_S_INT(466, 0x0, 0, 0x80000000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-0) */
        TEST_FP_S_INT(467, 0x1, 0, 0x3f800000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(1) */
        TEST_FP_S_INT(468, 0x0, FF_NV, 0xbf800000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-1) */
        TEST_FP_S_INT(469, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(1.5) */
        TEST_FP_S_INT(470, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-1.5) */
        TEST_FP_S_INT(471, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(2.5) */
        TEST_FP_S_INT(472, 0x0, FF_NV, 0xc0200000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-2.5) */
        TEST_FP_S_INT(473, 0x1, FF_NX, 0x3f600000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(0.875) */
        TEST_FP_S_INT(474, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-0.5) */
        TEST_FP_S_INT(475, 0x0, FF_NX, 0x00000001, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(minsub) */
        TEST_FP_S_INT(476, 0x0, FF_NX, 0x80000001, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-minsub) */
        TEST_FP_S_INT(477, 0xffffffffffffffff, FF_NV, 0x7f800000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(inf) */
        TEST_FP_S_INT(478, 0x0, FF_NV, 0xff800000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-inf) */
        TEST_FP_S_INT(479, 0xffffffffffffffff, FF_NV, 0x7fc00000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(qnan) */
        TEST_FP_S_INT(480, 0xffffffffffffffff, FF_NV, 0x7f800001, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(snan) */
        TEST_FP_S_INT(481, 0xffffffffffffffff, FF_NV, 0xffc00000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-qnan) */
        TEST_FP_S_INT(482, 0xffffffffffffffff, FF_NV, 0x7f7fffff, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(max) */
        TEST_FP_S_INT(483, 0x0, FF_NV, 0xff7fffff, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-max) */
        TEST_FP_S_INT(484, 0xffffffffffffff00, 0, 0x4f7fffff, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(4294967040) */
        TEST_FP_S_INT(485, 0xffffffffffffffff, FF_NV, 0x4f800000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(4294967296) */
        TEST_FP_S_INT(486, 0xffffffffb2d05e00, 0, 0x4f32d05e, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(3000000000) */
        TEST_FP_S_INT(487, 0x0, FF_NV, 0xcf000000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(-2147483648) */
        TEST_FP_S_INT(488, 0xffffffff80000000, 0, 0x4f000000, 0x00000000, fcvt.wu.s a0, fa0) /* fcvt.wu(2147483648) */
        TEST_FP_S_INT(489, 0x1, FF_NX, 0x3fc00000, 0x00000000, fcvt.wu.s a0, fa0, rtz) /* fcvt.wu(1.5) [rtz] */
        TEST_FP_S_INT(490, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.wu.s a0, fa0, rtz) /* fcvt.wu(-1.5) [rtz] */
        TEST_FP_S_INT(491, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.wu.s a0, fa0, rtz) /* fcvt.wu(2.5) [rtz] */
        TEST_FP_S_INT(492, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.wu.s a0, fa0, rtz) /* fcvt.wu(-0.5) [rtz] */
        TEST_FP_S_INT(493, 0x1, FF_NX, 0x3fc00000, 0x00000000, fcvt.wu.s a0, fa0, rdn) /* fcvt.wu(1.5) [rdn] */
        TEST_FP_S_INT(494, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.wu.s a0, fa0, rdn) /* fcvt.wu(-1.5) [rdn] */
        TEST_FP_S_INT(495, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.wu.s a0, fa0, rdn) /* fcvt.wu(2.5) [rdn] */
        TEST_FP_S_INT(496, 0x0, FF_NV, 0xbf000000, 0x00000000, fcvt.wu.s a0, fa0, rdn) /* fcvt.wu(-0.5) [rdn] */
        TEST_FP_S_INT(497, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.wu.s a0, fa0, rup) /* fcvt.wu(1.5) [rup] */
        TEST_FP_S_INT(498, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.wu.s a0, fa0, rup) /* fcvt.wu(-1.5) [rup] */
        TEST_FP_S_INT(499, 0x3, FF_NX, 0x40200000, 0x00000000, fcvt.wu.s a0, fa0, rup) /* fcvt.wu(2.5) [rup] */
        TEST_FP_S_INT(500, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.wu.s a0, fa0, rup) /* fcvt.wu(-0.5) [rup] */
        TEST_FP_S_INT(501, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.wu.s a0, fa0, rmm) /* fcvt.wu(1.5) [rmm] */
        TEST_FP_S_INT(502, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.wu.s a0, fa0, rmm) /* fcvt.wu(-1.5) [rmm] */
        TEST_FP_S_INT(503, 0x3, FF_NX, 0x40200000, 0x00000000, fcvt.wu.s a0, fa0, rmm) /* fcvt.wu(2.5) [rmm] */
        TEST_FP_S_INT(504, 0x0, FF_NV, 0xbf000000, 0x00000000, fcvt.wu.s a0, fa0, rmm) /* fcvt.wu(-0.5) [rmm] */
        TEST_FP_S_INT(505, 0x0, FF_NV, 0xc0200000, 0x00000000, csrwi frm, RM_RMM; fcvt.wu.s a0, fa0; csrwi frm, 0) /* fcvt.wu(-2.5) [frm=rmm] */
        TEST_FP_S_INT(506, 0x2, FF_NX, 0x40200000, 0x00000000, csrwi frm, RM_RDN; fcvt.wu.s a0, fa0; csrwi frm, 0) /* fcvt.wu(2.5) [frm=rdn] */
        TEST_FP_S_INT(507, 0x0, 0, 0x00000000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(0) */
        TEST_FP_S_INT(508, 0x0, 0, 0x80000000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-0) */
        TEST_FP_S_INT(509, 0x1, 0, 0x3f800000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(1) */
        TEST_FP_S_INT(510, 0xffffffffffffffff, 0, 0xbf800000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-1) */
        TEST_FP_S_INT(513, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(1.5) */
        TEST_FP_S_INT(514, 0xfffffffffffffffe, FF_NX, 0xbfc00000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-1.5) */
        TEST_FP_S_INT(515, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(2.5) */
        TEST_FP_S_INT(516, 0xfffffffffffffffe, FF_NX, 0xc0200000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-2.5) */
        TEST_FP_S_INT(517, 0x1, FF_NX, 0x3f600000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(0.875) */
        TEST_FP_S_INT(518, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-0.5) */
        TEST_FP_S_INT(519, 0x0, FF_NX, 0x00000001, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(minsub) */
        TEST_FP_S_INT(520, 0x0, FF_NX, 0x80000001, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-minsub) */
        TEST_FP_S_INT(521, 0x7fffffffffffffff, FF_NV, 0x7f800000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(inf) */
        TEST_FP_S_INT(522, 0x8000000000000000, FF_NV, 0xff800000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-inf) */
        TEST_FP_S_INT(523, 0x7fffffffffffffff, FF_NV, 0x7fc00000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(qnan) */
        TEST_FP_S_INT(524, 0x7fffffffffffffff, FF_NV, 0x7f800001, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(snan) */
        TEST_FP_S_INT(525, 0x7fffffffffffffff, FF_NV, 0xffc00000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-qnan) */
        TEST_FP_S_INT(526, 0x7fffffffffffffff, FF_NV, 0x7f7fffff, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(max) */
        TEST_FP_S_INT(527, 0x8000000000000000, FF_NV, 0xff7fffff, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-max) */
        TEST_FP_S_INT(528, 0x7fffff8000000000, 0, 0x5effffff, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(9.223371487098962e+18) */
        TEST_FP_S_INT(529, 0x7fffffffffffffff, FF_NV, 0x5f000000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(2^63) */
        TEST_FP_S_INT(530, 0x8000000000000000, 0, 0xdf000000, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-2^63) */
        TEST_FP_S_INT(531, 0x8000000000000000, FF_NV, 0xdf000001, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(-9.223373136366404e+18) */
        TEST_FP_S_INT(532, 0x380000400, 0, 0x50600001, 0x00000000, fcvt.l.s a0, fa0) /* fcvt.l(15032386560) */
        TEST_FP_S_INT(533, 0x1, FF_NX, 0x3fc00000, 0x00000000, fcvt.l.s a0, fa0, rtz) /* fcvt.l(1.5) [rtz] */
        TEST_FP_S_INT(534, 0xffffffffffffffff, FF_NX, 0xbfc00000, 0x00000000, fcvt.l.s a0, fa0, rtz) /* fcvt.l(-1.5) [rtz] */
        TEST_FP_S_INT(535, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.l.s a0, fa0, rtz) /* fcvt.l(2.5) [rtz] */
        TEST_FP_S_INT(536, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.l.s a0, fa0, rtz) /* fcvt.l(-0.5) [rtz] */
        TEST_FP_S_INT(537, 0x1, FF_NX, 0x3fc00000, 0x00000000, fcvt.l.s a0, fa0, rdn) /* fcvt.l(1.5) [rdn] */
        TEST_FP_S_INT(538, 0xfffffffffffffffe, FF_NX, 0xbfc00000, 0x00000000, fcvt.l.s a0, fa0, rdn) /* fcvt.l(-1.5) [rdn] */
        TEST_FP_S_INT(539, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.l.s a0, fa0, rdn) /* fcvt.l(2.5) [rdn] */
        TEST_FP_S_INT(540, 0xffffffffffffffff, FF_NX, 0xbf000000, 0x00000000, fcvt.l.s a0, fa0, rdn) /* fcvt.l(-0.5) [rdn] */
        TEST_FP_S_INT(541, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.l.s a0, fa0, rup) /* fcvt.l(1.5) [rup] */
        TEST_FP_S_INT(542, 0xffffffffffffffff, FF_NX, 0xbfc00000, 0x00000000, fcvt.l.s a0, fa0, rup) /* fcvt.l(-1.5) [rup] */
        TEST_FP_S_INT(543, 0x3, FF_NX, 0x40200000, 0x00000000, fcvt.l.s a0, fa0, rup) /* fcvt.l(2.5) [rup] */
        TEST_FP_S_INT(544, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.l.s a0, fa0, rup) /* fcvt.l(-0.5) [rup] */
        TEST_FP_S_INT(545, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.l.s a0, fa0, rmm) /* fcvt.l(1.5) [rmm] */
        TEST_FP_S_INT(546, 0xfffffffffffffffe, FF_NX, 0xbfc00000, 0x00000000, fcvt.l.s a0, fa0, rmm) /* fcvt.l(-1.5) [rmm] */
        TEST_FP_S_INT(547, 0x3, FF_NX, 0x40200000, 0x00000000, fcvt.l.s a0, fa0, rmm) /* fcvt.l(2.5) [rmm] */
        TEST_FP_S_INT(548, 0xffffffffffffffff, FF_NX, 0xbf000000, 0x00000000, fcvt.l.s a0, fa0, rmm) /* fcvt.l(-0.5) [rmm] */
        TEST_FP_S_INT(549, 0xfffffffffffffffd, FF_NX, 0xc0200000, 0x00000000, csrwi frm, RM_RMM; fcvt.l.s a0, fa0; csrwi frm, 0) /* fcvt.l(-2.5) [frm=rmm] */
        TEST_FP_S_INT(550, 0x2, FF_NX, 0x40200000, 0x00000000, csrwi frm, RM_RDN; fcvt.l.s a0, fa0; csrwi frm, 0) /* fcvt.l(2.5) [frm=rdn] */
        TEST_FP_S_INT(551, 0x0, 0, 0x00000000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(0) */
        TEST_FP_S_INT(552, 0x0, 0, 0x80000000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-0) */
        TEST_FP_S_INT(553, 0x1, 0, 0x3f800000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(1) */
        TEST_FP_S_INT(554, 0x0, FF_NV, 0xbf800000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-1) */
        TEST_FP_S_INT(555, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(1.5) */
        TEST_FP_S_INT(556, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-1.5) */
        TEST_FP_S_INT(557, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(2.5) */
        TEST_FP_S_INT(558, 0x0, FF_NV, 0xc0200000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-2.5) */
        TEST_FP_S_INT(559, 0x1, FF_NX, 0x3f600000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(0.875) */
        TEST_FP_S_INT(560, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-0.5) */
        TEST_FP_S_INT(561, 0x0, FF_NX, 0x00000001, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(minsub) */
        TEST_FP_S_INT(562, 0x0, FF_NX, 0x80000001, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-minsub) */
        TEST_FP_S_INT(563, 0xffffffffffffffff, FF_NV, 0x7f800000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(inf) */
        TEST_FP_S_INT(564, 0x0, FF_NV, 0xff800000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-inf) */
        TEST_FP_S_INT(565, 0xffffffffffffffff, FF_NV, 0x7fc00000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(qnan) */
        TEST_FP_S_INT(566, 0xffffffffffffffff, FF_NV, 0x7f800001, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(snan) */
        TEST_FP_S_INT(567, 0xffffffffffffffff, FF_NV, 0xffc00000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-qnan) */
        TEST_FP_S_INT(568, 0xffffffffffffffff, FF_NV, 0x7f7fffff, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(max) */
        TEST_FP_S_INT(569, 0x0, FF_NV, 0xff7fffff, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-max) */
        TEST_FP_S_INT(570, 0xffffff0000000000, 0, 0x5f7fffff, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(1.8446742974197924e+19) */
        TEST_FP_S_INT(571, 0xffffffffffffffff, FF_NV, 0x5f800000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(2^64) */
        TEST_FP_S_INT(572, 0x8000000000000000, 0, 0x5f000000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(2^63) */
        TEST_FP_S_INT(573, 0x0, FF_NV, 0xdf000000, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(-2^63) */
        TEST_FP_S_INT(574, 0x380000400, 0, 0x50600001, 0x00000000, fcvt.lu.s a0, fa0) /* fcvt.lu(15032386560) */
        TEST_FP_S_INT(575, 0x1, FF_NX, 0x3fc00000, 0x00000000, fcvt.lu.s a0, fa0, rtz) /* fcvt.lu(1.5) [rtz] */
        TEST_FP_S_INT(576, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.lu.s a0, fa0, rtz) /* fcvt.lu(-1.5) [rtz] */
        TEST_FP_S_INT(577, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.lu.s a0, fa0, rtz) /* fcvt.lu(2.5) [rtz] */
        TEST_FP_S_INT(578, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.lu.s a0, fa0, rtz) /* fcvt.lu(-0.5) [rtz] */
        TEST_FP_S_INT(579, 0x1, FF_NX, 0x3fc00000, 0x00000000, fcvt.lu.s a0, fa0, rdn) /* fcvt.lu(1.5) [rdn] */
        TEST_FP_S_INT(580, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.lu.s a0, fa0, rdn) /* fcvt.lu(-1.5) [rdn] */
        TEST_FP_S_INT(581, 0x2, FF_NX, 0x40200000, 0x00000000, fcvt.lu.s a0, fa0, rdn) /* fcvt.lu(2.5) [rdn] */
        TEST_FP_S_INT(582, 0x0, FF_NV, 0xbf000000, 0x00000000, fcvt.lu.s a0, fa0, rdn) /* fcvt.lu(-0.5) [rdn] */
        TEST_FP_S_INT(583, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.lu.s a0, fa0, rup) /* fcvt.lu(1.5) [rup] */
        TEST_FP_S_INT(584, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.lu.s a0, fa0, rup) /* fcvt.lu(-1.5) [rup] */
        TEST_FP_S_INT(585, 0x3, FF_NX, 0x40200000, 0x00000000, fcvt.lu.s a0, fa0, rup) /* fcvt.lu(2.5) [rup] */
        TEST_FP_S_INT(586, 0x0, FF_NX, 0xbf000000, 0x00000000, fcvt.lu.s a0, fa0, rup) /* fcvt.lu(-0.5) [rup] */
        TEST_FP_S_INT(587, 0x2, FF_NX, 0x3fc00000, 0x00000000, fcvt.lu.s a0, fa0, rmm) /* fcvt.lu(1.5) [rmm] */
        TEST_FP_S_INT(588, 0x0, FF_NV, 0xbfc00000, 0x00000000, fcvt.lu.s a0, fa0, rmm) /* fcvt.lu(-1.5) [rmm] */
        TEST_FP_S_INT(589, 0x3, FF_NX, 0x40200000, 0x00000000, fcvt.lu.s a0, fa0, rmm) /* fcvt.lu(2.5) [rmm] */
        TEST_FP_S_INT(590, 0x0, FF_NV, 0xbf000000, 0x00000000, fcvt.lu.s a0, fa0, rmm) /* fcvt.lu(-0.5) [rmm] */
        TEST_FP_S_INT(591, 0x0, FF_NV, 0xc0200000, 0x00000000, csrwi frm, RM_RMM; fcvt.lu.s a0, fa0; csrwi frm, 0) /* fcvt.lu(-2.5) [frm=rmm] */
        TEST_FP_S_INT(592, 0x2, FF_NX, 0x40200000, 0x00000000, csrwi frm, RM_RDN; fcvt.lu.s a0, fa0; csrwi frm, 0) /* fcvt.lu(2.5) [frm=rdn] */

/* ---- conversion from integer (W sources use the low 32 bits) --------------- */
        TEST_INT_FP_S(593, 0x00000000, 0, 0x0, fcvt.s.w fa3, a1) /* s(0x0) */
        TEST_INT_FP_S(594, 0x3f800000, 0, 0x1, fcvt.s.w fa3, a1) /* s(0x1) */
        TEST_INT_FP_S(595, 0xbf800000, 0, 0xffffffffffffffff, fcvt.s.w fa3, a1) /* s(0xffffffffffffffff) */
        TEST_INT_FP_S(596, 0x4f000000, FF_NX, 0x7fffffff, fcvt.s.w fa3, a1) /* s(0x7fffffff) */
        TEST_INT_FP_S(597, 0xcf000000, 0, 0xffffffff80000000, fcvt.s.w fa3, a1) /* s(0xffffffff80000000) */
        TEST_INT_FP_S(598, 0x3f800000, 0, 0xffffffff00000001, fcvt.s.w fa3, a1) /* s(0xffffffff00000001) */
        TEST_INT_FP_S(599, 0xcf000000, 0, 0x80000000, fcvt.s.w fa3, a1) /* s(0x80000000) */
        TEST_INT_FP_S(600, 0xbf800000, 0, 0xffffffff, fcvt.s.w fa3, a1) /* s(0xffffffff) */
        TEST_INT_FP_S(601, 0x4b800000, FF_NX, 0x1000001, fcvt.s.w fa3, a1) /* s(0x1000001) */
        TEST_INT_FP_S(602, 0x4640e400, 0, 0x3039, fcvt.s.w fa3, a1) /* s(0x3039) */
        TEST_INT_FP_S(603, 0x4effffff, FF_NX, 0x7fffffff, fcvt.s.w fa3, a1, rtz) /* s(0x7fffffff) [rtz] */
        TEST_INT_FP_S(604, 0xceffffff, FF_NX, 0xffffffff80000001, fcvt.s.w fa3, a1, rtz) /* s(0xffffffff80000001) [rtz] */
        TEST_INT_FP_S(605, 0x4effffff, FF_NX, 0x7fffffff, fcvt.s.w fa3, a1, rdn) /* s(0x7fffffff) [rdn] */
        TEST_INT_FP_S(606, 0xcf000000, FF_NX, 0xffffffff80000001, fcvt.s.w fa3, a1, rdn) /* s(0xffffffff80000001) [rdn] */
        TEST_INT_FP_S(607, 0x4f000000, FF_NX, 0x7fffffff, fcvt.s.w fa3, a1, rup) /* s(0x7fffffff) [rup] */
        TEST_INT_FP_S(608, 0xceffffff, FF_NX, 0xffffffff80000001, fcvt.s.w fa3, a1, rup) /* s(0xffffffff80000001) [rup] */
        TEST_INT_FP_S(609, 0x4f000000, FF_NX, 0x7fffffff, fcvt.s.w fa3, a1, rmm) /* s(0x7fffffff) [rmm] */
        TEST_INT_FP_S(610, 0xcf000000, FF_NX, 0xffffffff80000001, fcvt.s.w fa3, a1, rmm) /* s(0xffffffff80000001) [rmm] */
        TEST_INT_FP_S(611, 0x4effffff, FF_NX, 0x7fffffff, csrwi frm, RM_RTZ; fcvt.s.w fa3, a1; csrwi frm, 0) /* s(0x7fffffff) [frm=rtz] */
        TEST_INT_FP_S(612, 0x00000000, 0, 0x0, fcvt.s.wu fa3, a1) /* s(0x0) */
        TEST_INT_FP_S(613, 0x3f800000, 0, 0x1, fcvt.s.wu fa3, a1) /* s(0x1) */
        TEST_INT_FP_S(614, 0x4f800000, FF_NX, 0xffffffff, fcvt.s.wu fa3, a1) /* s(0xffffffff) */
        TEST_INT_FP_S(615, 0x4f000000, 0, 0x80000000, fcvt.s.wu fa3, a1) /* s(0x80000000) */
        TEST_INT_FP_S(616, 0x4f800000, FF_NX, 0xffffffffffffffff, fcvt.s.wu fa3, a1) /* s(0xffffffffffffffff) */
        TEST_INT_FP_S(617, 0x40e00000, 0, 0x1234500000007, fcvt.s.wu fa3, a1) /* s(0x1234500000007) */
        TEST_INT_FP_S(618, 0x4b800000, FF_NX, 0x1000001, fcvt.s.wu fa3, a1) /* s(0x1000001) */
        TEST_INT_FP_S(619, 0x4f000000, FF_NX, 0x7fffffff, fcvt.s.wu fa3, a1) /* s(0x7fffffff) */
        TEST_INT_FP_S(620, 0x4f7fffff, FF_NX, 0xffffffff, fcvt.s.wu fa3, a1, rtz) /* s(0xffffffff) [rtz] */
        TEST_INT_FP_S(621, 0x4b800001, FF_NX, 0x1000003, fcvt.s.wu fa3, a1, rtz) /* s(0x1000003) [rtz] */
        TEST_INT_FP_S(622, 0x4f7fffff, FF_NX, 0xffffffff, fcvt.s.wu fa3, a1, rdn) /* s(0xffffffff) [rdn] */
        TEST_INT_FP_S(623, 0x4b800001, FF_NX, 0x1000003, fcvt.s.wu fa3, a1, rdn) /* s(0x1000003) [rdn] */
        TEST_INT_FP_S(624, 0x4f800000, FF_NX, 0xffffffff, fcvt.s.wu fa3, a1, rup) /* s(0xffffffff) [rup] */
        TEST_INT_FP_S(625, 0x4b800002, FF_NX, 0x1000003, fcvt.s.wu fa3, a1, rup) /* s(0x1000003) [rup] */
        TEST_INT_FP_S(626, 0x4f800000, FF_NX, 0xffffffff, fcvt.s.wu fa3, a1, rmm) /* s(0xffffffff) [rmm] */
        TEST_INT_FP_S(627, 0x4b800002, FF_NX, 0x1000003, fcvt.s.wu fa3, a1, rmm) /* s(0x1000003) [rmm] */
        TEST_INT_FP_S(628, 0x4f7fffff, FF_NX, 0xffffffff, csrwi frm, RM_RTZ; fcvt.s.wu fa3, a1; csrwi frm, 0) /* s(0xffffffff) [frm=rtz] */
        TEST_INT_FP_S(629, 0x00000000, 0, 0x0, fcvt.s.l fa3, a1) /* s(0x0) */
        TEST_INT_FP_S(630, 0x3f800000, 0, 0x1, fcvt.s.l fa3, a1) /* s(0x1) */
        TEST_INT_FP_S(631, 0xbf800000, 0, 0xffffffffffffffff, fcvt.s.l fa3, a1) /* s(0xffffffffffffffff) */
        TEST_INT_FP_S(632, 0x5f000000, FF_NX, 0x7fffffffffffffff, fcvt.s.l fa3, a1) /* s(0x7fffffffffffffff) */
        TEST_INT_FP_S(633, 0xdf000000, 0, 0x8000000000000000, fcvt.s.l fa3, a1) /* s(0x8000000000000000) */
        TEST_INT_FP_S(634, 0x4e000000, FF_NX, 0x20000001, fcvt.s.l fa3, a1) /* s(0x20000001) */
        TEST_INT_FP_S(635, 0x5a000000, FF_NX, 0x20000000000001, fcvt.s.l fa3, a1) /* s(0x20000000000001) */
        TEST_INT_FP_S(636, 0xda000000, FF_NX, 0xffdfffffffffffff, fcvt.s.l fa3, a1) /* s(0xffdfffffffffffff) */
        TEST_INT_FP_S(637, 0x4f800000, FF_NX, 0xffffffff, fcvt.s.l fa3, a1) /* s(0xffffffff) */
        TEST_INT_FP_S(638, 0x5a000000, FF_NX, 0x20000000000001, fcvt.s.l fa3, a1) /* s(0x20000000000001) */
        TEST_INT_FP_S(639, 0x5effffff, FF_NX, 0x7fffffffffffffff, fcvt.s.l fa3, a1, rtz) /* s(0x7fffffffffffffff) [rtz] */
        TEST_INT_FP_S(640, 0xdeffffff, FF_NX, 0x8000000000000001, fcvt.s.l fa3, a1, rtz) /* s(0x8000000000000001) [rtz] */
        TEST_INT_FP_S(641, 0x5effffff, FF_NX, 0x7fffffffffffffff, fcvt.s.l fa3, a1, rdn) /* s(0x7fffffffffffffff) [rdn] */
        TEST_INT_FP_S(642, 0xdf000000, FF_NX, 0x8000000000000001, fcvt.s.l fa3, a1, rdn) /* s(0x8000000000000001) [rdn] */
        TEST_INT_FP_S(643, 0x5f000000, FF_NX, 0x7fffffffffffffff, fcvt.s.l fa3, a1, rup) /* s(0x7fffffffffffffff) [rup] */
        TEST_INT_FP_S(644, 0xdeffffff, FF_NX, 0x8000000000000001, fcvt.s.l fa3, a1, rup) /* s(0x8000000000000001) [rup] */
        TEST_INT_FP_S(645, 0x5f000000, FF_NX, 0x7fffffffffffffff, fcvt.s.l fa3, a1, rmm) /* s(0x7fffffffffffffff) [rmm] */
        TEST_INT_FP_S(646, 0xdf000000, FF_NX, 0x8000000000000001, fcvt.s.l fa3, a1, rmm) /* s(0x8000000000000001) [rmm] */
        TEST_INT_FP_S(647, 0x5effffff, FF_NX, 0x7fffffffffffffff, csrwi frm, RM_RTZ; fcvt.s.l fa3, a1; csrwi frm, 0) /* s(0x7fffffffffffffff) [frm=rtz] */
        TEST_INT_FP_S(648, 0x00000000, 0, 0x0, fcvt.s.lu fa3, a1) /* s(0x0) */
        TEST_INT_FP_S(649, 0x3f800000, 0, 0x1, fcvt.s.lu fa3, a1) /* s(0x1) */
        TEST_INT_FP_S(650, 0x5f800000, FF_NX, 0xffffffffffffffff, fcvt.s.lu fa3, a1) /* s(0xffffffffffffffff) */
        TEST_INT_FP_S(651, 0x5f000000, 0, 0x8000000000000000, fcvt.s.lu fa3, a1) /* s(0x8000000000000000) */
        TEST_INT_FP_S(652, 0x4e000000, FF_NX, 0x20000001, fcvt.s.lu fa3, a1) /* s(0x20000001) */
        TEST_INT_FP_S(653, 0x5a000000, FF_NX, 0x20000000000001, fcvt.s.lu fa3, a1) /* s(0x20000000000001) */
        TEST_INT_FP_S(654, 0x4f800000, FF_NX, 0xffffffff, fcvt.s.lu fa3, a1) /* s(0xffffffff) */
        TEST_INT_FP_S(655, 0x5f000000, FF_NX, 0x8000000000000801, fcvt.s.lu fa3, a1) /* s(0x8000000000000801) */
        TEST_INT_FP_S(656, 0x5f7fffff, FF_NX, 0xffffffffffffffff, fcvt.s.lu fa3, a1, rtz) /* s(0xffffffffffffffff) [rtz] */
        TEST_INT_FP_S(657, 0x5a000000, FF_NX, 0x20000000000003, fcvt.s.lu fa3, a1, rtz) /* s(0x20000000000003) [rtz] */
        TEST_INT_FP_S(658, 0x5f7fffff, FF_NX, 0xffffffffffffffff, fcvt.s.lu fa3, a1, rdn) /* s(0xffffffffffffffff) [rdn] */
        TEST_INT_FP_S(659, 0x5a000000, FF_NX, 0x20000000000003, fcvt.s.lu fa3, a1, rdn) /* s(0x20000000000003) [rdn] */
        TEST_INT_FP_S(660, 0x5f800000, FF_NX, 0xffffffffffffffff, fcvt.s.lu fa3, a1, rup) /* s(0xffffffffffffffff) [rup] */
        TEST_INT_FP_S(661, 0x5a000001, FF_NX, 0x20000000000003, fcvt.s.lu fa3, a1, rup) /* s(0x20000000000003) [rup] */
        TEST_INT_FP_S(662, 0x5f800000, FF_NX, 0xffffffffffffffff, fcvt.s.lu fa3, a1, rmm) /* s(0xffffffffffffffff) [rmm] */
        TEST_INT_FP_S(663, 0x5a000000, FF_NX, 0x20000000000003, fcvt.s.lu fa3, a1, rmm) /* s(0x20000000000003) [rmm] */
        TEST_INT_FP_S(664, 0x5f7fffff, FF_NX, 0xffffffffffffffff, csrwi frm, RM_RTZ; fcvt.s.lu fa3, a1; csrwi frm, 0) /* s(0xffffffffffffffff) [frm=rtz] */

/* ---- fmv.x.w / fmv.w.x: raw bits, no flags, no canonicalisation ---------- */
        TEST_CASE(665, a0, 0xffffffff80000000, li a1, 0x80000000; fmv.w.x fa0, a1; fmv.x.w a0, fa0)
        TEST_CASE(666, a0, 0x7fffffff, li a1, 0x7fffffff; fmv.w.x fa0, a1; fmv.x.w a0, fa0)
        TEST_CASE(667, a0, 0xffffffffff812345, li a1, 0xff812345; fmv.w.x fa0, a1; fmv.x.w a0, fa0)
        /* fmv.w.x takes the low 32 bits of rs1 and NaN-boxes them. */
        TEST_CASE(668, a0, 0xffffffff9abcdef0, li a1, 0x123456789abcdef0; fmv.w.x fa0, a1; fmv.x.d a0, fa0)
        /* A signaling NaN moves through untouched and raises nothing. */
        TEST_CASE(669, a0, 0xffffffff7f800001,
                  fsflags zero; li a1, 0x7f800001; fmv.w.x fa0, a1; fmv.x.d a0, fa0)
        CHECK_FFLAGS(0)
        TEST_CASE(670, x0, 0, li a1, 0x3f800000; fmv.w.x fa0, a1; fmv.x.w x0, fa0)

/* ---- flw / fsw ------------------------------------------------------------ */
        TEST_CASE(671, a0, 0xffffffff40490fdb, la a1, fp_data; flw fa0, 0(a1); fmv.x.d a0, fa0)
        TEST_CASE(672, a0, 0xffffffff7f800001,
                  fsflags zero; la a1, fp_data; flw fa0, 4(a1); fmv.x.d a0, fa0)
        CHECK_FFLAGS(0)
        TEST_CASE(673, a0, 0xffffffffbf800000, la a1, fp_data + 16; flw fa0, -8(a1); fmv.x.d a0, fa0)
        TEST_CASE(674, a0, 0xffffffff00000001, la a1, fp_data + 12; flw fa0, 0(a1); fmv.x.d a0, fa0)
        /* fsw writes exactly one word. */
        TEST_CASE(675, a0, 0x5a5a5a5a3f800000,
                  la a1, fp_store; li a2, 0x5a5a5a5a5a5a5a5a; sd a2, 0(a1);
                  li a2, 0x3f800000; fmv.w.x fa0, a2; fsw fa0, 0(a1); ld a0, 0(a1))
        TEST_CASE(676, a0, 0xc00000005a5a5a5a,
                  la a1, fp_store; li a2, 0x5a5a5a5a5a5a5a5a; sd a2, 0(a1);
                  li a2, 0xc0000000; fmv.w.x fa0, a2; fsw fa0, 4(a1); ld a0, 0(a1))
        TEST_CASE(677, a0, 0x7f800001,
                  fsflags zero; la a1, fp_store + 8; li a2, 0x7f800001; fmv.w.x fa0, a2;
                  fsw fa0, -8(a1); lwu a0, -8(a1))
        CHECK_FFLAGS(0)
        /* fsw stores the low 32 bits even of a register that is not NaN-boxed. */
        TEST_CASE(678, a0, 0x9abcdef0,
                  la a1, fp_store; li a2, 0x123456789abcdef0; fmv.d.x fa0, a2;
                  fsw fa0, 0(a1); lwu a0, 0(a1))
        /* store then load back */
        TEST_CASE(679, a0, 0xffffffffc0490fdb,
                  la a1, fp_store; li a2, 0xc0490fdb; fmv.w.x fa1, a2; fsw fa1, 12(a1);
                  flw fa2, 12(a1); fmv.x.d a0, fa2)

/* ---- NaN boxing ----------------------------------------------------------- */
/*
 * 0x00000000_3f800000 and 0xfffffffe_3f800000 hold 1.0f in the low half but
 * are not properly NaN-boxed, so single-precision operations must see the
 * canonical NaN (a quiet NaN: no NV from arithmetic, NV from flt/fcvt).
 */
#define UNBOXED_ONE     0x000000003f800000
#define HALFBOXED_ONE   0xfffffffe3f800000
#define UNBOXED_NEG     0x00000000bf800000
        TEST_CASE(680, a0, 0xffffffff7fc00000,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; FP_SET_S(fa1, 0x3f800000);
                  fsflags zero; fadd.s fa3, fa0, fa1; fmv.x.d a0, fa3)
        CHECK_FFLAGS(0)
        TEST_CASE(681, a0, 0xffffffff7fc00000,
                  li a1, HALFBOXED_ONE; fmv.d.x fa0, a1; FP_SET_S(fa1, 0x3f800000);
                  fsflags zero; fmul.s fa3, fa1, fa0; fmv.x.d a0, fa3)
        CHECK_FFLAGS(0)
        TEST_CASE(682, a0, 0xffffffff7fc00000,
                  li a1, UNBOXED_ONE; fmv.d.x fa2, a1; FP_SET_S(fa0, 0x3f800000);
                  fsflags zero; fmadd.s fa3, fa0, fa0, fa2; fmv.x.d a0, fa3)
        CHECK_FFLAGS(0)
        TEST_CASE(683, a0, 0xffffffff7fc00000,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; fsqrt.s fa3, fa0; fmv.x.d a0, fa3)
        /* fmin with one NaN operand returns the other one. */
        TEST_CASE(684, a0, 0xffffffff40000000,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; FP_SET_S(fa1, 0x40000000);
                  fsflags zero; fmin.s fa3, fa0, fa1; fmv.x.d a0, fa3)
        CHECK_FFLAGS(0)
        /* Sign injection reads an unboxed operand as +canonical NaN too. */
        TEST_CASE(685, a0, 0xffffffffffc00000,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; FP_SET_S(fa1, 0xbf800000);
                  fsgnj.s fa3, fa0, fa1; fmv.x.d a0, fa3)
        TEST_CASE(686, a0, 0xffffffff40000000,
                  li a1, UNBOXED_NEG; fmv.d.x fa1, a1; FP_SET_S(fa0, 0xc0000000);
                  fsgnj.s fa3, fa0, fa1; fmv.x.d a0, fa3)
        TEST_CASE(687, a0, 0xffffffffffc00000,
                  li a1, UNBOXED_NEG; fmv.d.x fa0, a1; fsgnjn.s fa3, fa0, fa0; fmv.x.d a0, fa3)
        TEST_CASE(688, a0, 0x200,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; fclass.s a0, fa0)
        TEST_CASE(689, a0, 0x200,
                  li a1, UNBOXED_NEG; fmv.d.x fa0, a1; fclass.s a0, fa0)
        TEST_CASE(690, a0, 0,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; fsflags zero; feq.s a0, fa0, fa0)
        CHECK_FFLAGS(0)
        TEST_CASE(691, a0, 0,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; FP_SET_S(fa1, 0x3f800000);
                  fsflags zero; fle.s a0, fa1, fa0)
        CHECK_FFLAGS(FF_NV)
        TEST_CASE(692, a0, 0x7fffffff,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; fsflags zero; fcvt.w.s a0, fa0, rtz)
        CHECK_FFLAGS(FF_NV)
        TEST_CASE(693, a0, 0x7ff8000000000000,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; fsflags zero; fcvt.d.s fa3, fa0; fmv.x.d a0, fa3)
        CHECK_FFLAGS(0)
        /* Moves out of the register ignore the upper bits. */
        TEST_CASE(694, a0, 0x3f800000,
                  li a1, UNBOXED_ONE; fmv.d.x fa0, a1; fmv.x.w a0, fa0)
        TEST_CASE(695, a0, 0xffffffffbf800000,
                  li a1, UNBOXED_NEG; fmv.d.x fa0, a1; fmv.x.w a0, fa0)
        /* A properly boxed value is an ordinary number. */
        TEST_CASE(696, a0, 0xffffffff40000000,
                  li a1, 0xffffffff3f800000; fmv.d.x fa0, a1; fadd.s fa3, fa0, fa0; fmv.x.d a0, fa3)

/* ---- fflags accumulate until cleared ------------------------------------- */
        TEST_BEGIN(697)
        fsflags zero
        FP_SET_S(fa0, 0x3f800000)           /* 1 */
        FP_SET_S(fa1, 0x00000000)           /* 0 */
        FP_SET_S(fa2, 0x33800000)           /* 2^-24 */
        fdiv.s fa3, fa0, fa1                /* DZ */
        fadd.s fa3, fa0, fa2                /* NX */
        fadd.s fa3, fa0, fa0                /* exact: adds nothing */
        CHECK_FFLAGS(FF_DZ | FF_NX)
        feq.s a0, fa0, fa0
        CHECK_FFLAGS(FF_DZ | FF_NX)
        fsflags zero
        CHECK_FFLAGS(0)

/* ---- invalid rounding modes ----------------------------------------------- */
/* frm values 5, 6, 7 make every dynamic-rounding instruction illegal; the
 * trapping instruction must not write its destination. */
        TEST_TRAP(698, CAUSE_ILLEGAL_INSN,
                  FP_SET_S(fa3, 0x12345678); FP_SET_S(fa0, 0x3f800000); csrwi frm, 5;
                  fadd.s fa3, fa0, fa0)
        csrwi frm, 0
        TEST_CASE(699, a0, 0xffffffff12345678, fmv.x.d a0, fa3)
        TEST_TRAP(700, CAUSE_ILLEGAL_INSN, csrwi frm, 6; fmul.s fa3, fa0, fa0)
        csrwi frm, 0
        TEST_TRAP(701, CAUSE_ILLEGAL_INSN, csrwi frm, 7; fsqrt.s fa3, fa0)
        csrwi frm, 0
        TEST_TRAP(702, CAUSE_ILLEGAL_INSN, csrwi frm, 5; fcvt.w.s a0, fa0)
        csrwi frm, 0
        TEST_TRAP(703, CAUSE_ILLEGAL_INSN, csrwi frm, 7; fmadd.s fa3, fa0, fa0, fa0)
        csrwi frm, 0
        /* Static rm = 5 or 6 in the instruction is illegal whatever frm says. */
        TEST_TRAP(704, CAUSE_ILLEGAL_INSN, .insn r 0x53, 5, 0x00, fa3, fa0, fa1)
        TEST_TRAP(705, CAUSE_ILLEGAL_INSN, .insn r 0x53, 6, 0x08, fa3, fa0, fa1)
        /* A valid static mode ignores an invalid frm. */
        TEST_FP_S(706, 0x3f800000, FF_NX, 0x3f800000, 0x33800000, 0,
                  csrwi frm, 7; fadd.s fa3, fa0, fa1, rtz; csrwi frm, 0)
        /* Instructions without a rounding mode ignore frm. */
        TEST_FP_S(707, 0xbf800000, 0, 0x3f800000, 0xc0000000, 0,
                  csrwi frm, 5; fsgnj.s fa3, fa0, fa1; csrwi frm, 0)
        TEST_FP_S(708, 0x3f800000, 0, 0x3f800000, 0x40000000, 0,
                  csrwi frm, 6; fmin.s fa3, fa0, fa1; csrwi frm, 0)
        TEST_FP_S_INT(709, 1, 0, 0x3f800000, 0x40000000,
                      csrwi frm, 7; flt.s a0, fa0, fa1; csrwi frm, 0)

/* ---- mstatus.FS: Off disables the FPU, writes make it Dirty -------------- */
        li t0, MSTATUS_FS
        csrc mstatus, t0
        la a1, fp_data
        TEST_TRAP(710, CAUSE_ILLEGAL_INSN, fadd.s fa3, fa0, fa1)
        TEST_TRAP(711, CAUSE_ILLEGAL_INSN, fmv.x.w a0, fa0)
        TEST_TRAP(712, CAUSE_ILLEGAL_INSN, fmv.w.x fa0, a0)
        TEST_TRAP(713, CAUSE_ILLEGAL_INSN, flw fa0, 0(a1))
        TEST_TRAP(714, CAUSE_ILLEGAL_INSN, fsw fa0, 0(a1))
        TEST_TRAP(715, CAUSE_ILLEGAL_INSN, csrr a0, fflags)
        TEST_TRAP(716, CAUSE_ILLEGAL_INSN, csrw fcsr, zero)
        li t0, MSTATUS_FS_INIT
        csrs mstatus, t0
        /* Initial, then an FP register write: must become Dirty, and SD set. */
        TEST_CASE(717, a0, MSTATUS_FS,
                  FP_SET_S(fa0, 0x3f800000); li t0, MSTATUS_FS; csrc mstatus, t0;
                  li t0, MSTATUS_FS_INIT; csrs mstatus, t0;
                  fadd.s fa3, fa0, fa0; csrr a1, mstatus; li t0, MSTATUS_FS; and a0, a1, t0)
        TEST_CASE(718, a0, 1, srli a0, a1, 63)

TEST_PROGRAM_END

        .data
        .balign 8
fp_data:
        .word 0x40490fdb        /* pi */
        .word 0x7f800001        /* a signaling NaN */
        .word 0xbf800000        /* -1 */
        .word 0x00000001        /* smallest subnormal */
        .balign 8
fp_store:
        .dword 0, 0
