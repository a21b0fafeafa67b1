//! fclass: a one-hot mask in x[rd] saying which of ten classes f[rs1] is in.
//! Never sets flags. A single that is not properly NaN-boxed is the canonical
//! NaN, so it classifies as a quiet NaN.

use super::format::Format;
use super::FpResult;

/// The bit numbers of the fclass result (unprivileged spec, table "Format of
/// result of FCLASS instruction").
mod class {
    pub const NEG_INF: u32 = 0;
    pub const NEG_NORMAL: u32 = 1;
    pub const NEG_SUBNORMAL: u32 = 2;
    pub const NEG_ZERO: u32 = 3;
    pub const POS_ZERO: u32 = 4;
    pub const POS_SUBNORMAL: u32 = 5;
    pub const POS_NORMAL: u32 = 6;
    pub const POS_INF: u32 = 7;
    pub const SIGNALING_NAN: u32 = 8;
    pub const QUIET_NAN: u32 = 9;
}

pub(super) fn fclass<F: Format>(a: u64) -> FpResult {
    let x = F::unbox(a);
    let negative = x & F::SIGN != 0;
    let (exp, frac) = (x & F::EXP, x & F::FRAC);
    let pick = |neg: u32, pos: u32| if negative { neg } else { pos };
    let bit = if exp == F::EXP {
        if frac == 0 {
            pick(class::NEG_INF, class::POS_INF)
        } else if frac & F::QUIET != 0 {
            class::QUIET_NAN
        } else {
            class::SIGNALING_NAN
        }
    } else if exp == 0 {
        if frac == 0 {
            pick(class::NEG_ZERO, class::POS_ZERO)
        } else {
            pick(class::NEG_SUBNORMAL, class::POS_SUBNORMAL)
        }
    } else {
        pick(class::NEG_NORMAL, class::POS_NORMAL)
    };
    FpResult {
        value: 1 << bit,
        flags: 0,
    }
}
