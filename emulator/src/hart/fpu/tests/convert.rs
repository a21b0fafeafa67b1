//! Conversions to and from integers, between precisions, and the moves.

use super::*;
use Op::*;

const S_SNAN: u64 = s(0x7f80_0001);
const S_INF: u64 = s(0x7f80_0000);
const S_NEG_INF: u64 = s(0xff80_0000);
const D_INF: u64 = 0x7ff0_0000_0000_0000;
const D_NEG_INF: u64 = 0xfff0_0000_0000_0000;
/// i32::MIN and u32::MAX as RV64 writes them: sign-extended.
const W_MIN: u64 = 0xffff_ffff_8000_0000;
const WU_MAX: u64 = u64::MAX;
const W_MAX: u64 = 0x7fff_ffff;

#[test]
fn halves_round_to_integer_per_mode() {
    check(&[
        (FcvtWS, RNE, sf(2.5), 0, 0, 2, NX),
        (FcvtWS, RTZ, sf(2.5), 0, 0, 2, NX),
        (FcvtWS, RDN, sf(2.5), 0, 0, 2, NX),
        (FcvtWS, RUP, sf(2.5), 0, 0, 3, NX),
        (FcvtWS, RMM, sf(2.5), 0, 0, 3, NX),
        (FcvtWS, RNE, sf(-2.5), 0, 0, -2i64 as u64, NX),
        (FcvtWS, RTZ, sf(-2.5), 0, 0, -2i64 as u64, NX),
        (FcvtWS, RDN, sf(-2.5), 0, 0, -3i64 as u64, NX),
        (FcvtWS, RUP, sf(-2.5), 0, 0, -2i64 as u64, NX),
        (FcvtWS, RMM, sf(-2.5), 0, 0, -3i64 as u64, NX),
        (FcvtWS, RNE, sf(3.5), 0, 0, 4, NX),
        (FcvtLD, RNE, df(0.5), 0, 0, 0, NX),
        (FcvtLD, RMM, df(0.5), 0, 0, 1, NX),
        (FcvtLD, RUP, df(0.1), 0, 0, 1, NX),
        (FcvtLD, RDN, df(-0.1), 0, 0, u64::MAX, NX),
        (FcvtLuD, RNE, df(1.5), 0, 0, 2, NX),
        (FcvtWuD, RTZ, df(7.0), 0, 0, 7, 0),
    ]);
}

#[test]
fn to_w_saturates_and_sign_extends() {
    check(&[
        (FcvtWS, RNE, S_NAN, 0, 0, W_MAX, NV),
        (FcvtWS, RNE, s(0xffc0_0000), 0, 0, W_MAX, NV),
        (FcvtWS, RNE, S_SNAN, 0, 0, W_MAX, NV),
        (FcvtWS, RNE, S_INF, 0, 0, W_MAX, NV),
        (FcvtWS, RNE, S_NEG_INF, 0, 0, W_MIN, NV),
        (FcvtWS, RNE, sf(2147483648.0), 0, 0, W_MAX, NV),
        (FcvtWS, RNE, sf(-2147483648.0), 0, 0, W_MIN, 0),
        (FcvtWS, RNE, sf(1e10), 0, 0, W_MAX, NV),
        (FcvtWS, RNE, sf(-0.0), 0, 0, 0, 0),
        (FcvtWD, RNE, D_NAN, 0, 0, W_MAX, NV),
        (FcvtWD, RNE, D_NEG_INF, 0, 0, W_MIN, NV),
        // 2147483647.5 rounds to 2^31 under RNE (out of range: NV, not NX)
        // but to i32::MAX under RTZ (in range: NX).
        (FcvtWD, RNE, df(2147483647.5), 0, 0, W_MAX, NV),
        (FcvtWD, RTZ, df(2147483647.5), 0, 0, W_MAX, NX),
        (FcvtWD, RNE, df(-2147483648.5), 0, 0, W_MIN, NX),
        (FcvtWD, RDN, df(-2147483648.5), 0, 0, W_MIN, NV),
        (FcvtWD, RNE, df(-7.0), 0, 0, -7i64 as u64, 0),
    ]);
}

