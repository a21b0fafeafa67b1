//! fadd, fsub, fmul, fdiv, fsqrt and the fused multiply-adds: rounding modes,
//! overflow, underflow, NaN handling, NaN-boxing.

use super::*;
use Op::*;

const S_MAX: u32 = 0x7f7f_ffff;
const D_MAX: u64 = 0x7fef_ffff_ffff_ffff;

#[test]
fn one_third_rounds_per_mode() {
    check(&[
        (FdivS, RNE, sf(1.0), sf(3.0), 0, s(0x3eaa_aaab), NX),
        (FdivS, RTZ, sf(1.0), sf(3.0), 0, s(0x3eaa_aaaa), NX),
        (FdivS, RDN, sf(1.0), sf(3.0), 0, s(0x3eaa_aaaa), NX),
        (FdivS, RUP, sf(1.0), sf(3.0), 0, s(0x3eaa_aaab), NX),
        (FdivS, RMM, sf(1.0), sf(3.0), 0, s(0x3eaa_aaab), NX),
        (FdivS, RNE, sf(-1.0), sf(3.0), 0, s(0xbeaa_aaab), NX),
        (FdivS, RTZ, sf(-1.0), sf(3.0), 0, s(0xbeaa_aaaa), NX),
        (FdivS, RDN, sf(-1.0), sf(3.0), 0, s(0xbeaa_aaab), NX),
        (FdivS, RUP, sf(-1.0), sf(3.0), 0, s(0xbeaa_aaaa), NX),
        (FdivD, RNE, df(1.0), df(3.0), 0, 0x3fd5_5555_5555_5555, NX),
        (FdivD, RTZ, df(1.0), df(3.0), 0, 0x3fd5_5555_5555_5555, NX),
        (FdivD, RDN, df(1.0), df(3.0), 0, 0x3fd5_5555_5555_5555, NX),
        (FdivD, RUP, df(1.0), df(3.0), 0, 0x3fd5_5555_5555_5556, NX),
        (FdivD, RMM, df(1.0), df(3.0), 0, 0x3fd5_5555_5555_5555, NX),
    ]);
}

#[test]
fn exact_ties_separate_even_from_max_magnitude() {
    // 1 + 2^-24 (single) and 1 + 2^-53 (double) lie exactly halfway between
    // 1.0 and the next value up: RNE picks even (1.0), RMM picks away.
    let s_half_ulp = s(0x3380_0000);
    let d_half_ulp = 0x3ca0_0000_0000_0000;
    check(&[
        (FaddS, RNE, sf(1.0), s_half_ulp, 0, sf(1.0), NX),
        (FaddS, RMM, sf(1.0), s_half_ulp, 0, s(0x3f80_0001), NX),
        (FaddS, RTZ, sf(1.0), s_half_ulp, 0, sf(1.0), NX),
        (FaddS, RDN, sf(1.0), s_half_ulp, 0, sf(1.0), NX),
        (FaddS, RUP, sf(1.0), s_half_ulp, 0, s(0x3f80_0001), NX),
        (FaddD, RNE, df(1.0), d_half_ulp, 0, df(1.0), NX),
        (
            FaddD,
            RMM,
            df(1.0),
            d_half_ulp,
            0,
            0x3ff0_0000_0000_0001,
            NX,
        ),
        (
            FaddD,
            RUP,
            df(1.0),
            d_half_ulp,
            0,
            0x3ff0_0000_0000_0001,
            NX,
        ),
        // Below 1.0 the spacing halves, so 1 - 2^-53 is exact.
        (FsubD, RDN, df(1.0), d_half_ulp, 0, 0x3fef_ffff_ffff_ffff, 0),
    ]);
}

