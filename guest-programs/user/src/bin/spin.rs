//! spin [MILLIONS]: a CPU-bound loop of MILLIONS million iterations (10 by
//! default; 0 spins forever), for scheduling demonstrations: run several at
//! once (`spin & spin & wait`) and watch the scheduler share the harts.
//! Prints its pid at the start and the elapsed time at the end.

#![no_std]
#![no_main]

use core::hint::black_box;
use ulib::time::{clock_gettime, CLOCK_MONOTONIC};
use ulib::{die, env, println, process};

ulib::entry!(main);

fn main() -> i32 {
    let millions: u64 = match env::args().nth(1) {
        None => 10,
        Some(text) => text
            .parse()
            .unwrap_or_else(|_| die!("usage: spin [MILLIONS]")),
    };
    let pid = process::getpid();
    println!("spin {pid}: start, {millions} million iterations");
    let start = clock_gettime(CLOCK_MONOTONIC).ok();
    let mut i: u64 = 0;
    let mut x: u64 = 1;
    while millions == 0 || i < millions * 1_000_000 {
        // black_box keeps the compiler from folding the loop away.
        x = black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1));
        i += 1;
    }
    let elapsed = match (start, clock_gettime(CLOCK_MONOTONIC).ok()) {
        (Some(a), Some(b)) => b.saturating_sub(a).as_millis(),
        _ => 0,
    };
    println!("spin {pid}: done in {elapsed} ms");
    0
}
