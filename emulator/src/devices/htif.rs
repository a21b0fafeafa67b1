//! HTIF (Berkeley host-target interface), the console and exit protocol of
//! Spike and of bare test programs such as riscv-tests.
//!
//! Not a bus device: the program keeps two 64-bit words in its own RAM, at
//! its ELF symbols `tohost` and `fromhost`, and the host polls `tohost`. A
//! command is `device << 56 | command << 48 | payload`:
//!
//! | device | command | payload          | meaning                          |
//! |--------|---------|------------------|----------------------------------|
//! | 0      | 0       | odd: `code << 1 \| 1` | exit with status `code` (riscv-tests: 0 = pass, n = failed test n) |
//! | 0      | 0       | even, nonzero    | pointer to a proxied syscall: not supported, exit status 1 |
//! | 1      | 1       | a byte           | console: write the byte          |
//!
//! Every handled command clears `tohost`. A console write is acknowledged
//! the way Spike does, by writing `1 << 56 | 1 << 48 | 0x100 | byte` to
//! `fromhost` (when the program has one). Console reads (device 1,
//! command 0) and other devices are consumed and ignored.

use std::io::Write;

use crate::bus::{ExitRequest, Ram};

/// Exit status reported for a syscall-proxy request, which is not supported.
pub const UNSUPPORTED_SYSCALL_STATUS: u32 = 1;

const DEV_SYSCALL: u64 = 0;
const DEV_CONSOLE: u64 = 1;
const CMD_CONSOLE_WRITE: u64 = 1;
const PAYLOAD_MASK: u64 = (1 << 48) - 1;

/// The HTIF words of a loaded program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Htif {
    /// Physical address of `tohost`.
    pub tohost: u64,
    /// Physical address of `fromhost`, if the program has one.
    pub fromhost: Option<u64>,
}

impl Htif {
    pub fn new(tohost: u64, fromhost: Option<u64>) -> Htif {
        Htif { tohost, fromhost }
    }

    /// Handles a pending `tohost` command, writing console output to `out`.
    /// Returns the exit the program asked for, if any. Call it often (e.g.
    /// after every batch of instructions): the program may spin on
    /// `fromhost` until the host answers.
    pub fn poll(&mut self, ram: &mut Ram, out: &mut dyn Write) -> Option<ExitRequest> {
        let value = ram.read(self.tohost, 8)?;
        if value == 0 {
            return None;
        }
        ram.write(self.tohost, 8, 0);
        let (device, command, payload) = (value >> 56, (value >> 48) & 0xff, value & PAYLOAD_MASK);
        match (device, command) {
            (DEV_SYSCALL, 0) if payload & 1 == 1 => {
                // The status is 47 bits wide; larger ones saturate.
                Some(ExitRequest::Exit(
                    u32::try_from(payload >> 1).unwrap_or(u32::MAX),
                ))
            }
            (DEV_SYSCALL, 0) => Some(ExitRequest::Exit(UNSUPPORTED_SYSCALL_STATUS)),
            (DEV_CONSOLE, CMD_CONSOLE_WRITE) => {
                let byte = payload as u8; // the byte is the payload's low 8 bits
                                          // Host output errors cannot be reported to the program.
                let _ = out.write_all(&[byte]);
                if byte == b'\n' {
                    let _ = out.flush();
                }
                if let Some(fromhost) = self.fromhost {
                    ram.write(fromhost, 8, value & !PAYLOAD_MASK | 0x100 | byte as u64);
                }
                None
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOHOST: u64 = 0x8000_1000;
    const FROMHOST: u64 = 0x8000_1008;

    fn setup(value: u64) -> (Htif, Ram) {
        let mut ram = Ram::new(0x8000_0000, 0x2000);
        ram.write(TOHOST, 8, value);
        (Htif::new(TOHOST, Some(FROMHOST)), ram)
    }

    #[test]
    fn exit_codes() {
        for (value, status) in [(1, 0), (7 << 1 | 1, 7)] {
            let (mut h, mut ram) = setup(value);
            assert_eq!(
                h.poll(&mut ram, &mut Vec::new()),
                Some(ExitRequest::Exit(status))
            );
            assert_eq!(ram.read(TOHOST, 8), Some(0));
        }
        let (mut h, mut ram) = setup(0x8000_1800);
        let exit = h.poll(&mut ram, &mut Vec::new());
        assert_eq!(
            exit,
            Some(ExitRequest::Exit(UNSUPPORTED_SYSCALL_STATUS)),
            "syscall proxy"
        );
    }

    #[test]
    fn nothing_pending() {
        let (mut h, mut ram) = setup(0);
        assert_eq!(h.poll(&mut ram, &mut Vec::new()), None);
        assert_eq!(ram.read(FROMHOST, 8), Some(0));
    }

    #[test]
    fn console_write_is_acknowledged() {
        let (mut h, mut ram) = setup(1 << 56 | 1 << 48 | b'A' as u64);
        let mut out = Vec::new();
        assert_eq!(h.poll(&mut ram, &mut out), None);
        assert_eq!(out, b"A");
        assert_eq!(ram.read(TOHOST, 8), Some(0));
        assert_eq!(
            ram.read(FROMHOST, 8),
            Some(1 << 56 | 1 << 48 | 0x100 | b'A' as u64)
        );
    }

    #[test]
    fn unknown_commands_are_consumed() {
        let (mut h, mut ram) = setup(1 << 56); // console read: device 1, command 0
        h.fromhost = None;
        assert_eq!(h.poll(&mut ram, &mut Vec::new()), None);
        assert_eq!(ram.read(TOHOST, 8), Some(0));
        assert_eq!(ram.read(FROMHOST, 8), Some(0));
    }

    #[test]
    fn tohost_outside_ram_is_ignored() {
        let mut ram = Ram::new(0x8000_0000, 0x1000);
        let mut h = Htif::new(0x1000, None);
        assert_eq!(h.poll(&mut ram, &mut Vec::new()), None);
    }
}
