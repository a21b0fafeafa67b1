//! Physical memory protection (privileged spec 3.7): which physical
//! addresses each privilege level may read, write and execute.
//!
//! Sixteen entries, 4-byte granularity, address matching OFF / TOR / NA4 /
//! NAPOT, the lock bit. The lowest-numbered entry that matches any byte of
//! an access decides; an access that is only partly inside it fails. With no
//! matching entry, M-mode is allowed and S/U-mode is denied (entries exist).
//! Choice made here (WARL): a cfg with W=1 and R=0 (reserved) is stored
//! with W cleared.

use super::csr::{CsrFile, PMP_ENTRIES};
use super::Privilege;

/// The kind of access being checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
    Execute,
}

const R: u8 = 1;
const W: u8 = 2;
const X: u8 = 4;
const A_SHIFT: u8 = 3;
pub const LOCK: u8 = 0x80;

/// Address-matching modes (cfg bits 4:3).
const OFF: u8 = 0;
const TOR: u8 = 1;
const NA4: u8 = 2;

/// The byte range `[lo, hi)` entry `i` covers, or `None` when it is off.
pub fn range(csr: &CsrFile, i: usize) -> Option<(u64, u64)> {
    let cfg = csr.pmpcfg[i];
    let addr = csr.pmpaddr[i];
    match (cfg >> A_SHIFT) & 3 {
        OFF => None,
        TOR => {
            let lo = if i == 0 { 0 } else { csr.pmpaddr[i - 1] << 2 };
            Some((lo, addr << 2))
        }
        NA4 => Some((addr << 2, (addr << 2) + 4)),
        _ => {
            // NAPOT: the trailing ones of pmpaddr encode the size.
            let ones = addr.trailing_ones();
            if ones >= 54 {
                return Some((0, u64::MAX));
            }
            let size = 1u64 << (ones + 3);
            let lo = (addr << 2) & !(size - 1);
            Some((lo, lo + size))
        }
    }
}

/// Whether an access of `size` bytes at physical `addr` is allowed.
pub fn allows(csr: &CsrFile, privilege: Privilege, addr: u64, size: u64, access: Access) -> bool {
    allowed_region(csr, privilege, addr, size, access).is_some()
}

/// If the access is allowed, a region `[lo, hi)` containing it in which
/// every access of the same kind and privilege is allowed too (the whole
/// matching entry when no higher-priority entry overlaps it), so callers can
/// cache the answer. `None` if the access is denied.
pub fn allowed_region(
    csr: &CsrFile,
    privilege: Privilege,
    addr: u64,
    size: u64,
    access: Access,
) -> Option<(u64, u64)> {
    let end = addr.saturating_add(size);
    for i in 0..PMP_ENTRIES {
        let Some((lo, hi)) = range(csr, i) else {
            continue;
        };
        if lo >= hi || end <= lo || addr >= hi {
            continue; // empty or disjoint
        }
        if addr < lo || end > hi {
            return None; // straddles the entry's boundary
        }
        let cfg = csr.pmpcfg[i];
        let need = match access {
            Access::Read => R,
            Access::Write => W,
            Access::Execute => X,
        };
        let ok = (privilege == Privilege::Machine && cfg & LOCK == 0) || cfg & need != 0;
        if !ok {
            return None;
        }
        let shadowed = (0..i).any(|j| matches!(range(csr, j), Some((l, h)) if l < hi && lo < h));
        return Some(if shadowed { (addr, end) } else { (lo, hi) });
    }
    (privilege == Privilege::Machine).then_some((addr, end))
}

/// True if some entry is locked, so PMP applies to M-mode too.
pub fn any_locked(csr: &CsrFile) -> bool {
    csr.pmpcfg
        .iter()
        .any(|&c| c & LOCK != 0 && (c >> A_SHIFT) & 3 != OFF)
}

