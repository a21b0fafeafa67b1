//! CSR behaviour: what each trap CSR reads back after writes of every field
//! (WARL, read-only bits, the sstatus/sie/sip views), which CSRs each mode
//! may touch, the mstatus traps TSR/TVM/TW, the counter enables, and what
//! mret and sret do to the mstatus stack.

use super::{enter, fixed_body, fixed_setup, leave, quiet, write, Mode, MODES};
use crate::gen::privileged::csrs::{self, ms, Kind, IRQ_BITS, MSIE, S_IRQ_BITS};
use crate::gen::privileged::frame::{tvec_symbol, CLINT_MSIP};
use crate::gen::privileged::Body;
use crate::gen::Program;

/// A register the CSR suite reads results into.
const R: usize = 10;

pub fn csr_programs() -> Vec<Program> {
    let mut programs = Vec::new();
    for (name, emit) in [
        ("warl", warl as fn(&mut Body)),
        ("access", access),
        ("tsr-tvm-tw", tsr_tvm_tw),
        ("counters", counters),
        ("xret", xret),
    ] {
        let mut b = fixed_body();
        emit(&mut b);
        let name = format!("priv-csr-{name}");
        programs.push(b.finish(name.clone(), None, &name, fixed_setup(false, true)));
    }
    programs
}

/// Writes `value` with `op` (csrw/csrs/csrc), reads the CSR back, masked,
/// into a result slot.
fn write_read(b: &mut Body, csr: &str, op: &str, value: u64) {
    b.op(format!("li gp, {value:#x}\n    {op} {csr}, gp"));
    b.read_csr(R, csr);
    b.store_result(R, format!("{csr} after {op} {value:#x}"));
}

/// Patterns for a whole-register WARL field.
const PATTERNS: &[u64] = &[
    0,
    u64::MAX,
    0x5555_5555_5555_5555,
    0xaaaa_aaaa_aaaa_aaaa,
    0x8000_0000_0000_0000,
    0x0000_0000_ffff_ffff,
];

fn warl(b: &mut Body) {
    // mstatus, one field at a time, then all of them (UXL = SXL = 2).
    let fields = [
        ms::SIE,
        ms::SPIE,
        ms::UBE,
        ms::MPIE,
        ms::SPP,
        ms::MPP_LO,
        ms::MPP,
        1 << 13,
        2 << 13,
        ms::FS,
        ms::XS,
        ms::SUM,
        ms::MXR,
        ms::TVM,
        ms::TW,
        ms::TSR,
        ms::SBE,
        ms::MBE,
        ms::SD,
        csrs::MSTATUS_WRITE | ms::TSR,
    ];
    for f in fields {
        write_read(b, "mstatus", "csrw", ms::XL64 | f);
        b.read_csr(R, "sstatus");
        b.store_result(R, format!("sstatus after mstatus = {:#x}", ms::XL64 | f));
    }
    // mstatus.MIE, set and cleared without an interrupt pending.
    write_read(b, "mstatus", "csrs", ms::MIE);
    write_read(b, "mstatus", "csrc", ms::MIE);
    // The sstatus view: its fields reach mstatus, the others stay.
    write(b, "mstatus", ms::XL64 | ms::MPP | ms::MPIE | ms::TW);
    for f in [
        ms::SIE,
        ms::SPIE,
        ms::UBE,
        ms::SPP,
        ms::FS,
        ms::XS,
        ms::SUM,
        ms::MXR,
        ms::SD,
        csrs::SSTATUS_WRITE,
    ] {
        write_read(b, "sstatus", "csrw", 2 << 32 | f);
        b.read_csr(R, "mstatus");
        b.store_result(R, format!("mstatus after sstatus = {:#x}", 2u64 << 32 | f));
    }
    write(b, "mstatus", ms::XL64 | 1 << 13);
    // Interrupt registers: each standard bit, then all. mie keeps MSIE.
    for bit in [1u64, 3, 5, 7, 9, 11] {
        write_read(b, "mie", "csrw", MSIE | 1 << bit);
        write_read(b, "mideleg", "csrw", 1 << bit);
        write_read(b, "mip", "csrw", 1 << bit);
    }
    write_read(b, "mie", "csrw", IRQ_BITS);
    write_read(b, "mideleg", "csrw", IRQ_BITS);
    write_read(b, "mip", "csrw", IRQ_BITS);
    write_read(b, "mip", "csrc", IRQ_BITS);
    // sie and sip through each delegation subset (interrupts are off).
    for deleg in [0, 1 << 1, 1 << 5, 1 << 9, S_IRQ_BITS] {
        write(b, "mideleg", deleg);
        write(b, "mie", MSIE | S_IRQ_BITS);
        write(b, "mip", S_IRQ_BITS);
        for csr in ["sie", "sip"] {
            b.read_csr(R, csr);
            b.store_result(
                R,
                format!("{csr} with mideleg {deleg:#x}, all pending and enabled"),
            );
        }
        write_read(b, "sip", "csrc", S_IRQ_BITS);
        b.read_csr(R, "mip");
        b.store_result(R, format!("mip after csrc sip with mideleg {deleg:#x}"));
        write_read(b, "sie", "csrw", 0);
        b.read_csr(R, "mie");
        b.store_result(R, format!("mie after sie = 0 with mideleg {deleg:#x}"));
        write_read(b, "sip", "csrs", S_IRQ_BITS);
        write_read(b, "sie", "csrs", S_IRQ_BITS);
        quiet(b);
    }
    write(b, "mideleg", 0);
    // medeleg: each bit (read masked to the exceptions that exist).
    for bit in 0..16 {
        write_read(b, "medeleg", "csrw", 1 << bit);
    }
    write_read(b, "medeleg", "csrw", 0xffff);
    write(b, "medeleg", 0);
    // Whole-register fields.
    for csr in ["mscratch", "sscratch", "mcounteren", "scounteren"] {
        for &p in PATTERNS {
            write_read(b, csr, "csrw", p);
        }
    }
    // Addresses: xepc keeps bit 1 (C is on); bit 0 reads as zero (masked).
    for csr in ["mepc", "sepc", "mtval", "stval"] {
        for v in [
            0x8000_1236,
            0x3f_ffff_fffe,
            0xffff_ffc0_0000_0000,
            0x2,
            0x40_0000_0000 - 4,
        ] {
            write_read(b, csr, "csrw", v);
        }
    }
    // Causes: every legal code (WLRL).
    for code in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15] {
        write_read(b, "mcause", "csrw", code);
    }
    for code in [1u64, 3, 5, 7, 9, 11] {
        write_read(b, "mcause", "csrw", 1 << 63 | code);
    }
    for code in [
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        12,
        13,
        15,
        1 << 63 | 1,
        1 << 63 | 5,
        1 << 63 | 9,
    ] {
        write_read(b, "scause", "csrw", code);
    }
    // Trap vectors: direct and vectored, odd bases; the handler comes back.
    for (csr, m) in [("mtvec", true), ("stvec", false)] {
        for v in [0x8000_0004, 0x8000_0101, 0x3f_ffff_fffc, 0x3f_ffff_fffd, 0] {
            write_read(b, csr, "csrw", v);
        }
        b.op(format!("lla gp, {}\n    csrw {csr}, gp", tvec_symbol(m, m)));
    }
    write_read(b, "satp", "csrw", 0);
    b.read_csr(R, "mhartid");
    b.store_result(R, "mhartid");
}

