//! Conversions: float to integer (fcvt.{w,wu,l,lu}.{s,d}), integer to float
//! (fcvt.{s,d}.{w,wu,l,lu}), between precisions (fcvt.s.d, fcvt.d.s), and the
//! bit-for-bit moves between register files (fmv.x.w, fmv.w.x, fmv.x.d,
//! fmv.d.x).
//!
//! On RV64 every 32-bit integer result is sign-extended into x[rd], the
//! unsigned fcvt.wu too (so 0xffff_ffff reads back as -1), and a 32-bit
//! integer source is the low 32 bits of x[rs1].

use super::double::Double;
use super::format::Format;
use super::session;
use super::single::Single;
use super::FpResult;

/// The integer side of a conversion.
#[derive(Clone, Copy, Debug)]
pub(super) enum Int {
    /// 32-bit signed (W).
    W,
    /// 32-bit unsigned (WU).
    Wu,
    /// 64-bit signed (L).
    L,
    /// 64-bit unsigned (LU).
    Lu,
}

/// The low 32 bits of `x`, as the 32-bit integer or single they hold.
fn low32(x: u64) -> u32 {
    // Truncation is the point: 32-bit sources are the low half of a register.
    x as u32
}

/// Sign-extends a 32-bit result to the 64-bit register value RV64 writes.
fn sext32(x: u32) -> u64 {
    i64::from(x as i32) as u64
}

/// fcvt.{w,wu,l,lu}.fmt: round f[rs1] to an integer with `rm`.
///
/// Out-of-range values saturate to the nearest representable integer and NaN
/// gives the largest positive one, raising invalid (not inexact); otherwise a
/// result that is not exact raises inexact. So -0.5 to an unsigned type is 0
/// with inexact when `rm` rounds it to -0 (RNE, RTZ, RUP), but 0 with invalid
/// under RDN and RMM, which round it to -1.
pub(super) fn to_int<F: Format>(int: Int, rm: u8, a: u64) -> FpResult {
    let x = F::unbox(a);
    let (value, flags) = session::run(rm, |mode| match int {
        Int::W => sext32(F::to_i32(x, mode) as u32),
        Int::Wu => sext32(F::to_u32(x, mode)),
        Int::L => F::to_i64(x, mode) as u64,
        Int::Lu => F::to_u64(x, mode),
    });
    FpResult { value, flags }
}

/// fcvt.fmt.{w,wu,l,lu}: convert x[rs1] to a float, rounding with `rm`
/// (only possible for 64-bit integers to double and 32/64-bit to single).
pub(super) fn from_int<F: Format>(int: Int, rm: u8, a: u64) -> FpResult {
    let (value, flags) = session::run(rm, |_| match int {
        Int::W => F::from_i32(low32(a) as i32),
        Int::Wu => F::from_u32(low32(a)),
        Int::L => F::from_i64(a as i64),
        Int::Lu => F::from_u64(a),
    });
    FpResult {
        value: F::rebox(value),
        flags,
    }
}

/// fcvt.s.d: round a double to single with `rm`; the result is NaN-boxed.
pub(super) fn single_from_double(rm: u8, a: u64) -> FpResult {
    let (value, flags) = session::run(rm, |_| Double::to_single(a));
    FpResult {
        value: Single::rebox(value),
        flags,
    }
}

/// fcvt.d.s: widen a (NaN-boxed) single to double. Exact; rm is unused.
pub(super) fn double_from_single(rm: u8, a: u64) -> FpResult {
    let x = Single::unbox(a);
    let (value, flags) = session::run(rm, |_| Single::to_double(x));
    FpResult { value, flags }
}

/// fmv.x.w: the low 32 bits of f[rs1], sign-extended. A transfer, not an
/// operation on a single: the boxing is not checked and NaNs pass unchanged.
pub(super) fn move_x_from_w(a: u64) -> FpResult {
    FpResult {
        value: sext32(low32(a)),
        flags: 0,
    }
}

/// fmv.w.x: the low 32 bits of x[rs1] into f[rd], NaN-boxed.
pub(super) fn move_w_from_x(a: u64) -> FpResult {
    FpResult {
        value: Single::rebox(u64::from(low32(a))),
        flags: 0,
    }
}

/// fmv.x.d and fmv.d.x: the 64 bits, unchanged.
pub(super) fn move_raw(a: u64) -> FpResult {
    FpResult { value: a, flags: 0 }
}
