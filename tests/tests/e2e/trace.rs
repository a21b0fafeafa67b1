//! Host-side tracing of the guest OS: the trace is complete (as many trap
//! events as the harts took traps), deterministic (byte-identical runs),
//! well formed (every JSON line parses), and its syscalls are the calls
//! `qemu-riscv64 -strace` shows for the same binary.

use rvlab::devices::uart::SharedBuffer;
use rvlab::trace::{Categories, Format, Sink, Tracer};
use rvlab::{MachineConfig, RunExit};
use rvlab_tests::{guest_dir, os_machine};
use std::path::PathBuf;
use std::process::Command;

/// The default machine (timing model on) with a generous instruction limit.
fn timed() -> MachineConfig {
    MachineConfig {
        max_instructions: Some(500_000_000),
        timing: Some(Default::default()),
        ..Default::default()
    }
}

/// Boots the OS with `program args` as init, traced; returns (trace,
/// console, traps the harts counted).
fn traced(program: &str, args: &[&str], format: Format) -> (String, String, u64) {
    let trace = SharedBuffer::new();
    let (mut m, console) = os_machine(program, args, timed());
    m.set_tracer(Tracer::new(
        Sink::new(Box::new(trace.clone()), format),
        Categories::all(),
        1,
    ));
    let exit = m.run();
    assert_eq!(exit, RunExit::Exited(0), "{}", console.text());
    let traps = m
        .harts
        .iter()
        .map(|h| h.state.timing.as_ref().unwrap().traps)
        .sum();
    (trace.text(), console.text(), traps)
}

#[test]
fn every_trap_is_in_the_trace_and_lines_parse() {
    let (trace, _, traps) = traced("sh", &["-c", "echo hi | wc; forktree"], Format::Jsonl);
    let mut trap_events = 0;
    let mut switches = 0;
    for line in trace.lines() {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(v["hart"].is_u64() && v["cycle"].is_u64(), "{line}");
        match v["type"].as_str().unwrap() {
            "trap" | "irq" => trap_events += 1,
            "switch" => switches += 1,
            _ => {}
        }
    }
    assert_eq!(
        trap_events, traps,
        "trap events in the trace vs traps the harts took"
    );
    assert!(
        switches > 5,
        "the kernel reports context switches: {switches}"
    );
}

#[test]
fn the_same_run_gives_the_same_trace() {
    let a = traced("sh", &["-c", "echo hi | wc"], Format::Text).0;
    let b = traced("sh", &["-c", "echo hi | wc"], Format::Text).0;
    assert!(a.len() > 1000);
    assert!(a == b, "two traces of the same run differ");
}

/// The syscalls of a small glibc program, by name and result, are those
/// `qemu-riscv64 -strace` reports for the same binary.
#[test]
fn syscalls_match_qemu_strace() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("trace");
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("hello.c");
    let elf = dir.join("hello");
    std::fs::write(
        &src,
        "#include <unistd.h>\n#include <fcntl.h>\nint main(void) {\n  write(1, \"hello\\n\", 6);\n  int fd = open(\"/nonexistent\", O_RDONLY);\n  close(fd);\n  getpid();\n  return 3;\n}\n",
    )
    .unwrap();
    let out = Command::new("riscv64-linux-gnu-gcc")
        .args(["-static", "-O2", "-o"])
        .arg(&elf)
        .arg(&src)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Ours: the syscall lines of pid 1 (the program is init).
    let trace = SharedBuffer::new();
    let config = MachineConfig {
        max_instructions: Some(100_000_000),
        ..Default::default()
    };
    let (mut m, _) = os_machine(elf.to_str().unwrap(), &[], config);
    m.set_tracer(Tracer::new(
        Sink::new(Box::new(trace.clone()), Format::Text),
        Categories::SYSCALL,
        1,
    ));
    assert_eq!(m.run(), RunExit::Exited(3));
    let ours: Vec<String> = trace
        .text()
        .lines()
        .filter_map(|l| l.split("] ").nth(1))
        .map(|l| {
            l.trim_start_matches(|c: char| c != ')')
                .trim_start_matches(") ")
                .to_string()
        })
        .collect();
    // QEMU's: lines like `12345 write(1,0x...,6) = 6`.
    let q = Command::new("qemu-riscv64")
        .arg("-strace")
        .arg(&elf)
        .output()
        .unwrap();
    let theirs: Vec<String> = String::from_utf8_lossy(&q.stderr)
        .lines()
        .filter_map(|l| l.split_once(' ').map(|(_, r)| r.to_string()))
        .collect();
    let name = |l: &str| l.split('(').next().unwrap_or("").trim().to_string();
    let result = |l: &str| {
        l.rsplit(" = ")
            .next()
            .unwrap_or("")
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_string()
    };
    // The program's own calls, from the write on, agree in name and result.
    let from = |v: &[String]| v.iter().position(|l| name(l) == "write").unwrap_or(v.len());
    let (o, t) = (&ours[from(&ours)..], &theirs[from(&theirs)..]);
    let o: Vec<(String, String)> = o.iter().map(|l| (name(l), result(l))).collect();
    let t: Vec<(String, String)> = t.iter().map(|l| (name(l), result(l))).collect();
    assert!(
        o.len() >= 4 && t.len() >= 4,
        "ours: {ours:#?}\nqemu {theirs:#?}"
    );
    // write, openat and close give the same results; getpid's differs (a
    // process id), so only its name is compared.
    assert_eq!(o[..3], t[..3], "ours {ours:#?}\nqemu {theirs:#?}");
    assert_eq!(o[3].0, t[3].0);
}