#[test]
fn to_wu_saturates_and_sign_extends_its_32_bit_result() {
    check(&[
        (FcvtWuS, RNE, S_NAN, 0, 0, WU_MAX, NV),
        (FcvtWuS, RNE, S_INF, 0, 0, WU_MAX, NV),
        (FcvtWuS, RNE, S_NEG_INF, 0, 0, 0, NV),
        (FcvtWuS, RNE, sf(-1.0), 0, 0, 0, NV),
        (FcvtWuS, RNE, sf(4294967296.0), 0, 0, WU_MAX, NV),
        // 3e9 fits in u32 but not i32; bit 31 set, so it reads back negative.
        (FcvtWuS, RNE, sf(3e9), 0, 0, 0xffff_ffff_b2d0_5e00, 0),
        (FcvtWuS, RNE, sf(1.0), 0, 0, 1, 0),
        // -0.5 rounds to -0 (=0, inexact) except under RDN, where it rounds to
        // -1, which is out of range (invalid).
        (FcvtWuS, RNE, sf(-0.5), 0, 0, 0, NX),
        (FcvtWuS, RTZ, sf(-0.5), 0, 0, 0, NX),
        (FcvtWuS, RUP, sf(-0.5), 0, 0, 0, NX),
        (FcvtWuS, RMM, sf(-0.5), 0, 0, 0, NV),
        (FcvtWuS, RDN, sf(-0.5), 0, 0, 0, NV),
        (FcvtWuS, RNE, sf(-0.0), 0, 0, 0, 0),
        (FcvtWuD, RTZ, df(4294967295.5), 0, 0, WU_MAX, NX),
        (FcvtWuD, RNE, df(4294967295.5), 0, 0, WU_MAX, NV),
        (FcvtWuD, RNE, df(-0.4), 0, 0, 0, NX),
        (FcvtWuD, RNE, D_NAN, 0, 0, WU_MAX, NV),
        (FcvtWuD, RNE, D_NEG_INF, 0, 0, 0, NV),
    ]);
}

#[test]
fn to_l_and_lu_saturate() {
    check(&[
        (FcvtLS, RNE, S_NAN, 0, 0, i64::MAX as u64, NV),
        (FcvtLS, RNE, S_INF, 0, 0, i64::MAX as u64, NV),
        (FcvtLS, RNE, S_NEG_INF, 0, 0, i64::MIN as u64, NV),
        (FcvtLS, RNE, s(0x5f00_0000), 0, 0, i64::MAX as u64, NV),
        (FcvtLS, RNE, s(0xdf00_0000), 0, 0, i64::MIN as u64, 0),
        (FcvtLuS, RNE, S_NAN, 0, 0, u64::MAX, NV),
        (FcvtLuS, RNE, S_INF, 0, 0, u64::MAX, NV),
        (FcvtLuS, RNE, S_NEG_INF, 0, 0, 0, NV),
        (FcvtLuS, RNE, sf(-1.0), 0, 0, 0, NV),
        (FcvtLuS, RNE, s(0x5f80_0000), 0, 0, u64::MAX, NV),
        (FcvtLuS, RNE, sf(-0.5), 0, 0, 0, NX),
        (FcvtLuS, RDN, sf(-0.5), 0, 0, 0, NV),
        (FcvtLD, RNE, D_NAN, 0, 0, i64::MAX as u64, NV),
        (
            FcvtLD,
            RNE,
            0x43e0_0000_0000_0000,
            0,
            0,
            i64::MAX as u64,
            NV,
        ),
        (FcvtLD, RNE, 0xc3e0_0000_0000_0000, 0, 0, i64::MIN as u64, 0),
        (FcvtLD, RNE, D_NEG_INF, 0, 0, i64::MIN as u64, NV),
        (FcvtLuD, RNE, D_NAN, 0, 0, u64::MAX, NV),
        (FcvtLuD, RNE, D_INF, 0, 0, u64::MAX, NV),
        (FcvtLuD, RNE, df(-3.0), 0, 0, 0, NV),
        (FcvtLuD, RNE, df(-0.0), 0, 0, 0, 0),
        (
            FcvtLuD,
            RNE,
            0x43ef_ffff_ffff_ffff,
            0,
            0,
            0xffff_ffff_ffff_f800,
            0,
        ),
        (FcvtLuD, RNE, 0x43f0_0000_0000_0000, 0, 0, u64::MAX, NV),
    ]);
}

