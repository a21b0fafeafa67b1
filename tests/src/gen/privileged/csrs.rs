//! The CSRs the privileged programs read and write, what values they may
//! write, and which bits of a read are comparable between two correct
//! machines (privileged spec v1.12).
//!
//! Two kinds of restriction, each with its reason beside it:
//! - *writes* stay inside what the spec defines, so that a WARL/WLRL field
//!   never receives a value whose result the spec leaves open, and never
//!   touch a field where QEMU 7.2 deviates from the spec in a way that would
//!   change later behaviour (mstatus.MPP = 2, UXL, VS, MPRV);
//! - *reads* are masked where the implementations legitimately differ:
//!   QEMU's `virt` CPU implements the H and Sscofpmf extensions, which rvlab
//!   does not, and it keeps a few bits the spec says are zero.

use crate::rng::Rng;

/// The standard interrupt bits of mip/mie/mideleg: SSI, MSI, STI, MTI, SEI,
/// MEI (privileged spec 3.1.9). QEMU also has the H extension's VSSI/VSTI/
/// VSEI/SGEI bits (mideleg reads them as 1) and Sscofpmf's LCOFI: extensions
/// rvlab need not have, so they are masked out of every read and never written.
pub const IRQ_BITS: u64 = 0xaaa;
/// The supervisor interrupt bits (SSI, STI, SEI): all sip/sie defines here.
pub const S_IRQ_BITS: u64 = 0x222;
/// mie.MSIE, which the programs keep set: the S-mode handler reaches M-mode
/// at the end of a program through a machine software interrupt (see `frame`).
pub const MSIE: u64 = 1 << 3;

/// medeleg bits compared: the exceptions that exist without the H
/// extension (0-9, 12, 13, 15). Bit 11 (ecall from M) "should" be
/// read-only zero (3.1.8) and QEMU makes it writable; bit 10 and 20-23 are
/// the H extension's.
pub const MEDELEG_READ: u64 = 0xb3ff;

/// mstatus fields (3.1.6).
pub mod ms {
    pub const SIE: u64 = 1 << 1;
    pub const MIE: u64 = 1 << 3;
    pub const SPIE: u64 = 1 << 5;
    pub const UBE: u64 = 1 << 6;
    pub const MPIE: u64 = 1 << 7;
    pub const SPP: u64 = 1 << 8;
    pub const MPP: u64 = 3 << 11;
    pub const MPP_LO: u64 = 1 << 11;
    pub const MPP_HI: u64 = 1 << 12;
    pub const FS: u64 = 3 << 13;
    pub const XS: u64 = 3 << 15;
    pub const MPRV: u64 = 1 << 17;
    pub const SUM: u64 = 1 << 18;
    pub const MXR: u64 = 1 << 19;
    pub const TVM: u64 = 1 << 20;
    pub const TW: u64 = 1 << 21;
    pub const TSR: u64 = 1 << 22;
    /// UXL = SXL = 2 (64-bit).
    pub const XL64: u64 = 0xa << 32;
    pub const SBE: u64 = 1 << 36;
    pub const MBE: u64 = 1 << 37;
    pub const SD: u64 = 1 << 63;
}

/// mstatus bits a random write may set. Left out, with the reason:
/// - VS (10:9): "may optionally be read-only zero" without the V extension
///   (3.1.6.6); QEMU makes it writable, and VS = 3 would also set SD;
/// - UXL/SXL (35:32): QEMU 7.2 makes UXL writable and accepts the reserved
///   value 3 (3.1.6.2 allows only legal values), so writes keep both at 2;
/// - MPRV: QEMU 7.2 does not clear it when mret/sret leave M-mode, which the
///   v1.12 spec requires (3.1.6.1, "If xPP != M, xRET also sets MPRV = 0");
///   only the MPRV window unit sets it, and clears it again before leaving;
/// - TSR: the S-mode handler returns with sret, which TSR makes illegal;
///   only programs with `Flavor::tsr` set it (M-mode then emulates the sret);
/// - the H extension's MPV/GVA and the WPRI fields.
pub const MSTATUS_WRITE: u64 = ms::SIE
    | ms::MIE
    | ms::SPIE
    | ms::UBE
    | ms::MPIE
    | ms::SPP
    | ms::MPP
    | ms::FS
    | ms::XS
    | ms::SUM
    | ms::MXR
    | ms::TVM
    | ms::TW
    | ms::SBE
    | ms::MBE
    | ms::SD;
