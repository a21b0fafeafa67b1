//! nullderef: loads from address 0. Page 0 is never mapped (programs start
//! at 0x10000), so the load faults and the kernel kills the program with
//! SIGSEGV.

#![no_std]
#![no_main]

use core::arch::asm;
use ulib::println;

ulib::entry!(main);

fn main() -> i32 {
    println!("nullderef: loading from address 0");
    let value: u64;
    // SAFETY: not safe, on purpose: the load must fault.
    unsafe { asm!("ld {v}, 0(zero)", v = out(reg) value) };
    println!("nullderef: read {value:#x}: this kernel maps page 0");
    1
}
