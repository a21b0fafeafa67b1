//! Unit tests of instruction semantics: one instruction at a time on a hart
//! with a little RAM, expected values from the unprivileged spec (edge cases
//! of shifts, the M extension's division table, sign extension of W forms
//! and of AMO.W results, LR/SC). Encodings from riscv64-unknown-elf-as.

use super::{Exception, Hart};
use crate::bus::{Bus, Ram};
use crate::mmu::MmuConfig;

const BASE: u64 = 0x8000_0000;
const DATA: u64 = BASE + 0x1000;
const A0: usize = 10;
const A1: usize = 11;
const A2: usize = 12;
const A3: usize = 13;

/// Runs `words` from BASE with a1 = `a1`, a2 = `a2`; returns the hart.
fn run(words: &[u32], a1: u64, a2: u64, prepare: impl FnOnce(&mut Bus)) -> Hart {
    run_on(words, a1, a2, prepare).0
}

/// [`run`], also returning the bus (to look at memory afterwards).
fn run_on(words: &[u32], a1: u64, a2: u64, prepare: impl FnOnce(&mut Bus)) -> (Hart, Bus) {
    let mut bus = Bus::new(Ram::new(BASE, 0x2000));
    for (i, w) in words.iter().enumerate() {
        assert!(bus.write(BASE + 4 * i as u64, 4, *w as u64));
    }
    prepare(&mut bus);
    let mut hart = Hart::new(0, BASE, &MmuConfig::default(), None);
    hart.state.x[A1] = a1;
    hart.state.x[A2] = a2;
    hart.run(&mut bus, words.len() as u64);
    (hart, bus)
}

/// a0 after one R-type instruction `a0 = op(a1, a2)`.
fn r(word: u32, a1: u64, a2: u64) -> u64 {
    run(&[word], a1, a2, |_| {}).state.x[A0]
}

const ADD: u32 = 0x00c5_8533;
const SUB: u32 = 0x40c5_8533;
const SLL: u32 = 0x00c5_9533;
const SRA: u32 = 0x40c5_d533;
const SRL: u32 = 0x00c5_d533;
const SLT: u32 = 0x00c5_a533;
const SLTU: u32 = 0x00c5_b533;
const ADDW: u32 = 0x00c5_853b;
const SRAIW_31: u32 = 0x41f5_d51b;
const MULH: u32 = 0x02c5_9533;
const MULHSU: u32 = 0x02c5_a533;
const MULHU: u32 = 0x02c5_b533;
const DIV: u32 = 0x02c5_c533;
const REM: u32 = 0x02c5_e533;
const DIVUW: u32 = 0x02c5_d53b;
const REMW: u32 = 0x02c5_e53b;

#[test]
fn integer_alu() {
    assert_eq!(r(ADD, u64::MAX, 2), 1, "wraps");
    assert_eq!(r(SUB, 0, 1), u64::MAX);
    assert_eq!(
        r(SLL, 1, 64 + 3),
        8,
        "only the low 6 bits of the shift count"
    );
    assert_eq!(r(SRA, 0x8000_0000_0000_0000, 63), u64::MAX);
    assert_eq!(r(SRL, 0x8000_0000_0000_0000, 63), 1);
    assert_eq!(r(SLT, (-1i64) as u64, 0), 1);
    assert_eq!(r(SLTU, (-1i64) as u64, 0), 0);
    assert_eq!(
        r(ADDW, 0x7fff_ffff, 1),
        0xffff_ffff_8000_0000,
        "W results sign-extend"
    );
    assert_eq!(r(SRAIW_31, 0x8000_0000, 0), u64::MAX);
}

#[test]
fn multiply_high_parts() {
    let m1 = (-1i64) as u64;
    assert_eq!(r(MULH, m1, m1), 0, "(-1)*(-1) = 1: high part 0");
    assert_eq!(r(MULHSU, m1, m1), m1, "(-1)*(2^64-1): high part -1");
    assert_eq!(r(MULHU, m1, m1), m1 - 1);
}

