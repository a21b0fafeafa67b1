//! Software-written interrupts (SSIP, STIP, SEIP) against every
//! combination of mideleg, mie, mstatus.MIE/SIE and the current mode: an
//! interrupt is taken exactly when the rules of 3.1.6.1 and 3.1.9 say, to
//! the mode mideleg names, through the right vector.

use super::{enter, fixed_body, fixed_setup, leave, quiet, write, Mode, MODES};
use crate::gen::privileged::csrs::{ms, MSIE, S_IRQ_BITS};
use crate::gen::Program;

const IRQS: [(u64, &str); 3] = [(1, "SSI"), (5, "STI"), (9, "SEI")];

/// One program per interrupt; every combination, with the interrupt
/// pending before the mret into the mode (so it becomes takeable at the
/// mret) and, in S and M, raised by a CSR write in the mode itself.
pub fn interrupt_programs() -> Vec<Program> {
    let mut programs = Vec::new();
    for (k, &(code, name)) in IRQS.iter().enumerate() {
        let bit = 1u64 << code;
        let mut b = fixed_body();
        for raise_in_mode in [false, true] {
            for delegated in [false, true] {
                for mode in MODES {
                    if raise_in_mode && mode == Mode::U {
                        continue; // U can write neither mip nor sip
                    }
                    for enabled in [false, true] {
                        for (mie, sie) in
                            [(false, false), (true, false), (false, true), (true, true)]
                        {
                            b.comment(format!(
                                "{name} {}, {}delegated, {mode:?}, mie bit {}, MIE {}, SIE {}",
                                if raise_in_mode {
                                    "raised in the mode"
                                } else {
                                    "pending before mret"
                                },
                                if delegated { "" } else { "not " },
                                u8::from(enabled),
                                u8::from(mie),
                                u8::from(sie)
                            ));
                            quiet(&mut b);
                            write(&mut b, "mideleg", if delegated { bit } else { 0 });
                            write(&mut b, "mie", MSIE | if enabled { bit } else { 0 });
                            if !raise_in_mode {
                                write(&mut b, "mip", bit);
                            }
                            if sie {
                                b.op(format!("csrsi mstatus, {}", ms::SIE));
                            }
                            enter(&mut b, mode, mie);
                            if raise_in_mode {
                                let csr = if mode == Mode::M { "mip" } else { "sip" };
                                b.op(format!("li gp, {bit:#x}\n    csrs {csr}, gp"));
                            }
                            b.op("addi a0, a0, 1");
                            leave(&mut b);
                        }
                    }
                }
            }
        }
        quiet(&mut b);
        let name = format!("priv-interrupts-{name}");
        programs.push(b.finish(name.clone(), None, &name, fixed_setup(k == 1, k == 2)));
    }
    programs
}

/// All three supervisor interrupts pending and enabled at once, for every
/// delegation subset and mode, with MIE = SIE = 1. In the differential
/// version the handlers log which were takeable together, not the order
/// (QEMU 7.2's order is not the spec's); with `raw` they log each as taken,
/// for a check of the order on rvlab alone.
pub fn priority_program(raw: bool) -> Program {
    let mut b = fixed_body();
    for deleg in 0..8u64 {
        let mideleg = (deleg & 1) << 1 | (deleg & 2) << 4 | (deleg & 4) << 7;
        for mode in MODES {
            b.comment(format!(
                "SSI, STI, SEI pending; mideleg {mideleg:#x}; {mode:?}"
            ));
            quiet(&mut b);
            write(&mut b, "mideleg", mideleg);
            write(&mut b, "mie", MSIE | S_IRQ_BITS);
            write(&mut b, "mip", S_IRQ_BITS);
            b.op(format!("csrsi mstatus, {}", ms::SIE));
            enter(&mut b, mode, true);
            b.op("addi a0, a0, 1");
            leave(&mut b);
        }
    }
    quiet(&mut b);
    let name = format!("priv-priority{}", if raw { "-raw" } else { "" });
    let mut setup = fixed_setup(true, true);
    setup.raw = raw;
    b.finish(name.clone(), None, &name, setup)
}
