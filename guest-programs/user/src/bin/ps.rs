//! ps: lists the processes. rvlab has no /proc, so it asks the kernel with
//! rvlab's own system call `rvlab_proclist` (see ulib's `syscall_nr.rs`).
//! On a kernel without it (Linux, qemu-riscv64) it says so and exits 1.

#![no_std]
#![no_main]

use ulib::process;
use ulib::syscall_nr::ProcInfo;
use ulib::{die, println, Errno};

ulib::entry!(main);

fn main() -> i32 {
    let procs = match process::proclist() {
        Ok(p) => p,
        Err(Errno::ENOSYS) => die!("this kernel has no process list (rvlab_proclist: ENOSYS)"),
        Err(e) => die!("rvlab_proclist: {e}"),
    };
    println!("  PID  PPID S     TIME CMD");
    for p in &procs {
        println!(
            "{:5} {:5} {} {:>8} {}",
            p.pid,
            p.ppid,
            p.state as char,
            cpu_time(p),
            name(p)
        );
    }
    0
}

/// CPU time as seconds with milliseconds, "0.012".
fn cpu_time(p: &ProcInfo) -> alloc::string::String {
    let ms = p.cpu_time_ns / 1_000_000;
    alloc::format!("{}.{:03}", ms / 1000, ms % 1000)
}

extern crate alloc;

fn name(p: &ProcInfo) -> &str {
    let len = p.name.iter().position(|&b| b == 0).unwrap_or(p.name.len());
    core::str::from_utf8(&p.name[..len]).unwrap_or("?")
}
