//! heaptouch [MIB] [PERCENT]: grows the brk heap by MIB MiB (default 16)
//! and writes PERCENT % of its pages (default 25, spread evenly), for
//! comparing lazy zero-fill (the default) with eager allocation (the kernel
//! command line's `populate=eager`, which gives every page of the heap and
//! of anonymous mappings a frame as soon as they are mapped). Prints the
//! cycles of the brk call and of the writes; `--stats` shows the page
//! faults and `--trace pagefault` each zero-fill.

#![no_std]
#![no_main]

use ulib::time::rdcycle;
use ulib::heap::brk;
use ulib::{die, env, println};

ulib::entry!(main);

const PAGE: usize = 4096;

fn main() -> i32 {
    let mut args = env::args().skip(1);
    let mib: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(16);
    let percent: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(25).clamp(1, 100);
    let len = mib << 20;
    let old = brk(0);
    let start = (old + PAGE - 1) & !(PAGE - 1);
    let c0 = rdcycle();
    if brk(start + len) != start + len {
        die!("heaptouch: brk could not grow by {mib} MiB");
    }
    let c1 = rdcycle();
    let pages = len / PAGE;
    let step = 100 / percent;
    let mut touched = 0;
    for p in (0..pages).step_by(step.max(1)) {
        // SAFETY: inside the heap grown above; the allocator never uses it.
        unsafe { ((start + p * PAGE) as *mut u8).write_volatile(1) };
        touched += 1;
    }
    let c2 = rdcycle();
    println!(
        "heaptouch: {} MiB heap, {} of {} pages written: brk {} cycles, writes {} cycles",
        mib,
        touched,
        pages,
        c1 - c0,
        c2 - c1
    );
    0
}
