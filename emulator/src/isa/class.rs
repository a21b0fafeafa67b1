//! Instruction classes: the groups the timing model gives a base cost to.

use super::table::Op;

/// What kind of work an instruction does, for the timing model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InstClass {
    Alu,
    Mul,
    Div,
    Load,
    Store,
    /// Conditional branches; taken/not taken and prediction are dynamic.
    Branch,
    /// jal/jalr.
    Jump,
    Csr,
    Fence,
    Amo,
    FpAdd,
    FpMul,
    FpFma,
    FpDiv,
    FpSqrt,
    /// Moves, sign injection, compares, classify, conversions.
    FpMisc,
    /// ecall/ebreak/xret/wfi/sfence.vma: costed as traps or fences.
    System,
}

impl InstClass {
    /// The class of `op`.
    pub fn of(op: Op) -> InstClass {
        use Op::*;
        match op {
            Mul | Mulh | Mulhsu | Mulhu | Mulw => InstClass::Mul,
            Div | Divu | Rem | Remu | Divw | Divuw | Remw | Remuw => InstClass::Div,
            Lb | Lh | Lw | Ld | Lbu | Lhu | Lwu | Flw | Fld | LrW | LrD => InstClass::Load,
            Sb | Sh | Sw | Sd | Fsw | Fsd | ScW | ScD => InstClass::Store,
            Beq | Bne | Blt | Bge | Bltu | Bgeu => InstClass::Branch,
            Jal | Jalr => InstClass::Jump,
            Csrrw | Csrrs | Csrrc | Csrrwi | Csrrsi | Csrrci => InstClass::Csr,
            Fence | FenceI => InstClass::Fence,
            AmoswapW | AmoaddW | AmoxorW | AmoandW | AmoorW | AmominW | AmomaxW | AmominuW
            | AmomaxuW | AmoswapD | AmoaddD | AmoxorD | AmoandD | AmoorD | AmominD | AmomaxD
            | AmominuD | AmomaxuD => InstClass::Amo,
            FaddS | FsubS | FaddD | FsubD => InstClass::FpAdd,
            FmulS | FmulD => InstClass::FpMul,
            FmaddS | FmsubS | FnmsubS | FnmaddS | FmaddD | FmsubD | FnmsubD | FnmaddD => {
                InstClass::FpFma
            }
            FdivS | FdivD => InstClass::FpDiv,
            FsqrtS | FsqrtD => InstClass::FpSqrt,
            Ecall | Ebreak | Mret | Sret | Wfi | SfenceVma => InstClass::System,
            op if op.is_fp_compute() => InstClass::FpMisc,
            _ => InstClass::Alu,
        }
    }

    /// True for loads (their result may stall the next instruction).
    pub fn is_load(self) -> bool {
        self == InstClass::Load
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::isa::table::TABLE;

    #[test]
    fn every_op_has_a_sensible_class() {
        for e in TABLE {
            let c = InstClass::of(e.op);
            if e.name.starts_with("amo") {
                assert_eq!(c, InstClass::Amo, "{}", e.name);
            }
            if e.name.starts_with('b') {
                assert_eq!(c, InstClass::Branch, "{}", e.name);
            }
            if e.name.starts_with("fcvt") || e.name.starts_with("fmv") {
                assert_eq!(c, InstClass::FpMisc, "{}", e.name);
            }
        }
        assert_eq!(InstClass::of(Op::Add), InstClass::Alu);
        assert_eq!(InstClass::of(Op::Lui), InstClass::Alu);
        assert_eq!(InstClass::of(Op::Fld), InstClass::Load);
    }
}
