//! `cargo xtask test`: the project's whole test suite, as CI runs it.
//!
//! 1. the host toolchain (`setup`), the guest programs, the guest OS
//!    (kernel, user programs, initrd) and rvlab in release;
//! 2. `cargo test --workspace --release`, with `RVLAB_GUEST_DIR` (absolute
//!    `target/guest`) and `RVLAB_BIN` (the release binary) exported so the
//!    end-to-end tests find what was just built;
//! 3. every ISA test ELF on rvlab: a test passes when rvlab exits 0.
//!
//! Ends with the line `N passed, M failed` for the ISA tests, and fails if
//! either step 2 or step 3 did.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Result};

use crate::{guest, os, process, rvlab, toolchain, Paths};

/// Instruction budget of one ISA test; a test that needs more is stuck.
const ISA_MAX_INSTRUCTIONS: u64 = 100_000_000;
/// Wall-clock limit of one ISA test, should rvlab itself hang.
const ISA_LIMIT: Duration = Duration::from_secs(120);

pub fn test(paths: &Paths) -> Result<()> {
    toolchain::setup()?;
    let isa_tests = guest::build_all(paths)?;
    os::build_os(paths, os::References::Skip)?;
    rvlab::build_release(paths)?;

    let mut cargo_test = Command::new(paths.host_cargo());
    cargo_test
        .current_dir(&paths.root)
        .args(["test", "--workspace", "--release"])
        .env("RVLAB_GUEST_DIR", paths.guest_out())
        .env("RVLAB_BIN", paths.rvlab());
    let cargo_result = process::run(&mut cargo_test);
    if let Err(err) = &cargo_result {
        eprintln!("xtask: {err:#}; running the ISA tests anyway");
    }

    let (passed, failed) = run_isa_tests(paths, &isa_tests)?;
    println!("{}", summary(passed, failed));
    cargo_result?;
    if failed > 0 {
        bail!("{failed} ISA test(s) failed");
    }
    Ok(())
}

/// Runs each ISA test on rvlab, printing one line per test and the output of
/// the ones that fail. Returns (passed, failed).
fn run_isa_tests(paths: &Paths, elfs: &[PathBuf]) -> Result<(usize, usize)> {
    println!("running {} ISA tests on rvlab", elfs.len());
    let options = rvlab::RunOptions {
        max_instructions: Some(ISA_MAX_INSTRUCTIONS),
        ..Default::default()
    };
    let (mut passed, mut failed) = (0, 0);
    for elf in elfs {
        let name = elf.file_stem().unwrap_or_default().to_string_lossy();
        let mut cmd = rvlab::run_command(&paths.rvlab(), elf, options);
        let done = process::run_with_limit(&mut cmd, ISA_LIMIT)?;
        if done.code() == Some(0) {
            passed += 1;
            println!("isa {name} ... ok");
        } else {
            failed += 1;
            let outcome = match done.status {
                Some(_) => format!("exit status {}", rvlab::describe_exit(done.code())),
                None => done.outcome(ISA_LIMIT),
            };
            println!("isa {name} ... FAILED: {outcome}");
            println!("  command: {}", process::describe(&cmd));
            for (label, bytes) in [("stdout", &done.stdout), ("stderr", &done.stderr)] {
                if !bytes.is_empty() {
                    println!("  --- {label} ---\n{}", process::tail(bytes, 10));
                }
            }
        }
    }
    Ok((passed, failed))
}

/// The closing line CI reads.
fn summary(passed: usize, failed: usize) -> String {
    format!("{passed} passed, {failed} failed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_has_the_exact_format() {
        assert_eq!(summary(41, 0), "41 passed, 0 failed");
        assert_eq!(summary(3, 2), "3 passed, 2 failed");
    }
}
