//! Differential tests: the same bare-metal program on QEMU and on rvlab must
//! print the same bytes (see `rvlab_tests::gen` for what the programs do and
//! what they avoid).
//!
//! `RVLAB_DIFF_CASES` sets the number of random programs (default 64),
//! `RVLAB_DIFF_SEED` the first seed (default 0). Files of each run are kept
//! under `target/tmp/differential/`.

use rvlab_tests::differential::{check_all, qemu_output};
use rvlab_tests::dump::{check_format, first_difference, report};
use rvlab_tests::gen::{self, targeted, GenConfig, Profile, SCRATCH_LEN};
use rvlab_tests::{env_usize, oracle};
use std::path::PathBuf;

pub(crate) fn work_dir(suite: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("differential")
        .join(suite)
}

/// Fails the test with the install hint when the cross GCC or QEMU is missing.
pub(crate) fn require_tools() {
    if let Err(e) = oracle::require_tools() {
        panic!("{e:#}");
    }
}

/// Panics with the reports of the failed cases (the first few in full).
pub(crate) fn assert_no_failures(suite: &str, total: usize, failures: Vec<String>) {
    if failures.is_empty() {
        return;
    }
    let mut msg = format!("{suite}: {} of {total} programs differ\n\n", failures.len());
    for f in failures.iter().take(3) {
        msg.push_str(f);
        msg.push('\n');
    }
    if failures.len() > 3 {
        msg.push_str(&format!("... and {} more\n", failures.len() - 3));
    }
    panic!("{msg}");
}

#[test]
fn differential_random_programs() {
    require_tools();
    let cases = env_usize("RVLAB_DIFF_CASES", 64);
    let first = env_usize("RVLAB_DIFF_SEED", 0) as u64;
    let cfg = GenConfig::default();
    let failures = check_all(cases, &work_dir("random"), |i| {
        gen::generate(first + i as u64, &cfg)
    });
    assert_no_failures("differential_random_programs", cases, failures);
}

#[test]
fn differential_fp_rounding() {
    require_tools();
    let programs = targeted::fp_rounding_programs();
    let failures = check_all(programs.len(), &work_dir("fp-rounding"), |i| {
        programs[i].clone()
    });
    assert_no_failures("differential_fp_rounding", programs.len(), failures);
}

/// Every compressed instruction at least once per program, then mostly compressed ones.
#[test]
fn differential_compressed() {
    require_tools();
    let cfg = GenConfig {
        len: 300,
        profile: Profile::Compressed,
        cover_all: true,
    };
    let failures = check_all(8, &work_dir("compressed"), |i| {
        gen::generate(1000 + i as u64, &cfg)
    });
    assert_no_failures("differential_compressed", 8, failures);
}

/// Every AMO and LR/SC form at least once per program, then mostly memory operations.
#[test]
fn differential_amo() {
    require_tools();
    let cfg = GenConfig {
        len: 300,
        profile: Profile::Amo,
        cover_all: true,
    };
    let failures = check_all(8, &work_dir("amo"), |i| {
        gen::generate(2000 + i as u64, &cfg)
    });
    assert_no_failures("differential_amo", 8, failures);
}

/// The generator's programs are valid: they assemble, finish on QEMU and print
/// a complete dump, in every profile.
#[test]
fn generated_programs_run_on_qemu() {
    require_tools();
    let dir = work_dir("qemu-only");
    let mut configs = vec![GenConfig {
        len: 400,
        ..GenConfig::default()
    }];
    for profile in [Profile::Mixed, Profile::Compressed, Profile::Amo] {
        configs.push(GenConfig {
            len: 100,
            profile,
            cover_all: true,
        });
    }
    for (k, cfg) in configs.iter().enumerate() {
        for seed in 0..4 {
            let program = gen::generate(5000 + 10 * k as u64 + seed, cfg);
            let out = qemu_output(&program, &dir).unwrap_or_else(|e| panic!("{e:#}"));
            if let Err(e) = check_format(&out, SCRATCH_LEN / 8) {
                panic!(
                    "{} ({cfg:?}): bad dump: {e}\n{}",
                    program.name,
                    String::from_utf8_lossy(&out)
                );
            }
        }
    }
}

/// The harness can fail: two different programs give different dumps, and the
/// report names the first differing register. The same program twice is
/// identical (the programs are deterministic on the reference).
#[test]
fn harness_detects_a_different_program() {
    require_tools();
    let dir = work_dir("self-check");
    let cfg = GenConfig::default();
    let (a, b) = (gen::generate(1, &cfg), gen::generate(2, &cfg));
    let out_a = qemu_output(&a, &dir).unwrap();
    let out_b = qemu_output(&b, &dir).unwrap();
    assert_eq!(
        first_difference(&out_a, &qemu_output(&a, &dir).unwrap()),
        None
    );

    let diff = first_difference(&out_a, &out_b).expect("different programs, different dumps");
    assert_eq!(
        diff.line, 2,
        "x1 is set at random, so the first register line differs"
    );
    assert_eq!(diff.item(), "x1 (ra)");
    let text = report(&a, &dir.join("seed-1.s"), &diff, &out_a, &out_b);
    assert!(
        text.contains("x1 (ra)") && text.contains("seed-1.s"),
        "{text}"
    );
    assert!(text.contains("--- qemu (expected) ---") && text.contains("--- rvlab (actual) ---"));
}

/// A program that traps stops at once with the finisher's fail code and
/// fails the run, naming the cause, instead of hanging until the timeout.
#[test]
fn trapping_program_fails_fast() {
    require_tools();
    let mut program = gen::generate(
        3,
        &GenConfig {
            len: 10,
            ..GenConfig::default()
        },
    );
    program.asm = program
        .asm
        .replacen("rv_body:\n", "rv_body:\n    ebreak\n", 1);
    program.name = "ebreak".into();
    let start = std::time::Instant::now();
    let err = qemu_output(&program, &work_dir("self-check")).expect_err("ebreak must fail the run");
    let msg = format!("{err:#}");
    assert!(msg.contains("trap mcause=0000000000000003"), "{msg}");
    assert!(
        start.elapsed() < std::time::Duration::from_secs(10),
        "took {:?}",
        start.elapsed()
    );
}
