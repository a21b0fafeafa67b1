//! TEMPORARY placeholder so the crate compiles while the FPU module is written
//! in its own workspace; replaced wholesale by the real module.
use crate::isa::Op;
pub struct FpResult { pub value: u64, pub flags: u8 }
pub fn src_is_int(_op: Op) -> bool { false }
pub fn dest_is_int(_op: Op) -> bool { false }
pub fn uses_rm(_op: Op) -> bool { false }
pub fn compute(_op: Op, _rm: u8, _a: u64, _b: u64, _c: u64) -> FpResult { FpResult { value: 0, flags: 0 } }
