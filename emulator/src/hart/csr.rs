//! Control and status registers: the CSR file, its WARL rules, and the
//! privilege and read-only checks on every CSR instruction (Zicsr, Zicntr,
//! and the privileged spec's CSR listing).

use super::trap::irq;
use super::Privilege;

/// CSR numbers used by the hart, named as in the privileged spec.
pub mod addr {
    pub const FFLAGS: u16 = 0x001;
    pub const FRM: u16 = 0x002;
    pub const FCSR: u16 = 0x003;
    pub const SSTATUS: u16 = 0x100;
    pub const SIE: u16 = 0x104;
    pub const STVEC: u16 = 0x105;
    pub const SCOUNTEREN: u16 = 0x106;
    pub const SENVCFG: u16 = 0x10a;
    pub const SSCRATCH: u16 = 0x140;
    pub const SEPC: u16 = 0x141;
    pub const SCAUSE: u16 = 0x142;
    pub const STVAL: u16 = 0x143;
    pub const SIP: u16 = 0x144;
    pub const STIMECMP: u16 = 0x14d;
    pub const SATP: u16 = 0x180;
    pub const MSTATUS: u16 = 0x300;
    pub const MISA: u16 = 0x301;
    pub const MEDELEG: u16 = 0x302;
    pub const MIDELEG: u16 = 0x303;
    pub const MIE: u16 = 0x304;
    pub const MTVEC: u16 = 0x305;
    pub const MCOUNTEREN: u16 = 0x306;
    pub const MENVCFG: u16 = 0x30a;
    pub const MCOUNTINHIBIT: u16 = 0x320;
    pub const MSCRATCH: u16 = 0x340;
    pub const MEPC: u16 = 0x341;
    pub const MCAUSE: u16 = 0x342;
    pub const MTVAL: u16 = 0x343;
    pub const MIP: u16 = 0x344;
    pub const PMPCFG0: u16 = 0x3a0;
    pub const PMPADDR0: u16 = 0x3b0;
    pub const MCYCLE: u16 = 0xb00;
    pub const MINSTRET: u16 = 0xb02;
    pub const CYCLE: u16 = 0xc00;
    pub const TIME: u16 = 0xc01;
    pub const INSTRET: u16 = 0xc02;
    pub const MVENDORID: u16 = 0xf11;
    pub const MARCHID: u16 = 0xf12;
    pub const MIMPID: u16 = 0xf13;
    pub const MHARTID: u16 = 0xf14;
    pub const MCONFIGPTR: u16 = 0xf15;
}

/// mstatus fields.
pub mod mstatus {
    pub const SIE_BIT: u64 = 1;
    pub const MIE_BIT: u64 = 3;
    pub const SPIE_BIT: u64 = 5;
    pub const MPIE_BIT: u64 = 7;
    pub const MPP_SHIFT: u64 = 11;
    pub const SIE: u64 = 1 << SIE_BIT;
    pub const MIE: u64 = 1 << MIE_BIT;
    pub const SPIE: u64 = 1 << SPIE_BIT;
    pub const MPIE: u64 = 1 << MPIE_BIT;
    pub const SPP: u64 = 1 << 8;
    pub const MPP: u64 = 3 << MPP_SHIFT;
    pub const FS: u64 = 3 << 13;
    pub const FS_DIRTY: u64 = 3 << 13;
    pub const XS: u64 = 3 << 15;
    pub const MPRV: u64 = 1 << 17;
    pub const SUM: u64 = 1 << 18;
    pub const MXR: u64 = 1 << 19;
    pub const TVM: u64 = 1 << 20;
    pub const TW: u64 = 1 << 21;
    pub const TSR: u64 = 1 << 22;
    /// UXL and SXL: both fixed at 2 (64-bit).
    pub const UXL_SXL: u64 = 2 << 32 | 2 << 34;
    pub const SD: u64 = 1 << 63;
    /// Bits software can write in mstatus.
    pub const WRITABLE: u64 =
        SIE | MIE | SPIE | MPIE | SPP | MPP | FS | MPRV | SUM | MXR | TVM | TW | TSR;
    /// The subset visible through sstatus.
    pub const SSTATUS_MASK: u64 = SIE | SPIE | SPP | FS | XS | SUM | MXR | (3 << 32) | SD;
}

/// The misa bit of extension `letter`.
const fn ext(letter: u8) -> u64 {
    1 << (letter - b'A')
}

/// misa: MXL = 64-bit, extensions I M A F D C S U.
pub const MISA_VALUE: u64 = 2 << 62
    | ext(b'A')
    | ext(b'C')
    | ext(b'D')
    | ext(b'F')
    | ext(b'I')
    | ext(b'M')
    | ext(b'S')
    | ext(b'U');

