//! A hart: one RV64GC hardware thread with its registers, CSRs and
//! decoded-block cache, and the loop that runs it.
//!
//! The architectural state (`HartState`) is kept apart from the block cache
//! so the run loop can hold a decoded block while the state changes.

pub mod block;
pub mod csr;
mod execute;
pub mod fpu;
mod memory;
pub mod pmp;
mod system;
pub mod timing;
mod translate;
pub mod trap;

#[cfg(test)]
mod tests;

use crate::bus::Bus;
use crate::mmu::{AccessType, AdPolicy, MmuConfig, Tlb};
use block::{BlockCache, Fetched};
use csr::CsrFile;
pub use translate::MmuStats;
pub use trap::{Exception, Trap};

/// Privilege levels, with the encoding used in mstatus.MPP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Privilege {
    User = 0,
    Supervisor = 1,
    Machine = 3,
}

impl Privilege {
    /// Decodes an MPP/SPP field; the reserved value 2 never reaches here
    /// because mstatus.MPP is WARL.
    pub fn from_bits(bits: u64) -> Privilege {
        match bits & 3 {
            0 => Privilege::User,
            1 => Privilege::Supervisor,
            _ => Privilege::Machine,
        }
    }
}

/// The architectural state of a hart.
#[derive(Clone, Debug)]
pub struct HartState {
    /// Integer registers; x[0] is forced to zero before every instruction.
    pub x: [u64; 32],
    /// FP registers as raw bits (singles NaN-boxed).
    pub f: [u64; 32],
    pub pc: u64,
    pub privilege: Privilege,
    pub csr: CsrFile,
    /// Instructions retired (minstret).
    pub instret: u64,
    /// mcycle = instret + cycle_offset until the timing model counts cycles.
    pub cycle_offset: u64,
    /// Set by fence.i: the run loop drops the decoded blocks.
    pub(crate) flush_icache: bool,
    /// Set by wfi: the hart waits for an interrupt.
    pub waiting: bool,
    /// Set when instruction fetch faults at the trap handler's own address:
    /// the hart can make no progress (a jump into the void with no handler).
    pub stuck: Option<u64>,
    /// Whether loads/stores and fetches must pass PMP (S/U-mode, MPRV, or
    /// a locked entry); recomputed whenever privilege, mstatus or PMP change.
    pub(crate) check_data: bool,
    pub(crate) check_fetch: bool,
    /// A region PMP recently allowed, per access kind (read, write,
    /// execute), so repeated checks in it are one comparison.
    pub(crate) pmp_ok: [(u64, u64); 3],
    /// Whether fetches / loads and stores go through Sv39/Sv48 translation.
    pub(crate) translate_fetch: bool,
    pub(crate) translate_data: bool,
    /// The modeled instruction and data TLBs.
    pub itlb: Tlb,
    pub dtlb: Tlb,
    pub ad_policy: AdPolicy,
    pub mmu_stats: MmuStats,
    /// The core timing model, when the machine has one.
    pub timing: Option<timing::CoreTiming>,
    /// Environment calls from U-mode taken (the syscalls a Linux-ABI guest
    /// made), counted whether or not the run is traced.
    pub ecalls_from_user: u64,
    /// Which trace events to record (empty: tracing off, nothing recorded).
    pub trace: crate::trace::Categories,
    /// Events recorded since the machine last collected them.
    pub trace_events: Vec<crate::trace::Event>,
}

/// A hart and its decoded-instruction cache.
pub struct Hart {
    pub state: HartState,
    cache: BlockCache,
}

impl Hart {
    /// A hart at reset: M-mode, pc = `reset_pc`. The TLB geometry must
    /// have been validated (`Tlb::new`) by the caller.
    pub fn new(
        hartid: u64,
        reset_pc: u64,
        mmu: &MmuConfig,
        timing: Option<timing::CoreTiming>,
    ) -> Hart {
        let costs = timing.as_ref().map(|t| t.costs);
        let tlb = |cfg| Tlb::new(cfg).unwrap_or_else(|_| Tlb::new(Default::default()).unwrap());
        Hart {
            state: HartState {
                x: [0; 32],
                f: [0; 32],
                pc: reset_pc,
                privilege: Privilege::Machine,
                csr: CsrFile::new(hartid),
                instret: 0,
                cycle_offset: 0,
                flush_icache: false,
                waiting: false,
                stuck: None,
                check_data: false,
                check_fetch: false,
                pmp_ok: [(1, 0); 3],
                translate_fetch: false,
                translate_data: false,
                itlb: tlb(mmu.itlb),
                dtlb: tlb(mmu.dtlb),
                ad_policy: mmu.ad,
                mmu_stats: MmuStats::default(),
                timing,
                ecalls_from_user: 0,
                trace: crate::trace::Categories::empty(),
                trace_events: Vec::new(),
            },
            cache: BlockCache::new(costs),
        }
    }

