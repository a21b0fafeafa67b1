//! churn [WORKERS] [ROUNDS]: a multiprocessor stress test for the kernel.
//! WORKERS processes (default 16) each run ROUNDS rounds (default 20) of:
//! fork a child that picks a random set of harts (sched_setaffinity), burns
//! a little CPU, yields, sometimes forks and reaps a grandchild, and exits
//! with a code derived from its pid; the worker waits and checks the code.
//! At the end the process table must hold no leftover of the run. Prints
//! one summary line; exit status 0 when every process was accounted for.

#![no_std]
#![no_main]

use core::hint::black_box;
use ulib::process::{self, WaitStatus};
use ulib::syscall::syscall;
use ulib::syscall_nr as nr;
use ulib::{die, env, println, time};

ulib::entry!(main);

fn main() -> i32 {
    let mut args = env::args().skip(1);
    let workers: u32 = args.next().map_or(16, |a| a.parse().unwrap_or_else(|_| die!("usage: churn [WORKERS] [ROUNDS]")));
    let rounds: u32 = args.next().map_or(20, |a| a.parse().unwrap_or_else(|_| die!("usage: churn [WORKERS] [ROUNDS]")));
    let me = process::getpid();
    for w in 0..workers {
        match process::fork() {
            Ok(0) => process::exit(worker(w, rounds)),
            Ok(_) => {}
            Err(e) => die!("churn: fork: {e}"),
        }
    }
    let mut failed = 0;
    for _ in 0..workers {
        match process::wait4(-1, 0) {
            Ok((_, status)) if status.exit_code() == Some(0) => {}
            Ok((pid, status)) => {
                println!("churn: worker {pid} ended with wait status {:#x}", status.0);
                failed += 1;
            }
            Err(e) => die!("churn: wait4: {e}"),
        }
    }
    // Every process this run made is gone: nothing left whose parent is us,
    // and no zombie anywhere.
    let leftovers = process::proclist()
        .unwrap_or_else(|e| die!("churn: rvlab_proclist: {e}"))
        .iter()
        .filter(|p| p.ppid as i32 == me || p.state == b'Z')
        .count();
    let total = workers * (1 + rounds);
    println!("churn: {workers} workers, {total} processes and their grandchildren, {failed} failed, {leftovers} left over");
    (failed != 0 || leftovers != 0) as i32
}

/// One worker: ROUNDS children, each checked. Returns the exit status.
fn worker(w: u32, rounds: u32) -> i32 {
    let mut seed = 0x9e37_79b9_7f4a_7c15u64 ^ ((w as u64 + 1) << 32);
    for r in 0..rounds {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let choice = seed >> 33;
        let pid = match process::fork() {
            Ok(0) => process::exit(child(choice)),
            Ok(pid) => pid,
            Err(e) => {
                println!("churn: worker {w} round {r}: fork: {e}");
                return 1;
            }
        };
        match process::wait4(pid, 0) {
            Ok((got, status)) if got == pid && status == WaitStatus(expected_code(pid) << 8) => {}
            Ok((got, status)) => {
                println!("churn: worker {w} round {r}: child {pid}: wait4 gave {got}, status {:#x}", status.0);
                return 1;
            }
            Err(e) => {
                println!("churn: worker {w} round {r}: child {pid}: wait4: {e}");
                return 1;
            }
        }
    }
    0
}

fn expected_code(pid: i32) -> i32 {
    pid % 200
}

/// One child: move around, work, maybe fork once more, exit with its code.
fn child(choice: u64) -> i32 {
    let mask: u64 = (choice & 0xf).max(1);
    // SAFETY: the mask is a valid 8-byte buffer for the call to read.
    let _ = unsafe { syscall(nr::SCHED_SETAFFINITY, &[0, 8, &mask as *const u64 as usize]) };
    let mut x = choice;
    for _ in 0..(choice % 20_000) {
        x = black_box(x.wrapping_mul(2862933555777941757).wrapping_add(3037000493));
    }
    time::sched_yield();
    if choice % 3 == 0 {
        match process::fork() {
            Ok(0) => process::exit(7),
            Ok(pid) => {
                if !matches!(process::wait4(pid, 0), Ok((p, s)) if p == pid && s == WaitStatus(7 << 8)) {
                    return 255;
                }
            }
            Err(_) => return 254,
        }
    }
    expected_code(process::getpid())
}
