//! What the device tree says about the board: RAM, harts, the timebase,
//! the kernel command line, the initrd, and whether the rvlab trace device
//! is there. Read once at boot, before the heap exists, into a plain struct.

use fdt::Fdt;

use crate::mm::layout::phys_to_virt;

/// Longest command line kept.
const BOOTARGS_MAX: usize = 1024;

pub struct BoardInfo {
    /// RAM, `[start, end)` physical.
    pub ram: (usize, usize),
    /// The device tree blob itself, physical.
    pub dtb: (usize, usize),
    /// The initrd, physical, if one was loaded.
    pub initrd: Option<(usize, usize)>,
    pub harts: usize,
    pub timebase_hz: u64,
    pub trace_device: bool,
    bootargs: [u8; BOOTARGS_MAX],
    bootargs_len: usize,
}

impl BoardInfo {
    pub fn bootargs(&self) -> &str {
        core::str::from_utf8(&self.bootargs[..self.bootargs_len]).unwrap_or("")
    }
}

/// Reads the device tree at physical address `dtb_pa`.
pub fn parse(dtb_pa: usize) -> Result<BoardInfo, &'static str> {
    // SAFETY: the boot loader hands us a device tree at a1, inside RAM,
    // which the boot page table maps at phys_to_virt.
    let fdt = unsafe { Fdt::from_ptr(phys_to_virt(dtb_pa) as *const u8) }.map_err(|_| "bad device tree")?;

    let memory = fdt.find_node("/memory").ok_or("no /memory in the device tree")?;
    let region = memory.reg().and_then(|mut r| r.next()).ok_or("no RAM region")?;
    let ram_start = region.starting_address as usize;
    let ram = (ram_start, ram_start + region.size.ok_or("RAM without a size")?);

    let chosen = fdt.find_node("/chosen");
    let prop_usize = |name: &str| chosen.and_then(|c| c.property(name)).and_then(|p| p.as_usize());
    let initrd = match (prop_usize("linux,initrd-start"), prop_usize("linux,initrd-end")) {
        (Some(start), Some(end)) if end > start => Some((start, end)),
        _ => None,
    };
    let mut info = BoardInfo {
        ram,
        dtb: (dtb_pa, dtb_pa + fdt.total_size()),
        initrd,
        harts: 0,
        timebase_hz: 10_000_000,
        trace_device: fdt.find_compatible(&["rvlab,trace-v1"]).is_some(),
        bootargs: [0; BOOTARGS_MAX],
        bootargs_len: 0,
    };
    if let Some(args) = chosen.and_then(|c| c.property("bootargs")).and_then(|p| p.as_str()) {
        let n = args.len().min(BOOTARGS_MAX);
        info.bootargs[..n].copy_from_slice(&args.as_bytes()[..n]);
        info.bootargs_len = n;
    }
    if let Some(cpus) = fdt.find_node("/cpus") {
        if let Some(hz) = cpus.property("timebase-frequency").and_then(|p| p.as_usize()) {
            info.timebase_hz = hz as u64;
        }
        info.harts = cpus.children().filter(|c| c.name.starts_with("cpu@")).count();
    }
    Ok(info)
}