/// sstatus bits a random write may set (the sstatus view of the above).
pub const SSTATUS_WRITE: u64 =
    ms::SIE | ms::SPIE | ms::UBE | ms::SPP | ms::FS | ms::XS | ms::SUM | ms::MXR | ms::SD;

/// How a CSR instruction changes the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// csrrw/csrrwi: the value.
    Write,
    /// csrrs/csrrsi: set these bits.
    Set,
    /// csrrc/csrrci: clear these bits.
    Clear,
}

impl Op {
    pub fn mnemonic(self, imm: bool) -> &'static str {
        match (self, imm) {
            (Op::Write, false) => "csrrw",
            (Op::Set, false) => "csrrs",
            (Op::Clear, false) => "csrrc",
            (Op::Write, true) => "csrrwi",
            (Op::Set, true) => "csrrsi",
            (Op::Clear, true) => "csrrci",
        }
    }
}

/// What the programs may write to a CSR.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Mstatus,
    Sstatus,
    /// mie: standard bits, MSIE always kept set.
    Mie,
    /// mip and mideleg: standard interrupt bits.
    Irq,
    /// sie and sip: the supervisor interrupt bits.
    SIrq,
    Medeleg,
    /// mcounteren/scounteren: 32-bit registers (3.1.11, 4.1.5); QEMU 7.2
    /// keeps 64 bits, so reads are masked to the low 32.
    Counteren,
    /// mepc/sepc/mtval/stval: WARL registers that must hold every valid
    /// address (3.1.14, 3.1.16); written with valid Sv39-style addresses
    /// only. Reads of xepc are masked with !1: QEMU 7.2 keeps bit 0 of an
    /// odd value, which the spec says is always zero (3.1.14).
    Address,
    /// mcause/scause: the Exception Code is WLRL (3.1.15), so only codes
    /// the machine can produce are written.
    Mcause,
    Scause,
    /// mscratch/sscratch: any value.
    Any,
    /// mtvec/stvec: written by the `tvec` units only, always restored.
    Tvec,
    /// satp: only Bare (0); other modes describe the MMU (excluded by design).
    Satp,
    /// Read-only (mhartid): any write is an illegal instruction.
    ReadOnly,
}

/// One CSR: name (as the assembler spells it), kind, read mask.
#[derive(Debug, Clone, Copy)]
pub struct Csr {
    pub name: &'static str,
    pub kind: Kind,
    /// Bits of a read that are compared (see the module comment).
    pub read_mask: u64,
}

const ALL: u64 = u64::MAX;

/// The CSRs the random programs use.
#[rustfmt::skip]
pub const CSRS: &[Csr] = &[
    Csr { name: "mstatus", kind: Kind::Mstatus, read_mask: ALL },
    Csr { name: "sstatus", kind: Kind::Sstatus, read_mask: ALL },
    Csr { name: "mie", kind: Kind::Mie, read_mask: IRQ_BITS },
    Csr { name: "sie", kind: Kind::SIrq, read_mask: IRQ_BITS },
    Csr { name: "mip", kind: Kind::Irq, read_mask: IRQ_BITS },
    Csr { name: "sip", kind: Kind::SIrq, read_mask: IRQ_BITS },
    Csr { name: "mideleg", kind: Kind::Irq, read_mask: IRQ_BITS },
    Csr { name: "medeleg", kind: Kind::Medeleg, read_mask: MEDELEG_READ },
    Csr { name: "mscratch", kind: Kind::Any, read_mask: ALL },
    Csr { name: "sscratch", kind: Kind::Any, read_mask: ALL },
    Csr { name: "mepc", kind: Kind::Address, read_mask: !1 },
    Csr { name: "sepc", kind: Kind::Address, read_mask: !1 },
    Csr { name: "mcause", kind: Kind::Mcause, read_mask: ALL },
    Csr { name: "scause", kind: Kind::Scause, read_mask: ALL },
    Csr { name: "mtval", kind: Kind::Address, read_mask: ALL },
    Csr { name: "stval", kind: Kind::Address, read_mask: ALL },
    Csr { name: "mtvec", kind: Kind::Tvec, read_mask: ALL },
    Csr { name: "stvec", kind: Kind::Tvec, read_mask: ALL },
    Csr { name: "mcounteren", kind: Kind::Counteren, read_mask: 0xffff_ffff },
    Csr { name: "scounteren", kind: Kind::Counteren, read_mask: 0xffff_ffff },
    Csr { name: "satp", kind: Kind::Satp, read_mask: ALL },
    Csr { name: "mhartid", kind: Kind::ReadOnly, read_mask: ALL },
];

