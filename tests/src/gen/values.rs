//! Interesting operand values: the edges where implementations go wrong.
//!
//! Integer values cover 0, +-1, the signed and unsigned extremes of 32 and 64
//! bits (W instructions sign-extend from bit 31), and random bits. FP values are
//! raw register bit patterns: NaN-boxed singles (upper 32 bits all ones),
//! doubles, and deliberately non-boxed patterns, which a single-precision
//! instruction must read as the canonical NaN.

use crate::rng::Rng;

/// Integer register values worth trying.
pub const INT_SPECIALS: &[u64] = &[
    0,
    1,
    2,
    u64::MAX, // -1
    u64::MAX - 1,
    i64::MIN as u64,
    i64::MAX as u64,
    i32::MIN as i64 as u64, // 0xffff_ffff_8000_0000
    i32::MAX as u64,
    0x8000_0000, // i32::MIN zero-extended
    0xffff_ffff, // u32::MAX zero-extended
    0x1_0000_0000,
    0x7ff,
    0x800,
    0xffff_ffff_ffff_f800,
    63,
    64,
    31,
    32,
];

/// Single-precision specials (32-bit patterns).
/// Single-precision specials (32-bit patterns), the most telling first: the
/// targeted suites take a prefix of this list.
pub const F32_SPECIALS: &[u32] = &[
    0x0000_0000, // +0
    0x8000_0000, // -0
    0x7f80_0000, // +inf
    0xff80_0000, // -inf
    0x7fc0_0000, // canonical qNaN
    0x7f80_0001, // sNaN
    0x0000_0001, // smallest subnormal
    0x0080_0000, // smallest normal
    0x7f7f_ffff, // largest normal
    0x3f80_0000, // 1.0
    0xbf80_0000, // -1.0
    0x3f80_0001, // 1.0 + ulp
    0x3eaa_aaab, // ~1/3
    0x4040_0000, // 3.0
    0x807f_ffff, // largest negative subnormal
    0xff7f_ffff, // most negative normal
    0xffc0_0001, // negative qNaN with payload
    0xffa0_0000, // negative sNaN with payload
    0x3f00_0000, // 0.5
    0x3fc0_0000, // 1.5
    0x4020_0000, // 2.5
    0xc020_0000, // -2.5
    0x4f00_0000, // 2^31
    0xcf00_0000, // -2^31
    0x4f80_0000, // 2^32
    0x5f00_0000, // 2^63
    0xdf00_0000, // -2^63
    0x5f80_0000, // 2^64
    0x4b00_0001, // 2^23 + 1: integral, at the edge of the fraction
    0x3dcc_cccd, // 0.1
];

/// Double-precision specials (64-bit patterns), in the same order.
pub const F64_SPECIALS: &[u64] = &[
    0x0000_0000_0000_0000, // +0
    0x8000_0000_0000_0000, // -0
    0x7ff0_0000_0000_0000, // +inf
    0xfff0_0000_0000_0000, // -inf
    0x7ff8_0000_0000_0000, // canonical qNaN
    0x7ff0_0000_0000_0001, // sNaN
    0x0000_0000_0000_0001, // smallest subnormal
    0x0010_0000_0000_0000, // smallest normal
    0x7fef_ffff_ffff_ffff, // largest normal
    0x3ff0_0000_0000_0000, // 1.0
    0xbff0_0000_0000_0000, // -1.0
    0x3ff0_0000_0000_0001, // 1.0 + ulp
    0x3fd5_5555_5555_5555, // ~1/3
    0x4008_0000_0000_0000, // 3.0
    0x800f_ffff_ffff_ffff, // largest negative subnormal
    0xffef_ffff_ffff_ffff, // most negative normal
    0xfff8_0000_0000_0001, // negative qNaN with payload
    0xfff4_0000_0000_0000, // negative sNaN
    0x3fe0_0000_0000_0000, // 0.5
    0x3ff8_0000_0000_0000, // 1.5
    0x4004_0000_0000_0000, // 2.5
    0xc004_0000_0000_0000, // -2.5
    0x41e0_0000_0000_0000, // 2^31
    0xc1e0_0000_0000_0000, // -2^31
    0x41df_ffff_ffc0_0000, // 2^31 - 1
    0x41f0_0000_0000_0000, // 2^32
    0x43e0_0000_0000_0000, // 2^63
    0xc3e0_0000_0000_0000, // -2^63
    0x43f0_0000_0000_0000, // 2^64
    0x3fb9_9999_9999_999a, // 0.1
    0x47ef_ffff_e000_0000, // f32::MAX as f64
    0x4330_0000_0000_0001, // 2^52 + 1
    0x36a0_0000_0000_0000, // 2^-149: f32's smallest subnormal as f64
    0x3690_0000_0000_0000, // 2^-150: rounds to 0 or the smallest f32 subnormal
];

/// NaN-boxes a single-precision pattern, as the hardware writes it.
pub const fn boxed(bits: u32) -> u64 {
    0xffff_ffff_0000_0000 | bits as u64
}

/// A random 64-bit integer value: a special, a small number, or random bits.
pub fn int_value(rng: &mut Rng) -> u64 {
    match rng.below(8) {
        0..=3 => *rng.pick(INT_SPECIALS),
        4 => rng.range_i64(-64, 64) as u64,
        5 => rng.next_u64() as u32 as i32 as i64 as u64, // a sign-extended 32-bit value
        _ => rng.next_u64(),
    }
}

/// A random FP register pattern. `single` says which precision the register
/// mostly serves (see `fp::freg`): a NaN-boxed single or a double, with now
/// and then the other kind or a non-boxed pattern, which single-precision
/// instructions must read as the canonical NaN.
pub fn fp_value(rng: &mut Rng, single: bool) -> u64 {
    match rng.below(16) {
        // Non-boxed: a single in the low half with an upper half that is not
        // all ones (zero, as after `fmv.d.x` of a small integer, or nearly ones).
        0 => u64::from(f32_value(rng)),
        1 => 0x7fff_ffff_0000_0000 | u64::from(f32_value(rng)),
        2 if single => f64_value(rng),
        2 => boxed(f32_value(rng)),
        _ if single => boxed(f32_value(rng)),
        _ => f64_value(rng),
    }
}

/// A single: a special, an ordinary number near 1 (where rounding modes show),
/// or random bits.
pub fn f32_value(rng: &mut Rng) -> u32 {
    match rng.below(3) {
        0 => *rng.pick(F32_SPECIALS),
        1 => {
            let sign = (rng.below(2) as u32) << 31;
            let exp = (127 + rng.range_i64(-20, 20)) as u32;
            sign | exp << 23 | (rng.next_u64() as u32 & 0x7f_ffff)
        }
        _ => rng.next_u64() as u32,
    }
}

/// A double, drawn like `f32_value`.
pub fn f64_value(rng: &mut Rng) -> u64 {
    match rng.below(3) {
        0 => *rng.pick(F64_SPECIALS),
        1 => {
            let sign = rng.below(2) << 63;
            let exp = (1023 + rng.range_i64(-40, 40)) as u64;
            sign | exp << 52 | (rng.next_u64() & 0xf_ffff_ffff_ffff)
        }
        _ => rng.next_u64(),
    }
}
