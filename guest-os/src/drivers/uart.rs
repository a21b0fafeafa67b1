//! The NS16550A UART at 0x1000_0000, polled: there is no interrupt
//! controller on rvlab yet, so input is picked up by the timer tick (and by
//! a read that finds nothing buffered).

use core::fmt;
use core::ptr::{read_volatile, write_volatile};

use crate::mm::layout::{phys_to_virt, UART_BASE};

/// Registers (byte offsets).
const RBR_THR: usize = 0;
const IER: usize = 1;
/// Read: interrupt identification (IIR); write: FIFO control (FCR).
const IIR_FCR: usize = 2;
const LSR: usize = 5;
/// LSR: a received byte is waiting.
const LSR_DATA_READY: u8 = 1 << 0;
/// LSR: the transmit holding register can take a byte.
const LSR_THR_EMPTY: u8 = 1 << 5;

fn reg(offset: usize) -> *mut u8 {
    phys_to_virt(UART_BASE + offset) as *mut u8
}

/// Interrupts off (we poll), FIFOs on (16 bytes instead of 1 between two
/// polls), unless input is already waiting: turning the FIFOs on empties
/// them, and QEMU then stops feeding the UART (it waits for a read that
/// never comes). Input piped in before boot is then read a byte per poll.
pub fn init() {
    // SAFETY: the UART's registers are mapped in the kernel half.
    unsafe {
        write_volatile(reg(IER), 0);
        // IIR bits 7:6 = 11: FIFOs already on.
        let fifos_on = read_volatile(reg(IIR_FCR)) & 0xc0 == 0xc0;
        if !fifos_on && read_volatile(reg(LSR)) & LSR_DATA_READY == 0 {
            write_volatile(reg(IIR_FCR), 0x01);
        }
    }
}

pub fn putc(c: u8) {
    // SAFETY: as in `init`.
    unsafe {
        while read_volatile(reg(LSR)) & LSR_THR_EMPTY == 0 {}
        write_volatile(reg(RBR_THR), c);
    }
}

/// A received byte, if any.
pub fn getc() -> Option<u8> {
    // SAFETY: as in `init`.
    unsafe { (read_volatile(reg(LSR)) & LSR_DATA_READY != 0).then(|| read_volatile(reg(RBR_THR))) }
}

/// Serializes whole writes from several harts.
pub static LOCK: spin::Mutex<()> = spin::Mutex::new(());

pub fn write_bytes(bytes: &[u8]) {
    let _guard = LOCK.lock();
    bytes.iter().copied().for_each(putc);
}

/// `core::fmt` onto the UART (for the kernel's own messages).
pub struct Writer;

impl fmt::Write for Writer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        s.bytes().for_each(putc);
        Ok(())
    }
}

/// Kernel message, always printed (boot errors, panics).
#[macro_export]
macro_rules! kprintln {
    ($($arg:tt)*) => {{
        use core::fmt::Write;
        let _guard = $crate::drivers::uart::LOCK.lock();
        let _ = writeln!($crate::drivers::uart::Writer, $($arg)*);
    }};
}

/// Kernel diagnostic, printed only with `debug` on the command line (the
/// console is the programs' stdout too, and must carry only their output).
#[macro_export]
macro_rules! klog {
    ($($arg:tt)*) => {{
        if $crate::config::debug() {
            $crate::kprintln!("[kernel] {}", format_args!($($arg)*));
        }
    }};
}
