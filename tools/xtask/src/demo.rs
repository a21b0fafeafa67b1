//! `cargo xtask demo`: the README's first command. Sets up the host, builds
//! rvlab, the guest OS and the bare-metal programs, then shows the machine
//! working: the OS boots and runs a shell pipeline, a fork/exec tree, a
//! scheduling example with its metrics, a program killed by a fault, unmodified static glibc and Rust std
//! programs, and a bare-metal Rust program; each command is printed as a
//! user would type it. It ends in the guest OS's interactive shell.

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{bail, Result};

use crate::{guest, os, process, rust_guest, rvlab, toolchain, Paths};

/// One demo step: what it shows, the `rvlab` arguments, the expected status.
struct Step {
    what: &'static str,
    args: &'static [&'static str],
    status: i32,
}

const STEPS: &[Step] = &[
    Step {
        what: "the guest OS boots and its shell runs a pipeline (fork, exec, pipe, wait)",
        args: &["run", "sh", "-c", "cat /etc/motd | head -3; ls /bin | wc -w"],
        status: 0,
    },
    Step {
        what: "a tree of processes made with fork and exec",
        args: &["run", "forktree"],
        status: 0,
    },
    Step {
        what: "the scheduler (OSTEP ch. 7's STCF example): A runs 100 ms, B and C arrive at 10 ms and run 10 ms; \
               the table at the end has each job's turnaround and response time",
        args: &["run", "--stats", "--sched", "stcf", "--tick", "1000", "schedmix", "A:100", "B:10@10", "C:10@10"],
        status: 0,
    },
    Step {
        what: "a program that writes its own read-only data dies of SIGSEGV (128 + 11); the kernel goes on",
        args: &["run", "sh", "-c", "rodata; echo shell saw status $?"],
        status: 0,
    },
    Step {
        what: "an unmodified static glibc program, with the machine's statistics",
        args: &["run", "--stats", "/tests/malloc"],
        status: 0,
    },
    Step {
        what: "an unmodified Rust std program",
        args: &["run", "/tests/rstd"],
        status: 0,
    },
];

pub fn demo(paths: &Paths) -> Result<()> {
    toolchain::setup()?;
    rvlab::build_release(paths)?;
    os::build_os(paths, os::References::Skip)?;
    let hello = rust_guest::build(paths, "hello-rs")?;
    guest::build_all(paths)?;

    let relative = |path: &Path| path.strip_prefix(&paths.root).unwrap_or(path).to_path_buf();
    let shown_rvlab = relative(&paths.rvlab());
    for step in STEPS {
        println!("\n# {}", step.what);
        let mut shown = Command::new(&shown_rvlab);
        shown.args(step.args);
        println!("$ {}", process::describe(&shown));
        // The terminal is kept for the interactive shell at the end.
        let status = Command::new(paths.rvlab())
            .args(step.args)
            .stdin(Stdio::null())
            .status()?;
        println!("[exit status {}]", rvlab::describe_exit(status.code()));
        if status.code() != Some(step.status) {
            bail!(
                "`rvlab {}` exited with {:?}, expected {}",
                step.args.join(" "),
                status.code(),
                step.status
            );
        }
    }

    println!("\n# the machine alone: a bare-metal no_std Rust program in M-mode");
    let options = rvlab::RunOptions {
        timeout_secs: Some(30),
        ..Default::default()
    };
    let shown = rvlab::run_command(&shown_rvlab, &relative(&hello), options);
    println!("$ {}", process::describe(&shown));
    let status = rvlab::run_command(&paths.rvlab(), &hello, options)
        .stdin(Stdio::null())
        .status()?;
    println!("[exit status {}]", rvlab::describe_exit(status.code()));
    if !status.success() {
        bail!("{} did not pass on rvlab", hello.display());
    }
    // Last, the OS's shell on this terminal (with no terminal, stdin's end
    // reaches the guest as Ctrl-D and the shell exits at once).
    println!("\n# the guest OS's interactive shell: try `ls /bin`, `echo hi | wc`, `forktree`; `exit` leaves");
    println!("$ {} run sh", shown_rvlab.display());
    let status = Command::new(paths.rvlab()).args(["run", "sh"]).status()?;
    println!("[exit status {}]", rvlab::describe_exit(status.code()));
    Ok(())
}
