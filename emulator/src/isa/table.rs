//! The RV64GC instruction encodings as data.
//!
//! Every 32-bit instruction the hart knows is one row here: its mnemonic, the
//! operand format that says how to pull registers and the immediate out of the
//! word, and the MASK/MATCH pair that recognises it (`word & mask == match`).
//! Compressed instructions are expanded to these 32-bit forms first
//! (`compressed.rs`), so this table is the one place an encoding is written.
//! A unit test checks that no two rows can match the same word.

/// How the operand fields of an instruction word are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// rd, rs1, rs2 (and funct3 as the rounding mode for FP ops).
    R,
    /// rd, rs1, rs2, rs3 (fused multiply-add).
    R4,
    /// rd, rs1, 12-bit signed immediate.
    I,
    /// rs1, rs2, 12-bit signed store offset.
    S,
    /// rs1, rs2, 13-bit signed branch offset.
    B,
    /// rd, 20-bit upper immediate (already shifted left by 12).
    U,
    /// rd, 21-bit signed jump offset.
    J,
    /// rd, rs1, 6-bit shift amount (RV64 slli/srli/srai).
    Shift64,
    /// rd, rs1, 5-bit shift amount (the *W shifts).
    Shift32,
    /// rd, rs1 (register or 5-bit zero-extended immediate), imm = CSR number.
    Csr,
    /// No operands that matter to execution (ecall, fence, ...).
    None,
}

/// Builds the (mask, match) pair for an encoding from its fixed fields.
/// `None` fields are free (operands); `Some` fields are fixed.
const fn enc(
    opcode: u32,
    funct3: Option<u32>,
    funct7: Option<u32>,
    rs2: Option<u32>,
) -> (u32, u32) {
    let mut mask = 0x7f;
    let mut bits = opcode;
    if let Some(f3) = funct3 {
        mask |= 0x7 << 12;
        bits |= f3 << 12;
    }
    if let Some(f7) = funct7 {
        mask |= 0x7f << 25;
        bits |= f7 << 25;
    }
    if let Some(r2) = rs2 {
        mask |= 0x1f << 20;
        bits |= r2 << 20;
    }
    (mask, bits)
}

const fn r(opcode: u32, f3: u32, f7: u32) -> (u32, u32) {
    enc(opcode, Some(f3), Some(f7), None)
}
const fn i(opcode: u32, f3: u32) -> (u32, u32) {
    enc(opcode, Some(f3), None, None)
}
const fn u(opcode: u32) -> (u32, u32) {
    enc(opcode, None, None, None)
}
/// RV64 immediate shifts: funct6 in bits 31:26, a 6-bit shamt below it.
const fn sh64(f3: u32, f6: u32) -> (u32, u32) {
    (0xfc00_707f, 0x13 | f3 << 12 | f6 << 26)
}
/// AMOs: funct5 in bits 31:27; aq/rl (bits 26:25) are free.
const fn amo(f3: u32, f5: u32) -> (u32, u32) {
    (0xf800_707f, 0x2f | f3 << 12 | f5 << 27)
}
/// LR: like an AMO with rs2 fixed to zero.
const fn lr(f3: u32) -> (u32, u32) {
    (0xf9f0_707f, 0x2f | f3 << 12 | 0x02 << 27)
}
/// FP op with a rounding mode in funct3.
const fn fp_rm(f7: u32) -> (u32, u32) {
    enc(0x53, None, Some(f7), None)
}
/// FP op with a rounding mode in funct3 and a fixed rs2 (sqrt, conversions).
const fn fp_rm_rs2(f7: u32, rs2: u32) -> (u32, u32) {
    enc(0x53, None, Some(f7), Some(rs2))
}
/// FP op with a fixed funct3 (sign injection, min/max, compare).
const fn fp_f3(f7: u32, f3: u32) -> (u32, u32) {
    enc(0x53, Some(f3), Some(f7), None)
}
/// FP op with fixed funct3 and rs2 (moves, classify).
const fn fp_f3_rs2(f7: u32, f3: u32, rs2: u32) -> (u32, u32) {
    enc(0x53, Some(f3), Some(f7), Some(rs2))
}
/// Fused multiply-add: fmt in bits 26:25, rounding mode free.
const fn r4(opcode: u32, fmt: u32) -> (u32, u32) {
    (0x0600_007f, opcode | fmt << 25)
}
const fn exact(word: u32) -> (u32, u32) {
    (0xffff_ffff, word)
}

/// One row of the decode table.
#[derive(Clone, Copy, Debug)]
pub struct Encoding {
    pub name: &'static str,
    pub op: Op,
    pub format: Format,
    pub mask: u32,
    pub bits: u32,
}

