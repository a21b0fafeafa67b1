//! The rounding arithmetic: fadd, fsub, fmul, fdiv, fsqrt and the four fused
//! multiply-adds, for both precisions.
//!
//! SoftFloat's RISC-V specialization already returns the canonical NaN for
//! every NaN result and raises invalid for signaling inputs, for 0 * inf and
//! for inf - inf, and divide-by-zero for x / 0, so these are thin: unbox the
//! inputs, round in a `session`, rebox the result.

use super::format::Format;
use super::session;
use super::FpResult;

/// Applies a two-operand operation (`F::add`, `F::div`, ...) to f[rs1], f[rs2].
pub(super) fn binary<F: Format>(op: fn(u64, u64) -> u64, rm: u8, a: u64, b: u64) -> FpResult {
    let (x, y) = (F::unbox(a), F::unbox(b));
    let (z, flags) = session::run(rm, |_| op(x, y));
    FpResult {
        value: F::rebox(z),
        flags,
    }
}

/// fsqrt: square root of f[rs1] (sqrt(-0) = -0; a negative operand is invalid).
pub(super) fn sqrt<F: Format>(rm: u8, a: u64) -> FpResult {
    let x = F::unbox(a);
    let (z, flags) = session::run(rm, |_| F::sqrt(x));
    FpResult {
        value: F::rebox(z),
        flags,
    }
}

/// Which of the four R4-format fused multiply-adds.
#[derive(Clone, Copy, Debug)]
pub(super) enum Fused {
    /// fmadd: (rs1 * rs2) + rs3.
    Madd,
    /// fmsub: (rs1 * rs2) - rs3.
    Msub,
    /// fnmsub: -(rs1 * rs2) + rs3.
    Nmsub,
    /// fnmadd: -(rs1 * rs2) - rs3.
    Nmadd,
}

/// A fused multiply-add: one rounding of the exact `±(a * b) ± c`.
///
/// The negations are applied to the operands before the single rounding, by
/// flipping sign bits (negating `a` negates the product). That is exact, so
/// the result is the correctly rounded value of the spec's formula, including
/// the sign of an exact zero (which depends on the rounding mode). Flipping a
/// NaN's sign does not change whether it is signaling, and any NaN result is
/// canonical anyway. inf * 0 + qNaN raises invalid, as the spec requires.
pub(super) fn fused<F: Format>(kind: Fused, rm: u8, a: u64, b: u64, c: u64) -> FpResult {
    let (negate_product, negate_addend) = match kind {
        Fused::Madd => (false, false),
        Fused::Msub => (false, true),
        Fused::Nmsub => (true, false),
        Fused::Nmadd => (true, true),
    };
    let x = F::unbox(a) ^ if negate_product { F::SIGN } else { 0 };
    let y = F::unbox(b);
    let z = F::unbox(c) ^ if negate_addend { F::SIGN } else { 0 };
    let (r, flags) = session::run(rm, |_| F::mul_add(x, y, z));
    FpResult {
        value: F::rebox(r),
        flags,
    }
}
