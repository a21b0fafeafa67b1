//! The cases the differential programs leave out because QEMU 7.2 deviates
//! from the spec there, as a program with known answers, for rvlab alone.
//! Each case stores what it observed in a result slot; `Expect` says what
//! the spec allows there.

use super::{enter, fixed_body, fixed_setup, leave, write, Mode};
use crate::gen::privileged::csrs::ms;
use crate::gen::privileged::Body;
use crate::gen::Program;

/// What a result slot must hold: its note names the case, `allowed` says
/// whether a value is one the spec allows, `rule` says why.
pub struct Expect {
    pub offset: usize,
    pub rule: &'static str,
    pub allowed: fn(u64) -> bool,
}

/// The program (with raw handlers: causes as reported) and its expectations.
pub fn spec_only_program() -> (Program, Vec<Expect>) {
    let mut b = fixed_body();
    let mut expects = Vec::new();
    let mut slot = 0usize;
    let mut expect =
        |b: &mut Body, reg: usize, note: &str, rule: &'static str, allowed: fn(u64) -> bool| {
            b.store_result(reg, note);
            expects.push(Expect {
                offset: slot * 8,
                rule,
                allowed,
            });
            slot += 1;
        };
    // A trapping instruction in M-mode, then mcause into a0 (mcause is
    // cleared first, so no trap reads as 0).
    let trap = |b: &mut Body, asm: &str| {
        b.op(format!(
            "csrw mcause, zero\n    li a2, 0x77\n    {asm}\n    csrr a0, mcause"
        ));
    };

    trap(&mut b, "lla gp, rv_scratch + 1\n    sc.w a2, a1, (gp)");
    expect(
        &mut b,
        10,
        "mcause after misaligned sc.w",
        "A: misaligned SC raises an exception (store/AMO misaligned or access fault)",
        |v| v == 6 || v == 7,
    );
    expect(
        &mut b,
        12,
        "sc.w's rd after it trapped",
        "a trapping instruction writes no register",
        |v| v == 0x77,
    );
    trap(&mut b, "lla gp, rv_scratch + 2\n    amoadd.w a2, a1, (gp)");
    expect(
        &mut b,
        10,
        "mcause after misaligned amoadd.w",
        "A: an AMO's exceptions are store/AMO ones (6 or 7)",
        |v| v == 6 || v == 7,
    );
    trap(&mut b, "li gp, 0x90000000\n    amoswap.d a2, a1, (gp)");
    expect(
        &mut b,
        10,
        "mcause after amoswap.d to nothing",
        "A: an AMO's access fault is a store/AMO access fault (7)",
        |v| v == 7,
    );
    trap(&mut b, "li t1, 0\n    csrrs a2, mhartid, t1");
    expect(
        &mut b,
        10,
        "mcause after csrrs mhartid, t1 = 0",
        "Zicsr: csrrs with rs1 != x0 writes, illegal on a read-only CSR",
        |v| v == 2,
    );
    trap(&mut b, "li t1, 0\n    csrrc a2, mhartid, t1");
    expect(
        &mut b,
        10,
        "mcause after csrrc mhartid, t1 = 0",
        "Zicsr: csrrc with rs1 != x0 writes, illegal on a read-only CSR",
        |v| v == 2,
    );
    trap(&mut b, "csrr x0, hpmcounter31");
    expect(
        &mut b,
        10,
        "mcause after reading hpmcounter31 in M",
        "3.1.10: hpmcounter3..31 exist (may be read-only zero)",
        |v| v == 0,
    );
    trap(&mut b, "csrr a2, pmpaddr16");
    expect(
        &mut b,
        10,
        "mcause after reading pmpaddr16",
        "3.7.1: all 64 pmpaddr CSRs exist (WARL, may be read-only zero)",
        |v| v == 0,
    );

    // MPRV after leaving M-mode with mret and sret (cleared), and after an
    // mret that stays in M (kept, with MPP now U so the next store is U's).
    for (name, to) in [("mret to U", Mode::U), ("mret to S", Mode::S)] {
        b.op(format!("li gp, {:#x}\n    csrs mstatus, gp", ms::MPRV));
        enter(&mut b, to, false);
        leave(&mut b);
        b.op(format!(
            "csrr a0, mstatus\n    li gp, {:#x}\n    and a0, a0, gp",
            ms::MPRV
        ));
        expect(
            &mut b,
            10,
            &format!("mstatus.MPRV after {name}"),
            "3.1.6.1: an xRET to a mode below M clears MPRV",
            |v| v == 0,
        );
    }
    b.op(format!(
        "li gp, {:#x}\n    csrs mstatus, gp",
        ms::MPRV | ms::SPP
    ));
    let l = b.label();
    b.op(format!("lla gp, {l}\n    csrw sepc, gp\n    sret"));
    b.place(&l);
    leave(&mut b);
    b.op(format!(
        "csrr a0, mstatus\n    li gp, {:#x}\n    and a0, a0, gp",
        ms::MPRV
    ));
    expect(
        &mut b,
        10,
        "mstatus.MPRV after sret from M to S",
        "3.1.6.1: an xRET to a mode below M clears MPRV",
        |v| v == 0,
    );
    b.op(format!(
        "li gp, {:#x}\n    csrs mstatus, gp",
        ms::MPRV | ms::MPP
    ));
    let l = b.label();
    b.op(format!("lla gp, {l}\n    csrw mepc, gp\n    mret"));
    b.place(&l);
    trap(&mut b, "lla gp, rv_guard + 8\n    sd a1, 0(gp)");
    b.op(format!("li gp, {:#x}\n    csrc mstatus, gp", ms::MPRV));
    expect(
        &mut b,
        10,
        "mcause after sd to the guard page once mret to M left MPP = U under MPRV",
        "3.1.6.3: MPRV checks data accesses as the mode in MPP, now U",
        |v| v == 7,
    );

    // WARL fields that must read back legal values.
    b.op("li gp, 0x80001237\n    csrw mepc, gp\n    csrr a0, mepc");
    expect(
        &mut b,
        10,
        "mepc after writing 0x80001237",
        "3.1.14: mepc[0] is always zero",
        |v| v == 0x8000_1236,
    );
    write(&mut b, "mcounteren", u64::MAX);
    b.op("csrr a0, mcounteren");
    expect(
        &mut b,
        10,
        "mcounteren after writing all ones",
        "3.1.11: mcounteren is a 32-bit register",
        |v| v >> 32 == 0,
    );
    write(&mut b, "mstatus", ms::XL64 | 2 << 11);
    b.op("csrr a0, mstatus\n    srli a0, a0, 11\n    andi a0, a0, 3");
    expect(
        &mut b,
        10,
        "mstatus.MPP after writing 2",
        "3.1.6.1: MPP is WARL over U, S, M; 2 is not a mode",
        |v| v != 2,
    );
    write(&mut b, "mstatus", ms::XL64 | 1 << 32);
    b.op("csrr a0, mstatus\n    srli a0, a0, 32\n    andi a0, a0, 0xf");
    expect(
        &mut b,
        10,
        "UXL/SXL after writing UXL = 3",
        "3.1.6.2: UXL is WARL; 3 is reserved, and only 64-bit U-mode exists",
        |v| v & 3 != 3 && v >> 2 == 2,
    );
    write(&mut b, "mstatus", ms::XL64 | 1 << 13);

    let mut setup = fixed_setup(false, false);
    setup.raw = true;
    let name = "priv-spec-only".to_string();
    (b.finish(name.clone(), None, &name, setup), expects)
}
