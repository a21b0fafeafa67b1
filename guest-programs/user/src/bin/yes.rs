//! yes [WORD...]: prints "y" (or the words) forever, until the write fails,
//! which is how it ends in a pipeline whose reader has exited: the kernel
//! kills it with SIGPIPE, or (if the kernel does not send signals for this)
//! the write returns EPIPE and it exits with status 1.

#![no_std]
#![no_main]

extern crate alloc;

use alloc::vec::Vec;
use ulib::env;
use ulib::fs::{write_all, STDOUT};

ulib::entry!(main);

fn main() -> i32 {
    let words: Vec<&str> = env::args().skip(1).collect();
    let mut line = if words.is_empty() {
        Vec::from(*b"y")
    } else {
        words.join(" ").into_bytes()
    };
    line.push(b'\n');
    // Fill a buffer with whole lines: fewer system calls, same bytes.
    let mut buf = Vec::new();
    while buf.len() < 1024 {
        buf.extend_from_slice(&line);
    }
    loop {
        if write_all(STDOUT, &buf).is_err() {
            return 1;
        }
    }
}
