//! The flattened device tree the boot hart receives in `a1`: the board of
//! `devices/mod.rs` described the way QEMU's `virt` describes itself, so the
//! same firmware and kernels find their devices (node names, compatible
//! strings and interrupt wiring follow `qemu-system-riscv64 -machine
//! virt,dumpdtb=virt.dtb`).
//!
//! Not described yet: the PLIC (not implemented), so the UART node has no
//! `interrupts` and a Linux 8250 driver polls it; virtio; QEMU's pmu,
//! fw-cfg, flash, rtc, pci and cpu-map nodes.

use vm_fdt::FdtWriter;

use super::{
    CLINT_BASE, CLINT_SIZE, TEST_FINISHER_BASE, TEST_FINISHER_SIZE, TRACE_BASE, TRACE_SIZE,
    UART0_BASE, UART0_SIZE,
};

/// The ISA string of every hart (the `riscv,isa` property).
pub const RISCV_ISA: &str = "rv64imafdc_zicsr_zifencei_zicntr";
/// The same as `riscv,isa-base` + `riscv,isa-extensions` (newer bindings).
const ISA_BASE: &str = "rv64i";
const ISA_EXTENSIONS: &[&str] = &["i", "m", "a", "f", "d", "c", "zicsr", "zifencei", "zicntr"];
/// Input clock of the 16550, as on QEMU virt (the classic 1.8432 MHz x 2).
const UART_CLOCK_HZ: u32 = 3_686_400;

/// CLINT interrupt numbers in a hart's local interrupt controller (`mip` bits).
const IRQ_M_SOFT: u32 = 3;
const IRQ_M_TIMER: u32 = 7;

/// Phandle of the test finisher, which the poweroff/reboot syscon nodes name.
const TEST_PHANDLE: u32 = 1;
/// Phandle of hart `h`'s interrupt controller.
fn intc_phandle(hart: u32) -> u32 {
    2 + hart
}

/// A bound on harts, well inside the 32-bit `reg` and phandle cells.
const MAX_HARTS: usize = 1 << 16;

/// What the device tree says about the machine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FdtConfig {
    pub harts: usize,
    pub ram_base: u64,
    pub ram_size: u64,
    /// Frequency of `mtime` (QEMU virt: 10 MHz).
    pub timebase_hz: u64,
    /// The kernel command line (`/chosen/bootargs`); omitted when empty.
    pub bootargs: String,
    /// Where an initial RAM disk was loaded, `[start, end)`, announced as
    /// `/chosen/linux,initrd-start` and `linux,initrd-end` as QEMU does.
    pub initrd: Option<(u64, u64)>,
}

/// Why the device tree could not be built.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FdtError {
    /// The writer refused a node or property (e.g. a NUL in `bootargs`).
    #[error("building the device tree: {0}")]
    Writer(#[from] vm_fdt::Error),
    #[error("cannot describe {0} harts in a device tree (at most {MAX_HARTS})")]
    TooManyHarts(usize),
}

/// Builds the device tree blob (DTB) for the machine `cfg` describes.
pub fn build_fdt(cfg: &FdtConfig) -> Result<Vec<u8>, FdtError> {
    if cfg.harts > MAX_HARTS {
        return Err(FdtError::TooManyHarts(cfg.harts));
    }
    let mut fdt = FdtWriter::new()?;
    let root = fdt.begin_node("")?;
    fdt.property_u32("#address-cells", 2)?;
    fdt.property_u32("#size-cells", 2)?;
    fdt.property_string("compatible", "riscv-virtio")?;
    fdt.property_string("model", "riscv-virtio,rvlab")?;

    let chosen = fdt.begin_node("chosen")?;
    fdt.property_string("stdout-path", &format!("/soc/serial@{UART0_BASE:x}"))?;
    if !cfg.bootargs.is_empty() {
        fdt.property_string("bootargs", &cfg.bootargs)?;
    }
    if let Some((start, end)) = cfg.initrd {
        fdt.property_u64("linux,initrd-start", start)?;
        fdt.property_u64("linux,initrd-end", end)?;
    }
    fdt.end_node(chosen)?;

    // The generic syscon drivers power off or reboot by writing the test
    // finisher, as QEMU virt wires them.
    for (name, value) in [("poweroff", 0x5555), ("reboot", 0x7777)] {
        let node = fdt.begin_node(name)?;
        fdt.property_u32("value", value)?;
        fdt.property_u32("offset", 0)?;
        fdt.property_u32("regmap", TEST_PHANDLE)?;
        fdt.property_string("compatible", &format!("syscon-{name}"))?;
        fdt.end_node(node)?;
    }

    let memory = fdt.begin_node(&format!("memory@{:x}", cfg.ram_base))?;
    fdt.property_string("device_type", "memory")?;
    fdt.property_array_u64("reg", &[cfg.ram_base, cfg.ram_size])?;
    fdt.end_node(memory)?;

    write_cpus(&mut fdt, cfg)?;
    write_soc(&mut fdt, cfg)?;

    fdt.end_node(root)?;
    Ok(fdt.finish()?)
}

