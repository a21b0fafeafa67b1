//! NS16550A UART: the console, modelled on the register set in National's
//! (now TI's) PC16550D datasheet.
//!
//! Eight byte-wide registers at offsets 0..7 (register shift 0, as QEMU virt
//! and its device tree describe). An access of any width reads or writes the
//! one register at its offset, using the low byte of the value: OpenSBI and
//! Linux use byte accesses, or 4-byte ones with `reg-io-width = 4`. The
//! window is 0x100 bytes; offsets above 7 mirror the eight registers.
//!
//! Simplifications, all invisible to a driver that follows the datasheet:
//! - Output is instant: the transmitter is always empty (LSR.THRE and
//!   LSR.TEMT always set), bytes go straight to the host writer.
//! - The receive FIFO is unbounded and never overruns; "data available" is
//!   raised as soon as one byte is there, whatever the FIFO trigger level.
//! - No line errors, no modem-status changes (MSR delta bits stay 0).

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::bus::{BusCtx, Device, DeviceFault};

pub use super::host_io::{stdin_channel, SharedBuffer};

// Register offsets. Offsets 0 and 1 are the divisor latch when LCR.DLAB is set.
const RBR_THR_DLL: u64 = 0;
const IER_DLM: u64 = 1;
const IIR_FCR: u64 = 2;
const LCR: u64 = 3;
const MCR: u64 = 4;
const LSR: u64 = 5;
const MSR: u64 = 6;
const SCR: u64 = 7;

const LCR_DLAB: u8 = 1 << 7;
/// IER: enable received-data-available interrupt.
const IER_ERBFI: u8 = 1 << 0;
/// IER: enable transmitter-holding-register-empty interrupt.
const IER_ETBEI: u8 = 1 << 1;
/// IER bits 4..7 are always zero.
const IER_MASK: u8 = 0x0f;
/// IIR: bit 0 clear means an interrupt is pending; bits 3:1 say which.
const IIR_NONE: u8 = 0x01;
const IIR_RDA: u8 = 0x04;
const IIR_THRE: u8 = 0x02;
/// IIR bits 7:6 read 11 when the FIFOs are enabled (FCR bit 0).
const IIR_FIFOS_ENABLED: u8 = 0xc0;
const FCR_ENABLE: u8 = 1 << 0;
const FCR_CLEAR_RX: u8 = 1 << 1;
const MCR_LOOP: u8 = 1 << 4;
const MCR_MASK: u8 = 0x1f;
const LSR_DR: u8 = 1 << 0;
const LSR_THRE: u8 = 1 << 5;
const LSR_TEMT: u8 = 1 << 6;
/// MSR outside loopback: CTS, DSR and DCD asserted, as by a connected terminal.
const MSR_CONNECTED: u8 = 0xb0;

/// A 16550 UART whose transmitter writes to a host `Write`.
pub struct Uart16550 {
    out: Box<dyn Write>,
    rx: VecDeque<u8>,
    /// Bytes from a host source (e.g. [`stdin_channel`]), moved into `rx` by `tick`.
    input: Option<Receiver<u8>>,
    ier: u8,
    lcr: u8,
    mcr: u8,
    scr: u8,
    dll: u8,
    dlm: u8,
    fifos_enabled: bool,
    /// The THRE interrupt condition. The datasheet sets it when THR empties
    /// (instantly after every write here) or when ETBEI is turned on, and
    /// clears it when IIR is read while THRE is the reported source.
    thre_pending: bool,
}

impl Uart16550 {
    /// A UART in its reset state, transmitting to `out`, with no input source.
    pub fn new(out: Box<dyn Write>) -> Uart16550 {
        Uart16550 {
            out,
            rx: VecDeque::new(),
            input: None,
            ier: 0,
            lcr: 0,
            mcr: 0,
            scr: 0,
            dll: 0,
            dlm: 0,
            fifos_enabled: false,
            thre_pending: false,
        }
    }

    /// Takes received bytes from `input`, polled on every `tick`.
    pub fn with_input(mut self, input: Receiver<u8>) -> Uart16550 {
        self.set_input(input);
        self
    }

    /// Connects (or replaces) the source of received bytes, polled on every `tick`.
    pub fn set_input(&mut self, input: Receiver<u8>) {
        self.input = Some(input);
    }

    /// Queues bytes as if they had arrived on the serial line.
    pub fn push_input(&mut self, bytes: &[u8]) {
        self.rx.extend(bytes);
    }

