//! wc [-lwc] [FILE...]: counts lines, words and bytes of each file (standard
//! input for none), printed as `lines words bytes [name]` (only the counts
//! asked for with -l, -w, -c), with a total line when there are several files.

#![no_std]
#![no_main]

extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;
use ulib::errno::Errno;
use ulib::fs::{self, Fd, STDIN};
use ulib::{die, env, eprintln, println};

ulib::entry!(main);

#[derive(Default, Clone, Copy)]
struct Counts {
    lines: u64,
    words: u64,
    bytes: u64,
}

/// Which counts to show.
#[derive(Clone, Copy)]
struct Show {
    lines: bool,
    words: bool,
    bytes: bool,
}

fn main() -> i32 {
    let mut show = Show {
        lines: false,
        words: false,
        bytes: false,
    };
    let mut files: Vec<&str> = Vec::new();
    for arg in env::args().skip(1) {
        match arg.strip_prefix('-').filter(|f| !f.is_empty()) {
            Some(flags) => {
                for flag in flags.chars() {
                    match flag {
                        'l' => show.lines = true,
                        'w' => show.words = true,
                        'c' => show.bytes = true,
                        _ => die!("unknown option -{flag}\nusage: wc [-lwc] [FILE...]"),
                    }
                }
            }
            None => files.push(arg),
        }
    }
    if !(show.lines || show.words || show.bytes) {
        show = Show {
            lines: true,
            words: true,
            bytes: true,
        };
    }
    if files.is_empty() {
        return match count(STDIN) {
            Ok(c) => {
                print(&c, show, None);
                0
            }
            Err(e) => {
                eprintln!("wc: {e}");
                1
            }
        };
    }
    let mut total = Counts::default();
    let mut status = 0;
    for name in &files {
        let result = fs::open(name, fs::O_RDONLY, 0).and_then(|fd| {
            let c = count(fd);
            let _ = fs::close(fd);
            c
        });
        match result {
            Ok(c) => {
                print(&c, show, Some(name));
                total.lines += c.lines;
                total.words += c.words;
                total.bytes += c.bytes;
            }
            Err(e) => {
                eprintln!("wc: {name}: {e}");
                status = 1;
            }
        }
    }
    if files.len() > 1 {
        print(&total, show, Some("total"));
    }
    status
}

/// One line: the chosen counts, 7 wide, then the name.
fn print(c: &Counts, show: Show, name: Option<&str>) {
    let mut line = String::new();
    for (wanted, n) in [
        (show.lines, c.lines),
        (show.words, c.words),
        (show.bytes, c.bytes),
    ] {
        if wanted {
            if !line.is_empty() {
                line.push(' ');
            }
            let _ = write!(line, "{n:7}");
        }
    }
    match name {
        Some(name) => println!("{line} {name}"),
        None => println!("{line}"),
    }
}

fn count(fd: Fd) -> Result<Counts, Errno> {
    let mut c = Counts::default();
    let mut in_word = false;
    let mut buf = [0u8; 4096];
    loop {
        let n = match fs::read(fd, &mut buf) {
            Ok(0) => return Ok(c),
            Ok(n) => n,
            Err(Errno::EINTR) => continue,
            Err(e) => return Err(e),
        };
        c.bytes += n as u64;
        for &b in &buf[..n] {
            if b == b'\n' {
                c.lines += 1;
            }
            if b.is_ascii_whitespace() {
                in_word = false;
            } else if !in_word {
                in_word = true;
                c.words += 1;
            }
        }
    }
}