    /// Drops decoded instructions for `[start, end)` (code was overwritten).
    pub fn invalidate_code(&mut self, start: u64, end: u64) {
        self.cache.invalidate(start, end);
    }

    /// Runs up to `budget` instructions (or trapping attempts). Returns early
    /// when a device asks to stop, when code was overwritten (so the machine
    /// can invalidate every hart's cache), or when the hart waits in wfi.
    /// Returns the number of steps taken: instructions retired plus
    /// instructions that trapped (so a trap loop still uses up the budget).
    pub fn run(&mut self, bus: &mut Bus, budget: u64) -> u64 {
        let s = &mut self.state;
        let mut attempts = 0u64;
        while attempts < budget {
            if bus.ctx.exit.is_some()
                || bus.code.is_dirty()
                || bus.ctx.irq_dirty
                || s.waiting
                || s.stuck.is_some()
                || !s.trace_events.is_empty()
            {
                break;
            }
            if s.csr.mip & s.csr.mie != 0 {
                if let Some(cause) = s.pending_interrupt() {
                    s.take_trap(Trap::Interrupt(cause), s.pc);
                }
            }
            let pc = s.pc;
            let ppc = if s.translate_fetch {
                match s.fetch_translated(pc, bus) {
                    Ok(Some(ppc)) => ppc,
                    Ok(None) => {
                        // An instruction straddling two pages ran on its own.
                        attempts += 1;
                        continue;
                    }
                    Err(e) => {
                        s.take_trap(Trap::Exception(e), pc);
                        attempts += 1;
                        continue;
                    }
                }
            } else {
                pc
            };
            let block = match self.cache.get(pc, ppc, !s.translate_fetch, bus) {
                Fetched::Block(b) => b,
                Fetched::Fault(offset) => {
                    let fault = Exception::InstructionAccessFault(pc + offset);
                    let handler = s.take_trap(Trap::Exception(fault), pc);
                    if handler == pc {
                        s.stuck = Some(pc);
                    }
                    attempts += 1;
                    continue;
                }
            };
            // PMP may forbid executing part of the block: run up to the first
            // instruction that may not execute, which then faults.
            let mut runnable = block.insts.len();
            let mut fetch_fault = None;
            if s.check_fetch
                && !s.pmp_allows(block.phys, block.end - block.start, pmp::Access::Execute)
            {
                let mut off = 0;
                for (k, inst) in block.insts.iter().enumerate() {
                    let first_ok = s.pmp_allows(block.phys + off, 2, pmp::Access::Execute);
                    let all_ok = first_ok
                        && (inst.len == 2
                            || s.pmp_allows(block.phys + off + 2, 2, pmp::Access::Execute));
                    if !all_ok {
                        let bad = if first_ok { off + 2 } else { off };
                        runnable = k;
                        fetch_fault = Some((pc + off, Exception::InstructionAccessFault(pc + bad)));
                        break;
                    }
                    off += inst.len as u64;
                }
            }
            if runnable == 0 {
                if let Some((epc, e)) = fetch_fault {
                    s.take_trap(Trap::Exception(e), epc);
                }
                attempts += 1;
                continue;
            }
            let left = (budget - attempts) as usize;
            let insts = &block.insts[..runnable.min(left)];
            let whole_block = insts.len() == block.insts.len();
            if let (Some(t), Some(h)) = (s.timing.as_mut(), bus.timing.as_mut()) {
                // Instruction fetch: one L1I access per cache line the block spans.
                let hart = s.csr.mhartid as usize;
                let first = block.phys >> t.iline_shift;
                let last = (block.phys + (block.end - block.start) - 1) >> t.iline_shift;
                if first == last && first == t.last_iline && h.l1i_epoch(hart) == t.iline_epoch {
                    h.fetch_same_line(hart);
                } else {
                    for line in first..=last {
                        let latency = h.fetch(hart, line << t.iline_shift);
                        t.cycles += latency.saturating_sub(t.l1i_hit) as u64;
                    }
                    t.last_iline = last;
                    t.iline_epoch = h.l1i_epoch(hart);
                }
            }
            // Only the last instruction of a block can read the counters (CSR
            // instructions end blocks), so minstret is brought up to date just
            // before it, not after every instruction.
            let (last, body) = insts.split_last().expect("blocks are never empty");
            let mut pc = block.start;
            let mut trapped = false;
            for (k, inst) in body.iter().enumerate() {
                s.x[0] = 0;
                match s.step(inst, pc, bus) {
                    Ok(next) => pc = next,
                    Err(e) => {
                        s.instret = s.instret.wrapping_add(k as u64);
                        attempts += k as u64 + 1;
                        if let Some(t) = s.timing.as_mut() {
                            t.cycles += timing::static_cycles(&t.costs, &body[..=k]);
                        }
                        pc = s.take_trap(Trap::Exception(e), pc);
                        trapped = true;
                        break;
                    }
                }
            }
            if !trapped {
                s.instret = s.instret.wrapping_add(body.len() as u64);
                attempts += insts.len() as u64;
                if let Some(t) = s.timing.as_mut() {
                    t.cycles += if whole_block {
                        block.static_cycles
                    } else {
                        timing::static_cycles(&t.costs, insts)
                    };
                }
                s.x[0] = 0;
                match s.step(last, pc, bus) {
                    Ok(next) => {
                        s.instret = s.instret.wrapping_add(1);
                        pc = next;
                    }
                    Err(e) => pc = s.take_trap(Trap::Exception(e), pc),
                }
                // The instruction after the runnable part may not be fetched.
                if let Some((epc, e)) = fetch_fault {
                    if pc == epc && insts.len() == runnable {
                        pc = s.take_trap(Trap::Exception(e), epc);
                    }
                }
            }
            s.pc = pc;
            if s.flush_icache {
                s.flush_icache = false;
                self.cache.flush();
            }
        }
        attempts
    }
}

