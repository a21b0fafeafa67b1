//! Page-table entries and the `satp` register, as the privileged spec lays
//! them out for Sv39 and Sv48.

use bitflags::bitflags;

bitflags! {
    /// The permission and status bits of a PTE (bits 7:0).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct PteFlags: u64 {
        const V = 1 << 0;
        const R = 1 << 1;
        const W = 1 << 2;
        const X = 1 << 3;
        const U = 1 << 4;
        const G = 1 << 5;
        const A = 1 << 6;
        const D = 1 << 7;
    }
}

/// A page-table entry (64 bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Pte(pub u64);

/// PTE bits 63:54 are reserved here: this machine implements neither Svnapot
/// (bit 63) nor Svpbmt (bits 62:61), so any of them set is a page fault.
pub const PTE_RESERVED: u64 = 0x3ff << 54;

impl Pte {
    /// A PTE with the given physical page number and flags.
    pub fn new(ppn: u64, flags: PteFlags) -> Pte {
        Pte((ppn & PPN_MASK) << 10 | flags.bits())
    }

    pub fn flags(self) -> PteFlags {
        PteFlags::from_bits_truncate(self.0)
    }

    /// The 44-bit physical page number (bits 53:10).
    pub fn ppn(self) -> u64 {
        (self.0 >> 10) & PPN_MASK
    }

    pub fn is_valid(self) -> bool {
        self.flags().contains(PteFlags::V)
    }

    /// A leaf has R or X set; otherwise a valid PTE points to the next level.
    pub fn is_leaf(self) -> bool {
        self.flags().intersects(PteFlags::R | PteFlags::X)
    }
}

/// Mask of a 44-bit physical page number.
pub const PPN_MASK: u64 = (1 << 44) - 1;

/// Translation scheme selected by `satp.MODE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    Bare,
    Sv39,
    Sv48,
}

impl Mode {
    /// Number of page-table levels.
    pub fn levels(self) -> usize {
        match self {
            Mode::Bare => 0,
            Mode::Sv39 => 3,
            Mode::Sv48 => 4,
        }
    }

    /// Width of a virtual address in bits.
    pub fn va_bits(self) -> u32 {
        12 + 9 * self.levels() as u32
    }
}

/// The `satp` register: translation mode, address-space id, root table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Satp {
    pub mode: Mode,
    pub asid: u16,
    /// Physical page number of the root page table.
    pub ppn: u64,
}

impl Satp {
    pub const BARE: Satp = Satp {
        mode: Mode::Bare,
        asid: 0,
        ppn: 0,
    };

    /// Decodes a register value; `None` for a mode this machine lacks.
    pub fn from_bits(v: u64) -> Option<Satp> {
        let mode = match v >> 60 {
            0 => Mode::Bare,
            8 => Mode::Sv39,
            9 => Mode::Sv48,
            _ => return None,
        };
        Some(Satp {
            mode,
            asid: (v >> 44) as u16,
            ppn: v & PPN_MASK,
        })
    }

    pub fn to_bits(self) -> u64 {
        let mode: u64 = match self.mode {
            Mode::Bare => 0,
            Mode::Sv39 => 8,
            Mode::Sv48 => 9,
        };
        mode << 60 | (self.asid as u64) << 44 | (self.ppn & PPN_MASK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn satp_round_trip() {
        let s = Satp {
            mode: Mode::Sv39,
            asid: 0xbeef,
            ppn: 0x8_0123,
        };
        assert_eq!(Satp::from_bits(s.to_bits()), Some(s));
        assert_eq!(Satp::from_bits(1 << 60), None);
        assert_eq!(Satp::from_bits(0), Some(Satp::BARE));
    }

    #[test]
    fn pte_fields() {
        let p = Pte::new(0x8_0000, PteFlags::V | PteFlags::R | PteFlags::W);
        assert_eq!(p.ppn(), 0x8_0000);
        assert!(p.is_valid() && p.is_leaf());
        assert!(!Pte::new(1, PteFlags::V).is_leaf());
    }
}
