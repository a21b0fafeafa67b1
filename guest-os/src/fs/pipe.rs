//! Pipes: a bounded byte queue with a read end and a write end. A reader
//! sleeps while the pipe is empty and a writer exists; a writer sleeps while
//! it is full and a reader exists. With no reader left, writing fails with
//! EPIPE (and the caller raises SIGPIPE); with no writer left, reading an
//! empty pipe returns 0 (end of file).

use alloc::collections::VecDeque;

use crate::sched;
use crate::sync::SpinLock;
use crate::syscall::errno::*;
use crate::task;

/// Capacity, as Linux's default (16 pages).
const PIPE_SIZE: usize = 64 * 1024;

struct State {
    buf: VecDeque<u8>,
    readers: usize,
    writers: usize,
}

pub struct Pipe {
    state: SpinLock<State>,
}

impl Pipe {
    /// A pipe with one reader and one writer.
    pub fn new() -> Pipe {
        Pipe { state: SpinLock::new(State { buf: VecDeque::new(), readers: 1, writers: 1 }) }
    }

    /// The wait channel: the pipe's address.
    fn chan(&self) -> usize {
        self as *const Pipe as usize
    }

    pub fn close_reader(&self) {
        self.state.lock().readers -= 1;
        sched::wakeup(self.chan());
    }

    pub fn close_writer(&self) {
        self.state.lock().writers -= 1;
        sched::wakeup(self.chan());
    }

    /// Reads up to `buf.len()` bytes, sleeping while empty.
    pub fn read(&self, buf: &mut [u8], nonblock: bool) -> Result<usize, Errno> {
        loop {
            {
                let mut s = self.state.lock();
                if !s.buf.is_empty() {
                    let n = buf.len().min(s.buf.len());
                    for (dst, src) in buf.iter_mut().zip(s.buf.drain(..n)) {
                        *dst = src;
                    }
                    drop(s);
                    sched::wakeup(self.chan());
                    return Ok(n);
                }
                if s.writers == 0 {
                    return Ok(0);
                }
            }
            if nonblock {
                return Err(EAGAIN);
            }
            if task::current_interrupted() {
                return Err(EINTR);
            }
            sched::sleep(self.chan());
        }
    }

    /// Writes all of `data`, sleeping while full. EPIPE if no reader is left
    /// (after writing what a reader could still take).
    pub fn write(&self, data: &[u8], nonblock: bool) -> Result<usize, Errno> {
        let mut done = 0;
        while done < data.len() {
            {
                let mut s = self.state.lock();
                if s.readers == 0 {
                    return if done > 0 { Ok(done) } else { Err(EPIPE) };
                }
                let room = PIPE_SIZE - s.buf.len();
                if room > 0 {
                    let n = room.min(data.len() - done);
                    // The buffer lives on the kernel heap: running out is
                    // this write's failure, not the kernel's.
                    if s.buf.try_reserve(n).is_err() {
                        return if done > 0 { Ok(done) } else { Err(ENOMEM) };
                    }
                    s.buf.extend(&data[done..done + n]);
                    done += n;
                    drop(s);
                    sched::wakeup(self.chan());
                    continue;
                }
            }
            if nonblock {
                return if done > 0 { Ok(done) } else { Err(EAGAIN) };
            }
            if task::current_interrupted() {
                return if done > 0 { Ok(done) } else { Err(EINTR) };
            }
            sched::sleep(self.chan());
        }
        Ok(done)
    }

    /// (readable, writable, hung up) for poll.
    pub fn poll_state(&self) -> (bool, bool, bool) {
        let s = self.state.lock();
        (!s.buf.is_empty() || s.writers == 0, s.buf.len() < PIPE_SIZE && s.readers > 0, s.writers == 0)
    }

    pub fn has_readers(&self) -> bool {
        self.state.lock().readers > 0
    }
}
