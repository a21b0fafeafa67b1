//! Decoding: instruction word -> [`Inst`], once per instruction (the hart
//! caches the result per pc), using the table in `table.rs`.

use super::class::InstClass;
use super::compressed;
use super::table::{Format, Op, TABLE};
use std::sync::OnceLock;

/// A decoded instruction: the operation and its operands, ready to execute.
///
/// Register fields are plain indices (x0 is written like any other register
/// and forced back to zero by the hart). `imm` holds the sign-extended
/// immediate for its format, or the CSR number for CSR instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inst {
    pub op: Op,
    pub rd: u8,
    pub rs1: u8,
    pub rs2: u8,
    pub rs3: u8,
    /// funct3: the rounding mode field for FP ops.
    pub rm: u8,
    /// Length in bytes: 2 for a compressed instruction, 4 otherwise.
    pub len: u8,
    pub imm: i64,
    /// The original instruction bits (16 or 32 bits), for mtval on illegal
    /// instruction and for disassembly.
    pub raw: u32,
    /// What the timing model charges it as.
    pub class: InstClass,
}

impl Inst {
    /// An instruction that raises illegal-instruction with `raw` as mtval.
    pub fn illegal(raw: u32, len: u8) -> Inst {
        let class = InstClass::Alu;
        Inst {
            op: Op::Illegal,
            rd: 0,
            rs1: 0,
            rs2: 0,
            rs3: 0,
            rm: 0,
            len,
            imm: 0,
            raw,
            class,
        }
    }
}

// Immediate accessors, named after the formats in the unprivileged spec.
fn i_imm(w: u32) -> i64 {
    ((w as i32) >> 20) as i64
}
fn s_imm(w: u32) -> i64 {
    ((((w as i32) >> 25) << 5) | ((w >> 7) & 0x1f) as i32) as i64
}
fn b_imm(w: u32) -> i64 {
    let imm = (((w as i32) >> 31) << 12) as u32 // bit 12 (sign)
        | ((w >> 7) & 1) << 11
        | ((w >> 25) & 0x3f) << 5
        | ((w >> 8) & 0xf) << 1;
    imm as i32 as i64
}
fn u_imm(w: u32) -> i64 {
    (w & 0xffff_f000) as i32 as i64
}
fn j_imm(w: u32) -> i64 {
    let imm = (((w as i32) >> 31) << 20) as u32
        | (w & 0x000f_f000)
        | ((w >> 20) & 1) << 11
        | ((w >> 21) & 0x3ff) << 1;
    imm as i32 as i64
}

/// Rows of the table grouped by major opcode (bits 6:0), so that decoding a
/// word scans only the few encodings that share its opcode.
fn rows_by_opcode() -> &'static [Vec<u16>; 128] {
    static ROWS: OnceLock<[Vec<u16>; 128]> = OnceLock::new();
    ROWS.get_or_init(|| {
        let mut rows: [Vec<u16>; 128] = std::array::from_fn(|_| Vec::new());
        for (idx, e) in TABLE.iter().enumerate() {
            // Every row fixes the full 7-bit opcode.
            debug_assert_eq!(e.mask & 0x7f, 0x7f);
            rows[(e.bits & 0x7f) as usize].push(idx as u16);
        }
        rows
    })
}

/// Decodes a 32-bit instruction word.
pub fn decode32(w: u32) -> Inst {
    decode32_as(w, w, 4)
}

/// Decodes `w` (a 32-bit form) but reports `raw` and `len` of the original
/// (compressed) instruction.
pub(crate) fn decode32_as(w: u32, raw: u32, len: u8) -> Inst {
    let Some(e) = rows_by_opcode()[(w & 0x7f) as usize]
        .iter()
        .map(|&idx| &TABLE[idx as usize])
        .find(|e| w & e.mask == e.bits)
    else {
        return Inst::illegal(raw, len);
    };
    let rd = ((w >> 7) & 0x1f) as u8;
    let rs1 = ((w >> 15) & 0x1f) as u8;
    let rs2 = ((w >> 20) & 0x1f) as u8;
    let rs3 = ((w >> 27) & 0x1f) as u8;
    let rm = ((w >> 12) & 0x7) as u8;
    let imm = match e.format {
        Format::R | Format::R4 | Format::None => 0,
        Format::I => i_imm(w),
        Format::S => s_imm(w),
        Format::B => b_imm(w),
        Format::U => u_imm(w),
        Format::J => j_imm(w),
        Format::Shift64 => ((w >> 20) & 0x3f) as i64,
        Format::Shift32 => ((w >> 20) & 0x1f) as i64,
        Format::Csr => ((w >> 20) & 0xfff) as i64,
    };
    Inst {
        op: e.op,
        rd,
        rs1,
        rs2,
        rs3,
        rm,
        len,
        imm,
        raw,
        class: InstClass::of(e.op),
    }
}

