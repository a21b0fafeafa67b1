//! The console: the UART as a character device, fds 0, 1 and 2 of init.
//!
//! Output goes straight to the UART, byte for byte (no "\n" -> "\r\n"
//! translation, so guest output compares equal with qemu-riscv64's).
//! Input is polled from the UART by the timer tick and by reads, and kept
//! in a small line discipline: a read returns at most one line; Ctrl-D ends
//! the input (a read at the start of a line returns 0); with `echo=1`
//! received bytes are echoed and backspace erases, for a raw terminal.
//! The console is not a terminal as far as ioctl goes (TCGETS -> ENOTTY):
//! C programs then buffer stdout as they do under qemu-riscv64 in a pipe.

use alloc::collections::VecDeque;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicUsize, Ordering};

use crate::drivers::uart;
use crate::sched;
use crate::sync::SpinLock;
use crate::syscall::errno::*;
use crate::task;

const CTRL_D: u8 = 0x04;
const BACKSPACE: u8 = 0x08;
const DELETE: u8 = 0x7f;

struct Input {
    /// Finished lines (each ends in '\n'), or the partial line Ctrl-D
    /// pushed out; an empty chunk means end of file.
    ready: VecDeque<Vec<u8>>,
    /// The line being typed.
    line: Vec<u8>,
}

static INPUT: SpinLock<Input> = SpinLock::new(Input { ready: VecDeque::new(), line: Vec::new() });

/// The wait channel for readers.
fn chan() -> usize {
    &INPUT as *const _ as usize
}

/// Moves received bytes from the UART into the line discipline; wakes
/// readers when a line (or end of file) is complete.
pub fn poll() {
    receive(core::iter::from_fn(uart::getc));
}

/// Runs `bytes` through the line discipline.
pub fn receive(bytes: impl Iterator<Item = u8>) {
    let mut woke = false;
    {
        let mut input = INPUT.lock();
        for mut c in bytes {
            if c == b'\r' {
                c = b'\n';
            }
            let echo = crate::config::echo();
            match c {
                CTRL_D => {
                    let line = core::mem::take(&mut input.line);
                    input.ready.push_back(line);
                    woke = true;
                }
                BACKSPACE | DELETE if echo => {
                    if input.line.pop().is_some() {
                        uart::write_bytes(b"\x08 \x08");
                    }
                }
                _ => {
                    if echo {
                        uart::write_bytes(&[c]);
                    }
                    input.line.push(c);
                    if c == b'\n' {
                        let line = core::mem::take(&mut input.line);
                        input.ready.push_back(line);
                        woke = true;
                    }
                }
            }
        }
    }
    if woke {
        sched::wakeup(chan());
    }
}

/// Reads at most one line into `buf`, sleeping until one is there.
pub fn read(buf: &mut [u8], nonblock: bool) -> Result<usize, Errno> {
    loop {
        poll();
        {
            let mut input = INPUT.lock();
            if let Some(chunk) = input.ready.front_mut() {
                if chunk.is_empty() {
                    input.ready.pop_front();
                    return Ok(0);
                }
                let n = buf.len().min(chunk.len());
                buf[..n].copy_from_slice(&chunk[..n]);
                chunk.drain(..n);
                if chunk.is_empty() {
                    input.ready.pop_front();
                }
                return Ok(n);
            }
        }
        if nonblock {
            return Err(EAGAIN);
        }
        if task::current_interrupted() {
            return Err(EINTR);
        }
        READERS.fetch_add(1, Ordering::Relaxed);
        sched::sleep(chan());
        READERS.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Tasks asleep waiting for console input: without a periodic tick, the
/// scheduler keeps polling the UART only while there are some.
static READERS: AtomicUsize = AtomicUsize::new(0);

pub fn has_readers() -> bool {
    READERS.load(Ordering::Relaxed) != 0
}

pub fn write(data: &[u8]) -> Result<usize, Errno> {
    uart::write_bytes(data);
    Ok(data.len())
}

/// Whether a read would not block.
pub fn readable() -> bool {
    poll();
    !INPUT.lock().ready.is_empty()
}
