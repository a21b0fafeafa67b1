//! The guest OS end to end: boot it on rvlab (`rvlab run` does the same),
//! run programs from its initrd, and compare with the references:
//! `qemu-riscv64` for the Linux programs (guest-programs/linux-tests, outputs
//! recorded in expected/), and `qemu-system-riscv64` booting the same kernel
//! and initrd for whole-system runs.

use rvlab::os_image;
use rvlab::MachineConfig;
use rvlab_tests::{guest_dir, oracle, workspace_root};
use serde::Deserialize;
use std::path::PathBuf;
use std::process::Command;

const MAX_INSTRUCTIONS: u64 = 2_000_000_000;

fn os_dir() -> PathBuf {
    let dir = guest_dir().join("os");
    assert!(
        dir.join("kernel.elf").exists() && dir.join("initrd.cpio").exists(),
        "no guest OS in {}; run `cargo xtask build-os` (cargo xtask test does)",
        dir.display()
    );
    dir
}

/// Boots the OS on rvlab (timing model on, as by default) with `program
/// args` as init; returns the console output and the exit status.
fn run_rvlab(program: &str, args: &[&str]) -> (String, i32) {
    run_rvlab_harts(program, args, 1)
}

/// [`run_rvlab`] on a machine with `harts` harts.
fn run_rvlab_harts(program: &str, args: &[&str], harts: usize) -> (String, i32) {
    let config = MachineConfig {
        max_instructions: Some(MAX_INSTRUCTIONS),
        timing: Some(Default::default()),
        harts,
        ..Default::default()
    };
    let (_, out, status) = rvlab_tests::run_os(program, args, config, "");
    (out, status)
}

/// The same boot on QEMU: `-kernel`, `-initrd`, `-append`.
fn run_qemu(bootargs: &str) -> (String, i32) {
    oracle::run_qemu_os(&os_dir(), bootargs, 1)
}

#[derive(Deserialize)]
struct Manifest {
    env: Vec<String>,
    test: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    program: String,
    #[serde(default)]
    args: Vec<String>,
    env: Option<Vec<String>>,
    status: i32,
}

fn manifest() -> Manifest {
    let path = workspace_root().join("guest-programs/linux-tests/manifest.toml");
    toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Every linux-test whose environment the kernel gives init prints exactly
/// what qemu-riscv64 printed for the same binary, and exits the same way.
#[test]
fn linux_programs_match_qemu_user() {
    let m = manifest();
    let dir = workspace_root().join("guest-programs/linux-tests/expected");
    let mut failures = Vec::new();
    let mut ran = 0;
    for case in &m.test {
        // The kernel's command line cannot set init's environment.
        if case.env.as_ref().is_some_and(|e| *e != m.env) {
            continue;
        }
        let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
        let expected = std::fs::read_to_string(dir.join(format!("{}.stdout", case.name))).unwrap();
        // On one hart, and on four, where threads run in parallel.
        for harts in [1, 4] {
            let (out, status) = run_rvlab_harts(&format!("/tests/{}", case.program), &args, harts);
            if out != expected || status != case.status {
                failures.push(format!(
                    "{} on {harts} hart(s): status {status} (expected {})\n--- qemu-riscv64 ---\n{expected}\n--- rvlab ---\n{out}",
                    case.name, case.status
                ));
            }
        }
        ran += 1;
    }
    assert!(ran >= 10, "only {ran} cases ran");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn shell_pipeline_redirection_and_status() {
    let (out, status) = run_rvlab(
        "sh",
        &[
            "-c",
            "echo one two three | wc -w; false; echo status $?; echo x > /etc/nope",
        ],
    );
    assert!(out.contains("3\n"), "{out}");
    assert!(out.contains("status 1\n"), "{out}");
    assert!(
        out.to_lowercase().contains("read-only"),
        "a write redirect is refused: {out}"
    );
    assert_ne!(status, 0, "the failed redirect is the last status");
}

#[test]
fn fork_exec_wait_tree() {
    let (out, status) = run_rvlab("forktree", &[]);
    assert_eq!(status, 0, "{out}");
    assert_eq!(out.matches("exec /bin/echo").count(), 4, "{out}");
    assert_eq!(out.matches("ended, exit status 0").count(), 6, "{out}");
}

#[test]
fn background_jobs_wait_and_kill() {
    let (out, status) = run_rvlab("sh", &["-c", "spin & kill $!; wait; echo after $?"]);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("after"), "{out}");
}

/// A user program's fault kills it with the signal Linux would send; its
/// parent sees the status and the system carries on.
#[test]
fn faulting_programs_are_killed_not_the_kernel() {
    for (program, status) in [
        ("nullderef", 139),
        ("rodata", 139),
        ("jumpdata", 139),
        ("kread", 139),
        ("illegal", 132),
    ] {
        let (out, got) = run_rvlab("sh", &["-c", &format!("{program}; echo status $?")]);
        assert!(
            out.contains(&format!("status {status}\n")),
            "{program}: {out}"
        );
        assert_eq!(got, 0, "{program}: the shell carried on: {out}");
    }
}

/// The same kernel and initrd boot on QEMU and print the same.
#[test]
fn os_boots_on_qemu_with_the_same_output() {
    for (program, args) in [
        ("/tests/malloc", vec![]),
        ("/tests/pipes", vec![]),
        ("sh", vec!["-c", "ls /bin | wc -l; forktree"]),
    ] {
        let (ours, our_status) = run_rvlab(program, &args);
        let image = os_image::prepare(
            &os_dir(),
            program,
            &args.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
        .unwrap();
        let (theirs, their_status) = run_qemu(&image.bootargs);
        assert_eq!((our_status, &ours), (their_status, &theirs), "{program}");
    }
}

/// Children make thousands of random syscalls (random numbers, and pointers
/// into user memory, kernel memory or nowhere); some die of signals, the
/// kernel survives them all. The program is built here from
/// tests/programs/syscall_fuzz.c and run as a host program (`rvlab run
/// ./prog` adds it to the initrd).
#[test]
fn kernel_survives_random_syscalls() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("os");
    std::fs::create_dir_all(&dir).unwrap();
    let elf = dir.join("syscall_fuzz");
    let out = Command::new("riscv64-linux-gnu-gcc")
        .args(["-static", "-O2", "-o"])
        .arg(&elf)
        .arg(workspace_root().join("tests/programs/syscall_fuzz.c"))
        .output()
        .expect(
            "riscv64-linux-gnu-gcc (Debian gcc-riscv64-linux-gnu; cargo xtask test installs it)",
        );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // On one hart, and on four, where the children attack in parallel.
    for harts in [1, 4] {
        let (text, status) = run_rvlab_harts(elf.to_str().unwrap(), &[], harts);
        assert_eq!(status, 0, "{harts} hart(s): {text}");
        assert!(
            text.contains("24 ended") && text.contains("kernel alive"),
            "{harts} hart(s): {text}"
        );
    }
}

/// Every hart runs processes, and the output is the same as with one.
#[test]
fn os_runs_the_same_on_four_harts() {
    for (program, args) in [("forktree", vec![]), ("/tests/pipes", vec![])] {
        let one = run_rvlab(program, &args);
        let four = run_rvlab_harts(program, &args, 4);
        assert_eq!(one, four, "{program}");
    }
}
