//! The page-table walk: the privileged spec's "Virtual Address Translation
//! Process" for Sv39/Sv48, as a pure function over physical memory.

use super::pte::{Mode, Pte, PteFlags, Satp, PTE_RESERVED};
use crate::hart::Privilege;

/// What the access is for; it decides which permission bit is needed and
/// which page-fault cause is raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessType {
    Fetch,
    Load,
    /// Stores and AMOs.
    Store,
}

/// How the walk treats a leaf whose A bit (or D bit, for a store) is clear.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum AdPolicy {
    /// Set A (and D) in the PTE in memory, as QEMU does (Svadu-like).
    #[default]
    HardwareUpdate,
    /// Raise a page fault and let software set them (Svade).
    Fault,
}

/// The privilege and mstatus bits that decide permissions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Context {
    /// Effective privilege of the access (MPRV already applied).
    pub privilege: Privilege,
    /// mstatus.SUM: S-mode may load/store U pages.
    pub sum: bool,
    /// mstatus.MXR: loads may read execute-only pages.
    pub mxr: bool,
}

/// A successful translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Translation {
    pub paddr: u64,
    /// 0 for a 4 KiB page, 1 for 2 MiB, 2 for 1 GiB, 3 for 512 GiB.
    pub level: u8,
    /// The leaf PTE as it is in memory after the walk (A/D updated).
    pub pte: Pte,
    /// Where the leaf PTE lives.
    pub pte_addr: u64,
}

/// Why a translation failed. The hart turns it into the exception for the
/// access type, with the virtual address as the trap value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fault {
    /// A page fault (bad PTE, missing permission, non-canonical address).
    Page,
    /// Reading or updating a PTE hit memory that is not there or is
    /// protected (PMP): an access fault.
    Access,
}

/// Physical memory as the walker sees it. `None`/`false` mean an access
/// fault (nothing there, or PMP forbids it).
pub trait PhysMemory {
    fn read_u64(&mut self, paddr: u64) -> Option<u64>;
    fn write_u64(&mut self, paddr: u64, value: u64) -> bool;
}

/// Size in bytes of a page at `level`.
pub fn page_size(level: u8) -> u64 {
    1 << (12 + 9 * level as u32)
}

/// True if `vaddr` is canonical for `mode`: the bits above the virtual
/// address width all equal its top bit.
pub fn is_canonical(mode: Mode, vaddr: u64) -> bool {
    if mode == Mode::Bare {
        return true;
    }
    let shift = 64 - mode.va_bits();
    ((vaddr << shift) as i64 >> shift) as u64 == vaddr
}

/// Whether a leaf PTE permits `access` in `ctx` (U-bit, SUM, MXR, R/W/X).
pub fn leaf_permits(flags: PteFlags, access: AccessType, ctx: Context) -> bool {
    let user_page = flags.contains(PteFlags::U);
    match ctx.privilege {
        Privilege::User if !user_page => return false,
        Privilege::Supervisor if user_page && (access == AccessType::Fetch || !ctx.sum) => {
            return false
        }
        _ => {}
    }
    match access {
        AccessType::Fetch => flags.contains(PteFlags::X),
        AccessType::Load => flags.contains(PteFlags::R) || (ctx.mxr && flags.contains(PteFlags::X)),
        AccessType::Store => flags.contains(PteFlags::W),
    }
}