#[test]
fn overflow_gives_infinity_or_max_finite_by_mode() {
    let two = sf(2.0);
    check(&[
        (FmulS, RNE, s(S_MAX), two, 0, s(0x7f80_0000), OF | NX),
        (FmulS, RTZ, s(S_MAX), two, 0, s(S_MAX), OF | NX),
        (FmulS, RDN, s(S_MAX), two, 0, s(S_MAX), OF | NX),
        (FmulS, RUP, s(S_MAX), two, 0, s(0x7f80_0000), OF | NX),
        (FmulS, RMM, s(S_MAX), two, 0, s(0x7f80_0000), OF | NX),
        (FmulS, RNE, s(0xff7f_ffff), two, 0, s(0xff80_0000), OF | NX),
        (FmulS, RTZ, s(0xff7f_ffff), two, 0, s(0xff7f_ffff), OF | NX),
        (FmulS, RDN, s(0xff7f_ffff), two, 0, s(0xff80_0000), OF | NX),
        (FmulS, RUP, s(0xff7f_ffff), two, 0, s(0xff7f_ffff), OF | NX),
        (FaddD, RNE, D_MAX, D_MAX, 0, 0x7ff0_0000_0000_0000, OF | NX),
        (FaddD, RTZ, D_MAX, D_MAX, 0, D_MAX, OF | NX),
        (FaddD, RUP, D_MAX, D_MAX, 0, 0x7ff0_0000_0000_0000, OF | NX),
        (FaddD, RDN, D_MAX, D_MAX, 0, D_MAX, OF | NX),
        (FaddD, RMM, D_MAX, D_MAX, 0, 0x7ff0_0000_0000_0000, OF | NX),
    ]);
}

#[test]
fn underflow_and_subnormal_rounding() {
    // Half the smallest subnormal (2^-150, 2^-1075) is a tie between 0 and it.
    check(&[
        (FmulS, RNE, s(1), sf(0.5), 0, s(0), UF | NX),
        (FmulS, RMM, s(1), sf(0.5), 0, s(1), UF | NX),
        (FmulS, RUP, s(1), sf(0.5), 0, s(1), UF | NX),
        (FmulS, RTZ, s(1), sf(0.5), 0, s(0), UF | NX),
        (
            FmulS,
            RDN,
            s(0x8000_0001),
            sf(0.5),
            0,
            s(0x8000_0001),
            UF | NX,
        ),
        (FmulD, RNE, 1, df(0.5), 0, 0, UF | NX),
        (FmulD, RMM, 1, df(0.5), 0, 1, UF | NX),
        (FmulD, RUP, 1, df(0.5), 0, 1, UF | NX),
        (FmulD, RDN, 1, df(0.5), 0, 0, UF | NX),
        // An exact subnormal result is tiny but not inexact: no flags at all.
        (FmulD, RNE, 2, df(0.5), 0, 1, 0),
        (FdivS, RNE, s(0x0080_0000), sf(4.0), 0, s(0x0020_0000), 0),
        // Tininess is detected after rounding: (2^-126)(1 - 2^-46) rounds up
        // to the smallest normal under RNE (no UF), but down to a subnormal
        // under RTZ (UF).
        (
            FmulS,
            RNE,
            s(0x3f80_0001),
            s(0x007f_ffff),
            0,
            s(0x0080_0000),
            NX,
        ),
        (
            FmulS,
            RTZ,
            s(0x3f80_0001),
            s(0x007f_ffff),
            0,
            s(0x007f_ffff),
            UF | NX,
        ),
    ]);
}

#[test]
fn exact_zero_sums_are_negative_only_rounding_down() {
    check(&[
        (FsubS, RNE, sf(1.0), sf(1.0), 0, sf(0.0), 0),
        (FsubS, RDN, sf(1.0), sf(1.0), 0, sf(-0.0), 0),
        (FaddD, RUP, df(2.5), df(-2.5), 0, df(0.0), 0),
        (FaddD, RDN, df(2.5), df(-2.5), 0, df(-0.0), 0),
        (FaddD, RNE, df(-0.0), df(-0.0), 0, df(-0.0), 0),
    ]);
}

