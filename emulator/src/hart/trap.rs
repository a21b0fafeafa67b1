//! Synchronous exceptions and interrupts, with their `mcause` codes and the
//! value each one puts in `mtval`/`stval`, and trap entry (privileged spec,
//! "Machine Trap Handling"; delegation to S-mode through `medeleg`/`mideleg`).

use super::csr::{mstatus, CsrFile};
use super::Privilege;

/// A synchronous exception. The payload is the trap value (`xtval`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exception {
    InstructionAddressMisaligned(u64),
    InstructionAccessFault(u64),
    /// Payload: the instruction bits.
    IllegalInstruction(u64),
    /// Payload: the pc of the ebreak.
    Breakpoint(u64),
    LoadAddressMisaligned(u64),
    LoadAccessFault(u64),
    StoreAmoAddressMisaligned(u64),
    StoreAmoAccessFault(u64),
    EcallFromU,
    EcallFromS,
    EcallFromM,
    InstructionPageFault(u64),
    LoadPageFault(u64),
    StoreAmoPageFault(u64),
}

impl Exception {
    /// The exception code written to `xcause` (interrupt bit clear).
    pub fn code(self) -> u64 {
        use Exception::*;
        match self {
            InstructionAddressMisaligned(_) => 0,
            InstructionAccessFault(_) => 1,
            IllegalInstruction(_) => 2,
            Breakpoint(_) => 3,
            LoadAddressMisaligned(_) => 4,
            LoadAccessFault(_) => 5,
            StoreAmoAddressMisaligned(_) => 6,
            StoreAmoAccessFault(_) => 7,
            EcallFromU => 8,
            EcallFromS => 9,
            EcallFromM => 11,
            InstructionPageFault(_) => 12,
            LoadPageFault(_) => 13,
            StoreAmoPageFault(_) => 15,
        }
    }

    /// The value written to `xtval`.
    pub fn tval(self) -> u64 {
        use Exception::*;
        match self {
            InstructionAddressMisaligned(v)
            | InstructionAccessFault(v)
            | IllegalInstruction(v)
            | Breakpoint(v)
            | LoadAddressMisaligned(v)
            | LoadAccessFault(v)
            | StoreAmoAddressMisaligned(v)
            | StoreAmoAccessFault(v)
            | InstructionPageFault(v)
            | LoadPageFault(v)
            | StoreAmoPageFault(v) => v,
            EcallFromU | EcallFromS | EcallFromM => 0,
        }
    }

    /// The spec's name for the cause, for traces and error messages.
    pub fn name(self) -> &'static str {
        use Exception::*;
        match self {
            InstructionAddressMisaligned(_) => "instruction address misaligned",
            InstructionAccessFault(_) => "instruction access fault",
            IllegalInstruction(_) => "illegal instruction",
            Breakpoint(_) => "breakpoint",
            LoadAddressMisaligned(_) => "load address misaligned",
            LoadAccessFault(_) => "load access fault",
            StoreAmoAddressMisaligned(_) => "store/AMO address misaligned",
            StoreAmoAccessFault(_) => "store/AMO access fault",
            EcallFromU => "environment call from U-mode",
            EcallFromS => "environment call from S-mode",
            EcallFromM => "environment call from M-mode",
            InstructionPageFault(_) => "instruction page fault",
            LoadPageFault(_) => "load page fault",
            StoreAmoPageFault(_) => "store/AMO page fault",
        }
    }
}

/// The spec's name of an `xcause` value (interrupt bit included).
pub fn cause_name(cause: u64) -> &'static str {
    if cause >> 63 == 1 {
        return match cause & 0xff {
            1 => "supervisor software interrupt",
            3 => "machine software interrupt",
            5 => "supervisor timer interrupt",
            7 => "machine timer interrupt",
            9 => "supervisor external interrupt",
            11 => "machine external interrupt",
            _ => "interrupt",
        };
    }
    match cause {
        0 => "instruction address misaligned",
        1 => "instruction access fault",
        2 => "illegal instruction",
        3 => "breakpoint",
        4 => "load address misaligned",
        5 => "load access fault",
        6 => "store/AMO address misaligned",
        7 => "store/AMO access fault",
        8 => "environment call from U-mode",
        9 => "environment call from S-mode",
        11 => "environment call from M-mode",
        12 => "instruction page fault",
        13 => "load page fault",
        15 => "store/AMO page fault",
        _ => "reserved cause",
    }
}