/// Exceptions that can be delegated (all but ecall from M, code 11).
const MEDELEG_WRITABLE: u64 = 0xb3ff;
/// Supervisor interrupts that can be delegated.
const MIDELEG_WRITABLE: u64 = 1 << irq::SSI | 1 << irq::STI | 1 << irq::SEI;
/// Interrupt enables that exist.
const MIE_WRITABLE: u64 = MIDELEG_WRITABLE | 1 << irq::MSI | 1 << irq::MTI | 1 << irq::MEI;
/// Pending bits M-mode software may write (the others follow devices).
const MIP_WRITABLE: u64 = MIDELEG_WRITABLE;
/// Number of PMP entries.
pub const PMP_ENTRIES: usize = 16;

/// The architectural CSR state of one hart (the counters live in the hart).
#[derive(Clone, Debug)]
pub struct CsrFile {
    pub mhartid: u64,
    pub mstatus: u64,
    pub medeleg: u64,
    pub mideleg: u64,
    pub mie: u64,
    pub mip: u64,
    pub mtvec: u64,
    pub mscratch: u64,
    pub mepc: u64,
    pub mcause: u64,
    pub mtval: u64,
    pub mcounteren: u64,
    pub mcountinhibit: u64,
    pub menvcfg: u64,
    pub stvec: u64,
    pub sscratch: u64,
    pub sepc: u64,
    pub scause: u64,
    pub stval: u64,
    pub scounteren: u64,
    pub senvcfg: u64,
    pub satp: u64,
    /// Sstc: supervisor timer compare.
    pub stimecmp: u64,
    pub pmpcfg: [u8; PMP_ENTRIES],
    pub pmpaddr: [u64; PMP_ENTRIES],
    /// Accrued FP exceptions (fcsr[4:0]).
    pub fflags: u8,
    /// Dynamic rounding mode (fcsr[7:5]).
    pub frm: u8,
}

impl CsrFile {
    /// Reset state: M-mode, everything off, FP unit off (FS = 0).
    pub fn new(hartid: u64) -> CsrFile {
        CsrFile {
            mhartid: hartid,
            mstatus: mstatus::UXL_SXL,
            medeleg: 0,
            mideleg: 0,
            mie: 0,
            mip: 0,
            mtvec: 0,
            mscratch: 0,
            mepc: 0,
            mcause: 0,
            mtval: 0,
            mcounteren: 0,
            mcountinhibit: 0,
            menvcfg: 0,
            stvec: 0,
            sscratch: 0,
            sepc: 0,
            scause: 0,
            stval: 0,
            scounteren: 0,
            senvcfg: 0,
            satp: 0,
            stimecmp: u64::MAX,
            pmpcfg: [0; PMP_ENTRIES],
            pmpaddr: [0; PMP_ENTRIES],
            fflags: 0,
            frm: 0,
        }
    }

    /// mstatus as software reads it, with SD summarising FS/XS.
    pub fn read_mstatus(&self) -> u64 {
        let s = self.mstatus;
        if s & mstatus::FS == mstatus::FS_DIRTY || s & mstatus::XS == mstatus::XS {
            s | mstatus::SD
        } else {
            s
        }
    }

    fn write_mstatus(&mut self, value: u64) {
        let mut v = value & mstatus::WRITABLE;
        // MPP is WARL over the implemented modes M, S, U; 2 is reserved: keep the old value.
        if v & mstatus::MPP == 2 << mstatus::MPP_SHIFT {
            v = (v & !mstatus::MPP) | (self.mstatus & mstatus::MPP);
        }
        self.mstatus = v | mstatus::UXL_SXL;
    }

    /// True when the FP unit is on (mstatus.FS != Off).
    #[inline(always)]
    pub fn fp_enabled(&self) -> bool {
        self.mstatus & mstatus::FS != 0
    }

    /// True when Sstc is on (menvcfg.STCE): STIP follows stimecmp.
    pub fn sstc_enabled(&self) -> bool {
        self.menvcfg >> 63 & 1 == 1
    }

    /// With Sstc on, STIP is `time >= stimecmp` (and not writable).
    pub fn update_stip(&mut self, time: u64) {
        if self.sstc_enabled() {
            let stip = (time >= self.stimecmp) as u64;
            self.mip = (self.mip & !(1 << irq::STI)) | stip << irq::STI;
        }
    }

    /// Marks the FP state dirty after an instruction wrote it.
    #[inline(always)]
    pub fn set_fs_dirty(&mut self) {
        self.mstatus |= mstatus::FS_DIRTY;
    }
}

