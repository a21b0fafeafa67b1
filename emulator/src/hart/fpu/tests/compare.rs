//! feq, flt, fle, fmin, fmax and the sign injections.

use super::*;
use Op::*;

const S_SNAN: u64 = s(0x7f80_0001);
const D_SNAN: u64 = 0x7ff0_0000_0000_0001;
const UNBOXED_ONE: u64 = 0x0000_0000_3f80_0000;

#[test]
fn feq_is_quiet_flt_fle_are_signaling() {
    check(&[
        (FeqS, 0, sf(1.0), sf(1.0), 0, 1, 0),
        (FeqS, 0, sf(-0.0), sf(0.0), 0, 1, 0),
        (FeqS, 0, S_NAN, sf(1.0), 0, 0, 0),
        (FeqS, 0, S_NAN, S_NAN, 0, 0, 0),
        (FeqS, 0, sf(1.0), S_SNAN, 0, 0, NV),
        (FltS, 0, sf(1.0), sf(2.0), 0, 1, 0),
        (FltS, 0, sf(2.0), sf(1.0), 0, 0, 0),
        (FltS, 0, sf(-0.0), sf(0.0), 0, 0, 0),
        (FltS, 0, S_NAN, sf(1.0), 0, 0, NV),
        (FleS, 0, sf(2.0), sf(2.0), 0, 1, 0),
        (FleS, 0, sf(-0.0), sf(0.0), 0, 1, 0),
        (FleS, 0, sf(1.0), S_NAN, 0, 0, NV),
        (FeqD, 0, df(1.0), df(1.0), 0, 1, 0),
        (FeqD, 0, D_NAN, D_NAN, 0, 0, 0),
        (FeqD, 0, D_SNAN, df(1.0), 0, 0, NV),
        (FltD, 0, df(-1.0), df(1.0), 0, 1, 0),
        (FltD, 0, df(1.0), D_NAN, 0, 0, NV),
        (FleD, 0, df(f64::NEG_INFINITY), df(-1e308), 0, 1, 0),
        (FleD, 0, D_NAN, df(1.0), 0, 0, NV),
        // A badly boxed single is the canonical (quiet) NaN.
        (FeqS, 0, UNBOXED_ONE, sf(1.0), 0, 0, 0),
        (FltS, 0, UNBOXED_ONE, sf(1.0), 0, 0, NV),
    ]);
}

#[test]
fn fmin_fmax_order_signed_zeros_and_pick_numbers_over_nans() {
    check(&[
        (FminS, 0, sf(1.0), sf(2.0), 0, sf(1.0), 0),
        (FmaxS, 0, sf(1.0), sf(2.0), 0, sf(2.0), 0),
        (FminS, 0, sf(-2.0), sf(-3.0), 0, sf(-3.0), 0),
        (FmaxS, 0, sf(-2.0), sf(-3.0), 0, sf(-2.0), 0),
        (FminS, 0, sf(0.0), sf(-0.0), 0, sf(-0.0), 0),
        (FminS, 0, sf(-0.0), sf(0.0), 0, sf(-0.0), 0),
        (FmaxS, 0, sf(-0.0), sf(0.0), 0, sf(0.0), 0),
        (FmaxS, 0, sf(0.0), sf(-0.0), 0, sf(0.0), 0),
        (FminS, 0, S_NAN, sf(1.0), 0, sf(1.0), 0),
        (FmaxS, 0, sf(1.0), S_NAN, 0, sf(1.0), 0),
        (FminS, 0, S_SNAN, sf(1.0), 0, sf(1.0), NV),
        (FmaxS, 0, sf(-1.0), S_SNAN, 0, sf(-1.0), NV),
        (FminS, 0, s(0xffc1_2345), S_NAN, 0, S_NAN, 0),
        (FmaxS, 0, S_SNAN, S_NAN, 0, S_NAN, NV),
        (FminS, 0, UNBOXED_ONE, sf(2.0), 0, sf(2.0), 0),
        (FmaxS, 0, s(0xff80_0000), sf(-1.0), 0, sf(-1.0), 0),
        (FminD, 0, df(0.0), df(-0.0), 0, df(-0.0), 0),
        (FmaxD, 0, df(-0.0), df(0.0), 0, df(0.0), 0),
        (FminD, 0, df(3.0), df(-1e-320), 0, df(-1e-320), 0),
        (FmaxD, 0, D_NAN, df(-5.0), 0, df(-5.0), 0),
        (FminD, 0, df(7.0), D_SNAN, 0, df(7.0), NV),
        (FmaxD, 0, 0xfff8_0000_0000_0001, D_SNAN, 0, D_NAN, NV),
        (
            FminD,
            0,
            0xfff0_0000_0000_0000,
            df(f64::MIN),
            0,
            0xfff0_0000_0000_0000,
            0,
        ),
    ]);
}

#[test]
fn sign_injection_moves_bits_and_never_raises() {
    check(&[
        (FsgnjS, 0, sf(1.0), sf(-2.0), 0, sf(-1.0), 0),
        (FsgnjS, 0, sf(-1.0), sf(2.0), 0, sf(1.0), 0),
        (FsgnjnS, 0, sf(1.0), sf(-2.0), 0, sf(1.0), 0),
        (FsgnjnS, 0, sf(1.0), sf(2.0), 0, sf(-1.0), 0),
        (FsgnjxS, 0, sf(-1.0), sf(-2.0), 0, sf(1.0), 0),
        (FsgnjxS, 0, sf(-1.0), sf(2.0), 0, sf(-1.0), 0),
        // NaNs pass through unchanged, signaling ones included, no flags.
        (FsgnjnS, 0, S_SNAN, S_SNAN, 0, s(0xff80_0001), 0),
        (FsgnjS, 0, s(0x7fc1_2345), sf(-1.0), 0, s(0xffc1_2345), 0),
        // A badly boxed input is the canonical NaN (positive, so its sign is 0).
        (FsgnjS, 0, UNBOXED_ONE, sf(-1.0), 0, s(0xffc0_0000), 0),
        (FsgnjS, 0, sf(-1.0), UNBOXED_ONE, 0, sf(1.0), 0),
        (FsgnjnS, 0, sf(1.0), UNBOXED_ONE, 0, sf(-1.0), 0),
        (FsgnjD, 0, df(1.0), df(-0.0), 0, df(-1.0), 0),
        (FsgnjnD, 0, df(-1.0), df(-0.0), 0, df(1.0), 0),
        (FsgnjxD, 0, df(-3.0), df(-0.0), 0, df(3.0), 0),
        (FsgnjnD, 0, D_SNAN, D_SNAN, 0, 0xfff0_0000_0000_0001, 0),
    ]);
}