/// Translates `vaddr` for `access` under `satp`, walking the page table in
/// `mem`. With [`AdPolicy::HardwareUpdate`] it may write the leaf PTE to set
/// A/D. M-mode accesses and Bare mode are the identity.
pub fn translate(
    mem: &mut dyn PhysMemory,
    satp: Satp,
    vaddr: u64,
    access: AccessType,
    ctx: Context,
    ad: AdPolicy,
) -> Result<Translation, Fault> {
    if satp.mode == Mode::Bare || ctx.privilege == Privilege::Machine {
        return Ok(Translation {
            paddr: vaddr,
            level: 0,
            pte: Pte(0),
            pte_addr: 0,
        });
    }
    if !is_canonical(satp.mode, vaddr) {
        return Err(Fault::Page);
    }
    let levels = satp.mode.levels();
    let mut table = satp.ppn << 12;
    let mut level = levels - 1;
    let (pte, pte_addr) = loop {
        let vpn = (vaddr >> (12 + 9 * level)) & 0x1ff;
        let pte_addr = table + vpn * 8;
        let pte = Pte(mem.read_u64(pte_addr).ok_or(Fault::Access)?);
        let f = pte.flags();
        if !f.contains(PteFlags::V)
            || (f.contains(PteFlags::W) && !f.contains(PteFlags::R))
            || pte.0 & PTE_RESERVED != 0
        {
            return Err(Fault::Page);
        }
        if pte.is_leaf() {
            break (pte, pte_addr);
        }
        // A pointer to the next level: A, D and U are reserved in it.
        if f.intersects(PteFlags::A | PteFlags::D | PteFlags::U) || level == 0 {
            return Err(Fault::Page);
        }
        level -= 1;
        table = pte.ppn() << 12;
    };
    let f = pte.flags();
    if !leaf_permits(f, access, ctx) {
        return Err(Fault::Page);
    }
    // A superpage's PPN must be aligned to its size.
    let low_ppn_mask = (1u64 << (9 * level)) - 1;
    if pte.ppn() & low_ppn_mask != 0 {
        return Err(Fault::Page);
    }
    let needs_d = access == AccessType::Store && !f.contains(PteFlags::D);
    let mut pte = pte;
    if !f.contains(PteFlags::A) || needs_d {
        match ad {
            AdPolicy::Fault => return Err(Fault::Page),
            AdPolicy::HardwareUpdate => {
                let mut set = PteFlags::A;
                if access == AccessType::Store {
                    set |= PteFlags::D;
                }
                pte = Pte(pte.0 | set.bits());
                if !mem.write_u64(pte_addr, pte.0) {
                    return Err(Fault::Access);
                }
            }
        }
    }
    let offset_mask = page_size(level as u8) - 1;
    let paddr = (pte.ppn() << 12) & !offset_mask | (vaddr & offset_mask);
    Ok(Translation {
        paddr,
        level: level as u8,
        pte,
        pte_addr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Mem(HashMap<u64, u64>);
    impl PhysMemory for Mem {
        fn read_u64(&mut self, a: u64) -> Option<u64> {
            Some(*self.0.get(&a).unwrap_or(&0))
        }
        fn write_u64(&mut self, a: u64, v: u64) -> bool {
            self.0.insert(a, v);
            true
        }
    }

    const S: Context = Context {
        privilege: Privilege::Supervisor,
        sum: false,
        mxr: false,
    };

    /// Sv48: four levels, a 48-bit address space, 512 GiB top-level pages.
    #[test]
    fn sv48_four_level_walk_and_canonical_boundary() {
        let va: u64 = 0x0000_7f12_3456_7000;
        let vpn = |l: u32| (va >> (12 + 9 * l)) & 0x1ff;
        let tables = [0x8000_0000u64, 0x8000_1000, 0x8000_2000, 0x8000_3000];
        let mut mem = Mem(HashMap::new());
        for level in (1..4u32).rev() {
            let table = tables[(3 - level) as usize];
            let next = tables[(4 - level) as usize];
            mem.0
                .insert(table + vpn(level) * 8, Pte::new(next >> 12, PteFlags::V).0);
        }
        let leaf = PteFlags::V | PteFlags::R | PteFlags::A;
        mem.0
            .insert(tables[3] + vpn(0) * 8, Pte::new(0x9_0000, leaf).0);
        let satp = Satp {
            mode: Mode::Sv48,
            asid: 0,
            ppn: tables[0] >> 12,
        };
        let t = translate(
            &mut mem,
            satp,
            va + 0x10,
            AccessType::Load,
            S,
            AdPolicy::Fault,
        )
        .unwrap();
        assert_eq!((t.paddr, t.level), (0x9000_0010, 0));
        // Bit 47 is the top of an Sv48 address: 0x0000_8000_0000_0000 is not canonical.
        assert!(is_canonical(Mode::Sv48, 0xffff_8000_0000_0000));
        assert!(!is_canonical(Mode::Sv48, 0x0000_8000_0000_0000));
        assert!(
            !is_canonical(Mode::Sv39, va),
            "valid for Sv48, too wide for Sv39"
        );
        let far = 0x0000_8000_0000_0000;
        assert_eq!(
            translate(&mut mem, satp, far, AccessType::Load, S, AdPolicy::Fault),
            Err(Fault::Page)
        );
        // A 512 GiB leaf at level 3 must be aligned to 512 GiB.
        let mut mem2 = Mem(HashMap::new());
        mem2.0.insert(tables[0] + vpn(3) * 8, Pte::new(0x1, leaf).0);
        assert_eq!(
            translate(&mut mem2, satp, va, AccessType::Load, S, AdPolicy::Fault),
            Err(Fault::Page)
        );
        mem2.0
            .insert(tables[0] + vpn(3) * 8, Pte::new(1 << 27, leaf).0);
        let t = translate(&mut mem2, satp, va, AccessType::Load, S, AdPolicy::Fault).unwrap();
        assert_eq!((t.paddr, t.level), ((1 << 39) | (va & ((1 << 39) - 1)), 3));
    }
}
