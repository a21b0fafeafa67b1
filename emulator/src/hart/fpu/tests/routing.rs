//! The routing predicates (`src_is_int`, `dest_is_int`, `uses_rm`) for every
//! F/D computational op, checked against the mnemonics, and `compute` being a
//! pure function of its arguments.

use super::*;
use crate::isa::TABLE;

fn fp_ops() -> impl Iterator<Item = (&'static str, Op)> {
    TABLE
        .iter()
        .filter(|e| e.op.is_fp_compute())
        .map(|e| (e.name, e.op))
}

#[test]
fn there_are_fifty_eight_fp_compute_ops() {
    // F has 30 instructions, D has 32; minus flw, fsw, fld, fsd.
    assert_eq!(fp_ops().count(), 58);
}

#[test]
fn integer_sources_are_conversions_from_integers_and_moves_to_f() {
    for (name, op) in fp_ops() {
        let expected = [
            "fcvt.s.w",
            "fcvt.s.wu",
            "fcvt.s.l",
            "fcvt.s.lu",
            "fcvt.d.w",
            "fcvt.d.wu",
            "fcvt.d.l",
            "fcvt.d.lu",
            "fmv.w.x",
            "fmv.d.x",
        ]
        .contains(&name);
        assert_eq!(src_is_int(op), expected, "{name}");
    }
}

#[test]
fn integer_destinations_are_conversions_to_integers_compares_classify_and_moves_to_x() {
    for (name, op) in fp_ops() {
        let expected = name.starts_with("fcvt.w")
            || name.starts_with("fcvt.l")
            || name.starts_with("fmv.x")
            || ["feq", "flt", "fle", "fclass"]
                .iter()
                .any(|p| name.starts_with(p));
        assert_eq!(dest_is_int(op), expected, "{name}");
    }
}

#[test]
fn rounding_mode_field_is_on_arithmetic_and_every_conversion() {
    for (name, op) in fp_ops() {
        let expected = [
            "fmadd", "fmsub", "fnmsub", "fnmadd", "fadd", "fsub", "fmul", "fdiv", "fsqrt", "fcvt",
        ]
        .iter()
        .any(|p| name.starts_with(p));
        assert_eq!(uses_rm(op), expected, "{name}");
    }
}

#[test]
fn every_op_computes_on_any_bits_without_panicking() {
    let inputs = [
        0,
        u64::MAX,
        0x7ff0_0000_0000_0001,
        s(0x7f80_0001),
        0x8000_0000,
        1,
    ];
    for (_, op) in fp_ops() {
        for &a in &inputs {
            for &b in &inputs {
                for rm in 0..8 {
                    compute(op, rm, a, b, a ^ b);
                }
            }
        }
    }
}

#[test]
fn flags_do_not_leak_from_one_call_to_the_next() {
    // 1/3 is inexact; 1/1 right after must report nothing.
    assert_eq!(compute(Op::FdivD, RNE, df(1.0), df(3.0), 0).flags, NX);
    assert_eq!(compute(Op::FdivD, RNE, df(1.0), df(1.0), 0).flags, 0);
    // And the rounding mode does not leak either: RUP then RNE.
    assert_eq!(
        compute(Op::FdivD, RUP, df(1.0), df(3.0), 0).value,
        0x3fd5_5555_5555_5556
    );
    assert_eq!(
        compute(Op::FdivD, RNE, df(1.0), df(3.0), 0).value,
        0x3fd5_5555_5555_5555
    );
}
