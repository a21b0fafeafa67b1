//! fclass: all ten classes, for both precisions.

use super::*;
use Op::*;

#[test]
fn fclass_single_all_classes() {
    check(&[
        (FclassS, 0, s(0xff80_0000), 0, 0, 1 << 0, 0),
        (FclassS, 0, sf(-1.0), 0, 0, 1 << 1, 0),
        (FclassS, 0, s(0x8000_0001), 0, 0, 1 << 2, 0),
        (FclassS, 0, s(0x8000_0000), 0, 0, 1 << 3, 0),
        (FclassS, 0, s(0x0000_0000), 0, 0, 1 << 4, 0),
        (FclassS, 0, s(0x007f_ffff), 0, 0, 1 << 5, 0),
        (FclassS, 0, s(0x0080_0000), 0, 0, 1 << 6, 0),
        (FclassS, 0, s(0x7f80_0000), 0, 0, 1 << 7, 0),
        (FclassS, 0, s(0x7f80_0001), 0, 0, 1 << 8, 0),
        (FclassS, 0, s(0xffbf_ffff), 0, 0, 1 << 8, 0),
        (FclassS, 0, s(0x7fc0_0000), 0, 0, 1 << 9, 0),
        (FclassS, 0, s(0xffc0_0001), 0, 0, 1 << 9, 0),
        // Not NaN-boxed: the canonical NaN, a quiet NaN.
        (FclassS, 0, 0x0000_0000_3f80_0000, 0, 0, 1 << 9, 0),
        (FclassS, 0, 0x7fff_ffff_7f80_0001, 0, 0, 1 << 9, 0),
    ]);
}

#[test]
fn fclass_double_all_classes() {
    check(&[
        (FclassD, 0, 0xfff0_0000_0000_0000, 0, 0, 1 << 0, 0),
        (FclassD, 0, df(-1e300), 0, 0, 1 << 1, 0),
        (FclassD, 0, 0x800f_ffff_ffff_ffff, 0, 0, 1 << 2, 0),
        (FclassD, 0, 0x8000_0000_0000_0000, 0, 0, 1 << 3, 0),
        (FclassD, 0, 0, 0, 0, 1 << 4, 0),
        (FclassD, 0, 1, 0, 0, 1 << 5, 0),
        (FclassD, 0, df(f64::MAX), 0, 0, 1 << 6, 0),
        (FclassD, 0, 0x7ff0_0000_0000_0000, 0, 0, 1 << 7, 0),
        (FclassD, 0, 0x7ff0_0000_0000_0001, 0, 0, 1 << 8, 0),
        (FclassD, 0, 0xfff7_ffff_ffff_ffff, 0, 0, 1 << 8, 0),
        (FclassD, 0, 0x7ff8_0000_0000_0000, 0, 0, 1 << 9, 0),
        (FclassD, 0, 0xffff_ffff_ffff_ffff, 0, 0, 1 << 9, 0),
    ]);
}