/// The spec's table of division by zero and overflow (no traps).
#[test]
fn division_special_cases() {
    let min = i64::MIN as u64;
    assert_eq!(r(DIV, 7, 0), u64::MAX, "x / 0 = -1");
    assert_eq!(r(REM, 7, 0), 7, "x % 0 = x");
    assert_eq!(
        r(DIV, min, (-1i64) as u64),
        min,
        "overflow: quotient = dividend"
    );
    assert_eq!(r(REM, min, (-1i64) as u64), 0, "overflow: remainder 0");
    assert_eq!(
        r(DIV, (-7i64) as u64, 2),
        (-3i64) as u64,
        "rounds toward zero"
    );
    assert_eq!(
        r(REM, (-7i64) as u64, 2),
        (-1i64) as u64,
        "sign of the dividend"
    );
    assert_eq!(
        r(DIVUW, 0xffff_ffff, 0),
        u64::MAX,
        "divuw by zero = all ones"
    );
    assert_eq!(r(REMW, 0x8000_0000, (-1i64) as u64), 0);
}

#[test]
fn loads_extend_and_stores_write() {
    let h = run(&[0x0005_a503], DATA, 0, |bus| {
        assert!(bus.write(DATA, 4, 0x8000_0001));
    });
    assert_eq!(h.state.x[A0], 0xffff_ffff_8000_0001, "lw sign-extends");
    let h = run(&[0x0015_c503], DATA, 0, |bus| {
        assert!(bus.write(DATA, 2, 0x80ff));
    });
    assert_eq!(h.state.x[A0], 0x80, "lbu zero-extends");
    // sd a2, 8(a1)
    let (_, mut bus) = run_on(&[0x00c5_b423], DATA, 0x1122_3344_5566_7788, |_| {});
    assert_eq!(bus.read(DATA + 8, 8), Some(0x1122_3344_5566_7788));
}

#[test]
fn amo_word_results_sign_extend_and_compare_signed() {
    // amomax.w a0, a2, (a1): memory 0x8000_0000 (negative as i32) vs 1.
    let h = run(&[0xa0c5_a52f], DATA, 1, |bus| {
        assert!(bus.write(DATA, 4, 0x8000_0000));
    });
    assert_eq!(
        h.state.x[A0], 0xffff_ffff_8000_0000,
        "old value, sign-extended"
    );
    // amominu.d a0, a2, (a1): unsigned min of 5 and 2^64-1 keeps 5.
    let h = run(&[0xc0c5_b52f], DATA, u64::MAX, |bus| {
        assert!(bus.write(DATA, 8, 5));
    });
    assert_eq!(h.state.x[A0], 5);
}

#[test]
fn lr_sc_pairs_succeed_once() {
    // lr.d a0, (a1); sc.d a3, a2, (a1); sc.d a3, a2, (a1)
    let words = [0x1005_b52f, 0x18c5_b6af];
    let h = run(&words, DATA, 42, |_| {});
    assert_eq!(h.state.x[A3], 0, "sc after lr succeeds");
    let h = run(&[0x1005_b52f, 0x18c5_b6af, 0x18c5_b6af], DATA, 42, |_| {});
    assert_eq!(
        h.state.x[A3], 1,
        "a second sc fails: the first cleared the reservation"
    );
}

#[test]
fn misaligned_amo_and_illegal_word_trap_with_their_tval() {
    // amomax.w on DATA + 2 -> store/AMO address misaligned, mtval = address.
    let h = run(&[0xa0c5_a52f], DATA + 2, 0, |_| {});
    assert_eq!(
        h.state.csr.mcause,
        Exception::StoreAmoAddressMisaligned(0).code()
    );
    assert_eq!(h.state.csr.mtval, DATA + 2);
    let h = run(&[0xffff_ffff], 0, 0, |_| {});
    assert_eq!(h.state.csr.mcause, 2);
    assert_eq!(
        h.state.csr.mtval, 0xffff_ffff,
        "mtval holds the instruction bits"
    );
    assert_eq!(h.state.csr.mepc, BASE);
}