/// The WARL form of a cfg byte as written.
pub fn legal_cfg(v: u8) -> u8 {
    let v = v & 0x9f; // bits 6:5 are reserved
    if v & (R | W) == W {
        v & !W
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csr_with(entries: &[(u8, u64)]) -> CsrFile {
        let mut c = CsrFile::new(0);
        for (i, &(cfg, addr)) in entries.iter().enumerate() {
            c.pmpcfg[i] = cfg;
            c.pmpaddr[i] = addr;
        }
        c
    }

    #[test]
    fn no_entries_allow_m_deny_s_u() {
        let c = CsrFile::new(0);
        assert!(allows(
            &c,
            Privilege::Machine,
            0x8000_0000,
            8,
            Access::Write
        ));
        assert!(!allows(
            &c,
            Privilege::Supervisor,
            0x8000_0000,
            8,
            Access::Read
        ));
        assert!(!allows(
            &c,
            Privilege::User,
            0x8000_0000,
            4,
            Access::Execute
        ));
    }

    #[test]
    fn napot_all_memory_rwx() {
        // What xv6 and OpenSBI set up: pmpaddr0 = all ones, NAPOT, RWX.
        let c = csr_with(&[(3 << A_SHIFT | R | W | X, (1 << 54) - 1)]);
        assert!(allows(
            &c,
            Privilege::User,
            0xffff_ffff_ffff_fff0,
            8,
            Access::Write
        ));
        assert!(allows(&c, Privilege::Supervisor, 0, 1, Access::Execute));
    }

    #[test]
    fn tor_and_na4_ranges_and_priority() {
        // Entry 0: NA4 at 0x8000_0000, read-only. Entry 1: TOR [0, 0x8000_1000) RW.
        let c = csr_with(&[
            (NA4 << A_SHIFT | R, 0x8000_0000 >> 2),
            (TOR << A_SHIFT | R | W, 0x8000_1000 >> 2),
        ]);
        assert!(!allows(
            &c,
            Privilege::Supervisor,
            0x8000_0000,
            4,
            Access::Write
        ));
        assert!(allows(
            &c,
            Privilege::Supervisor,
            0x8000_0000,
            4,
            Access::Read
        ));
        // Straddling the NA4 entry fails even though entry 1 would allow it.
        assert!(!allows(
            &c,
            Privilege::Supervisor,
            0x8000_0002,
            4,
            Access::Read
        ));
        assert!(allows(
            &c,
            Privilege::Supervisor,
            0x8000_0004,
            8,
            Access::Write
        ));
        assert!(!allows(
            &c,
            Privilege::Supervisor,
            0x8000_0ffc,
            8,
            Access::Write
        ));
        assert!(!allows(
            &c,
            Privilege::Supervisor,
            0x8000_1000,
            4,
            Access::Read
        ));
    }

    #[test]
    fn lock_applies_to_machine_mode() {
        let unlocked = csr_with(&[(TOR << A_SHIFT, 0x1000 >> 2)]);
        assert!(allows(
            &unlocked,
            Privilege::Machine,
            0x800,
            4,
            Access::Write
        ));
        let locked = csr_with(&[(LOCK | TOR << A_SHIFT | R, 0x1000 >> 2)]);
        assert!(!allows(
            &locked,
            Privilege::Machine,
            0x800,
            4,
            Access::Write
        ));
        assert!(allows(&locked, Privilege::Machine, 0x800, 4, Access::Read));
        assert!(any_locked(&locked) && !any_locked(&unlocked));
    }

    #[test]
    fn napot_sizes() {
        // 0x8000_0000, 8 KiB: pmpaddr = base >> 2 | (8 KiB / 8 - 1)
        let c = csr_with(&[(3 << A_SHIFT | R, (0x8000_0000 >> 2) | 0x3ff)]);
        assert_eq!(range(&c, 0), Some((0x8000_0000, 0x8000_2000)));
        assert_eq!(legal_cfg(W), 0);
        assert_eq!(legal_cfg(0xff), 0x9f);
    }
}
