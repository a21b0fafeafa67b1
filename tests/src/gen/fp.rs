//! F and D instruction classes: arithmetic with every rounding mode, fused
//! ops, sign injection, min/max, compares, fclass, moves, every conversion,
//! FP loads/stores, and fcsr/frm/fflags accesses.

use super::{int, values, Class, Ctx};

/// Every FP conversion (fcvt), integer <-> float and between precisions.
pub(crate) const CONVERSIONS: [&str; 18] = [
    "fcvt.w.s",
    "fcvt.wu.s",
    "fcvt.l.s",
    "fcvt.lu.s",
    "fcvt.s.w",
    "fcvt.s.wu",
    "fcvt.s.l",
    "fcvt.s.lu",
    "fcvt.w.d",
    "fcvt.wu.d",
    "fcvt.l.d",
    "fcvt.lu.d",
    "fcvt.d.w",
    "fcvt.d.wu",
    "fcvt.d.l",
    "fcvt.d.lu",
    "fcvt.s.d",
    "fcvt.d.s",
];

pub(crate) static CLASSES: &[Class] = &[
    Class {
        name: "fp-arith",
        variants: &[
            "fadd.s", "fsub.s", "fmul.s", "fdiv.s", "fsqrt.s", "fmadd.s", "fmsub.s", "fnmadd.s",
            "fnmsub.s", "fadd.d", "fsub.d", "fmul.d", "fdiv.d", "fsqrt.d", "fmadd.d", "fmsub.d",
            "fnmadd.d", "fnmsub.d",
        ],
        emit: emit_fp,
        weights: [14, 0, 0],
    },
    Class {
        name: "fp-misc",
        variants: &[
            "fsgnj.s", "fsgnjn.s", "fsgnjx.s", "fmin.s", "fmax.s", "feq.s", "flt.s", "fle.s",
            "fclass.s", "fmv.x.w", "fmv.w.x", "fsgnj.d", "fsgnjn.d", "fsgnjx.d", "fmin.d",
            "fmax.d", "feq.d", "flt.d", "fle.d", "fclass.d", "fmv.x.d", "fmv.d.x",
        ],
        emit: emit_fp,
        weights: [8, 0, 0],
    },
    Class {
        name: "fp-cvt",
        variants: &CONVERSIONS,
        emit: emit_fp,
        weights: [8, 0, 0],
    },
    Class {
        name: "fp-mem",
        variants: &["flw", "fsw", "fld", "fsd"],
        emit: int::emit_mem,
        weights: [4, 0, 1],
    },
    Class {
        name: "fp-special",
        variants: &["fmv.w.x-special", "fmv.d.x-special"],
        emit: emit_special,
        weights: [3, 0, 0],
    },
    Class {
        name: "fcsr",
        variants: &[
            "frcsr",
            "frrm",
            "frflags",
            "fscsr",
            "fsrm",
            "fsflags",
            "fsrmi",
            "fsflagsi",
            "csrrs fflags",
            "csrrc fflags",
            "csrrsi fflags",
            "csrrci fflags",
            "csrrs frm",
            "csrrc frm",
            "csrrci frm",
            "csrrwi frm",
            "csrrs fcsr",
            "csrrc fcsr",
            "csrrsi fcsr",
            "csrrci fcsr",
            "csrrwi fcsr",
        ],
        emit: emit_fcsr,
        weights: [4, 0, 0],
    },
];

/// The rounding-mode operands: the five static modes and `dyn` (use frm).
pub const ROUNDING_MODES: &[&str] = &["rne", "rtz", "rdn", "rup", "rmm", "dyn"];

/// Operand shape of an FP instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// fd, fs1, fs2[, rm]
    R3 { rm: bool },
    /// fd, fs1[, rm]
    R1 { rm: bool },
    /// fd, fs1, fs2, fs3, rm
    R4,
    /// xd, fs1, fs2
    Compare,
    /// xd, fs1[, rm]: fclass, fmv.x.*, fcvt to an integer
    ToInt { rm: bool },
    /// fd, xs1[, rm]: fmv.*.x, fcvt from an integer
    FromInt { rm: bool },
}