/// Interrupt cause codes (bit positions in `mip`/`mie`).
pub mod irq {
    pub const SSI: u64 = 1;
    pub const MSI: u64 = 3;
    pub const STI: u64 = 5;
    pub const MTI: u64 = 7;
    pub const SEI: u64 = 9;
    pub const MEI: u64 = 11;
}

/// A trap about to be taken: an exception or an interrupt (by cause code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trap {
    Exception(Exception),
    Interrupt(u64),
}

const INTERRUPT_BIT: u64 = 1 << 63;

/// Enters the trap handler: picks M or S by delegation, saves the pc,
/// cause and trap value, updates the mstatus stack, and returns the new pc.
pub fn enter(csr: &mut CsrFile, privilege: &mut Privilege, trap: Trap, epc: u64) -> u64 {
    let (cause, tval, is_irq) = match trap {
        Trap::Exception(e) => (e.code(), e.tval(), false),
        Trap::Interrupt(code) => (code, 0, true),
    };
    let delegated = *privilege != Privilege::Machine
        && if is_irq {
            csr.mideleg >> cause & 1 == 1
        } else {
            csr.medeleg >> cause & 1 == 1
        };
    let xcause = if is_irq { cause | INTERRUPT_BIT } else { cause };
    // In vectored mode (tvec mode 1) interrupts go to base + 4 * cause.
    let vector = |tvec: u64| {
        let base = tvec & !3;
        if tvec & 3 == 1 && is_irq {
            base.wrapping_add(4 * cause)
        } else {
            base
        }
    };
    if delegated {
        csr.sepc = epc;
        csr.scause = xcause;
        csr.stval = tval;
        let s = csr.mstatus;
        let sie = s >> mstatus::SIE_BIT & 1;
        let mut s = s & !(mstatus::SPIE | mstatus::SIE | mstatus::SPP);
        s |= sie << mstatus::SPIE_BIT;
        if *privilege == Privilege::Supervisor {
            s |= mstatus::SPP;
        }
        csr.mstatus = s;
        *privilege = Privilege::Supervisor;
        vector(csr.stvec)
    } else {
        csr.mepc = epc;
        csr.mcause = xcause;
        csr.mtval = tval;
        let s = csr.mstatus;
        let mie = s >> mstatus::MIE_BIT & 1;
        let mut s = s & !(mstatus::MPIE | mstatus::MIE | mstatus::MPP);
        s |= mie << mstatus::MPIE_BIT;
        s |= (*privilege as u64) << mstatus::MPP_SHIFT;
        csr.mstatus = s;
        *privilege = Privilege::Machine;
        vector(csr.mtvec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_trap_saves_state() {
        let mut csr = CsrFile::new(0);
        csr.mtvec = 0x8000_0100;
        csr.mstatus |= mstatus::MIE;
        let mut p = Privilege::Machine;
        let pc = enter(
            &mut csr,
            &mut p,
            Trap::Exception(Exception::IllegalInstruction(0x13)),
            0x40,
        );
        assert_eq!(pc, 0x8000_0100);
        assert_eq!((csr.mepc, csr.mcause, csr.mtval), (0x40, 2, 0x13));
        assert_eq!(csr.mstatus & mstatus::MIE, 0);
        assert_ne!(csr.mstatus & mstatus::MPIE, 0);
        assert_eq!(csr.mstatus >> mstatus::MPP_SHIFT & 3, 3);
    }

    #[test]
    fn delegated_trap_goes_to_s_and_vectoring_applies_to_interrupts_only() {
        let mut csr = CsrFile::new(0);
        csr.medeleg = 1 << 8;
        csr.mideleg = 1 << irq::STI;
        csr.stvec = 0x9000_0001;
        let mut p = Privilege::User;
        let pc = enter(
            &mut csr,
            &mut p,
            Trap::Exception(Exception::EcallFromU),
            0x1000,
        );
        assert_eq!(
            (pc, p, csr.scause, csr.sepc),
            (0x9000_0000, Privilege::Supervisor, 8, 0x1000)
        );
        assert_eq!(csr.mstatus & mstatus::SPP, 0, "came from U");
        let pc = enter(&mut csr, &mut p, Trap::Interrupt(irq::STI), 0x2000);
        assert_eq!(pc, 0x9000_0000 + 4 * 5);
        assert_eq!(csr.scause, (1 << 63) | 5);
        assert_ne!(csr.mstatus & mstatus::SPP, 0, "came from S");
        // M-mode traps are never delegated.
        let mut p = Privilege::Machine;
        enter(
            &mut csr,
            &mut p,
            Trap::Exception(Exception::EcallFromU),
            0x3000,
        );
        assert_eq!(p, Privilege::Machine);
    }
}
