//! The units a privileged program body is made of: short instruction
//! sequences, each meaningful in any privilege mode (where a step is not
//! allowed it traps, the handler logs it and skips it, and the unit goes
//! on). The generator never needs to know which mode the hart is in.

mod csr;

use super::csrs::{self, ms, Kind, Op};
use super::frame::{self, CLINT_MSIP, REQUEST, REQ_REG};
use super::{Body, Hint};

/// A unit: its name, the function that emits it, and its weights when the
/// generator guesses the hart is in U, S or M-mode (see `Body::hint`).
pub(crate) struct Unit {
    pub name: &'static str,
    pub emit: fn(&mut Body),
    pub weights: [u32; 3],
}

#[rustfmt::skip]
pub(crate) use csr::read_into;
use csr::{csr_read, csr_write, csr_write_read, irq_poke, tvec};

pub(crate) static UNITS: &[Unit] = &[
    Unit {
        name: "csr-read",
        emit: csr_read,
        weights: [6, 10, 10],
    },
    Unit {
        name: "csr-write",
        emit: csr_write,
        weights: [4, 10, 14],
    },
    Unit {
        name: "csr-write-read",
        emit: csr_write_read,
        weights: [3, 8, 10],
    },
    Unit {
        name: "irq-poke",
        emit: irq_poke,
        weights: [2, 10, 16],
    },
    Unit {
        name: "tvec",
        emit: tvec,
        weights: [1, 3, 3],
    },
    Unit {
        name: "mret-to",
        emit: mret_to,
        weights: [2, 3, 8],
    },
    Unit {
        name: "sret-to",
        emit: sret_to,
        weights: [2, 6, 6],
    },
    Unit {
        name: "request",
        emit: request,
        weights: [5, 4, 3],
    },
    Unit {
        name: "escalate",
        emit: escalate,
        weights: [8, 5, 2],
    },
    Unit {
        name: "ecall",
        emit: ecall,
        weights: [4, 4, 3],
    },
    Unit {
        name: "ebreak",
        emit: ebreak,
        weights: [2, 2, 2],
    },
    Unit {
        name: "illegal",
        emit: illegal,
        weights: [5, 5, 4],
    },
    Unit {
        name: "system",
        emit: system,
        weights: [3, 4, 3],
    },
    Unit {
        name: "wfi",
        emit: wfi,
        weights: [2, 2, 2],
    },
    Unit {
        name: "mem-fault",
        emit: mem_fault,
        weights: [5, 5, 5],
    },
    Unit {
        name: "fetch-fault",
        emit: fetch_fault,
        weights: [2, 2, 2],
    },
    Unit {
        name: "mprv",
        emit: mprv_window,
        weights: [0, 1, 4],
    },
];

/// Addresses with nothing behind them on the `virt` board (QEMU and rvlab
/// alike, 128 MiB of RAM): loads, stores and fetches there fault.
pub const UNMAPPED: &[u64] = &[0x0, 0x8, 0x8800_0000, 0x9000_0000, 0x10_0000_0000];

/// mret to U, S or M with a random MPIE (so MIE after the mret is random).
fn mret_to(b: &mut Body) {
    let mpp = csrs::mpp_value(&mut b.rng);
    if b.rng.chance(1, 3) {
        let v = csrs::value(&mut b.rng, Kind::Mstatus, Op::Write, false, b.flavor);
        let v = (v & !ms::MPP) | mpp;
        b.op(format!("li gp, {v:#x}\n    csrw mstatus, gp"));
    } else {
        let mpie = if b.rng.chance(1, 2) { ms::MPIE } else { 0 };
        b.op(format!(
            "li gp, {:#x}\n    csrc mstatus, gp\n    li gp, {:#x}\n    csrs mstatus, gp",
            ms::MPP | ms::MPIE,
            mpp | mpie
        ));
    }
    let l = b.label();
    b.op(format!("lla gp, {l}\n    csrw mepc, gp\n    mret"));
    b.place(&l);
    if b.hint == Hint::M {
        b.hint = Hint::from_mpp(mpp);
    }
}

