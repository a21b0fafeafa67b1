//! Formatted output: `print!`, `println!`, `eprint!`, `eprintln!` and `die!`.
//!
//! Each call formats into a buffer on the stack and writes it with as few
//! write(2) calls as it can (one, for lines up to 512 bytes), so a traced run
//! shows one write per line, as a line-buffered C program would. Nothing is
//! kept between calls, so there is nothing to flush at exit.

use core::fmt::{self, Write};

use crate::errno::Errno;
use crate::fs::{write_all, Fd};
use crate::syscall::SysResult;

struct FdWriter {
    fd: Fd,
    buf: [u8; 512],
    len: usize,
    error: Option<Errno>,
}

impl FdWriter {
    fn flush(&mut self) {
        if self.len > 0 && self.error.is_none() {
            if let Err(e) = write_all(self.fd, &self.buf[..self.len]) {
                self.error = Some(e);
            }
        }
        self.len = 0;
    }
}

impl Write for FdWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut bytes = s.as_bytes();
        while !bytes.is_empty() {
            if self.len == self.buf.len() {
                self.flush();
            }
            let n = bytes.len().min(self.buf.len() - self.len);
            self.buf[self.len..self.len + n].copy_from_slice(&bytes[..n]);
            self.len += n;
            bytes = &bytes[n..];
        }
        Ok(())
    }
}

/// Formats `args` onto `fd`. Used by the macros; the error is the first
/// write's failure (EPIPE when the reader of a pipe has gone).
pub fn write_fmt(fd: Fd, args: fmt::Arguments<'_>) -> SysResult<()> {
    let mut w = FdWriter {
        fd,
        buf: [0; 512],
        len: 0,
        error: None,
    };
    let _ = w.write_fmt(args);
    w.flush();
    w.error.map_or(Ok(()), Err)
}

/// Prints to standard output; a failed write is ignored (use `write_fmt`
/// to see it).
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => {{
        let _ = $crate::io::write_fmt($crate::fs::STDOUT, format_args!($($arg)*));
    }};
}

/// `print!` with a newline.
#[macro_export]
macro_rules! println {
    () => { $crate::print!("\n") };
    ($($arg:tt)*) => { $crate::print!("{}\n", format_args!($($arg)*)) };
}

/// Prints to standard error.
#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => {{
        let _ = $crate::io::write_fmt($crate::fs::STDERR, format_args!($($arg)*));
    }};
}

/// `eprint!` with a newline.
#[macro_export]
macro_rules! eprintln {
    () => { $crate::eprint!("\n") };
    ($($arg:tt)*) => { $crate::eprint!("{}\n", format_args!($($arg)*)) };
}

/// Prints "program: message" on standard error and exits with status 1.
#[macro_export]
macro_rules! die {
    ($($arg:tt)*) => {{
        $crate::eprintln!("{}: {}", $crate::env::program_name(), format_args!($($arg)*));
        $crate::process::exit(1)
    }};
}
