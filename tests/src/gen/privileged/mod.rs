//! Trap-heavy and CSR-heavy programs for the privileged architecture
//! (privileged spec v1.12): M-mode and S-mode trap handlers that log every
//! trap (`handlers`), and a body of random units (`units`) that switch
//! modes with mret/sret and trap requests, raise exceptions of every kind
//! from every mode, delegate some to S-mode through random medeleg/mideleg,
//! raise software-written interrupts, and read and write the trap CSRs.
//! Each program prints its trap log and final state (`frame`), which two
//! correct machines print alike. `suites` holds deterministic sweeps.
//!
//! What is kept out, and why (details beside the code that enforces it):
//! - the implementation's own description: misa, mvendorid/marchid/mimpid,
//!   counter and time values, PMP CSRs (QEMU traps on pmpaddr16..63, which
//!   v1.12 3.7.1 says exist, read-only zero at worst), satp modes other than
//!   Bare, extension bits (QEMU's CPU has H and Sscofpmf): `csrs`;
//! - choices the spec leaves open: ebreak's xtval (0 or the pc), misaligned
//!   plain loads and stores (performed or trapped), WARL writes of values
//!   the spec does not define (reserved tvec modes, MPP = 2, odd xepc, WLRL
//!   causes), the reset value of mtimecmp;
//! - QEMU 7.2's deviations from the spec: MPRV kept by mret/sret; AMO
//!   faults reported as load faults; misaligned SC not trapping; csrrs/csrrc
//!   with a zero register on read-only CSRs not trapping; 64-bit
//!   mcounteren/scounteren; writable UXL accepting 3; hpmcounters past its
//!   PMU's 16 trapping; simultaneous interrupts taken lowest number first
//!   (the handlers log the set, and an rvlab-only test checks the order);
//!   permissions cached across an mret that changes MPP under MPRV;
//! - SC on faulting addresses: whether an SC without a reservation checks
//!   its address is not stated by the spec (QEMU does not, rvlab does);
//! - anything whose timing differs: timer interrupts (mtimecmp is all
//!   ones), and interrupts that become pending other than by a CSR write.
//!   The one exception is the machine software interrupt, which only a
//!   CLINT store can raise: the `wfi` and `escalate` units (and the S
//!   handler's exit) put that store in a block that ends with a jump, so
//!   both machines take the interrupt at the same boundary.

pub mod csrs;
pub mod frame;
mod handlers;
pub mod suites;
mod units;

use super::Program;
use crate::gen::values;
use crate::rng::Rng;
use csrs::{Flavor, Kind, Op};
use std::fmt::Write as _;

/// gp (x3): the body's temporary for CSR values and addresses.
pub const TEMP: usize = 3;

/// Registers the body may write: sp, tp, t0-t2, s0, s1, a0-a7, s2-s5.
/// ra is the fetch-fault return address, gp the temporary, s6-s9 belong to
/// the S handler, s10/s11 to the request and the log, t3-t6 to the M handler.
pub fn is_body_reg(i: usize) -> bool {
    i == 2 || (4..=21).contains(&i)
}

/// Settings of a random privileged program.
#[derive(Debug, Clone, Copy)]
pub struct PrivConfig {
    /// Units in the body.
    pub len: usize,
    /// `None`: chosen by the seed.
    pub flavor: Option<Flavor>,
}

impl Default for PrivConfig {
    fn default() -> Self {
        PrivConfig {
            len: 120,
            flavor: None,
        }
    }
}

/// The generator's guess of the hart's mode, to weight the units: the
/// mode the last mode switch asked for. Only a guess (a switch may trap,
/// a request may wait) and nothing depends on it being right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    U = 0,
    S = 1,
    M = 2,
}

impl Hint {
    /// The mode an MPP field value (bits 12:11 in place) names.
    pub fn from_mpp(mpp: u64) -> Hint {
        match mpp >> 11 & 3 {
            0 => Hint::U,
            1 => Hint::S,
            _ => Hint::M,
        }
    }
}

