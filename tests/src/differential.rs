//! The differential harness: build a program, run it on QEMU and on rvlab,
//! compare the UART bytes.

use crate::dump::{first_difference, report};
use crate::gen::Program;
use crate::oracle;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Instruction budget for one program on rvlab; the largest targeted
/// programs need a few million.
pub const MAX_INSTRUCTIONS: u64 = 200_000_000;

/// Builds `program` into `dir` and runs it on QEMU only: the reference output.
pub fn qemu_output(program: &Program, dir: &Path) -> anyhow::Result<Vec<u8>> {
    let (_, elf) = oracle::build(dir, &program.name, &program.asm)?;
    oracle::run_qemu(&elf)
}

/// Builds `program` into `dir`, runs it on QEMU and on rvlab, and compares
/// the bytes each printed. `Err` holds a report for a person: the program,
/// its assembly file (kept in `dir`), and where the outputs part.
pub fn check(program: &Program, dir: &Path) -> Result<(), String> {
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        format!(
            "program {} ({}): {what}: {e:#}",
            program.name,
            dir.join(&program.name).display()
        )
    };
    let (asm, elf) =
        oracle::build(dir, &program.name, &program.asm).map_err(|e| fail("build failed", &e))?;
    let qemu = oracle::run_qemu(&elf).map_err(|e| fail("QEMU run failed", &e))?;
    let bytes = std::fs::read(&elf).map_err(|e| fail("reading the ELF", &e))?;

    let rvlab = catch_unwind(AssertUnwindSafe(|| {
        rvlab::run_bare(&bytes, MAX_INSTRUCTIONS)
    }))
    .map_err(|panic| {
        let msg = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(non-string panic)".into());
        fail("rvlab panicked", &msg)
    })?;
    let (out, code) = rvlab.map_err(|e| fail("rvlab failed", &format!("{e:#}")))?;

    // Outputs are saved only for a mismatch; drop those of an earlier run.
    let save = |suffix: &str, data: &[u8]| {
        let _ = std::fs::write(asm.with_extension(suffix), data);
    };
    for suffix in ["qemu.out", "rvlab.out"] {
        let _ = std::fs::remove_file(asm.with_extension(suffix));
    }
    if let Some(diff) = first_difference(&qemu, &out) {
        save("qemu.out", &qemu);
        save("rvlab.out", &out);
        return Err(report(program, &asm, &diff, &qemu, &out));
    }
    if code != 0 {
        return Err(fail(
            "rvlab exit code",
            &format!("{code}, expected 0 (finisher pass)"),
        ));
    }
    Ok(())
}

/// Checks `count` programs, `make(i)` building the i-th, on as many threads as
/// the machine has cores (QEMU start-up dominates a small program). Returns
/// the failure reports, in case order.
pub fn check_all(count: usize, dir: &Path, make: impl Fn(usize) -> Program + Sync) -> Vec<String> {
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(count.max(1));
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= count {
                    break;
                }
                let program = make(i);
                if let Err(report) = check(&program, dir) {
                    failures.lock().expect("failures lock").push((i, report));
                }
            });
        }
    });
    let mut failures = failures.into_inner().expect("failures lock");
    failures.sort_by_key(|(i, _)| *i);
    failures.into_iter().map(|(_, r)| r).collect()
}
