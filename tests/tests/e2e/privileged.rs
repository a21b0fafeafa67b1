//! Privileged differential tests: trap-heavy and CSR-heavy programs on QEMU
//! and on rvlab must print the same trap log and final state (see
//! `rvlab_tests::gen::privileged` for what the programs do and avoid).
//!
//! `RVLAB_TRAP_CASES` sets the number of random programs (default 48),
//! `RVLAB_TRAP_SEED` the first seed (default 0). Files are kept under
//! `target/tmp/differential/traps*/`.

use super::differential::{assert_no_failures, require_tools, work_dir};
use rvlab_tests::differential::{check_all, qemu_output};
use rvlab_tests::env_usize;
use rvlab_tests::gen::privileged::{self, csrs::Flavor, suites, PrivConfig};

#[test]
fn differential_traps() {
    require_tools();
    let cases = env_usize("RVLAB_TRAP_CASES", 48);
    let first = env_usize("RVLAB_TRAP_SEED", 0) as u64;
    let cfg = PrivConfig::default();
    let failures = check_all(cases, &work_dir("traps"), |i| {
        privileged::generate(first + i as u64, &cfg)
    });
    assert_no_failures("differential_traps", cases, failures);
}

/// Programs that are all mode switches, traps and interrupt pokes, one of
/// each unit first: every flavor.
#[test]
fn differential_traps_every_unit() {
    require_tools();
    let flavors = [
        Flavor::default(),
        Flavor { tsr: true, amo_faults: false },
        Flavor { tsr: false, amo_faults: true },
        Flavor { tsr: true, amo_faults: true },
    ];
    let failures = check_all(flavors.len() * 2, &work_dir("traps-every-unit"), |i| {
        suites::every_unit(7000 + i as u64, flavors[i % flavors.len()])
    });
    assert_no_failures("differential_traps_every_unit", flavors.len() * 2, failures);
}

/// Each exception from each mode, delegated and not, through direct and
/// vectored handlers.
#[test]
fn differential_traps_delegation() {
    require_tools();
    let programs = suites::delegation_programs();
    let failures = check_all(programs.len(), &work_dir("traps-delegation"), |i| {
        programs[i].clone()
    });
    assert_no_failures("differential_traps_delegation", programs.len(), failures);
}

/// Every software-writable interrupt against every combination of
/// mideleg, mie, the global enables and the current mode.
#[test]
fn differential_traps_interrupts() {
    require_tools();
    let programs = suites::interrupt_programs();
    let failures = check_all(programs.len(), &work_dir("traps-interrupts"), |i| {
        programs[i].clone()
    });
    assert_no_failures("differential_traps_interrupts", programs.len(), failures);
}

/// WARL and read-only behaviour of each trap CSR, and the mstatus traps
/// (TSR, TVM, TW) from each mode.
#[test]
fn differential_traps_csrs() {
    require_tools();
    let programs = suites::csr_programs();
    let failures = check_all(programs.len(), &work_dir("traps-csrs"), |i| {
        programs[i].clone()
    });
    assert_no_failures("differential_traps_csrs", programs.len(), failures);
}

/// The programs run to the end on QEMU and print a well-formed dump.
#[test]
fn privileged_programs_run_on_qemu() {
    require_tools();
    let dir = work_dir("traps-qemu-only");
    for seed in 0..4 {
        let p = privileged::generate(9000 + seed, &PrivConfig::default());
        let out = qemu_output(&p, &dir).unwrap_or_else(|e| panic!("{e:#}"));
        let text = String::from_utf8_lossy(&out);
        assert!(text.starts_with("rvlab-traps\n"), "{}: {text}", p.name);
        assert!(text.ends_with("end\n"), "{}: {text}", p.name);
        assert!(text.contains("\nexit cause="), "{}: {text}", p.name);
        assert!(
            text.lines().filter(|l| l.starts_with("trap ")).count() > 10,
            "{}: too few traps:\n{text}",
            p.name
        );
    }
}
