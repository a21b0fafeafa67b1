//! memhog [MIB]: maps and writes memory 1 MiB at a time, up to MIB MiB
//! (default: without end), reporting every 8 MiB. On a machine with less
//! memory, the kernel's OOM killer ends it with SIGKILL.

#![no_std]
#![no_main]

use ulib::heap::mmap_anonymous;
use ulib::{env, println};

ulib::entry!(main);

fn main() -> i32 {
    let limit: usize = env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(usize::MAX);
    let mut mib = 0;
    while mib < limit {
        let Ok(block) = mmap_anonymous(1 << 20) else {
            println!("memhog: mmap failed after {mib} MiB");
            return 1;
        };
        for off in (0..1 << 20).step_by(4096) {
            // SAFETY: inside the mapping just made.
            unsafe { block.add(off).write_volatile(1) };
        }
        mib += 1;
        if mib % 8 == 0 {
            println!("memhog: {mib} MiB");
        }
    }
    println!("memhog: done, {mib} MiB");
    0
}
