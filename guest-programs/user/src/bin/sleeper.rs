//! sleeper [COUNT [MS [WORK_US]]]: an idle-heavy task for the tick vs
//! tickless experiment. COUNT times (10 by default), it works WORK_US
//! microseconds of CPU time (100 by default) and sleeps MS milliseconds
//! (20 by default), so the harts are idle most of the time. With a periodic
//! tick the timer still interrupts them all along; a tickless kernel only
//! wakes them when a sleep ends. Prints nothing; exits 0.

#![no_std]
#![no_main]

use core::hint::black_box;
use core::time::Duration;
use ulib::time::{self, clock_gettime, CLOCK_MONOTONIC};
use ulib::{die, env};

ulib::entry!(main);

fn arg(n: usize, default: u64) -> u64 {
    match env::args().nth(n) {
        None => default,
        Some(text) => text
            .parse()
            .unwrap_or_else(|_| die!("usage: sleeper [COUNT [MS [WORK_US]]]")),
    }
}

fn main() -> i32 {
    let (count, ms, work_us) = (arg(1, 10), arg(2, 20), arg(3, 100));
    let mut x: u64 = 1;
    for _ in 0..count {
        let start = clock_gettime(CLOCK_MONOTONIC).unwrap_or(Duration::ZERO);
        let work = Duration::from_micros(work_us);
        while clock_gettime(CLOCK_MONOTONIC).map_or(true, |now| now.saturating_sub(start) < work) {
            for _ in 0..100 {
                x = black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1));
            }
        }
        if let Err(e) = time::sleep(Duration::from_millis(ms)) {
            die!("sleeper: nanosleep: {e}");
        }
    }
    0
}
