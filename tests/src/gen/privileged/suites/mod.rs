//! Deterministic privileged programs: every unit in every flavor, and
//! structured sweeps over delegation, interrupts and CSRs, where each case
//! is set up from M-mode, run in the mode under test, and ended by a
//! return to M-mode.

mod csr;
mod delegation;
mod interrupts;
mod spec_only;

pub use csr::csr_programs;
pub use delegation::delegation_programs;
pub use interrupts::{interrupt_programs, priority_program};
pub use spec_only::{spec_only_program, Expect};

use super::csrs::{ms, Flavor, MSIE};
use super::frame::{Setup, CLINT_MSIP, REQUEST, REQ_REG};
use super::{random_setup, Body};
use crate::gen::Program;
use crate::rng::Rng;

/// A privilege mode, as MPP encodes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    U = 0,
    S = 1,
    M = 3,
}

pub(crate) const MODES: [Mode; 3] = [Mode::U, Mode::S, Mode::M];

/// One of each unit three times over, then random units.
pub fn every_unit(seed: u64, flavor: Flavor) -> Program {
    let mut rng = Rng::new(seed);
    let setup = random_setup(&mut rng, flavor);
    let mut body = Body::new(rng, flavor);
    for _ in 0..3 {
        body.every_unit();
    }
    for _ in 0..60 {
        body.random_unit();
    }
    body.finish(
        format!("priv-every-unit-{seed}"),
        Some(seed),
        &format!("rvlab privileged program: every unit, seed {seed}, {flavor:?}"),
        setup,
    )
}

/// A fixed starting state: nothing delegated, interrupts off, FS = Initial.
pub(crate) fn fixed_setup(m_vectored: bool, s_vectored: bool) -> Setup {
    let mut x = [0u64; 32];
    for (i, v) in x.iter_mut().enumerate() {
        *v = 0x1111 * i as u64;
    }
    let csrs = vec![
        ("mstatus", ms::XL64 | 1 << 13),
        ("medeleg", 0),
        ("mideleg", 0),
        ("mscratch", 0),
        ("sscratch", 0),
        ("mepc", 0),
        ("sepc", 0),
        ("mcause", 0),
        ("scause", 0),
        ("mtval", 0),
        ("stval", 0),
        ("mcounteren", 0),
        ("scounteren", 0),
        ("satp", 0),
    ];
    Setup {
        x,
        csrs,
        m_vectored,
        s_vectored,
        guard: (1..8).map(|i| 0x0101_0101_0101_0101 * i).collect(),
        flavor: Flavor::default(),
        results: 0,
        raw: false,
    }
}

/// A body for a deterministic program (its random stream is unused).
pub(crate) fn fixed_body() -> Body {
    Body::new(Rng::new(0), Flavor::default())
}

/// From M-mode: mret into `mode` with MPIE = `mpie` (so mstatus.MIE
/// becomes `mpie` if `mode` is M).
pub(crate) fn enter(b: &mut Body, mode: Mode, mpie: bool) {
    let l = b.label();
    b.op(format!(
        "li gp, {:#x}\n    csrc mstatus, gp\n    li gp, {:#x}\n    csrs mstatus, gp",
        ms::MPP | ms::MPIE,
        (mode as u64) << 11 | if mpie { ms::MPIE } else { 0 }
    ));
    b.op(format!("lla gp, {l}\n    csrw mepc, gp\n    mret"));
    b.place(&l);
}

/// Back to M-mode from any mode (see the `escalate` unit): below M the
/// machine software interrupt is taken at once and the M handler serves
/// the request; a request left waiting (in M-mode with MIE clear) is
/// dropped.
pub(crate) fn leave(b: &mut Body) {
    let (l1, l2, l3) = (b.label(), b.label(), b.label());
    b.op(format!(
        "li {REQ_REG}, {:#x}\n    li gp, {:#x}\n    j {l1}\n    .balign 8",
        REQUEST | 3,
        CLINT_MSIP + 1
    ));
    b.place(&l1);
    b.op(format!("sw gp, -1(gp)\n    j {l2}"));
    b.place(&l2);
    b.op(format!("sw zero, -1(gp)\n    j {l3}"));
    b.place(&l3);
    b.op(format!("li {REQ_REG}, 0"));
}

/// In M-mode: interrupts off and nothing pending or enabled but MSI's enable.
pub(crate) fn quiet(b: &mut Body) {
    b.op(format!(
        "csrci mstatus, {:#x}\n    csrw mip, zero\n    li gp, {MSIE:#x}\n    csrw mie, gp",
        ms::MIE | ms::SIE
    ));
}

/// `csrw csr, value` through gp.
pub(crate) fn write(b: &mut Body, csr: &str, value: u64) {
    b.op(format!("li gp, {value:#x}\n    csrw {csr}, gp"));
}
