//! The C extension (RV64C): each 16-bit instruction is expanded to the 32-bit
//! instruction it stands for and decoded through the one table, as the spec
//! defines every compressed instruction by its 32-bit expansion.
//! Reserved encodings decode as illegal; HINTs decode as the no-op they are.

use super::decode::{decode32_as, Inst};

// Builders for 32-bit instruction words, one per base format.
fn r_type(opcode: u32, rd: u32, f3: u32, rs1: u32, rs2: u32, f7: u32) -> u32 {
    f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opcode
}
fn i_type(opcode: u32, rd: u32, f3: u32, rs1: u32, imm: i32) -> u32 {
    ((imm as u32) & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opcode
}
fn s_type(opcode: u32, f3: u32, rs1: u32, rs2: u32, imm: i32) -> u32 {
    let imm = imm as u32;
    ((imm >> 5) & 0x7f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (imm & 0x1f) << 7 | opcode
}
fn b_type(f3: u32, rs1: u32, rs2: u32, imm: i32) -> u32 {
    let imm = imm as u32;
    ((imm >> 12) & 1) << 31
        | ((imm >> 5) & 0x3f) << 25
        | rs2 << 20
        | rs1 << 15
        | f3 << 12
        | ((imm >> 1) & 0xf) << 8
        | ((imm >> 11) & 1) << 7
        | 0x63
}
fn j_type(rd: u32, imm: i32) -> u32 {
    let imm = imm as u32;
    ((imm >> 20) & 1) << 31
        | ((imm >> 1) & 0x3ff) << 21
        | ((imm >> 11) & 1) << 20
        | ((imm >> 12) & 0xff) << 12
        | rd << 7
        | 0x6f
}
fn u_type(opcode: u32, rd: u32, imm20: i32) -> u32 {
    ((imm20 as u32) & 0xf_ffff) << 12 | rd << 7 | opcode
}

/// Bit `n` of `h` moved to position `to`.
fn bit(h: u32, n: u32, to: u32) -> u32 {
    ((h >> n) & 1) << to
}
/// Bits `hi..=lo` of `h` moved so that `lo` lands at `to`.
fn bits(h: u32, hi: u32, lo: u32, to: u32) -> u32 {
    ((h >> lo) & ((1 << (hi - lo + 1)) - 1)) << to
}
/// Sign-extends the low `width` bits of `v`.
fn sext(v: u32, width: u32) -> i32 {
    ((v << (32 - width)) as i32) >> (32 - width)
}

/// Expands a 16-bit instruction to its 32-bit equivalent, or `None` if the
/// encoding is reserved or illegal.
pub fn expand(h: u16) -> Option<u32> {
    let h = h as u32;
    let op = h & 3;
    let f3 = (h >> 13) & 7;
    // Full register fields (rd/rs1 at 11:7, rs2 at 6:2) and the 3-bit
    // "popular register" fields that name x8..x15 (rd'/rs1' at 9:7, rs2' at 4:2).
    let rd = (h >> 7) & 0x1f;
    let rs2 = (h >> 2) & 0x1f;
    let rdp = 8 + ((h >> 7) & 7);
    let rs2p = 8 + ((h >> 2) & 7);
    // Common immediate: imm[5] = bit 12, imm[4:0] = bits 6:2 (CI format).
    let ci_imm = sext(bit(h, 12, 5) | bits(h, 6, 2, 0), 6);
    let ci_shamt = bit(h, 12, 5) | bits(h, 6, 2, 0);
    // Load/store offsets scaled by 4 (word) and 8 (double) in the CL/CS format.
    let cl_w = bits(h, 12, 10, 3) | bit(h, 6, 2) | bit(h, 5, 6);
    let cl_d = bits(h, 12, 10, 3) | bits(h, 6, 5, 6);

    let word = match (op, f3) {
        // ---- quadrant 0 ----
        (0, 0) => {
            // C.ADDI4SPN: addi rd', sp, nzuimm
            let imm = bits(h, 12, 11, 4) | bits(h, 10, 7, 6) | bit(h, 6, 2) | bit(h, 5, 3);
            if imm == 0 {
                return None; // includes the all-zero word, defined illegal
            }
            i_type(0x13, rs2p, 0, 2, imm as i32)
        }
        (0, 1) => i_type(0x07, rs2p, 3, rdp, cl_d as i32), // C.FLD
        (0, 2) => i_type(0x03, rs2p, 2, rdp, cl_w as i32), // C.LW
        (0, 3) => i_type(0x03, rs2p, 3, rdp, cl_d as i32), // C.LD
        (0, 4) => return None,                             // reserved
        (0, 5) => s_type(0x27, 3, rdp, rs2p, cl_d as i32), // C.FSD
        (0, 6) => s_type(0x23, 2, rdp, rs2p, cl_w as i32), // C.SW
        (0, 7) => s_type(0x23, 3, rdp, rs2p, cl_d as i32), // C.SD

        // ---- quadrant 1 ----
        (1, 0) => i_type(0x13, rd, 0, rd, ci_imm), // C.ADDI (C.NOP when rd = 0)
        (1, 1) => {
            // C.ADDIW (RV64); rd = 0 is reserved
            if rd == 0 {
                return None;
            }
            i_type(0x1b, rd, 0, rd, ci_imm)
        }
        (1, 2) => i_type(0x13, rd, 0, 0, ci_imm), // C.LI
        (1, 3) if rd == 2 => {
            // C.ADDI16SP: addi sp, sp, nzimm
            let imm = sext(
                bit(h, 12, 9) | bit(h, 6, 4) | bit(h, 5, 6) | bits(h, 4, 3, 7) | bit(h, 2, 5),
                10,
            );
            if imm == 0 {
                return None;
            }
            i_type(0x13, 2, 0, 2, imm)
        }
        (1, 3) => {
            // C.LUI: nzimm[17:12]
            if ci_imm == 0 {
                return None;
            }
            u_type(0x37, rd, ci_imm)
        }
        (1, 4) => {
            let rs1p = rdp;
            match (h >> 10) & 3 {
                0 => i_type(0x13, rs1p, 5, rs1p, ci_shamt as i32), // C.SRLI
                1 => i_type(0x13, rs1p, 5, rs1p, (ci_shamt | 0x400) as i32), // C.SRAI
                2 => i_type(0x13, rs1p, 7, rs1p, ci_imm),          // C.ANDI
                _ => {
                    let (f3, f7, opcode) = match (bit(h, 12, 0), (h >> 5) & 3) {
                        (0, 0) => (0, 0x20, 0x33), // C.SUB
                        (0, 1) => (4, 0x00, 0x33), // C.XOR
                        (0, 2) => (6, 0x00, 0x33), // C.OR
                        (0, 3) => (7, 0x00, 0x33), // C.AND
                        (1, 0) => (0, 0x20, 0x3b), // C.SUBW
                        (1, 1) => (0, 0x00, 0x3b), // C.ADDW
                        _ => return None,          // reserved
                    };
                    r_type(opcode, rs1p, f3, rs1p, rs2p, f7)
                }
            }
        }
        (1, 5) => {
            // C.J: jal x0, offset
            let imm = bit(h, 12, 11)
                | bit(h, 11, 4)
                | bits(h, 10, 9, 8)
                | bit(h, 8, 10)
                | bit(h, 7, 6)
                | bit(h, 6, 7)
                | bits(h, 5, 3, 1)
                | bit(h, 2, 5);
            j_type(0, sext(imm, 12))
        }
        (1, 6) | (1, 7) => {
            // C.BEQZ / C.BNEZ: b{eq,ne} rs1', x0, offset
            let imm = bit(h, 12, 8)
                | bits(h, 11, 10, 3)
                | bits(h, 6, 5, 6)
                | bits(h, 4, 3, 1)
                | bit(h, 2, 5);
            b_type(f3 - 6, rdp, 0, sext(imm, 9))
        }

        // ---- quadrant 2 ----
        (2, 0) => i_type(0x13, rd, 1, rd, ci_shamt as i32), // C.SLLI
        (2, 1) => {
            // C.FLDSP
            let imm = bit(h, 12, 5) | bits(h, 6, 5, 3) | bits(h, 4, 2, 6);
            i_type(0x07, rd, 3, 2, imm as i32)
        }
        (2, 2) => {
            // C.LWSP; rd = 0 is reserved
            if rd == 0 {
                return None;
            }
            let imm = bit(h, 12, 5) | bits(h, 6, 4, 2) | bits(h, 3, 2, 6);
            i_type(0x03, rd, 2, 2, imm as i32)
        }
        (2, 3) => {
            // C.LDSP; rd = 0 is reserved
            if rd == 0 {
                return None;
            }
            let imm = bit(h, 12, 5) | bits(h, 6, 5, 3) | bits(h, 4, 2, 6);
            i_type(0x03, rd, 3, 2, imm as i32)
        }
        (2, 4) => match (bit(h, 12, 0), rd, rs2) {
            (0, 0, 0) => return None,                     // C.JR with rs1 = 0
            (0, _, 0) => i_type(0x67, 0, 0, rd, 0),       // C.JR
            (0, _, _) => r_type(0x33, rd, 0, 0, rs2, 0),  // C.MV
            (_, 0, 0) => 0x0010_0073,                     // C.EBREAK
            (_, _, 0) => i_type(0x67, 1, 0, rd, 0),       // C.JALR
            (_, _, _) => r_type(0x33, rd, 0, rd, rs2, 0), // C.ADD
        },
        (2, 5) => {
            // C.FSDSP
            let imm = bits(h, 12, 10, 3) | bits(h, 9, 7, 6);
            s_type(0x27, 3, 2, rs2, imm as i32)
        }
        (2, 6) => {
            // C.SWSP
            let imm = bits(h, 12, 9, 2) | bits(h, 8, 7, 6);
            s_type(0x23, 2, 2, rs2, imm as i32)
        }
        (2, 7) => {
            // C.SDSP
            let imm = bits(h, 12, 10, 3) | bits(h, 9, 7, 6);
            s_type(0x23, 3, 2, rs2, imm as i32)
        }
        _ => return None,
    };
    Some(word)
}

/// Decodes a 16-bit instruction.
pub fn decode16(h: u16) -> Inst {
    match expand(h) {
        Some(w) => decode32_as(w, h as u32, 2),
        None => Inst::illegal(h as u32, 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::isa::table::Op;

    // Expected expansions cross-checked against the GNU assembler's encodings
    // (riscv64-unknown-elf-as, `objdump -d -M no-aliases`).
    #[test]
    fn expansions() {
        // c.addi4spn a0, sp, 16 = 0x0808 -> addi a0, sp, 16
        assert_eq!(expand(0x0808), Some(0x0101_0513));
        // c.li a0, -1 = 0x557d -> addi a0, x0, -1
        assert_eq!(expand(0x557d), Some(0xfff0_0513));
        // c.addi16sp sp, -64 = 0x7139 -> addi sp, sp, -64
        assert_eq!(expand(0x7139), Some(0xfc01_0113));
        // c.sdsp ra, 56(sp) = 0xfc06 -> sd ra, 56(sp)
        assert_eq!(expand(0xfc06), Some(0x0211_3c23));
        // c.ldsp ra, 56(sp) = 0x70e2 -> ld ra, 56(sp)
        assert_eq!(expand(0x70e2), Some(0x0381_3083));
        // c.jr ra = 0x8082 -> jalr x0, 0(ra)
        assert_eq!(expand(0x8082), Some(0x0000_8067));
        // c.mv a0, a1 = 0x852e -> add a0, x0, a1
        assert_eq!(expand(0x852e), Some(0x00b0_0533));
        // c.ebreak
        assert_eq!(expand(0x9002), Some(0x0010_0073));
    }

    #[test]
    fn reserved_encodings_are_illegal() {
        assert_eq!(decode16(0x0000).op, Op::Illegal); // all zeros
        assert_eq!(decode16(0x6101).op, Op::Illegal); // c.addi16sp 0
        assert_eq!(decode16(0x8002).op, Op::Illegal); // c.jr x0
        assert_eq!(decode16(0x4002).op, Op::Illegal); // c.lwsp x0
        assert_eq!(decode16(0x2001).op, Op::Illegal); // c.addiw x0
    }

    #[test]
    fn compressed_keeps_raw_and_len() {
        let i = decode16(0x852e);
        assert_eq!(
            (i.op, i.len, i.raw, i.rd, i.rs1, i.rs2),
            (Op::Add, 2, 0x852e, 10, 0, 11)
        );
    }
}