/// The body being emitted.
pub struct Body {
    pub rng: Rng,
    pub flavor: Flavor,
    pub hint: Hint,
    out: String,
    labels: u32,
    /// Result slots used so far, with what each holds.
    notes: Vec<(usize, String)>,
}

impl Body {
    pub fn new(rng: Rng, flavor: Flavor) -> Body {
        Body {
            rng,
            flavor,
            hint: Hint::M,
            out: String::new(),
            labels: 0,
            notes: Vec::new(),
        }
    }

    /// Instructions (one or more lines).
    pub fn op(&mut self, text: impl AsRef<str>) {
        let _ = writeln!(self.out, "    {}", text.as_ref());
    }

    /// A comment line.
    pub fn comment(&mut self, text: impl AsRef<str>) {
        let _ = writeln!(self.out, "    # {}", text.as_ref());
    }

    /// A new unique label (placed with `place`).
    pub fn label(&mut self) -> String {
        self.labels += 1;
        format!(".Lp{}", self.labels)
    }

    pub fn place(&mut self, label: &str) {
        let _ = writeln!(self.out, "{label}:");
    }

    /// A random body register.
    pub fn reg(&mut self) -> usize {
        loop {
            let r = self.rng.below(32) as usize;
            if is_body_reg(r) {
                return r;
            }
        }
    }

    /// A body register or x0.
    pub fn reg_or_zero(&mut self) -> usize {
        if self.rng.chance(1, 8) {
            0
        } else {
            self.reg()
        }
    }

    /// Any register as a source.
    pub fn any_reg(&mut self) -> usize {
        self.rng.below(32) as usize
    }

    /// One random unit.
    pub fn random_unit(&mut self) {
        let h = self.hint as usize;
        let weights: Vec<u32> = units::UNITS.iter().map(|u| u.weights[h]).collect();
        let unit = &units::UNITS[self.rng.weighted(&weights)];
        let _ = writeln!(self.out, "    # unit: {}", unit.name);
        (unit.emit)(self);
    }

    /// One of each unit, in order (coverage for short programs).
    pub fn every_unit(&mut self) {
        for unit in units::UNITS {
            let _ = writeln!(self.out, "    # unit: {}", unit.name);
            (unit.emit)(self);
        }
    }

    /// `csrr rd, csr` masked to the comparable bits.
    pub fn read_csr(&mut self, rd: usize, csr: &str) {
        units::read_into(self, rd, csrs::csr(csr));
    }

    /// Stores `reg` into the next result slot (printed as an `m+` line),
    /// with a note that names what it holds.
    pub fn store_result(&mut self, reg: usize, note: impl Into<String>) {
        let offset = 8 * self.notes.len();
        self.op(format!(
            "lla gp, rv_results + {offset}\n    sd x{reg}, 0(gp)"
        ));
        self.notes.push((offset, note.into()));
    }

    /// Finishes the program around the body.
    pub fn finish(
        self,
        name: String,
        seed: Option<u64>,
        header: &str,
        mut setup: frame::Setup,
    ) -> Program {
        setup.results = self.notes.len();
        let mut asm = format!("# {header}\n");
        frame::prologue(&mut asm, &setup);
        asm.push_str(&self.out);
        frame::body_end(&mut asm);
        frame::epilogue(&mut asm, &setup);
        Program {
            name,
            seed,
            asm,
            notes: self.notes,
        }
    }
}

