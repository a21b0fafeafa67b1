//! Address translation for the hart: virtual -> physical through the modeled
//! iTLB/dTLB, walking the page table on a miss (PMP-checked as S-mode, as
//! the spec requires for implicit accesses), and turning walk failures into
//! the exception of the access type with the virtual address as trap value.

use super::pmp::{self, Access};
use super::{csr::mstatus, Exception, HartState, Privilege};
use crate::bus::Bus;
use crate::hart::csr::CsrFile;
use crate::mmu::{self, AccessType, Context, Fault, Mode, PhysMemory, PteFlags, Satp};

/// Physical memory for the walker: the bus, with PMP applied, and each PTE
/// read costed through the data-side cache hierarchy when timing is on.
struct WalkMemory<'a> {
    bus: &'a mut Bus,
    csr: &'a CsrFile,
    hart: usize,
    cycles: u64,
}

impl PhysMemory for WalkMemory<'_> {
    fn read_u64(&mut self, paddr: u64) -> Option<u64> {
        if !pmp::allows(self.csr, Privilege::Supervisor, paddr, 8, Access::Read) {
            return None;
        }
        if let Some(h) = self.bus.timing.as_mut() {
            self.cycles += h.load(self.hart, paddr) as u64;
        }
        self.bus.read(paddr, 8)
    }

    fn write_u64(&mut self, paddr: u64, value: u64) -> bool {
        pmp::allows(self.csr, Privilege::Supervisor, paddr, 8, Access::Write)
            && self.bus.write(paddr, 8, value)
    }
}

/// Translation events counted per hart, visible as hpm counters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MmuStats {
    pub page_walks: u64,
    pub page_faults: u64,
}

fn fault_exception(fault: Fault, access: AccessType, vaddr: u64) -> Exception {
    match (fault, access) {
        (Fault::Page, AccessType::Fetch) => Exception::InstructionPageFault(vaddr),
        (Fault::Page, AccessType::Load) => Exception::LoadPageFault(vaddr),
        (Fault::Page, AccessType::Store) => Exception::StoreAmoPageFault(vaddr),
        (Fault::Access, AccessType::Fetch) => Exception::InstructionAccessFault(vaddr),
        (Fault::Access, AccessType::Load) => Exception::LoadAccessFault(vaddr),
        (Fault::Access, AccessType::Store) => Exception::StoreAmoAccessFault(vaddr),
    }
}

impl HartState {
    /// The decoded `satp` (Bare if it holds an unsupported mode, which the
    /// CSR's WARL rule prevents anyway).
    pub fn satp(&self) -> Satp {
        Satp::from_bits(self.csr.satp).unwrap_or(Satp::BARE)
    }

    /// Recomputes whether fetches and data accesses are translated.
    pub(crate) fn refresh_translation(&mut self) {
        let paging = self.satp().mode != Mode::Bare;
        self.translate_fetch = paging && self.privilege != Privilege::Machine;
        self.translate_data = paging && self.data_privilege() != Privilege::Machine;
    }

    /// Translates `vaddr` for `access` (no page crossing: the caller splits).
    pub(crate) fn translate(
        &mut self,
        bus: &mut Bus,
        vaddr: u64,
        access: AccessType,
    ) -> Result<u64, Exception> {
        let privilege = if access == AccessType::Fetch {
            self.privilege
        } else {
            self.data_privilege()
        };
        let ctx = Context {
            privilege,
            sum: self.csr.mstatus & mstatus::SUM != 0,
            mxr: self.csr.mstatus & mstatus::MXR != 0,
        };
        let satp = self.satp();
        let tlb = if access == AccessType::Fetch {
            &mut self.itlb
        } else {
            &mut self.dtlb
        };
        if let Some(e) = tlb.lookup(vaddr, satp.asid) {
            // A store through an entry without D must walk again to set D.
            let needs_walk = access == AccessType::Store && !e.flags.contains(PteFlags::D);
            if !needs_walk {
                return if mmu::leaf_permits(e.flags, access, ctx) {
                    Ok(e.paddr(vaddr))
                } else {
                    self.mmu_stats.page_faults += 1;
                    Err(fault_exception(Fault::Page, access, vaddr))
                };
            }
        }
        self.mmu_stats.page_walks += 1;
        let hart = self.csr.mhartid as usize;
        let mut mem = WalkMemory {
            bus,
            csr: &self.csr,
            hart,
            cycles: 0,
        };
        let result = mmu::translate(&mut mem, satp, vaddr, access, ctx, self.ad_policy);
        let walk_cycles = mem.cycles;
        if let Some(t) = self.timing.as_mut() {
            t.cycles += walk_cycles;
        }
        match result {
            Ok(t) => {
                let tlb = if access == AccessType::Fetch {
                    &mut self.itlb
                } else {
                    &mut self.dtlb
                };
                tlb.insert(vaddr, satp.asid, &t);
                Ok(t.paddr)
            }
            Err(f) => {
                self.mmu_stats.page_faults += 1;
                Err(fault_exception(f, access, vaddr))
            }
        }
    }

    /// sfence.vma: drop the TLB entries the operands select (rs1 = x0 means
    /// every address, rs2 = x0 every address space).
    pub(crate) fn fence_vma(&mut self, vaddr: Option<u64>, asid: Option<u16>) {
        self.itlb.fence(vaddr, asid);
        self.dtlb.fence(vaddr, asid);
    }
}