fn write_cpus(fdt: &mut FdtWriter, cfg: &FdtConfig) -> Result<(), FdtError> {
    let cpus = fdt.begin_node("cpus")?;
    fdt.property_u32("#address-cells", 1)?;
    fdt.property_u32("#size-cells", 0)?;
    // One cell when it fits (as QEMU writes it), two otherwise.
    match u32::try_from(cfg.timebase_hz) {
        Ok(hz) => fdt.property_u32("timebase-frequency", hz)?,
        Err(_) => fdt.property_u64("timebase-frequency", cfg.timebase_hz)?,
    }
    for hart in 0..cfg.harts as u32 {
        let cpu = fdt.begin_node(&format!("cpu@{hart:x}"))?;
        fdt.property_string("device_type", "cpu")?;
        fdt.property_u32("reg", hart)?;
        fdt.property_string("status", "okay")?;
        fdt.property_string("compatible", "riscv")?;
        fdt.property_string("riscv,isa", RISCV_ISA)?;
        fdt.property_string("riscv,isa-base", ISA_BASE)?;
        fdt.property_string_list(
            "riscv,isa-extensions",
            ISA_EXTENSIONS.iter().map(|s| s.to_string()).collect(),
        )?;
        fdt.property_string("mmu-type", "riscv,sv39")?;

        let intc = fdt.begin_node("interrupt-controller")?;
        fdt.property_u32("#interrupt-cells", 1)?;
        fdt.property_null("interrupt-controller")?;
        fdt.property_string("compatible", "riscv,cpu-intc")?;
        fdt.property_phandle(intc_phandle(hart))?;
        fdt.end_node(intc)?;

        fdt.end_node(cpu)?;
    }
    fdt.end_node(cpus)?;
    Ok(())
}

fn write_soc(fdt: &mut FdtWriter, cfg: &FdtConfig) -> Result<(), FdtError> {
    let soc = fdt.begin_node("soc")?;
    fdt.property_u32("#address-cells", 2)?;
    fdt.property_u32("#size-cells", 2)?;
    fdt.property_string("compatible", "simple-bus")?;
    fdt.property_null("ranges")?;

    let clint = fdt.begin_node(&format!("clint@{CLINT_BASE:x}"))?;
    // Each hart's machine software and timer interrupts come from the CLINT.
    let wiring: Vec<u32> = (0..cfg.harts as u32)
        .flat_map(|h| [intc_phandle(h), IRQ_M_SOFT, intc_phandle(h), IRQ_M_TIMER])
        .collect();
    fdt.property_array_u32("interrupts-extended", &wiring)?;
    fdt.property_array_u64("reg", &[CLINT_BASE, CLINT_SIZE])?;
    fdt.property_string_list(
        "compatible",
        vec!["sifive,clint0".into(), "riscv,clint0".into()],
    )?;
    fdt.end_node(clint)?;

    let serial = fdt.begin_node(&format!("serial@{UART0_BASE:x}"))?;
    fdt.property_u32("clock-frequency", UART_CLOCK_HZ)?;
    fdt.property_array_u64("reg", &[UART0_BASE, UART0_SIZE])?;
    fdt.property_string("compatible", "ns16550a")?;
    fdt.end_node(serial)?;

    let test = fdt.begin_node(&format!("test@{TEST_FINISHER_BASE:x}"))?;
    fdt.property_phandle(TEST_PHANDLE)?;
    fdt.property_array_u64("reg", &[TEST_FINISHER_BASE, TEST_FINISHER_SIZE])?;
    let compatible = ["sifive,test1", "sifive,test0", "syscon"];
    fdt.property_string_list(
        "compatible",
        compatible.iter().map(|s| s.to_string()).collect(),
    )?;
    fdt.end_node(test)?;

    let trace = fdt.begin_node(&format!("trace@{TRACE_BASE:x}"))?;
    fdt.property_array_u64("reg", &[TRACE_BASE, TRACE_SIZE])?;
    fdt.property_string("compatible", "rvlab,trace-v1")?;
    fdt.end_node(trace)?;

    fdt.end_node(soc)?;
    Ok(())
}

/// Where to put a DTB of `fdt_len` bytes in RAM, as QEMU virt does: at the
/// top of RAM (or of the first 3 GiB of the address space, so 32-bit
/// software can reach it), aligned down to 2 MiB so a kernel mapping RAM
/// with 2 MiB pages leaves it alone. `None` if RAM is too small.
pub fn fdt_load_addr(ram_base: u64, ram_size: u64, fdt_len: u64) -> Option<u64> {
    const MIB: u64 = 1 << 20;
    let ram_end = ram_base.checked_add(ram_size)?;
    let top = if ram_base < 3072 * MIB {
        ram_end.min(3072 * MIB)
    } else {
        ram_end
    };
    let addr = top.checked_sub(fdt_len)? & !(2 * MIB - 1);
    (addr >= ram_base).then_some(addr)
}

#[cfg(test)]
mod tests;
