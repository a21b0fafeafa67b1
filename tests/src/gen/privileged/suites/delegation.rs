//! Each exception from each mode, with medeleg delegating it and not: the
//! trap must reach S-mode exactly when it is delegated and does not come
//! from M-mode (3.1.8), with the right cause, epc, tval and status.

use super::{enter, fixed_body, fixed_setup, leave, write, Mode, MODES};
use crate::gen::privileged::csrs::ms;
use crate::gen::Program;

/// One exception: a name, the instructions, the medeleg bits that
/// delegate it, and the modes it is run from.
struct Case {
    name: &'static str,
    asm: &'static str,
    deleg: u64,
    modes: &'static [Mode],
}

const ALL: &[Mode] = &[Mode::U, Mode::S, Mode::M];
const BELOW_M: &[Mode] = &[Mode::U, Mode::S];
const U_ONLY: &[Mode] = &[Mode::U];

const fn bit(n: u32) -> u64 {
    1 << n
}

#[rustfmt::skip]
const CASES: &[Case] = &[
    Case { name: "all-zero instruction", asm: ".word 0", deleg: bit(2), modes: ALL },
    Case { name: "c.unimp", asm: ".half 0\n    .half 0x0001", deleg: bit(2), modes: ALL },
    Case { name: "csrr mstatus", asm: "csrr a0, mstatus", deleg: bit(2), modes: ALL },
    Case { name: "csrr sscratch", asm: "csrr a0, sscratch", deleg: bit(2), modes: ALL },
    Case { name: "mret below M", asm: "mret", deleg: bit(2), modes: BELOW_M },
    Case { name: "sret in U", asm: "sret", deleg: bit(2), modes: U_ONLY },
    Case { name: "wfi in U", asm: "wfi", deleg: bit(2), modes: U_ONLY },
    Case { name: "sfence.vma in U", asm: "sfence.vma", deleg: bit(2), modes: U_ONLY },
    Case { name: "ebreak", asm: "ebreak", deleg: bit(3), modes: ALL },
    Case { name: "c.ebreak", asm: ".half 0x9002\n    .half 0x0001", deleg: bit(3), modes: ALL },
    Case {
        name: "lr.w misaligned",
        asm: "lla gp, rv_scratch + 1\n    lr.w a0, (gp)",
        deleg: bit(4),
        modes: ALL,
    },
    Case {
        name: "ld unmapped",
        asm: "li gp, 0x90000000\n    ld a0, 0(gp)",
        deleg: bit(5),
        modes: ALL,
    },
    Case {
        name: "lw guard page",
        asm: "lla gp, rv_guard + 8\n    lw a0, 0(gp)",
        deleg: bit(5),
        modes: ALL,
    },
    Case {
        name: "lr.d guard page",
        asm: "lla gp, rv_guard + 16\n    lr.d a0, (gp)",
        deleg: bit(5),
        modes: ALL,
    },
    Case {
        name: "amoadd.w misaligned",
        asm: "lla gp, rv_scratch + 2\n    amoadd.w a0, a1, (gp)",
        deleg: bit(4) | bit(6),
        modes: ALL,
    },
    Case {
        name: "amoswap.d unmapped",
        asm: "li gp, 0x90000000\n    amoswap.d a0, a1, (gp)",
        deleg: bit(5) | bit(7),
        modes: ALL,
    },
    Case {
        name: "amoor.w guard page",
        asm: "lla gp, rv_guard + 24\n    amoor.w a0, a1, (gp)",
        deleg: bit(5) | bit(7),
        modes: ALL,
    },
    Case {
        name: "sd unmapped",
        asm: "li gp, 0x1000000000\n    sd a1, 0(gp)",
        deleg: bit(7),
        modes: ALL,
    },
    Case {
        name: "sh guard page",
        asm: "lla gp, rv_guard + 32\n    sh a1, 0(gp)",
        deleg: bit(7),
        modes: ALL,
    },
    Case { name: "ecall", asm: "ecall", deleg: bit(8) | bit(9) | bit(11), modes: ALL },
    Case {
        name: "fetch unmapped",
        asm: "li gp, 0x90000000\n    jalr ra, 0(gp)",
        deleg: bit(1),
        modes: ALL,
    },
    Case {
        name: "fetch guard page",
        asm: "lla gp, rv_guard + 2\n    jalr ra, 0(gp)",
        deleg: bit(1),
        modes: ALL,
    },
    Case {
        name: "fetch across into the guard page",
        asm: "lla gp, rv_pre_guard\n    jalr ra, 0(gp)",
        deleg: bit(1),
        modes: ALL,
    },
    Case { name: "FP op with FS off", asm: "fmv.d.x f1, x0", deleg: bit(2), modes: ALL },
];

/// Four programs: M and S handlers direct or vectored (vectoring must not
/// apply to exceptions).
pub fn delegation_programs() -> Vec<Program> {
    let mut programs = Vec::new();
    for (m_vec, s_vec) in [(false, false), (true, false), (false, true), (true, true)] {
        let mut b = fixed_body();
        for case in CASES {
            for &mode in MODES.iter().filter(|m| case.modes.contains(m)) {
                for delegated in [false, true] {
                    b.comment(format!(
                        "{} from {mode:?}, {}delegated",
                        case.name,
                        if delegated { "" } else { "not " }
                    ));
                    write(&mut b, "medeleg", if delegated { case.deleg } else { 0 });
                    let fp_off = case.name.starts_with("FP");
                    if fp_off {
                        b.op(format!("li gp, {:#x}\n    csrc mstatus, gp", ms::FS));
                    }
                    enter(&mut b, mode, false);
                    b.op(case.asm);
                    if mode != Mode::M {
                        leave(&mut b);
                    }
                    if fp_off {
                        b.op(format!("li gp, {:#x}\n    csrs mstatus, gp", 1u64 << 13));
                    }
                }
            }
        }
        let name = format!("priv-delegation-m{}-s{}", u8::from(m_vec), u8::from(s_vec));
        let setup = fixed_setup(m_vec, s_vec);
        programs.push(b.finish(name.clone(), None, &name, setup));
    }
    programs
}