/// Each CSR read and written from U and S (and M for comparison); a write
/// puts back the value just read, so it changes nothing when allowed.
fn access(b: &mut Body) {
    for mode in MODES {
        enter(b, mode, false);
        for c in csrs::CSRS {
            if c.kind == Kind::ReadOnly {
                // csrrs with a zero register would not trap on QEMU 7.2
                // (see `csrs`): write attempts use csrrw only.
                b.op(format!("csrr a0, {0}\n    csrrw a1, {0}, zero", c.name));
                continue;
            }
            b.op(format!("csrr a0, {0}\n    csrrw a1, {0}, a0", c.name));
        }
        for ro in ["cycle", "time", "instret"] {
            b.op(format!("csrw {ro}, zero\n    csrrsi x0, {ro}, 1"));
        }
        if mode != Mode::M {
            leave(b);
        }
        // The handler entries for mtvec/stvec writes put back what was there.
    }
}

/// sret, sfence.vma, satp and wfi under each TSR/TVM/TW combination, from
/// each mode. Illegal instructions are not delegated, so the S handler's
/// own sret is never the one that traps.
fn tsr_tvm_tw(b: &mut Body) {
    for bits in 0..8u64 {
        let tsr = if bits & 1 != 0 { ms::TSR } else { 0 };
        let tvm = if bits & 2 != 0 { ms::TVM } else { 0 };
        let tw = if bits & 4 != 0 { ms::TW } else { 0 };
        for mode in MODES {
            b.comment(format!(
                "TSR {} TVM {} TW {} in {mode:?}",
                bits & 1,
                bits >> 1 & 1,
                bits >> 2
            ));
            b.op(format!(
                "li gp, {:#x}\n    csrc mstatus, gp\n    li gp, {:#x}\n    csrs mstatus, gp",
                ms::TSR | ms::TVM | ms::TW,
                tsr | tvm | tw
            ));
            enter(b, mode, false);
            b.op("sfence.vma\n    sfence.vma a0, a1\n    csrr a0, satp\n    csrw satp, zero");
            // wfi with a machine software interrupt pending (see the `wfi`
            // unit): completes where it is legal, never waits.
            let (l1, l2) = (b.label(), b.label());
            b.op(format!(
                "li gp, {:#x}\n    j {l1}\n    .balign 8",
                CLINT_MSIP + 1
            ));
            b.place(&l1);
            b.op(format!(
                "sw gp, -1(gp)\n    wfi\n    sw zero, -1(gp)\n    j {l2}"
            ));
            b.place(&l2);
            // sret back to S (from M and S) with sepc at the next label.
            let l = b.label();
            b.op(format!(
                "li gp, {:#x}\n    csrs sstatus, gp\n    lla gp, {l}\n    csrw sepc, gp\n    sret",
                ms::SPP
            ));
            b.place(&l);
            leave(b);
        }
    }
    // wfi with only a locally enabled supervisor software interrupt
    // pending, which is not taken where wfi runs (delegated and S-mode
    // with SIE clear, or M-mode with MIE clear): wfi must not wait for it
    // to be globally enabled (3.3.3).
    for tw in [0, ms::TW] {
        for (mode, mideleg) in [(Mode::M, 0), (Mode::M, 2), (Mode::S, 2)] {
            b.comment(format!(
                "wfi with SSIP pending, TW {}, {mode:?}, mideleg {mideleg}",
                tw >> 21
            ));
            quiet(b);
            b.op(format!("li gp, {:#x}\n    csrc mstatus, gp", ms::TW));
            if tw != 0 {
                b.op(format!("li gp, {tw:#x}\n    csrs mstatus, gp"));
            }
            write(b, "mideleg", mideleg);
            write(b, "mie", MSIE | 2);
            write(b, "mip", 2);
            enter(b, mode, false);
            b.op("wfi\n    addi a0, a0, 1");
            if mode != Mode::M {
                leave(b);
            }
        }
    }
    quiet(b);
    write(b, "mideleg", 0);
    b.op(format!(
        "li gp, {:#x}\n    csrc mstatus, gp",
        ms::TSR | ms::TVM | ms::TW
    ));
}