/// sret to U or S with a random SPIE.
fn sret_to(b: &mut Body) {
    let spp = if b.rng.chance(1, 2) { ms::SPP } else { 0 };
    if b.rng.chance(1, 3) {
        let v = csrs::value(&mut b.rng, Kind::Sstatus, Op::Write, false, b.flavor);
        let v = (v & !ms::SPP) | spp;
        b.op(format!("li gp, {v:#x}\n    csrw sstatus, gp"));
    } else {
        let spie = if b.rng.chance(1, 2) { ms::SPIE } else { 0 };
        b.op(format!(
            "li gp, {:#x}\n    csrc sstatus, gp\n    li gp, {:#x}\n    csrs sstatus, gp",
            ms::SPP | ms::SPIE,
            spp | spie
        ));
    }
    let l = b.label();
    b.op(format!("lla gp, {l}\n    csrw sepc, gp\n    sret"));
    b.place(&l);
    if b.hint != Hint::U {
        b.hint = if spp != 0 { Hint::S } else { Hint::U };
    }
}

/// Asks the next handler to return to a mode, then traps.
fn request(b: &mut Body) {
    let mode = *b.rng.pick(&[0u64, 1, 3]);
    b.op(format!("li {REQ_REG}, {:#x}", REQUEST | mode));
    b.hint = Hint::from_mpp(mode << 11);
    match b.rng.below(4) {
        0 => b.op(".word 0"),
        1 => b.op("ebreak"),
        _ => b.op("ecall"),
    }
}

/// Goes to M-mode from any mode, whatever medeleg says: a request, then a
/// machine software interrupt through the CLINT (taken at once below
/// M-mode, and in M-mode when mstatus.MIE is set; otherwise the request
/// waits for the next M-mode trap). The store sits in a block of its own
/// that ends with a jump, so both machines take the interrupt at the jump's
/// target; the second block clears msip again.
fn escalate(b: &mut Body) {
    b.op(format!("li {REQ_REG}, {:#x}", REQUEST | 3));
    b.hint = Hint::M;
    let (l1, l2, l3) = (b.label(), b.label(), b.label());
    b.op(format!(
        "li gp, {:#x}\n    j {l1}\n    .balign 8",
        CLINT_MSIP + 1
    ));
    b.place(&l1);
    b.op(format!("sw gp, -1(gp)\n    j {l2}"));
    b.place(&l2);
    b.op(format!("sw zero, -1(gp)\n    j {l3}"));
    b.place(&l3);
}

fn ecall(b: &mut Body) {
    b.op("ecall");
}

fn ebreak(b: &mut Body) {
    if b.rng.chance(1, 2) {
        b.op("ebreak");
    } else {
        // c.ebreak, then c.nop to keep the code 4-byte aligned.
        b.op(".half 0x9002\n    .half 0x0001");
    }
}

