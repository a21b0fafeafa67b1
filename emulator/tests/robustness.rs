//! Nothing a guest does may panic the emulator: random instruction words
//! (biased towards real opcodes, CSR writes, loads and stores to devices and
//! RAM, jumps) run on one and two harts, with the timing model on and off,
//! and the machine must end with an ordinary `RunExit`.

use proptest::prelude::*;
use rvlab::devices::uart::SharedBuffer;
use rvlab::{Machine, MachineConfig, RunExit};

const BASE: u64 = 0x8000_0000;

/// Instruction words: random, or random operands on the major opcodes that
/// reach the interesting parts (system/CSR, loads, stores, AMOs, FP, jumps).
fn word() -> impl Strategy<Value = u32> {
    let opcodes = prop::sample::select(vec![
        0x73u32, 0x03, 0x23, 0x2f, 0x07, 0x27, 0x53, 0x43, 0x67, 0x6f, 0x63, 0x13, 0x33, 0x37,
        0x0f, 0x1b, 0x3b,
    ]);
    prop_oneof![
        any::<u32>(),
        (opcodes, any::<u32>()).prop_map(|(op, rest)| (rest & !0x7f) | op),
        // lui t0, <device page>: points a base register at MMIO.
        prop::sample::select(vec![0x0010_02b7u32, 0x1000_02b7, 0x0200_02b7, 0x0000_12b7]),
    ]
}

/// Runs the words; returns how the run ended and the steps it took.
fn run(words: &[u32], harts: usize, timing: bool) -> (RunExit, u64) {
    let out = SharedBuffer::new();
    let config = MachineConfig {
        harts,
        ram_size: 1 << 20,
        max_instructions: Some(20_000),
        timing: timing.then(Default::default),
        ..Default::default()
    };
    let mut m = Machine::new(config, Box::new(out.clone()), Box::new(out)).unwrap();
    for (i, w) in words.iter().enumerate() {
        assert!(m.bus.write(BASE + 4 * i as u64, 4, *w as u64));
    }
    for h in &mut m.harts {
        h.state.pc = BASE;
        // A trap handler inside the random code, so traps keep executing it.
        h.state.csr.mtvec = BASE + 64;
    }
    let exit = m.run();
    (exit, m.steps)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn random_code_never_panics_the_machine(
        words in prop::collection::vec(word(), 16..256),
        harts in 1usize..=2,
        timing in any::<bool>(),
    ) {
        // Any ending is fine (a panic fails the property); the instruction
        // limit must hold whatever the code did (each hart may finish the
        // slice it started).
        let (exit, steps) = run(&words, harts, timing);
        prop_assert!(steps <= 20_000 * harts as u64, "{steps} steps, {exit:?}");
    }
}
