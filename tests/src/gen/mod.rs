//! A generator of random RV64GC test programs, as GNU assembly text.
//!
//! A program sets every register and fcsr to random interesting values, runs
//! a body of random instructions, then dumps the whole state on the UART (see
//! `frame`). Two correct machines must print the same bytes, so the body
//! avoids what the specification leaves to the implementation:
//!
//! - cycle, time and instret counters (and mcycle/minstret): timing differs;
//! - misaligned loads, stores and AMOs: an implementation may perform them or
//!   trap; every access here is naturally aligned and inside the scratch area;
//! - anything that traps: ecall, ebreak, c.ebreak, wfi (which may wait forever
//!   on QEMU), accesses outside RAM, and FP instructions with a dynamic
//!   rounding mode while frm holds 5..7 (illegal instruction). frm is only
//!   ever written with 0..4, so `dyn` is always legal;
//! - LR/SC outcomes the spec leaves open: an SC always pairs with the LR just
//!   before it (same address, same width, no memory access in between), or is
//!   a lone SC after a completed pair, which must fail. A store between LR
//!   and SC, or an SC to another address in the reservation set, may
//!   legitimately succeed on one machine and fail on another;
//! - CSRs other than fcsr/frm/fflags: mstatus, misa and the like describe the
//!   implementation;
//! - self-modifying code and anything that depends on instruction timing.
//!
//! Values that *depend on the load address* (auipc, jal/jalr link registers,
//! the scratch pointer) are fine: both machines load the ELF at 0x8000_0000.
//!
//! The generator is deterministic for a seed: a failing seed reproduces.

pub mod frame;
pub mod privileged;
pub mod targeted;
pub mod values;

mod compressed;
mod fp;
mod int;

use crate::rng::Rng;
use std::fmt::Write as _;

/// The register holding the scratch-area pointer; the body never writes it.
/// It is s0 (x8) so that compressed loads and stores can use it as a base.
pub const BASE: usize = 8;
/// Bytes in the scratch area that loads, stores and AMOs use and the dump prints.
pub const SCRATCH_LEN: usize = 256;

/// A generated program and what is needed to explain a mismatch.
#[derive(Debug, Clone)]
pub struct Program {
    /// A short name for file names and reports, e.g. `seed-17` or `fp-fadd.s`.
    pub name: String,
    /// The generator seed, for random programs.
    pub seed: Option<u64>,
    pub asm: String,
    /// What each scratch-area offset holds, where the program knows (targeted
    /// suites store one result per slot); shown beside a mismatching `m+` line.
    pub notes: Vec<(usize, String)>,
}

impl Program {
    /// The note for the 8-byte memory line at `offset`, if any.
    pub fn note_for(&self, offset: usize) -> Option<&str> {
        self.notes
            .iter()
            .find(|(o, _)| *o == offset)
            .map(|(_, n)| n.as_str())
    }
}

/// Which instruction mix to draw from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Everything in RV64GC.
    Mixed,
    /// Mostly compressed instructions, with branches and some ALU ops to vary values.
    Compressed,
    /// Mostly AMOs, LR/SC, loads and stores.
    Amo,
}

#[derive(Debug, Clone, Copy)]
pub struct GenConfig {
    /// Number of random instruction units in the body (a unit is one
    /// instruction or a short fixed sequence such as an LR/SC pair).
    pub len: usize,
    pub profile: Profile,
    /// Emit every variant of every class the profile uses once, before the
    /// random units, so a short run still covers each mnemonic.
    pub cover_all: bool,
}

impl Default for GenConfig {
    fn default() -> Self {
        GenConfig {
            len: 200,
            profile: Profile::Mixed,
            cover_all: false,
        }
    }
}

/// A class of instructions: its variants (mnemonics, or names of short
/// sequences) and the function that emits one of them with random operands.
pub(crate) struct Class {
    pub name: &'static str,
    pub variants: &'static [&'static str],
    pub emit: fn(&mut Ctx, &str),
    /// Weights in the profiles `Mixed`, `Compressed`, `Amo`.
    pub weights: [u32; 3],
}

/// All classes, from the three instruction modules.
pub(crate) fn classes() -> Vec<&'static Class> {
    int::CLASSES
        .iter()
        .chain(fp::CLASSES)
        .chain(compressed::CLASSES)
        .collect()
}

