//! The board's devices (QEMU `virt` and rvlab share the map): the 16550
//! UART, the SiFive test finisher, the timer (Sstc), the rvlab trace device,
//! and the device tree that describes them.

pub mod board;
pub mod finisher;
pub mod timer;
pub mod trace;
pub mod uart;