    /// Flushes the host writer; the machine calls this at the end of a run.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn dlab(&self) -> bool {
        self.lcr & LCR_DLAB != 0
    }

    fn loopback(&self) -> bool {
        self.mcr & MCR_LOOP != 0
    }

    /// The highest-priority pending interrupt, as IIR bits 3:0.
    fn interrupt_id(&self) -> u8 {
        if self.ier & IER_ERBFI != 0 && !self.rx.is_empty() {
            IIR_RDA
        } else if self.ier & IER_ETBEI != 0 && self.thre_pending {
            IIR_THRE
        } else {
            IIR_NONE
        }
    }

    fn read_iir(&mut self) -> u8 {
        let id = self.interrupt_id();
        // Reading IIR acknowledges a THRE interrupt (datasheet, table 4).
        if id == IIR_THRE {
            self.thre_pending = false;
        }
        let fifo_bits = if self.fifos_enabled {
            IIR_FIFOS_ENABLED
        } else {
            0
        };
        id | fifo_bits
    }

    fn lsr(&self) -> u8 {
        let dr = if self.rx.is_empty() { 0 } else { LSR_DR };
        dr | LSR_THRE | LSR_TEMT
    }

    fn msr(&self) -> u8 {
        if !self.loopback() {
            return MSR_CONNECTED;
        }
        // In loopback the modem outputs feed the inputs:
        // DTR -> DSR, RTS -> CTS, OUT1 -> RI, OUT2 -> DCD.
        let m = self.mcr;
        let bit = |mcr_bit: u8, msr_bit: u8| {
            if m & (1 << mcr_bit) != 0 {
                1 << msr_bit
            } else {
                0
            }
        };
        bit(1, 4) | bit(0, 5) | bit(2, 6) | bit(3, 7)
    }

    fn transmit(&mut self, byte: u8) {
        if self.loopback() {
            self.rx.push_back(byte);
        } else {
            // A guest cannot be told about a host I/O error (a closed pipe,
            // a full disk); the byte is dropped like on an unplugged line.
            let _ = self.out.write_all(&[byte]);
            if byte == b'\n' {
                let _ = self.out.flush();
            }
        }
        self.thre_pending = true;
    }

    fn write_fcr(&mut self, v: u8) {
        let enable = v & FCR_ENABLE != 0;
        // Changing the FIFO enable bit, or the clear bit, empties the receiver.
        if enable != self.fifos_enabled || v & FCR_CLEAR_RX != 0 {
            self.rx.clear();
        }
        self.fifos_enabled = enable;
    }
}

impl Device for Uart16550 {
    fn name(&self) -> &'static str {
        "uart"
    }

    fn len(&self) -> u64 {
        super::UART0_SIZE
    }

    fn read(&mut self, offset: u64, _size: u8, _ctx: &mut BusCtx) -> Result<u64, DeviceFault> {
        let v = match offset & 7 {
            RBR_THR_DLL if self.dlab() => self.dll,
            RBR_THR_DLL => self.rx.pop_front().unwrap_or(0),
            IER_DLM if self.dlab() => self.dlm,
            IER_DLM => self.ier,
            IIR_FCR => self.read_iir(),
            LCR => self.lcr,
            MCR => self.mcr,
            LSR => self.lsr(),
            MSR => self.msr(),
            _ => self.scr,
        };
        Ok(v as u64)
    }

    fn write(
        &mut self,
        offset: u64,
        _size: u8,
        value: u64,
        _ctx: &mut BusCtx,
    ) -> Result<(), DeviceFault> {
        let v = value as u8; // registers are 8 bits wide; see the header
        match offset & 7 {
            RBR_THR_DLL if self.dlab() => self.dll = v,
            RBR_THR_DLL => self.transmit(v),
            IER_DLM if self.dlab() => self.dlm = v,
            IER_DLM => {
                let was_enabled = self.ier & IER_ETBEI != 0;
                self.ier = v & IER_MASK;
                // Enabling ETBEI while THR is empty raises THRE at once;
                // Linux's 8250 driver probes for exactly this.
                if !was_enabled && self.ier & IER_ETBEI != 0 {
                    self.thre_pending = true;
                }
            }
            IIR_FCR => self.write_fcr(v),
            LCR => self.lcr = v,
            MCR => self.mcr = v & MCR_MASK,
            SCR => self.scr = v,
            _ => {} // LSR and MSR are read-only
        }
        Ok(())
    }

    fn tick(&mut self, _ctx: &mut BusCtx) {
        let Some(input) = &self.input else { return };
        loop {
            match input.try_recv() {
                Ok(b) => self.rx.push_back(b),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.input = None; // end of input: stop polling
                    break;
                }
            }
        }
    }

    fn irq_pending(&self) -> bool {
        self.interrupt_id() != IIR_NONE
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Drop for Uart16550 {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}

#[cfg(test)]
mod tests;
