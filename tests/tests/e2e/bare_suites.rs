//! The bare-metal test suites that use the `virt` board's devices
//! (`guest-programs/bare/priv-tests/`, `vm-tests/`): each program must pass
//! on rvlab and print exactly what it prints on QEMU (`-smp 2`, two harts on
//! both machines, as the IPI and LR/SC tests need).

use rvlab::MachineConfig;
use rvlab_tests::{guest_dir, oracle};
use std::path::PathBuf;

const HARTS: usize = 2;
const MAX_INSTRUCTIONS: u64 = 200_000_000;

/// The built ELFs of a suite, failing if the suite has none (not built).
fn suite(name: &str) -> Vec<PathBuf> {
    let dir = guest_dir().join("bare").join(name);
    let mut elfs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}; run `cargo xtask build-guest`", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "elf"))
        .collect();
    elfs.sort();
    assert!(!elfs.is_empty(), "no programs in {}", dir.display());
    elfs
}

/// Runs every program of `name` on both machines; reports all failures.
fn check_suite(name: &str) {
    oracle::require_tools().expect("QEMU and the cross toolchain");
    let mut failures = Vec::new();
    for elf in suite(name) {
        let program = elf.file_stem().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&elf).unwrap();
        let config = MachineConfig {
            harts: HARTS,
            max_instructions: Some(MAX_INSTRUCTIONS),
            ..Default::default()
        };
        let (ours, code) = match rvlab::run_bare_with(&bytes, config) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{program}: rvlab: {e:#}"));
                continue;
            }
        };
        if code != 0 {
            failures.push(format!(
                "{program}: rvlab exit status {code} (failing test number)\n{}",
                String::from_utf8_lossy(&ours)
            ));
        }
        // QEMU's mtime follows host time, so on a loaded host a timer test
        // can miss its window there; rvlab is deterministic, so only the
        // reference is run again (up to three tries) before a mismatch counts.
        let mut reference = oracle::run_qemu_smp(&elf, HARTS);
        for _ in 0..2 {
            if matches!(&reference, Ok(theirs) if *theirs == ours) {
                break;
            }
            reference = oracle::run_qemu_smp(&elf, HARTS);
        }
        match reference {
            Ok(theirs) if theirs == ours => {}
            Ok(theirs) => failures.push(format!(
                "{program}: UART output differs\n--- qemu ---\n{}\n--- rvlab ---\n{}",
                String::from_utf8_lossy(&theirs),
                String::from_utf8_lossy(&ours)
            )),
            Err(e) => failures.push(format!("{program}: qemu: {e:#}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn privileged_suite_matches_qemu() {
    check_suite("priv-tests");
}

#[test]
fn virtual_memory_suite_matches_qemu() {
    check_suite("vm-tests");
}
