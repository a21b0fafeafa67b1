//! Double precision (binary64, the D extension): the SoftFloat `f64_*`
//! functions behind the `Format` trait. A double fills its f register, so
//! there is no NaN-boxing: unbox and rebox are the identity.
//!
//! Every SoftFloat call here takes and returns plain values (a `u64` wrapped in
//! a `repr(C)` struct, integers, a rounding mode), never pointers; the only
//! state it touches is SoftFloat's thread-local mode and flags, which
//! `session::run` sets up around each operation.

use super::format::Format;
use softfloat_sys as sf;
use softfloat_sys::float64_t;

/// The binary64 format.
pub(super) struct Double;

fn sf64(x: u64) -> float64_t {
    float64_t { v: x }
}

impl Double {
    /// fcvt.s.d: narrow with SoftFloat's current rounding mode (a NaN becomes
    /// the canonical single NaN). Returns unboxed single bits.
    pub(super) fn to_single(a: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        u64::from(unsafe { sf::f64_to_f32(sf64(a)) }.v)
    }
}

impl Format for Double {
    const ALL: u64 = u64::MAX;
    const SIGN: u64 = 1 << 63;
    const EXP: u64 = 0x7ff0_0000_0000_0000;
    const FRAC: u64 = 0x000f_ffff_ffff_ffff;
    const QUIET: u64 = 1 << 51;
    const CANONICAL_NAN: u64 = 0x7ff8_0000_0000_0000;

    fn unbox(reg: u64) -> u64 {
        reg
    }

    fn rebox(value: u64) -> u64 {
        value
    }

    fn add(a: u64, b: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_add(sf64(a), sf64(b)) }.v
    }

    fn sub(a: u64, b: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_sub(sf64(a), sf64(b)) }.v
    }

    fn mul(a: u64, b: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_mul(sf64(a), sf64(b)) }.v
    }

    fn div(a: u64, b: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_div(sf64(a), sf64(b)) }.v
    }

    fn sqrt(a: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_sqrt(sf64(a)) }.v
    }

    fn mul_add(a: u64, b: u64, c: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_mulAdd(sf64(a), sf64(b), sf64(c)) }.v
    }

    fn eq(a: u64, b: u64) -> bool {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_eq(sf64(a), sf64(b)) }
    }

    fn lt(a: u64, b: u64) -> bool {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_lt(sf64(a), sf64(b)) }
    }

    fn le(a: u64, b: u64) -> bool {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_le(sf64(a), sf64(b)) }
    }

    // SoftFloat returns C's int_fast/uint_fast types, possibly wider than the
    // result; the value always fits (it saturates), so the casts are exact.
    fn to_i32(a: u64, mode: u8) -> i32 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_to_i32(sf64(a), mode, true) as i32 }
    }

    fn to_u32(a: u64, mode: u8) -> u32 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_to_ui32(sf64(a), mode, true) as u32 }
    }

    fn to_i64(a: u64, mode: u8) -> i64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_to_i64(sf64(a), mode, true) as i64 }
    }

    fn to_u64(a: u64, mode: u8) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f64_to_ui64(sf64(a), mode, true) as u64 }
    }

    fn from_i32(x: i32) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::i32_to_f64(x) }.v
    }

    fn from_u32(x: u32) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::ui32_to_f64(x) }.v
    }

    fn from_i64(x: i64) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::i64_to_f64(x) }.v
    }

    fn from_u64(x: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::ui64_to_f64(x) }.v
    }
}
