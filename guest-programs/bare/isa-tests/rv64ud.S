/*
 * rv64ud.S: the D extension (double precision) on RV64, in M-mode.
 *
 * Every D instruction, with the same coverage as rv64uf.S: arithmetic and
 * fused multiply-adds in every static and dynamic rounding mode with exact
 * fflags (inexact, overflow, underflow with tininess after rounding,
 * divide-by-zero, invalid), the canonical NaN 0x7ff8000000000000, signed
 * zeros, fmin/fmax, sign injection, compares, fclass, integer conversions
 * with saturation, fcvt.s.d (rounding, overflow, underflow, NaNs) and
 * fcvt.d.s (exact, NaNs canonicalised), fmv.x.d/fmv.d.x, fld/fsd, a
 * NaN-boxed single read as a double (it is a quiet NaN), invalid rounding
 * modes, mstatus.FS = Off and fflags accumulating.
 *
 * Expected values were computed with exact rational arithmetic from the
 * IEEE 754-2008 rules the RISC-V spec adopts, not taken from an emulator.
 */
#include "macros.h"

        .option norvc
TEST_PROGRAM_BEGIN

/* ---- fadd ------------------------------------------------------------------ */
        TEST_FP_D(1, 0x4008000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* 1 + 2 */
        TEST_FP_D(2, 0x3ff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* -1 + 2 */
        TEST_FP_D(3, 0x400e000000000000, 0, 0x3ff8000000000000, 0x4002000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* 1.5 + 2.25 */
        TEST_FP_D(4, 0x0000000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* 1 + -1 */
        TEST_FP_D(5, 0x0000000000000000, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* +0 + +0 */
        TEST_FP_D(6, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* -0 + -0 */
        TEST_FP_D(7, 0x0000000000000000, 0, 0x0000000000000000, 0x8000000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* +0 + -0 */
        TEST_FP_D(8, 0x3ff0000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* -0 + 1 */
        TEST_FP_D(9, 0x0000000000000002, 0, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* minsub + minsub */
        TEST_FP_D(10, 0x000fffffffffffff, 0, 0x0010000000000000, 0x8000000000000001, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* minnorm + -minsub */
        TEST_FP_D(11, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* max + max */
        TEST_FP_D(12, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* -max + -max */
        TEST_FP_D(13, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x3ff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* inf + 1 */
        TEST_FP_D(14, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x7ff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* inf + inf */
        TEST_FP_D(15, 0xfff0000000000000, 0, 0xfff0000000000000, 0xfff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* -inf + -inf */
        TEST_FP_D(16, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0xfff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* inf + -inf */
        TEST_FP_D(17, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* qnan + 1 */
        TEST_FP_D(18, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x7ff0000000000001, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* 1 + snan */
        TEST_FP_D(19, 0x7ff8000000000000, 0, 0xfff8000000012345, 0x3ff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* 0xfff8000000012345 + 1 */
        TEST_FP_D(20, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x7ff8000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* snan + qnan */
        TEST_FP_D(21, 0x7fefffffffffffff, FF_NX, 0x7fefffffffffffff, 0x0000000000000001, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* max + minsub */
        TEST_FP_D(22, 0x4340000000000000, FF_NX, 0x4340000000000000, 0x3ff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* 2^53 + 1 */
        TEST_FP_D(23, 0x4340000000000002, FF_NX, 0x4340000000000000, 0x4008000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1) /* 2^53 + 3 */
        TEST_FP_D(24, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rne) /* 1 + 2^-53 [rne] */
        TEST_FP_D(25, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rne) /* -1 + -2^-53 [rne] */
        TEST_FP_D(26, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rne) /* (1+2^-52) + 2^-53 [rne] */
        TEST_FP_D(27, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rtz) /* 1 + 2^-53 [rtz] */
        TEST_FP_D(28, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rtz) /* -1 + -2^-53 [rtz] */
        TEST_FP_D(29, 0x3ff0000000000001, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rtz) /* (1+2^-52) + 2^-53 [rtz] */
        TEST_FP_D(30, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rdn) /* 1 + 2^-53 [rdn] */
        TEST_FP_D(31, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rdn) /* -1 + -2^-53 [rdn] */
        TEST_FP_D(32, 0x3ff0000000000001, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rdn) /* (1+2^-52) + 2^-53 [rdn] */
        TEST_FP_D(33, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rup) /* 1 + 2^-53 [rup] */
        TEST_FP_D(34, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rup) /* -1 + -2^-53 [rup] */
        TEST_FP_D(35, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rup) /* (1+2^-52) + 2^-53 [rup] */
        TEST_FP_D(36, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rmm) /* 1 + 2^-53 [rmm] */
        TEST_FP_D(37, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rmm) /* -1 + -2^-53 [rmm] */
        TEST_FP_D(38, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rmm) /* (1+2^-52) + 2^-53 [rmm] */
        TEST_FP_D(39, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RNE; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-53 [frm=rne] */
        TEST_FP_D(40, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, csrwi frm, RM_RNE; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-53 [frm=rne] */
        TEST_FP_D(41, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RNE; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-52) + 2^-53 [frm=rne] */
        TEST_FP_D(42, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RTZ; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-53 [frm=rtz] */
        TEST_FP_D(43, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, csrwi frm, RM_RTZ; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-53 [frm=rtz] */
        TEST_FP_D(44, 0x3ff0000000000001, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RTZ; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-52) + 2^-53 [frm=rtz] */
        TEST_FP_D(45, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RDN; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-53 [frm=rdn] */
        TEST_FP_D(46, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, csrwi frm, RM_RDN; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-53 [frm=rdn] */
        TEST_FP_D(47, 0x3ff0000000000001, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RDN; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-52) + 2^-53 [frm=rdn] */
        TEST_FP_D(48, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RUP; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-53 [frm=rup] */
        TEST_FP_D(49, 0xbff0000000000000, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, csrwi frm, RM_RUP; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-53 [frm=rup] */
        TEST_FP_D(50, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RUP; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-52) + 2^-53 [frm=rup] */
        TEST_FP_D(51, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RMM; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* 1 + 2^-53 [frm=rmm] */
        TEST_FP_D(52, 0xbff0000000000001, FF_NX, 0xbff0000000000000, 0xbca0000000000000, 0x0000000000000000, csrwi frm, RM_RMM; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* -1 + -2^-53 [frm=rmm] */
        TEST_FP_D(53, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ca0000000000000, 0x0000000000000000, csrwi frm, RM_RMM; fadd.d fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-52) + 2^-53 [frm=rmm] */
        TEST_FP_D(54, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1, rtz) /* max + max [rtz] */
        TEST_FP_D(55, 0xffefffffffffffff, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1, rtz) /* -max + -max [rtz] */
        TEST_FP_D(56, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1, rdn) /* max + max [rdn] */
        TEST_FP_D(57, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1, rdn) /* -max + -max [rdn] */
        TEST_FP_D(58, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1, rup) /* max + max [rup] */
        TEST_FP_D(59, 0xffefffffffffffff, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1, rup) /* -max + -max [rup] */
        TEST_FP_D(60, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1, rmm) /* max + max [rmm] */
        TEST_FP_D(61, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0xffefffffffffffff, 0x0000000000000000, fadd.d fa3, fa0, fa1, rmm) /* -max + -max [rmm] */
        TEST_FP_D(62, 0x8000000000000000, 0, 0x3ff0000000000000, 0xbff0000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rdn) /* 1 + -1 [rdn] */
        TEST_FP_D(63, 0x8000000000000000, 0, 0x0000000000000000, 0x8000000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rdn) /* +0 + -0 [rdn] */
        TEST_FP_D(64, 0x8000000000000000, 0, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000, fadd.d fa3, fa0, fa1, rup) /* -0 + -0 [rup] */

/* ---- fsub ------------------------------------------------------------------ */
        TEST_FP_D(65, 0x4000000000000000, 0, 0x4008000000000000, 0x3ff0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* 3 - 1 */
        TEST_FP_D(66, 0xc000000000000000, 0, 0x3ff0000000000000, 0x4008000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* 1 - 3 */
        TEST_FP_D(67, 0x0000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* 1 - 1 */
        TEST_FP_D(68, 0x8000000000000000, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* -0 - +0 */
        TEST_FP_D(69, 0x0000000000000000, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* +0 - +0 */
        TEST_FP_D(70, 0x0000000000000000, 0, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* -0 - -0 */
        TEST_FP_D(71, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x7ff0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* inf - inf */
        TEST_FP_D(72, 0xfff0000000000000, 0, 0xfff0000000000000, 0x7ff0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* -inf - inf */
        TEST_FP_D(73, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0xfff0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* inf - -inf */
        TEST_FP_D(74, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* snan - 1 */
        TEST_FP_D(75, 0x7ff8000000000000, 0, 0x3ff0000000000000, 0x7ff8000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* 1 - qnan */
        TEST_FP_D(76, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0x7fefffffffffffff, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* -max - max */
        TEST_FP_D(77, 0x000fffffffffffff, 0, 0x0010000000000000, 0x0000000000000001, 0x0000000000000000, fsub.d fa3, fa0, fa1) /* minnorm - minsub */
        TEST_FP_D(78, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rne) /* 1 - 2^-53 [rne] */
        TEST_FP_D(79, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0xbca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rne) /* 1 - -2^-53 [rne] */
        TEST_FP_D(80, 0x3ffffffffffffffe, FF_NX, 0x4000000000000000, 0x3cb8000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rne) /* 2 - 3*2^-53 [rne] */
        TEST_FP_D(81, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rtz) /* 1 - 2^-53 [rtz] */
        TEST_FP_D(82, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0xbca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rtz) /* 1 - -2^-53 [rtz] */
        TEST_FP_D(83, 0x3ffffffffffffffe, FF_NX, 0x4000000000000000, 0x3cb8000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rtz) /* 2 - 3*2^-53 [rtz] */
        TEST_FP_D(84, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rdn) /* 1 - 2^-53 [rdn] */
        TEST_FP_D(85, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0xbca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rdn) /* 1 - -2^-53 [rdn] */
        TEST_FP_D(86, 0x3ffffffffffffffe, FF_NX, 0x4000000000000000, 0x3cb8000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rdn) /* 2 - 3*2^-53 [rdn] */
        TEST_FP_D(87, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rup) /* 1 - 2^-53 [rup] */
        TEST_FP_D(88, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0xbca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rup) /* 1 - -2^-53 [rup] */
        TEST_FP_D(89, 0x3fffffffffffffff, FF_NX, 0x4000000000000000, 0x3cb8000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rup) /* 2 - 3*2^-53 [rup] */
        TEST_FP_D(90, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rmm) /* 1 - 2^-53 [rmm] */
        TEST_FP_D(91, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0xbca0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rmm) /* 1 - -2^-53 [rmm] */
        TEST_FP_D(92, 0x3fffffffffffffff, FF_NX, 0x4000000000000000, 0x3cb8000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rmm) /* 2 - 3*2^-53 [rmm] */
        TEST_FP_D(93, 0x8000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0000000000000000, fsub.d fa3, fa0, fa1, rdn) /* 1 - 1 [rdn] */
        TEST_FP_D(94, 0x8000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0000000000000000, csrwi frm, RM_RDN; fsub.d fa3, fa0, fa1; csrwi frm, 0) /* 1 - 1 [frm=rdn] */
        TEST_FP_D(95, 0x3ffffffffffffffe, FF_NX, 0x4000000000000000, 0x3cb8000000000000, 0x0000000000000000, csrwi frm, RM_RTZ; fsub.d fa3, fa0, fa1; csrwi frm, 0) /* 2 - 3*2^-53 [frm=rtz] */

/* ---- fmul ------------------------------------------------------------------ */
        TEST_FP_D(96, 0x4018000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* 2 * 3 */
        TEST_FP_D(97, 0xc018000000000000, 0, 0xc000000000000000, 0x4008000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* -2 * 3 */
        TEST_FP_D(98, 0x4018000000000000, 0, 0xc000000000000000, 0xc008000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* -2 * -3 */
        TEST_FP_D(99, 0x8000000000000000, 0, 0x8000000000000000, 0x4014000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* -0 * 5 */
        TEST_FP_D(100, 0x7ff8000000000000, FF_NV, 0x0000000000000000, 0xfff0000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* +0 * -inf */
        TEST_FP_D(101, 0xfff0000000000000, 0, 0x7ff0000000000000, 0xc000000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* inf * -2 */
        TEST_FP_D(102, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x7ff0000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* inf * inf */
        TEST_FP_D(103, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* max * 2 */
        TEST_FP_D(104, 0xfff0000000000000, FF_OF|FF_NX, 0xffefffffffffffff, 0x4000000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* -max * 2 */
        TEST_FP_D(105, 0x0008000000000000, 0, 0x0010000000000000, 0x3fe0000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* minnorm * 0.5 */
        TEST_FP_D(106, 0x0000000000000000, FF_UF|FF_NX, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* minsub * 0.5 */
        TEST_FP_D(107, 0x0000000000000001, FF_UF|FF_NX, 0x0000000000000001, 0x3fe8000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* minsub * 0.75 */
        TEST_FP_D(108, 0x0000000000000002, FF_UF|FF_NX, 0x0000000000000001, 0x3ff8000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* minsub * 1.5 */
        TEST_FP_D(109, 0x0000000000000000, FF_UF|FF_NX, 0x0010000000000000, 0x0010000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* minnorm * minnorm */
        TEST_FP_D(110, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x0000000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* qnan * 0 */
        TEST_FP_D(111, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* snan * 1 */
        TEST_FP_D(112, 0x7ff8000000000000, 0, 0x3ff0000000000000, 0x7ff8000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* 1 * qnan */
        TEST_FP_D(113, 0x0010000000000000, FF_NX, 0x3ffffffffffffffc, 0x0008000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* 0x3ffffffffffffffc * 0x8000000000001 */
        TEST_FP_D(114, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* (1+2^-52) * (1+2^-52) */
        TEST_FP_D(115, 0xbff0000000000002, FF_NX, 0xbff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1) /* -(1+2^-52) * (1+2^-52) */
        TEST_FP_D(116, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rtz) /* (1+2^-52) * (1+2^-52) [rtz] */
        TEST_FP_D(117, 0xbff0000000000002, FF_NX, 0xbff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rtz) /* -(1+2^-52) * (1+2^-52) [rtz] */
        TEST_FP_D(118, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rdn) /* (1+2^-52) * (1+2^-52) [rdn] */
        TEST_FP_D(119, 0xbff0000000000003, FF_NX, 0xbff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rdn) /* -(1+2^-52) * (1+2^-52) [rdn] */
        TEST_FP_D(120, 0x3ff0000000000003, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rup) /* (1+2^-52) * (1+2^-52) [rup] */
        TEST_FP_D(121, 0xbff0000000000002, FF_NX, 0xbff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rup) /* -(1+2^-52) * (1+2^-52) [rup] */
        TEST_FP_D(122, 0x3ff0000000000002, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rmm) /* (1+2^-52) * (1+2^-52) [rmm] */
        TEST_FP_D(123, 0xbff0000000000002, FF_NX, 0xbff0000000000001, 0x3ff0000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rmm) /* -(1+2^-52) * (1+2^-52) [rmm] */
        TEST_FP_D(124, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1, rtz) /* max * 2 [rtz] */
        TEST_FP_D(125, 0x0000000000000000, FF_UF|FF_NX, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1, rtz) /* minsub * 0.5 [rtz] */
        TEST_FP_D(126, 0x000fffffffffffff, FF_UF|FF_NX, 0x3ffffffffffffffc, 0x0008000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rtz) /* 0x3ffffffffffffffc * 0x8000000000001 [rtz] */
        TEST_FP_D(127, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1, rdn) /* max * 2 [rdn] */
        TEST_FP_D(128, 0x0000000000000000, FF_UF|FF_NX, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1, rdn) /* minsub * 0.5 [rdn] */
        TEST_FP_D(129, 0x000fffffffffffff, FF_UF|FF_NX, 0x3ffffffffffffffc, 0x0008000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rdn) /* 0x3ffffffffffffffc * 0x8000000000001 [rdn] */
        TEST_FP_D(130, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1, rup) /* max * 2 [rup] */
        TEST_FP_D(131, 0x0000000000000001, FF_UF|FF_NX, 0x0000000000000001, 0x3fe0000000000000, 0x0000000000000000, fmul.d fa3, fa0, fa1, rup) /* minsub * 0.5 [rup] */
        TEST_FP_D(132, 0x0010000000000000, FF_NX, 0x3ffffffffffffffc, 0x0008000000000001, 0x0000000000000000, fmul.d fa3, fa0, fa1, rup) /* 0x3ffffffffffffffc * 0x8000000000001 [rup] */
        TEST_FP_D(133, 0x3ff0000000000003, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0x0000000000000000, csrwi frm, RM_RUP; fmul.d fa3, fa0, fa1; csrwi frm, 0) /* (1+2^-52) * (1+2^-52) [frm=rup] */
        TEST_FP_D(134, 0xbff0000000000003, FF_NX, 0xbff0000000000001, 0x3ff0000000000001, 0x0000000000000000, csrwi frm, RM_RDN; fmul.d fa3, fa0, fa1; csrwi frm, 0) /* -(1+2^-52) * (1+2^-52) [frm=rdn] */

/* ---- fdiv ------------------------------------------------------------------ */
        TEST_FP_D(135, 0x4000000000000000, 0, 0x4018000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* 6 / 3 */
        TEST_FP_D(136, 0x3fd5555555555555, FF_NX, 0x3ff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* 1 / 3 */
        TEST_FP_D(137, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* -1 / 3 */
        TEST_FP_D(138, 0x7ff0000000000000, FF_DZ, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* 1 / +0 */
        TEST_FP_D(139, 0xfff0000000000000, FF_DZ, 0xbff0000000000000, 0x0000000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* -1 / +0 */
        TEST_FP_D(140, 0xfff0000000000000, FF_DZ, 0x3ff0000000000000, 0x8000000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* 1 / -0 */
        TEST_FP_D(141, 0x7ff8000000000000, FF_NV, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* +0 / +0 */
        TEST_FP_D(142, 0x8000000000000000, 0, 0x8000000000000000, 0x7ff0000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* -0 / inf */
        TEST_FP_D(143, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x7ff0000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* inf / inf */
        TEST_FP_D(144, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x4000000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* inf / 2 */
        TEST_FP_D(145, 0xfff0000000000000, 0, 0x7ff0000000000000, 0x8000000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* inf / -0 */
        TEST_FP_D(146, 0x0000000000000000, 0, 0x4000000000000000, 0x7ff0000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* 2 / inf */
        TEST_FP_D(147, 0x8000000000000000, 0, 0xc000000000000000, 0x7ff0000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* -2 / inf */
        TEST_FP_D(148, 0x0000000000000000, 0, 0x0000000000000000, 0x4014000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* +0 / 5 */
        TEST_FP_D(149, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x0000000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* qnan / +0 */
        TEST_FP_D(150, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* snan / 1 */
        TEST_FP_D(151, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x7ff0000000000001, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* 1 / snan */
        TEST_FP_D(152, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x3fe0000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* max / 0.5 */
        TEST_FP_D(153, 0x0000000000000000, FF_UF|FF_NX, 0x0000000000000001, 0x4000000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* minsub / 2 */
        TEST_FP_D(154, 0x0000000000000001, FF_UF|FF_NX, 0x0000000000000001, 0x3ff4000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* minsub / 1.25 */
        TEST_FP_D(155, 0x0004000000000000, FF_UF|FF_NX, 0x3ff0000000000000, 0x7fefffffffffffff, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* 1 / max */
        TEST_FP_D(156, 0x3ff0000000000000, 0, 0x401c000000000000, 0x401c000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1) /* 7 / 7 */
        TEST_FP_D(157, 0x3fd5555555555555, FF_NX, 0x3ff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rtz) /* 1 / 3 [rtz] */
        TEST_FP_D(158, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rtz) /* -1 / 3 [rtz] */
        TEST_FP_D(159, 0x3fe5555555555555, FF_NX, 0x4000000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rtz) /* 2 / 3 [rtz] */
        TEST_FP_D(160, 0x3fd5555555555555, FF_NX, 0x3ff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rdn) /* 1 / 3 [rdn] */
        TEST_FP_D(161, 0xbfd5555555555556, FF_NX, 0xbff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rdn) /* -1 / 3 [rdn] */
        TEST_FP_D(162, 0x3fe5555555555555, FF_NX, 0x4000000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rdn) /* 2 / 3 [rdn] */
        TEST_FP_D(163, 0x3fd5555555555556, FF_NX, 0x3ff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rup) /* 1 / 3 [rup] */
        TEST_FP_D(164, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rup) /* -1 / 3 [rup] */
        TEST_FP_D(165, 0x3fe5555555555556, FF_NX, 0x4000000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rup) /* 2 / 3 [rup] */
        TEST_FP_D(166, 0x3fd5555555555555, FF_NX, 0x3ff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rmm) /* 1 / 3 [rmm] */
        TEST_FP_D(167, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rmm) /* -1 / 3 [rmm] */
        TEST_FP_D(168, 0x3fe5555555555555, FF_NX, 0x4000000000000000, 0x4008000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rmm) /* 2 / 3 [rmm] */
        TEST_FP_D(169, 0x7fefffffffffffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0x3fe0000000000000, 0x0000000000000000, fdiv.d fa3, fa0, fa1, rtz) /* max / 0.5 [rtz] */
        TEST_FP_D(170, 0x3fd5555555555556, FF_NX, 0x3ff0000000000000, 0x4008000000000000, 0x0000000000000000, csrwi frm, RM_RUP; fdiv.d fa3, fa0, fa1; csrwi frm, 0) /* 1 / 3 [frm=rup] */
        TEST_FP_D(171, 0xbfd5555555555555, FF_NX, 0xbff0000000000000, 0x4008000000000000, 0x0000000000000000, csrwi frm, RM_RTZ; fdiv.d fa3, fa0, fa1; csrwi frm, 0) /* -1 / 3 [frm=rtz] */

/* ---- fsqrt ----------------------------------------------------------------- */
        TEST_FP_D(172, 0x4000000000000000, 0, 0x4010000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(4) */
        TEST_FP_D(173, 0x3fe0000000000000, 0, 0x3fd0000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(0.25) */
        TEST_FP_D(174, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(2) */
        TEST_FP_D(175, 0x3ffbb67ae8584caa, FF_NX, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(3) */
        TEST_FP_D(176, 0x5fefffffffffffff, FF_NX, 0x7fefffffffffffff, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(max) */
        TEST_FP_D(177, 0x1e60000000000000, 0, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(minsub) */
        TEST_FP_D(178, 0x2000000000000000, 0, 0x0010000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(minnorm) */
        TEST_FP_D(179, 0x0000000000000000, 0, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(+0) */
        TEST_FP_D(180, 0x8000000000000000, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(-0) */
        TEST_FP_D(181, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(inf) */
        TEST_FP_D(182, 0x7ff8000000000000, FF_NV, 0xfff0000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(-inf) */
        TEST_FP_D(183, 0x7ff8000000000000, FF_NV, 0xbff0000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(-1) */
        TEST_FP_D(184, 0x7ff8000000000000, FF_NV, 0x8000000000000001, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(-minsub) */
        TEST_FP_D(185, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(qnan) */
        TEST_FP_D(186, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(snan) */
        TEST_FP_D(187, 0x7ff8000000000000, 0, 0xfff8000000000005, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0) /* sqrt(0xfff8000000000005) */
        TEST_FP_D(188, 0x3ff6a09e667f3bcc, FF_NX, 0x4000000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0, rtz) /* sqrt(2) [rtz] */
        TEST_FP_D(189, 0x3ffbb67ae8584caa, FF_NX, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0, rtz) /* sqrt(3) [rtz] */
        TEST_FP_D(190, 0x3ff6a09e667f3bcc, FF_NX, 0x4000000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0, rdn) /* sqrt(2) [rdn] */
        TEST_FP_D(191, 0x3ffbb67ae8584caa, FF_NX, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0, rdn) /* sqrt(3) [rdn] */
        TEST_FP_D(192, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0, rup) /* sqrt(2) [rup] */
        TEST_FP_D(193, 0x3ffbb67ae8584cab, FF_NX, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0, rup) /* sqrt(3) [rup] */
        TEST_FP_D(194, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0, rmm) /* sqrt(2) [rmm] */
        TEST_FP_D(195, 0x3ffbb67ae8584caa, FF_NX, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000, fsqrt.d fa3, fa0, rmm) /* sqrt(3) [rmm] */
        TEST_FP_D(196, 0x3ff6a09e667f3bcd, FF_NX, 0x4000000000000000, 0x0000000000000000, 0x0000000000000000, csrwi frm, RM_RUP; fsqrt.d fa3, fa0; csrwi frm, 0) /* sqrt(2) [frm=rup] */
        TEST_FP_D(197, 0x3ffbb67ae8584caa, FF_NX, 0x4008000000000000, 0x0000000000000000, 0x0000000000000000, csrwi frm, RM_RDN; fsqrt.d fa3, fa0; csrwi frm, 0) /* sqrt(3) [frm=rdn] */

/* ---- fused multiply-add ---------------------------------------------------- */
        TEST_FP_D(198, 0x4014000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x4008000000000000, fmadd.d fa3, fa0, fa1, fa2) /* 1*2 + 3 */
        TEST_FP_D(199, 0x4028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmadd.d fa3, fa0, fa1, fa2) /* 2*3 + 6 */
        TEST_FP_D(200, 0x0000000000000000, 0, 0xc000000000000000, 0x4008000000000000, 0x4018000000000000, fmadd.d fa3, fa0, fa1, fa2) /* -2*3 + 6 */
        TEST_FP_D(201, 0x4000000000000000, FF_NX, 0x3ff0000000000001, 0x3fefffffffffffff, 0x3ff0000000000000, fmadd.d fa3, fa0, fa1, fa2) /* (1+2^-52)*(1-2^-53) + 1 */
        TEST_FP_D(202, 0x3c9ffffffffffffe, 0, 0x3ff0000000000001, 0x3fefffffffffffff, 0xbff0000000000000, fmadd.d fa3, fa0, fa1, fa2) /* (1+2^-52)*(1-2^-53) + -1 */
        TEST_FP_D(203, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000, fmadd.d fa3, fa0, fa1, fa2) /* inf*+0 + 1 */
        TEST_FP_D(204, 0x7ff8000000000000, FF_NV, 0x0000000000000000, 0x7ff0000000000000, 0x7ff8000000000000, fmadd.d fa3, fa0, fa1, fa2) /* +0*inf + qnan */
        TEST_FP_D(205, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, fmadd.d fa3, fa0, fa1, fa2) /* inf*1 + inf */
        TEST_FP_D(206, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, fmadd.d fa3, fa0, fa1, fa2) /* inf*1 + -inf */
        TEST_FP_D(207, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fmadd.d fa3, fa0, fa1, fa2) /* qnan*1 + 1 */
        TEST_FP_D(208, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001, fmadd.d fa3, fa0, fa1, fa2) /* 1*1 + snan */
        TEST_FP_D(209, 0x0000000000000000, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000, fmadd.d fa3, fa0, fa1, fa2) /* 1*+0 + +0 */
        TEST_FP_D(210, 0x0000000000000000, 0, 0x3ff0000000000000, 0x8000000000000000, 0x0000000000000000, fmadd.d fa3, fa0, fa1, fa2) /* 1*-0 + +0 */
        TEST_FP_D(211, 0x8000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000, fmadd.d fa3, fa0, fa1, fa2) /* -0*1 + -0 */
        TEST_FP_D(212, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0000000000000000, fmadd.d fa3, fa0, fa1, fa2) /* max*2 + 0 */
        TEST_FP_D(213, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d fa3, fa0, fa1, fa2) /* 1*1 + 2^-53 */
        TEST_FP_D(214, 0x0010000000000001, 0, 0x3ff0000000000000, 0x0000000000000001, 0x0010000000000000, fmadd.d fa3, fa0, fa1, fa2) /* 1*minsub + minnorm */
        TEST_FP_D(215, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d fa3, fa0, fa1, fa2, rtz) /* 1*1 + 2^-53 [rtz] */
        TEST_FP_D(216, 0x4028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmadd.d fa3, fa0, fa1, fa2, rtz) /* 2*3 + 6 [rtz] */
        TEST_FP_D(217, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d fa3, fa0, fa1, fa2, rdn) /* 1*1 + 2^-53 [rdn] */
        TEST_FP_D(218, 0x4028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmadd.d fa3, fa0, fa1, fa2, rdn) /* 2*3 + 6 [rdn] */
        TEST_FP_D(219, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d fa3, fa0, fa1, fa2, rup) /* 1*1 + 2^-53 [rup] */
        TEST_FP_D(220, 0x4028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmadd.d fa3, fa0, fa1, fa2, rup) /* 2*3 + 6 [rup] */
        TEST_FP_D(221, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmadd.d fa3, fa0, fa1, fa2, rmm) /* 1*1 + 2^-53 [rmm] */
        TEST_FP_D(222, 0x4028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmadd.d fa3, fa0, fa1, fa2, rmm) /* 2*3 + 6 [rmm] */
        TEST_FP_D(223, 0x3ff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, csrwi frm, RM_RUP; fmadd.d fa3, fa0, fa1, fa2; csrwi frm, 0) /* 1*1 + 2^-53 [frm=rup] */
        TEST_FP_D(224, 0x3cc0000000000000, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, csrwi frm, RM_RDN; fmadd.d fa3, fa0, fa1, fa2; csrwi frm, 0) /* (1+2^-52)*(1+2^-52) + -1 [frm=rdn] */
        TEST_FP_D(225, 0xbff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x4008000000000000, fmsub.d fa3, fa0, fa1, fa2) /* 1*2 - 3 */
        TEST_FP_D(226, 0x0000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmsub.d fa3, fa0, fa1, fa2) /* 2*3 - 6 */
        TEST_FP_D(227, 0xc028000000000000, 0, 0xc000000000000000, 0x4008000000000000, 0x4018000000000000, fmsub.d fa3, fa0, fa1, fa2) /* -2*3 - 6 */
        TEST_FP_D(228, 0x3c9ffffffffffffe, 0, 0x3ff0000000000001, 0x3fefffffffffffff, 0x3ff0000000000000, fmsub.d fa3, fa0, fa1, fa2) /* (1+2^-52)*(1-2^-53) - 1 */
        TEST_FP_D(229, 0x4000000000000000, FF_NX, 0x3ff0000000000001, 0x3fefffffffffffff, 0xbff0000000000000, fmsub.d fa3, fa0, fa1, fa2) /* (1+2^-52)*(1-2^-53) - -1 */
        TEST_FP_D(230, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000, fmsub.d fa3, fa0, fa1, fa2) /* inf*+0 - 1 */
        TEST_FP_D(231, 0x7ff8000000000000, FF_NV, 0x0000000000000000, 0x7ff0000000000000, 0x7ff8000000000000, fmsub.d fa3, fa0, fa1, fa2) /* +0*inf - qnan */
        TEST_FP_D(232, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, fmsub.d fa3, fa0, fa1, fa2) /* inf*1 - inf */
        TEST_FP_D(233, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, fmsub.d fa3, fa0, fa1, fa2) /* inf*1 - -inf */
        TEST_FP_D(234, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fmsub.d fa3, fa0, fa1, fa2) /* qnan*1 - 1 */
        TEST_FP_D(235, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001, fmsub.d fa3, fa0, fa1, fa2) /* 1*1 - snan */
        TEST_FP_D(236, 0x0000000000000000, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000, fmsub.d fa3, fa0, fa1, fa2) /* 1*+0 - +0 */
        TEST_FP_D(237, 0x8000000000000000, 0, 0x3ff0000000000000, 0x8000000000000000, 0x0000000000000000, fmsub.d fa3, fa0, fa1, fa2) /* 1*-0 - +0 */
        TEST_FP_D(238, 0x0000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000, fmsub.d fa3, fa0, fa1, fa2) /* -0*1 - -0 */
        TEST_FP_D(239, 0x7ff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0000000000000000, fmsub.d fa3, fa0, fa1, fa2) /* max*2 - 0 */
        TEST_FP_D(240, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmsub.d fa3, fa0, fa1, fa2) /* 1*1 - 2^-53 */
        TEST_FP_D(241, 0x800fffffffffffff, 0, 0x3ff0000000000000, 0x0000000000000001, 0x0010000000000000, fmsub.d fa3, fa0, fa1, fa2) /* 1*minsub - minnorm */
        TEST_FP_D(242, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmsub.d fa3, fa0, fa1, fa2, rtz) /* 1*1 - 2^-53 [rtz] */
        TEST_FP_D(243, 0x0000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmsub.d fa3, fa0, fa1, fa2, rtz) /* 2*3 - 6 [rtz] */
        TEST_FP_D(244, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmsub.d fa3, fa0, fa1, fa2, rdn) /* 1*1 - 2^-53 [rdn] */
        TEST_FP_D(245, 0x8000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmsub.d fa3, fa0, fa1, fa2, rdn) /* 2*3 - 6 [rdn] */
        TEST_FP_D(246, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmsub.d fa3, fa0, fa1, fa2, rup) /* 1*1 - 2^-53 [rup] */
        TEST_FP_D(247, 0x0000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmsub.d fa3, fa0, fa1, fa2, rup) /* 2*3 - 6 [rup] */
        TEST_FP_D(248, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fmsub.d fa3, fa0, fa1, fa2, rmm) /* 1*1 - 2^-53 [rmm] */
        TEST_FP_D(249, 0x0000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fmsub.d fa3, fa0, fa1, fa2, rmm) /* 2*3 - 6 [rmm] */
        TEST_FP_D(250, 0x3fefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, csrwi frm, RM_RUP; fmsub.d fa3, fa0, fa1, fa2; csrwi frm, 0) /* 1*1 - 2^-53 [frm=rup] */
        TEST_FP_D(251, 0x4000000000000001, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, csrwi frm, RM_RDN; fmsub.d fa3, fa0, fa1, fa2; csrwi frm, 0) /* (1+2^-52)*(1+2^-52) - -1 [frm=rdn] */
        TEST_FP_D(252, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x4008000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(1*2) + 3 */
        TEST_FP_D(253, 0x0000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(2*3) + 6 */
        TEST_FP_D(254, 0x4028000000000000, 0, 0xc000000000000000, 0x4008000000000000, 0x4018000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(-2*3) + 6 */
        TEST_FP_D(257, 0xbc9ffffffffffffe, 0, 0x3ff0000000000001, 0x3fefffffffffffff, 0x3ff0000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -((1+2^-52)*(1-2^-53)) + 1 */
        TEST_FP_D(258, 0xc000000000000000, FF_NX, 0x3ff0000000000001, 0x3fefffffffffffff, 0xbff0000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -((1+2^-52)*(1-2^-53)) + -1 */
        TEST_FP_D(259, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(inf*+0) + 1 */
        TEST_FP_D(260, 0x7ff8000000000000, FF_NV, 0x0000000000000000, 0x7ff0000000000000, 0x7ff8000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(+0*inf) + qnan */
        TEST_FP_D(261, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(inf*1) + inf */
        TEST_FP_D(262, 0xfff0000000000000, 0, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(inf*1) + -inf */
        TEST_FP_D(263, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(qnan*1) + 1 */
        TEST_FP_D(264, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001, fnmsub.d fa3, fa0, fa1, fa2) /* -(1*1) + snan */
        TEST_FP_D(265, 0x0000000000000000, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(1*+0) + +0 */
        TEST_FP_D(266, 0x0000000000000000, 0, 0x3ff0000000000000, 0x8000000000000000, 0x0000000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(1*-0) + +0 */
        TEST_FP_D(267, 0x0000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(-0*1) + -0 */
        TEST_FP_D(268, 0xfff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0000000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(max*2) + 0 */
        TEST_FP_D(269, 0xbfefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(1*1) + 2^-53 */
        TEST_FP_D(270, 0x000fffffffffffff, 0, 0x3ff0000000000000, 0x0000000000000001, 0x0010000000000000, fnmsub.d fa3, fa0, fa1, fa2) /* -(1*minsub) + minnorm */
        TEST_FP_D(271, 0xbfefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmsub.d fa3, fa0, fa1, fa2, rtz) /* -(1*1) + 2^-53 [rtz] */
        TEST_FP_D(272, 0x0000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmsub.d fa3, fa0, fa1, fa2, rtz) /* -(2*3) + 6 [rtz] */
        TEST_FP_D(273, 0xbfefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmsub.d fa3, fa0, fa1, fa2, rdn) /* -(1*1) + 2^-53 [rdn] */
        TEST_FP_D(274, 0x8000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmsub.d fa3, fa0, fa1, fa2, rdn) /* -(2*3) + 6 [rdn] */
        TEST_FP_D(275, 0xbfefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmsub.d fa3, fa0, fa1, fa2, rup) /* -(1*1) + 2^-53 [rup] */
        TEST_FP_D(276, 0x0000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmsub.d fa3, fa0, fa1, fa2, rup) /* -(2*3) + 6 [rup] */
        TEST_FP_D(277, 0xbfefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmsub.d fa3, fa0, fa1, fa2, rmm) /* -(1*1) + 2^-53 [rmm] */
        TEST_FP_D(278, 0x0000000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmsub.d fa3, fa0, fa1, fa2, rmm) /* -(2*3) + 6 [rmm] */
        TEST_FP_D(279, 0xbfefffffffffffff, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, csrwi frm, RM_RUP; fnmsub.d fa3, fa0, fa1, fa2; csrwi frm, 0) /* -(1*1) + 2^-53 [frm=rup] */
        TEST_FP_D(280, 0xc000000000000002, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, csrwi frm, RM_RDN; fnmsub.d fa3, fa0, fa1, fa2; csrwi frm, 0) /* -((1+2^-52)*(1+2^-52)) + -1 [frm=rdn] */
        TEST_FP_D(281, 0xc014000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x4008000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(1*2) - 3 */
        TEST_FP_D(282, 0xc028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(2*3) - 6 */
        TEST_FP_D(283, 0x0000000000000000, 0, 0xc000000000000000, 0x4008000000000000, 0x4018000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(-2*3) - 6 */
        TEST_FP_D(284, 0xc000000000000000, FF_NX, 0x3ff0000000000001, 0x3fefffffffffffff, 0x3ff0000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -((1+2^-52)*(1-2^-53)) - 1 */
        TEST_FP_D(285, 0xbc9ffffffffffffe, 0, 0x3ff0000000000001, 0x3fefffffffffffff, 0xbff0000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -((1+2^-52)*(1-2^-53)) - -1 */
        TEST_FP_D(286, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x0000000000000000, 0x3ff0000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(inf*+0) - 1 */
        TEST_FP_D(287, 0x7ff8000000000000, FF_NV, 0x0000000000000000, 0x7ff0000000000000, 0x7ff8000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(+0*inf) - qnan */
        TEST_FP_D(288, 0xfff0000000000000, 0, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(inf*1) - inf */
        TEST_FP_D(289, 0x7ff8000000000000, FF_NV, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(inf*1) - -inf */
        TEST_FP_D(290, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x3ff0000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(qnan*1) - 1 */
        TEST_FP_D(291, 0x7ff8000000000000, FF_NV, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000001, fnmadd.d fa3, fa0, fa1, fa2) /* -(1*1) - snan */
        TEST_FP_D(292, 0x8000000000000000, 0, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(1*+0) - +0 */
        TEST_FP_D(293, 0x0000000000000000, 0, 0x3ff0000000000000, 0x8000000000000000, 0x0000000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(1*-0) - +0 */
        TEST_FP_D(294, 0x0000000000000000, 0, 0x8000000000000000, 0x3ff0000000000000, 0x8000000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(-0*1) - -0 */
        TEST_FP_D(295, 0xfff0000000000000, FF_OF|FF_NX, 0x7fefffffffffffff, 0x4000000000000000, 0x0000000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(max*2) - 0 */
        TEST_FP_D(296, 0xbff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(1*1) - 2^-53 */
        TEST_FP_D(297, 0x8010000000000001, 0, 0x3ff0000000000000, 0x0000000000000001, 0x0010000000000000, fnmadd.d fa3, fa0, fa1, fa2) /* -(1*minsub) - minnorm */
        TEST_FP_D(298, 0xbff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmadd.d fa3, fa0, fa1, fa2, rtz) /* -(1*1) - 2^-53 [rtz] */
        TEST_FP_D(299, 0xc028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmadd.d fa3, fa0, fa1, fa2, rtz) /* -(2*3) - 6 [rtz] */
        TEST_FP_D(300, 0xbff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmadd.d fa3, fa0, fa1, fa2, rdn) /* -(1*1) - 2^-53 [rdn] */
        TEST_FP_D(301, 0xc028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmadd.d fa3, fa0, fa1, fa2, rdn) /* -(2*3) - 6 [rdn] */
        TEST_FP_D(302, 0xbff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmadd.d fa3, fa0, fa1, fa2, rup) /* -(1*1) - 2^-53 [rup] */
        TEST_FP_D(303, 0xc028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmadd.d fa3, fa0, fa1, fa2, rup) /* -(2*3) - 6 [rup] */
        TEST_FP_D(304, 0xbff0000000000001, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, fnmadd.d fa3, fa0, fa1, fa2, rmm) /* -(1*1) - 2^-53 [rmm] */
        TEST_FP_D(305, 0xc028000000000000, 0, 0x4000000000000000, 0x4008000000000000, 0x4018000000000000, fnmadd.d fa3, fa0, fa1, fa2, rmm) /* -(2*3) - 6 [rmm] */
        TEST_FP_D(306, 0xbff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ff0000000000000, 0x3ca0000000000000, csrwi frm, RM_RUP; fnmadd.d fa3, fa0, fa1, fa2; csrwi frm, 0) /* -(1*1) - 2^-53 [frm=rup] */
        TEST_FP_D(307, 0xbcc0000000000001, FF_NX, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, csrwi frm, RM_RDN; fnmadd.d fa3, fa0, fa1, fa2; csrwi frm, 0) /* -((1+2^-52)*(1+2^-52)) - -1 [frm=rdn] */

/* ---- fmin / fmax ----------------------------------------------------------- */
        TEST_FP_D(308, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(1, 2) */
        TEST_FP_D(309, 0x3ff0000000000000, 0, 0x4000000000000000, 0x3ff0000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(2, 1) */
        TEST_FP_D(310, 0xc000000000000000, 0, 0xbff0000000000000, 0xc000000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(-1, -2) */
        TEST_FP_D(311, 0x8000000000000000, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(-0, +0) */
        TEST_FP_D(312, 0x8000000000000000, 0, 0x0000000000000000, 0x8000000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(+0, -0) */
        TEST_FP_D(313, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(qnan, 1) */
        TEST_FP_D(314, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x7ff8000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(1, qnan) */
        TEST_FP_D(315, 0x3ff0000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(snan, 1) */
        TEST_FP_D(316, 0x3ff0000000000000, FF_NV, 0x3ff0000000000000, 0xfff0000000000001, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(1, -snan) */
        TEST_FP_D(317, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x7ff8000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(qnan, qnan) */
        TEST_FP_D(318, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x7ff8000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(snan, qnan) */
        TEST_FP_D(319, 0xfff0000000000000, 0, 0xfff0000000000000, 0x3ff0000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(-inf, 1) */
        TEST_FP_D(320, 0x7fefffffffffffff, 0, 0x7ff0000000000000, 0x7fefffffffffffff, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(inf, max) */
        TEST_FP_D(321, 0xc000000000000000, 0, 0xfff8000000000007, 0xc000000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(0xfff8000000000007, -2) */
        TEST_FP_D(322, 0x8000000000000001, 0, 0x0000000000000001, 0x8000000000000001, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(minsub, -minsub) */
        TEST_FP_D(323, 0xbff0000000000000, 0, 0xbff0000000000000, 0x7ff0000000000000, 0x0000000000000000, fmin.d fa3, fa0, fa1) /* min(-1, inf) */
        TEST_FP_D(324, 0x4000000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(1, 2) */
        TEST_FP_D(325, 0x4000000000000000, 0, 0x4000000000000000, 0x3ff0000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(2, 1) */
        TEST_FP_D(326, 0xbff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(-1, -2) */
        TEST_FP_D(327, 0x0000000000000000, 0, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(-0, +0) */
        TEST_FP_D(328, 0x0000000000000000, 0, 0x0000000000000000, 0x8000000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(+0, -0) */
        TEST_FP_D(329, 0x3ff0000000000000, 0, 0x7ff8000000000000, 0x3ff0000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(qnan, 1) */
        TEST_FP_D(330, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x7ff8000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(1, qnan) */
        TEST_FP_D(331, 0x3ff0000000000000, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(snan, 1) */
        TEST_FP_D(332, 0x3ff0000000000000, FF_NV, 0x3ff0000000000000, 0xfff0000000000001, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(1, -snan) */
        TEST_FP_D(333, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0x7ff8000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(qnan, qnan) */
        TEST_FP_D(334, 0x7ff8000000000000, FF_NV, 0x7ff0000000000001, 0x7ff8000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(snan, qnan) */
        TEST_FP_D(335, 0x3ff0000000000000, 0, 0xfff0000000000000, 0x3ff0000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(-inf, 1) */
        TEST_FP_D(336, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x7fefffffffffffff, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(inf, max) */
        TEST_FP_D(337, 0xc000000000000000, 0, 0xfff8000000000007, 0xc000000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(0xfff8000000000007, -2) */
        TEST_FP_D(338, 0x0000000000000001, 0, 0x0000000000000001, 0x8000000000000001, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(minsub, -minsub) */
        TEST_FP_D(339, 0x7ff0000000000000, 0, 0xbff0000000000000, 0x7ff0000000000000, 0x0000000000000000, fmax.d fa3, fa0, fa1) /* max(-1, inf) */

/* ---- sign injection (no flags, NaNs pass through unchanged) ---------------- */
        TEST_FP_D(340, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000, 0x0000000000000000, fsgnj.d fa3, fa0, fa1) /* fsgnj(1, -2) */
        TEST_FP_D(341, 0x3ff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000, 0x0000000000000000, fsgnj.d fa3, fa0, fa1) /* fsgnj(-1, 2) */
        TEST_FP_D(342, 0xbff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000, 0x0000000000000000, fsgnj.d fa3, fa0, fa1) /* fsgnj(-1, -2) */
        TEST_FP_D(343, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x0000000000000000, fsgnj.d fa3, fa0, fa1) /* fsgnj(1, 2) */
        TEST_FP_D(344, 0xfff8000000000000, 0, 0x7ff8000000000000, 0xbff0000000000000, 0x0000000000000000, fsgnj.d fa3, fa0, fa1) /* fsgnj(qnan, -1) */
        TEST_FP_D(345, 0x7ff0000000000001, 0, 0xfff0000000000001, 0x3ff0000000000000, 0x0000000000000000, fsgnj.d fa3, fa0, fa1) /* fsgnj(-snan, 1) */
        TEST_FP_D(346, 0xfff0000000000000, 0, 0x7ff0000000000000, 0x8000000000000000, 0x0000000000000000, fsgnj.d fa3, fa0, fa1) /* fsgnj(inf, -0) */
        TEST_FP_D(347, 0xfff8000000000123, 0, 0x7ff8000000000123, 0xfff0000000000001, 0x0000000000000000, fsgnj.d fa3, fa0, fa1) /* fsgnj(0x7ff8000000000123, 0xfff0000000000001) */
        TEST_FP_D(348, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000, 0x0000000000000000, fsgnjn.d fa3, fa0, fa1) /* fsgnjn(1, -2) */
        TEST_FP_D(349, 0xbff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000, 0x0000000000000000, fsgnjn.d fa3, fa0, fa1) /* fsgnjn(-1, 2) */
        TEST_FP_D(350, 0x3ff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000, 0x0000000000000000, fsgnjn.d fa3, fa0, fa1) /* fsgnjn(-1, -2) */
        TEST_FP_D(351, 0xbff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x0000000000000000, fsgnjn.d fa3, fa0, fa1) /* fsgnjn(1, 2) */
        TEST_FP_D(352, 0x7ff8000000000000, 0, 0x7ff8000000000000, 0xbff0000000000000, 0x0000000000000000, fsgnjn.d fa3, fa0, fa1) /* fsgnjn(qnan, -1) */
        TEST_FP_D(353, 0xfff0000000000001, 0, 0xfff0000000000001, 0x3ff0000000000000, 0x0000000000000000, fsgnjn.d fa3, fa0, fa1) /* fsgnjn(-snan, 1) */
        TEST_FP_D(354, 0x7ff0000000000000, 0, 0x7ff0000000000000, 0x8000000000000000, 0x0000000000000000, fsgnjn.d fa3, fa0, fa1) /* fsgnjn(inf, -0) */
        TEST_FP_D(355, 0x7ff8000000000123, 0, 0x7ff8000000000123, 0xfff0000000000001, 0x0000000000000000, fsgnjn.d fa3, fa0, fa1) /* fsgnjn(0x7ff8000000000123, 0xfff0000000000001) */
        TEST_FP_D(356, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000, 0x0000000000000000, fsgnjx.d fa3, fa0, fa1) /* fsgnjx(1, -2) */
        TEST_FP_D(357, 0xbff0000000000000, 0, 0xbff0000000000000, 0x4000000000000000, 0x0000000000000000, fsgnjx.d fa3, fa0, fa1) /* fsgnjx(-1, 2) */
        TEST_FP_D(358, 0x3ff0000000000000, 0, 0xbff0000000000000, 0xc000000000000000, 0x0000000000000000, fsgnjx.d fa3, fa0, fa1) /* fsgnjx(-1, -2) */
        TEST_FP_D(359, 0x3ff0000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0x0000000000000000, fsgnjx.d fa3, fa0, fa1) /* fsgnjx(1, 2) */
        TEST_FP_D(360, 0xfff8000000000000, 0, 0x7ff8000000000000, 0xbff0000000000000, 0x0000000000000000, fsgnjx.d fa3, fa0, fa1) /* fsgnjx(qnan, -1) */
        TEST_FP_D(361, 0xfff0000000000001, 0, 0xfff0000000000001, 0x3ff0000000000000, 0x0000000000000000, fsgnjx.d fa3, fa0, fa1) /* fsgnjx(-snan, 1) */
        TEST_FP_D(362, 0xfff0000000000000, 0, 0x7ff0000000000000, 0x8000000000000000, 0x0000000000000000, fsgnjx.d fa3, fa0, fa1) /* fsgnjx(inf, -0) */
        TEST_FP_D(363, 0xfff8000000000123, 0, 0x7ff8000000000123, 0xfff0000000000001, 0x0000000000000000, fsgnjx.d fa3, fa0, fa1) /* fsgnjx(0x7ff8000000000123, 0xfff0000000000001) */

/* ---- compares: feq is quiet, flt/fle signal on any NaN --------------------- */
        TEST_FP_D_INT(364, 0x1, 0, 0x3ff0000000000000, 0x3ff0000000000000, feq.d a0, fa0, fa1) /* feq(1, 1) */
        TEST_FP_D_INT(365, 0x0, 0, 0x3ff0000000000000, 0x4000000000000000, feq.d a0, fa0, fa1) /* feq(1, 2) */
        TEST_FP_D_INT(366, 0x0, 0, 0x4000000000000000, 0x3ff0000000000000, feq.d a0, fa0, fa1) /* feq(2, 1) */
        TEST_FP_D_INT(367, 0x1, 0, 0x8000000000000000, 0x0000000000000000, feq.d a0, fa0, fa1) /* feq(-0, +0) */
        TEST_FP_D_INT(368, 0x1, 0, 0x0000000000000000, 0x8000000000000000, feq.d a0, fa0, fa1) /* feq(+0, -0) */
        TEST_FP_D_INT(369, 0x0, 0, 0xbff0000000000000, 0xc000000000000000, feq.d a0, fa0, fa1) /* feq(-1, -2) */
        TEST_FP_D_INT(370, 0x0, 0, 0xfff0000000000000, 0x7ff0000000000000, feq.d a0, fa0, fa1) /* feq(-inf, inf) */
        TEST_FP_D_INT(371, 0x1, 0, 0x7ff0000000000000, 0x7ff0000000000000, feq.d a0, fa0, fa1) /* feq(inf, inf) */
        TEST_FP_D_INT(372, 0x0, 0, 0x0000000000000001, 0x0000000000000000, feq.d a0, fa0, fa1) /* feq(minsub, +0) */
        TEST_FP_D_INT(373, 0x0, 0, 0x7ff8000000000000, 0x3ff0000000000000, feq.d a0, fa0, fa1) /* feq(qnan, 1) */
        TEST_FP_D_INT(374, 0x0, 0, 0x3ff0000000000000, 0x7ff8000000000000, feq.d a0, fa0, fa1) /* feq(1, qnan) */
        TEST_FP_D_INT(375, 0x0, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000, feq.d a0, fa0, fa1) /* feq(snan, 1) */
        TEST_FP_D_INT(376, 0x0, 0, 0x7ff8000000000000, 0x7ff8000000000000, feq.d a0, fa0, fa1) /* feq(qnan, qnan) */
        TEST_FP_D_INT(377, 0x0, FF_NV, 0x3ff0000000000000, 0xfff0000000000001, feq.d a0, fa0, fa1) /* feq(1, -snan) */
        TEST_FP_D_INT(378, 0x0, 0, 0x3ff0000000000000, 0x3ff0000000000000, flt.d a0, fa0, fa1) /* flt(1, 1) */
        TEST_FP_D_INT(379, 0x1, 0, 0x3ff0000000000000, 0x4000000000000000, flt.d a0, fa0, fa1) /* flt(1, 2) */
        TEST_FP_D_INT(380, 0x0, 0, 0x4000000000000000, 0x3ff0000000000000, flt.d a0, fa0, fa1) /* flt(2, 1) */
        TEST_FP_D_INT(381, 0x0, 0, 0x8000000000000000, 0x0000000000000000, flt.d a0, fa0, fa1) /* flt(-0, +0) */
        TEST_FP_D_INT(382, 0x0, 0, 0x0000000000000000, 0x8000000000000000, flt.d a0, fa0, fa1) /* flt(+0, -0) */
        TEST_FP_D_INT(383, 0x0, 0, 0xbff0000000000000, 0xc000000000000000, flt.d a0, fa0, fa1) /* flt(-1, -2) */
        TEST_FP_D_INT(384, 0x1, 0, 0xfff0000000000000, 0x7ff0000000000000, flt.d a0, fa0, fa1) /* flt(-inf, inf) */
        TEST_FP_D_INT(385, 0x0, 0, 0x7ff0000000000000, 0x7ff0000000000000, flt.d a0, fa0, fa1) /* flt(inf, inf) */
        TEST_FP_D_INT(386, 0x0, 0, 0x0000000000000001, 0x0000000000000000, flt.d a0, fa0, fa1) /* flt(minsub, +0) */
        TEST_FP_D_INT(387, 0x0, FF_NV, 0x7ff8000000000000, 0x3ff0000000000000, flt.d a0, fa0, fa1) /* flt(qnan, 1) */
        TEST_FP_D_INT(388, 0x0, FF_NV, 0x3ff0000000000000, 0x7ff8000000000000, flt.d a0, fa0, fa1) /* flt(1, qnan) */
        TEST_FP_D_INT(389, 0x0, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000, flt.d a0, fa0, fa1) /* flt(snan, 1) */
        TEST_FP_D_INT(390, 0x0, FF_NV, 0x7ff8000000000000, 0x7ff8000000000000, flt.d a0, fa0, fa1) /* flt(qnan, qnan) */
        TEST_FP_D_INT(391, 0x0, FF_NV, 0x3ff0000000000000, 0xfff0000000000001, flt.d a0, fa0, fa1) /* flt(1, -snan) */
        TEST_FP_D_INT(392, 0x1, 0, 0x3ff0000000000000, 0x3ff0000000000000, fle.d a0, fa0, fa1) /* fle(1, 1) */
        TEST_FP_D_INT(393, 0x1, 0, 0x3ff0000000000000, 0x4000000000000000, fle.d a0, fa0, fa1) /* fle(1, 2) */
        TEST_FP_D_INT(394, 0x0, 0, 0x4000000000000000, 0x3ff0000000000000, fle.d a0, fa0, fa1) /* fle(2, 1) */
        TEST_FP_D_INT(395, 0x1, 0, 0x8000000000000000, 0x0000000000000000, fle.d a0, fa0, fa1) /* fle(-0, +0) */
        TEST_FP_D_INT(396, 0x1, 0, 0x0000000000000000, 0x8000000000000000, fle.d a0, fa0, fa1) /* fle(+0, -0) */
        TEST_FP_D_INT(397, 0x0, 0, 0xbff0000000000000, 0xc000000000000000, fle.d a0, fa0, fa1) /* fle(-1, -2) */
        TEST_FP_D_INT(398, 0x1, 0, 0xfff0000000000000, 0x7ff0000000000000, fle.d a0, fa0, fa1) /* fle(-inf, inf) */
        TEST_FP_D_INT(399, 0x1, 0, 0x7ff0000000000000, 0x7ff0000000000000, fle.d a0, fa0, fa1) /* fle(inf, inf) */
        TEST_FP_D_INT(400, 0x0, 0, 0x0000000000000001, 0x0000000000000000, fle.d a0, fa0, fa1) /* fle(minsub, +0) */
        TEST_FP_D_INT(401, 0x0, FF_NV, 0x7ff8000000000000, 0x3ff0000000000000, fle.d a0, fa0, fa1) /* fle(qnan, 1) */
        TEST_FP_D_INT(402, 0x0, FF_NV, 0x3ff0000000000000, 0x7ff8000000000000, fle.d a0, fa0, fa1) /* fle(1, qnan) */
        TEST_FP_D_INT(403, 0x0, FF_NV, 0x7ff0000000000001, 0x3ff0000000000000, fle.d a0, fa0, fa1) /* fle(snan, 1) */
        TEST_FP_D_INT(404, 0x0, FF_NV, 0x7ff8000000000000, 0x7ff8000000000000, fle.d a0, fa0, fa1) /* fle(qnan, qnan) */
        TEST_FP_D_INT(405, 0x0, FF_NV, 0x3ff0000000000000, 0xfff0000000000001, fle.d a0, fa0, fa1) /* fle(1, -snan) */

/* ---- fclass ---------------------------------------------------------------- */
        TEST_FP_D_INT(406, 0x1, 0, 0xfff0000000000000, 0x0000000000000000, fclass.d a0, fa0) /* class(-inf) */
        TEST_FP_D_INT(407, 0x2, 0, 0xbff0000000000000, 0x0000000000000000, fclass.d a0, fa0) /* class(-1) */
        TEST_FP_D_INT(408, 0x2, 0, 0xffefffffffffffff, 0x0000000000000000, fclass.d a0, fa0) /* class(-max) */
        TEST_FP_D_INT(409, 0x4, 0, 0x8000000000000001, 0x0000000000000000, fclass.d a0, fa0) /* class(-minsub) */
        TEST_FP_D_INT(410, 0x8, 0, 0x8000000000000000, 0x0000000000000000, fclass.d a0, fa0) /* class(-0) */
        TEST_FP_D_INT(411, 0x10, 0, 0x0000000000000000, 0x0000000000000000, fclass.d a0, fa0) /* class(+0) */
        TEST_FP_D_INT(412, 0x20, 0, 0x0000000000000001, 0x0000000000000000, fclass.d a0, fa0) /* class(minsub) */
        TEST_FP_D_INT(413, 0x20, 0, 0x000fffffffffffff, 0x0000000000000000, fclass.d a0, fa0) /* class(0xfffffffffffff) */
        TEST_FP_D_INT(414, 0x40, 0, 0x3ff0000000000000, 0x0000000000000000, fclass.d a0, fa0) /* class(1) */
        TEST_FP_D_INT(415, 0x40, 0, 0x0010000000000000, 0x0000000000000000, fclass.d a0, fa0) /* class(minnorm) */
        TEST_FP_D_INT(416, 0x40, 0, 0x7fefffffffffffff, 0x0000000000000000, fclass.d a0, fa0) /* class(max) */
        TEST_FP_D_INT(417, 0x80, 0, 0x7ff0000000000000, 0x0000000000000000, fclass.d a0, fa0) /* class(inf) */
        TEST_FP_D_INT(418, 0x100, 0, 0x7ff0000000000001, 0x0000000000000000, fclass.d a0, fa0) /* class(snan) */
        TEST_FP_D_INT(419, 0x100, 0, 0xfff0000000000001, 0x0000000000000000, fclass.d a0, fa0) /* class(-snan) */
        TEST_FP_D_INT(420, 0x200, 0, 0x7ff8000000000000, 0x0000000000000000, fclass.d a0, fa0) /* class(qnan) */
        TEST_FP_D_INT(421, 0x200, 0, 0xfff8000000000000, 0x0000000000000000, fclass.d a0, fa0) /* class(-qnan) */
        TEST_FP_D_INT(422, 0x200, 0, 0x7ff8000000000055, 0x0000000000000000, fclass.d a0, fa0) /* class(0x7ff8000000000055) */

/* ---- conversion to integer (saturating, NV on NaN or out of range) --------- */
        TEST_FP_D_INT(423, 0x0, 0, 0x0000000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(0) */
        TEST_FP_D_INT(424, 0x0, 0, 0x8000000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-0) */
        TEST_FP_D_INT(425, 0x1, 0, 0x3ff0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(1) */
        TEST_FP_D_INT(426, 0xffffffffffffffff, 0, 0xbff0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-1) */
        TEST_FP_D_INT(427, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(1.5) */
        TEST_FP_D_INT(428, 0xfffffffffffffffe, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-1.5) */
        TEST_FP_D_INT(429, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(2.5) */
        TEST_FP_D_INT(430, 0xfffffffffffffffe, FF_NX, 0xc004000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-2.5) */
        TEST_FP_D_INT(431, 0x1, FF_NX, 0x3fec000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(0.875) */
        TEST_FP_D_INT(432, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-0.5) */
        TEST_FP_D_INT(433, 0x0, FF_NX, 0x0000000000000001, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(minsub) */
        TEST_FP_D_INT(434, 0x0, FF_NX, 0x8000000000000001, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-minsub) */
        TEST_FP_D_INT(435, 0x7fffffff, FF_NV, 0x7ff0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(inf) */
        TEST_FP_D_INT(436, 0xffffffff80000000, FF_NV, 0xfff0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-inf) */
        TEST_FP_D_INT(437, 0x7fffffff, FF_NV, 0x7ff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(qnan) */
        TEST_FP_D_INT(438, 0x7fffffff, FF_NV, 0x7ff0000000000001, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(snan) */
        TEST_FP_D_INT(439, 0x7fffffff, FF_NV, 0xfff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-qnan) */
        TEST_FP_D_INT(440, 0x7fffffff, FF_NV, 0x7fefffffffffffff, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(max) */
        TEST_FP_D_INT(441, 0xffffffff80000000, FF_NV, 0xffefffffffffffff, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-max) */
        TEST_FP_D_INT(442, 0x7fffffff, 0, 0x41dfffffffc00000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(2147483647) */
        TEST_FP_D_INT(443, 0x7fffffff, FF_NV, 0x41e0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(2147483648) */
        TEST_FP_D_INT(444, 0xffffffff80000000, 0, 0xc1e0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-2147483648) */
        TEST_FP_D_INT(445, 0xffffffff80000000, FF_NV, 0xc1e0000000200000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w(-2147483649) */
        TEST_FP_D_INT(446, 0x7fffffff, FF_NV, 0x41dfffffffe00000, 0x0000000000000000, fcvt.w.d a0, fa0) /* fcvt.w((2147483648-2^-1)) */
        TEST_FP_D_INT(447, 0x1, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rtz) /* fcvt.w(1.5) [rtz] */
        TEST_FP_D_INT(448, 0xffffffffffffffff, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rtz) /* fcvt.w(-1.5) [rtz] */
        TEST_FP_D_INT(449, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rtz) /* fcvt.w(2.5) [rtz] */
        TEST_FP_D_INT(450, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rtz) /* fcvt.w(-0.5) [rtz] */
        TEST_FP_D_INT(451, 0x1, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rdn) /* fcvt.w(1.5) [rdn] */
        TEST_FP_D_INT(452, 0xfffffffffffffffe, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rdn) /* fcvt.w(-1.5) [rdn] */
        TEST_FP_D_INT(453, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rdn) /* fcvt.w(2.5) [rdn] */
        TEST_FP_D_INT(454, 0xffffffffffffffff, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rdn) /* fcvt.w(-0.5) [rdn] */
        TEST_FP_D_INT(455, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rup) /* fcvt.w(1.5) [rup] */
        TEST_FP_D_INT(456, 0xffffffffffffffff, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rup) /* fcvt.w(-1.5) [rup] */
        TEST_FP_D_INT(457, 0x3, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rup) /* fcvt.w(2.5) [rup] */
        TEST_FP_D_INT(458, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rup) /* fcvt.w(-0.5) [rup] */
        TEST_FP_D_INT(459, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rmm) /* fcvt.w(1.5) [rmm] */
        TEST_FP_D_INT(460, 0xfffffffffffffffe, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rmm) /* fcvt.w(-1.5) [rmm] */
        TEST_FP_D_INT(461, 0x3, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rmm) /* fcvt.w(2.5) [rmm] */
        TEST_FP_D_INT(462, 0xffffffffffffffff, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.w.d a0, fa0, rmm) /* fcvt.w(-0.5) [rmm] */
        TEST_FP_D_INT(463, 0xfffffffffffffffd, FF_NX, 0xc004000000000000, 0x0000000000000000, csrwi frm, RM_RMM; fcvt.w.d a0, fa0; csrwi frm, 0) /* fcvt.w(-2.5) [frm=rmm] */
        TEST_FP_D_INT(464, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, csrwi frm, RM_RDN; fcvt.w.d a0, fa0; csrwi frm, 0) /* fcvt.w(2.5) [frm=rdn] */
        TEST_FP_D_INT(465, 0x0, 0, 0x0000000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(0) */
        TEST_FP_D_INT(466, 0x0, 0, 0x8000000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-0) */
        TEST_FP_D_INT(467, 0x1, 0, 0x3ff0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(1) */
        TEST_FP_D_INT(468, 0x0, FF_NV, 0xbff0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-1) */
        TEST_FP_D_INT(469, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(1.5) */
        TEST_FP_D_INT(470, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-1.5) */
        TEST_FP_D_INT(471, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(2.5) */
        TEST_FP_D_INT(472, 0x0, FF_NV, 0xc004000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-2.5) */
        TEST_FP_D_INT(473, 0x1, FF_NX, 0x3fec000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(0.875) */
        TEST_FP_D_INT(474, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-0.5) */
        TEST_FP_D_INT(475, 0x0, FF_NX, 0x0000000000000001, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(minsub) */
        TEST_FP_D_INT(476, 0x0, FF_NX, 0x8000000000000001, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-minsub) */
        TEST_FP_D_INT(477, 0xffffffffffffffff, FF_NV, 0x7ff0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(inf) */
        TEST_FP_D_INT(478, 0x0, FF_NV, 0xfff0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-inf) */
        TEST_FP_D_INT(479, 0xffffffffffffffff, FF_NV, 0x7ff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(qnan) */
        TEST_FP_D_INT(480, 0xffffffffffffffff, FF_NV, 0x7ff0000000000001, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(snan) */
        TEST_FP_D_INT(481, 0xffffffffffffffff, FF_NV, 0xfff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-qnan) */
        TEST_FP_D_INT(482, 0xffffffffffffffff, FF_NV, 0x7fefffffffffffff, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(max) */
        TEST_FP_D_INT(483, 0x0, FF_NV, 0xffefffffffffffff, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-max) */
        TEST_FP_D_INT(484, 0xffffffffffffffff, 0, 0x41efffffffe00000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(4294967295) */
        TEST_FP_D_INT(485, 0xffffffffffffffff, FF_NV, 0x41f0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(4294967296) */
        TEST_FP_D_INT(486, 0xffffffffb2d05e00, 0, 0x41e65a0bc0000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(3000000000) */
        TEST_FP_D_INT(487, 0x0, FF_NV, 0xc1e0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu(-2147483648) */
        TEST_FP_D_INT(488, 0xffffffffffffffff, FF_NV, 0x41effffffff00000, 0x0000000000000000, fcvt.wu.d a0, fa0) /* fcvt.wu((4294967296-2^-1)) */
        TEST_FP_D_INT(489, 0x1, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rtz) /* fcvt.wu(1.5) [rtz] */
        TEST_FP_D_INT(490, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rtz) /* fcvt.wu(-1.5) [rtz] */
        TEST_FP_D_INT(491, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rtz) /* fcvt.wu(2.5) [rtz] */
        TEST_FP_D_INT(492, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rtz) /* fcvt.wu(-0.5) [rtz] */
        TEST_FP_D_INT(493, 0x1, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rdn) /* fcvt.wu(1.5) [rdn] */
        TEST_FP_D_INT(494, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rdn) /* fcvt.wu(-1.5) [rdn] */
        TEST_FP_D_INT(495, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rdn) /* fcvt.wu(2.5) [rdn] */
        TEST_FP_D_INT(496, 0x0, FF_NV, 0xbfe0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rdn) /* fcvt.wu(-0.5) [rdn] */
        TEST_FP_D_INT(497, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rup) /* fcvt.wu(1.5) [rup] */
        TEST_FP_D_INT(498, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rup) /* fcvt.wu(-1.5) [rup] */
        TEST_FP_D_INT(499, 0x3, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rup) /* fcvt.wu(2.5) [rup] */
        TEST_FP_D_INT(500, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rup) /* fcvt.wu(-0.5) [rup] */
        TEST_FP_D_INT(501, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rmm) /* fcvt.wu(1.5) [rmm] */
        TEST_FP_D_INT(502, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rmm) /* fcvt.wu(-1.5) [rmm] */
        TEST_FP_D_INT(503, 0x3, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rmm) /* fcvt.wu(2.5) [rmm] */
        TEST_FP_D_INT(504, 0x0, FF_NV, 0xbfe0000000000000, 0x0000000000000000, fcvt.wu.d a0, fa0, rmm) /* fcvt.wu(-0.5) [rmm] */
        TEST_FP_D_INT(505, 0x0, FF_NV, 0xc004000000000000, 0x0000000000000000, csrwi frm, RM_RMM; fcvt.wu.d a0, fa0; csrwi frm, 0) /* fcvt.wu(-2.5) [frm=rmm] */
        TEST_FP_D_INT(506, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, csrwi frm, RM_RDN; fcvt.wu.d a0, fa0; csrwi frm, 0) /* fcvt.wu(2.5) [frm=rdn] */
        TEST_FP_D_INT(507, 0x0, 0, 0x0000000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(0) */
        TEST_FP_D_INT(508, 0x0, 0, 0x8000000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-0) */
        TEST_FP_D_INT(509, 0x1, 0, 0x3ff0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(1) */
        TEST_FP_D_INT(510, 0xffffffffffffffff, 0, 0xbff0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-1) */
        TEST_FP_D_INT(513, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(1.5) */
        TEST_FP_D_INT(514, 0xfffffffffffffffe, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-1.5) */
        TEST_FP_D_INT(515, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(2.5) */
        TEST_FP_D_INT(516, 0xfffffffffffffffe, FF_NX, 0xc004000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-2.5) */
        TEST_FP_D_INT(517, 0x1, FF_NX, 0x3fec000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(0.875) */
        TEST_FP_D_INT(518, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-0.5) */
        TEST_FP_D_INT(519, 0x0, FF_NX, 0x0000000000000001, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(minsub) */
        TEST_FP_D_INT(520, 0x0, FF_NX, 0x8000000000000001, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-minsub) */
        TEST_FP_D_INT(521, 0x7fffffffffffffff, FF_NV, 0x7ff0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(inf) */
        TEST_FP_D_INT(522, 0x8000000000000000, FF_NV, 0xfff0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-inf) */
        TEST_FP_D_INT(523, 0x7fffffffffffffff, FF_NV, 0x7ff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(qnan) */
        TEST_FP_D_INT(524, 0x7fffffffffffffff, FF_NV, 0x7ff0000000000001, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(snan) */
        TEST_FP_D_INT(525, 0x7fffffffffffffff, FF_NV, 0xfff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-qnan) */
        TEST_FP_D_INT(526, 0x7fffffffffffffff, FF_NV, 0x7fefffffffffffff, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(max) */
        TEST_FP_D_INT(527, 0x8000000000000000, FF_NV, 0xffefffffffffffff, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-max) */
        TEST_FP_D_INT(528, 0x7ffffffffffffc00, 0, 0x43dfffffffffffff, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(9.223372036854775e+18) */
        TEST_FP_D_INT(529, 0x7fffffffffffffff, FF_NV, 0x43e0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(2^63) */
        TEST_FP_D_INT(530, 0x8000000000000000, 0, 0xc3e0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-2^63) */
        TEST_FP_D_INT(531, 0x8000000000000000, FF_NV, 0xc3e0000000000001, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(-9.223372036854778e+18) */
        TEST_FP_D_INT(532, 0x380000400, 0, 0x420c000020000000, 0x0000000000000000, fcvt.l.d a0, fa0) /* fcvt.l(15032386560) */
        TEST_FP_D_INT(533, 0x1, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rtz) /* fcvt.l(1.5) [rtz] */
        TEST_FP_D_INT(534, 0xffffffffffffffff, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rtz) /* fcvt.l(-1.5) [rtz] */
        TEST_FP_D_INT(535, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rtz) /* fcvt.l(2.5) [rtz] */
        TEST_FP_D_INT(536, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rtz) /* fcvt.l(-0.5) [rtz] */
        TEST_FP_D_INT(537, 0x1, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rdn) /* fcvt.l(1.5) [rdn] */
        TEST_FP_D_INT(538, 0xfffffffffffffffe, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rdn) /* fcvt.l(-1.5) [rdn] */
        TEST_FP_D_INT(539, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rdn) /* fcvt.l(2.5) [rdn] */
        TEST_FP_D_INT(540, 0xffffffffffffffff, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rdn) /* fcvt.l(-0.5) [rdn] */
        TEST_FP_D_INT(541, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rup) /* fcvt.l(1.5) [rup] */
        TEST_FP_D_INT(542, 0xffffffffffffffff, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rup) /* fcvt.l(-1.5) [rup] */
        TEST_FP_D_INT(543, 0x3, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rup) /* fcvt.l(2.5) [rup] */
        TEST_FP_D_INT(544, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rup) /* fcvt.l(-0.5) [rup] */
        TEST_FP_D_INT(545, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rmm) /* fcvt.l(1.5) [rmm] */
        TEST_FP_D_INT(546, 0xfffffffffffffffe, FF_NX, 0xbff8000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rmm) /* fcvt.l(-1.5) [rmm] */
        TEST_FP_D_INT(547, 0x3, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rmm) /* fcvt.l(2.5) [rmm] */
        TEST_FP_D_INT(548, 0xffffffffffffffff, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.l.d a0, fa0, rmm) /* fcvt.l(-0.5) [rmm] */
        TEST_FP_D_INT(549, 0xfffffffffffffffd, FF_NX, 0xc004000000000000, 0x0000000000000000, csrwi frm, RM_RMM; fcvt.l.d a0, fa0; csrwi frm, 0) /* fcvt.l(-2.5) [frm=rmm] */
        TEST_FP_D_INT(550, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, csrwi frm, RM_RDN; fcvt.l.d a0, fa0; csrwi frm, 0) /* fcvt.l(2.5) [frm=rdn] */
        TEST_FP_D_INT(551, 0x0, 0, 0x0000000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(0) */
        TEST_FP_D_INT(552, 0x0, 0, 0x8000000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-0) */
        TEST_FP_D_INT(553, 0x1, 0, 0x3ff0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(1) */
        TEST_FP_D_INT(554, 0x0, FF_NV, 0xbff0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-1) */
        TEST_FP_D_INT(555, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(1.5) */
        TEST_FP_D_INT(556, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-1.5) */
        TEST_FP_D_INT(557, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(2.5) */
        TEST_FP_D_INT(558, 0x0, FF_NV, 0xc004000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-2.5) */
        TEST_FP_D_INT(559, 0x1, FF_NX, 0x3fec000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(0.875) */
        TEST_FP_D_INT(560, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-0.5) */
        TEST_FP_D_INT(561, 0x0, FF_NX, 0x0000000000000001, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(minsub) */
        TEST_FP_D_INT(562, 0x0, FF_NX, 0x8000000000000001, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-minsub) */
        TEST_FP_D_INT(563, 0xffffffffffffffff, FF_NV, 0x7ff0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(inf) */
        TEST_FP_D_INT(564, 0x0, FF_NV, 0xfff0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-inf) */
        TEST_FP_D_INT(565, 0xffffffffffffffff, FF_NV, 0x7ff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(qnan) */
        TEST_FP_D_INT(566, 0xffffffffffffffff, FF_NV, 0x7ff0000000000001, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(snan) */
        TEST_FP_D_INT(567, 0xffffffffffffffff, FF_NV, 0xfff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-qnan) */
        TEST_FP_D_INT(568, 0xffffffffffffffff, FF_NV, 0x7fefffffffffffff, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(max) */
        TEST_FP_D_INT(569, 0x0, FF_NV, 0xffefffffffffffff, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-max) */
        TEST_FP_D_INT(570, 0xfffffffffffff800, 0, 0x43efffffffffffff, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(1.844674407370955e+19) */
        TEST_FP_D_INT(571, 0xffffffffffffffff, FF_NV, 0x43f0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(2^64) */
        TEST_FP_D_INT(572, 0x8000000000000000, 0, 0x43e0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(2^63) */
        TEST_FP_D_INT(573, 0x0, FF_NV, 0xc3e0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(-2^63) */
        TEST_FP_D_INT(574, 0x380000400, 0, 0x420c000020000000, 0x0000000000000000, fcvt.lu.d a0, fa0) /* fcvt.lu(15032386560) */
        TEST_FP_D_INT(575, 0x1, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rtz) /* fcvt.lu(1.5) [rtz] */
        TEST_FP_D_INT(576, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rtz) /* fcvt.lu(-1.5) [rtz] */
        TEST_FP_D_INT(577, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rtz) /* fcvt.lu(2.5) [rtz] */
        TEST_FP_D_INT(578, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rtz) /* fcvt.lu(-0.5) [rtz] */
        TEST_FP_D_INT(579, 0x1, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rdn) /* fcvt.lu(1.5) [rdn] */
        TEST_FP_D_INT(580, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rdn) /* fcvt.lu(-1.5) [rdn] */
        TEST_FP_D_INT(581, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rdn) /* fcvt.lu(2.5) [rdn] */
        TEST_FP_D_INT(582, 0x0, FF_NV, 0xbfe0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rdn) /* fcvt.lu(-0.5) [rdn] */
        TEST_FP_D_INT(583, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rup) /* fcvt.lu(1.5) [rup] */
        TEST_FP_D_INT(584, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rup) /* fcvt.lu(-1.5) [rup] */
        TEST_FP_D_INT(585, 0x3, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rup) /* fcvt.lu(2.5) [rup] */
        TEST_FP_D_INT(586, 0x0, FF_NX, 0xbfe0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rup) /* fcvt.lu(-0.5) [rup] */
        TEST_FP_D_INT(587, 0x2, FF_NX, 0x3ff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rmm) /* fcvt.lu(1.5) [rmm] */
        TEST_FP_D_INT(588, 0x0, FF_NV, 0xbff8000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rmm) /* fcvt.lu(-1.5) [rmm] */
        TEST_FP_D_INT(589, 0x3, FF_NX, 0x4004000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rmm) /* fcvt.lu(2.5) [rmm] */
        TEST_FP_D_INT(590, 0x0, FF_NV, 0xbfe0000000000000, 0x0000000000000000, fcvt.lu.d a0, fa0, rmm) /* fcvt.lu(-0.5) [rmm] */
        TEST_FP_D_INT(591, 0x0, FF_NV, 0xc004000000000000, 0x0000000000000000, csrwi frm, RM_RMM; fcvt.lu.d a0, fa0; csrwi frm, 0) /* fcvt.lu(-2.5) [frm=rmm] */
        TEST_FP_D_INT(592, 0x2, FF_NX, 0x4004000000000000, 0x0000000000000000, csrwi frm, RM_RDN; fcvt.lu.d a0, fa0; csrwi frm, 0) /* fcvt.lu(2.5) [frm=rdn] */

/* ---- conversion from integer (W sources use the low 32 bits) --------------- */
        TEST_INT_FP_D(593, 0x0000000000000000, 0, 0x0, fcvt.d.w fa3, a1) /* d(0x0) */
        TEST_INT_FP_D(594, 0x3ff0000000000000, 0, 0x1, fcvt.d.w fa3, a1) /* d(0x1) */
        TEST_INT_FP_D(595, 0xbff0000000000000, 0, 0xffffffffffffffff, fcvt.d.w fa3, a1) /* d(0xffffffffffffffff) */
        TEST_INT_FP_D(596, 0x41dfffffffc00000, 0, 0x7fffffff, fcvt.d.w fa3, a1) /* d(0x7fffffff) */
        TEST_INT_FP_D(597, 0xc1e0000000000000, 0, 0xffffffff80000000, fcvt.d.w fa3, a1) /* d(0xffffffff80000000) */
        TEST_INT_FP_D(598, 0x3ff0000000000000, 0, 0xffffffff00000001, fcvt.d.w fa3, a1) /* d(0xffffffff00000001) */
        TEST_INT_FP_D(599, 0xc1e0000000000000, 0, 0x80000000, fcvt.d.w fa3, a1) /* d(0x80000000) */
        TEST_INT_FP_D(600, 0xbff0000000000000, 0, 0xffffffff, fcvt.d.w fa3, a1) /* d(0xffffffff) */
        TEST_INT_FP_D(601, 0x4170000010000000, 0, 0x1000001, fcvt.d.w fa3, a1) /* d(0x1000001) */
        TEST_INT_FP_D(602, 0x40c81c8000000000, 0, 0x3039, fcvt.d.w fa3, a1) /* d(0x3039) */
        TEST_INT_FP_D(603, 0x41dfffffffc00000, 0, 0x7fffffff, csrwi frm, RM_RTZ; fcvt.d.w fa3, a1; csrwi frm, 0) /* d(0x7fffffff) [frm=rtz] */
        TEST_INT_FP_D(604, 0x0000000000000000, 0, 0x0, fcvt.d.wu fa3, a1) /* d(0x0) */
        TEST_INT_FP_D(605, 0x3ff0000000000000, 0, 0x1, fcvt.d.wu fa3, a1) /* d(0x1) */
        TEST_INT_FP_D(606, 0x41efffffffe00000, 0, 0xffffffff, fcvt.d.wu fa3, a1) /* d(0xffffffff) */
        TEST_INT_FP_D(607, 0x41e0000000000000, 0, 0x80000000, fcvt.d.wu fa3, a1) /* d(0x80000000) */
        TEST_INT_FP_D(608, 0x41efffffffe00000, 0, 0xffffffffffffffff, fcvt.d.wu fa3, a1) /* d(0xffffffffffffffff) */
        TEST_INT_FP_D(609, 0x401c000000000000, 0, 0x1234500000007, fcvt.d.wu fa3, a1) /* d(0x1234500000007) */
        TEST_INT_FP_D(610, 0x4170000010000000, 0, 0x1000001, fcvt.d.wu fa3, a1) /* d(0x1000001) */
        TEST_INT_FP_D(611, 0x41dfffffffc00000, 0, 0x7fffffff, fcvt.d.wu fa3, a1) /* d(0x7fffffff) */
        TEST_INT_FP_D(612, 0x41efffffffe00000, 0, 0xffffffff, csrwi frm, RM_RTZ; fcvt.d.wu fa3, a1; csrwi frm, 0) /* d(0xffffffff) [frm=rtz] */
        TEST_INT_FP_D(613, 0x0000000000000000, 0, 0x0, fcvt.d.l fa3, a1) /* d(0x0) */
        TEST_INT_FP_D(614, 0x3ff0000000000000, 0, 0x1, fcvt.d.l fa3, a1) /* d(0x1) */
        TEST_INT_FP_D(615, 0xbff0000000000000, 0, 0xffffffffffffffff, fcvt.d.l fa3, a1) /* d(0xffffffffffffffff) */
        TEST_INT_FP_D(616, 0x43e0000000000000, FF_NX, 0x7fffffffffffffff, fcvt.d.l fa3, a1) /* d(0x7fffffffffffffff) */
        TEST_INT_FP_D(617, 0xc3e0000000000000, 0, 0x8000000000000000, fcvt.d.l fa3, a1) /* d(0x8000000000000000) */
        TEST_INT_FP_D(618, 0x41c0000000800000, 0, 0x20000001, fcvt.d.l fa3, a1) /* d(0x20000001) */
        TEST_INT_FP_D(619, 0x4340000000000000, FF_NX, 0x20000000000001, fcvt.d.l fa3, a1) /* d(0x20000000000001) */
        TEST_INT_FP_D(620, 0xc340000000000000, FF_NX, 0xffdfffffffffffff, fcvt.d.l fa3, a1) /* d(0xffdfffffffffffff) */
        TEST_INT_FP_D(621, 0x41efffffffe00000, 0, 0xffffffff, fcvt.d.l fa3, a1) /* d(0xffffffff) */
        TEST_INT_FP_D(622, 0x4340000000000000, FF_NX, 0x20000000000001, fcvt.d.l fa3, a1) /* d(0x20000000000001) */
        TEST_INT_FP_D(623, 0x43dfffffffffffff, FF_NX, 0x7fffffffffffffff, fcvt.d.l fa3, a1, rtz) /* d(0x7fffffffffffffff) [rtz] */
        TEST_INT_FP_D(624, 0xc3dfffffffffffff, FF_NX, 0x8000000000000001, fcvt.d.l fa3, a1, rtz) /* d(0x8000000000000001) [rtz] */
        TEST_INT_FP_D(625, 0x43dfffffffffffff, FF_NX, 0x7fffffffffffffff, fcvt.d.l fa3, a1, rdn) /* d(0x7fffffffffffffff) [rdn] */
        TEST_INT_FP_D(626, 0xc3e0000000000000, FF_NX, 0x8000000000000001, fcvt.d.l fa3, a1, rdn) /* d(0x8000000000000001) [rdn] */
        TEST_INT_FP_D(627, 0x43e0000000000000, FF_NX, 0x7fffffffffffffff, fcvt.d.l fa3, a1, rup) /* d(0x7fffffffffffffff) [rup] */
        TEST_INT_FP_D(628, 0xc3dfffffffffffff, FF_NX, 0x8000000000000001, fcvt.d.l fa3, a1, rup) /* d(0x8000000000000001) [rup] */
        TEST_INT_FP_D(629, 0x43e0000000000000, FF_NX, 0x7fffffffffffffff, fcvt.d.l fa3, a1, rmm) /* d(0x7fffffffffffffff) [rmm] */
        TEST_INT_FP_D(630, 0xc3e0000000000000, FF_NX, 0x8000000000000001, fcvt.d.l fa3, a1, rmm) /* d(0x8000000000000001) [rmm] */
        TEST_INT_FP_D(631, 0x43dfffffffffffff, FF_NX, 0x7fffffffffffffff, csrwi frm, RM_RTZ; fcvt.d.l fa3, a1; csrwi frm, 0) /* d(0x7fffffffffffffff) [frm=rtz] */
        TEST_INT_FP_D(632, 0x0000000000000000, 0, 0x0, fcvt.d.lu fa3, a1) /* d(0x0) */
        TEST_INT_FP_D(633, 0x3ff0000000000000, 0, 0x1, fcvt.d.lu fa3, a1) /* d(0x1) */
        TEST_INT_FP_D(634, 0x43f0000000000000, FF_NX, 0xffffffffffffffff, fcvt.d.lu fa3, a1) /* d(0xffffffffffffffff) */
        TEST_INT_FP_D(635, 0x43e0000000000000, 0, 0x8000000000000000, fcvt.d.lu fa3, a1) /* d(0x8000000000000000) */
        TEST_INT_FP_D(636, 0x41c0000000800000, 0, 0x20000001, fcvt.d.lu fa3, a1) /* d(0x20000001) */
        TEST_INT_FP_D(637, 0x4340000000000000, FF_NX, 0x20000000000001, fcvt.d.lu fa3, a1) /* d(0x20000000000001) */
        TEST_INT_FP_D(638, 0x41efffffffe00000, 0, 0xffffffff, fcvt.d.lu fa3, a1) /* d(0xffffffff) */
        TEST_INT_FP_D(639, 0x43e0000000000001, FF_NX, 0x8000000000000801, fcvt.d.lu fa3, a1) /* d(0x8000000000000801) */
        TEST_INT_FP_D(640, 0x43efffffffffffff, FF_NX, 0xffffffffffffffff, fcvt.d.lu fa3, a1, rtz) /* d(0xffffffffffffffff) [rtz] */
        TEST_INT_FP_D(641, 0x4340000000000001, FF_NX, 0x20000000000003, fcvt.d.lu fa3, a1, rtz) /* d(0x20000000000003) [rtz] */
        TEST_INT_FP_D(642, 0x43efffffffffffff, FF_NX, 0xffffffffffffffff, fcvt.d.lu fa3, a1, rdn) /* d(0xffffffffffffffff) [rdn] */
        TEST_INT_FP_D(643, 0x4340000000000001, FF_NX, 0x20000000000003, fcvt.d.lu fa3, a1, rdn) /* d(0x20000000000003) [rdn] */
        TEST_INT_FP_D(644, 0x43f0000000000000, FF_NX, 0xffffffffffffffff, fcvt.d.lu fa3, a1, rup) /* d(0xffffffffffffffff) [rup] */
        TEST_INT_FP_D(645, 0x4340000000000002, FF_NX, 0x20000000000003, fcvt.d.lu fa3, a1, rup) /* d(0x20000000000003) [rup] */
        TEST_INT_FP_D(646, 0x43f0000000000000, FF_NX, 0xffffffffffffffff, fcvt.d.lu fa3, a1, rmm) /* d(0xffffffffffffffff) [rmm] */
        TEST_INT_FP_D(647, 0x4340000000000002, FF_NX, 0x20000000000003, fcvt.d.lu fa3, a1, rmm) /* d(0x20000000000003) [rmm] */
        TEST_INT_FP_D(648, 0x43efffffffffffff, FF_NX, 0xffffffffffffffff, csrwi frm, RM_RTZ; fcvt.d.lu fa3, a1; csrwi frm, 0) /* d(0xffffffffffffffff) [frm=rtz] */

/* ---- fcvt.s.d: double to single, rounded ----------------------------------- */
        TEST_FP_D(649, 0xffffffff3fc00000, 0, 0x3ff8000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(1.5) */
        TEST_FP_D(650, 0xffffffff80000000, 0, 0x8000000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(-0) */
        TEST_FP_D(651, 0xffffffff7f800000, 0, 0x7ff0000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(inf) */
        TEST_FP_D(652, 0xffffffffff800000, 0, 0xfff0000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(-inf) */
        TEST_FP_D(653, 0xffffffff7fc00000, 0, 0x7ff8000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(qnan) */
        TEST_FP_D(654, 0xffffffff7fc00000, FF_NV, 0x7ff0000000000001, 0, 0, fcvt.s.d fa3, fa0) /* single(snan) */
        TEST_FP_D(655, 0xffffffff7fc00000, 0, 0xfff8000000012345, 0, 0, fcvt.s.d fa3, fa0) /* single(0xfff8000000012345) */
        TEST_FP_D(656, 0xffffffff3eaaaaab, FF_NX, 0x3fd5555555555555, 0, 0, fcvt.s.d fa3, fa0) /* single(0x3fd5555555555555) */
        TEST_FP_D(657, 0xffffffff3eaaaaaa, FF_NX, 0x3fd5555555555555, 0, 0, fcvt.s.d fa3, fa0, rtz) /* single(0x3fd5555555555555) [rtz] */
        TEST_FP_D(658, 0xffffffff3eaaaaab, FF_NX, 0x3fd5555555555555, 0, 0, fcvt.s.d fa3, fa0, rup) /* single(0x3fd5555555555555) [rup] */
        TEST_FP_D(659, 0xffffffffbeaaaaab, FF_NX, 0xbfd5555555555555, 0, 0, fcvt.s.d fa3, fa0, rdn) /* single(0xbfd5555555555555) [rdn] */
        TEST_FP_D(660, 0xffffffffbeaaaaaa, FF_NX, 0xbfd5555555555555, 0, 0, fcvt.s.d fa3, fa0, rup) /* single(0xbfd5555555555555) [rup] */
        TEST_FP_D(661, 0xffffffff3f800000, FF_NX, 0x3ff0000010000000, 0, 0, fcvt.s.d fa3, fa0) /* single((1+2^-24)) */
        TEST_FP_D(662, 0xffffffff3f800001, FF_NX, 0x3ff0000010000000, 0, 0, fcvt.s.d fa3, fa0, rmm) /* single((1+2^-24)) [rmm] */
        TEST_FP_D(663, 0xffffffff3f800001, FF_NX, 0x3ff0000010000000, 0, 0, csrwi frm, RM_RUP; fcvt.s.d fa3, fa0; csrwi frm, 0) /* single((1+2^-24)) [frm=rup] */
        TEST_FP_D(664, 0xffffffff3f800002, FF_NX, 0x3ff0000030000000, 0, 0, fcvt.s.d fa3, fa0) /* single((1+3*2^-24)) */
        TEST_FP_D(665, 0xffffffff3f800001, FF_NX, 0x3ff0000030000000, 0, 0, fcvt.s.d fa3, fa0, rtz) /* single((1+3*2^-24)) [rtz] */
        TEST_FP_D(666, 0xffffffff7f800000, FF_OF|FF_NX, 0x7fefffffffffffff, 0, 0, fcvt.s.d fa3, fa0) /* single(max) */
        TEST_FP_D(667, 0xffffffff7f7fffff, FF_OF|FF_NX, 0x7fefffffffffffff, 0, 0, fcvt.s.d fa3, fa0, rtz) /* single(max) [rtz] */
        TEST_FP_D(668, 0xffffffffff7fffff, FF_OF|FF_NX, 0xffefffffffffffff, 0, 0, fcvt.s.d fa3, fa0, rup) /* single(-max) [rup] */
        TEST_FP_D(669, 0xffffffff7f800000, FF_OF|FF_NX, 0x47f0000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(2^128) */
        TEST_FP_D(670, 0xffffffff7f7fffff, 0, 0x47efffffe0000000, 0, 0, fcvt.s.d fa3, fa0) /* single(3.4028234663852886e+38) */
        TEST_FP_D(671, 0xffffffff7f800000, FF_OF|FF_NX, 0x47effffff0000000, 0, 0, fcvt.s.d fa3, fa0) /* single(3.4028235677973366e+38) */
        TEST_FP_D(672, 0xffffffff7f7fffff, FF_NX, 0x47effffff0000000, 0, 0, fcvt.s.d fa3, fa0, rtz) /* single(3.4028235677973366e+38) [rtz] */
        TEST_FP_D(673, 0xffffffff00000001, 0, 0x36a0000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(2^-149) */
        TEST_FP_D(674, 0xffffffff00000000, FF_UF|FF_NX, 0x3690000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(2^-150) */
        TEST_FP_D(675, 0xffffffff00000001, FF_UF|FF_NX, 0x3690000000000000, 0, 0, fcvt.s.d fa3, fa0, rup) /* single(2^-150) [rup] */
        TEST_FP_D(676, 0xffffffff00000001, FF_UF|FF_NX, 0x3698000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(3*2^-151) */
        TEST_FP_D(677, 0xffffffff00800000, 0, 0x3810000000000000, 0, 0, fcvt.s.d fa3, fa0) /* single(2^-126) */
        TEST_FP_D(678, 0xffffffff00800000, FF_NX, 0x380ffffff0000000, 0, 0, fcvt.s.d fa3, fa0) /* single(1.1754943157898259e-38) */
        TEST_FP_D(679, 0xffffffff007fffff, FF_UF|FF_NX, 0x380ffffff0000000, 0, 0, fcvt.s.d fa3, fa0, rtz) /* single(1.1754943157898259e-38) [rtz] */
        TEST_FP_D(680, 0xffffffff00000000, FF_UF|FF_NX, 0x0000000000000001, 0, 0, fcvt.s.d fa3, fa0) /* single(minsub) */
        TEST_FP_D(681, 0xffffffff00000001, FF_UF|FF_NX, 0x0000000000000001, 0, 0, fcvt.s.d fa3, fa0, rup) /* single(minsub) [rup] */
        TEST_FP_D(682, 0xffffffff80000001, FF_UF|FF_NX, 0x8000000000000001, 0, 0, fcvt.s.d fa3, fa0, rdn) /* single(-minsub) [rdn] */
        TEST_FP_D(683, 0xffffffff80000000, FF_UF|FF_NX, 0x8000000000000001, 0, 0, fcvt.s.d fa3, fa0) /* single(-minsub) */

/* ---- fcvt.d.s: single to double, always exact ------------------------------ */
        TEST_FP_S_TO_D(684, 0x3ff8000000000000, 0, 0x3fc00000, fcvt.d.s fa3, fa0) /* double(1.5) */
        TEST_FP_S_TO_D(685, 0xbff0000000000000, 0, 0xbf800000, fcvt.d.s fa3, fa0) /* double(-1) */
        TEST_FP_S_TO_D(686, 0x8000000000000000, 0, 0x80000000, fcvt.d.s fa3, fa0) /* double(-0) */
        TEST_FP_S_TO_D(687, 0x0000000000000000, 0, 0x00000000, fcvt.d.s fa3, fa0) /* double(+0) */
        TEST_FP_S_TO_D(688, 0x7ff0000000000000, 0, 0x7f800000, fcvt.d.s fa3, fa0) /* double(inf) */
        TEST_FP_S_TO_D(689, 0xfff0000000000000, 0, 0xff800000, fcvt.d.s fa3, fa0) /* double(-inf) */
        TEST_FP_S_TO_D(690, 0x7ff8000000000000, 0, 0x7fc00000, fcvt.d.s fa3, fa0) /* double(qnan) */
        TEST_FP_S_TO_D(691, 0x7ff8000000000000, FF_NV, 0x7f800001, fcvt.d.s fa3, fa0) /* double(snan) */
        TEST_FP_S_TO_D(692, 0x7ff8000000000000, 0, 0xffc12345, fcvt.d.s fa3, fa0) /* double(0xffc12345) */
        TEST_FP_S_TO_D(693, 0x7ff8000000000000, FF_NV, 0x7f812345, fcvt.d.s fa3, fa0) /* double(0x7f812345) */
        TEST_FP_S_TO_D(694, 0x47efffffe0000000, 0, 0x7f7fffff, fcvt.d.s fa3, fa0) /* double(max) */
        TEST_FP_S_TO_D(695, 0xc7efffffe0000000, 0, 0xff7fffff, fcvt.d.s fa3, fa0) /* double(-max) */
        TEST_FP_S_TO_D(696, 0x36a0000000000000, 0, 0x00000001, fcvt.d.s fa3, fa0) /* double(minsub) */
        TEST_FP_S_TO_D(697, 0xb6a0000000000000, 0, 0x80000001, fcvt.d.s fa3, fa0) /* double(-minsub) */
        TEST_FP_S_TO_D(698, 0x3810000000000000, 0, 0x00800000, fcvt.d.s fa3, fa0) /* double(minnorm) */
        TEST_FP_S_TO_D(699, 0x3800000040000000, 0, 0x00400001, fcvt.d.s fa3, fa0) /* double(0x400001) */
        TEST_FP_S_TO_D(700, 0x3fd5555560000000, 0, 0x3eaaaaab, fcvt.d.s fa3, fa0) /* double(0x3eaaaaab) */

/* ---- fmv.x.d / fmv.d.x: raw 64 bits, no flags, no canonicalisation ------- */
        TEST_CASE(701, a0, 0x8000000000000000, li a1, 0x8000000000000000; fmv.d.x fa0, a1; fmv.x.d a0, fa0)
        TEST_CASE(702, a0, 0x123456789abcdef0, li a1, 0x123456789abcdef0; fmv.d.x fa0, a1; fmv.x.d a0, fa0)
        TEST_CASE(703, a0, 0x7ff0000000000001,
                  fsflags zero; li a1, 0x7ff0000000000001; fmv.d.x fa0, a1; fmv.x.d a0, fa0)
        CHECK_FFLAGS(0)
        TEST_CASE(704, a0, 0xfff8000000abcdef, li a1, 0xfff8000000abcdef; fmv.d.x fa0, a1; fmv.x.d a0, fa0)
        TEST_CASE(705, x0, 0, li a1, 5; fmv.d.x fa0, a1; fmv.x.d x0, fa0)

/* ---- fld / fsd ------------------------------------------------------------ */
        TEST_CASE(706, a0, 0x400921fb54442d18, la a1, fp_data; fld fa0, 0(a1); fmv.x.d a0, fa0)
        TEST_CASE(707, a0, 0x7ff0000000000001,
                  fsflags zero; la a1, fp_data; fld fa0, 8(a1); fmv.x.d a0, fa0)
        CHECK_FFLAGS(0)
        TEST_CASE(708, a0, 0xbff0000000000000, la a1, fp_data + 32; fld fa0, -16(a1); fmv.x.d a0, fa0)
        TEST_CASE(709, a0, 0x0000000000000001, la a1, fp_data + 24; fld fa0, 0(a1); fmv.x.d a0, fa0)
        TEST_CASE(710, a0, 0xc00921fb54442d18,
                  la a1, fp_store; li a2, 0xc00921fb54442d18; fmv.d.x fa0, a2; fsd fa0, 8(a1);
                  ld a0, 8(a1))
        TEST_CASE(711, a0, 0x5a5a5a5a5a5a5a5a,
                  la a1, fp_store; li a2, 0x5a5a5a5a5a5a5a5a; sd a2, 0(a1); sd a2, 16(a1);
                  li a2, 0x7ff0000000000001; fmv.d.x fa0, a2; fsd fa0, 8(a1); ld a0, 16(a1))
        TEST_CASE(712, a0, 0x5a5a5a5a5a5a5a5a, ld a0, 0(a1))
        TEST_CASE(713, a0, 0x7ff0000000000001, ld a0, 8(a1))
        /* fsd stores all 64 bits, NaN-boxed singles included */
        TEST_CASE(714, a0, 0xffffffff3f800000,
                  la a1, fp_store + 24; li a2, 0x3f800000; fmv.w.x fa0, a2; fsd fa0, -24(a1);
                  ld a0, -24(a1))
        /* store then load back */
        TEST_CASE(715, a0, 0x3fd5555555555555,
                  la a1, fp_store; li a2, 0x3fd5555555555555; fmv.d.x fa1, a2; fsd fa1, 16(a1);
                  fld fa2, 16(a1); fmv.x.d a0, fa2)

/* ---- a NaN-boxed single seen by a double operation is a quiet NaN --------- */
        TEST_CASE(716, a0, 0x7ff8000000000000,
                  li a1, 0x3f800000; fmv.w.x fa0, a1; FP_SET_D(fa1, 0x3ff0000000000000);
                  fsflags zero; fadd.d fa3, fa0, fa1; fmv.x.d a0, fa3)
        CHECK_FFLAGS(0)
        TEST_CASE(717, a0, 0x200, li a1, 0x3f800000; fmv.w.x fa0, a1; fclass.d a0, fa0)

/* ---- fflags accumulate until cleared ------------------------------------- */
        TEST_BEGIN(718)
        fsflags zero
        FP_SET_D(fa0, 0x3ff0000000000000)   /* 1 */
        FP_SET_D(fa1, 0x8000000000000000)   /* -0 */
        FP_SET_D(fa2, 0x7fefffffffffffff)   /* max */
        fdiv.d fa3, fa0, fa1                /* DZ */
        fadd.d fa3, fa2, fa2                /* OF, NX */
        fsqrt.d fa3, fa1                    /* exact -0 */
        CHECK_FFLAGS(FF_DZ | FF_OF | FF_NX)
        flt.d a0, fa0, fa3
        CHECK_FFLAGS(FF_DZ | FF_OF | FF_NX)
        fsflags zero
        CHECK_FFLAGS(0)

/* ---- invalid rounding modes ----------------------------------------------- */
        TEST_TRAP(719, CAUSE_ILLEGAL_INSN,
                  FP_SET_D(fa3, 0x123456789abcdef0); FP_SET_D(fa0, 0x3ff0000000000000);
                  csrwi frm, 5; fadd.d fa3, fa0, fa0)
        csrwi frm, 0
        TEST_CASE(720, a0, 0x123456789abcdef0, fmv.x.d a0, fa3)
        TEST_TRAP(721, CAUSE_ILLEGAL_INSN, csrwi frm, 6; fdiv.d fa3, fa0, fa0)
        csrwi frm, 0
        TEST_TRAP(722, CAUSE_ILLEGAL_INSN, csrwi frm, 7; fcvt.s.d fa3, fa0)
        csrwi frm, 0
        TEST_TRAP(723, CAUSE_ILLEGAL_INSN, csrwi frm, 7; fcvt.l.d a0, fa0)
        csrwi frm, 0
        TEST_TRAP(724, CAUSE_ILLEGAL_INSN, csrwi frm, 5; fnmsub.d fa3, fa0, fa0, fa0)
        csrwi frm, 0
        TEST_TRAP(725, CAUSE_ILLEGAL_INSN, .insn r 0x53, 5, 0x01, fa3, fa0, fa1)
        TEST_TRAP(726, CAUSE_ILLEGAL_INSN, .insn r 0x53, 6, 0x2d, fa3, fa0, x0)
        TEST_FP_D(727, 0x3ff0000000000000, FF_NX, 0x3ff0000000000000, 0x3ca0000000000000, 0,
                  csrwi frm, 6; fadd.d fa3, fa0, fa1, rdn; csrwi frm, 0)
        TEST_FP_D(728, 0xbff0000000000000, 0, 0x3ff0000000000000, 0xc000000000000000, 0,
                  csrwi frm, 7; fsgnj.d fa3, fa0, fa1; csrwi frm, 0)
        TEST_FP_D(729, 0x4000000000000000, 0, 0x3ff0000000000000, 0x4000000000000000, 0,
                  csrwi frm, 5; fmax.d fa3, fa0, fa1; csrwi frm, 0)

/* ---- mstatus.FS = Off disables the FPU ------------------------------------ */
        li t0, MSTATUS_FS
        csrc mstatus, t0
        la a1, fp_data
        TEST_TRAP(730, CAUSE_ILLEGAL_INSN, fadd.d fa3, fa0, fa1)
        TEST_TRAP(731, CAUSE_ILLEGAL_INSN, fmv.x.d a0, fa0)
        TEST_TRAP(732, CAUSE_ILLEGAL_INSN, fmv.d.x fa0, a0)
        TEST_TRAP(733, CAUSE_ILLEGAL_INSN, fld fa0, 0(a1))
        TEST_TRAP(734, CAUSE_ILLEGAL_INSN, fsd fa0, 0(a1))
        TEST_TRAP(735, CAUSE_ILLEGAL_INSN, fcvt.d.l fa0, a0)
        TEST_TRAP(736, CAUSE_ILLEGAL_INSN, csrr a0, frm)
        li t0, MSTATUS_FS_INIT
        csrs mstatus, t0
        TEST_FP_D(737, 0x4000000000000000, 0, 0x3ff0000000000000, 0x3ff0000000000000, 0, fadd.d fa3, fa0, fa1)

TEST_PROGRAM_END

        .data
        .balign 8
fp_data:
        .dword 0x400921fb54442d18       /* pi */
        .dword 0x7ff0000000000001       /* a signaling NaN */
        .dword 0xbff0000000000000       /* -1 */
        .dword 0x0000000000000001       /* smallest subnormal */
        .balign 8
fp_store:
        .dword 0, 0, 0, 0
