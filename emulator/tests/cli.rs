//! The `rvlab` command line: exit statuses, output, and one-line errors for
//! bad input. Programs are tiny ELF files built here byte by byte, so these
//! tests need no cross toolchain.

use std::path::PathBuf;
use std::process::{Command, Output};

const DRAM: u64 = 0x8000_0000;
const EM_RISCV: u16 = 243;

/// Instruction words (from riscv64-unknown-elf-as) for small programs.
mod prog {
    /// Writes 0x5555 (pass) to the test finisher, then spins.
    pub const PASS: &[u32] = &[0x001002b7, 0x00005337, 0x5553031b, 0x0062a023, 0x0000006f];
    /// Writes 0x3333 | 7 << 16 (fail, code 7) to the test finisher.
    pub const FAIL7: &[u32] = &[0x001002b7, 0x00073337, 0x3333031b, 0x0062a023, 0x0000006f];
    /// Prints "hi\n" on the UART, then passes.
    pub const HELLO: &[u32] = &[
        0x100002b7, 0x06800313, 0x00628023, 0x06900313, 0x00628023, 0x00a00313, 0x00628023,
        0x001002b7, 0x00005337, 0x5553031b, 0x0062a023, 0x0000006f,
    ];
    /// `j .` forever.
    pub const LOOP: &[u32] = &[0x0000006f];
    /// `jr zero`: jump to address 0, where nothing is mapped (mtvec is 0 too).
    pub const VOID: &[u32] = &[0x00000067];
    /// `wfi; j -4` with no interrupt enabled.
    pub const SLEEP: &[u32] = &[0x10500073, 0xffdff06f];
}

/// A minimal ELF64 executable: one PT_LOAD segment per (address, bytes).
fn elf(machine: u16, class64: bool, segments: &[(u64, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&[0x7f, b'E', b'L', b'F', if class64 { 2 } else { 1 }, 1, 1, 0]);
    out.extend_from_slice(&[0; 8]);
    let phnum = segments.len() as u16;
    let entry = segments.first().map_or(DRAM, |s| s.0);
    out.extend_from_slice(&2u16.to_le_bytes()); // ET_EXEC
    out.extend_from_slice(&machine.to_le_bytes());
    out.extend_from_slice(&1u32.to_le_bytes());
    out.extend_from_slice(&entry.to_le_bytes());
    out.extend_from_slice(&64u64.to_le_bytes()); // e_phoff
    out.extend_from_slice(&0u64.to_le_bytes()); // e_shoff
    out.extend_from_slice(&5u32.to_le_bytes()); // e_flags: RVC, double-float ABI
    for v in [64u16, 56, phnum, 64, 0, 0] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    let mut offset = 64 + 56 * segments.len() as u64;
    for (addr, bytes) in segments {
        out.extend_from_slice(&1u32.to_le_bytes()); // PT_LOAD
        out.extend_from_slice(&5u32.to_le_bytes()); // R X
        for v in [
            offset,
            *addr,
            *addr,
            bytes.len() as u64,
            bytes.len() as u64,
            4,
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        offset += bytes.len() as u64;
    }
    for (_, bytes) in segments {
        out.extend_from_slice(bytes);
    }
    out
}

fn code(words: &[u32]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_le_bytes()).collect()
}

fn riscv(words: &[u32]) -> Vec<u8> {
    elf(EM_RISCV, true, &[(DRAM, code(words))])
}

/// Writes `bytes` to a fresh file under the target directory.
fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn rvlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rvlab"))
        .args(args)
        .output()
        .expect("run rvlab")
}

