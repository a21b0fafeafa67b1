//! The RISC-V hart as the kernel sees it: CSRs, the M-mode start code,
//! context switching and floating-point state.

pub mod csr;
pub mod fp;
pub mod ipi;
pub mod start;
pub mod switch;
