//! forktree [-p] [DEPTH]: a tree of processes made with fork, each printing
//! its pid and its parent's; the leaves exec /bin/echo, which keeps their pid
//! (exec replaces the program, not the process); every parent waits for its
//! children and reports how they ended. DEPTH is 2 by default (7 processes).
//!
//! By default a parent waits for each child before forking the next, so the
//! output is the same on every run. With -p a parent forks both children
//! first and then waits: the order of the lines is then up to the scheduler.

#![no_std]
#![no_main]

extern crate alloc;

use alloc::format;
use alloc::vec::Vec;
use ulib::process::{self, Pid};
use ulib::{die, env, eprintln, println};

ulib::entry!(main);

/// Children per process.
const FANOUT: usize = 2;

fn main() -> i32 {
    let mut parallel = false;
    let mut depth = 2;
    for arg in env::args().skip(1) {
        if arg == "-p" {
            parallel = true;
        } else {
            depth = arg
                .parse()
                .ok()
                .filter(|&d: &u32| d <= 6)
                .unwrap_or_else(|| die!("usage: forktree [-p] [DEPTH (0..=6)]"));
        }
    }
    node(0, depth, "root", parallel)
}

/// One process of the tree, `level` steps below the root.
fn node(level: u32, depth: u32, path: &str, parallel: bool) -> i32 {
    let indent = "  ".repeat(level as usize);
    let me = process::getpid();
    println!("{indent}{path}: pid {me}, parent {}", process::getppid());
    if level == depth {
        // A leaf: become another program, in the same process.
        println!("{indent}{path}: pid {me} exec /bin/echo");
        let argv = [
            "echo",
            &format!("{indent}{path}: echo says hello from pid {me}"),
        ];
        let err = process::execve("/bin/echo", &argv, &env::vars().collect::<Vec<_>>());
        eprintln!("forktree: exec /bin/echo: {err}");
        return 127;
    }
    let mut children: Vec<Pid> = Vec::new();
    for i in 0..FANOUT {
        let child_path = format!("{path}.{i}");
        match process::fork() {
            Ok(0) => process::exit(node(level + 1, depth, &child_path, parallel)),
            Ok(pid) => {
                children.push(pid);
                if !parallel {
                    reap(&indent, path, pid);
                }
            }
            Err(e) => die!("fork: {e}"),
        }
    }
    if parallel {
        for pid in children {
            reap(&indent, path, pid);
        }
    }
    0
}

fn reap(indent: &str, path: &str, pid: Pid) {
    match process::wait4(pid, 0) {
        Ok((_, status)) => println!("{indent}{path}: child {pid} ended, {status}"),
        Err(e) => eprintln!("forktree: wait4({pid}): {e}"),
    }
}