impl HartState {
    /// Takes a trap at `epc`; sets and returns the handler's pc.
    pub fn take_trap(&mut self, trap: Trap, epc: u64) -> u64 {
        self.waiting = false;
        if let Some(t) = self.timing.as_mut() {
            t.cycles += t.costs.trap_entry as u64;
            t.traps += 1;
            if let Trap::Interrupt(code) = trap {
                t.interrupts += 1;
                if code == trap::irq::STI || code == trap::irq::MTI {
                    t.timer_interrupts += 1;
                }
            }
        }
        let from = self.privilege;
        if trap == Trap::Exception(Exception::EcallFromU) {
            self.ecalls_from_user += 1;
        }
        self.pc = trap::enter(&mut self.csr, &mut self.privilege, trap, epc);
        self.note_mode_change(from);
        if !self.trace.is_empty() {
            self.trace_trap(trap, epc, from);
        }
        self.refresh_checks();
        self.pc
    }

    /// Records a trap (and, for an ecall from U-mode, the syscall it makes).
    #[inline(never)]
    fn trace_trap(&mut self, trap: Trap, epc: u64, from: Privilege) {
        use crate::trace::{Event, EventKind};
        let (cause, tval) = match trap {
            Trap::Exception(e) => (e.code(), e.tval()),
            Trap::Interrupt(c) => (c | 1 << 63, 0),
        };
        let hart = self.csr.mhartid as usize;
        let cycle = self.cycle();
        let to = self.privilege;
        self.trace_events.push(Event {
            hart,
            cycle,
            kind: EventKind::Trap {
                cause,
                epc,
                tval,
                from,
                to,
            },
        });
        if trap == Trap::Exception(Exception::EcallFromU) {
            let mut args = [0; 6];
            args.copy_from_slice(&self.x[10..16]);
            let nr = self.x[17];
            self.trace_events.push(Event {
                hart,
                cycle,
                kind: EventKind::SyscallEnter { nr, args },
            });
        }
    }

    /// Records a trap return or a satp write, when tracing.
    pub(crate) fn trace_event(&mut self, kind: crate::trace::EventKind) {
        if !self.trace.is_empty() {
            let e = crate::trace::Event {
                hart: self.csr.mhartid as usize,
                cycle: self.cycle(),
                kind,
            };
            self.trace_events.push(e);
        }
    }

    /// Per-mode cycle accounting after a change of privilege from `from`.
    pub(crate) fn note_mode_change(&mut self, from: Privilege) {
        if from != self.privilege {
            if let Some(t) = self.timing.as_mut() {
                t.leave_mode(from, self.instret);
            }
        }
    }

    /// The privilege loads and stores are checked at: MPP when M-mode
    /// software sets mstatus.MPRV, the current privilege otherwise.
    pub fn data_privilege(&self) -> Privilege {
        if self.privilege == Privilege::Machine && self.csr.mstatus & csr::mstatus::MPRV != 0 {
            Privilege::from_bits(self.csr.mstatus >> csr::mstatus::MPP_SHIFT)
        } else {
            self.privilege
        }
    }

