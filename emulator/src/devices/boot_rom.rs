//! The boot ROM at the reset vector: six instructions that hand over to the
//! loaded program with the arguments RISC-V firmware and kernels expect.
//!
//! ```text
//!   0x00  auipc t0, 0              t0 = address of the ROM
//!   0x04  addi  a2, t0, 0x28       a2 = &fw_dynamic_info (for OpenSBI)
//!   0x08  csrr  a0, mhartid        a0 = this hart's id
//!   0x0c  ld    a1, 0x20(t0)       a1 = device tree address
//!   0x10  ld    t0, 0x18(t0)       t0 = entry point
//!   0x14  jr    t0
//!   0x18  .dword entry
//!   0x20  .dword fdt_addr
//!   0x28  struct fw_dynamic_info   six .dwords, see below
//! ```
//!
//! Position-independent (`auipc`), so it runs wherever the machine maps it.
//! `a0`/`a1` are the boot protocol of the RISC-V Linux kernel and of OpenSBI.
//! `a2` points at a `struct fw_dynamic_info` (OpenSBI's
//! `include/sbi/fw_dynamic.h`, version 2): magic "OSBI", version, the address
//! and privilege mode of the stage after the firmware, options, and the
//! preferred boot hart (-1: let the firmware's lottery choose). Programs
//! that are not OpenSBI's `fw_dynamic` ignore `a2`.

use crate::bus::{BusCtx, Device, DeviceFault};

/// Offset of the entry-point word in the ROM.
pub const ENTRY_OFFSET: u64 = 0x18;
/// Offset of the device-tree-address word in the ROM.
pub const FDT_ADDR_OFFSET: u64 = 0x20;
/// Offset of `struct fw_dynamic_info` in the ROM (8-byte aligned, as required).
pub const FW_DYNAMIC_INFO_OFFSET: u64 = 0x28;

/// `fw_dynamic_info.magic`: "OSBI" in little-endian ASCII.
pub const FW_DYNAMIC_INFO_MAGIC: u64 = 0x4942_534f;
/// `fw_dynamic_info.version`: 2 adds `boot_hart`.
pub const FW_DYNAMIC_INFO_VERSION: u64 = 2;
/// `fw_dynamic_info.next_mode` for supervisor mode.
pub const NEXT_MODE_S: u64 = 1;

// Register numbers used by the reset vector.
const T0: u32 = 5;
const A0: u32 = 10;
const A1: u32 = 11;
const A2: u32 = 12;
const CSR_MHARTID: u32 = 0xf14;

// A tiny encoder for the few instruction formats the reset vector needs
// (unprivileged spec, "Base Instruction Formats").
fn i_type(opcode: u32, funct3: u32, rd: u32, rs1: u32, imm: i32) -> u32 {
    ((imm as u32 & 0xfff) << 20) | (rs1 << 15) | (funct3 << 12) | (rd << 7) | opcode
}
fn u_type(opcode: u32, rd: u32, imm: i32) -> u32 {
    (imm as u32 & 0xffff_f000) | (rd << 7) | opcode
}
fn auipc(rd: u32, imm: i32) -> u32 {
    u_type(0x17, rd, imm)
}
fn addi(rd: u32, rs1: u32, imm: i32) -> u32 {
    i_type(0x13, 0, rd, rs1, imm)
}
fn ld(rd: u32, rs1: u32, imm: i32) -> u32 {
    i_type(0x03, 3, rd, rs1, imm)
}
fn jalr(rd: u32, rs1: u32, imm: i32) -> u32 {
    i_type(0x67, 0, rd, rs1, imm)
}
/// `csrrs rd, csr, x0`, i.e. `csrr rd, csr`.
fn csrr(rd: u32, csr: u32) -> u32 {
    i_type(0x73, 2, rd, 0, csr as i32)
}

/// Read-only, executable memory holding the reset vector.
#[derive(Debug, Clone)]
pub struct BootRom {
    bytes: Vec<u8>,
}

impl BootRom {
    /// A ROM that jumps to `entry` with `a1 = fdt_addr`. Its fw_dynamic_info
    /// names `entry` itself as the next stage (S-mode), which suits every
    /// program that is not a fw_dynamic firmware.
    pub fn new(entry: u64, fdt_addr: u64) -> BootRom {
        BootRom::with_next_stage(entry, fdt_addr, entry, NEXT_MODE_S)
    }

    /// A ROM that jumps to a firmware at `entry` and tells it (through
    /// fw_dynamic_info) to continue at `next_addr` in privilege `next_mode`
    /// (0 = U, 1 = S, 3 = M), e.g. OpenSBI at 0x8000_0000 and a kernel at
    /// 0x8020_0000.
    pub fn with_next_stage(entry: u64, fdt_addr: u64, next_addr: u64, next_mode: u64) -> BootRom {
        let code = [
            auipc(T0, 0),
            addi(A2, T0, FW_DYNAMIC_INFO_OFFSET as i32),
            csrr(A0, CSR_MHARTID),
            ld(A1, T0, FDT_ADDR_OFFSET as i32),
            ld(T0, T0, ENTRY_OFFSET as i32),
            jalr(0, T0, 0),
        ];
        let data = [
            entry,
            fdt_addr,
            FW_DYNAMIC_INFO_MAGIC,
            FW_DYNAMIC_INFO_VERSION,
            next_addr,
            next_mode,
            0,        // options
            u64::MAX, // boot_hart: none preferred
        ];
        let mut bytes: Vec<u8> = code.iter().flat_map(|w| w.to_le_bytes()).collect();
        debug_assert_eq!(bytes.len() as u64, ENTRY_OFFSET);
        bytes.extend(data.iter().flat_map(|d| d.to_le_bytes()));
        BootRom { bytes }
    }

