//! The measurement programs (`guest-programs/bare/measure-*`): guest code
//! that rediscovers the machine it runs on with rdcycle alone, as an
//! experimenter would on real hardware, and prints what it found
//! (`tlb entries ~ 32`, `l1d size ~ 32768`, ...). Each runs on several
//! timing configurations and must find the geometry that was configured.
//!
//! How exact the programs can be: they sweep sizes in powers of two, and
//! every configuration here has power-of-two, LRU structures. A cyclic walk
//! over N items of an LRU structure with C entries hits on every access while
//! N <= C and misses on every access once N > C, so the step in time per
//! access lies exactly between C and 2C, and the probe names C itself.
//! Hence the tests ask for equality: a result half or twice the configured
//! size means the probe or the model gained or lost capacity (for instance a
//! dTLB entry taken by something other than the probed pages), not noise.
//! The coherence probe has no such step; it must find false sharing more
//! than twice as expensive as padded counters.

use rvlab::timing::TimingConfig;
use rvlab::MachineConfig;
use rvlab_tests::guest_program;

/// Far more than any probe needs (the cache probe runs about 40 million).
const MAX_INSTRUCTIONS: u64 = 400_000_000;

/// The configurations the probes run on: the two presets, and the default
/// core with a different L1D (size, ways and line), L2 and TLB size.
fn configurations() -> Vec<TimingConfig> {
    let mut custom = TimingConfig::preset("small-inorder")
        .unwrap()
        .with_overrides(&[
            "l1d.size=16K",
            "l1d.ways=4",
            "l1d.line=32",
            "l2.size=512K",
            "tlb.entries=16",
        ])
        .unwrap();
    custom.name = "small-inorder with 16K/4-way/32B L1D, 512K L2, 16-entry TLBs".into();
    vec![
        TimingConfig::preset("tiny").unwrap(),
        TimingConfig::preset("small-inorder").unwrap(),
        custom,
    ]
}

/// Runs `bare/<program>.elf` on `harts` harts with `timing` (the machine
/// sizes its TLBs from it). Returns the UART output; panics unless the
/// program exits 0.
fn run(program: &str, timing: &TimingConfig, harts: usize) -> String {
    let elf = guest_program(&format!("bare/{program}.elf")).unwrap();
    let bytes = std::fs::read(&elf).unwrap();
    let config = MachineConfig {
        harts,
        max_instructions: Some(MAX_INSTRUCTIONS),
        timing: Some(timing.clone()),
        ..Default::default()
    };
    let (out, code) = rvlab::run_bare_with(&bytes, config)
        .unwrap_or_else(|e| panic!("{program} on {}: {e:#}", timing.name));
    let out = String::from_utf8_lossy(&out).into_owned();
    assert_eq!(
        code, 0,
        "{program} on {} exited {code}:\n{out}",
        timing.name
    );
    out
}

/// The value after `label ~ ` in the output (a line such as
/// `line size ~ 64`), as printed.
fn finding<'a>(out: &'a str, label: &str) -> &'a str {
    let prefix = format!("{label} ~ ");
    out.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no `{prefix}` line in the output:\n{out}"))
        .trim()
}

/// A finding that is a number of bytes or entries.
fn number(out: &str, label: &str) -> u64 {
    let v = finding(out, label);
    v.parse()
        .unwrap_or_else(|_| panic!("`{label} ~ {v}` is not a number:\n{out}"))
}

/// A finding that is a decimal such as `5.00`.
fn decimal(out: &str, label: &str) -> f64 {
    let v = finding(out, label);
    v.parse()
        .unwrap_or_else(|_| panic!("`{label} ~ {v}` is not a number:\n{out}"))
}

/// Collects mismatches so one run reports every configuration.
#[derive(Default)]
struct Mismatches(Vec<String>);

impl Mismatches {
    fn check<T: PartialEq + std::fmt::Display>(
        &mut self,
        config: &TimingConfig,
        what: &str,
        expected: T,
        found: T,
        out: &str,
    ) {
        if expected != found {
            self.0.push(format!(
                "{what} on {}\n--- configured ---\n{expected}\n--- found by the probe ---\n{found}\n--- probe output ---\n{out}",
                config.name
            ));
        }
    }

    fn assert_none(self) {
        assert!(
            self.0.is_empty(),
            "{} mismatch(es):\n\n{}",
            self.0.len(),
            self.0.join("\n\n")
        );
    }
}

#[test]
fn tlb_probe_finds_the_configured_dtlb_entries() {
    let mut bad = Mismatches::default();
    for config in configurations() {
        let out = run("measure-tlb", &config, 1);
        let found = number(&out, "tlb entries");
        bad.check(
            &config,
            "dTLB entries",
            config.tlb.entries as u64,
            found,
            &out,
        );
    }
    bad.assert_none();
}

#[test]
fn cache_probe_finds_the_configured_l1d_size_line_and_l2() {
    let mut bad = Mismatches::default();
    for config in configurations() {
        let out = run("measure-cache", &config, 1);
        bad.check(
            &config,
            "L1D size",
            config.l1d.size,
            number(&out, "l1d size"),
            &out,
        );
        bad.check(
            &config,
            "L1D line size",
            config.l1d.line,
            number(&out, "line size"),
            &out,
        );
        let l2 = match config.l2.enabled {
            true => config.l2.size.to_string(),
            false => "none".to_string(),
        };
        bad.check(
            &config,
            "L2 size",
            l2.as_str(),
            finding(&out, "l2 size"),
            &out,
        );
    }
    bad.assert_none();
}

/// Two harts incrementing counters in one cache line must pay for the line
/// moving between their L1Ds: more than twice the cycles per increment of
/// counters in lines of their own.
#[test]
fn false_sharing_costs_more_than_twice_padding() {
    let mut bad = Vec::new();
    for config in &configurations()[..2] {
        let out = run("measure-coherence", config, 2);
        let padded = decimal(&out, "padded cycles/increment");
        let shared = decimal(&out, "shared cycles/increment");
        if shared <= 2.0 * padded {
            bad.push(format!(
                "on {}: shared {shared} cycles/increment, padded {padded}; expected shared > 2 x padded\n{out}",
                config.name
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n\n"));
}
