//! Instruction semantics: one arm per operation, each a line or two, in the
//! order of the decode table. Memory, atomics, CSRs and privileged
//! instructions call helpers in `memory.rs` and `system.rs`; FP computation
//! is in `fpu/`.

use super::{fpu, Exception, HartState};
use crate::bus::Bus;
use crate::isa::{Inst, Op};

/// Sign-extends the low 32 bits.
#[inline(always)]
fn sext32(v: u64) -> u64 {
    v as i32 as i64 as u64
}

impl HartState {
    /// Executes `i` at `pc`. Returns the next pc, or the exception it raised
    /// (with no architectural state changed).
    #[inline(always)]
    pub(crate) fn step(&mut self, i: &Inst, pc: u64, bus: &mut Bus) -> Result<u64, Exception> {
        // Register fields are 5 bits; the masks let the compiler drop bounds checks.
        let rd = (i.rd & 31) as usize;
        let rs1 = self.x[(i.rs1 & 31) as usize];
        let rs2 = self.x[(i.rs2 & 31) as usize];
        let imm = i.imm as u64;
        let next = pc.wrapping_add(i.len as u64);
        match i.op {
            // ---- RV64I ----
            Op::Lui => self.x[rd] = imm,
            Op::Auipc => self.x[rd] = pc.wrapping_add(imm),
            Op::Jal => {
                self.x[rd] = next;
                return Ok(pc.wrapping_add(imm));
            }
            Op::Jalr => {
                let target = rs1.wrapping_add(imm) & !1;
                self.x[rd] = next;
                return Ok(target);
            }
            Op::Beq => return Ok(self.branch(pc, next, pc.wrapping_add(imm), rs1 == rs2)),
            Op::Bne => return Ok(self.branch(pc, next, pc.wrapping_add(imm), rs1 != rs2)),
            Op::Blt => {
                let taken = (rs1 as i64) < (rs2 as i64);
                return Ok(self.branch(pc, next, pc.wrapping_add(imm), taken));
            }
            Op::Bge => {
                let taken = (rs1 as i64) >= (rs2 as i64);
                return Ok(self.branch(pc, next, pc.wrapping_add(imm), taken));
            }
            Op::Bltu => return Ok(self.branch(pc, next, pc.wrapping_add(imm), rs1 < rs2)),
            Op::Bgeu => return Ok(self.branch(pc, next, pc.wrapping_add(imm), rs1 >= rs2)),
            Op::Lb => self.x[rd] = self.load(bus, rs1.wrapping_add(imm), 1)? as i8 as u64,
            Op::Lh => self.x[rd] = self.load(bus, rs1.wrapping_add(imm), 2)? as i16 as u64,
            Op::Lw => self.x[rd] = self.load(bus, rs1.wrapping_add(imm), 4)? as i32 as u64,
            Op::Ld => self.x[rd] = self.load(bus, rs1.wrapping_add(imm), 8)?,
            Op::Lbu => self.x[rd] = self.load(bus, rs1.wrapping_add(imm), 1)?,
            Op::Lhu => self.x[rd] = self.load(bus, rs1.wrapping_add(imm), 2)?,
            Op::Lwu => self.x[rd] = self.load(bus, rs1.wrapping_add(imm), 4)?,
            Op::Sb => self.store(bus, rs1.wrapping_add(imm), 1, rs2)?,
            Op::Sh => self.store(bus, rs1.wrapping_add(imm), 2, rs2)?,
            Op::Sw => self.store(bus, rs1.wrapping_add(imm), 4, rs2)?,
            Op::Sd => self.store(bus, rs1.wrapping_add(imm), 8, rs2)?,
            Op::Addi => self.x[rd] = rs1.wrapping_add(imm),
            Op::Slti => self.x[rd] = ((rs1 as i64) < (imm as i64)) as u64,
            Op::Sltiu => self.x[rd] = (rs1 < imm) as u64,
            Op::Xori => self.x[rd] = rs1 ^ imm,
            Op::Ori => self.x[rd] = rs1 | imm,
            Op::Andi => self.x[rd] = rs1 & imm,
            Op::Slli => self.x[rd] = rs1 << imm,
            Op::Srli => self.x[rd] = rs1 >> imm,
            Op::Srai => self.x[rd] = ((rs1 as i64) >> imm) as u64,
            Op::Add => self.x[rd] = rs1.wrapping_add(rs2),
            Op::Sub => self.x[rd] = rs1.wrapping_sub(rs2),
            Op::Sll => self.x[rd] = rs1 << (rs2 & 63),
            Op::Slt => self.x[rd] = ((rs1 as i64) < (rs2 as i64)) as u64,
            Op::Sltu => self.x[rd] = (rs1 < rs2) as u64,
            Op::Xor => self.x[rd] = rs1 ^ rs2,
            Op::Srl => self.x[rd] = rs1 >> (rs2 & 63),
            Op::Sra => self.x[rd] = ((rs1 as i64) >> (rs2 & 63)) as u64,
            Op::Or => self.x[rd] = rs1 | rs2,
            Op::And => self.x[rd] = rs1 & rs2,
            Op::Addiw => self.x[rd] = sext32(rs1.wrapping_add(imm)),
            Op::Slliw => self.x[rd] = sext32(rs1 << imm),
            Op::Srliw => self.x[rd] = sext32((rs1 as u32 >> imm) as u64),
            Op::Sraiw => self.x[rd] = ((rs1 as i32) >> imm) as i64 as u64,
            Op::Addw => self.x[rd] = sext32(rs1.wrapping_add(rs2)),
            Op::Subw => self.x[rd] = sext32(rs1.wrapping_sub(rs2)),
            Op::Sllw => self.x[rd] = sext32(rs1 << (rs2 & 31)),
            Op::Srlw => self.x[rd] = sext32((rs1 as u32 >> (rs2 & 31)) as u64),
            Op::Sraw => self.x[rd] = ((rs1 as i32) >> (rs2 & 31)) as i64 as u64,
            // A single in-order hart with no store buffer is always ordered.
            Op::Fence => {}
            Op::FenceI => {
                self.flush_icache = true;
                if let Some(h) = bus.timing.as_mut() {
                    h.fence_i(self.csr.mhartid as usize);
                }
            }
            Op::Ecall => return Err(self.ecall_exception()),
            Op::Ebreak => return Err(Exception::Breakpoint(pc)),
            Op::Csrrw | Op::Csrrs | Op::Csrrc | Op::Csrrwi | Op::Csrrsi | Op::Csrrci => {
                self.csr_instruction(i, bus)?
            }
            Op::Mret => return self.mret(i),
            Op::Sret => return self.sret(i),
            Op::Wfi => self.wfi(i)?,
            Op::SfenceVma => self.sfence_vma(i)?,

            // ---- M ----
            Op::Mul => self.x[rd] = rs1.wrapping_mul(rs2),
            Op::Mulh => self.x[rd] = ((rs1 as i64 as i128 * rs2 as i64 as i128) >> 64) as u64,
            Op::Mulhsu => self.x[rd] = ((rs1 as i64 as i128 * rs2 as i128) >> 64) as u64,
            Op::Mulhu => self.x[rd] = ((rs1 as u128 * rs2 as u128) >> 64) as u64,
            // Division by zero and overflow give the spec's fixed results, no trap.
            Op::Div => {
                self.x[rd] = match (rs1 as i64, rs2 as i64) {
                    (_, 0) => u64::MAX,
                    (a, b) => a.wrapping_div(b) as u64,
                }
            }
            Op::Divu => self.x[rd] = if rs2 == 0 { u64::MAX } else { rs1 / rs2 },
            Op::Rem => {
                self.x[rd] = match (rs1 as i64, rs2 as i64) {
                    (a, 0) => a as u64,
                    (a, b) => a.wrapping_rem(b) as u64,
                }
            }
            Op::Remu => self.x[rd] = if rs2 == 0 { rs1 } else { rs1 % rs2 },
            Op::Mulw => self.x[rd] = sext32(rs1.wrapping_mul(rs2)),
            Op::Divw => {
                self.x[rd] = match (rs1 as i32, rs2 as i32) {
                    (_, 0) => u64::MAX,
                    (a, b) => a.wrapping_div(b) as i64 as u64,
                }
            }
            Op::Divuw => {
                self.x[rd] = match (rs1 as u32, rs2 as u32) {
                    (_, 0) => u64::MAX,
                    (a, b) => sext32((a / b) as u64),
                }
            }
            Op::Remw => {
                self.x[rd] = match (rs1 as i32, rs2 as i32) {
                    (a, 0) => a as i64 as u64,
                    (a, b) => a.wrapping_rem(b) as i64 as u64,
                }
            }
            Op::Remuw => {
                self.x[rd] = match (rs1 as u32, rs2 as u32) {
                    (a, 0) => sext32(a as u64),
                    (a, b) => sext32((a % b) as u64),
                }
            }

            // ---- A ----
            Op::LrW | Op::LrD | Op::ScW | Op::ScD => self.lr_sc(i, bus)?,
            Op::AmoswapW
            | Op::AmoaddW
            | Op::AmoxorW
            | Op::AmoandW
            | Op::AmoorW
            | Op::AmominW
            | Op::AmomaxW
            | Op::AmominuW
            | Op::AmomaxuW
            | Op::AmoswapD
            | Op::AmoaddD
            | Op::AmoxorD
            | Op::AmoandD
            | Op::AmoorD
            | Op::AmominD
            | Op::AmomaxD
            | Op::AmominuD
            | Op::AmomaxuD => self.amo(i, bus)?,

            // ---- F / D loads and stores (NaN-boxing singles) ----
            Op::Flw => {
                self.require_fp(i)?;
                let v = self.load(bus, rs1.wrapping_add(imm), 4)?;
                self.f[rd] = v | 0xffff_ffff_0000_0000;
                self.csr.set_fs_dirty();
            }
            Op::Fld => {
                self.require_fp(i)?;
                self.f[rd] = self.load(bus, rs1.wrapping_add(imm), 8)?;
                self.csr.set_fs_dirty();
            }
            Op::Fsw => {
                self.require_fp(i)?;
                self.store(bus, rs1.wrapping_add(imm), 4, self.f[(i.rs2 & 31) as usize])?
            }
            Op::Fsd => {
                self.require_fp(i)?;
                self.store(bus, rs1.wrapping_add(imm), 8, self.f[(i.rs2 & 31) as usize])?
            }
            Op::Illegal => return Err(Exception::IllegalInstruction(i.raw as u64)),
            // ---- F / D computation ----
            _ => self.fp_compute(i)?,
        }
        Ok(next)
    }

