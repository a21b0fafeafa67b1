//! rodata: writes to its own read-only data (a string literal, which the
//! linker puts in the R-only segment). The store faults (store page fault),
//! and the kernel kills the program with SIGSEGV, as Linux does; the shell
//! then reports "killed by SIGSEGV" and `$?` is 139.

#![no_std]
#![no_main]

use core::arch::asm;
use ulib::println;

ulib::entry!(main);

static GREETING: &str = "hello, read-only world";

fn main() -> i32 {
    let target = GREETING.as_ptr();
    println!("rodata: writing to read-only data at {target:p} ({GREETING:?})");
    // SAFETY: not safe at all, on purpose: the page is mapped read-only, so
    // this store must fault. Inline assembly so the compiler keeps it.
    unsafe { asm!("sb zero, 0({p})", p = in(reg) target) };
    println!("rodata: the write succeeded: this kernel does not protect read-only data");
    1
}
