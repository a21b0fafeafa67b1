//! The physical address space: RAM plus memory-mapped devices.
//!
//! RAM is a plain byte array with an inlined fast path, so a load or store
//! to RAM costs a subtraction, a compare and a copy. Everything else goes
//! through the [`Device`] trait: a device knows its registers by offset and
//! not where it is mapped; the bus maps it and rejects overlapping ranges.

mod code;
pub mod ram;

pub use code::CodeTracker;
pub use ram::Ram;

use std::fmt;

/// Things a device can ask the machine to do as a side effect of an access.
#[derive(Debug, Default)]
pub struct BusCtx {
    /// Set by the test finisher (or HTIF) to end the run.
    pub exit: Option<ExitRequest>,
    /// The machine's timebase, maintained by the machine from the
    /// instructions executed.
    pub mtime: u64,
    /// `mtime` as the guest sees it (the CLINT may offset the timebase
    /// after a guest write); what the `time` CSR reads.
    pub time: u64,
    /// Set by a device whose interrupt outputs may have changed (a CLINT
    /// write), so the machine re-evaluates every hart's `mip` before the
    /// next instruction instead of at the end of the time slice.
    pub irq_dirty: bool,
}

/// How a guest asked to stop the machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitRequest {
    /// Finished with this exit status (0 = pass).
    Exit(u32),
    /// Asked for a reset (treated as the end of the run).
    Reset,
}

/// Why a device refused an access. The hart turns it into an access fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeviceFault;

/// A memory-mapped device. Offsets are relative to where the bus mapped it;
/// `size` is the access width in bytes (1, 2, 4 or 8).
pub trait Device {
    /// A short name for error messages and the device tree.
    fn name(&self) -> &'static str;
    /// Length of the register window in bytes.
    fn len(&self) -> u64;
    fn read(&mut self, offset: u64, size: u8, ctx: &mut BusCtx) -> Result<u64, DeviceFault>;
    fn write(
        &mut self,
        offset: u64,
        size: u8,
        value: u64,
        ctx: &mut BusCtx,
    ) -> Result<(), DeviceFault>;
    /// True if instructions may be fetched from it (ROM).
    fn executable(&self) -> bool {
        false
    }
    /// Called by the machine between instruction batches (input polling, timers).
    fn tick(&mut self, _ctx: &mut BusCtx) {}
    /// Whether this device asserts its interrupt line (to the PLIC, later).
    fn irq_pending(&self) -> bool {
        false
    }
    /// Downcasting, so the machine can reach a device's own API (e.g. the CLINT).
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any;
}

/// Errors building the bus.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BusError {
    /// The new region overlaps an existing one.
    #[error("{new} at {base:#x}..{end:#x} overlaps {existing}")]
    Overlap {
        new: &'static str,
        existing: &'static str,
        base: u64,
        end: u64,
    },
}

struct Mapping {
    base: u64,
    end: u64,
    dev: Box<dyn Device>,
}

/// The system bus.
pub struct Bus {
    pub ram: Ram,
    devices: Vec<Mapping>,
    pub ctx: BusCtx,
    /// Which RAM regions hold decoded instructions (for cache invalidation).
    pub code: CodeTracker,
    /// LR reservations per hart (the reserved address), broken by other
    /// harts' stores to the same 64-byte line.
    reservations: Vec<Option<u64>>,
    /// How many entries of `reservations` are set (0 keeps stores fast).
    reserved: usize,
    /// The hart whose instructions are executing (set by the machine).
    pub current_hart: usize,
    /// The cache hierarchy of the timing model, when it is on.
    pub timing: Option<crate::timing::MemoryHierarchy>,
}

/// log2 of the reservation granule: a 64-byte cache line.
const RESERVATION_SHIFT: u32 = 6;

impl fmt::Debug for Bus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut l = f.debug_list();
        l.entry(&format_args!(
            "ram {:#x}+{:#x}",
            self.ram.base(),
            self.ram.len()
        ));
        for m in &self.devices {
            l.entry(&format_args!(
                "{} {:#x}..{:#x}",
                m.dev.name(),
                m.base,
                m.end
            ));
        }
        l.finish()
    }
}

