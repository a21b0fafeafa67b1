//! oomtest hog | forkbomb [LEVELS] | bomb [N] [KIB]: the kernel's OOM killer at work (run it
//! with little RAM, e.g. `rvlab run --ram-size 32 oomtest hog`).
//!
//! - `hog`: runs /bin/memhog (which maps memory without end) and reports
//!   how it ended: killed by SIGKILL when memory ran out; then maps and
//!   writes 1 MiB itself, to show that the rest carry on.
//! - `forkbomb [LEVELS]`: a fork bomb: every process forks 4 children,
//!   each of which writes 256 KiB and does the same, LEVELS deep (default
//!   6: up to 5460 processes), until fork fails; each waits for its
//!   children. Reports when the whole tree is gone.
//! - `bomb`: forks up to N children (default 64), each writing KIB KiB
//!   (default 1024) of fresh memory and then waiting on a pipe; when fork
//!   fails or all are made, closes the pipe and waits for them all, then
//!   reports how many were made, how many exited and how many the OOM
//!   killer ended (SIGKILL).

#![no_std]
#![no_main]

use ulib::fs::{close, pipe, read};
use ulib::heap::mmap_anonymous;
use ulib::process::{execve, exit, fork, wait4};
use ulib::{die, env, println};

ulib::entry!(main);

fn write_fresh(bytes: usize) -> bool {
    let Ok(block) = mmap_anonymous(bytes) else { return false };
    for off in (0..bytes).step_by(4096) {
        // SAFETY: inside the mapping just made.
        unsafe { block.add(off).write_volatile(1) };
    }
    true
}

fn hog() -> i32 {
    match fork() {
        Ok(0) => {
            let err = execve("/bin/memhog", &["memhog"], &[] as &[&str]);
            die!("oomtest: exec memhog: {err}");
        }
        Ok(pid) => match wait4(pid, 0) {
            Ok((_, status)) => match status.signal() {
                Some(9) => println!("oomtest: memhog was killed by SIGKILL"),
                _ => println!("oomtest: memhog ended: {status}"),
            },
            Err(e) => die!("oomtest: wait4: {e}"),
        },
        Err(e) => die!("oomtest: fork: {e}"),
    }
    let ok = write_fresh(1 << 20);
    println!("oomtest: still running; 1 MiB more {}", if ok { "written" } else { "refused" });
    0
}

fn bomb(n: usize, kib: usize) -> i32 {
    let (rd, wr) = pipe().unwrap_or_else(|e| die!("oomtest: pipe: {e}"));
    let mut made = 0;
    let mut fork_error = None;
    for _ in 0..n {
        match fork() {
            Ok(0) => {
                close(wr).ok();
                write_fresh(kib << 10);
                let mut b = [0u8; 1];
                let _ = read(rd, &mut b);
                exit(0);
            }
            Ok(_) => made += 1,
            Err(e) => {
                fork_error = Some(e);
                break;
            }
        }
    }
    close(wr).ok();
    let (mut exited, mut killed) = (0, 0);
    while let Ok((_, status)) = wait4(-1, 0) {
        match status.signal() {
            Some(9) => killed += 1,
            _ => exited += 1,
        }
    }
    match fork_error {
        Some(e) => println!("oomtest: bomb: fork failed after {made} children ({e})"),
        None => println!("oomtest: bomb: {made} children"),
    }
    println!("oomtest: bomb: {exited} exited, {killed} killed by the OOM killer; the parent carries on");
    0
}

/// One process of the fork bomb: returns how many children it made.
fn forkbomb(levels: u32) -> usize {
    let mut made = 0;
    if levels > 0 {
        for _ in 0..4 {
            match fork() {
                Ok(0) => {
                    write_fresh(256 << 10);
                    let n = forkbomb(levels - 1);
                    exit(if n == 4 { 0 } else { 1 });
                }
                Ok(_) => made += 1,
                Err(_) => break,
            }
        }
    }
    while wait4(-1, 0).is_ok() {}
    made
}

fn main() -> i32 {
    let mut args = env::args().skip(1);
    match args.next() {
        Some("hog") => hog(),
        Some("forkbomb") => {
            let levels = args.next().and_then(|a| a.parse().ok()).unwrap_or(6);
            let made = forkbomb(levels);
            println!("oomtest: forkbomb: {made} children of the first process; all gone, the parent carries on");
            0
        }
        Some("bomb") => {
            let n = args.next().and_then(|a| a.parse().ok()).unwrap_or(64);
            let kib = args.next().and_then(|a| a.parse().ok()).unwrap_or(1024);
            bomb(n, kib)
        }
        _ => die!("usage: oomtest hog | forkbomb [LEVELS] | bomb [N] [KIB]"),
    }
}