/// The operand shape of an FP mnemonic, or `None` if it is not one.
pub fn shape(m: &str) -> Option<Shape> {
    let base = m.split('.').next()?;
    Some(match base {
        "fadd" | "fsub" | "fmul" | "fdiv" => Shape::R3 { rm: true },
        "fsgnj" | "fsgnjn" | "fsgnjx" | "fmin" | "fmax" => Shape::R3 { rm: false },
        "fsqrt" => Shape::R1 { rm: true },
        "fmadd" | "fmsub" | "fnmadd" | "fnmsub" => Shape::R4,
        "feq" | "flt" | "fle" => Shape::Compare,
        "fclass" => Shape::ToInt { rm: false },
        "fmv" if m.ends_with(".x") => Shape::FromInt { rm: false },
        "fmv" => Shape::ToInt { rm: false },
        "fcvt" => {
            let mut parts = m.split('.').skip(1);
            let (to, from) = (parts.next()?, parts.next()?);
            let is_fp = |t: &str| t == "s" || t == "d";
            match (is_fp(to), is_fp(from)) {
                (true, true) => Shape::R1 {
                    rm: m != "fcvt.d.s",
                }, // widening is exact
                (false, true) => Shape::ToInt { rm: true },
                // int -> double of 32 bits is exact: the assembler takes no rm.
                (true, false) => Shape::FromInt {
                    rm: !(to == "d" && from.starts_with('w')),
                },
                (false, false) => return None,
            }
        }
        _ => return None,
    })
}

/// Whether FP register `f` mostly holds singles. Registers are split by
/// precision (f16..f31 singles, f0..f15 doubles, so c.fld/c.fsd's f8..f15
/// hold doubles) and instructions mostly stay on their side: a double read
/// by a single-precision instruction is not NaN-boxed, so reads as the
/// canonical NaN, and if every register were a free-for-all, NaN would soon
/// be the only value left.
pub(crate) fn is_single_reg(f: usize) -> bool {
    f >= 16
}

/// An FP register for a value of precision `prec` ('s' or 'd'; `None`:
/// any): on its precision's side, except now and then.
pub(crate) fn freg(ctx: &mut Ctx, prec: Option<char>) -> usize {
    match prec {
        Some(p) if ctx.rng.chance(7, 8) => {
            let half = ctx.rng.below(16) as usize;
            if p == 's' {
                16 + half
            } else {
                half
            }
        }
        _ => ctx.f(),
    }
}

/// (destination, source) precisions of `m`, `None` for integer operands.
fn precisions(m: &str) -> (Option<char>, Option<char>) {
    let parts: Vec<&str> = m.split('.').collect();
    let fp = |t: &str| match t {
        "s" => Some('s'),
        "d" => Some('d'),
        _ => None,
    };
    match parts.as_slice() {
        ["fmv", "x", "w"] => (None, Some('s')),
        ["fmv", "w", "x"] => (Some('s'), None),
        ["fmv", to, from] | ["fcvt", to, from] => (fp(to), fp(from)),
        [_, p] => (fp(p), fp(p)),
        _ => (None, None),
    }
}

/// Emits `m` with random registers and, where it takes one, a random rounding mode.
fn emit_fp(ctx: &mut Ctx, m: &str) {
    let shape = shape(m).unwrap_or_else(|| panic!("{m} is not an FP op"));
    let rm = *ctx.rng.pick(ROUNDING_MODES);
    let (dst, src) = precisions(m);
    let fs1 = freg(ctx, src);
    // Same-register operands now and then: fsgnjx f, f, f; fmin of a NaN with itself.
    let fs2 = if ctx.rng.chance(1, 8) {
        fs1
    } else {
        freg(ctx, src)
    };
    let regs = [freg(ctx, dst), fs1, fs2, freg(ctx, src), ctx.xd(), ctx.xs()];
    ctx.op(operands(m, shape, rm, regs));
}

/// The assembly text of `m` with operand registers from `regs` and rounding mode `rm`.
pub fn operands(m: &str, shape: Shape, rm: &str, regs: [usize; 6]) -> String {
    let [fd, fs1, fs2, fs3, xd, xs1] = regs;
    let rm_suffix = |has: bool| {
        if has {
            format!(", {rm}")
        } else {
            String::new()
        }
    };
    match shape {
        Shape::R3 { rm } => format!("{m} f{fd}, f{fs1}, f{fs2}{}", rm_suffix(rm)),
        Shape::R1 { rm } => format!("{m} f{fd}, f{fs1}{}", rm_suffix(rm)),
        Shape::R4 => format!("{m} f{fd}, f{fs1}, f{fs2}, f{fs3}, {rm}"),
        Shape::Compare => format!("{m} x{xd}, f{fs1}, f{fs2}"),
        Shape::ToInt { rm } => format!("{m} x{xd}, f{fs1}{}", rm_suffix(rm)),
        Shape::FromInt { rm } => format!("{m} f{fd}, x{xs1}{}", rm_suffix(rm)),
    }
}

