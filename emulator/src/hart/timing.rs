//! The core side of the timing model: an in-order pipeline's cycle count.
//!
//! Static costs (each instruction's class cost, and the load-use stall when
//! an instruction reads the register the load just before it wrote) depend
//! only on the code, so they are summed once per decoded block. Dynamic
//! costs are added as they happen: instruction-fetch and data-cache misses
//! (beyond the L1 hit latency already in the class cost), page-walk PTE
//! reads through the data hierarchy, taken and mispredicted branches, trap
//! entry. With the model off, mcycle simply follows minstret.

use super::Privilege;
use crate::isa::{Inst, InstClass};
use crate::timing::{BranchPredictor, CostTable, Latencies, TimingConfig};

/// Cycles and instructions retired in one privilege mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ModeStats {
    pub cycles: u64,
    pub instret: u64,
}

/// One hart's timing state.
#[derive(Clone, Debug)]
pub struct CoreTiming {
    /// Modeled cycles since reset (mcycle).
    pub cycles: u64,
    pub costs: CostTable,
    pub predictor: BranchPredictor,
    /// L1 hit latencies, already part of the load/store/fetch class costs.
    pub l1i_hit: u32,
    pub l1d_hit: u32,
    /// log2 of the L1 instruction cache line size.
    pub iline_shift: u32,
    /// The instruction line fetched last and the L1I epoch then: a block
    /// within that same line is an L1I hit without a lookup.
    pub last_iline: u64,
    pub iline_epoch: u64,
    /// Indexed by privilege encoding (0 = U, 1 = S, 3 = M): totals up to
    /// the last privilege change (see `by_mode_now`).
    pub by_mode: [ModeStats; 4],
    /// Cycles and instret when the current privilege mode was entered.
    mark: ModeStats,
    pub traps: u64,
    pub interrupts: u64,
    /// Of which timer interrupts (supervisor or machine), for tick vs tickless.
    pub timer_interrupts: u64,
}

impl CoreTiming {
    pub fn new(config: &TimingConfig, latencies: Latencies) -> CoreTiming {
        CoreTiming {
            cycles: 0,
            costs: config.cost,
            predictor: BranchPredictor::new(config.predictor.kind()),
            l1i_hit: latencies.l1i,
            l1d_hit: latencies.l1d,
            iline_shift: config.l1i.line.trailing_zeros(),
            last_iline: u64::MAX,
            iline_epoch: 0,
            by_mode: [ModeStats::default(); 4],
            mark: ModeStats::default(),
            traps: 0,
            interrupts: 0,
            timer_interrupts: 0,
        }
    }
}

impl CoreTiming {
    /// Closes the accounting of privilege mode `mode` (being left) at
    /// `instret`: called on every privilege change, so the hot loop does no
    /// per-block bookkeeping.
    pub fn leave_mode(&mut self, mode: Privilege, instret: u64) {
        let m = &mut self.by_mode[mode as usize];
        m.cycles += self.cycles - self.mark.cycles;
        m.instret += instret - self.mark.instret;
        self.mark = ModeStats {
            cycles: self.cycles,
            instret,
        };
    }

    /// Cycles and instructions per mode, including the current one.
    pub fn by_mode_now(&self, current: Privilege, instret: u64) -> [ModeStats; 4] {
        let mut out = self.by_mode;
        let m = &mut out[current as usize];
        m.cycles += self.cycles - self.mark.cycles;
        m.instret += instret - self.mark.instret;
        out
    }
}

/// The class cost of one instruction (a conditional branch is charged as
/// not taken here; taken and mispredicted costs are added when it runs).
pub fn class_cost(costs: &CostTable, inst: &Inst) -> u32 {
    use crate::isa::Op;
    match inst.class {
        InstClass::Alu | InstClass::FpMisc => costs.alu,
        InstClass::Mul => costs.mul,
        InstClass::Div => costs.div,
        InstClass::Load => costs.load,
        InstClass::Store => costs.store,
        InstClass::Branch => costs.branch_not_taken,
        InstClass::Jump => costs.jump,
        InstClass::Csr => costs.csr,
        InstClass::Fence => costs.fence,
        InstClass::Amo => costs.amo,
        InstClass::FpAdd => costs.fp_add,
        InstClass::FpMul => costs.fp_mul,
        InstClass::FpFma => costs.fp_fma,
        InstClass::FpDiv | InstClass::FpSqrt => costs.fp_div_sqrt,
        InstClass::System => match inst.op {
            Op::Mret | Op::Sret => costs.trap_return,
            Op::SfenceVma => costs.fence,
            // ecall/ebreak cost their trap entry; wfi its wait.
            _ => costs.alu,
        },
    }
}

/// The static cycles of a run of instructions: class costs plus load-use
/// stalls. Register numbers are compared without regard to the register
/// file, so a load into f5 followed by a use of x5 also stalls (rare, and
/// documented as an approximation).
pub fn static_cycles(costs: &CostTable, insts: &[Inst]) -> u64 {
    let mut total = 0u64;
    let mut prev_load_rd: Option<u8> = None;
    for inst in insts {
        total += class_cost(costs, inst) as u64;
        if let Some(rd) = prev_load_rd {
            if rd != 0 && (inst.rs1 == rd || inst.rs2 == rd) {
                total += costs.load_use_stall as u64;
            }
        }
        prev_load_rd = inst.class.is_load().then_some(inst.rd);
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::isa::decode32;

    #[test]
    fn load_use_stall_counts_only_dependent_pairs() {
        let costs = TimingConfig::default().cost;
        // ld a0, 0(a1); add a2, a0, a0   (dependent)
        let dep = [decode32(0x0005_b503), decode32(0x00a5_0633)];
        // ld a0, 0(a1); add a2, a3, a3   (independent)
        let indep = [decode32(0x0005_b503), decode32(0x00d6_8633)];
        let base = (costs.load + costs.alu) as u64;
        assert_eq!(static_cycles(&costs, &indep), base);
        assert_eq!(
            static_cycles(&costs, &dep),
            base + costs.load_use_stall as u64
        );
    }

    #[test]
    fn class_costs_follow_the_table() {
        let costs = TimingConfig::default().cost;
        // div a0, a0, a1
        assert_eq!(class_cost(&costs, &decode32(0x02b5_4533)), costs.div);
        // mret
        assert_eq!(
            class_cost(&costs, &decode32(0x3020_0073)),
            costs.trap_return
        );
    }
}
