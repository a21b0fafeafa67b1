//! illegal: executes an illegal instruction (the all-zero word, which the
//! RISC-V spec reserves as illegal forever). The hart traps with cause 2;
//! the kernel kills the program with SIGILL.

#![no_std]
#![no_main]

use core::arch::asm;
use ulib::println;

ulib::entry!(main);

fn main() -> i32 {
    println!("illegal: executing the instruction 0x00000000");
    // SAFETY: not safe, on purpose: this traps.
    unsafe { asm!(".4byte 0") };
    println!("illegal: survived an illegal instruction");
    1
}
