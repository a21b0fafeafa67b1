//! Sign injection: fsgnj, fsgnjn, fsgnjx (and so the fmv.s/fneg.s/fabs.s
//! pseudo-instructions).
//!
//! The result is rs1's exponent and fraction with a sign taken from rs2.
//! These are bit operations, not arithmetic: they never set flags and do not
//! canonicalize NaNs. Single inputs are still unboxed first, so an input that
//! is not a properly NaN-boxed single acts as the canonical NaN.

use super::format::Format;
use super::FpResult;

/// Where the result's sign comes from.
#[derive(Clone, Copy, Debug)]
pub(super) enum Inject {
    /// fsgnj: rs2's sign.
    Copy,
    /// fsgnjn: the opposite of rs2's sign.
    Negate,
    /// fsgnjx: rs1's sign XOR rs2's sign.
    Xor,
}

pub(super) fn inject<F: Format>(kind: Inject, a: u64, b: u64) -> FpResult {
    let (x, y) = (F::unbox(a), F::unbox(b));
    let sign = match kind {
        Inject::Copy => y,
        Inject::Negate => !y,
        Inject::Xor => x ^ y,
    } & F::SIGN;
    FpResult {
        value: F::rebox((x & !F::SIGN) | sign),
        flags: 0,
    }
}
