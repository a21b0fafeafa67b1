//! SiFive CLINT (core-local interruptor): per-hart machine software
//! interrupt bits, per-hart timer compare registers, and the shared `mtime`.
//!
//! Layout (SiFive FU540 manual, chapter "Core Local Interruptor"):
//!
//! ```text
//!   0x0000 + 4*h   msip[h]      32 bits, only bit 0 is writable
//!   0x4000 + 8*h   mtimecmp[h]  64 bits, also as two 32-bit halves
//!   0xbff8         mtime        64 bits, also as two 32-bit halves
//! ```
//!
//! The CLINT only holds register state; the machine raises MSIP/MTIP in each
//! hart's `mip` from [`Clint::msip`] and from `mtime >= mtimecmp`.
//!
//! `mtime` is the machine's timebase (`BusCtx::mtime`), which the CLINT does
//! not own. A guest write to `mtime` stores the difference between the
//! written value and the timebase, and later reads (through the bus or
//! [`Clint::mtime`]) add that offset, so time continues from the written
//! value. Accesses that straddle two registers fault; reserved offsets read 0.

use crate::bus::{BusCtx, Device, DeviceFault};

const MSIP_BASE: u64 = 0x0;
const MTIMECMP_BASE: u64 = 0x4000;
const MTIME: u64 = 0xbff8;

/// One register of the CLINT, found from an offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reg {
    Msip(usize),
    Mtimecmp(usize),
    Mtime,
}

/// The CLINT for a fixed number of harts.
#[derive(Debug)]
pub struct Clint {
    msip: Vec<bool>,
    mtimecmp: Vec<u64>,
    /// Added (wrapping) to the machine timebase to give `mtime`.
    mtime_offset: u64,
}

impl Clint {
    /// A CLINT in its reset state: no software interrupts, every `mtimecmp`
    /// at `u64::MAX` (no timer interrupt until software sets one).
    pub fn new(harts: usize) -> Clint {
        Clint {
            msip: vec![false; harts],
            mtimecmp: vec![u64::MAX; harts],
            mtime_offset: 0,
        }
    }

    /// Whether hart `hart`'s machine software interrupt is raised.
    pub fn msip(&self, hart: usize) -> bool {
        self.msip.get(hart).copied().unwrap_or(false)
    }

    /// Hart `hart`'s timer compare value (`u64::MAX` for an unknown hart).
    pub fn mtimecmp(&self, hart: usize) -> u64 {
        self.mtimecmp.get(hart).copied().unwrap_or(u64::MAX)
    }

    /// The guest-visible `mtime` for the machine timebase `ctx_mtime`.
    pub fn mtime(&self, ctx_mtime: u64) -> u64 {
        ctx_mtime.wrapping_add(self.mtime_offset)
    }

    /// Whether hart `hart`'s timer interrupt condition holds at `ctx_mtime`.
    pub fn mtip(&self, hart: usize, ctx_mtime: u64) -> bool {
        self.mtime(ctx_mtime) >= self.mtimecmp(hart)
    }

    /// The register containing `offset`, with the register's own offset and width.
    fn decode(&self, offset: u64) -> Option<(Reg, u64, u64)> {
        let harts = self.msip.len() as u64;
        if offset < MSIP_BASE + 4 * harts {
            let h = (offset - MSIP_BASE) / 4;
            return Some((Reg::Msip(h as usize), MSIP_BASE + 4 * h, 4));
        }
        if (MTIMECMP_BASE..MTIMECMP_BASE + 8 * harts).contains(&offset) {
            let h = (offset - MTIMECMP_BASE) / 8;
            return Some((Reg::Mtimecmp(h as usize), MTIMECMP_BASE + 8 * h, 8));
        }
        if (MTIME..MTIME + 8).contains(&offset) {
            return Some((Reg::Mtime, MTIME, 8));
        }
        None
    }

    /// Finds the register for an access, checking it fits inside it.
    /// Returns the register and the access's bit shift within it.
    fn locate(&self, offset: u64, size: u8) -> Result<Option<(Reg, u32)>, DeviceFault> {
        let Some((reg, start, width)) = self.decode(offset) else {
            return Ok(None);
        };
        if offset + size as u64 > start + width {
            return Err(DeviceFault);
        }
        Ok(Some((reg, ((offset - start) * 8) as u32)))
    }

    fn get(&self, reg: Reg, ctx_mtime: u64) -> u64 {
        match reg {
            Reg::Msip(h) => self.msip[h] as u64,
            Reg::Mtimecmp(h) => self.mtimecmp[h],
            Reg::Mtime => self.mtime(ctx_mtime),
        }
    }