/// Moves a special FP value into a register through an integer temporary,
/// keeping the FP registers interesting after many operations.
fn emit_special(ctx: &mut Ctx, m: &str) {
    let tmp = ctx.xd_nonzero();
    let single = m.starts_with("fmv.w.x");
    let fd = freg(ctx, Some(if single { 's' } else { 'd' }));
    if single {
        let v = values::f32_value(&mut ctx.rng);
        ctx.op(format!("li x{tmp}, {v:#x}"));
        ctx.op(format!("fmv.w.x f{fd}, x{tmp}"));
    } else {
        let v = values::f64_value(&mut ctx.rng);
        ctx.op(format!("li x{tmp}, {v:#x}"));
        ctx.op(format!("fmv.d.x f{fd}, x{tmp}"));
    }
}

/// fcsr, frm and fflags accesses. frm only ever receives 0..=4: a dynamic
/// rounding mode of 5..7 makes the next FP op an illegal instruction.
fn emit_fcsr(ctx: &mut Ctx, m: &str) {
    let rd = ctx.xd();
    let random = ctx.rng.next_u64();
    let rm = ctx.rng.below(5);
    let imm5 = ctx.rng.below(32);
    // A temporary holding `value`, for writes whose value must be controlled.
    let controlled = |ctx: &mut Ctx, value: u64| {
        let tmp = ctx.xd_nonzero();
        ctx.op(format!("li x{tmp}, {value:#x}"));
        tmp
    };
    match m {
        "frcsr" | "frrm" | "frflags" => ctx.op(format!("{m} x{rd}")),
        // fcsr writes: frm field (bits 7:5) valid, flags and reserved bits random.
        "fscsr" => {
            let t = controlled(ctx, (random & !0xe0) | rm << 5);
            ctx.op(format!("fscsr x{rd}, x{t}"));
        }
        // frm writes use the low 3 bits; the rest must be ignored.
        "fsrm" => {
            let t = controlled(ctx, (random & !7) | rm);
            ctx.op(format!("fsrm x{rd}, x{t}"));
        }
        "fsflags" | "csrrs fflags" | "csrrc fflags" | "csrrc fcsr" | "csrrc frm" => {
            // Any value: flags take the low 5 bits, clearing bits of a valid frm
            // leaves a valid frm (every subset of 0..=4's bits is <= 4).
            let rs = ctx.xs();
            match m.split_once(' ') {
                Some((op, csr)) => ctx.op(format!("{op} x{rd}, {csr}, x{rs}")),
                None => ctx.op(format!("fsflags x{rd}, x{rs}")),
            }
        }
        "fsrmi" => ctx.op(format!("fsrmi x{rd}, {rm}")),
        "fsflagsi" => ctx.op(format!("fsflagsi x{rd}, {imm5}")),
        "csrrsi fflags" | "csrrci fflags" | "csrrci frm" | "csrrsi fcsr" | "csrrci fcsr"
        | "csrrwi fcsr" => {
            // A 5-bit immediate reaches only fflags in fcsr; clearing frm bits is safe;
            // csrrwi fcsr sets frm to 0 (rne).
            let (op, csr) = m.split_once(' ').expect("op csr");
            ctx.op(format!("{op} x{rd}, {csr}, {imm5}"));
        }
        "csrrwi frm" => ctx.op(format!("csrrwi x{rd}, frm, {rm}")),
        "csrrs frm" => {
            // Setting frm bits could make it invalid, so set none: the low 3
            // bits are zero, the random upper ones must be ignored.
            let t = controlled(ctx, random & !7);
            ctx.op(format!("csrrs x{rd}, frm, x{t}"));
        }
        "csrrs fcsr" => {
            let t = controlled(ctx, random & !0xe0);
            ctx.op(format!("csrrs x{rd}, fcsr, x{t}"));
        }
        _ => panic!("unknown fcsr variant {m}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fp_variant_has_a_shape() {
        for class in CLASSES
            .iter()
            .filter(|c| ["fp-arith", "fp-misc", "fp-cvt"].contains(&c.name))
        {
            for m in class.variants {
                assert!(shape(m).is_some(), "{m}");
            }
        }
        assert_eq!(shape("fcvt.d.w"), Some(Shape::FromInt { rm: false }));
        assert_eq!(shape("fcvt.d.l"), Some(Shape::FromInt { rm: true }));
        assert_eq!(shape("fcvt.d.s"), Some(Shape::R1 { rm: false }));
        assert_eq!(shape("fmv.x.d"), Some(Shape::ToInt { rm: false }));
        assert_eq!(shape("fmv.w.x"), Some(Shape::FromInt { rm: false }));
        assert_eq!(precisions("fcvt.s.lu"), (Some('s'), None));
        assert_eq!(precisions("fcvt.d.s"), (Some('d'), Some('s')));
        assert_eq!(precisions("fmv.x.w"), (None, Some('s')));
        assert_eq!(precisions("fmv.d.x"), (Some('d'), None));
        assert_eq!(precisions("fmadd.s"), (Some('s'), Some('s')));
    }
}