/// The CSR named `name`.
pub fn csr(name: &str) -> &'static Csr {
    CSRS.iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no CSR {name}"))
}

/// Per-program choices that widen what random writes may do.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flavor {
    /// mstatus.TSR may be set; medeleg never delegates illegal instructions,
    /// so the S handler's trapping sret reaches M-mode, which emulates it.
    pub tsr: bool,
    /// AMOs fault (misaligned, unmapped, PMP-denied). QEMU 7.2 reports
    /// these as load faults (causes 4 and 5) where the A extension says
    /// store/AMO faults (6 and 7), so the handlers log an AMO's cause as
    /// 6/7 and medeleg keeps bit 4 equal to bit 6 and bit 5 equal to bit 7,
    /// so that both machines at least pick the same handler.
    pub amo_faults: bool,
    /// The guard page's PMP entry is locked (3.7.1), so it binds M-mode
    /// too: M-mode loads, stores and fetches there fault as well.
    pub locked_guard: bool,
}

/// An address-like value: one that every implementation's WARL xepc/xtval
/// must hold (a valid Sv39 virtual address: bits 63:39 equal to bit 38), or
/// a value near the program.
pub fn address_value(rng: &mut Rng) -> u64 {
    match rng.below(4) {
        0 => 0x8000_0000 + rng.below(0x4000) * 2,
        1 => canonical_sv39(rng.below(1 << 39)),
        2 => *rng.pick(&[0, 2, 4, 0x3f_ffff_fffe, 0xffff_ffc0_0000_0000, u64::MAX - 1]),
        _ => rng.below(1 << 38),
    }
}

/// Makes a value canonical for Sv39: bits 63:39 copy bit 38.
fn canonical_sv39(v: u64) -> u64 {
    ((v << 25) as i64 >> 25) as u64
}

/// Legal mcause values (WLRL): the standard exception codes and interrupts.
const MCAUSE_CODES: &[u64] = &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15];
const SCAUSE_CODES: &[u64] = &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 15];
const INTERRUPT: u64 = 1 << 63;

/// MPP bits a csrs/csrc mask may hold so that MPP never becomes the
/// reserved value 2 (QEMU 7.2 stores it; MPP is WARL, 3.1.6.1): setting
/// bit 12 alone could turn U into 2, clearing bit 11 alone could turn M into 2.
fn mpp_mask(rng: &mut Rng, op: Op) -> u64 {
    match (op, rng.below(3)) {
        (_, 0) => 0,
        (_, 1) => ms::MPP,
        (Op::Set, _) => ms::MPP_LO,
        (Op::Clear, _) => ms::MPP_HI,
        (Op::Write, _) => unreachable!("mpp_mask is for csrs/csrc"),
    }
}

/// A random privilege-mode value for MPP: U, S or M (never 2).
pub fn mpp_value(rng: &mut Rng) -> u64 {
    *rng.pick(&[0, 1, 3]) << 11
}

/// A random value for `op` on `kind`, following the write rules above.
/// `imm` asks for a 5-bit value (csrr*i), possibly zero.
pub fn value(rng: &mut Rng, kind: Kind, op: Op, imm: bool, flavor: Flavor) -> u64 {
    let v = value_unchecked(rng, kind, op, imm, flavor);
    assert!(!imm || v < 32, "{kind:?} immediate {v}");
    v
}

