//! The floating-point unit: every F and D computational instruction (all of
//! F/D except the loads and stores) as a pure function on raw register bits.
//!
//! The hart reads the source registers, resolves the rounding mode (rejecting
//! 5..=7 as illegal), calls [`compute`], writes `value` to x[rd] or f[rd] and
//! ORs `flags` into fcsr.fflags. Semantics follow the unprivileged spec's F
//! and D chapters: IEEE 754-2008 results, the canonical NaN for every NaN an
//! arithmetic operation produces, NaN-boxing of singles in the 64-bit f
//! registers, and the 2019 fmin/fmax.
//!
//! Rounding arithmetic is Berkeley SoftFloat with its RISC-V specialization
//! (canonical default NaN, RISC-V's saturating integer conversions, tininess
//! after rounding). Operations that only move or inspect bits (sign
//! injection, min/max, classify, moves) are written out here.
//!
//! Files: `format` (the trait describing a precision, and NaN-boxing),
//! `single` and `double` (its two implementations over SoftFloat), `session`
//! (rounding mode in, flags out, around every SoftFloat call), then one file
//! per kind of instruction: `arith`, `compare`, `sign`, `classify`, `convert`.

mod arith;
mod classify;
mod compare;
mod convert;
mod double;
mod format;
mod session;
mod sign;
mod single;
#[cfg(test)]
mod tests;

use crate::isa::Op;
use arith::Fused;
use convert::Int;
use double::Double as D;
use format::Format;
use sign::Inject;
use single::Single as S;

/// Result of one FP computation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FpResult {
    /// Exactly what is written to the destination register.
    pub value: u64,
    /// fflags bits to OR into fcsr (see [`NV`] .. [`NX`]).
    pub flags: u8,
}

/// fflags bit: invalid operation.
pub const NV: u8 = 1 << 4;
/// fflags bit: divide by zero.
pub const DZ: u8 = 1 << 3;
/// fflags bit: overflow.
pub const OF: u8 = 1 << 2;
/// fflags bit: underflow.
pub const UF: u8 = 1 << 1;
/// fflags bit: inexact.
pub const NX: u8 = 1;

/// Whether `op` takes its first source from the integer register file (x[rs1])
/// rather than f[rs1] (fcvt.s.w/wu/l/lu, fcvt.d.*, fmv.w.x, fmv.d.x).
pub fn src_is_int(op: Op) -> bool {
    use Op::*;
    matches!(
        op,
        FcvtSW | FcvtSWu | FcvtSL | FcvtSLu | FmvWX | FcvtDW | FcvtDWu | FcvtDL | FcvtDLu | FmvDX
    )
}

/// Whether `op` writes the integer register file x[rd] rather than f[rd]
/// (fcvt.w/wu/l/lu.*, fmv.x.*, feq/flt/fle, fclass).
pub fn dest_is_int(op: Op) -> bool {
    use Op::*;
    matches!(
        op,
        FcvtWS
            | FcvtWuS
            | FcvtLS
            | FcvtLuS
            | FmvXW
            | FeqS
            | FltS
            | FleS
            | FclassS
            | FcvtWD
            | FcvtWuD
            | FcvtLD
            | FcvtLuD
            | FmvXD
            | FeqD
            | FltD
            | FleD
            | FclassD
    )
}

/// Whether `op` has a rounding-mode field (funct3 = rm). For those the hart
/// resolves rm (7 = dynamic -> fcsr.frm) and raises illegal-instruction if the
/// resolved rm is 5, 6 or 7 before calling `compute`.
///
/// This includes the conversions that can never round (fcvt.d.s, fcvt.d.w,
/// fcvt.d.wu): the spec says implementations must still treat their rm field
/// as usual when deciding legal vs. reserved encodings.
pub fn uses_rm(op: Op) -> bool {
    use Op::*;
    matches!(
        op,
        FmaddS
            | FmsubS
            | FnmsubS
            | FnmaddS
            | FaddS
            | FsubS
            | FmulS
            | FdivS
            | FsqrtS
            | FcvtWS
            | FcvtWuS
            | FcvtLS
            | FcvtLuS
            | FcvtSW
            | FcvtSWu
            | FcvtSL
            | FcvtSLu
            | FmaddD
            | FmsubD
            | FnmsubD
            | FnmaddD
            | FaddD
            | FsubD
            | FmulD
            | FdivD
            | FsqrtD
            | FcvtSD
            | FcvtDS
            | FcvtWD
            | FcvtWuD
            | FcvtLD
            | FcvtLuD
            | FcvtDW
            | FcvtDWu
            | FcvtDL
            | FcvtDLu
    )
}