    fn set(&mut self, reg: Reg, value: u64, ctx_mtime: u64) {
        match reg {
            Reg::Msip(h) => self.msip[h] = value & 1 != 0,
            Reg::Mtimecmp(h) => self.mtimecmp[h] = value,
            Reg::Mtime => self.mtime_offset = value.wrapping_sub(ctx_mtime),
        }
    }
}

/// A mask of the low `size` bytes.
fn byte_mask(size: u8) -> u64 {
    if size >= 8 {
        u64::MAX
    } else {
        (1u64 << (size as u32 * 8)) - 1
    }
}

impl Device for Clint {
    fn name(&self) -> &'static str {
        "clint"
    }

    fn len(&self) -> u64 {
        super::CLINT_SIZE
    }

    fn read(&mut self, offset: u64, size: u8, ctx: &mut BusCtx) -> Result<u64, DeviceFault> {
        let Some((reg, shift)) = self.locate(offset, size)? else {
            return Ok(0);
        };
        Ok((self.get(reg, ctx.mtime) >> shift) & byte_mask(size))
    }

    fn write(
        &mut self,
        offset: u64,
        size: u8,
        value: u64,
        ctx: &mut BusCtx,
    ) -> Result<(), DeviceFault> {
        let Some((reg, shift)) = self.locate(offset, size)? else {
            return Ok(());
        };
        // Merge the written bytes into the register (e.g. one half of mtimecmp).
        let mask = byte_mask(size) << shift;
        let old = self.get(reg, ctx.mtime);
        let new = (old & !mask) | ((value << shift) & mask);
        self.set(reg, new, ctx.mtime);
        ctx.irq_dirty = true;
        Ok(())
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(mtime: u64) -> BusCtx {
        BusCtx {
            exit: None,
            mtime,
            time: mtime,
            irq_dirty: false,
        }
    }

    #[test]
    fn msip_only_bit_zero() {
        let mut c = Clint::new(2);
        c.write(4, 4, 0xffff_ffff, &mut ctx(0)).unwrap();
        assert!(c.msip(1) && !c.msip(0));
        assert_eq!(c.read(4, 4, &mut ctx(0)), Ok(1));
        c.write(4, 4, 2, &mut ctx(0)).unwrap();
        assert!(!c.msip(1));
        assert!(!c.msip(7), "unknown hart");
        assert_eq!(c.read(8, 4, &mut ctx(0)), Ok(0), "beyond the last hart");
    }

    #[test]
    fn mtimecmp_whole_and_halves() {
        let mut c = Clint::new(2);
        assert_eq!(c.mtimecmp(0), u64::MAX);
        c.write(0x4008, 8, 0x1122_3344_5566_7788, &mut ctx(0))
            .unwrap();
        assert_eq!(c.mtimecmp(1), 0x1122_3344_5566_7788);
        // The classic RV32 sequence: high half to all ones, low, then high.
        c.write(0x4000, 4, 0xffff_ffff, &mut ctx(0)).unwrap();
        c.write(0x4004, 4, 0x0000_0001, &mut ctx(0)).unwrap();
        assert_eq!(c.mtimecmp(0), 0x1_ffff_ffff);
        assert_eq!(c.read(0x4004, 4, &mut ctx(0)), Ok(1));
        assert_eq!(c.read(0x4008, 4, &mut ctx(0)), Ok(0x5566_7788));
        assert!(c.mtip(0, 0x2_0000_0000) && !c.mtip(0, 5));
    }

    #[test]
    fn mtime_follows_timebase_and_writes() {
        let mut c = Clint::new(1);
        assert_eq!(c.read(0xbff8, 8, &mut ctx(1000)), Ok(1000));
        c.write(0xbff8, 8, 50, &mut ctx(1000)).unwrap();
        assert_eq!(c.read(0xbff8, 8, &mut ctx(1010)), Ok(60));
        assert_eq!(c.mtime(1010), 60);
        c.write(0xbffc, 4, 1, &mut ctx(1010)).unwrap();
        assert_eq!(c.mtime(1010), (1 << 32) | 60);
        assert_eq!(c.read(0xbffc, 4, &mut ctx(1010)), Ok(1));
    }

    #[test]
    fn straddling_access_faults() {
        let mut c = Clint::new(1);
        assert_eq!(c.read(0x4004, 8, &mut ctx(0)), Err(DeviceFault));
        assert_eq!(c.write(0xbffc, 8, 0, &mut ctx(0)), Err(DeviceFault));
        assert_eq!(c.read(0x1000, 4, &mut ctx(0)), Ok(0), "reserved");
    }
}