fn run_bare(path: &PathBuf, extra: &[&str]) -> Output {
    let mut args = vec!["run", "--bare"];
    args.extend_from_slice(extra);
    args.push(path.to_str().unwrap());
    rvlab(&args)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// An error is exactly one line that starts with "rvlab: error:".
fn assert_one_line_error(o: &Output, status: i32, needle: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(status), "stderr:\n{err}");
    assert!(err.starts_with("rvlab: error: "), "stderr:\n{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "stderr:\n{err}");
    assert!(err.contains(needle), "expected {needle:?} in:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn pass_exits_zero_and_prints_uart_output() {
    let o = run_bare(&file("hello.elf", &riscv(prog::HELLO)), &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(o.stdout, b"hi\n");
    let o = run_bare(&file("pass.elf", &riscv(prog::PASS)), &[]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn failure_code_becomes_exit_status() {
    let o = run_bare(&file("fail7.elf", &riscv(prog::FAIL7)), &[]);
    assert_eq!(o.status.code(), Some(7));
}

#[test]
fn stats_line_reports_instructions() {
    let o = run_bare(&file("stats.elf", &riscv(prog::PASS)), &["--stats"]);
    let err = stderr(&o);
    // The boot ROM's few instructions, then lui, lui, addiw and the store
    // that ends the run.
    let instret: u64 = err
        .split("instret=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no instret in {err}"));
    assert!((4..=16).contains(&instret), "{err}");
    let again = stderr(&run_bare(
        &file("stats.elf", &riscv(prog::PASS)),
        &["--stats"],
    ));
    assert!(
        again.contains(&format!("instret={instret} ")),
        "deterministic: {again}"
    );
}

#[test]
fn missing_file() {
    let o = rvlab(&["run", "--bare", "/nonexistent/prog.elf"]);
    assert_one_line_error(&o, 2, "cannot read /nonexistent/prog.elf");
}

#[test]
fn not_an_elf() {
    let o = run_bare(
        &file("text.elf", b"#!/bin/sh\necho this is not an ELF file\n"),
        &[],
    );
    assert_one_line_error(&o, 2, "ELF");
}

#[test]
fn truncated_elf() {
    let full = riscv(prog::PASS);
    let o = run_bare(&file("truncated.elf", &full[..100]), &[]);
    assert_one_line_error(&o, 2, "truncated.elf");
}

#[test]
fn wrong_architecture() {
    let o = run_bare(
        &file("x86.elf", &elf(62, true, &[(DRAM, code(prog::PASS))])),
        &[],
    );
    assert_one_line_error(&o, 2, "RISC-V");
}

#[test]
fn not_64_bit() {
    let o = run_bare(&file("elf32.elf", &elf(EM_RISCV, false, &[])), &[]);
    assert_one_line_error(&o, 2, "64-bit");
}

#[test]
fn no_loadable_segment() {
    let o = run_bare(&file("empty.elf", &elf(EM_RISCV, true, &[])), &[]);
    assert_one_line_error(&o, 2, "loadable");
}

#[test]
fn segment_outside_ram() {
    let o = run_bare(
        &file(
            "low.elf",
            &elf(EM_RISCV, true, &[(0x4000, code(prog::PASS))]),
        ),
        &[],
    );
    assert_one_line_error(&o, 2, "0x4000");
}

#[test]
fn runaway_guest_hits_instruction_limit() {
    let o = run_bare(
        &file("loop.elf", &riscv(prog::LOOP)),
        &["--max-instructions", "100000"],
    );
    assert_one_line_error(&o, 124, "instruction limit of 100000");
}

#[test]
fn runaway_guest_hits_timeout() {
    let o = run_bare(
        &file("loop2.elf", &riscv(prog::LOOP)),
        &["--timeout", "0.3"],
    );
    assert_one_line_error(&o, 124, "timeout");
}

#[test]
fn jump_into_the_void_is_reported() {
    let o = run_bare(&file("void.elf", &riscv(prog::VOID)), &[]);
    assert_one_line_error(&o, 124, "no memory to fetch from");
}

#[test]
fn wfi_with_nothing_to_wake_it_is_a_deadlock() {
    let o = run_bare(&file("sleep.elf", &riscv(prog::SLEEP)), &[]);
    assert_one_line_error(&o, 124, "wfi");
}

#[test]
fn bad_flags_are_usage_errors() {
    let p = file("pass2.elf", &riscv(prog::PASS));
    let p = p.to_str().unwrap();
    for args in [
        vec!["run", "--bare", "--ram-size", "0", p],
        vec!["run", "--bare", "--harts", "99", p],
        vec!["run", "--bare", "--timeout", "-1", p],
        vec!["run", "--bare", "--max-instructions", "lots", p],
        vec!["run", "--frobnicate", p],
    ] {
        let o = rvlab(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"));
    }
}

#[test]
fn os_mode_without_a_built_os_says_how_to_build_it() {
    let o = rvlab(&["run", "--os-dir", "/nonexistent", "sh"]);
    assert_one_line_error(&o, 2, "cargo xtask build-os");
}

#[test]
fn unknown_trace_category_is_a_usage_error() {
    let p = file("pass4.elf", &riscv(prog::PASS));
    let o = rvlab(&["run", "--bare", "--trace", "traps", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("unknown trace category `traps`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bare_programs_are_traced_from_the_hardware_alone() {
    // A bare program that traps (illegal instruction at 0x8000_0000 with
    // mtvec = 0): the trace shows the trap without any help from the guest.
    let p = file("illegal.elf", &riscv(&[0xffff_ffff, 0x0000_006f]));
    let o = rvlab(&[
        "run",
        "--bare",
        "--max-instructions",
        "50",
        "--trace",
        "trap",
        p.to_str().unwrap(),
    ]);
    let err = stderr(&o);
    assert!(
        err.contains("trap illegal instruction (2) M->M epc=0x80000000 tval=0xffffffff"),
        "{err}"
    );
}

/// Ctrl-C (SIGINT) stops the run cleanly: status 130, and the trace file
/// ends with a whole line even though the guest was trapping nonstop.
#[test]
fn ctrl_c_leaves_a_complete_trace() {
    // auipc t0, 0; csrw mtvec, t0; then an illegal instruction: traps forever.
    let p = file(
        "traploop.elf",
        &riscv(&[0x0000_0297, 0x3052_9073, 0x0000_0000]),
    );
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join("traploop.trace");
    let mut child = Command::new(env!("CARGO_BIN_EXE_rvlab"))
        .args(["run", "--bare", "--trace", "all", "--trace-out"])
        .arg(&out)
        .arg(&p)
        .stdin(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    let trace = std::fs::read_to_string(&out).unwrap();
    assert!(trace.lines().count() > 1000, "the loop was traced");
    assert!(trace.ends_with('\n'), "the last line is whole");
    assert!(
        trace
            .lines()
            .all(|l| l.contains("trap illegal instruction")),
        "every line whole"
    );
}

#[test]
fn bare_programs_take_no_arguments() {
    let p = file("pass3.elf", &riscv(prog::PASS));
    let o = rvlab(&["run", "--bare", p.to_str().unwrap(), "extra"]);
    assert_one_line_error(&o, 2, "no arguments");
}

#[test]
fn help_documents_every_flag() {
    let o = rvlab(&["run", "--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    for flag in [
        "--bare",
        "--ram-size",
        "--harts",
        "--max-instructions",
        "--timeout",
        "--stats",
        "--tlb-entries",
        "--tlb-ways",
        "--tlb-replacement",
        "--ad-policy",
        "--timing",
        "--set",
        "--no-timing",
        "--os-dir",
        "--initrd",
        "--append",
        "--trace",
        "--trace-format",
        "--trace-out",
        "--trace-pid",
        "--max-cycles",
        "--sched",
        "--quantum",
        "--tick",
        "--tickless",
        "--sched-report",
    ] {
        assert!(help.contains(flag), "{flag} missing from help:\n{help}");
    }
    assert!(help.contains("Exit status"));
}

#[test]
fn unknown_scheduling_policy_is_a_usage_error() {
    let o = rvlab(&["run", "--sched", "roundrobin", "sh"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("unknown scheduling policy `roundrobin`")
            && err.contains("fifo, sjf, stcf, rr, mlfq, lottery, stride, cfs"),
        "{err}"
    );
}

#[test]
fn help_lists_the_scheduling_policies() {
    let o = rvlab(&["run", "--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(
        help.contains("fifo, sjf, stcf, rr, mlfq, lottery, stride or cfs"),
        "{help}"
    );
    assert!(help.contains("tick=HZ") && help.contains(".csv") && help.contains(".svg"));
}

#[test]
fn scheduling_flags_are_refused_where_they_mean_nothing() {
    let p = file("pass5.elf", &riscv(prog::PASS));
    let o = run_bare(&p, &["--sched", "rr"]);
    assert_one_line_error(&o, 2, "options of the guest OS's kernel");
    let o = rvlab(&["run", "--tick", "100", "--tickless", "sh"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot be used with"), "{}", stderr(&o));
    let o = rvlab(&["run", "--quantum", "0", "sh"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = run_bare(&p, &["--sched-report", "out.txt"]);
    assert_one_line_error(&o, 2, "must end in .csv, .json or .svg");
}

#[test]
fn a_bare_run_writes_an_empty_scheduling_report() {
    // No guest kernel, no processes: the report is there and says so.
    let p = file("pass6.elf", &riscv(prog::PASS));
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli");
    let json = dir.join("bare-sched.json");
    let csv = dir.join("bare-sched.csv");
    let o = run_bare(
        &p,
        &[
            "--sched-report",
            json.to_str().unwrap(),
            "--sched-report",
            csv.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(v["processes"].as_array().map(Vec::len), Some(0));
    assert_eq!(v["harts"].as_array().map(Vec::len), Some(1));
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(csv.lines().count(), 1, "only the header: {csv}");
}