    /// The ROM's contents (the window beyond them reads as zero).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl Device for BootRom {
    fn name(&self) -> &'static str {
        "boot-rom"
    }

    fn len(&self) -> u64 {
        super::BOOT_ROM_SIZE
    }

    fn read(&mut self, offset: u64, size: u8, _ctx: &mut BusCtx) -> Result<u64, DeviceFault> {
        // Little-endian, any alignment; bytes past the contents are zero.
        let v = (0..size as u64).rev().fold(0u64, |acc, i| {
            let b = usize::try_from(offset + i)
                .ok()
                .and_then(|o| self.bytes.get(o));
            (acc << 8) | b.copied().unwrap_or(0) as u64
        });
        Ok(v)
    }

    fn write(&mut self, _: u64, _: u8, _: u64, _: &mut BusCtx) -> Result<(), DeviceFault> {
        Err(DeviceFault) // ROM: a store is an access fault
    }

    fn executable(&self) -> bool {
        true
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::isa::{decode32, Op};

    const ROM_BASE: u64 = 0x1000;

    fn word(rom: &mut BootRom, off: u64, size: u8) -> u64 {
        rom.read(off, size, &mut BusCtx::default()).unwrap()
    }

    #[test]
    fn decodes_as_the_intended_instructions() {
        let mut rom = BootRom::new(0x8000_0000, 0x8700_0000);
        let insts: Vec<_> = (0..6)
            .map(|i| decode32(word(&mut rom, i * 4, 4) as u32))
            .collect();
        let fields: Vec<_> = insts.iter().map(|i| (i.op, i.rd, i.rs1, i.imm)).collect();
        assert_eq!(
            fields,
            [
                (Op::Auipc, 5, 0, 0),
                (Op::Addi, 12, 5, 0x28),
                (Op::Csrrs, 10, 0, 0xf14),
                (Op::Ld, 11, 5, 0x20),
                (Op::Ld, 5, 5, 0x18),
                (Op::Jalr, 0, 5, 0),
            ]
        );
    }

    /// Runs the reset vector on a minimal model of those six instructions
    /// and checks where it lands and what it passes.
    #[test]
    fn hands_over_entry_hartid_fdt_and_fw_dynamic_info() {
        let mut rom = BootRom::with_next_stage(0x8000_0000, 0x8700_0000, 0x8020_0000, NEXT_MODE_S);
        let hartid = 3;
        let mut x = [0u64; 32];
        let mut pc = ROM_BASE;
        for _ in 0..6 {
            let i = decode32(word(&mut rom, pc - ROM_BASE, 4) as u32);
            let rs1 = x[i.rs1 as usize];
            let (rd, next) = match i.op {
                Op::Auipc => (pc.wrapping_add(i.imm as u64), pc + 4),
                Op::Addi => (rs1.wrapping_add(i.imm as u64), pc + 4),
                Op::Csrrs if i.imm == 0xf14 => (hartid, pc + 4),
                Op::Ld => (
                    word(&mut rom, rs1.wrapping_add(i.imm as u64) - ROM_BASE, 8),
                    pc + 4,
                ),
                Op::Jalr => (pc + 4, rs1.wrapping_add(i.imm as u64) & !1),
                op => panic!("unexpected {op:?}"),
            };
            if i.rd != 0 {
                x[i.rd as usize] = rd;
            }
            pc = next;
        }
        assert_eq!(pc, 0x8000_0000);
        assert_eq!((x[10], x[11]), (hartid, 0x8700_0000));
        let info = x[12] - ROM_BASE;
        assert_eq!(info % 8, 0, "fw_dynamic_info must be 8-byte aligned");
        let field = |rom: &mut BootRom, n: u64| word(rom, info + 8 * n, 8);
        assert_eq!(field(&mut rom, 0), FW_DYNAMIC_INFO_MAGIC);
        assert_eq!(field(&mut rom, 1), 2);
        assert_eq!(field(&mut rom, 2), 0x8020_0000);
        assert_eq!(field(&mut rom, 3), NEXT_MODE_S);
        assert_eq!(field(&mut rom, 4), 0);
        assert_eq!(field(&mut rom, 5), u64::MAX);
    }

    #[test]
    fn read_only_and_zero_beyond_contents() {
        let mut rom = BootRom::new(0x8000_0000, 0);
        assert_eq!(rom.write(0, 4, 0, &mut BusCtx::default()), Err(DeviceFault));
        assert_eq!(word(&mut rom, 0x800, 8), 0);
        assert_eq!(word(&mut rom, 0x18, 2), 0, "low half of entry 0x8000_0000");
        assert_eq!(word(&mut rom, 0x1a, 2), 0x8000);
        assert!(rom.executable());
    }
}
