//! Deterministic FP suites: every F and D instruction on special operands,
//! under every static rounding mode and under `dyn` with each valid frm.
//!
//! Each case loads its operands from a constant table, sets frm, clears
//! fflags, runs one instruction and stores the result and the flags it raised
//! into the next 16 bytes of the dumped area, so a mismatch points at one
//! instruction with one set of operands (see `Program::notes`).

use super::fp::{operands, shape, Shape};
use super::{frame, values, Program};
use std::fmt::Write as _;

/// Every FP instruction that computes (loads and stores move bits only, and
/// the random programs cover them).
const OPS: &[&str] = &[
    "fadd", "fsub", "fmul", "fdiv", "fsqrt", "fmadd", "fmsub", "fnmadd", "fnmsub", "fsgnj",
    "fsgnjn", "fsgnjx", "fmin", "fmax", "feq", "flt", "fle", "fclass",
];
/// The moves between register files; with `fp::CONVERSIONS`, every op
/// that crosses register files or precisions.
const MOVES: &[&str] = &["fmv.x.w", "fmv.w.x", "fmv.x.d", "fmv.d.x"];

/// Rounding configurations: (rm operand, frm value set before the op). Static
/// modes run with a different frm in force, to show that they ignore it.
fn rounding_configs() -> Vec<(&'static str, u64)> {
    let mut v: Vec<(&str, u64)> = ["rne", "rtz", "rdn", "rup", "rmm"]
        .iter()
        .enumerate()
        .map(|(i, rm)| (*rm, (i as u64 + 2) % 5))
        .collect();
    v.extend((0..5).map(|frm| ("dyn", frm)));
    v
}

/// Integer inputs for conversions to FP: the specials plus values that need
/// rounding in single or double precision.
fn int_inputs() -> Vec<u64> {
    let mut v = values::INT_SPECIALS.to_vec();
    v.extend([
        0x0100_0001,           // 2^24 + 1: inexact in single
        0x0100_0003,           // rounds up to even in single
        0x7fff_ffbf,           // just below 2^31 - 64
        0x0020_0000_0000_0001, // 2^53 + 1: inexact in double
        0xffdf_ffff_ffff_ffff, // -(2^53 + 1)
        0x8000_0000_0000_0001, // i64::MIN + 1
        0x1234_5678_9abc_def1,
    ]);
    v
}

/// Operands of fused multiply-adds (cubed, so fewer): signed zero, infinity,
/// sNaN, the smallest subnormal, overflow, inexact products.
const FUSED_S: &[u32] = &[
    0x8000_0000,
    0x7f80_0000,
    0x7f80_0001,
    0x0000_0001,
    0x7f7f_ffff,
    0x3f80_0001,
    0x3eaa_aaab,
    0xbf80_0000,
];
const FUSED_D: &[u64] = &[
    0x8000_0000_0000_0000,
    0x7ff0_0000_0000_0000,
    0x7ff0_0000_0000_0001,
    0x0000_0000_0000_0001,
    0x7fef_ffff_ffff_ffff,
    0x3ff0_0000_0000_0001,
    0x3fd5_5555_5555_5555,
    0xbff0_0000_0000_0000,
];

/// FP operands for `prec` ("s" or "d"): the first `n` specials (the lists
/// put the most telling first), plus non-boxed patterns for single
/// precision, which must read as the canonical NaN.
fn fp_inputs(prec: &str, n: usize) -> Vec<u64> {
    let mut v: Vec<u64> = if prec == "s" {
        values::F32_SPECIALS
            .iter()
            .take(n)
            .map(|&b| values::boxed(b))
            .collect()
    } else {
        values::F64_SPECIALS.iter().take(n).copied().collect()
    };
    if prec == "s" {
        v.push(0x0000_0000_3f80_0000); // 1.0, not boxed
        v.push(0x7fff_ffff_3f80_0000); // upper half one bit short of boxed
    }
    v
}

/// One program per instruction; the whole suite.
pub fn fp_rounding_programs() -> Vec<Program> {
    let mut programs = Vec::new();
    for prec in ["s", "d"] {
        for op in OPS {
            programs.push(program_for(&format!("{op}.{prec}")));
        }
    }
    for m in super::fp::CONVERSIONS.iter().chain(MOVES) {
        programs.push(program_for(m));
    }
    programs
}

/// The type of the source operand of `m`: its precision letter, or `x` for an integer.
fn source_prec(m: &str) -> &str {
    let parts: Vec<&str> = m.split('.').collect();
    let from = parts[parts.len() - 1];
    match (parts[0], from) {
        ("fmv", "w") => "s", // fmv.x.w reads a single's bits
        (_, "s" | "d") => from,
        _ => "x", // w, wu, l, lu, x
    }
}