/// Values the CSR instructions see that live outside the CSR file.
pub struct Counters {
    pub cycle: u64,
    pub instret: u64,
    pub time: u64,
    /// The event counters behind mhpmcounter3.. (and hpmcounter3..), in
    /// order: iTLB misses, dTLB misses, page-table walks, L1I misses, L1D
    /// misses (the cache ones count with the timing model on). The others
    /// read 0.
    pub hpm: [u64; HPM_EVENTS],
}

/// How many hpm counters count something (mhpmcounter3 onwards).
pub const HPM_EVENTS: usize = 5;

/// Why a CSR access is refused: always an illegal-instruction exception.
#[derive(Debug, PartialEq, Eq)]
pub struct CsrFault;

/// Lowest privilege that may access `csr` (bits 9:8 of the number).
fn required_privilege(csr: u16) -> u64 {
    (csr as u64 >> 8) & 3
}

/// True if the CSR is read-only (bits 11:10 = 0b11).
pub fn is_read_only(csr: u16) -> bool {
    csr >> 10 == 3
}

impl CsrFile {
    /// Checks privilege, counter-enable and FS rules for an access.
    pub fn check(&self, csr: u16, privilege: Privilege, write: bool) -> Result<(), CsrFault> {
        if (privilege as u64) < required_privilege(csr) || (write && is_read_only(csr)) {
            return Err(CsrFault);
        }
        if matches!(csr, addr::FFLAGS | addr::FRM | addr::FCSR) && !self.fp_enabled() {
            return Err(CsrFault);
        }
        // cycle/time/instret/hpmcounterN from S or U need mcounteren (and scounteren for U).
        // Sstc: stimecmp below M-mode needs menvcfg.STCE and mcounteren.TM.
        if csr == addr::STIMECMP
            && privilege != Privilege::Machine
            && !(self.sstc_enabled() && self.mcounteren & 2 != 0)
        {
            return Err(CsrFault);
        }
        if (0xc00..=0xc1f).contains(&csr) {
            let bit = 1u64 << (csr - 0xc00);
            let ok = match privilege {
                Privilege::Machine => true,
                Privilege::Supervisor => self.mcounteren & bit != 0,
                Privilege::User => self.mcounteren & self.scounteren & bit != 0,
            };
            if !ok {
                return Err(CsrFault);
            }
        }
        Ok(())
    }

    /// Reads a CSR (after `check`). `Err` if it does not exist.
    pub fn read(&self, csr: u16, c: &Counters) -> Result<u64, CsrFault> {
        use addr::*;
        Ok(match csr {
            FFLAGS => self.fflags as u64,
            FRM => self.frm as u64,
            FCSR => (self.frm as u64) << 5 | self.fflags as u64,
            SSTATUS => self.read_mstatus() & mstatus::SSTATUS_MASK,
            SIE => self.mie & self.mideleg,
            STVEC => self.stvec,
            SCOUNTEREN => self.scounteren,
            SENVCFG => self.senvcfg,
            SSCRATCH => self.sscratch,
            SEPC => self.sepc,
            SCAUSE => self.scause,
            STVAL => self.stval,
            SIP => self.mip & self.mideleg,
            SATP => self.satp,
            STIMECMP => self.stimecmp,
            MSTATUS => self.read_mstatus(),
            MISA => MISA_VALUE,
            MEDELEG => self.medeleg,
            MIDELEG => self.mideleg,
            MIE => self.mie,
            MTVEC => self.mtvec,
            MCOUNTEREN => self.mcounteren,
            MENVCFG => self.menvcfg,
            MCOUNTINHIBIT => self.mcountinhibit,
            MSCRATCH => self.mscratch,
            MEPC => self.mepc,
            MCAUSE => self.mcause,
            MTVAL => self.mtval,
            MIP => self.mip,
            0x3a0..=0x3af if csr & 1 == 0 => {
                // RV64: even pmpcfg registers each hold eight entries.
                let first = (csr - PMPCFG0) as usize * 4;
                (0..8).fold(0, |acc, i| {
                    acc | (self.pmpcfg.get(first + i).copied().unwrap_or(0) as u64) << (8 * i)
                })
            }
            0x3b0..=0x3ef => self
                .pmpaddr
                .get((csr - PMPADDR0) as usize)
                .copied()
                .unwrap_or(0),
            MCYCLE | CYCLE => c.cycle,
            MINSTRET | INSTRET => c.instret,
            TIME => c.time,
            // Hardware performance counters: fixed events (see `Counters::hpm`);
            // the rest, and the event selectors, read 0.
            0xb03..=0xb1f | 0xc03..=0xc1f => {
                c.hpm.get(((csr & 0x1f) - 3) as usize).copied().unwrap_or(0)
            }
            0x323..=0x33f => 0,
            MVENDORID | MARCHID | MIMPID | MCONFIGPTR => 0,
            MHARTID => self.mhartid,
            _ => return Err(CsrFault),
        })
    }

