//! The M-mode and S-mode trap handlers of the privileged programs, as
//! assembly. Both have a direct entry (`rv_mtrap`, `rv_strap`) and a vector
//! table (`rv_mvec`, `rv_svec`, 16 slots); each entry point records which
//! one it was, so the log shows where vectored mode sent the hart.
//!
//! A handler:
//! 1. takes a log entry (48 bytes: tag, xcause, xepc, xtval, xstatus,
//!    pending) and fills it;
//! 2. for an exception, evens out what the spec leaves open or QEMU gets
//!    wrong (breakpoint xtval, AMO fault causes: see below), then returns
//!    past the instruction, or to `ra` after an instruction access fault;
//! 3. for an interrupt, clears every interrupt that could have been taken
//!    in its place (so none is taken twice and the order cannot matter),
//!    then returns to xepc;
//! 4. serves a mode request in `s10` (see `frame`).
//!
//! M uses t3..t6 and S uses s6..s9: the M handler may interrupt the S
//! handler (the S handler's exit path, and an MSI made pending just before
//! a delegated trap), never the other way round.

use super::csrs::{ms, S_IRQ_BITS};
use super::frame::{CLINT_MSIP, EXIT, REQ_REG};
use std::fmt::Write as _;

/// `s11` (x27): the log pointer.
pub const LOG_REG: &str = "s11";
/// Bytes in a log entry.
pub const ENTRY: usize = 48;
/// The spec's interrupt priority, highest first (3.1.9: "MEI, MSI, MTI,
/// SEI, SSI, STI"; 4.1.3 orders the supervisor ones the same way).
const PRIORITY: [u64; 6] = [11, 3, 7, 9, 1, 5];
/// The slot logged when several interrupts were takeable at once.
pub const SEVERAL: u64 = 0xee;

/// Emits both handlers.
pub fn emit(out: &mut String, raw: bool) {
    handler(out, true, raw);
    handler(out, false, raw);
}

struct Regs {
    /// "m" or "s": label prefix and CSR prefix.
    p: &'static str,
    /// Scratch, log entry, scratch, scratch.
    a: &'static str,
    e: &'static str,
    b: &'static str,
    c: &'static str,
}