/// Decodes the instruction whose low 16 bits are `lo` and, for a 32-bit
/// instruction, whose high 16 bits are `hi`. Returns the instruction; its
/// `len` says how many bytes it used.
pub fn decode(lo: u16, hi: u16) -> Inst {
    if lo & 3 != 3 {
        compressed::decode16(lo)
    } else {
        decode32(lo as u32 | (hi as u32) << 16)
    }
}

/// The encoding row for an op (for disassembly and tests).
pub fn encoding_of(op: Op) -> Option<&'static super::table::Encoding> {
    TABLE.iter().find(|e| e.op == op)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_common_instructions() {
        // addi a0, a0, -1
        let i = decode32(0xfff5_0513);
        assert_eq!((i.op, i.rd, i.rs1, i.imm), (Op::Addi, 10, 10, -1));
        // sd ra, 8(sp)
        let i = decode32(0x0011_3423);
        assert_eq!((i.op, i.rs1, i.rs2, i.imm), (Op::Sd, 2, 1, 8));
        // beq a0, a1, -4  -> 0xfeb50ee3
        let i = decode32(0xfeb5_0ee3);
        assert_eq!((i.op, i.rs1, i.rs2, i.imm), (Op::Beq, 10, 11, -4));
        // jal ra, 2048 -> imm[11] set: 0x001000ef is jal ra, 0x800? compute:
        // jal x0, -2 : 0xfffff06f
        let i = decode32(0xffff_f06f);
        assert_eq!((i.op, i.rd, i.imm), (Op::Jal, 0, -2));
        // lui t0, 0x80000 -> sign-extended upper immediate
        let i = decode32(0x8000_02b7);
        assert_eq!((i.op, i.rd, i.imm), (Op::Lui, 5, -0x8000_0000));
        // srai a0, a0, 63
        let i = decode32(0x43f5_5513);
        assert_eq!((i.op, i.imm), (Op::Srai, 63));
        // csrrs a0, mhartid, x0
        let i = decode32(0xf140_2573);
        assert_eq!((i.op, i.rd, i.imm), (Op::Csrrs, 10, 0xf14));
        // fmadd.d fa0, fa1, fa2, fa3, dyn
        let i = decode32(0x6ac5_f543);
        assert_eq!(
            (i.op, i.rd, i.rs1, i.rs2, i.rs3, i.rm),
            (Op::FmaddD, 10, 11, 12, 13, 7)
        );
    }

    #[test]
    fn j_and_b_immediates_cover_all_bits() {
        // jal x0, 0xffffe (max positive: imm = 0x0ffffe)
        let i = decode32(0x7fff_f06f);
        assert_eq!(i.imm, 0x000f_fffe);
        // jal x0, -0x100000 (min)
        let i = decode32(0x8000_006f);
        assert_eq!(i.imm, -0x10_0000);
        // beq x0, x0, 4094 : imm bits all set except sign
        let i = decode32(0x7e00_0fe3);
        assert_eq!(i.imm, 4094);
        // beq x0, x0, -4096
        let i = decode32(0x8000_0063);
        assert_eq!(i.imm, -4096);
    }

    #[test]
    fn unknown_words_are_illegal() {
        assert_eq!(decode32(0).op, Op::Illegal);
        assert_eq!(decode32(0xffff_ffff).op, Op::Illegal);
        // slli with shamt[5] in a 32-bit shift (slliw) is reserved
        assert_eq!(decode32(0x0205_151b).op, Op::Illegal);
        // an AMO with funct3 = 1 does not exist
        assert_eq!(decode32(0x0000_102f).op, Op::Illegal);
        // lr.w with rs2 != 0 is reserved
        assert_eq!(decode32(0x1015_25af).op, Op::Illegal);
        assert_eq!(decode32(0x1005_25af).op, Op::LrW);
    }
}
