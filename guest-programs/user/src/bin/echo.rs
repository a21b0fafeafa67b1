//! echo [-n] [WORD...]: prints its arguments separated by spaces, then a
//! newline (not with -n).

#![no_std]
#![no_main]

extern crate alloc;

use alloc::vec::Vec;
use ulib::fs::{write_all, STDOUT};
use ulib::{env, eprintln, Errno};

ulib::entry!(main);

fn main() -> i32 {
    let mut args = env::args().skip(1).peekable();
    let newline = if args.peek() == Some(&"-n") {
        args.next();
        false
    } else {
        true
    };
    // One write for the whole line.
    let mut line = Vec::new();
    for (i, word) in args.enumerate() {
        if i > 0 {
            line.push(b' ');
        }
        line.extend_from_slice(word.as_bytes());
    }
    if newline {
        line.push(b'\n');
    }
    match write_all(STDOUT, &line) {
        Ok(()) => 0,
        // The reader has gone: nothing to tell anyone.
        Err(Errno::EPIPE) => 1,
        Err(e) => {
            eprintln!("echo: write error: {e}");
            1
        }
    }
}