fn handler(out: &mut String, m: bool, raw: bool) {
    let r = if m {
        Regs {
            p: "m",
            a: "t3",
            e: "t4",
            b: "t5",
            c: "t6",
        }
    } else {
        Regs {
            p: "s",
            a: "s6",
            e: "s7",
            b: "s8",
            c: "s9",
        }
    };
    let Regs { p, a, e, b, .. } = r;
    let letter = if m { 'M' } else { 'S' };
    let _ = writeln!(out, "    .balign 256\nrv_{p}vec:");
    for slot in 0..16 {
        let _ = writeln!(out, "    j rv_{p}slot{slot}");
    }
    let _ = writeln!(out, "rv_{p}trap:\n    li {b}, 0xff\n    j rv_{p}common");
    for slot in 0..16 {
        let _ = writeln!(
            out,
            "rv_{p}slot{slot}:\n    li {b}, {slot}\n    j rv_{p}common"
        );
    }
    let _ = writeln!(out, "rv_{p}common:");
    if m {
        let _ = writeln!(
            out,
            "    li {a}, {EXIT:#x}\n    beq {REQ_REG}, {a}, rv_exit"
        );
    }
    // Take a log entry (the sink when the log is full), then fill it. The
    // last field is the pending-and-enabled interrupts.
    let pending = if m { "mip, mie" } else { "sip, sie" };
    let (ip, ie) = pending.split_once(", ").expect("two CSRs");
    let _ = writeln!(
        out,
        "    lla {a}, rv_log_end
    mv {e}, {LOG_REG}
    bltu {e}, {a}, 1f
    lla {e}, rv_log_sink
    j 2f
1:  addi {LOG_REG}, {LOG_REG}, {ENTRY}
2:  li {a}, {tag:#x}
    or {a}, {a}, {b}
    sd {a}, 0({e})
    csrr {a}, {p}cause
    sd {a}, 8({e})
    csrr {a}, {p}epc
    sd {a}, 16({e})
    csrr {a}, {p}tval
    sd {a}, 24({e})
    csrr {a}, {p}status
    sd {a}, 32({e})
    csrr {a}, {ip}
    csrr {b}, {ie}
    and {a}, {a}, {b}
    li {b}, 0xaaa
    and {a}, {a}, {b}
    sd {a}, 40({e})",
        tag = (letter as u64) << 8,
    );
    if !m {
        exit_request(out, &r);
    }
    exception(out, &r, m, raw);
    if m {
        m_interrupt(out, &r, raw);
        m_request(out, &r);
    } else {
        s_interrupt(out, &r, raw);
        s_request(out, &r);
    }
}

/// The S handler's exit: a machine software interrupt takes the hart to
/// M-mode whatever medeleg says (MSI cannot be delegated, and it is always
/// enabled below M-mode since mie.MSIE stays set).
fn exit_request(out: &mut String, r: &Regs) {
    let a = r.a;
    let _ = writeln!(
        out,
        "    li {a}, {EXIT:#x}
    bne {REQ_REG}, {a}, 1f
    li {a}, {msip1:#x}
    sw {a}, -1({a})
9:  j 9b
1:",
        msip1 = CLINT_MSIP + 1
    );
}

/// The exception path, down to the new xepc.
fn exception(out: &mut String, r: &Regs, m: bool, raw: bool) {
    let Regs { p, a, e, b, c } = *r;
    let _ = writeln!(out, "    csrr {a}, {p}cause\n    bltz {a}, rv_{p}irq");
    if !raw {
        let _ = writeln!(
            out,
            "    # Breakpoint: xtval is 0 or the pc by the spec (3.1.16); QEMU writes 0.
    # Make it 0 here, in the log and in the CSR the body may read later.
    li {b}, 3
    bne {a}, {b}, 1f
    sd zero, 24({e})
    csrw {p}tval, zero
1:"
        );
    }
    let _ = writeln!(
        out,
        "    # Instruction access fault: nothing to skip, return to the caller.
    li {b}, 1
    bne {a}, {b}, 1f
    csrw {p}epc, ra
    j rv_{p}request
1:  csrr {b}, {p}epc"
    );
    if m {
        // With mstatus.TSR the S handler's sret traps; emulate it.
        let _ = writeln!(
            out,
            "    lla {c}, rv_s_sret
    bne {b}, {c}, 1f
    li {c}, 2
    beq {a}, {c}, rv_m_emulate_sret
1:"
        );
    }
    if !raw {
        let _ = writeln!(
            out,
            "    # An AMO's load fault (4, 5) becomes the store/AMO fault (6, 7) the
    # A extension names, in the log and in xcause: QEMU 7.2 reports AMO
    # faults as load faults. LR (funct5 = 2) keeps its load cause.
    addi {c}, {a}, -4
    sltiu {c}, {c}, 2
    beqz {c}, 2f
    lhu {c}, 0({b})
    andi {c}, {c}, 0x7f
    addi {c}, {c}, -0x2f
    bnez {c}, 2f
    lhu {c}, 2({b})
    srli {c}, {c}, 11
    addi {c}, {c}, -2
    beqz {c}, 2f
    ori {a}, {a}, 2
    sd {a}, 8({e})
    csrw {p}cause, {a}
2:"
        );
    }
    let _ = writeln!(
        out,
        "    # Skip the instruction: 4 bytes if its low bits are 11, else 2.
    lhu {c}, 0({b})
    andi {c}, {c}, 3
    addi {b}, {b}, 2
    addi {c}, {c}, -3
    bnez {c}, 3f
    addi {b}, {b}, 2
3:  csrw {p}epc, {b}
    j rv_{p}request"
    );
}

/// After clearing the takeable set in `a`: if it held several interrupts,
/// log (and leave in xcause) the one the spec's priority picks, with slot
/// `SEVERAL`. QEMU 7.2 without AIA takes the lowest-numbered interrupt
/// first (its `riscv_cpu_pending_to_irq` is a count of trailing zeros),
/// against the fixed order of 3.1.9 and 4.1.3, so which one arrives first
/// is not compared; which ones were takeable is (the entry's last field).
fn canonical_cause(out: &mut String, r: &Regs, letter: char) {
    let Regs { p, a, e, b, c } = *r;
    let _ = writeln!(
        out,
        "    addi {b}, {a}, -1
    and {b}, {a}, {b}
    beqz {b}, rv_{p}request"
    );
    for code in PRIORITY {
        let _ = writeln!(
            out,
            "    li {b}, {code}\n    srl {c}, {a}, {b}\n    andi {c}, {c}, 1\n    bnez {c}, 2f"
        );
    }
    let _ = writeln!(
        out,
        "2:  li {c}, 1
    slli {c}, {c}, 63
    or {b}, {b}, {c}
    sd {b}, 8({e})
    csrw {p}cause, {b}
    li {b}, {tag:#x}
    sd {b}, 0({e})",
        tag = (letter as u64) << 8 | SEVERAL
    );
}

/// M-mode interrupt: clear every pending, enabled, undelegated interrupt
/// (with `raw`, only the one taken), so none comes twice.
fn m_interrupt(out: &mut String, r: &Regs, raw: bool) {
    let Regs { a, e, b, c, .. } = *r;
    let _ = writeln!(out, "rv_mirq:");
    if raw {
        let _ = writeln!(
            out,
            "    andi {a}, {a}, 0x3f\n    li {b}, 1\n    sll {a}, {b}, {a}"
        );
    } else {
        let _ = writeln!(
            out,
            "    csrr {a}, mip
    csrr {b}, mie
    and {a}, {a}, {b}
    csrr {b}, mideleg
    not {b}, {b}
    and {a}, {a}, {b}
    li {b}, 0xaaa
    and {a}, {a}, {b}
    sd {a}, 40({e})"
        );
    }
    let _ = writeln!(
        out,
        "    andi {b}, {a}, 8
    beqz {b}, 1f
    li {c}, {CLINT_MSIP:#x}
    sw zero, 0({c})
1:  andi {b}, {a}, {S_IRQ_BITS:#x}
    csrc mip, {b}
    # MTI and MEI cannot be pending here (mtimecmp is all ones, the PLIC
    # is off); should one be, its enable goes so it cannot repeat.
    li {b}, 0x880
    and {b}, {a}, {b}
    csrc mie, {b}"
    );
    if !raw {
        canonical_cause(out, r, 'M');
    }
}

/// S-mode interrupt: clear every pending, enabled supervisor interrupt (or
/// with `raw` only the one taken). S can clear SSIP only; for STI and SEI
/// it clears the enable.
fn s_interrupt(out: &mut String, r: &Regs, raw: bool) {
    let Regs { a, e, b, .. } = *r;
    let _ = writeln!(out, "rv_sirq:");
    if raw {
        let _ = writeln!(
            out,
            "    andi {a}, {a}, 0x3f\n    li {b}, 1\n    sll {a}, {b}, {a}"
        );
    } else {
        let _ = writeln!(
            out,
            "    csrr {a}, sip
    csrr {b}, sie
    and {a}, {a}, {b}
    andi {a}, {a}, {S_IRQ_BITS:#x}
    sd {a}, 40({e})"
        );
    }
    let _ = writeln!(
        out,
        "    andi {b}, {a}, 2
    csrc sip, {b}
    andi {b}, {a}, 0x220
    csrc sie, {b}"
    );
    if !raw {
        canonical_cause(out, r, 'S');
    }
}

/// M-mode: serve a mode request, return; and the TSR sret emulation.
fn m_request(out: &mut String, r: &Regs) {
    let Regs { a, b, c, .. } = *r;
    let _ = writeln!(
        out,
        "rv_mrequest:
    srli {a}, {REQ_REG}, 8
    li {b}, 1
    bne {a}, {b}, rv_m_mret
    andi {a}, {REQ_REG}, 3
    li {REQ_REG}, 0
    li {b}, {mpp:#x}
    csrc mstatus, {b}
    slli {b}, {a}, 11
    csrs mstatus, {b}
    # Leaving M-mode: clear MPRV as a v1.12 mret would (QEMU 7.2 does not).
    li {b}, 3
    beq {a}, {b}, rv_m_mret
    li {b}, {mprv:#x}
    csrc mstatus, {b}
rv_m_mret:
    mret
rv_m_emulate_sret:
    # What sret would do (3.3.2): pc = sepc, mode = SPP, SIE = SPIE,
    # SPIE = 1, SPP = U, MPRV = 0.
    csrr {b}, sepc
    csrw mepc, {b}
    csrr {a}, mstatus
    srli {b}, {a}, 8
    andi {b}, {b}, 1
    slli {b}, {b}, 11
    srli {c}, {a}, 4
    andi {c}, {c}, 2
    or {b}, {b}, {c}
    li {c}, {clear:#x}
    not {c}, {c}
    and {a}, {a}, {c}
    or {a}, {a}, {b}
    ori {a}, {a}, {spie:#x}
    csrw mstatus, {a}
    mret",
        mpp = ms::MPP,
        mprv = ms::MPRV,
        clear = ms::SIE | ms::SPIE | ms::SPP | ms::MPP | ms::MPRV,
        spie = ms::SPIE,
    );
}

/// S-mode: serve a request for U or S (one for M waits), return.
fn s_request(out: &mut String, r: &Regs) {
    let Regs { a, b, .. } = *r;
    let _ = writeln!(
        out,
        "rv_srequest:
    srli {a}, {REQ_REG}, 8
    li {b}, 1
    bne {a}, {b}, rv_s_sret
    andi {a}, {REQ_REG}, 3
    li {b}, 2
    bgeu {a}, {b}, rv_s_sret
    li {REQ_REG}, 0
    li {b}, {spp:#x}
    csrc sstatus, {b}
    slli {a}, {a}, 8
    csrs sstatus, {a}
rv_s_sret:
    sret",
        spp = ms::SPP,
    );
}
