//! Privileged and system instructions: ecall, CSR access, mret/sret, wfi,
//! sfence.vma, with the privilege checks the privileged spec requires.

use super::csr::{addr, mstatus, Counters};
use super::{Exception, HartState, Privilege};
use crate::bus::Bus;
use crate::isa::{Inst, Op};

impl HartState {
    pub(crate) fn ecall_exception(&self) -> Exception {
        match self.privilege {
            Privilege::User => Exception::EcallFromU,
            Privilege::Supervisor => Exception::EcallFromS,
            Privilege::Machine => Exception::EcallFromM,
        }
    }

    fn illegal(i: &Inst) -> Exception {
        Exception::IllegalInstruction(i.raw as u64)
    }

    /// csrrw/csrrs/csrrc and their immediate forms. csrrw with rd = x0 does
    /// not read; csrrs/csrrc with rs1 = x0 (or uimm = 0) do not write, so a
    /// read-only CSR may be read that way.
    pub(crate) fn csr_instruction(&mut self, i: &Inst, bus: &mut Bus) -> Result<(), Exception> {
        let csr = i.imm as u16;
        let uimm = i.rs1 as u64;
        let (writes, src) = match i.op {
            Op::Csrrw => (true, self.x[i.rs1 as usize]),
            Op::Csrrwi => (true, uimm),
            Op::Csrrs | Op::Csrrc => (i.rs1 != 0, self.x[i.rs1 as usize]),
            _ => (i.rs1 != 0, uimm),
        };
        self.csr
            .check(csr, self.privilege, writes)
            .map_err(|_| Self::illegal(i))?;
        if csr == addr::SATP
            && self.privilege == Privilege::Supervisor
            && self.csr.mstatus & mstatus::TVM != 0
        {
            return Err(Self::illegal(i));
        }
        let mut counters = Counters {
            cycle: self.cycle(),
            instret: self.instret,
            time: bus.ctx.time,
            hpm: [
                self.itlb.stats.misses,
                self.dtlb.stats.misses,
                self.mmu_stats.page_walks,
                bus.timing
                    .as_ref()
                    .map_or(0, |h| h.l1i(self.csr.mhartid as usize).stats.misses),
                bus.timing
                    .as_ref()
                    .map_or(0, |h| h.l1d(self.csr.mhartid as usize).stats.misses),
            ],
        };
        let old = self
            .csr
            .read(csr, &counters)
            .map_err(|_| Self::illegal(i))?;
        if writes {
            let new = match i.op {
                Op::Csrrw | Op::Csrrwi => src,
                Op::Csrrs | Op::Csrrsi => old | src,
                _ => old & !src,
            };
            let before = (counters.cycle, counters.instret);
            self.csr
                .write(csr, new, &mut counters)
                .map_err(|_| Self::illegal(i))?;
            // A counter write is what the next instruction reads: this
            // instruction's own retirement must not add to it.
            if counters.instret != before.1 {
                self.instret = counters.instret.wrapping_sub(1);
            }
            if counters.cycle != before.0 {
                // mcycle = base + offset, base being cycles (timing on) or
                // instret (off); the write is what the next read sees.
                let base = self.cycle().wrapping_sub(self.cycle_offset);
                let next_base = if self.timing.is_some() {
                    base
                } else {
                    base.wrapping_add(1)
                };
                self.cycle_offset = counters.cycle.wrapping_sub(next_base);
            }
            if matches!(csr, addr::FFLAGS | addr::FRM | addr::FCSR) {
                self.csr.set_fs_dirty();
            }
            if csr == addr::SATP {
                self.trace_event(crate::trace::EventKind::Satp {
                    value: self.csr.satp,
                });
            }
            if matches!(csr, addr::STIMECMP | addr::MENVCFG | addr::MIP) {
                self.csr.update_stip(bus.ctx.time);
            }
            self.refresh_checks();
        }
        self.x[i.rd as usize] = old;
        Ok(())
    }

    /// mret: return from an M-mode trap to the mode in MPP.
    pub(crate) fn mret(&mut self, i: &Inst) -> Result<u64, Exception> {
        if self.privilege != Privilege::Machine {
            return Err(Self::illegal(i));
        }
        let s = self.csr.mstatus;
        let mpp = Privilege::from_bits(s >> mstatus::MPP_SHIFT);
        let mpie = s >> mstatus::MPIE_BIT & 1;
        let mut s = s & !(mstatus::MIE | mstatus::MPP);
        s |= mpie << mstatus::MIE_BIT | mstatus::MPIE;
        // Leaving M-mode clears MPRV (privileged spec 3.1.6.1).
        if mpp != Privilege::Machine {
            s &= !mstatus::MPRV;
        }
        self.csr.mstatus = s;
        let from = self.privilege;
        self.privilege = mpp;
        self.note_mode_change(from);
        self.refresh_checks();
        let pc = self.csr.mepc;
        self.trace_event(crate::trace::EventKind::Return { from, to: mpp, pc });
        Ok(pc)
    }

    /// sret: return from an S-mode trap to the mode in SPP.
    pub(crate) fn sret(&mut self, i: &Inst) -> Result<u64, Exception> {
        let tsr = self.csr.mstatus & mstatus::TSR != 0;
        if self.privilege == Privilege::User || (self.privilege == Privilege::Supervisor && tsr) {
            return Err(Self::illegal(i));
        }
        let s = self.csr.mstatus;
        let spp = if s & mstatus::SPP != 0 {
            Privilege::Supervisor
        } else {
            Privilege::User
        };
        let spie = s >> mstatus::SPIE_BIT & 1;
        let mut s = s & !(mstatus::SIE | mstatus::SPP | mstatus::MPRV);
        s |= spie << mstatus::SIE_BIT | mstatus::SPIE;
        self.csr.mstatus = s;
        let from = self.privilege;
        self.privilege = spp;
        self.note_mode_change(from);
        self.refresh_checks();
        let pc = self.csr.sepc;
        self.trace_event(crate::trace::EventKind::Return { from, to: spp, pc });
        Ok(pc)
    }

    /// wfi: U-mode may not wait; with mstatus.TW neither may S-mode.
    /// Otherwise the hart waits until an interrupt is pending.
    pub(crate) fn wfi(&mut self, i: &Inst) -> Result<(), Exception> {
        let tw = self.csr.mstatus & mstatus::TW != 0;
        match self.privilege {
            Privilege::User => return Err(Self::illegal(i)),
            Privilege::Supervisor if tw => return Err(Self::illegal(i)),
            _ => {}
        }
        if self.csr.mip & self.csr.mie == 0 {
            self.waiting = true;
        }
        Ok(())
    }

    /// sfence.vma: U-mode may not, nor S-mode with mstatus.TVM. rs1 = x0
    /// fences every address, rs2 = x0 every address space.
    pub(crate) fn sfence_vma(&mut self, i: &Inst) -> Result<(), Exception> {
        let tvm = self.csr.mstatus & mstatus::TVM != 0;
        match self.privilege {
            Privilege::User => return Err(Self::illegal(i)),
            Privilege::Supervisor if tvm => return Err(Self::illegal(i)),
            _ => {}
        }
        let vaddr = (i.rs1 != 0).then(|| self.x[i.rs1 as usize]);
        let asid = (i.rs2 != 0).then(|| self.x[i.rs2 as usize] as u16);
        self.fence_vma(vaddr, asid);
        Ok(())
    }
}
