//! kread [ADDRESS]: reads kernel memory from user mode. The address is
//! 0x80000000 by default, the start of RAM where the kernel image sits;
//! ADDRESS (hex with 0x, or decimal) picks another. A user-mode load from a
//! page without the U bit (or not mapped at all) faults, and the kernel
//! kills the program with SIGSEGV.

#![no_std]
#![no_main]

use core::arch::asm;
use ulib::{die, env, println};

ulib::entry!(main);

fn main() -> i32 {
    let address = match env::args().nth(1) {
        None => 0x8000_0000,
        Some(text) => parse(text).unwrap_or_else(|| die!("not an address: {text}")),
    };
    println!("kread: loading from kernel address {address:#x}");
    let value: u64;
    // SAFETY: not safe, on purpose: the load must fault.
    unsafe { asm!("ld {v}, 0({a})", v = out(reg) value, a = in(reg) address) };
    println!("kread: read {value:#x}: this kernel lets users read its memory");
    1
}

fn parse(text: &str) -> Option<usize> {
    match text.strip_prefix("0x") {
        Some(hex) => usize::from_str_radix(&hex.replace('_', ""), 16).ok(),
        None => text.parse().ok(),
    }
}
