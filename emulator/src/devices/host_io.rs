//! Host-side plumbing for the console devices: a background reader that
//! turns the host's stdin into a channel of bytes, and a shared buffer that
//! captures guest output in tests.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::rc::Rc;
use std::sync::mpsc::{self, Receiver};
use std::thread;

/// The byte sent to the guest when the host's standard input ends.
pub const EOT: u8 = 0x04;

/// Reads the host's stdin on a background thread and sends its bytes, so a
/// guest reading the UART can be typed at (line-buffered by the terminal; no
/// raw mode). The thread ends at end of input or when the receiver is
/// dropped after its next byte; a thread blocked in `read` ends with the process.
pub fn stdin_channel() -> Receiver<u8> {
    let (tx, rx) = mpsc::channel();
    let reader = move || {
        let mut stdin = io::stdin().lock();
        let mut buf = [0u8; 256];
        loop {
            match stdin.read(&mut buf) {
                // End of input reaches the guest as Ctrl-D (EOT), which a
                // terminal line discipline (and rvlab's kernel) reads as end
                // of file: `printf 'x' | rvlab run cat` ends.
                Ok(0) => {
                    let _ = tx.send(EOT);
                    return;
                }
                Ok(n) => {
                    if buf[..n].iter().any(|&b| tx.send(b).is_err()) {
                        return;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return,
            }
        }
    };
    // If the thread cannot start, the sender is dropped with the closure and
    // the UART sees a closed input: the guest just receives nothing.
    let _ = thread::Builder::new()
        .name("uart-stdin".into())
        .spawn(reader);
    rx
}

/// A `Write` that appends to a shared byte vector, for capturing UART output
/// in tests: keep a clone, hand the other to [`Uart16550::new`].
#[derive(Clone, Debug, Default)]
pub struct SharedBuffer(Rc<RefCell<Vec<u8>>>);

impl SharedBuffer {
    pub fn new() -> SharedBuffer {
        SharedBuffer::default()
    }

    /// Everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.0.borrow().clone()
    }

    /// Everything written so far, as text (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_one_buffer() {
        let buf = SharedBuffer::new();
        let mut writer = buf.clone();
        writer.write_all(b"ok\n").unwrap();
        assert_eq!(buf.contents(), b"ok\n");
        assert_eq!(buf.text(), "ok\n");
    }
}