/// cycle, time and instret from each mode under each counter enable: the
/// read goes to x0, only whether it traps is compared.
fn counters(b: &mut Body) {
    for m in [0u64, 1, 2, 4, 7, 0x4_0008, 0xffff_ffff] {
        for s in [0u64, 1, 2, 4, 7, 0x4_0008] {
            b.comment(format!("mcounteren {m:#x}, scounteren {s:#x}"));
            write(b, "mcounteren", m);
            write(b, "scounteren", s);
            for mode in MODES {
                enter(b, mode, false);
                b.op("csrr x0, cycle\n    csrr x0, time\n    csrr x0, instret");
                // HPM counters 3..18 (QEMU 7.2 implements 16 and traps on
                // the rest, which v1.12 3.1.10 says exist).
                b.op("csrr x0, hpmcounter3\n    csrr x0, hpmcounter18");
                if mode != Mode::M {
                    leave(b);
                }
            }
        }
    }
}

/// mret into each mode with each MPIE and MIE, and sret into U and S with
/// each SPIE and SIE from M and from S: the target reads (in M) or traps
/// with (below M) the resulting mstatus.
fn xret(b: &mut Body) {
    for mode in MODES {
        for mpie in [false, true] {
            for mie in [false, true] {
                b.comment(format!(
                    "mret to {mode:?}, MPIE {}, MIE {}",
                    u8::from(mpie),
                    u8::from(mie)
                ));
                quiet(b);
                if mie {
                    b.op(format!("csrsi mstatus, {}", ms::MIE));
                }
                enter(b, mode, mpie);
                if mode == Mode::M {
                    b.read_csr(R, "mstatus");
                    b.store_result(
                        R,
                        format!("mstatus after mret to M, MPIE {mpie}, MIE {mie}"),
                    );
                } else {
                    b.op("ecall");
                    leave(b);
                }
            }
        }
    }
    for from in [Mode::M, Mode::S] {
        for to in [Mode::U, Mode::S] {
            for spie in [false, true] {
                for sie in [false, true] {
                    b.comment(format!(
                        "sret from {from:?} to {to:?}, SPIE {}, SIE {}",
                        u8::from(spie),
                        u8::from(sie)
                    ));
                    quiet(b);
                    let set = if to == Mode::S { ms::SPP } else { 0 }
                        | if spie { ms::SPIE } else { 0 }
                        | if sie { ms::SIE } else { 0 };
                    b.op(format!(
                        "li gp, {:#x}\n    csrc mstatus, gp\n    li gp, {set:#x}\n    csrs mstatus, gp",
                        ms::SPP | ms::SPIE | ms::SIE
                    ));
                    enter(b, from, false);
                    let l = b.label();
                    b.op(format!("lla gp, {l}\n    csrw sepc, gp\n    sret"));
                    b.place(&l);
                    b.op("ecall");
                    leave(b);
                }
            }
        }
    }
}
