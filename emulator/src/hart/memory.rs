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
use crate::mmu::AccessType;

impl HartState {
    #[inline(always)]
    pub(crate) fn load(&mut self, bus: &mut Bus, addr: u64, size: u8) -> Result<u64, Exception> {
        let paddr = if self.translate_data {
            if crosses_page(addr, size) {
                return self.load_split(bus, addr, size);
            }
            self.translate(bus, addr, AccessType::Load)?
        } else {
            addr
        };
        if self.check_data && !self.pmp_allows(paddr, size as u64, Access::Read) {
            return Err(Exception::LoadAccessFault(addr));
        }
        self.data_timing(bus, paddr, false);
        bus.read(paddr, size)
            .ok_or(Exception::LoadAccessFault(addr))
    }

    /// A misaligned load that crosses a page: byte by byte, each translated.
    #[inline(never)]
    fn load_split(&mut self, bus: &mut Bus, addr: u64, size: u8) -> Result<u64, Exception> {
        let mut v = 0;
        for k in 0..size as u64 {
            v |= self.load(bus, addr.wrapping_add(k), 1)? << (8 * k);
        }
        Ok(v)
    }

    /// The physical address of a data access of `size` bytes at `addr`
    /// (translated, PMP-checked), as a store/AMO.
    fn store_target(&mut self, bus: &mut Bus, addr: u64, size: u8) -> Result<u64, Exception> {
        let paddr = if self.translate_data {
            self.translate(bus, addr, AccessType::Store)?
        } else {
            addr
        };
        if self.check_data && !self.pmp_allows(paddr, size as u64, Access::Write) {
            return Err(Exception::StoreAmoAccessFault(addr));
        }
        Ok(paddr)
    }

    #[inline(always)]
    pub(crate) fn store(
        &mut self,
        bus: &mut Bus,
        addr: u64,
        size: u8,
        value: u64,
    ) -> Result<(), Exception> {
        if self.translate_data && crosses_page(addr, size) {
            return self.store_split(bus, addr, size, value);
        }
        let paddr = if self.translate_data || self.check_data {
            self.store_target(bus, addr, size)?
        } else {
            addr
        };
        self.data_timing(bus, paddr, true);
        if bus.write(paddr, size, value) {
            Ok(())
        } else {
            Err(Exception::StoreAmoAccessFault(addr))
        }
    }

    /// A misaligned store that crosses a page: both pages are translated
    /// and checked before any byte is written, so a fault writes nothing.
    #[inline(never)]
    fn store_split(
        &mut self,
        bus: &mut Bus,
        addr: u64,
        size: u8,
        value: u64,
    ) -> Result<(), Exception> {
        let mut targets = [0u64; 8];
        for k in 0..size as usize {
            targets[k] = self.store_target(bus, addr.wrapping_add(k as u64), 1)?;
        }
        for (k, &paddr) in targets[..size as usize].iter().enumerate() {
            if !bus.write(paddr, 1, value >> (8 * k)) {
                return Err(Exception::StoreAmoAccessFault(addr.wrapping_add(k as u64)));
            }
        }
        Ok(())
    }

    /// lr.w/lr.d/sc.w/sc.d.
    pub(crate) fn lr_sc(&mut self, i: &Inst, bus: &mut Bus) -> Result<(), Exception> {
        let addr = self.x[i.rs1 as usize];
        let size = if matches!(i.op, Op::LrW | Op::ScW) {
            4
        } else {
            8
        };
        let misaligned = addr & (size as u64 - 1) != 0;
        match i.op {
            Op::LrW | Op::LrD => {
                if misaligned {
                    return Err(Exception::LoadAddressMisaligned(addr));
                }
                let paddr = if self.translate_data {
                    self.translate(bus, addr, AccessType::Load)?
                } else {
                    addr
                };
                if self.check_data && !self.pmp_allows(paddr, size as u64, Access::Read) {
                    return Err(Exception::LoadAccessFault(addr));
                }
                self.data_timing(bus, paddr, false);
                let v = bus
                    .read(paddr, size)
                    .ok_or(Exception::LoadAccessFault(addr))?;
                self.x[i.rd as usize] = if size == 4 { v as i32 as u64 } else { v };
                // Reservations are physical: other harts' stores break them.
                bus.reserve(self.csr.mhartid as usize, paddr);
            }
            _ => {
                if misaligned {
                    return Err(Exception::StoreAmoAddressMisaligned(addr));
                }
                // Any SC, successful or not, clears the reservation. The
                // address is translated and checked as a store first.
                let paddr = self.store_target(bus, addr, size)?;
                // An SC to where nothing can be stored faults even when it
                // would fail anyway (the store is what the address is for).
                if !bus.accepts(paddr, size) {
                    bus.take_reservation(self.csr.mhartid as usize);
                    return Err(Exception::StoreAmoAccessFault(addr));
                }
                let ok = bus.take_reservation(self.csr.mhartid as usize) == Some(paddr);
                self.data_timing(bus, paddr, true);
                if ok && !bus.write(paddr, size, self.x[i.rs2 as usize]) {
                    return Err(Exception::StoreAmoAccessFault(addr));
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
            AmoswapW
                | AmoaddW
                | AmoxorW
                | AmoandW
                | AmoorW
                | AmominW
                | AmomaxW
                | AmominuW
                | AmomaxuW
        );
        let size: u8 = if word { 4 } else { 8 };
        if addr & (size as u64 - 1) != 0 {
            return Err(Exception::StoreAmoAddressMisaligned(addr));
        }
        // An AMO is translated and checked as a store (it needs W), and one
        // that cannot be read faults as a store too.
        let paddr = self.store_target(bus, addr, size)?;
        if self.check_data && !self.pmp_allows(paddr, size as u64, Access::Read) {
            return Err(Exception::StoreAmoAccessFault(addr));
        }
        self.data_timing(bus, paddr, true);
        let raw = bus
            .read(paddr, size)
            .ok_or(Exception::StoreAmoAccessFault(addr))?;
        // Work on sign-extended values so signed min/max compare correctly;
        // the low `size` bytes are what gets stored.
        let (old, src) = if word {
            (
                raw as i32 as i64 as u64,
                self.x[i.rs2 as usize] as i32 as i64 as u64,
            )
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
        if !bus.write(paddr, size, new) {
            return Err(Exception::StoreAmoAccessFault(addr));
        }
        self.x[i.rd as usize] = old;
        Ok(())
    }
}

/// True if `size` bytes at `addr` span two 4 KiB pages.
#[inline(always)]
fn crosses_page(addr: u64, size: u8) -> bool {
    (addr & 0xfff) + size as u64 > 0x1000
}
