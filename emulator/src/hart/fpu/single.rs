//! Single precision (binary32, the F extension): NaN-boxing and the SoftFloat
//! `f32_*` functions behind the `Format` trait.
//!
//! Every SoftFloat call here takes and returns plain values (a `u32` wrapped in
//! a `repr(C)` struct, integers, a rounding mode), never pointers; the only
//! state it touches is SoftFloat's thread-local mode and flags, which
//! `session::run` sets up around each operation.

use super::format::Format;
use softfloat_sys as sf;
use softfloat_sys::float32_t;

/// The binary32 format.
pub(super) struct Single;

/// The upper half of an f register, all 1s when it holds a single.
const BOX: u64 = 0xffff_ffff_0000_0000;

/// A value's unboxed bits as SoftFloat's type; only the low 32 bits exist.
fn sf32(x: u64) -> float32_t {
    // Truncation is intended: unboxed single bits live in the low 32 bits.
    float32_t { v: x as u32 }
}

/// SoftFloat's result as unboxed bits.
fn bits(f: float32_t) -> u64 {
    u64::from(f.v)
}

impl Single {
    /// fcvt.d.s: widen (exact; a NaN becomes the canonical double NaN and a
    /// signaling one raises invalid).
    pub(super) fn to_double(a: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f32_to_f64(sf32(a)) }.v
    }
}

impl Format for Single {
    const ALL: u64 = 0xffff_ffff;
    const SIGN: u64 = 1 << 31;
    const EXP: u64 = 0x7f80_0000;
    const FRAC: u64 = 0x007f_ffff;
    const QUIET: u64 = 1 << 22;
    const CANONICAL_NAN: u64 = 0x7fc0_0000;

    fn unbox(reg: u64) -> u64 {
        if reg & BOX == BOX {
            reg & Self::ALL
        } else {
            Self::CANONICAL_NAN
        }
    }

    fn rebox(value: u64) -> u64 {
        BOX | (value & Self::ALL)
    }

    fn add(a: u64, b: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::f32_add(sf32(a), sf32(b)) })
    }

    fn sub(a: u64, b: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::f32_sub(sf32(a), sf32(b)) })
    }

    fn mul(a: u64, b: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::f32_mul(sf32(a), sf32(b)) })
    }

    fn div(a: u64, b: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::f32_div(sf32(a), sf32(b)) })
    }

    fn sqrt(a: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::f32_sqrt(sf32(a)) })
    }

    fn mul_add(a: u64, b: u64, c: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::f32_mulAdd(sf32(a), sf32(b), sf32(c)) })
    }

    fn eq(a: u64, b: u64) -> bool {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f32_eq(sf32(a), sf32(b)) }
    }

    fn lt(a: u64, b: u64) -> bool {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f32_lt(sf32(a), sf32(b)) }
    }

    fn le(a: u64, b: u64) -> bool {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f32_le(sf32(a), sf32(b)) }
    }

    // SoftFloat returns C's int_fast/uint_fast types, wider than the result;
    // the value always fits (it saturates), so the narrowing casts are exact.
    fn to_i32(a: u64, mode: u8) -> i32 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f32_to_i32(sf32(a), mode, true) as i32 }
    }

    fn to_u32(a: u64, mode: u8) -> u32 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f32_to_ui32(sf32(a), mode, true) as u32 }
    }

    fn to_i64(a: u64, mode: u8) -> i64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f32_to_i64(sf32(a), mode, true) as i64 }
    }

    fn to_u64(a: u64, mode: u8) -> u64 {
        // SAFETY: value-only C call (see module header).
        unsafe { sf::f32_to_ui64(sf32(a), mode, true) as u64 }
    }

    fn from_i32(x: i32) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::i32_to_f32(x) })
    }

    fn from_u32(x: u32) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::ui32_to_f32(x) })
    }

    fn from_i64(x: i64) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::i64_to_f32(x) })
    }

    fn from_u64(x: u64) -> u64 {
        // SAFETY: value-only C call (see module header).
        bits(unsafe { sf::ui64_to_f32(x) })
    }
}