#[test]
fn nan_results_are_canonical_and_only_signaling_or_invalid_raises_nv() {
    let s_snan = s(0x7f80_0001);
    let s_qnan_payload = s(0xffc1_2345);
    let d_snan = 0x7ff0_0000_0000_0001;
    let d_qnan_payload = 0xfff8_dead_beef_0000;
    let (s_inf, d_inf) = (s(0x7f80_0000), 0x7ff0_0000_0000_0000);
    check(&[
        (FaddS, RNE, s_snan, sf(1.0), 0, S_NAN, NV),
        (FaddS, RNE, s_qnan_payload, sf(1.0), 0, S_NAN, 0),
        (FsubS, RNE, s_inf, s_inf, 0, S_NAN, NV),
        (FmulS, RNE, s_inf, sf(0.0), 0, S_NAN, NV),
        (FdivS, RNE, sf(0.0), sf(0.0), 0, S_NAN, NV),
        (FdivS, RNE, sf(-1.0), sf(0.0), 0, s(0xff80_0000), DZ),
        (FsqrtS, RNE, sf(-1.0), 0, 0, S_NAN, NV),
        (FaddD, RNE, d_snan, df(1.0), 0, D_NAN, NV),
        (FmulD, RNE, d_qnan_payload, df(1.0), 0, D_NAN, 0),
        (FaddD, RNE, d_inf, df(-f64::INFINITY), 0, D_NAN, NV),
        (FdivD, RNE, d_inf, d_inf, 0, D_NAN, NV),
        (FdivD, RNE, df(1.0), df(-0.0), 0, 0xfff0_0000_0000_0000, DZ),
        (FdivD, RNE, df(1.0), d_inf, 0, df(0.0), 0),
        (FsqrtD, RNE, df(-1.0), 0, 0, D_NAN, NV),
        (FsqrtD, RNE, d_snan, 0, 0, D_NAN, NV),
    ]);
}

#[test]
fn sqrt_rounds_and_keeps_negative_zero() {
    check(&[
        (FsqrtS, RNE, sf(2.0), 0, 0, s(0x3fb5_04f3), NX),
        (FsqrtS, RTZ, sf(2.0), 0, 0, s(0x3fb5_04f3), NX),
        (FsqrtS, RUP, sf(2.0), 0, 0, s(0x3fb5_04f4), NX),
        (FsqrtS, RNE, sf(-0.0), 0, 0, sf(-0.0), 0),
        (FsqrtS, RNE, sf(16.0), 0, 0, sf(4.0), 0),
        (FsqrtD, RNE, df(2.0), 0, 0, 0x3ff6_a09e_667f_3bcd, NX),
        (FsqrtD, RDN, df(2.0), 0, 0, 0x3ff6_a09e_667f_3bcc, NX),
        (FsqrtD, RNE, df(-0.0), 0, 0, df(-0.0), 0),
        (
            FsqrtD,
            RNE,
            0x7ff0_0000_0000_0000,
            0,
            0,
            0x7ff0_0000_0000_0000,
            0,
        ),
    ]);
}

#[test]
fn single_inputs_must_be_nan_boxed_and_results_are_boxed() {
    let unboxed_one = 0x0000_0000_3f80_0000;
    let half_boxed_one = 0xffff_fffe_3f80_0000;
    check(&[
        (FaddS, RNE, unboxed_one, sf(1.0), 0, S_NAN, 0),
        (FaddS, RNE, sf(1.0), half_boxed_one, 0, S_NAN, 0),
        (FmulS, RNE, sf(1.5), sf(2.0), 0, 0xffff_ffff_4040_0000, 0),
        (FsqrtS, RNE, unboxed_one, 0, 0, S_NAN, 0),
        (FmaddS, RNE, sf(1.0), sf(1.0), unboxed_one, S_NAN, 0),
    ]);
}