impl Bus {
    pub fn new(ram: Ram) -> Bus {
        let code = CodeTracker::new(ram.base(), ram.len());
        Bus {
            ram,
            devices: Vec::new(),
            ctx: BusCtx::default(),
            code,
            reservations: Vec::new(),
            reserved: 0,
            current_hart: 0,
            timing: None,
        }
    }

    /// Records an LR reservation of `hart` on `addr`.
    pub fn reserve(&mut self, hart: usize, addr: u64) {
        if hart >= self.reservations.len() {
            self.reservations.resize(hart + 1, None);
        }
        if self.reservations[hart].replace(addr).is_none() {
            self.reserved += 1;
        }
    }

    /// Removes and returns `hart`'s reservation (every SC does this).
    pub fn take_reservation(&mut self, hart: usize) -> Option<u64> {
        let r = self.reservations.get_mut(hart)?.take();
        if r.is_some() {
            self.reserved -= 1;
        }
        r
    }

    /// A store by the current hart breaks other harts' reservations on the line.
    #[inline(never)]
    fn break_reservations(&mut self, paddr: u64, size: u8) {
        let first = paddr >> RESERVATION_SHIFT;
        let last = (paddr + size as u64 - 1) >> RESERVATION_SHIFT;
        for (h, r) in self.reservations.iter_mut().enumerate() {
            if h == self.current_hart {
                continue;
            }
            if matches!(*r, Some(a) if (first..=last).contains(&(a >> RESERVATION_SHIFT))) {
                *r = None;
                self.reserved -= 1;
            }
        }
    }

    /// Maps `dev` at `base`. Fails if it would overlap RAM or another device.
    pub fn map(&mut self, base: u64, dev: Box<dyn Device>) -> Result<(), BusError> {
        let end = base.saturating_add(dev.len());
        let overlaps = |b: u64, e: u64| base < e && b < end;
        if overlaps(self.ram.base(), self.ram.base() + self.ram.len()) {
            return Err(BusError::Overlap {
                new: dev.name(),
                existing: "ram",
                base,
                end,
            });
        }
        if let Some(m) = self.devices.iter().find(|m| overlaps(m.base, m.end)) {
            return Err(BusError::Overlap {
                new: dev.name(),
                existing: m.dev.name(),
                base,
                end,
            });
        }
        self.devices.push(Mapping { base, end, dev });
        self.devices.sort_by_key(|m| m.base);
        Ok(())
    }