macro_rules! instructions {
    ($( $op:ident $name:literal $fmt:ident $enc:expr; )*) => {
        /// Every operation the hart executes, one variant per instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op {
            $( $op, )*
            /// Not a valid instruction (raises illegal-instruction when executed).
            Illegal,
        }

        /// The decode table: every RV64GC (+Zicsr, Zifencei, privileged) encoding.
        pub static TABLE: &[Encoding] = &[
            $( Encoding { name: $name, op: Op::$op, format: Format::$fmt,
                          mask: $enc.0, bits: $enc.1 }, )*
        ];

        impl Op {
            /// The assembler mnemonic.
            pub fn name(self) -> &'static str {
                match self {
                    $( Op::$op => $name, )*
                    Op::Illegal => "illegal",
                }
            }
        }
    };
}

instructions! {
    // ---- RV64I ----
    Lui     "lui"     U  u(0x37);
    Auipc   "auipc"   U  u(0x17);
    Jal     "jal"     J  u(0x6f);
    Jalr    "jalr"    I  i(0x67, 0);
    Beq     "beq"     B  i(0x63, 0);
    Bne     "bne"     B  i(0x63, 1);
    Blt     "blt"     B  i(0x63, 4);
    Bge     "bge"     B  i(0x63, 5);
    Bltu    "bltu"    B  i(0x63, 6);
    Bgeu    "bgeu"    B  i(0x63, 7);
    Lb      "lb"      I  i(0x03, 0);
    Lh      "lh"      I  i(0x03, 1);
    Lw      "lw"      I  i(0x03, 2);
    Ld      "ld"      I  i(0x03, 3);
    Lbu     "lbu"     I  i(0x03, 4);
    Lhu     "lhu"     I  i(0x03, 5);
    Lwu     "lwu"     I  i(0x03, 6);
    Sb      "sb"      S  i(0x23, 0);
    Sh      "sh"      S  i(0x23, 1);
    Sw      "sw"      S  i(0x23, 2);
    Sd      "sd"      S  i(0x23, 3);
    Addi    "addi"    I  i(0x13, 0);
    Slti    "slti"    I  i(0x13, 2);
    Sltiu   "sltiu"   I  i(0x13, 3);
    Xori    "xori"    I  i(0x13, 4);
    Ori     "ori"     I  i(0x13, 6);
    Andi    "andi"    I  i(0x13, 7);
    Slli    "slli"    Shift64 sh64(1, 0x00);
    Srli    "srli"    Shift64 sh64(5, 0x00);
    Srai    "srai"    Shift64 sh64(5, 0x10);
    Add     "add"     R  r(0x33, 0, 0x00);
    Sub     "sub"     R  r(0x33, 0, 0x20);
    Sll     "sll"     R  r(0x33, 1, 0x00);
    Slt     "slt"     R  r(0x33, 2, 0x00);
    Sltu    "sltu"    R  r(0x33, 3, 0x00);
    Xor     "xor"     R  r(0x33, 4, 0x00);
    Srl     "srl"     R  r(0x33, 5, 0x00);
    Sra     "sra"     R  r(0x33, 5, 0x20);
    Or      "or"      R  r(0x33, 6, 0x00);
    And     "and"     R  r(0x33, 7, 0x00);
    Addiw   "addiw"   I  i(0x1b, 0);
    Slliw   "slliw"   Shift32 r(0x1b, 1, 0x00);
    Srliw   "srliw"   Shift32 r(0x1b, 5, 0x00);
    Sraiw   "sraiw"   Shift32 r(0x1b, 5, 0x20);
    Addw    "addw"    R  r(0x3b, 0, 0x00);
    Subw    "subw"    R  r(0x3b, 0, 0x20);
    Sllw    "sllw"    R  r(0x3b, 1, 0x00);
    Srlw    "srlw"    R  r(0x3b, 5, 0x00);
    Sraw    "sraw"    R  r(0x3b, 5, 0x20);
    // fm, pred, succ, rs1 and rd are ignored: every FENCE orders everything here.
    Fence   "fence"   None i(0x0f, 0);
    Ecall   "ecall"   None exact(0x0000_0073);
    Ebreak  "ebreak"  None exact(0x0010_0073);
    // ---- Zifencei ----
    FenceI  "fence.i" None i(0x0f, 1);
    // ---- Zicsr ----
    Csrrw   "csrrw"   Csr i(0x73, 1);
    Csrrs   "csrrs"   Csr i(0x73, 2);
    Csrrc   "csrrc"   Csr i(0x73, 3);
    Csrrwi  "csrrwi"  Csr i(0x73, 5);
    Csrrsi  "csrrsi"  Csr i(0x73, 6);
    Csrrci  "csrrci"  Csr i(0x73, 7);
    // ---- privileged ----
    Sret    "sret"    None exact(0x1020_0073);
    Mret    "mret"    None exact(0x3020_0073);
    Wfi     "wfi"     None exact(0x1050_0073);
    SfenceVma "sfence.vma" R (0xfe00_7fffu32, 0x1200_0073u32);
    // ---- M ----
    Mul     "mul"     R  r(0x33, 0, 0x01);
    Mulh    "mulh"    R  r(0x33, 1, 0x01);
    Mulhsu  "mulhsu"  R  r(0x33, 2, 0x01);
    Mulhu   "mulhu"   R  r(0x33, 3, 0x01);
    Div     "div"     R  r(0x33, 4, 0x01);
    Divu    "divu"    R  r(0x33, 5, 0x01);
    Rem     "rem"     R  r(0x33, 6, 0x01);
    Remu    "remu"    R  r(0x33, 7, 0x01);
    Mulw    "mulw"    R  r(0x3b, 0, 0x01);
    Divw    "divw"    R  r(0x3b, 4, 0x01);
    Divuw   "divuw"   R  r(0x3b, 5, 0x01);
    Remw    "remw"    R  r(0x3b, 6, 0x01);
    Remuw   "remuw"   R  r(0x3b, 7, 0x01);
    // ---- A ----
    LrW      "lr.w"      R lr(2);
    ScW      "sc.w"      R amo(2, 0x03);
    AmoswapW "amoswap.w" R amo(2, 0x01);
    AmoaddW  "amoadd.w"  R amo(2, 0x00);
    AmoxorW  "amoxor.w"  R amo(2, 0x04);
    AmoandW  "amoand.w"  R amo(2, 0x0c);
    AmoorW   "amoor.w"   R amo(2, 0x08);
    AmominW  "amomin.w"  R amo(2, 0x10);
    AmomaxW  "amomax.w"  R amo(2, 0x14);
    AmominuW "amominu.w" R amo(2, 0x18);
    AmomaxuW "amomaxu.w" R amo(2, 0x1c);
    LrD      "lr.d"      R lr(3);
    ScD      "sc.d"      R amo(3, 0x03);
    AmoswapD "amoswap.d" R amo(3, 0x01);
    AmoaddD  "amoadd.d"  R amo(3, 0x00);
    AmoxorD  "amoxor.d"  R amo(3, 0x04);
    AmoandD  "amoand.d"  R amo(3, 0x0c);
    AmoorD   "amoor.d"   R amo(3, 0x08);
    AmominD  "amomin.d"  R amo(3, 0x10);
    AmomaxD  "amomax.d"  R amo(3, 0x14);
    AmominuD "amominu.d" R amo(3, 0x18);
    AmomaxuD "amomaxu.d" R amo(3, 0x1c);
    // ---- F ----
    Flw      "flw"       I  i(0x07, 2);
    Fsw      "fsw"       S  i(0x27, 2);
    FmaddS   "fmadd.s"   R4 r4(0x43, 0);
    FmsubS   "fmsub.s"   R4 r4(0x47, 0);
    FnmsubS  "fnmsub.s"  R4 r4(0x4b, 0);
    FnmaddS  "fnmadd.s"  R4 r4(0x4f, 0);
    FaddS    "fadd.s"    R  fp_rm(0x00);
    FsubS    "fsub.s"    R  fp_rm(0x04);
    FmulS    "fmul.s"    R  fp_rm(0x08);
    FdivS    "fdiv.s"    R  fp_rm(0x0c);
    FsqrtS   "fsqrt.s"   R  fp_rm_rs2(0x2c, 0);
    FsgnjS   "fsgnj.s"   R  fp_f3(0x10, 0);
    FsgnjnS  "fsgnjn.s"  R  fp_f3(0x10, 1);
    FsgnjxS  "fsgnjx.s"  R  fp_f3(0x10, 2);
    FminS    "fmin.s"    R  fp_f3(0x14, 0);
    FmaxS    "fmax.s"    R  fp_f3(0x14, 1);
    FcvtWS   "fcvt.w.s"  R  fp_rm_rs2(0x60, 0);
    FcvtWuS  "fcvt.wu.s" R  fp_rm_rs2(0x60, 1);
    FcvtLS   "fcvt.l.s"  R  fp_rm_rs2(0x60, 2);
    FcvtLuS  "fcvt.lu.s" R  fp_rm_rs2(0x60, 3);
    FmvXW    "fmv.x.w"   R  fp_f3_rs2(0x70, 0, 0);
    FeqS     "feq.s"     R  fp_f3(0x50, 2);
    FltS     "flt.s"     R  fp_f3(0x50, 1);
    FleS     "fle.s"     R  fp_f3(0x50, 0);
    FclassS  "fclass.s"  R  fp_f3_rs2(0x70, 1, 0);
    FcvtSW   "fcvt.s.w"  R  fp_rm_rs2(0x68, 0);
    FcvtSWu  "fcvt.s.wu" R  fp_rm_rs2(0x68, 1);
    FcvtSL   "fcvt.s.l"  R  fp_rm_rs2(0x68, 2);
    FcvtSLu  "fcvt.s.lu" R  fp_rm_rs2(0x68, 3);
    FmvWX    "fmv.w.x"   R  fp_f3_rs2(0x78, 0, 0);
    // ---- D ----
    Fld      "fld"       I  i(0x07, 3);
    Fsd      "fsd"       S  i(0x27, 3);
    FmaddD   "fmadd.d"   R4 r4(0x43, 1);
    FmsubD   "fmsub.d"   R4 r4(0x47, 1);
    FnmsubD  "fnmsub.d"  R4 r4(0x4b, 1);
    FnmaddD  "fnmadd.d"  R4 r4(0x4f, 1);
    FaddD    "fadd.d"    R  fp_rm(0x01);
    FsubD    "fsub.d"    R  fp_rm(0x05);
    FmulD    "fmul.d"    R  fp_rm(0x09);
    FdivD    "fdiv.d"    R  fp_rm(0x0d);
    FsqrtD   "fsqrt.d"   R  fp_rm_rs2(0x2d, 0);
    FsgnjD   "fsgnj.d"   R  fp_f3(0x11, 0);
    FsgnjnD  "fsgnjn.d"  R  fp_f3(0x11, 1);
    FsgnjxD  "fsgnjx.d"  R  fp_f3(0x11, 2);
    FminD    "fmin.d"    R  fp_f3(0x15, 0);
    FmaxD    "fmax.d"    R  fp_f3(0x15, 1);
    FcvtSD   "fcvt.s.d"  R  fp_rm_rs2(0x20, 1);
    FcvtDS   "fcvt.d.s"  R  fp_rm_rs2(0x21, 0);
    FeqD     "feq.d"     R  fp_f3(0x51, 2);
    FltD     "flt.d"     R  fp_f3(0x51, 1);
    FleD     "fle.d"     R  fp_f3(0x51, 0);
    FclassD  "fclass.d"  R  fp_f3_rs2(0x71, 1, 0);
    FcvtWD   "fcvt.w.d"  R  fp_rm_rs2(0x61, 0);
    FcvtWuD  "fcvt.wu.d" R  fp_rm_rs2(0x61, 1);
    FcvtLD   "fcvt.l.d"  R  fp_rm_rs2(0x61, 2);
    FcvtLuD  "fcvt.lu.d" R  fp_rm_rs2(0x61, 3);
    FmvXD    "fmv.x.d"   R  fp_f3_rs2(0x71, 0, 0);
    FcvtDW   "fcvt.d.w"  R  fp_rm_rs2(0x69, 0);
    FcvtDWu  "fcvt.d.wu" R  fp_rm_rs2(0x69, 1);
    FcvtDL   "fcvt.d.l"  R  fp_rm_rs2(0x69, 2);
    FcvtDLu  "fcvt.d.lu" R  fp_rm_rs2(0x69, 3);
    FmvDX    "fmv.d.x"   R  fp_f3_rs2(0x79, 0, 0);
}