#[test]
fn fused_multiply_add_signs() {
    let (two, three, one) = (sf(2.0), sf(3.0), sf(1.0));
    check(&[
        (FmaddS, RNE, two, three, one, sf(7.0), 0),
        (FmsubS, RNE, two, three, one, sf(5.0), 0),
        (FnmsubS, RNE, two, three, one, sf(-5.0), 0),
        (FnmaddS, RNE, two, three, one, sf(-7.0), 0),
        (FmaddD, RNE, df(2.0), df(3.0), df(1.0), df(7.0), 0),
        (FmsubD, RNE, df(2.0), df(3.0), df(1.0), df(5.0), 0),
        (FnmsubD, RNE, df(2.0), df(3.0), df(1.0), df(-5.0), 0),
        (FnmaddD, RNE, df(2.0), df(3.0), df(1.0), df(-7.0), 0),
        // Signs of exact zeros: fnmadd is -(a*b) - c, so -(+0) - (+0) = -0;
        // fnmsub is -(a*b) + c, so -(+0) + (+0) = +0 (RNE) but -0 under RDN.
        (FnmaddS, RNE, one, sf(0.0), sf(0.0), sf(-0.0), 0),
        (FnmsubS, RNE, one, sf(0.0), sf(0.0), sf(0.0), 0),
        (FnmsubS, RDN, one, sf(0.0), sf(0.0), sf(-0.0), 0),
        (FmaddD, RNE, df(1.0), df(0.0), df(-0.0), df(0.0), 0),
        (FmaddD, RDN, df(1.0), df(0.0), df(-0.0), df(-0.0), 0),
        (FmsubD, RNE, df(-1.0), df(0.0), df(0.0), df(-0.0), 0),
    ]);
}

#[test]
fn fused_multiply_add_rounds_once() {
    // (1 + 2^-30)^2 - (1 + 2^-29) = 2^-60 exactly; rounding the product
    // first would lose it and give 0.
    let a = 0x3ff0_0000_0040_0000;
    let c = 0xbff0_0000_0080_0000;
    check(&[
        (FmaddD, RNE, a, a, c, 0x3c30_0000_0000_0000, 0),
        (FmsubD, RNE, a, a, c ^ (1 << 63), 0x3c30_0000_0000_0000, 0),
        (FnmaddD, RNE, a, a, c, 0xbc30_0000_0000_0000, 0),
        // Single: (1 + 2^-12)^2 - (1 + 2^-11) = 2^-24.
        (
            FmaddS,
            RNE,
            s(0x3f80_0800),
            s(0x3f80_0800),
            s(0xbf80_1000),
            s(0x3380_0000),
            0,
        ),
    ]);
}

#[test]
fn fused_multiply_add_invalid_cases() {
    let (s_inf, d_inf) = (s(0x7f80_0000), 0x7ff0_0000_0000_0000);
    check(&[
        // inf * 0 + qNaN must raise NV (the spec overrides IEEE's option).
        (FmaddS, RNE, s_inf, sf(0.0), S_NAN, S_NAN, NV),
        (FmaddD, RNE, df(0.0), d_inf, D_NAN, D_NAN, NV),
        (FnmaddD, RNE, d_inf, df(0.0), D_NAN, D_NAN, NV),
        (FmaddS, RNE, s_inf, sf(0.0), sf(1.0), S_NAN, NV),
        // inf - inf in the addition.
        (FmsubD, RNE, d_inf, df(1.0), d_inf, D_NAN, NV),
        (FmaddD, RNE, d_inf, df(1.0), d_inf, d_inf, 0),
        // NaN operands: quiet ones propagate as the canonical NaN silently.
        (FmaddD, RNE, D_NAN, df(1.0), df(1.0), D_NAN, 0),
        (
            FmaddD,
            RNE,
            df(1.0),
            df(1.0),
            0x7ff0_0000_0000_0001,
            D_NAN,
            NV,
        ),
        (FnmsubS, RNE, s(0x7f80_0001), sf(1.0), sf(1.0), S_NAN, NV),
    ]);
}

#[test]
fn fused_multiply_add_overflow_per_mode() {
    let s_max = s(S_MAX);
    check(&[
        (
            FmaddS,
            RNE,
            s_max,
            sf(2.0),
            sf(0.0),
            s(0x7f80_0000),
            OF | NX,
        ),
        (FmaddS, RTZ, s_max, sf(2.0), sf(0.0), s_max, OF | NX),
        (
            FnmaddS,
            RUP,
            s_max,
            sf(2.0),
            sf(0.0),
            s(0xff7f_ffff),
            OF | NX,
        ),
        (
            FnmaddS,
            RDN,
            s_max,
            sf(2.0),
            sf(0.0),
            s(0xff80_0000),
            OF | NX,
        ),
    ]);
}