/// Reserved and illegal encodings (each traps in every mode), and
/// instructions illegal only in some modes or states.
fn illegal(b: &mut Body) {
    const WORDS: &[u32] = &[
        0x0000_0000, // all zeros: defined illegal
        0xffff_ffff, // all ones
        0xfe00_0033, // OP with funct7 = 0x7f: no extension uses it
        0x0000_7003, // LOAD with funct3 = 7: reserved in RV64
    ];
    // Reserved compressed encodings (C extension, table "RVC opcode map").
    const HALVES: &[u16] = &[
        0x0000, // c.unimp (all zeros)
        0x0004, // c.addi4spn with nzuimm = 0
        0x6081, // c.lui x1, 0
        0x6101, // c.addi16sp 0
        0x4002, // c.lwsp x0
        0x6002, // c.ldsp x0
        0x8002, // c.jr x0
    ];
    match b.rng.below(7) {
        0 | 1 => {
            let w = *b.rng.pick(WORDS);
            b.op(format!(".word {w:#010x}"));
        }
        2 | 3 => {
            let h = *b.rng.pick(HALVES);
            b.op(format!(".half {h:#06x}\n    .half 0x0001"));
        }
        // Writes to read-only CSRs (numbers 0xc00-0xfff).
        4 => {
            let ro = *b.rng.pick(&["mhartid", "cycle", "time", "instret"]);
            match b.rng.below(3) {
                0 => b.op(format!("li gp, 1\n    csrw {ro}, gp")),
                1 => {
                    let v = 1 + b.rng.below(31);
                    b.op(format!("csrrsi x0, {ro}, {v}"));
                }
                _ => b.op(format!("csrrwi x0, {ro}, 0")),
            }
        }
        // A CSR number nothing implements.
        5 => {
            let n = *b.rng.pick(&[0x0ff, 0x1ff, 0x3ff, 0x5ff, 0x7ff, 0xcff]);
            let rd = b.reg();
            b.op(format!("csrr x{rd}, {n:#x}"));
        }
        // An FP instruction: illegal while mstatus.FS = Off, else it
        // writes f1 and makes FS Dirty.
        _ => b.op("fmv.d.x f1, x0"),
    }
}

/// Instructions whose legality depends on the mode and on mstatus:
/// counters (mcounteren/scounteren), satp and sfence.vma (TVM).
fn system(b: &mut Body) {
    match b.rng.below(4) {
        // The value depends on timing: read into x0, only the trap matters.
        0 => {
            let c = *b.rng.pick(&["cycle", "time", "instret"]);
            b.op(format!("csrr x0, {c}"));
        }
        1 => {
            let (r1, r2) = (b.any_reg(), b.any_reg());
            b.op(format!("sfence.vma x{r1}, x{r2}"));
        }
        2 => b.op("csrw satp, x0"),
        _ => {
            let rd = b.reg();
            b.op(format!("csrr x{rd}, satp"));
        }
    }
}

/// wfi, with a machine software interrupt made pending just before (the
/// programs keep mie.MSIE set), so it cannot wait forever on either machine:
/// in U-mode it is illegal, in S-mode it is illegal with TW, otherwise it
/// completes. The store and the wfi start a block of their own (after a
/// jump, in one aligned 8-byte chunk), so both machines see the CLINT write
/// take effect at the same instruction boundary.
fn wfi(b: &mut Body) {
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
}

/// A load, store, LR or (in `amo_faults` programs) AMO at an address that
/// faults: unmapped, the guard page (only S and U fault there), or
/// misaligned (LR and AMO only: a misaligned plain load or store may be
/// performed, 2.6, so it is not compared).
fn mem_fault(b: &mut Body) {
    const LOADS: &[(&str, u64)] = &[
        ("lb", 1),
        ("lh", 2),
        ("lw", 4),
        ("ld", 8),
        ("lbu", 1),
        ("lhu", 2),
        ("lwu", 4),
    ];
    const STORES: &[(&str, u64)] = &[("sb", 1), ("sh", 2), ("sw", 4), ("sd", 8)];
    const AMOS: &[(&str, u64)] = &[
        ("amoswap.w", 4),
        ("amoadd.d", 8),
        ("amoor.w", 4),
        ("amomaxu.d", 8),
        ("amoand.w", 4),
    ];
    let kind = b.rng.below(if b.flavor.amo_faults { 4 } else { 3 });
    let (mnem, size) = match kind {
        0 => *b.rng.pick(LOADS),
        1 => *b.rng.pick(STORES),
        2 => *b.rng.pick(&[("lr.w", 4), ("lr.d", 8)]),
        _ => *b.rng.pick(AMOS),
    };
    let atomic = kind >= 2;
    // Where: unmapped, guard page (aligned, past its first word), or
    // misaligned inside the scratch area (atomics only).
    let target = match b.rng.below(if atomic { 3 } else { 2 }) {
        0 => format!("{:#x}", b.rng.pick(UNMAPPED)),
        // Past the guard page's first 8 bytes, which hold its `ret`.
        1 => format!(
            "rv_guard + {}",
            8 + size * b.rng.below((frame::GUARD_DUMP as u64 - 8) / size)
        ),
        _ => format!("rv_scratch + {}", 1 + b.rng.below(size - 1)),
    };
    if target.starts_with("0x") {
        b.op(format!("li gp, {target}"));
    } else {
        b.op(format!("lla gp, {target}"));
    }
    let (rd, rs) = (b.reg_or_zero(), b.any_reg());
    match kind {
        0 => b.op(format!("{mnem} x{rd}, 0(gp)")),
        1 => b.op(format!("{mnem} x{rs}, 0(gp)")),
        2 => b.op(format!("{mnem} x{rd}, (gp)")),
        _ => b.op(format!("{mnem} x{rd}, x{rs}, (gp)")),
    }
}

