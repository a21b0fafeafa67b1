//! tlbwalk [MIB] [ROUNDS] [huge]: a TLB-bound loop for comparing 4 KiB
//! pages with 2 MiB megapages. It maps MIB MiB (default 16) of anonymous
//! memory (with `huge`, advised MADV_HUGEPAGE), writes every page once, then
//! ROUNDS times (default 8) loads one word from every page, a different
//! cache line each time so the data cache does not hide the TLB. Prints the
//! cycles of the timed loads. With the kernel's `thp=never` every page is
//! 4 KiB; with `thp=always` (or `thp=madvise` and `huge`) the mapping is
//! megapages; `rvlab run --stats` shows the dTLB hit rates.

#![no_std]
#![no_main]

use ulib::time::rdcycle;
use ulib::heap::mmap_anonymous;
use ulib::syscall::syscall;
use ulib::syscall_nr as nr;
use ulib::{die, env, println};

ulib::entry!(main);

const PAGE: usize = 4096;
const MADV_HUGEPAGE: usize = 14;

fn main() -> i32 {
    let mut args = env::args().skip(1);
    let mib: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(16);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(8);
    let huge = args.next() == Some("huge");
    let len = mib << 20;
    let base = mmap_anonymous(len).unwrap_or_else(|e| die!("tlbwalk: mmap: {e}"));
    if huge {
        // SAFETY: advice about our own mapping; no memory is passed.
        if let Err(e) = unsafe { syscall(nr::MADVISE, &[base as usize, len, MADV_HUGEPAGE]) } {
            die!("tlbwalk: madvise: {e}");
        }
    }
    let pages = len / PAGE;
    for p in 0..pages {
        // SAFETY: inside the mapping.
        unsafe { base.add(p * PAGE).write_volatile(p as u8) };
    }
    let start = rdcycle();
    let mut sum = 0usize;
    for r in 0..rounds {
        let line = (r * 64) % PAGE;
        for p in 0..pages {
            // SAFETY: inside the mapping.
            sum += unsafe { base.add(p * PAGE + line).read_volatile() } as usize;
        }
    }
    let cycles = rdcycle() - start;
    println!(
        "tlbwalk: {} MiB{}, {} rounds over {} pages: {} cycles ({} per load), sum {}",
        mib,
        if huge { " (MADV_HUGEPAGE)" } else { "" },
        rounds,
        pages,
        cycles,
        cycles / (rounds * pages) as u64,
        sum
    );
    0
}