/// Per-process accounting: every cycle of the hart belongs to some process
/// (or to the kernel/idle), and the syscalls counted per process are the
/// syscalls in the trace.
#[test]
fn process_accounting_covers_every_cycle_and_syscall() {
    let trace = SharedBuffer::new();
    let (mut m, _) = os_machine("sh", &["-c", "echo hi | wc; forktree"], timed());
    m.set_tracer(Tracer::new(
        Sink::new(Box::new(trace.clone()), Format::Jsonl),
        Categories::all(),
        1,
    ));
    assert_eq!(m.run(), RunExit::Exited(0));
    let acc = &m.tracer().unwrap().accounting;
    let cycles: u64 = acc.processes.values().map(|p| p.counters.cycles).sum();
    let instret: u64 = acc.processes.values().map(|p| p.counters.instret).sum();
    let hart = &m.harts[0].state;
    assert_eq!(
        cycles,
        hart.cycle(),
        "cycles by process add up to the hart's"
    );
    assert_eq!(
        instret, hart.instret,
        "instructions by process add up to the hart's"
    );
    let counted: u64 = acc
        .processes
        .values()
        .flat_map(|p| p.syscalls.values())
        .sum();
    let traced = trace
        .text()
        .lines()
        .filter(|l| l.contains("\"type\":\"syscall\""))
        .count() as u64;
    assert_eq!(counted, traced);
    assert_eq!(
        traced, m.harts[0].state.ecalls_from_user,
        "one decoded syscall per ecall from U-mode the hart took"
    );
    assert!(
        acc.processes.len() >= 8,
        "sh, echo, wc, forktree's tree: {:?}",
        acc.processes.keys()
    );
}

/// The Perfetto timeline of a multi-process run: valid JSON in the Trace
/// Event format, with the fields Perfetto needs, and never two processes at
/// once on a hart's track.
#[test]
fn chrome_timeline_is_valid_and_a_hart_runs_one_process_at_a_time() {
    let (trace, _, _) = traced("sh", &["-c", "echo hi | wc; forktree"], Format::Chrome);
    let doc: serde_json::Value = serde_json::from_str(&trace).expect("the trace is JSON");
    let events = doc["traceEvents"].as_array().expect("a traceEvents array");
    let mut slices = Vec::new();
    for e in events {
        for field in ["name", "ph", "pid"] {
            assert!(!e[field].is_null(), "{field} missing in {e}");
        }
        match e["ph"].as_str().unwrap() {
            "X" => {
                let (ts, dur) = (e["ts"].as_f64().unwrap(), e["dur"].as_f64().unwrap());
                assert!(dur >= 0.0, "{e}");
                if e["pid"] == 0 {
                    slices.push((e["tid"].as_u64().unwrap(), ts, ts + dur));
                }
            }
            "i" => assert!(e["ts"].is_number() && !e["tid"].is_null(), "{e}"),
            _ => {}
        }
    }
    assert!(
        slices.len() >= 8,
        "process slices on the hart track: {}",
        slices.len()
    );
    slices.sort_by(|a, b| a.partial_cmp(b).unwrap());
    for w in slices.windows(2) {
        if w[0].0 == w[1].0 {
            assert!(
                w[0].2 <= w[1].1 + 1e-9,
                "overlapping slices on hart {}: {:?}",
                w[0].0,
                w
            );
        }
    }
}

/// From the command line too, the same run with the same (piped) input
/// gives the same trace and output, byte for byte.
#[test]
fn command_line_runs_with_piped_input_are_repeatable() {
    use std::io::Write;
    let bin = rvlab_tests::rvlab_bin();
    let run = || {
        let mut child = Command::new(&bin)
            .args(["run", "--os-dir"])
            .arg(guest_dir().join("os"))
            .args(["--trace", "all", "cat"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("rvlab binary (cargo xtask test builds it)");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"line one\nline two\n")
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let (a, b) = (run(), run());
    assert_eq!(
        a.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&a.stderr)
    );
    assert_eq!(a.stdout, b"line one\nline two\n");
    assert!(a.stderr.len() > 1000);
    assert!(
        a.stdout == b.stdout && a.stderr == b.stderr,
        "two runs differ"
    );
}
