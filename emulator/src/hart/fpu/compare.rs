//! Comparisons: feq, flt, fle (results to x[rd]) and fmin, fmax.
//!
//! feq is a quiet comparison (invalid only for a signaling NaN); flt and fle
//! are signaling (invalid for any NaN). All three write 0 when either input is
//! a NaN.
//!
//! fmin/fmax follow the 2019 ISA (IEEE 754-2019 minimumNumber/maximumNumber):
//! -0 is less than +0; if exactly one input is a NaN the result is the other
//! input; if both are NaNs the result is the canonical NaN; a signaling NaN
//! input raises invalid either way. These never round, so no SoftFloat here.

use super::format::Format;
use super::session;
use super::{FpResult, NV};

/// Applies a comparison (`F::eq`, `F::lt`, `F::le`) and writes 1 or 0.
pub(super) fn compare<F: Format>(test: fn(u64, u64) -> bool, a: u64, b: u64) -> FpResult {
    let (x, y) = (F::unbox(a), F::unbox(b));
    // Comparisons do not round; the mode passed is irrelevant.
    let (result, flags) = session::run(0, |_| test(x, y));
    FpResult {
        value: u64::from(result),
        flags,
    }
}

/// A key that orders non-NaN values of format `F` numerically, with -0 below
/// +0, as plain unsigned integers: positive values get the sign bit set (so
/// they sort above all negatives, by magnitude), negative values are
/// complemented (so larger magnitudes sort lower).
fn order_key<F: Format>(x: u64) -> u64 {
    if x & F::SIGN != 0 {
        !x & F::ALL
    } else {
        x | F::SIGN
    }
}

/// fmin (`want_max` false) or fmax (`want_max` true).
pub(super) fn min_max<F: Format>(want_max: bool, a: u64, b: u64) -> FpResult {
    let (x, y) = (F::unbox(a), F::unbox(b));
    let flags = if F::is_signaling_nan(x) || F::is_signaling_nan(y) {
        NV
    } else {
        0
    };
    let value = match (F::is_nan(x), F::is_nan(y)) {
        (true, true) => F::CANONICAL_NAN,
        (true, false) => y,
        (false, true) => x,
        (false, false) => {
            let x_below = order_key::<F>(x) < order_key::<F>(y);
            // Equal keys mean identical bits, so either choice is right.
            if x_below != want_max {
                x
            } else {
                y
            }
        }
    };
    FpResult {
        value: F::rebox(value),
        flags,
    }
}
