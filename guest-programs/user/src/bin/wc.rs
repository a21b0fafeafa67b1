//! wc [FILE...]: counts lines, words and bytes of each file (standard input
//! for none), printed as `lines words bytes [name]`, with a total line when
//! there are several files.

#![no_std]
#![no_main]

use ulib::errno::Errno;
use ulib::fs::{self, Fd, STDIN};
use ulib::{env, eprintln, println};

ulib::entry!(main);

#[derive(Default, Clone, Copy)]
struct Counts {
    lines: u64,
    words: u64,
    bytes: u64,
}

fn main() -> i32 {
    let files: alloc::vec::Vec<&str> = env::args().skip(1).collect();
    if files.is_empty() {
        return match count(STDIN) {
            Ok(c) => {
                show(&c, None);
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
                show(&c, Some(name));
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
        show(&total, Some("total"));
    }
    status
}

extern crate alloc;

fn show(c: &Counts, name: Option<&str>) {
    match name {
        Some(name) => println!("{:7} {:7} {:7} {name}", c.lines, c.words, c.bytes),
        None => println!("{:7} {:7} {:7}", c.lines, c.words, c.bytes),
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