/// The emission state: output text, the RVC assembler mode, and forward
/// labels waiting to be placed.
pub(crate) struct Ctx {
    pub rng: Rng,
    out: String,
    rvc: bool,
    next_label: u32,
    /// (units still to emit before the label, label)
    pending: Vec<(u32, String)>,
}

impl Ctx {
    fn new(rng: Rng) -> Self {
        Ctx {
            rng,
            out: String::new(),
            rvc: false,
            next_label: 0,
            pending: Vec::new(),
        }
    }

    /// A 32-bit instruction (or pseudo-instruction). Outside `.option rvc`
    /// the assembler keeps it uncompressed, so both encodings get exercised.
    pub fn op(&mut self, text: impl AsRef<str>) {
        if self.rvc {
            self.out.push_str("    .option norvc\n");
            self.rvc = false;
        }
        let _ = writeln!(self.out, "    {}", text.as_ref());
    }

    /// A compressed instruction, written with its `c.` mnemonic.
    pub fn cop(&mut self, text: impl AsRef<str>) {
        if !self.rvc {
            self.out.push_str("    .option rvc\n");
            self.rvc = true;
        }
        let _ = writeln!(self.out, "    {}", text.as_ref());
    }

    /// A destination register: any but the scratch pointer (x0 included:
    /// writes to it must vanish).
    pub fn xd(&mut self) -> usize {
        loop {
            let r = self.rng.below(32) as usize;
            if r != BASE {
                return r;
            }
        }
    }

    /// A destination that is neither x0 nor the scratch pointer.
    pub fn xd_nonzero(&mut self) -> usize {
        loop {
            let r = self.xd();
            if r != 0 {
                return r;
            }
        }
    }

    /// A source register: any.
    pub fn xs(&mut self) -> usize {
        self.rng.below(32) as usize
    }

    /// Any FP register.
    pub fn f(&mut self) -> usize {
        self.rng.below(32) as usize
    }

    /// A new label that will be placed after 1..=5 more units (so the jump
    /// skips 0..=4 units): the target of a forward branch or jump.
    pub fn forward_label(&mut self) -> String {
        self.next_label += 1;
        let label = format!(".Lfwd{}", self.next_label);
        let distance = 1 + self.rng.below(5) as u32;
        self.pending.push((distance, label.clone()));
        label
    }

    /// Ends a unit: places the labels that are due. Labels only ever fall
    /// between units, so a jump never lands inside a fixed sequence.
    fn end_unit(&mut self) {
        let mut i = 0;
        while i < self.pending.len() {
            self.pending[i].0 -= 1;
            if self.pending[i].0 == 0 {
                let (_, label) = self.pending.remove(i);
                let _ = writeln!(self.out, "{label}:");
            } else {
                i += 1;
            }
        }
    }

    fn flush_labels(&mut self) {
        for (_, label) in std::mem::take(&mut self.pending) {
            let _ = writeln!(self.out, "{label}:");
        }
        if self.rvc {
            self.out.push_str("    .option norvc\n");
            self.rvc = false;
        }
    }
}

fn profile_index(p: Profile) -> usize {
    match p {
        Profile::Mixed => 0,
        Profile::Compressed => 1,
        Profile::Amo => 2,
    }
}

/// Generates the program for `seed`.
pub fn generate(seed: u64, cfg: &GenConfig) -> Program {
    let mut rng = Rng::new(seed);
    let init = random_initial_state(&mut rng);
    let scratch: Vec<u8> = (0..SCRATCH_LEN / 8)
        .flat_map(|_| {
            let v = match rng.below(4) {
                0 => values::int_value(&mut rng),
                1 => {
                    let single = rng.chance(1, 2);
                    values::fp_value(&mut rng, single)
                }
                _ => rng.next_u64(),
            };
            v.to_le_bytes()
        })
        .collect();

    let mut asm = format!("# rvlab differential test program, seed {seed}, {cfg:?}\n");
    frame::prologue(&mut asm, &init);

    let mut ctx = Ctx::new(rng);
    let classes = classes();
    let p = profile_index(cfg.profile);
    let active: Vec<&Class> = classes
        .iter()
        .copied()
        .filter(|c| c.weights[p] > 0)
        .collect();
    if cfg.cover_all {
        for class in &active {
            for v in class.variants {
                let _ = writeln!(ctx.out, "    # {}: {v}", class.name);
                (class.emit)(&mut ctx, v);
                ctx.end_unit();
            }
        }
    }
    let weights: Vec<u32> = active.iter().map(|c| c.weights[p]).collect();
    for _ in 0..cfg.len {
        let class = active[ctx.rng.weighted(&weights)];
        let v = *ctx.rng.pick(class.variants);
        (class.emit)(&mut ctx, v);
        ctx.end_unit();
    }
    ctx.flush_labels();
    asm.push_str(&ctx.out);
    frame::epilogue(&mut asm, &init, &scratch, "");
    Program {
        name: format!("seed-{seed}"),
        seed: Some(seed),
        asm,
        notes: Vec::new(),
    }
}

