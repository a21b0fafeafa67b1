//! The kernel on several harts: every hart runs processes, tasks migrate,
//! nothing is lost under a long fork/exit/affinity churn (on rvlab and on
//! QEMU, whose vCPUs run truly in parallel), and a tickless kernel takes
//! fewer timer interrupts than a ticking one. The runs go through the
//! command line, with kernel options on `--append` as a user would.

use rvlab_tests::{guest_dir, oracle, rvlab_bin, scratch_file, workspace_root};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// Boots the OS with kernel options `append` (which end in `init=...`) on
/// `harts` harts, tracing `trace` as JSON lines. Returns the console
/// output, the exit status and the events.
fn run_traced(harts: usize, append: &str, trace: &str) -> (String, i32, Vec<Value>) {
    let os = guest_dir().join("os");
    let path = scratch_file("smp", "jsonl");
    let out = Command::new(rvlab_bin())
        .args([
            "run",
            "--harts",
            &harts.to_string(),
            "--max-instructions",
            "4000000000",
        ])
        .args(["--trace", trace, "--trace-format", "jsonl", "--trace-out"])
        .arg(&path)
        .arg("--bare")
        .arg(os.join("kernel.elf"))
        .arg("--initrd")
        .arg(os.join("initrd.cpio"))
        .args(["--append", append])
        .output()
        .expect("rvlab binary (cargo xtask test builds it)");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::remove_file(&path);
    let events = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let status = out.status.code().unwrap_or(-1);
    let console = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        status == 0,
        "rvlab exited {status}: {console}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (console, status, events)
}

/// Per pid, the harts it was switched in on.
fn harts_per_pid(events: &[Value]) -> BTreeMap<u64, BTreeSet<u64>> {
    let mut map: BTreeMap<u64, BTreeSet<u64>> = BTreeMap::new();
    for e in events.iter().filter(|e| e["type"] == "switch") {
        let next = e["args"][1].as_u64().unwrap();
        if next != 0 {
            map.entry(next)
                .or_default()
                .insert(e["hart"].as_u64().unwrap());
        }
    }
    map
}

#[test]
fn churn_on_four_harts_loses_nothing_and_migrates() {
    let (console, _, events) = run_traced(4, "init=/bin/churn 16 20", "switch");
    assert!(
        console.contains(
            "churn: 16 workers, 336 processes and their grandchildren, 0 failed, 0 left over"
        ),
        "{console}"
    );
    let per_pid = harts_per_pid(&events);
    let harts_used: BTreeSet<u64> = per_pid.values().flatten().copied().collect();
    assert_eq!(
        harts_used,
        BTreeSet::from([0, 1, 2, 3]),
        "every hart runs processes"
    );
    let migrated = per_pid.values().filter(|h| h.len() > 1).count();
    assert!(
        migrated >= 10,
        "only {migrated} processes ran on more than one hart"
    );
    // A hart runs one process at a time: its switch events chain.
    let mut on_hart: BTreeMap<u64, u64> = BTreeMap::new();
    for e in events.iter().filter(|e| e["type"] == "switch") {
        let hart = e["hart"].as_u64().unwrap();
        let (prev, next) = (
            e["args"][0].as_u64().unwrap(),
            e["args"][1].as_u64().unwrap(),
        );
        assert_eq!(
            on_hart.get(&hart).copied().unwrap_or(0),
            prev,
            "hart {hart} switched from a process it was not running"
        );
        on_hart.insert(hart, next);
    }
    // No process runs on two harts at once.
    let running: Vec<u64> = on_hart.values().copied().filter(|&p| p != 0).collect();
    let distinct: BTreeSet<u64> = running.iter().copied().collect();
    assert_eq!(running.len(), distinct.len());
}

/// The same churn on QEMU's virt machine with four vCPUs, which QEMU runs
/// on several host threads: real parallelism for the kernel's locking.
#[test]
fn churn_on_qemu_smp() {
    let (console, status) = oracle::run_qemu_os(&guest_dir().join("os"), "init=/bin/churn 8 10", 4);
    assert!(
        console.contains(
            "churn: 8 workers, 88 processes and their grandchildren, 0 failed, 0 left over"
        ),
        "{console}"
    );
    assert_eq!(status, 0);
}

/// On QEMU's four parallel vCPUs, the same answers as qemu-riscv64 gives:
/// `threads` (eight pthreads sharing a mutex, an atomic, a barrier and a
/// condition-variable ring) and `unmapfault` (a thread reading a page
/// another thread unmaps must fault: the TLB shootdown).
#[test]
fn threaded_linux_tests_on_qemu_smp() {
    for program in ["threads", "unmapfault"] {
        let (console, status) = oracle::run_qemu_os(
            &guest_dir().join("os"),
            &format!("init=/tests/{program}"),
            4,
        );
        let expected = std::fs::read_to_string(workspace_root().join(format!(
            "guest-programs/linux-tests/expected/{program}.stdout"
        )))
        .unwrap();
        assert!(console.ends_with(&expected), "{program}: {console}");
        assert_eq!(status, 0, "{program}");
    }
}

/// Timer interrupts per hart in a run.
fn timer_interrupts(events: &[Value]) -> BTreeMap<u64, usize> {
    let mut count = BTreeMap::new();
    for e in events
        .iter()
        .filter(|e| e["type"] == "irq" && e["cause_name"] == "supervisor timer interrupt")
    {
        *count.entry(e["hart"].as_u64().unwrap()).or_insert(0) += 1;
    }
    count
}

#[test]
fn tickless_takes_fewer_timer_interrupts() {
    // One CPU-bound job and a sleeper on two harts: a 1000 Hz tick
    // interrupts both harts every millisecond; tickless needs the timer
    // only for the sleeper's deadline (nothing else waits for a hart).
    let init = r#"init=/bin/sh -c "spin 20 & sleep 0.05; wait""#;
    let (_, _, ticking) = run_traced(2, &format!("tick=1000 {init}"), "irq");
    let (_, _, tickless) = run_traced(2, &format!("tick=1000 tickless {init}"), "irq");
    let (ticks, nohz) = (timer_interrupts(&ticking), timer_interrupts(&tickless));
    let total = |m: &BTreeMap<u64, usize>| m.values().sum::<usize>();
    assert!(
        total(&ticks) > 100,
        "a 1000 Hz tick over the run: {ticks:?}"
    );
    assert!(
        ticks.get(&1).copied().unwrap_or(0) > 50,
        "hart 1 ticks too: {ticks:?}"
    );
    assert!(
        total(&nohz) * 20 < total(&ticks),
        "tickless {nohz:?} vs ticking {ticks:?}"
    );
    assert!(
        total(&nohz) >= 1,
        "the sleeper's deadline needs one: {nohz:?}"
    );
}

/// Four harts interleaved on one host thread are still deterministic: the
/// same run twice gives the same trace, byte for byte.
#[test]
fn four_hart_runs_are_repeatable() {
    let run = || run_traced(4, "init=/bin/churn 4 5", "all");
    let (a, b) = (run(), run());
    assert!(a.2.len() > 1000, "{} events", a.2.len());
    assert_eq!(a.0, b.0);
    assert!(a.2 == b.2, "two runs traced differently");
}