/// Computes `op` on raw register bits. `a`, `b`, `c` are the raw 64-bit
/// contents of rs1 (or x[rs1] when `src_is_int`), rs2, rs3 (unused ones are
/// 0). `rm` is the resolved rounding mode 0..=4 (RNE, RTZ, RDN, RUP, RMM) for
/// ops that use it, ignored otherwise. The returned value is exactly what is
/// written to the destination register: NaN-boxed for single results going
/// to f registers, sign-extended as the spec says for integer results.
///
/// Never panics in release builds; a non-FP `op` gives value 0, flags 0.
pub fn compute(op: Op, rm: u8, a: u64, b: u64, c: u64) -> FpResult {
    use Op::*;
    match op {
        FmaddS => arith::fused::<S>(Fused::Madd, rm, a, b, c),
        FmsubS => arith::fused::<S>(Fused::Msub, rm, a, b, c),
        FnmsubS => arith::fused::<S>(Fused::Nmsub, rm, a, b, c),
        FnmaddS => arith::fused::<S>(Fused::Nmadd, rm, a, b, c),
        FaddS => arith::binary::<S>(S::add, rm, a, b),
        FsubS => arith::binary::<S>(S::sub, rm, a, b),
        FmulS => arith::binary::<S>(S::mul, rm, a, b),
        FdivS => arith::binary::<S>(S::div, rm, a, b),
        FsqrtS => arith::sqrt::<S>(rm, a),
        FsgnjS => sign::inject::<S>(Inject::Copy, a, b),
        FsgnjnS => sign::inject::<S>(Inject::Negate, a, b),
        FsgnjxS => sign::inject::<S>(Inject::Xor, a, b),
        FminS => compare::min_max::<S>(false, a, b),
        FmaxS => compare::min_max::<S>(true, a, b),
        FcvtWS => convert::to_int::<S>(Int::W, rm, a),
        FcvtWuS => convert::to_int::<S>(Int::Wu, rm, a),
        FcvtLS => convert::to_int::<S>(Int::L, rm, a),
        FcvtLuS => convert::to_int::<S>(Int::Lu, rm, a),
        FmvXW => convert::move_x_from_w(a),
        FeqS => compare::compare::<S>(S::eq, a, b),
        FltS => compare::compare::<S>(S::lt, a, b),
        FleS => compare::compare::<S>(S::le, a, b),
        FclassS => classify::fclass::<S>(a),
        FcvtSW => convert::from_int::<S>(Int::W, rm, a),
        FcvtSWu => convert::from_int::<S>(Int::Wu, rm, a),
        FcvtSL => convert::from_int::<S>(Int::L, rm, a),
        FcvtSLu => convert::from_int::<S>(Int::Lu, rm, a),
        FmvWX => convert::move_w_from_x(a),

        FmaddD => arith::fused::<D>(Fused::Madd, rm, a, b, c),
        FmsubD => arith::fused::<D>(Fused::Msub, rm, a, b, c),
        FnmsubD => arith::fused::<D>(Fused::Nmsub, rm, a, b, c),
        FnmaddD => arith::fused::<D>(Fused::Nmadd, rm, a, b, c),
        FaddD => arith::binary::<D>(D::add, rm, a, b),
        FsubD => arith::binary::<D>(D::sub, rm, a, b),
        FmulD => arith::binary::<D>(D::mul, rm, a, b),
        FdivD => arith::binary::<D>(D::div, rm, a, b),
        FsqrtD => arith::sqrt::<D>(rm, a),
        FsgnjD => sign::inject::<D>(Inject::Copy, a, b),
        FsgnjnD => sign::inject::<D>(Inject::Negate, a, b),
        FsgnjxD => sign::inject::<D>(Inject::Xor, a, b),
        FminD => compare::min_max::<D>(false, a, b),
        FmaxD => compare::min_max::<D>(true, a, b),
        FcvtSD => convert::single_from_double(rm, a),
        FcvtDS => convert::double_from_single(rm, a),
        FeqD => compare::compare::<D>(D::eq, a, b),
        FltD => compare::compare::<D>(D::lt, a, b),
        FleD => compare::compare::<D>(D::le, a, b),
        FclassD => classify::fclass::<D>(a),
        FcvtWD => convert::to_int::<D>(Int::W, rm, a),
        FcvtWuD => convert::to_int::<D>(Int::Wu, rm, a),
        FcvtLD => convert::to_int::<D>(Int::L, rm, a),
        FcvtLuD => convert::to_int::<D>(Int::Lu, rm, a),
        FmvXD => convert::move_raw(a),
        FcvtDW => convert::from_int::<D>(Int::W, rm, a),
        FcvtDWu => convert::from_int::<D>(Int::Wu, rm, a),
        FcvtDL => convert::from_int::<D>(Int::L, rm, a),
        FcvtDLu => convert::from_int::<D>(Int::Lu, rm, a),
        FmvDX => convert::move_raw(a),

        _ => {
            debug_assert!(false, "fpu::compute called with non-FP op {op:?}");
            FpResult { value: 0, flags: 0 }
        }
    }
}
