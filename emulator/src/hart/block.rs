//! The decoded-block cache: a host-speed structure, invisible to the guest.
//!
//! Instructions are decoded once into straight-line blocks (ending at a
//! control transfer, a system instruction, or a page boundary) and kept in
//! a direct-mapped table indexed by start pc. The hart then runs a whole
//! block without looking anything up per instruction. Stores to RAM that
//! held decoded code, and fence.i, drop the stale blocks.

use crate::bus::Bus;
use crate::isa::{decode, Inst, Op};
use crate::timing::CostTable;

/// Longest block, in instructions.
const MAX_BLOCK: usize = 64;
/// Blocks never cross a 4 KiB page, so a page-granular invalidation or (later)
/// a page-table change never leaves half a block stale.
const PAGE: u64 = 4096;
/// Number of table slots (a power of two).
const SLOTS: usize = 1 << 13;

/// A run of decoded instructions starting at virtual address `start`,
/// physical address `phys` (the same when translation is off).
pub struct Block {
    pub start: u64,
    /// Virtual address just past the last instruction's bytes.
    pub end: u64,
    pub phys: u64,
    pub insts: Box<[Inst]>,
    /// The timing model's static cycles for the whole block (0 when off).
    pub static_cycles: u64,
}

/// What decoding a block found at its first instruction.
pub enum Fetched<'a> {
    Block(&'a Block),
    /// The first instruction could not be fetched: an instruction access
    /// fault at this many bytes past the block's start (2 when only the
    /// second half of a 32-bit instruction is missing).
    Fault(u64),
}

pub struct BlockCache {
    slots: Vec<Option<Block>>,
    /// Instruction costs when the timing model is on.
    costs: Option<CostTable>,
}

/// True if the op ends a block: it may change the pc, the privilege level,
/// the CSRs that steer execution, or the code itself.
fn ends_block(op: Op) -> bool {
    use Op::*;
    matches!(
        op,
        Jal | Jalr
            | Beq
            | Bne
            | Blt
            | Bge
            | Bltu
            | Bgeu
            | Ecall
            | Ebreak
            | Mret
            | Sret
            | Wfi
            | SfenceVma
            | FenceI
            | Csrrw
            | Csrrs
            | Csrrc
            | Csrrwi
            | Csrrsi
            | Csrrci
            | Illegal
    )
}

impl BlockCache {
    pub fn new(costs: Option<CostTable>) -> BlockCache {
        BlockCache {
            slots: (0..SLOTS).map(|_| None).collect(),
            costs,
        }
    }

    #[inline(always)]
    fn slot(pc: u64) -> usize {
        ((pc >> 1) ^ (pc >> 14)) as usize & (SLOTS - 1)
    }

    /// The block at virtual `pc`, physical `ppc`, decoding it from `bus` if
    /// needed. Keyed by both addresses, so a remapped page never runs stale
    /// code; `contiguous` says physical memory continues past a page end
    /// (translation off), so an instruction may straddle it.
    #[inline(always)]
    pub fn get(&mut self, pc: u64, ppc: u64, contiguous: bool, bus: &mut Bus) -> Fetched<'_> {
        let idx = Self::slot(pc);
        let hit = matches!(&self.slots[idx], Some(b) if b.start == pc && b.phys == ppc);
        if !hit {
            match build(pc, ppc, contiguous, bus) {
                Ok(mut b) => {
                    if let Some(costs) = &self.costs {
                        b.static_cycles = super::timing::static_cycles(costs, &b.insts);
                    }
                    self.slots[idx] = Some(b);
                }
                Err(at) => return Fetched::Fault(at - ppc),
            }
        }
        match &self.slots[idx] {
            Some(b) => Fetched::Block(b),
            None => Fetched::Fault(0),
        }
    }

    /// Drops every block whose bytes overlap physical `[start, end)`.
    pub fn invalidate(&mut self, start: u64, end: u64) {
        for slot in &mut self.slots {
            if matches!(slot, Some(b) if b.phys < end && start < b.phys + (b.end - b.start)) {
                *slot = None;
            }
        }
    }

    /// Drops everything (fence.i).
    pub fn flush(&mut self) {
        for slot in &mut self.slots {
            *slot = None;
        }
    }
}

/// Fetches one instruction at `pc`, or the address of the parcel that
/// cannot be fetched (the spec's trap value for the fault).
fn fetch(pc: u64, bus: &mut Bus) -> Result<Inst, u64> {
    let lo = bus.fetch16(pc).ok_or(pc)?;
    if lo & 3 != 3 {
        return Ok(decode(lo, 0));
    }
    let hi = bus.fetch16(pc + 2).ok_or(pc + 2)?;
    Ok(decode(lo, hi))
}

/// Decodes the block at virtual `pc` = physical `ppc`. `Err(address)` when
/// its first instruction cannot be fetched.
fn build(pc: u64, ppc: u64, contiguous: bool, bus: &mut Bus) -> Result<Block, u64> {
    let mut insts = Vec::with_capacity(8);
    let mut at = ppc;
    loop {
        // Under translation the next page may map anywhere: a 32-bit
        // instruction straddling the page end is left for the hart to fetch
        // through both translations.
        let straddles = at % PAGE == PAGE - 2 && bus.fetch16(at).is_some_and(|lo| lo & 3 == 3);
        if straddles && !contiguous {
            break;
        }
        let inst = match fetch(at, bus) {
            Ok(inst) => inst,
            Err(fault) if insts.is_empty() => return Err(fault),
            // Later instructions that cannot be fetched fault when reached.
            Err(_) => break,
        };
        bus.code.note_decode(at);
        bus.code.note_decode(at + inst.len as u64 - 1);
        insts.push(inst);
        at += inst.len as u64;
        if ends_block(inst.op) || insts.len() == MAX_BLOCK || at % PAGE == 0 || straddles {
            break;
        }
    }
    if insts.is_empty() {
        return Err(ppc);
    }
    let insts = insts.into_boxed_slice();
    Ok(Block {
        start: pc,
        end: pc + (at - ppc),
        phys: ppc,
        insts,
        static_cycles: 0,
    })
}
