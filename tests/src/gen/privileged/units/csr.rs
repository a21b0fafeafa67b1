//! The CSR units: reads and writes of the trap CSRs with values drawn by
//! each CSR's rules (see `csrs`), the interrupt pokes, and the trap-vector
//! switches.

use crate::gen::privileged::csrs::{self, ms, Kind, Op, CSRS};
use crate::gen::privileged::frame;
use crate::gen::privileged::Body;

/// Reads `csr` into `rd`, masked to its comparable bits.
pub(crate) fn read_into(b: &mut Body, rd: usize, csr: &csrs::Csr) {
    b.op(format!("csrr x{rd}, {}", csr.name));
    mask(b, rd, csr.read_mask);
}

fn mask(b: &mut Body, rd: usize, mask: u64) {
    if rd == 0 || mask == u64::MAX {
        return;
    }
    if mask == !1 {
        b.op(format!("andi x{rd}, x{rd}, -2"));
    } else {
        b.op(format!("li gp, {mask:#x}\n    and x{rd}, x{rd}, gp"));
    }
}

/// One CSR instruction on `csr` with a value drawn by the CSR's rules; the
/// old value lands in a body register (or x0) and is masked.
pub(crate) fn csr_op(b: &mut Body, csr: &csrs::Csr, op: Op) {
    let imm = b.rng.chance(1, 4);
    let v = csrs::value(&mut b.rng, csr.kind, op, imm, b.flavor);
    let rd = if b.rng.chance(1, 4) { 0 } else { b.reg() };
    if imm {
        b.op(format!("{} x{rd}, {}, {v}", op.mnemonic(true), csr.name));
    } else {
        b.op(format!("li gp, {v:#x}"));
        b.op(format!("{} x{rd}, {}, gp", op.mnemonic(false), csr.name));
    }
    mask(b, rd, csr.read_mask);
}

/// A CSR for random writes: any but the trap vectors (see `tvec`).
fn writable_csr(b: &mut Body) -> &'static csrs::Csr {
    loop {
        let c = b.rng.pick(CSRS);
        if c.kind != Kind::Tvec {
            return c;
        }
    }
}

fn random_op(b: &mut Body) -> Op {
    *b.rng.pick(&[Op::Write, Op::Set, Op::Clear])
}

pub(super) fn csr_read(b: &mut Body) {
    let c = b.rng.pick(CSRS);
    let rd = b.reg();
    read_into(b, rd, c);
}

pub(super) fn csr_write(b: &mut Body) {
    let c = writable_csr(b);
    let op = random_op(b);
    csr_op(b, c, op);
}

pub(super) fn csr_write_read(b: &mut Body) {
    let c = writable_csr(b);
    let op = random_op(b);
    csr_op(b, c, op);
    let rd = b.reg();
    read_into(b, rd, c);
}

/// The CSRs that decide whether an interrupt is pending and taken: each
/// write here is the point where an interrupt may become pending and
/// enabled, so both machines take it right after the instruction.
pub(super) fn irq_poke(b: &mut Body) {
    // One to three supervisor interrupts (SSI, STI, SEI).
    let bits = loop {
        let v = b.rng.below(8);
        if v != 0 {
            break (v & 1) << 1 | (v & 2) << 4 | (v & 4) << 7;
        }
    };
    let (m, csr) = match b.rng.below(20) {
        0..=6 => ("csrs", "mip"),
        7 => ("csrc", "mip"),
        8..=10 => ("csrs", "mie"),
        11 => ("csrc", "mie"),
        12 => ("csrs", "sie"),
        13 => ("csrs", "sip"),
        14 | 15 => (*b.rng.pick(&["csrs", "csrc", "csrw"]), "mideleg"),
        _ => {
            let (csr, enable) = match b.rng.below(4) {
                0 => ("sstatus", ms::SIE),
                1 => ("mstatus", ms::SIE),
                _ => ("mstatus", ms::MIE),
            };
            let m = if b.rng.chance(2, 3) { "csrsi" } else { "csrci" };
            b.op(format!("{m} {csr}, {enable}"));
            return;
        }
    };
    if b.rng.chance(1, 3) {
        let rd = b.reg();
        b.op(format!("li gp, {bits:#x}\n    {} x{rd}, {csr}, gp", rmw(m)));
        mask(b, rd, csrs::csr(csr).read_mask);
    } else {
        b.op(format!("li gp, {bits:#x}\n    {m} {csr}, gp"));
    }
}

/// The read-modify-write form of a CSR pseudo-instruction.
fn rmw(m: &str) -> &'static str {
    match m {
        "csrs" => "csrrs",
        "csrc" => "csrrc",
        _ => "csrrw",
    }
}

/// Switches mtvec or stvec between direct and vectored mode, or writes a
/// random value, reads it back and restores a handler.
pub(super) fn tvec(b: &mut Body) {
    let m = b.rng.chance(1, 2);
    let name = if m { "mtvec" } else { "stvec" };
    if b.rng.chance(1, 2) {
        let v = csrs::value(&mut b.rng, Kind::Tvec, Op::Write, false, b.flavor);
        let rd = b.reg();
        b.op(format!(
            "li gp, {v:#x}\n    csrw {name}, gp\n    csrr x{rd}, {name}"
        ));
    }
    let vectored = b.rng.chance(1, 2);
    b.op(format!(
        "lla gp, {}\n    csrw {name}, gp",
        frame::tvec_symbol(m, vectored)
    ));
}