    /// Writes a CSR (after `check`), applying its WARL rules. Counter writes
    /// are returned to the caller through `c`.
    pub fn write(&mut self, csr: u16, v: u64, c: &mut Counters) -> Result<(), CsrFault> {
        use addr::*;
        match csr {
            FFLAGS => self.fflags = (v & 0x1f) as u8,
            FRM => self.frm = (v & 7) as u8,
            FCSR => {
                self.fflags = (v & 0x1f) as u8;
                self.frm = (v >> 5 & 7) as u8;
            }
            SSTATUS => {
                let m = mstatus::SSTATUS_MASK & mstatus::WRITABLE;
                self.write_mstatus((self.mstatus & !m) | (v & m));
            }
            SIE => self.mie = (self.mie & !self.mideleg) | (v & self.mideleg),
            STVEC => self.stvec = warl_tvec(self.stvec, v),
            SCOUNTEREN => self.scounteren = v & 0xffff_ffff,
            SENVCFG => self.senvcfg = v & 1,
            SSCRATCH => self.sscratch = v,
            SEPC => self.sepc = v & !1,
            SCAUSE => self.scause = v,
            STVAL => self.stval = v,
            // Only SSIP is writable through sip.
            SIP => {
                let m = self.mideleg & (1 << irq::SSI);
                self.mip = (self.mip & !m) | (v & m);
            }
            // Bare, Sv39 and Sv48 exist; a write of another mode is ignored (WARL).
            // In Bare mode the other fields read as zero.
            SATP => match v >> 60 {
                0 => self.satp = 0,
                8 | 9 => self.satp = v,
                _ => {}
            },
            STIMECMP => self.stimecmp = v,
            MSTATUS => self.write_mstatus(v),
            MISA => {} // extensions cannot be switched off
            MEDELEG => self.medeleg = v & MEDELEG_WRITABLE,
            MIDELEG => self.mideleg = v & MIDELEG_WRITABLE,
            MIE => self.mie = v & MIE_WRITABLE,
            MTVEC => self.mtvec = warl_tvec(self.mtvec, v),
            MCOUNTEREN => self.mcounteren = v & 0xffff_ffff,
            MENVCFG => self.menvcfg = v & (1 | 1 << 63),
            MCOUNTINHIBIT => self.mcountinhibit = v & 0xffff_fffd,
            MSCRATCH => self.mscratch = v,
            MEPC => self.mepc = v & !1,
            MCAUSE => self.mcause = v,
            MTVAL => self.mtval = v,
            MIP => {
                // With Sstc on, STIP follows stimecmp and ignores writes.
                let m = if self.sstc_enabled() {
                    MIP_WRITABLE & !(1 << irq::STI)
                } else {
                    MIP_WRITABLE
                };
                self.mip = (self.mip & !m) | (v & m);
            }
            0x3a0..=0x3af if csr & 1 == 0 => {
                let first = (csr - PMPCFG0) as usize * 4;
                for i in 0..8 {
                    if let Some(cfg) = self.pmpcfg.get_mut(first + i) {
                        // A locked entry ignores writes; bits 6:5 are reserved (WARL 0).
                        if *cfg & super::pmp::LOCK == 0 {
                            *cfg = super::pmp::legal_cfg((v >> (8 * i)) as u8);
                        }
                    }
                }
            }
            0x3b0..=0x3ef => {
                let i = (csr - PMPADDR0) as usize;
                // A locked entry, or a locked TOR entry above it, freezes pmpaddr[i].
                let locked = |j: usize| {
                    self.pmpcfg
                        .get(j)
                        .is_some_and(|c| c & super::pmp::LOCK != 0)
                };
                let tor_above = self.pmpcfg.get(i + 1).is_some_and(|c| (c >> 3) & 3 == 1);
                if i < PMP_ENTRIES && !locked(i) && !(tor_above && locked(i + 1)) {
                    // Physical addresses are 56 bits: pmpaddr holds bits 55:2.
                    self.pmpaddr[i] = v & ((1 << 54) - 1);
                }
            }
            MCYCLE => c.cycle = v,
            MINSTRET => c.instret = v,
            0xb03..=0xb1f | 0x323..=0x33f => {}
            _ => return Err(CsrFault),
        }
        Ok(())
    }
}

/// xtvec is WARL: modes Direct (0) and Vectored (1) exist; a write with a
/// reserved mode is ignored.
fn warl_tvec(old: u64, v: u64) -> u64 {
    if v & 3 < 2 {
        v
    } else {
        old
    }
}

#[cfg(test)]
#[path = "csr_tests.rs"]
mod tests;
