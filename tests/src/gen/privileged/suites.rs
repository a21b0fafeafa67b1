//! Deterministic privileged programs.

use super::csrs::Flavor;
use super::{random_setup, Body};
use crate::gen::Program;
use crate::rng::Rng;

/// One of each unit, then more random units.
pub fn every_unit(seed: u64, flavor: Flavor) -> Program {
    let mut rng = Rng::new(seed);
    let setup = random_setup(&mut rng, flavor);
    let mut body = Body::new(rng, flavor);
    for _ in 0..3 {
        body.every_unit();
    }
    for _ in 0..60 {
        body.random_unit();
    }
    body.finish(
        format!("priv-every-unit-{seed}"),
        Some(seed),
        &format!("rvlab privileged program: every unit, seed {seed}, {flavor:?}"),
        &setup,
    )
}

pub fn delegation_programs() -> Vec<Program> {
    Vec::new()
}

pub fn interrupt_programs() -> Vec<Program> {
    Vec::new()
}

pub fn csr_programs() -> Vec<Program> {
    Vec::new()
}
