//! The two devices of the QEMU `virt` board that a bare-metal program needs:
//! the 16550 UART to print on and the SiFive test finisher to exit through.
//! Same addresses and protocol as `../common/bare.h` for the C programs.

use core::fmt;
use core::ptr::{read_volatile, write_volatile};

/// UART 16550 base address.
const UART_BASE: usize = 0x1000_0000;
/// Transmit holding register (write): the byte to send.
const UART_THR: usize = 0;
/// Line status register.
const UART_LSR: usize = 5;
/// LSR bit: the transmit holding register is empty and takes a byte.
const UART_LSR_THRE: u8 = 1 << 5;

/// SiFive test finisher base address.
const FINISHER_BASE: usize = 0x0010_0000;
const FINISHER_PASS: u32 = 0x5555;
const FINISHER_FAIL: u32 = 0x3333;

/// The console UART; `write!` to it prints on the host's terminal.
pub struct Uart;

impl Uart {
    pub fn put_byte(&mut self, byte: u8) {
        let base = UART_BASE as *mut u8;
        // SAFETY: the UART's registers are at this fixed MMIO address on the
        // virt board; volatile byte accesses are what the device expects.
        unsafe {
            while read_volatile(base.add(UART_LSR)) & UART_LSR_THRE == 0 {}
            write_volatile(base.add(UART_THR), byte);
        }
    }
}

impl fmt::Write for Uart {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        s.bytes().for_each(|b| self.put_byte(b));
        Ok(())
    }
}

/// Stops the machine: `code` 0 is a pass, anything else a failure that the
/// host sees as exit status `code` (16 bits reach it; 0 becomes 1).
pub fn exit(code: u32) -> ! {
    let value = match code & 0xffff {
        _ if code == 0 => FINISHER_PASS,
        0 => (1 << 16) | FINISHER_FAIL,
        low => (low << 16) | FINISHER_FAIL,
    };
    // SAFETY: the finisher register is at this fixed MMIO address on the
    // virt board; a 32-bit volatile store is its whole interface.
    unsafe { write_volatile(FINISHER_BASE as *mut u32, value) };
    // The finisher stops the machine; should it not, stay here.
    loop {
        // SAFETY: wfi only waits; it touches no memory.
        unsafe { core::arch::asm!("wfi") };
    }
}
