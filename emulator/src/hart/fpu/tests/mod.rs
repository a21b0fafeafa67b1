//! Unit tests for the FPU, all through the public interface (`compute` and
//! the three routing predicates), with exact expected bits and flags.
//!
//! Expected values were worked out from the spec and IEEE 754, and each table
//! case was also run on `qemu-riscv64` (a static rv64gc program executing the
//! instruction with the same register bits and rounding mode), which agreed.

mod arith;
mod classify;
mod compare;
mod convert;
mod host;
mod routing;

pub(super) use super::{compute, dest_is_int, src_is_int, uses_rm, FpResult, DZ, NV, NX, OF, UF};
pub(super) use crate::isa::Op;

pub(super) const RNE: u8 = 0;
pub(super) const RTZ: u8 = 1;
pub(super) const RDN: u8 = 2;
pub(super) const RUP: u8 = 3;
pub(super) const RMM: u8 = 4;

/// A single's bits as they sit in an f register: NaN-boxed.
pub(super) const fn s(bits: u32) -> u64 {
    0xffff_ffff_0000_0000 | bits as u64
}

/// A single value, NaN-boxed.
pub(super) fn sf(x: f32) -> u64 {
    s(x.to_bits())
}

/// A double value's bits.
pub(super) fn df(x: f64) -> u64 {
    x.to_bits()
}

/// The canonical NaNs as written to an f register.
pub(super) const S_NAN: u64 = s(0x7fc0_0000);
pub(super) const D_NAN: u64 = 0x7ff8_0000_0000_0000;

/// One expectation: op, rm, rs1, rs2, rs3 -> value written, flags raised.
pub(super) type Case = (Op, u8, u64, u64, u64, u64, u8);

/// Runs every case and reports all mismatches at once.
pub(super) fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for &(op, rm, a, b, c, value, flags) in cases {
        let got = compute(op, rm, a, b, c);
        if got != (FpResult { value, flags }) {
            failures.push(format!(
                "{} rm={rm} a={a:#018x} b={b:#018x} c={c:#018x}\n  expected {value:#018x} flags {flags:#07b}\n  actual   {:#018x} flags {:#07b}",
                op.name(),
                got.value,
                got.flags
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