/// A jump to an address that cannot be fetched (unmapped, or the guard page
/// in S and U); the handler returns to `ra`. In M-mode the guard page's
/// `c.jr ra` returns at once. Two targets in the page before the guard
/// reach it by falling through: a 4-byte instruction whose second half is
/// in the guard page (xepc is its address, xtval if not zero is the
/// guard's, 3.1.16), and two nops before it.
fn fetch_fault(b: &mut Body) {
    match b.rng.below(4) {
        0 => {
            let a = *b.rng.pick(UNMAPPED);
            b.op(format!("li gp, {a:#x}"));
        }
        1 => b.op("lla gp, rv_guard + 2"),
        2 => b.op("lla gp, rv_guard - 2"),
        _ => b.op("lla gp, rv_pre_guard"),
    }
    b.op("jalr ra, 0(gp)");
}

/// One to three loads and stores in the guard page.
fn guard_accesses(b: &mut Body) {
    for _ in 0..1 + b.rng.below(3) {
        let off = 8 * (1 + b.rng.below(frame::GUARD_DUMP as u64 / 8 - 1));
        let r = b.reg();
        let op = if b.rng.chance(1, 2) { "ld" } else { "sd" };
        b.op(format!("lla gp, rv_guard + {off}\n    {op} x{r}, 0(gp)"));
    }
}

/// mstatus.MPRV set for a few loads and stores (in M-mode they are then
/// checked as the mode in MPP: the guard page faults for U and S), then
/// cleared again before anything can leave M-mode.
fn mprv_window(b: &mut Body) {
    let mpp = csrs::mpp_value(&mut b.rng);
    b.op(format!(
        "li gp, {:#x}\n    csrc mstatus, gp\n    li gp, {:#x}\n    csrs mstatus, gp",
        ms::MPP,
        ms::MPRV | mpp
    ));
    guard_accesses(b);
    if b.rng.chance(1, 3) {
        // mret to M keeps MPRV (only a return below M clears it, 3.1.6.1)
        // and leaves MPP = U: the accesses after it are checked as U-mode.
        // QEMU 7.2 keeps using the permissions its TLB cached while MPP
        // was M (its mret changes MPP without a TLB flush), so the sd after
        // the mret would pass there; an sfence.vma, which changes nothing
        // architecturally without paging, makes QEMU look again.
        let l = b.label();
        b.op(format!(
            "li gp, {:#x}\n    csrs mstatus, gp\n    lla gp, {l}\n    csrw mepc, gp\n    mret",
            ms::MPP
        ));
        b.place(&l);
        b.op("sfence.vma");
        guard_accesses(b);
    }
    if b.rng.chance(1, 2) {
        let rd = b.reg();
        read_into(b, rd, csrs::csr("mstatus"));
    }
    b.op(format!("li gp, {:#x}\n    csrc mstatus, gp", ms::MPRV));
}