fn random_initial_state(rng: &mut Rng) -> frame::InitialState {
    let mut x = [0u64; 32];
    for v in x.iter_mut().skip(1) {
        *v = values::int_value(rng);
    }
    let mut f = [0u64; 32];
    for (i, v) in f.iter_mut().enumerate() {
        *v = values::fp_value(rng, fp::is_single_reg(i));
    }
    // frm: a valid mode (0..=4); fflags: any.
    let fcsr = (rng.below(5) << 5) | rng.below(32);
    frame::InitialState {
        x,
        f,
        fcsr,
        pointers: vec![(BASE, "rv_scratch")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_for_a_seed() {
        let cfg = GenConfig::default();
        assert_eq!(generate(5, &cfg).asm, generate(5, &cfg).asm);
        assert_ne!(generate(5, &cfg).asm, generate(6, &cfg).asm);
    }

    #[test]
    fn cover_all_emits_every_variant_of_the_profile() {
        for profile in [Profile::Mixed, Profile::Compressed, Profile::Amo] {
            let prog = generate(
                9,
                &GenConfig {
                    len: 0,
                    profile,
                    cover_all: true,
                },
            );
            let p = profile_index(profile);
            for class in classes().into_iter().filter(|c| c.weights[p] > 0) {
                for v in class.variants {
                    assert!(
                        prog.asm.contains(&format!("# {}: {v}\n", class.name)),
                        "{v}"
                    );
                }
            }
        }
        // Every compressed mnemonic appears as an instruction, not only as a comment.
        let prog = generate(
            9,
            &GenConfig {
                len: 0,
                profile: Profile::Compressed,
                cover_all: true,
            },
        );
        for class in compressed::CLASSES {
            for v in class.variants {
                assert!(
                    prog.asm.contains(&format!("\n    {v} "))
                        || prog.asm.contains(&format!("\n    {v}\n")),
                    "{v}"
                );
            }
        }
    }

    /// Stores, branches and jumps without a link name registers only as sources.
    fn reads_first_operand_only(mnem: &str) -> bool {
        const STORES: &[&str] = &[
            "sb", "sh", "sw", "sd", "fsw", "fsd", "c.sw", "c.sd", "c.fsd", "c.swsp", "c.sdsp",
            "c.fsdsp",
        ];
        STORES.contains(&mnem)
            || mnem.starts_with('b')
            || matches!(
                mnem,
                "c.beqz" | "c.bnez" | "c.j" | "c.jr" | "c.jalr" | "fence" | "fence.i"
            )
    }

    #[test]
    fn body_never_writes_the_scratch_pointer() {
        // Every destination helper excludes BASE; check the text as well.
        for seed in 0..20 {
            let prog = generate(
                seed,
                &GenConfig {
                    len: 400,
                    ..GenConfig::default()
                },
            );
            let body = prog
                .asm
                .split("rv_body:")
                .nth(1)
                .unwrap()
                .split("rv_end:")
                .next()
                .unwrap();
            for line in body.lines().map(str::trim) {
                let Some((mnem, ops)) = line.split_once(' ') else {
                    continue;
                };
                if mnem.starts_with(['.', '#']) || reads_first_operand_only(mnem) {
                    continue;
                }
                let first = ops.split(',').next().unwrap().trim();
                assert_ne!(
                    first, "x8",
                    "seed {seed}: `{line}` writes the scratch pointer"
                );
            }
        }
    }
}
