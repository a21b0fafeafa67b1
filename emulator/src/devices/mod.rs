//! The board: the devices of QEMU's `virt` machine and where they live.
//!
//! Software written for `qemu-system-riscv64 -machine virt` finds the same
//! devices at the same physical addresses here:
//!
//! ```text
//!   address        size        device                        file
//!   0x0000_1000    0xf000      boot ROM (reset vector)       boot_rom.rs
//!   0x0010_0000    0x1000      SiFive test finisher          finisher.rs
//!   0x0010_2000    0x1000      rvlab trace device            trace.rs
//!   0x0200_0000    0x1_0000    CLINT (msip, mtimecmp, mtime) clint.rs
//!   0x0c00_0000    0x60_0000   PLIC (not implemented yet)    -
//!   0x1000_0000    0x100       UART 16550                    uart.rs
//!   0x1000_1000    0x1000      virtio-mmio slot 0 (later)    -
//!   0x8000_0000    RAM size    DRAM                          bus/ram.rs
//! ```
//!
//! Devices implement [`crate::bus::Device`] and never know their base
//! address; the machine maps them at these constants. Three helpers here
//! are not bus devices: [`fdt`] builds the device tree describing this map,
//! [`htif`] serves the `tohost`/`fromhost` words that bare test programs keep
//! in RAM, and [`host_io`] connects consoles to the host (stdin, capture).

pub mod boot_rom;
pub mod clint;
pub mod fdt;
pub mod finisher;
pub mod host_io;
pub mod htif;
pub mod trace;
pub mod uart;

pub use boot_rom::BootRom;
pub use clint::Clint;
pub use fdt::{build_fdt, FdtConfig, FdtError};
pub use finisher::TestFinisher;
pub use host_io::{stdin_channel, SharedBuffer};
pub use htif::Htif;
pub use trace::TraceDevice;
pub use uart::Uart16550;

/// Boot ROM (QEMU's "mrom"): the reset vector every hart starts at.
pub const BOOT_ROM_BASE: u64 = 0x1000;
/// Boot ROM window: up to the test finisher's neighbourhood, like QEMU's 0xf000.
pub const BOOT_ROM_SIZE: u64 = 0xf000;

/// SiFive test finisher: a write ends the run (pass, fail, reset).
pub const TEST_FINISHER_BASE: u64 = 0x10_0000;
pub const TEST_FINISHER_SIZE: u64 = 0x1000;

/// The paravirtual trace device (docs/trace-device.md); rvlab only. QEMU
/// virt has nothing here (its RTC is at 0x10_1000).
pub const TRACE_BASE: u64 = 0x10_2000;
pub const TRACE_SIZE: u64 = 0x1000;

/// Core-local interruptor: software and timer interrupts for M-mode.
pub const CLINT_BASE: u64 = 0x200_0000;
pub const CLINT_SIZE: u64 = 0x1_0000;

/// Platform-level interrupt controller (not implemented yet).
pub const PLIC_BASE: u64 = 0xc00_0000;
pub const PLIC_SIZE: u64 = 0x60_0000;

/// The console UART (NS16550A).
pub const UART0_BASE: u64 = 0x1000_0000;
pub const UART0_SIZE: u64 = 0x100;
/// PLIC interrupt source of UART0 on QEMU virt.
pub const UART0_IRQ: u32 = 10;

/// First virtio-mmio transport; QEMU has eight, 0x1000 apart.
pub const VIRTIO0_BASE: u64 = 0x1000_1000;
pub const VIRTIO_SIZE: u64 = 0x1000;

/// Start of DRAM.
pub const DRAM_BASE: u64 = 0x8000_0000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_map_has_no_overlaps() {
        let mut regions = [
            (BOOT_ROM_BASE, BOOT_ROM_SIZE),
            (TEST_FINISHER_BASE, TEST_FINISHER_SIZE),
            (TRACE_BASE, TRACE_SIZE),
            (CLINT_BASE, CLINT_SIZE),
            (PLIC_BASE, PLIC_SIZE),
            (UART0_BASE, UART0_SIZE),
            (VIRTIO0_BASE, VIRTIO_SIZE),
            (DRAM_BASE, 1),
        ];
        regions.sort();
        for w in regions.windows(2) {
            assert!(
                w[0].0 + w[0].1 <= w[1].0,
                "{:#x?} overlaps {:#x?}",
                w[0],
                w[1]
            );
        }
    }
}
