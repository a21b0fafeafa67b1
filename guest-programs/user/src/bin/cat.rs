//! cat [FILE...]: copies each file (standard input for none, or for `-`)
//! to standard output.

#![no_std]
#![no_main]

use ulib::errno::Errno;
use ulib::fs::{self, Fd, STDIN, STDOUT};
use ulib::{env, eprintln};

ulib::entry!(main);

fn main() -> i32 {
    let files: alloc::vec::Vec<&str> = env::args().skip(1).collect();
    if files.is_empty() {
        return report("-", copy(STDIN));
    }
    let mut status = 0;
    for name in files {
        let result = if name == "-" {
            copy(STDIN)
        } else {
            fs::open(name, fs::O_RDONLY, 0).and_then(|fd| {
                let copied = copy(fd);
                let _ = fs::close(fd);
                copied
            })
        };
        if result == Err(Errno::EPIPE) {
            return 1; // nobody reads any more: stop quietly
        }
        status |= report(name, result);
    }
    status
}

extern crate alloc;

/// Copies `fd` to standard output until end of file.
fn copy(fd: Fd) -> Result<(), Errno> {
    let mut buf = [0u8; 4096];
    loop {
        match fs::read(fd, &mut buf) {
            Ok(0) => return Ok(()),
            Ok(n) => fs::write_all(STDOUT, &buf[..n])?,
            Err(Errno::EINTR) => {}
            Err(e) => return Err(e),
        }
    }
}

fn report(name: &str, result: Result<(), Errno>) -> i32 {
    match result {
        Ok(()) => 0,
        Err(Errno::EPIPE) => 1,
        Err(e) => {
            eprintln!("cat: {name}: {e}");
            1
        }
    }
}
