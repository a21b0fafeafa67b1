//! forkexec [MIB] [ROUNDS]: the fork-then-exec pattern of a large process,
//! for comparing copy-on-write fork with eager copying (kernel command line
//! `fork=cow` or `fork=eager`). It maps MIB MiB (default 32) and writes
//! every page, then ROUNDS times (default 1) forks a child that execs
//! /bin/true and waits for it, then writes every page again (after a
//! copy-on-write fork the first write to each page faults once: the last
//! reference is reused). Prints the cycles (rdcycle) of both phases; the
//! trace device's fork event (`--trace all`) counts the pages shared and
//! copied.

#![no_std]
#![no_main]

use ulib::time::rdcycle;
use ulib::heap::mmap_anonymous;
use ulib::process::{self, execve, fork, wait4};
use ulib::{die, env, println};

ulib::entry!(main);

const PAGE: usize = 4096;

fn touch(base: *mut u8, len: usize, value: u8) {
    for off in (0..len).step_by(PAGE) {
        // SAFETY: inside the mapping made in main.
        unsafe { base.add(off).write_volatile(value) };
    }
}

fn main() -> i32 {
    let mut args = env::args().skip(1);
    let mib: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(32);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let len = mib << 20;
    let base = mmap_anonymous(len).unwrap_or_else(|e| die!("forkexec: mmap: {e}"));
    touch(base, len, 1);
    let start = rdcycle();
    for _ in 0..rounds {
        match fork() {
            Ok(0) => {
                let err = execve("/bin/true", &["true"], &[] as &[&str]);
                die!("forkexec: exec /bin/true: {err}");
            }
            Ok(pid) => {
                let _ = wait4(pid, 0);
            }
            Err(e) => die!("forkexec: fork: {e}"),
        }
    }
    let forked = rdcycle();
    touch(base, len, 2);
    let rewritten = rdcycle();
    println!(
        "forkexec: {} MiB, {} fork+exec+wait: {} cycles; rewriting every page after: {} cycles",
        mib,
        rounds,
        forked - start,
        rewritten - forked
    );
    process::exit(0)
}