/// The program testing `m` on every operand combination and rounding mode.
pub fn program_for(m: &str) -> Program {
    let shape = shape(m).unwrap_or_else(|| panic!("{m}: not an FP op"));
    let src = source_prec(m);
    let arity = match shape {
        Shape::R4 => 3,
        Shape::R3 { .. } | Shape::Compare => 2,
        _ => 1,
    };
    // Keep each program's case count in the low thousands.
    let inputs: Vec<u64> = match (src, arity) {
        ("x", _) => int_inputs(),
        (p, 1) => fp_inputs(p, 64),
        (p, 2) => fp_inputs(p, 16),
        ("s", _) => FUSED_S.iter().map(|&b| values::boxed(b)).collect(),
        _ => FUSED_D.to_vec(),
    };
    let has_rm = match shape {
        Shape::R3 { rm } | Shape::R1 { rm } | Shape::ToInt { rm } | Shape::FromInt { rm } => rm,
        Shape::R4 => true,
        Shape::Compare => false,
    };
    let roundings = if has_rm {
        rounding_configs()
    } else {
        vec![("", 0)]
    };
    let writes_x = matches!(shape, Shape::Compare | Shape::ToInt { .. });

    // Registers: s0 = constant table, s1 = next result slot; operands in
    // f1, f2, f4 or x6; result in f3 or x7; flags in x5.
    let mut body = String::new();
    let mut notes = Vec::new();
    let mut slot = 0usize;
    let n = inputs.len();
    for combo in 0..n.pow(arity) {
        let idx: Vec<usize> = (0..arity).map(|k| combo / n.pow(k) % n).collect();
        for &(rm, frm) in &roundings {
            let desc: Vec<String> = idx.iter().map(|&i| format!("{:#x}", inputs[i])).collect();
            let what = format!(
                "{m} {}{}",
                desc.join(", "),
                if rm.is_empty() {
                    String::new()
                } else if rm == "dyn" {
                    format!(" dyn(frm={frm})")
                } else {
                    format!(" {rm}")
                }
            );
            let _ = writeln!(body, "    # {what}");
            if src == "x" {
                let _ = writeln!(body, "    ld x6, {}(s0)", idx[0] * 8);
            } else {
                for (&i, reg) in idx.iter().zip([1, 2, 4]) {
                    let _ = writeln!(body, "    fld f{reg}, {}(s0)", i * 8);
                }
            }
            let _ = writeln!(body, "    fsrmi x0, {frm}\n    fsflags x0");
            let _ = writeln!(body, "    {}", operands(m, shape, rm, [3, 1, 2, 4, 7, 6]));
            let result = if writes_x { "sd x7" } else { "fsd f3" };
            let _ = writeln!(
                body,
                "    frflags x5\n    {result}, 0(s1)\n    sd x5, 8(s1)\n    addi s1, s1, 16"
            );
            notes.push((slot, format!("{what}: result")));
            notes.push((slot + 8, format!("{what}: fflags")));
            slot += 16;
        }
    }
    assert!(
        n * 8 <= 2040,
        "constant table must stay in reach of a 12-bit offset"
    );

    let mut consts = String::from("    .balign 16\nrv_consts:\n");
    for v in &inputs {
        let _ = writeln!(consts, "    .dword {v:#018x}");
    }
    let init = frame::InitialState {
        x: [0; 32],
        f: [0; 32],
        fcsr: 0,
        pointers: vec![(8, "rv_consts"), (9, "rv_scratch")],
    };
    let mut asm = format!("# rvlab FP rounding suite: {m}\n");
    frame::prologue(&mut asm, &init);
    asm.push_str(&body);
    frame::epilogue(&mut asm, &init, &vec![0u8; slot], &consts);
    Program {
        name: format!("fp-{m}"),
        seed: None,
        asm,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_types() {
        assert_eq!(source_prec("fadd.s"), "s");
        assert_eq!(source_prec("fcvt.s.d"), "d");
        assert_eq!(source_prec("fcvt.d.lu"), "x");
        assert_eq!(source_prec("fmv.w.x"), "x");
        assert_eq!(source_prec("fmv.x.w"), "s");
        assert_eq!(source_prec("fmv.x.d"), "d");
    }

    #[test]
    fn suite_covers_every_op_with_every_rounding_mode() {
        let progs = fp_rounding_programs();
        assert_eq!(
            progs.len(),
            2 * OPS.len() + crate::gen::fp::CONVERSIONS.len() + MOVES.len()
        );
        let fadd = progs.iter().find(|p| p.name == "fp-fadd.d").unwrap();
        for rm in ["rne", "rtz", "rdn", "rup", "rmm", "dyn"] {
            assert!(
                fadd.asm.contains(&format!("fadd.d f3, f1, f2, {rm}")),
                "{rm}"
            );
        }
        // Each program stays a reasonable size for the assembler and the UART.
        for p in &progs {
            assert!(
                p.notes.len() <= 2 * 8000,
                "{}: {} slots",
                p.name,
                p.notes.len()
            );
        }
    }
}