impl Op {
    /// True for the F and D computational instructions executed by `hart::fpu`
    /// (everything in F/D except the loads and stores).
    pub fn is_fp_compute(self) -> bool {
        (self as u8) >= (Op::FmaddS as u8)
            && (self as u8) <= (Op::FmvDX as u8)
            && !matches!(self, Op::Fld | Op::Fsd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two encodings overlap if some word matches both: their fixed bits agree
    /// wherever both masks fix a bit.
    #[test]
    fn no_two_encodings_overlap() {
        for (a_idx, a) in TABLE.iter().enumerate() {
            for b in &TABLE[a_idx + 1..] {
                let common = a.mask & b.mask;
                assert!(
                    a.bits & common != b.bits & common,
                    "{} and {} can match the same word",
                    a.name,
                    b.name
                );
            }
        }
    }

    #[test]
    fn every_match_fits_its_mask() {
        for e in TABLE {
            assert_eq!(e.bits & !e.mask, 0, "{}: match bits outside mask", e.name);
            // Every 32-bit instruction has 0b11 in its low bits.
            assert_eq!(e.bits & 3, 3, "{}", e.name);
        }
    }

    #[test]
    fn table_has_every_op_once() {
        let mut seen = std::collections::HashSet::new();
        for e in TABLE {
            assert!(seen.insert(e.op), "{} listed twice", e.name);
        }
        assert_eq!(seen.len(), Op::Illegal as usize);
    }

    #[test]
    fn fp_compute_range() {
        assert!(Op::FaddS.is_fp_compute());
        assert!(Op::FmvDX.is_fp_compute());
        assert!(!Op::Flw.is_fp_compute());
        assert!(!Op::Fld.is_fp_compute());
        assert!(!Op::AmomaxuD.is_fp_compute());
    }
}
