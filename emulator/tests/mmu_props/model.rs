//! The reference walker: the privileged spec's "Virtual Address Translation
//! Process" (v1.12, 4.3.2) for Sv39, step by step, written from the text.
//! It shares nothing with rvlab's walker but the memory image it reads, and
//! it does not write: it returns the PTE value the walk would store.

use rvlab::hart::Privilege;
use rvlab::mmu::strategy::MemoryImage;
use rvlab::mmu::{AccessType, AdPolicy, Context, Fault};

// PTE bits (Sv39 PTE format, figure 4.21).
pub const V: u64 = 1 << 0;
pub const R: u64 = 1 << 1;
pub const W: u64 = 1 << 2;
pub const X: u64 = 1 << 3;
pub const U: u64 = 1 << 4;
pub const G: u64 = 1 << 5;
pub const A: u64 = 1 << 6;
pub const D: u64 = 1 << 7;

const PAGESIZE: u64 = 4096;
const PTESIZE: u64 = 8;
const LEVELS: i32 = 3;

/// A successful walk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Walk {
    pub paddr: u64,
    /// The level `i` of the leaf.
    pub level: u8,
    pub pte_addr: u64,
    /// The leaf PTE after step 7 (A/D set when the policy updates them).
    pub pte: u64,
}

/// va.vpn[i]
fn va_vpn(va: u64, i: i32) -> u64 {
    (va >> (12 + 9 * i)) & 0x1ff
}

/// pte.ppn[i]: PPN[0] and PPN[1] are 9 bits, PPN[2] is 26 bits.
fn pte_ppn(pte: u64, i: i32) -> u64 {
    match i {
        0 => (pte >> 10) & 0x1ff,
        1 => (pte >> 19) & 0x1ff,
        _ => (pte >> 28) & ((1 << 26) - 1),
    }
}

/// The whole pte.ppn field (bits 53:10).
fn pte_ppn_all(pte: u64) -> u64 {
    (pte >> 10) & ((1 << 44) - 1)
}

/// Step 5: R/W/X and U against the privilege, SUM and MXR (4.3.1 and the
/// mstatus SUM/MXR text).
pub fn permits(pte: u64, access: AccessType, ctx: Context) -> bool {
    let user_page = pte & U != 0;
    match ctx.privilege {
        // U-mode may only access pages with U = 1.
        Privilege::User if !user_page => return false,
        // S-mode never executes from a U page; it loads and stores there
        // only with SUM = 1.
        Privilege::Supervisor if user_page => {
            if access == AccessType::Fetch || !ctx.sum {
                return false;
            }
        }
        _ => {}
    }
    match access {
        AccessType::Fetch => pte & X != 0,
        // MXR makes executable pages readable too.
        AccessType::Load => pte & R != 0 || (ctx.mxr && pte & X != 0),
        AccessType::Store => pte & W != 0,
    }
}

/// Translates `va` in the Sv39 table rooted at `root_ppn`. M-mode is not
/// translated.
pub fn sv39(
    mem: &MemoryImage,
    root_ppn: u64,
    va: u64,
    access: AccessType,
    ctx: Context,
    ad: AdPolicy,
) -> Result<Walk, Fault> {
    if ctx.privilege == Privilege::Machine {
        return Ok(Walk {
            paddr: va,
            level: 0,
            pte_addr: 0,
            pte: 0,
        });
    }
    // 4.4.1: bits 63:39 must all equal bit 38.
    let high = va >> 38;
    if high != 0 && high != (1 << 26) - 1 {
        return Err(Fault::Page);
    }
    // Step 1.
    let mut a = root_ppn * PAGESIZE;
    let mut i = LEVELS - 1;
    loop {
        // Step 2: an absent PTE is an access fault.
        let pte_addr = a + va_vpn(va, i) * PTESIZE;
        let pte = mem.peek(pte_addr).ok_or(Fault::Access)?;
        // Step 3: invalid, W without R, or reserved bits 63:54 (neither
        // Svnapot nor Svpbmt is implemented).
        if pte & V == 0 || (pte & R == 0 && pte & W != 0) || pte >> 54 != 0 {
            return Err(Fault::Page);
        }
        // Step 4: a pointer; D, A and U are reserved in it.
        if pte & (R | X) == 0 {
            if pte & (D | A | U) != 0 {
                return Err(Fault::Page);
            }
            i -= 1;
            if i < 0 {
                return Err(Fault::Page);
            }
            a = pte_ppn_all(pte) * PAGESIZE;
            continue;
        }
        // Step 5.
        if !permits(pte, access, ctx) {
            return Err(Fault::Page);
        }
        // Step 6: a misaligned superpage.
        if (0..i).any(|j| pte_ppn(pte, j) != 0) {
            return Err(Fault::Page);
        }
        // Step 7.
        let mut new = pte;
        if pte & A == 0 || (access == AccessType::Store && pte & D == 0) {
            match ad {
                AdPolicy::Fault => return Err(Fault::Page),
                AdPolicy::HardwareUpdate => {
                    if !mem.is_writable(pte_addr) {
                        return Err(Fault::Access);
                    }
                    new |= A;
                    if access == AccessType::Store {
                        new |= D;
                    }
                }
            }
        }
        // Step 8: pa.pgoff = va.pgoff; below the leaf level pa.ppn[j] =
        // va.vpn[j]; from it up pa.ppn[j] = pte.ppn[j].
        let mut pa = va & (PAGESIZE - 1);
        for j in 0..LEVELS {
            let part = if j < i {
                va_vpn(va, j)
            } else {
                pte_ppn(pte, j)
            };
            pa |= part << (12 + 9 * j);
        }
        return Ok(Walk {
            paddr: pa,
            level: i as u8,
            pte_addr,
            pte: new,
        });
    }
}

/// The memory after a walk: `before` with the leaf PTE rewritten if A/D
/// were set.
pub fn memory_after(before: &MemoryImage, walk: &Result<Walk, Fault>) -> MemoryImage {
    let mut mem = before.clone();
    if let Ok(w) = walk {
        if w.pte_addr != 0 || w.pte != 0 {
            mem.poke(w.pte_addr, w.pte);
        }
    }
    mem
}

#[test]
fn model_walks_a_hand_built_table() {
    // Root at frame 0x80000; VA 0x4000_1234 through a 1 GiB leaf at index 1.
    let mut mem = MemoryImage::new();
    mem.add_frame(0x8_0000);
    mem.poke(0x8000_0000 + 8, 0x8_0000 << 10 | V | R | W | A);
    let s = Context {
        privilege: Privilege::Supervisor,
        sum: false,
        mxr: false,
    };
    let load = sv39(
        &mem,
        0x8_0000,
        0x4000_1234,
        AccessType::Load,
        s,
        AdPolicy::Fault,
    );
    assert_eq!(load.map(|w| (w.paddr, w.level)), Ok((0x8000_1234, 2)));
    let store = sv39(
        &mem,
        0x8_0000,
        0x4000_1234,
        AccessType::Store,
        s,
        AdPolicy::Fault,
    );
    assert_eq!(store, Err(Fault::Page), "D clear");
    let store = sv39(
        &mem,
        0x8_0000,
        0x4000_1234,
        AccessType::Store,
        s,
        AdPolicy::HardwareUpdate,
    );
    assert_eq!(store.map(|w| w.pte & (A | D)), Ok(A | D));
    let _ = G;
}