    /// Recomputes which accesses need PMP checks; call after any change to
    /// privilege, mstatus or the PMP CSRs.
    pub(crate) fn refresh_checks(&mut self) {
        let locked = pmp::any_locked(&self.csr);
        self.check_fetch = self.privilege != Privilege::Machine || locked;
        self.check_data = self.data_privilege() != Privilege::Machine || locked;
        self.pmp_ok = [(1, 0); 3];
        self.refresh_translation();
    }

    /// PMP check with a one-region cache per access kind.
    #[inline(always)]
    pub(crate) fn pmp_allows(&mut self, addr: u64, size: u64, access: pmp::Access) -> bool {
        let k = access as usize;
        let (lo, hi) = self.pmp_ok[k];
        if addr >= lo && addr.saturating_add(size) <= hi {
            return true;
        }
        let privilege = if access == pmp::Access::Execute {
            self.privilege
        } else {
            self.data_privilege()
        };
        match pmp::allowed_region(&self.csr, privilege, addr, size, access) {
            Some(region) => {
                self.pmp_ok[k] = region;
                true
            }
            None => false,
        }
    }

    /// The highest-priority interrupt that is pending, enabled and allowed
    /// at the current privilege level (privileged spec 3.1.9).
    pub fn pending_interrupt(&self) -> Option<u64> {
        use trap::irq::*;
        let pending = self.csr.mip & self.csr.mie;
        if pending == 0 {
            return None;
        }
        let mie = self.csr.mstatus & csr::mstatus::MIE != 0;
        let sie = self.csr.mstatus & csr::mstatus::SIE != 0;
        let m_enabled = self.privilege < Privilege::Machine || mie;
        let s_enabled = self.privilege < Privilege::Supervisor
            || (self.privilege == Privilege::Supervisor && sie);
        let m_level = pending & !self.csr.mideleg;
        let s_level = pending & self.csr.mideleg;
        let pick = |set: u64| {
            [MEI, MSI, MTI, SEI, SSI, STI]
                .into_iter()
                .find(|&c| set >> c & 1 == 1)
        };
        if m_enabled {
            if let Some(c) = pick(m_level) {
                return Some(c);
            }
        }
        if s_enabled {
            return pick(s_level);
        }
        None
    }

    /// Translates the fetch address of the next block. `Ok(None)` when the
    /// instruction at `pc` is a 32-bit one straddling two pages: it is then
    /// fetched through both translations and executed here, uncached.
    fn fetch_translated(&mut self, pc: u64, bus: &mut Bus) -> Result<Option<u64>, Exception> {
        let ppc = self.translate(bus, pc, AccessType::Fetch)?;
        if pc & 0xfff != 0xffe {
            return Ok(Some(ppc));
        }
        let lo = bus
            .fetch16(ppc)
            .ok_or(Exception::InstructionAccessFault(pc))?;
        if lo & 3 != 3 {
            return Ok(Some(ppc));
        }
        let second = self.translate(bus, pc + 2, AccessType::Fetch)?;
        let hi = bus
            .fetch16(second)
            .ok_or(Exception::InstructionAccessFault(pc + 2))?;
        let inst = crate::isa::decode(lo, hi);
        self.x[0] = 0;
        match self.step(&inst, pc, bus) {
            Ok(next) => {
                self.instret = self.instret.wrapping_add(1);
                self.pc = next;
            }
            Err(e) => {
                self.take_trap(Trap::Exception(e), pc);
            }
        }
        Ok(None)
    }

    /// mcycle's current value: modeled cycles with the timing model on,
    /// instructions retired without it.
    pub fn cycle(&self) -> u64 {
        let base = self.timing.as_ref().map_or(self.instret, |t| t.cycles);
        base.wrapping_add(self.cycle_offset)
    }

    /// The timing-model cost of a data access at `paddr` beyond an L1 hit.
    #[inline(always)]
    pub(crate) fn data_timing(&mut self, bus: &mut Bus, paddr: u64, write: bool) {
        if let (Some(t), Some(h)) = (self.timing.as_mut(), bus.timing.as_mut()) {
            let hart = self.csr.mhartid as usize;
            let latency = if write {
                h.store(hart, paddr)
            } else {
                h.load(hart, paddr)
            };
            t.cycles += latency.saturating_sub(t.l1d_hit) as u64;
        }
    }

    /// A conditional branch's next pc, charging taken and mispredicted costs.
    #[inline(always)]
    pub(crate) fn branch(&mut self, pc: u64, next: u64, target: u64, taken: bool) -> u64 {
        if let Some(t) = self.timing.as_mut() {
            let predicted = t.predictor.predict_and_update(pc, target, taken);
            let cost = t.costs.branch(taken, predicted);
            t.cycles += cost.saturating_sub(t.costs.branch_not_taken) as u64;
        }
        if taken {
            target
        } else {
            next
        }
    }
}