fn value_unchecked(rng: &mut Rng, kind: Kind, op: Op, imm: bool, flavor: Flavor) -> u64 {
    let raw = if imm { rng.below(32) } else { random_bits(rng) };
    match kind {
        Kind::Mstatus | Kind::Sstatus => {
            let (allowed, is_m) = match kind {
                Kind::Mstatus if flavor.tsr => (MSTATUS_WRITE | ms::TSR, true),
                Kind::Mstatus => (MSTATUS_WRITE, true),
                _ => (SSTATUS_WRITE, false),
            };
            let mut v = raw & allowed & !ms::MPP;
            match op {
                // UXL/SXL (and SXL, absent from sstatus: WPRI there) stay 2.
                Op::Write if imm => {}
                Op::Write => {
                    v |= if is_m { ms::XL64 } else { 2 << 32 };
                    if is_m {
                        v |= mpp_value(rng);
                    }
                }
                Op::Set | Op::Clear if is_m && !imm => v |= mpp_mask(rng, op),
                _ => {}
            }
            v
        }
        Kind::Mie => match op {
            Op::Write => (raw & IRQ_BITS) | MSIE,
            Op::Set => raw & IRQ_BITS,
            Op::Clear => raw & IRQ_BITS & !MSIE,
        },
        Kind::Irq => raw & IRQ_BITS,
        Kind::SIrq => raw & S_IRQ_BITS,
        Kind::Medeleg => {
            let mut v = raw & 0xffff;
            if flavor.tsr {
                v &= !(1 << 2);
            }
            if flavor.amo_faults && imm {
                // Bits 6 and 7 are out of an immediate's reach: 4 and 5 stay clear.
                v &= !0x30;
            } else if flavor.amo_faults {
                // Bits 6 and 7 copy bits 4 and 5.
                v = (v & !0xc0) | (v & 0x30) << 2;
            }
            v
        }
        Kind::Counteren | Kind::Any => raw,
        Kind::Address if imm => raw,
        Kind::Address => address_value(rng),
        Kind::Mcause | Kind::Scause if op != Op::Write => 0, // no partial codes
        Kind::Mcause => cause_value(rng, MCAUSE_CODES, &[1, 3, 5, 7, 9, 11], imm),
        Kind::Scause => cause_value(rng, SCAUSE_CODES, &[1, 5, 9], imm),
        Kind::Tvec => {
            // Mode 0 (direct) or 1 (vectored); 2 and 3 are reserved and
            // their WARL result is the implementation's choice (3.1.7).
            let v = if imm { raw } else { address_value(rng) };
            v & !2
        }
        Kind::Satp => 0,
        // A non-zero value: csrrs/csrrc with a zero register value on a
        // read-only CSR must trap by the spec (Zicsr: "will attempt to
        // write"), but QEMU 7.2 does not trap.
        Kind::ReadOnly => raw | 1,
    }
}

fn cause_value(rng: &mut Rng, exceptions: &[u64], interrupts: &[u64], imm: bool) -> u64 {
    if !imm && rng.chance(1, 3) {
        INTERRUPT | *rng.pick(interrupts)
    } else {
        *rng.pick(exceptions)
    }
}

/// Random bits with structure: all ones, all zeros, single bits, or noise.
fn random_bits(rng: &mut Rng) -> u64 {
    match rng.below(6) {
        0 => u64::MAX,
        1 => 0,
        2 => 1 << rng.below(64),
        _ => rng.next_u64(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_respect_the_rules() {
        let mut rng = Rng::new(1);
        let flavor = Flavor::default();
        for _ in 0..2000 {
            for op in [Op::Write, Op::Set, Op::Clear] {
                let imm = rng.chance(1, 4);
                let v = value(&mut rng, Kind::Mstatus, op, imm, flavor);
                assert_eq!(v & (ms::MPRV | ms::TSR | 3 << 9), 0, "{v:#x}");
                if op == Op::Write && !imm {
                    assert_eq!(v & (0xf << 32), ms::XL64);
                    assert_ne!(v & ms::MPP, 2 << 11);
                }
                if op == Op::Set {
                    assert_ne!(v & ms::MPP, ms::MPP_HI, "set bit 12 alone");
                }
                if op == Op::Clear {
                    assert_ne!(v & ms::MPP, ms::MPP_LO, "clear bit 11 alone");
                }
                let m = value(&mut rng, Kind::Mie, op, imm, flavor);
                match op {
                    Op::Write => assert_ne!(m & MSIE, 0),
                    Op::Clear => assert_eq!(m & MSIE, 0),
                    Op::Set => {}
                }
                assert_eq!(m & !IRQ_BITS, 0);
                let a = value(&mut rng, Kind::Address, op, false, flavor);
                assert_eq!(a, canonical_sv39(a), "{a:#x}");
                assert_ne!(value(&mut rng, Kind::Tvec, op, imm, flavor) & 3, 2);
            }
        }
        let amo = Flavor {
            amo_faults: true,
            tsr: true,
            locked_guard: false,
        };
        for _ in 0..200 {
            let d = value(&mut rng, Kind::Medeleg, Op::Write, false, amo);
            assert_eq!(d >> 4 & 3, d >> 6 & 3);
            assert_eq!(d & 4, 0);
        }
    }
}
