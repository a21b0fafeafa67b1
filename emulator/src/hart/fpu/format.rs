//! What a floating-point format looks like to the FPU: its bit fields, how a
//! value sits in a 64-bit f register (NaN-boxing), and the SoftFloat
//! operations on it.
//!
//! Everything in this module works on a format's own bits zero-extended to a
//! `u64` ("unboxed" bits); `unbox` and `rebox` translate from and to the raw
//! f-register contents. `single.rs` and `double.rs` implement the trait, so
//! each instruction is written once for both precisions.

/// One IEEE-754 binary format (binary32 for F, binary64 for D).
pub(super) trait Format {
    /// Every bit of a value (the low 32 or 64 bits).
    const ALL: u64;
    /// The sign bit.
    const SIGN: u64;
    /// The biased-exponent field.
    const EXP: u64;
    /// The trailing-significand (fraction) field.
    const FRAC: u64;
    /// The fraction's top bit: set in a quiet NaN, clear in a signaling NaN.
    const QUIET: u64;
    /// The canonical NaN: positive, quiet, all other fraction bits clear.
    const CANONICAL_NAN: u64;

    /// The value held in an f register. A single whose upper 32 bits are not
    /// all 1s is not properly NaN-boxed and reads as the canonical NaN.
    fn unbox(reg: u64) -> u64;
    /// The f-register contents for a value (NaN-boxed for a single).
    fn rebox(value: u64) -> u64;

    // Arithmetic, rounding with SoftFloat's current mode (see `session`).
    fn add(a: u64, b: u64) -> u64;
    fn sub(a: u64, b: u64) -> u64;
    fn mul(a: u64, b: u64) -> u64;
    fn div(a: u64, b: u64) -> u64;
    fn sqrt(a: u64) -> u64;
    /// `a * b + c` with a single rounding.
    fn mul_add(a: u64, b: u64, c: u64) -> u64;

    /// Quiet equality: only a signaling NaN raises invalid.
    fn eq(a: u64, b: u64) -> bool;
    /// Signaling less-than: any NaN raises invalid.
    fn lt(a: u64, b: u64) -> bool;
    /// Signaling less-or-equal: any NaN raises invalid.
    fn le(a: u64, b: u64) -> bool;

    // Conversions to integers: round with the given SoftFloat mode; out of
    // range saturates and NaN gives the largest positive value, both raising
    // invalid (SoftFloat's RISC-V specialization).
    fn to_i32(a: u64, mode: u8) -> i32;
    fn to_u32(a: u64, mode: u8) -> u32;
    fn to_i64(a: u64, mode: u8) -> i64;
    fn to_u64(a: u64, mode: u8) -> u64;

    // Conversions from integers, rounding with SoftFloat's current mode.
    fn from_i32(x: i32) -> u64;
    fn from_u32(x: u32) -> u64;
    fn from_i64(x: i64) -> u64;
    fn from_u64(x: u64) -> u64;

    /// Whether `x` is a NaN (all-ones exponent, nonzero fraction).
    fn is_nan(x: u64) -> bool {
        x & Self::EXP == Self::EXP && x & Self::FRAC != 0
    }

    /// Whether `x` is a signaling NaN (a NaN with the quiet bit clear).
    fn is_signaling_nan(x: u64) -> bool {
        Self::is_nan(x) && x & Self::QUIET == 0
    }
}
