//! Getting a program onto the machine: the ELF in RAM, an optional initrd,
//! the device tree at the top of RAM and the boot ROM that passes its
//! address, the way QEMU's `virt` board does for `-kernel`/`-initrd`.

use super::{Machine, MachineError, TIMEBASE_HZ};
use crate::devices::{self, BootRom, Htif};
use crate::loader::{self, LoadedProgram};

impl Machine {
    /// Loads an ELF program into RAM, writes the device tree, and maps the
    /// boot ROM that jumps to the program's entry with a0 = hartid and
    /// a1 = the device tree's address, as QEMU's `virt` board does.
    pub fn load_elf(&mut self, bytes: &[u8]) -> Result<&LoadedProgram, MachineError> {
        let program = loader::load_elf(bytes, &mut self.bus.ram)?;
        self.htif = program
            .tohost
            .map(|tohost| Htif::new(tohost, program.fromhost));
        self.program = Some(program);
        self.write_boot_info()?;
        Ok(self.program.as_ref().expect("just loaded"))
    }

    /// Loads an initial RAM disk where QEMU puts one (`min(RAM / 2, 128 MiB)`
    /// past the program's entry) and announces it in the device tree.
    /// Call after [`Machine::load_elf`].
    pub fn load_initrd(&mut self, bytes: &[u8]) -> Result<(u64, u64), MachineError> {
        let entry = self
            .program
            .as_ref()
            .map(|p| p.entry)
            .ok_or_else(|| MachineError::Config("load the kernel before the initrd".into()))?;
        let start = entry + (self.config.ram_size / 2).min(128 << 20);
        let end = start + bytes.len() as u64;
        let Some(dst) = self.bus.ram.slice_mut(start, bytes.len() as u64) else {
            return Err(MachineError::Config(format!(
                "an initrd of {} bytes does not fit in RAM at {start:#x}; use a larger --ram-size",
                bytes.len()
            )));
        };
        dst.copy_from_slice(bytes);
        self.initrd = Some((start, end));
        self.write_boot_info()?;
        Ok((start, end))
    }

    /// Builds the device tree, writes it at the top of RAM, and (re)maps the
    /// boot ROM that passes its address to the program.
    fn write_boot_info(&mut self) -> Result<(), MachineError> {
        let entry = self
            .program
            .as_ref()
            .map_or(devices::DRAM_BASE, |p| p.entry);
        let fdt = devices::fdt::build_fdt(&devices::fdt::FdtConfig {
            harts: self.config.harts,
            ram_base: devices::DRAM_BASE,
            ram_size: self.config.ram_size,
            timebase_hz: TIMEBASE_HZ,
            bootargs: self.config.bootargs.clone(),
            initrd: self.initrd,
        })
        .map_err(|e| MachineError::Config(format!("device tree: {e}")))?;
        // Like QEMU: the device tree goes at the top of RAM, 2 MiB aligned.
        let fdt_len = fdt.len() as u64;
        let fdt_addr =
            devices::fdt::fdt_load_addr(devices::DRAM_BASE, self.config.ram_size, fdt_len)
                .ok_or_else(|| MachineError::Config("RAM too small for the device tree".into()))?;
        let overlaps = |a: u64, len: u64| a < fdt_addr + fdt_len && fdt_addr < a + len;
        let program_overlaps = self
            .program
            .iter()
            .flat_map(|p| p.segments.iter())
            .any(|&(a, len)| overlaps(a, len));
        let initrd_overlaps = self.initrd.is_some_and(|(s, e)| overlaps(s, e - s));
        if program_overlaps || initrd_overlaps {
            return Err(MachineError::Config(
                "the program or initrd reaches the top 2 MiB of RAM, where the device tree goes; use a larger --ram-size".into(),
            ));
        }
        if let Some(dst) = self.bus.ram.slice_mut(fdt_addr, fdt_len) {
            dst.copy_from_slice(&fdt);
        }
        let rom = BootRom::new(entry, fdt_addr);
        match self.bus.device_mut::<BootRom>() {
            Some(mapped) => *mapped = rom,
            None => self
                .bus
                .map(devices::BOOT_ROM_BASE, Box::new(rom))
                .map_err(|e| MachineError::Config(e.to_string()))?,
        }
        Ok(())
    }
}