    /// Illegal instruction unless the FP unit is on (mstatus.FS != Off).
    #[inline(always)]
    fn require_fp(&self, i: &Inst) -> Result<(), Exception> {
        if self.csr.fp_enabled() {
            Ok(())
        } else {
            Err(Exception::IllegalInstruction(i.raw as u64))
        }
    }

    /// Runs an F/D computational instruction through the FPU.
    fn fp_compute(&mut self, i: &Inst) -> Result<(), Exception> {
        self.require_fp(i)?;
        let rm = if fpu::uses_rm(i.op) {
            let rm = if i.rm == 7 { self.csr.frm } else { i.rm };
            if rm > 4 {
                return Err(Exception::IllegalInstruction(i.raw as u64));
            }
            rm
        } else {
            0
        };
        let a = if fpu::src_is_int(i.op) {
            self.x[i.rs1 as usize]
        } else {
            self.f[i.rs1 as usize]
        };
        let r = fpu::compute(
            i.op,
            rm,
            a,
            self.f[(i.rs2 & 31) as usize],
            self.f[i.rs3 as usize],
        );
        if fpu::dest_is_int(i.op) {
            self.x[i.rd as usize] = r.value;
        } else {
            self.f[i.rd as usize] = r.value;
        }
        self.csr.fflags |= r.flags;
        // Any FP instruction that wrote f registers or fflags dirties the FP state.
        if !fpu::dest_is_int(i.op) || r.flags != 0 {
            self.csr.set_fs_dirty();
        }
        Ok(())
    }
}