    /// The first mapped device of type `T`.
    pub fn device_mut<T: 'static>(&mut self) -> Option<&mut T> {
        self.devices
            .iter_mut()
            .find_map(|m| m.dev.as_any_mut().downcast_mut::<T>())
    }

    /// Base address of the device named `name`.
    pub fn device_base(&self, name: &str) -> Option<u64> {
        self.devices
            .iter()
            .find(|m| m.dev.name() == name)
            .map(|m| m.base)
    }

    /// The device mapping that holds all of `[paddr, paddr + size)`: its
    /// index and the offset of `paddr` in it.
    fn find(&self, paddr: u64, size: u8) -> Option<(usize, u64)> {
        let idx = self
            .devices
            .iter()
            .position(|m| paddr >= m.base && paddr < m.end)?;
        let m = &self.devices[idx];
        if paddr.checked_add(size as u64)? > m.end {
            return None;
        }
        Some((idx, paddr - m.base))
    }

    /// Reads `size` bytes (1, 2, 4, 8) at physical address `paddr`,
    /// zero-extended. `None` is an access fault.
    #[inline(always)]
    pub fn read(&mut self, paddr: u64, size: u8) -> Option<u64> {
        if let Some(v) = self.ram.read(paddr, size) {
            return Some(v);
        }
        self.read_device(paddr, size)
    }

    #[inline(never)]
    fn read_device(&mut self, paddr: u64, size: u8) -> Option<u64> {
        let (idx, off) = self.find(paddr, size)?;
        self.devices[idx].dev.read(off, size, &mut self.ctx).ok()
    }

    /// Writes the low `size` bytes of `value` at `paddr`. `false` is an access fault.
    #[inline(always)]
    pub fn write(&mut self, paddr: u64, size: u8, value: u64) -> bool {
        if self.ram.write(paddr, size, value) {
            self.code.note_write(paddr);
            let last = paddr + size as u64 - 1;
            if (paddr ^ last) >> code::REGION_SHIFT != 0 {
                self.code.note_write(last);
            }
            if self.reserved != 0 {
                self.break_reservations(paddr, size);
            }
            return true;
        }
        self.write_device(paddr, size, value)
    }

    #[inline(never)]
    fn write_device(&mut self, paddr: u64, size: u8, value: u64) -> bool {
        match self.find(paddr, size) {
            Some((idx, off)) => self.devices[idx]
                .dev
                .write(off, size, value, &mut self.ctx)
                .is_ok(),
            None => false,
        }
    }

    /// True if an access of `size` bytes at `paddr` reaches RAM or a device
    /// (without performing it).
    pub fn accepts(&self, paddr: u64, size: u8) -> bool {
        self.ram.slice(paddr, size as u64).is_some() || self.find(paddr, size).is_some()
    }

    /// Fetches 16 bits of instruction at `paddr` (RAM or an executable device).
    pub fn fetch16(&mut self, paddr: u64) -> Option<u16> {
        if let Some(v) = self.ram.read(paddr, 2) {
            return Some(v as u16);
        }
        let (idx, off) = self.find(paddr, 2)?;
        let dev = &mut self.devices[idx].dev;
        if !dev.executable() {
            return None;
        }
        dev.read(off, 2, &mut self.ctx).ok().map(|v| v as u16)
    }

    /// Lets every device do its periodic work.
    pub fn tick(&mut self) {
        for m in &mut self.devices {
            m.dev.tick(&mut self.ctx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Dummy(u64);
    impl Device for Dummy {
        fn name(&self) -> &'static str {
            "dummy"
        }
        fn len(&self) -> u64 {
            self.0
        }
        fn read(&mut self, off: u64, _: u8, _: &mut BusCtx) -> Result<u64, DeviceFault> {
            Ok(off)
        }
        fn write(&mut self, _: u64, _: u8, _: u64, _: &mut BusCtx) -> Result<(), DeviceFault> {
            Ok(())
        }
        fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
            self
        }
    }

    #[test]
    fn rejects_overlaps() {
        let mut bus = Bus::new(Ram::new(0x8000_0000, 0x1000));
        bus.map(0x1000, Box::new(Dummy(0x100))).unwrap();
        assert!(matches!(
            bus.map(0x10ff, Box::new(Dummy(1))),
            Err(BusError::Overlap { .. })
        ));
        assert!(matches!(
            bus.map(0x7fff_ffff, Box::new(Dummy(2))),
            Err(BusError::Overlap { .. })
        ));
        bus.map(0x1100, Box::new(Dummy(0x100))).unwrap();
    }

    #[test]
    fn routes_accesses() {
        let mut bus = Bus::new(Ram::new(0x8000_0000, 0x1000));
        bus.map(0x1000, Box::new(Dummy(0x100))).unwrap();
        assert_eq!(bus.read(0x1010, 4), Some(0x10));
        assert_eq!(
            bus.read(0x10fe, 4),
            None,
            "access straddling the end of a device"
        );
        assert_eq!(bus.read(0x2000, 4), None, "unmapped");
        assert!(bus.write(0x8000_0ff8, 8, 0x1122_3344_5566_7788));
        assert_eq!(bus.read(0x8000_0ff8, 8), Some(0x1122_3344_5566_7788));
        assert_eq!(bus.read(0x8000_0ffc, 8), None, "RAM end");
        assert_eq!(bus.fetch16(0x1000), None, "not executable");
    }
}
