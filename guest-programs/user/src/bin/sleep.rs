//! sleep SECONDS: sleeps (nanosleep); SECONDS may have a fraction ("0.25").

#![no_std]
#![no_main]

use core::time::Duration;
use ulib::{die, env, time};

ulib::entry!(main);

fn main() -> i32 {
    let Some(arg) = env::args().nth(1) else {
        die!("usage: sleep SECONDS");
    };
    let d = parse_seconds(arg).unwrap_or_else(|| die!("invalid time interval '{arg}'"));
    if let Err(e) = time::sleep(d) {
        die!("{e}");
    }
    0
}

/// "3", "0.5", "1.25" as a duration (no floating point needed).
fn parse_seconds(text: &str) -> Option<Duration> {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let secs: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    if frac.len() > 9 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut nanos: u32 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    for _ in frac.len()..9 {
        nanos *= 10;
    }
    Some(Duration::new(secs, nanos))
}
