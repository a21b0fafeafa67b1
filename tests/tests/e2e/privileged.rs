//! Privileged differential tests: trap-heavy and CSR-heavy programs on QEMU
//! and on rvlab must print the same trap log and final state (see
//! `rvlab_tests::gen::privileged` for what the programs do and avoid).
//!
//! `RVLAB_TRAP_CASES` sets the number of random programs (default 48),
//! `RVLAB_TRAP_SEED` the first seed (default 0). Files are kept under
//! `target/tmp/differential/traps*/`.

use super::differential::{assert_no_failures, require_tools, work_dir};
use rvlab_tests::differential::{check_all, qemu_output, MAX_INSTRUCTIONS};
use rvlab_tests::gen::privileged::{self, csrs::Flavor, suites, PrivConfig};
use rvlab_tests::gen::Program;
use rvlab_tests::{env_usize, oracle};

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

/// One of each unit, three times over, then random units: in every flavor
/// (TSR emulation, AMO faults, a locked guard page).
#[test]
fn differential_traps_every_unit() {
    require_tools();
    let flavors: Vec<Flavor> = (0..8u8)
        .map(|k| Flavor {
            tsr: k & 1 != 0,
            amo_faults: k & 2 != 0,
            locked_guard: k & 4 != 0,
        })
        .collect();
    let failures = check_all(flavors.len(), &work_dir("traps-every-unit"), |i| {
        suites::every_unit(7000 + i as u64, flavors[i])
    });
    assert_no_failures("differential_traps_every_unit", flavors.len(), failures);
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

/// Several supervisor interrupts pending at once: QEMU and rvlab agree on
/// which were takeable (the handlers log the set, not the order).
#[test]
fn differential_traps_priority() {
    require_tools();
    let program = suites::priority_program(false);
    let failures = check_all(1, &work_dir("traps-priority"), |_| program.clone());
    assert_no_failures("differential_traps_priority", 1, failures);
}

/// The order in which simultaneous interrupts are taken, on rvlab alone:
/// QEMU 7.2 (without AIA) takes the lowest-numbered first, against the
/// fixed order of privileged spec 3.1.9 (MEI, MSI, MTI, SEI, SSI, STI;
/// every M-mode interrupt before any S-mode one), so it cannot be the
/// reference here. Runs the priority sweep and random programs with
/// handlers that log each interrupt as taken.
#[test]
fn interrupt_order_follows_the_spec_on_rvlab() {
    require_tools();
    let dir = work_dir("traps-order");
    let mut programs = vec![suites::priority_program(true)];
    for seed in 0..16 {
        let mut p = privileged::generate_raw(500 + seed, &PrivConfig::default());
        p.name.push_str("-raw");
        programs.push(p);
    }
    let mut groups = 0;
    for p in &programs {
        let out = rvlab_output(p, &dir);
        groups += check_interrupt_order(&p.name, &out);
    }
    assert!(
        groups >= 24,
        "only {groups} groups of simultaneous interrupts"
    );
}

/// What the differential programs leave out because QEMU 7.2 deviates from
/// the spec there (MPRV after xRET, AMO and misaligned SC faults, csrrs on
/// read-only CSRs, WARL read-backs, ...), checked on rvlab alone against
/// the values the spec allows.
#[test]
fn rvlab_follows_the_spec_where_qemu_deviates() {
    require_tools();
    let (program, expects) = suites::spec_only_program();
    let out = rvlab_output(&program, &work_dir("traps-spec-only"));
    let mut wrong = Vec::new();
    for e in &expects {
        let key = format!("m+{:06x} ", e.offset);
        let line = out
            .lines()
            .find(|l| l.starts_with(&key))
            .unwrap_or_else(|| panic!("no {key} line in:\n{out}"));
        let value = u64::from_str_radix(&line[key.len()..], 16).expect("hex");
        if !(e.allowed)(value) {
            let note = program.note_for(e.offset).unwrap_or("?");
            wrong.push(format!("{note}: {value:#x}; spec: {}", e.rule));
        }
    }
    assert!(
        wrong.is_empty(),
        "rvlab departs from the spec:\n{}",
        wrong.join("\n")
    );
}

/// Builds `p` and runs it on rvlab; its UART output.
fn rvlab_output(p: &Program, dir: &std::path::Path) -> String {
    let (_, elf) = oracle::build(dir, &p.name, &p.asm).unwrap_or_else(|e| panic!("{e:#}"));
    let bytes = std::fs::read(&elf).expect("reading the ELF");
    let (out, code) = rvlab::run_bare(&bytes, MAX_INSTRUCTIONS)
        .unwrap_or_else(|e| panic!("{}: rvlab failed: {e:#}", p.name));
    assert_eq!(code, 0, "{}: exit code", p.name);
    String::from_utf8(out).expect("UTF-8 output")
}

/// Checks that each run of interrupts logged back to back at one epc came
/// in the spec's priority order; returns the number of runs with more
/// than one interrupt.
fn check_interrupt_order(name: &str, out: &str) -> usize {
    /// Rank: M-mode before S-mode, then MEI, MSI, MTI, SEI, SSI, STI.
    fn rank(handler: &str, cause: u64) -> usize {
        let order = [11, 3, 7, 9, 1, 5];
        let pos = order
            .iter()
            .position(|&c| c == cause)
            .unwrap_or(order.len());
        if handler == "M" {
            pos
        } else {
            10 + pos
        }
    }
    let mut groups = 0;
    let mut run: Vec<(String, usize, &str)> = Vec::new(); // (epc, rank, line)
    let mut flush = |run: &mut Vec<(String, usize, &str)>| {
        if run.len() > 1 {
            groups += 1;
            for w in run.windows(2) {
                assert!(
                    w[0].1 <= w[1].1,
                    "{name}: interrupts taken out of the spec's priority order:\n{}\n{}",
                    w[0].2,
                    w[1].2
                );
            }
        }
        run.clear();
    };
    for line in out.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let get = |key: &str| {
            fields
                .iter()
                .find_map(|f| f.strip_prefix(key))
                .map(|v| u64::from_str_radix(v, 16).expect("hex"))
        };
        let (Some(cause), Some(epc)) = (get("cause="), get("epc=")) else {
            flush(&mut run);
            continue;
        };
        if fields.first() != Some(&"trap") || cause >> 63 == 0 {
            flush(&mut run);
            continue;
        }
        let epc = format!("{epc:x}");
        if run.last().is_some_and(|(e, _, _)| *e != epc) {
            flush(&mut run);
        }
        run.push((epc, rank(fields[1], cause & 0xff), line));
    }
    flush(&mut run);
    groups
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