#[test]
fn from_integers_rounds_per_mode() {
    let p = (1u64 << 24) + 1; // 2^24 + 1: a tie between 2^24 and 2^24 + 2
    let n = p.wrapping_neg();
    check(&[
        (FcvtSW, RNE, (-1i64) as u64, 0, 0, sf(-1.0), 0),
        // Only the low 32 bits of x[rs1] are the source of the W forms.
        (FcvtSW, RNE, 0x1234_5678_0000_0001, 0, 0, sf(1.0), 0),
        (FcvtSW, RNE, 0x0000_0000_ffff_ffff, 0, 0, sf(-1.0), 0),
        (FcvtSWu, RNE, 0xffff_ffff, 0, 0, s(0x4f80_0000), NX),
        (FcvtSWu, RTZ, 0xffff_ffff, 0, 0, s(0x4f7f_ffff), NX),
        (FcvtSL, RNE, p, 0, 0, s(0x4b80_0000), NX),
        (FcvtSL, RTZ, p, 0, 0, s(0x4b80_0000), NX),
        (FcvtSL, RDN, p, 0, 0, s(0x4b80_0000), NX),
        (FcvtSL, RUP, p, 0, 0, s(0x4b80_0001), NX),
        (FcvtSL, RMM, p, 0, 0, s(0x4b80_0001), NX),
        (FcvtSL, RDN, n, 0, 0, s(0xcb80_0001), NX),
        (FcvtSL, RUP, n, 0, 0, s(0xcb80_0000), NX),
        (FcvtSL, RNE, i64::MIN as u64, 0, 0, s(0xdf00_0000), 0),
        (FcvtSLu, RNE, u64::MAX, 0, 0, s(0x5f80_0000), NX),
        (FcvtSLu, RTZ, u64::MAX, 0, 0, s(0x5f7f_ffff), NX),
        (FcvtDW, RNE, 0x0000_0000_ffff_ffff, 0, 0, df(-1.0), 0),
        (FcvtDW, RNE, 0x8000_0000, 0, 0, df(-2147483648.0), 0),
        (
            FcvtDWu,
            RNE,
            0xffff_ffff_ffff_ffff,
            0,
            0,
            df(4294967295.0),
            0,
        ),
        (FcvtDL, RNE, (1 << 53) + 1, 0, 0, 0x4340_0000_0000_0000, NX),
        (FcvtDL, RUP, (1 << 53) + 1, 0, 0, 0x4340_0000_0000_0001, NX),
        (FcvtDL, RNE, (-3i64) as u64, 0, 0, df(-3.0), 0),
        (FcvtDLu, RNE, u64::MAX, 0, 0, 0x43f0_0000_0000_0000, NX),
        (FcvtDLu, RTZ, u64::MAX, 0, 0, 0x43ef_ffff_ffff_ffff, NX),
        (FcvtDLu, RNE, 0, 0, 0, df(0.0), 0),
    ]);
}

#[test]
fn between_precisions() {
    check(&[
        (FcvtSD, RNE, df(1.0 / 3.0), 0, 0, s(0x3eaa_aaab), NX),
        (FcvtSD, RTZ, df(1.0 / 3.0), 0, 0, s(0x3eaa_aaaa), NX),
        (FcvtSD, RNE, df(1.5), 0, 0, sf(1.5), 0),
        (FcvtSD, RNE, df(1e300), 0, 0, S_INF, OF | NX),
        (FcvtSD, RTZ, df(1e300), 0, 0, s(0x7f7f_ffff), OF | NX),
        (FcvtSD, RNE, df(1e-300), 0, 0, sf(0.0), UF | NX),
        (FcvtSD, RUP, df(1e-300), 0, 0, s(1), UF | NX),
        (FcvtSD, RNE, D_INF, 0, 0, S_INF, 0),
        (FcvtSD, RNE, 0x7ff0_0000_0000_0001, 0, 0, S_NAN, NV),
        (FcvtSD, RNE, 0xfff8_dead_beef_0000, 0, 0, S_NAN, 0),
        (FcvtDS, RNE, sf(1.5), 0, 0, df(1.5), 0),
        (FcvtDS, RNE, s(1), 0, 0, 0x36a0_0000_0000_0000, 0),
        (FcvtDS, RNE, S_NEG_INF, 0, 0, D_NEG_INF, 0),
        (FcvtDS, RNE, S_SNAN, 0, 0, D_NAN, NV),
        (FcvtDS, RNE, s(0xffc1_2345), 0, 0, D_NAN, 0),
        (FcvtDS, RNE, 0x0000_0000_3f80_0000, 0, 0, D_NAN, 0),
    ]);
}

#[test]
fn moves_copy_bits_without_checks() {
    check(&[
        (FmvXW, 0, sf(-1.0), 0, 0, 0xffff_ffff_bf80_0000, 0),
        (FmvXW, 0, sf(1.0), 0, 0, 0x3f80_0000, 0),
        // No unboxing: the low 32 bits, whatever the upper half holds.
        (FmvXW, 0, 0x1234_5678_3f80_0000, 0, 0, 0x3f80_0000, 0),
        (
            FmvXW,
            0,
            0x0000_0000_8000_0000,
            0,
            0,
            0xffff_ffff_8000_0000,
            0,
        ),
        (FmvXW, 0, S_SNAN, 0, 0, 0x7f80_0001, 0),
        (FmvWX, 0, 0x1234_5678_7f80_0001, 0, 0, S_SNAN, 0),
        (FmvWX, 0, 0xbf80_0000, 0, 0, sf(-1.0), 0),
        (
            FmvXD,
            0,
            0x7ff0_0000_0000_0001,
            0,
            0,
            0x7ff0_0000_0000_0001,
            0,
        ),
        (FmvXD, 0, sf(1.0), 0, 0, sf(1.0), 0),
        (
            FmvDX,
            0,
            0xfff8_dead_beef_0000,
            0,
            0,
            0xfff8_dead_beef_0000,
            0,
        ),
    ]);
}