/// A random starting state: registers, trap CSRs, delegation, handler modes.
pub fn random_setup(rng: &mut Rng, flavor: Flavor) -> frame::Setup {
    let mut x = [0u64; 32];
    for v in x.iter_mut().skip(1) {
        *v = values::int_value(rng);
    }
    let mut csr_init = Vec::new();
    for name in [
        "mstatus",
        "medeleg",
        "mideleg",
        "mscratch",
        "sscratch",
        "mepc",
        "sepc",
        "mcause",
        "scause",
        "mtval",
        "stval",
        "mcounteren",
        "scounteren",
        "satp",
    ] {
        let c = csrs::csr(name);
        let mut v = csrs::value(rng, c.kind, Op::Write, false, flavor);
        if c.kind == Kind::Mstatus {
            // No interrupt is pending yet; MIE/SIE may be on.
            v &= !csrs::ms::MPRV;
        }
        csr_init.push((c.name, v));
    }
    frame::Setup {
        x,
        csrs: csr_init,
        m_vectored: rng.chance(1, 2),
        s_vectored: rng.chance(1, 2),
        guard: (0..frame::GUARD_DUMP / 8 - 1)
            .map(|_| rng.next_u64())
            .collect(),
        flavor,
        results: 0,
        raw: false,
    }
}

/// The flavor for a seed when the config leaves it open: each option on
/// for half the seeds.
fn flavor_for(rng: &mut Rng) -> Flavor {
    let k = rng.below(8);
    Flavor {
        tsr: k & 1 == 1,
        amo_faults: k & 2 == 2,
        locked_guard: k & 4 == 4,
    }
}

/// Generates the privileged program for `seed`.
pub fn generate(seed: u64, cfg: &PrivConfig) -> Program {
    generate_with(seed, cfg, false)
}

/// `generate`, with handlers that log what the machine did as it did it
/// (see `frame::Setup::raw`): for checks on rvlab alone.
pub fn generate_raw(seed: u64, cfg: &PrivConfig) -> Program {
    generate_with(seed, cfg, true)
}

fn generate_with(seed: u64, cfg: &PrivConfig, raw: bool) -> Program {
    let mut rng = Rng::new(seed ^ 0x7072_6976); // "priv": not the ISA programs' streams
    let flavor = cfg.flavor.unwrap_or_else(|| flavor_for(&mut rng));
    let mut setup = random_setup(&mut rng, flavor);
    setup.raw = raw;
    let mut body = Body::new(rng, flavor);
    for _ in 0..cfg.len {
        body.random_unit();
    }
    body.finish(
        format!("priv-{seed}"),
        Some(seed),
        &format!("rvlab privileged differential program, seed {seed}, {cfg:?}, {flavor:?}"),
        setup,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_for_a_seed() {
        let cfg = PrivConfig::default();
        assert_eq!(generate(3, &cfg).asm, generate(3, &cfg).asm);
        assert_ne!(generate(3, &cfg).asm, generate(4, &cfg).asm);
    }

    #[test]
    fn body_writes_only_its_registers() {
        // Every instruction line's destination (first operand) is a body
        // register, gp, ra (jalr), s10 (requests) or x0.
        for seed in 0..30 {
            let p = generate(seed, &PrivConfig::default());
            let body = p.asm.split("rv_body:").nth(1).unwrap();
            let body = body.split("rv_body_end:").next().unwrap();
            for line in body.lines().map(str::trim) {
                let Some((mnem, ops)) = line.split_once(' ') else {
                    continue;
                };
                if mnem.starts_with(['.', '#'])
                    || mnem.starts_with('s') && !mnem.starts_with("sr")
                    || mnem.starts_with('j') && mnem != "jalr"
                    || matches!(
                        mnem,
                        "sfence.vma" | "csrw" | "csrs" | "csrc" | "csrsi" | "csrci" | "csrwi"
                    )
                {
                    continue;
                }
                let first = ops.split(',').next().unwrap().trim();
                let ok = match first
                    .strip_prefix('x')
                    .and_then(|n| n.parse::<usize>().ok())
                {
                    Some(n) => n == 0 || is_body_reg(n) || n == 1 && mnem == "jalr",
                    None => matches!(first, "gp" | "s10" | "ra" | "f1"),
                };
                assert!(ok, "seed {seed}: `{line}` writes a reserved register");
            }
        }
    }
}
