//! Data memory access for the hart: loads, stores, LR/SC and AMOs.
//!
//! Addresses are physical for now (M-mode, no translation). Choices the
//! spec leaves open, made here: ordinary loads and stores may be misaligned
//! and are carried out as one access (as QEMU does); LR/SC and AMOs must be
//! naturally aligned or raise an address-misaligned exception; an access
//! to an address with nothing behind it raises an access fault.

use super::pmp::Access;
use super::{Exception, HartState};
use crate::bus::Bus;
use crate::isa::{Inst, Op};

impl HartState {
    #[inline(always)]
    pub(crate) fn load(&mut self, bus: &mut Bus, addr: u64, size: u8) -> Result<u64, Exception> {
        if self.check_data && !self.pmp_allows(addr, size as u64, Access::Read) {
            return Err(Exception::LoadAccessFault(addr));
        }
        bus.read(addr, size).ok_or(Exception::LoadAccessFault(addr))
    }

    #[inline(always)]
    pub(crate) fn store(
        &mut self,
        bus: &mut Bus,
        addr: u64,
        size: u8,
        value: u64,
    ) -> Result<(), Exception> {
        if self.check_data && !self.pmp_allows(addr, size as u64, Access::Write) {
            return Err(Exception::StoreAmoAccessFault(addr));
        }
        if bus.write(addr, size, value) {
            Ok(())
        } else {
            Err(Exception::StoreAmoAccessFault(addr))
        }
    }

    /// lr.w/lr.d/sc.w/sc.d.
    pub(crate) fn lr_sc(&mut self, i: &Inst, bus: &mut Bus) -> Result<(), Exception> {
        let addr = self.x[i.rs1 as usize];
        let size = if matches!(i.op, Op::LrW | Op::ScW) { 4 } else { 8 };
        let misaligned = addr & (size as u64 - 1) != 0;
        match i.op {
            Op::LrW | Op::LrD => {
                if misaligned {
                    return Err(Exception::LoadAddressMisaligned(addr));
                }
                let v = self.load(bus, addr, size)?;
                self.x[i.rd as usize] = if size == 4 { v as i32 as u64 } else { v };
                bus.reserve(self.csr.mhartid as usize, addr);
            }
            _ => {
                if misaligned {
                    return Err(Exception::StoreAmoAddressMisaligned(addr));
                }
                // Any SC, successful or not, clears the reservation.
                let ok = bus.take_reservation(self.csr.mhartid as usize) == Some(addr);
                if ok {
                    self.store(bus, addr, size, self.x[i.rs2 as usize])?;
                }
                self.x[i.rd as usize] = (!ok) as u64;
            }
        }
        Ok(())
    }

    /// The read-modify-write AMOs.
    pub(crate) fn amo(&mut self, i: &Inst, bus: &mut Bus) -> Result<(), Exception> {
        use Op::*;
        let addr = self.x[i.rs1 as usize];
        let word = matches!(
            i.op,
            AmoswapW | AmoaddW | AmoxorW | AmoandW | AmoorW | AmominW | AmomaxW | AmominuW
                | AmomaxuW
        );
        let size: u8 = if word { 4 } else { 8 };
        if addr & (size as u64 - 1) != 0 {
            return Err(Exception::StoreAmoAddressMisaligned(addr));
        }
        // An AMO that cannot be written faults as a store, even on its read.
        let pmp_ok = !self.check_data
            || (self.pmp_allows(addr, size as u64, Access::Read)
                && self.pmp_allows(addr, size as u64, Access::Write));
        if !pmp_ok {
            return Err(Exception::StoreAmoAccessFault(addr));
        }
        let raw = bus.read(addr, size).ok_or(Exception::StoreAmoAccessFault(addr))?;
        // Work on sign-extended values so signed min/max compare correctly;
        // the low `size` bytes are what gets stored.
        let (old, src) = if word {
            (raw as i32 as i64 as u64, self.x[i.rs2 as usize] as i32 as i64 as u64)
        } else {
            (raw, self.x[i.rs2 as usize])
        };
        let new = match i.op {
            AmoswapW | AmoswapD => src,
            AmoaddW | AmoaddD => old.wrapping_add(src),
            AmoxorW | AmoxorD => old ^ src,
            AmoandW | AmoandD => old & src,
            AmoorW | AmoorD => old | src,
            AmominW | AmominD => (old as i64).min(src as i64) as u64,
            AmomaxW | AmomaxD => (old as i64).max(src as i64) as u64,
            AmominuW => (old as u32).min(src as u32) as u64,
            AmomaxuW => (old as u32).max(src as u32) as u64,
            AmominuD => old.min(src),
            AmomaxuD => old.max(src),
            _ => unreachable!("amo() is only called for AMO ops"),
        };
        self.store(bus, addr, size, new)?;
        self.x[i.rd as usize] = old;
        Ok(())
    }
}
