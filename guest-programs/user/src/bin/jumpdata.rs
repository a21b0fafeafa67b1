//! jumpdata: jumps into its data segment, which holds valid code (`ret`) but
//! is mapped without execute permission. The fetch faults (instruction page
//! fault) and the kernel kills the program with SIGSEGV: W^X at work.

#![no_std]
#![no_main]

use core::arch::asm;
use core::ptr::addr_of;
use ulib::println;

ulib::entry!(main);

/// `ret` (jalr zero, 0(ra)), in writable, non-executable data. The section
/// is named because a static that is never written would otherwise be
/// moved to .rodata by the optimizer (also not executable, but not the lesson).
#[link_section = ".data.jumpdata"]
static mut CODE: [u32; 1] = [0x0000_8067];

fn main() -> i32 {
    let target = addr_of!(CODE) as usize;
    println!("jumpdata: jumping to data at {target:#x}");
    // SAFETY: not safe, on purpose: the fetch must fault. Were the page
    // executable, the `ret` there would come straight back here.
    unsafe { asm!("jalr ra, 0({t})", t = in(reg) target, out("ra") _) };
    println!("jumpdata: executed data: this kernel maps data executable");
    1
}
