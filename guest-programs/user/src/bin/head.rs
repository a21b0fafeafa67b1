//! head [-n N] [FILE]: the first N lines (10 by default) of a file or of
//! standard input, then exits, which is what makes `yes | head` end: the
//! next write of `yes` finds no reader.

#![no_std]
#![no_main]

use ulib::errno::Errno;
use ulib::fs::{self, STDIN, STDOUT};
use ulib::{die, env};

ulib::entry!(main);

fn main() -> i32 {
    let mut args = env::args().skip(1);
    let mut lines: u64 = 10;
    let mut file = None;
    while let Some(arg) = args.next() {
        if arg == "-n" {
            let n = args.next().unwrap_or_else(|| die!("-n needs a number"));
            lines = n.parse().unwrap_or_else(|_| die!("bad line count: {n}"));
        } else if let Some(n) = arg.strip_prefix("-n").or_else(|| arg.strip_prefix('-')) {
            lines = n.parse().unwrap_or_else(|_| die!("bad option: {arg}"));
        } else {
            file = Some(arg);
        }
    }
    let fd = match file {
        None | Some("-") => STDIN,
        Some(name) => fs::open(name, fs::O_RDONLY, 0).unwrap_or_else(|e| die!("{name}: {e}")),
    };
    let mut buf = [0u8; 4096];
    while lines > 0 {
        let n = match fs::read(fd, &mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(Errno::EINTR) => continue,
            Err(e) => die!("{e}"),
        };
        // Keep up to and including the `lines`-th newline.
        let mut end = n;
        for (i, &b) in buf[..n].iter().enumerate() {
            if b == b'\n' {
                lines -= 1;
                if lines == 0 {
                    end = i + 1;
                    break;
                }
            }
        }
        if fs::write_all(STDOUT, &buf[..end]).is_err() {
            return 1;
        }
    }
    0
}
