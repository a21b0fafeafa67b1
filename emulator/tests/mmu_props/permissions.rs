//! One leaf at a time, every privilege, SUM, MXR and access type: the
//! U-bit, SUM and MXR rules, superpage alignment and the A/D rules, each
//! stated as the spec states it rather than through the reference walker.

use proptest::prelude::*;
use rvlab::hart::Privilege;
use rvlab::mmu::strategy::{arb_leaf_flags, PageTable, PageTableBuilder};
use rvlab::mmu::{page_size, translate, AccessType, AdPolicy, Context, Fault, Pte, PteFlags};

const ACCESSES: [AccessType; 3] = [AccessType::Fetch, AccessType::Load, AccessType::Store];

/// Every S/U context.
fn contexts() -> impl Iterator<Item = Context> {
    [Privilege::Supervisor, Privilege::User]
        .into_iter()
        .flat_map(|privilege| {
            (0..4).map(move |b| Context {
                privilege,
                sum: b & 1 != 0,
                mxr: b & 2 != 0,
            })
        })
}

/// A table holding one leaf of `level` for the page containing `vaddr`,
/// whose PTE is then overwritten with `pte` exactly.
fn one_leaf(root: u64, vaddr: u64, level: u8, pte: Pte) -> (PageTable, u64) {
    let mut b = PageTableBuilder::new(root);
    let base = vaddr & !(page_size(level) - 1);
    let m = b
        .map(base, 0, level, PteFlags::V | PteFlags::R)
        .expect("empty table");
    b.mem_mut().poke(m.pte_addr, pte.0);
    (b.into_page_table(7), m.pte_addr)
}

fn go(
    t: &PageTable,
    vaddr: u64,
    access: AccessType,
    ctx: Context,
    ad: AdPolicy,
) -> Result<u64, Fault> {
    let mut mem = t.mem.clone();
    translate(&mut mem, t.satp, vaddr, access, ctx, ad).map(|t| t.paddr)
}

/// A canonical Sv39 address from 39 random bits.
fn arb_canonical() -> impl Strategy<Value = u64> {
    any::<u64>().prop_map(|v| ((v << 25) as i64 >> 25) as u64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// The permission rules (privileged spec 4.3.1 and mstatus SUM/MXR),
    /// with A and D set so that only permissions matter.
    #[test]
    fn u_bit_sum_and_mxr(
        flags in arb_leaf_flags(), vaddr in arb_canonical(), level in 0..3u8,
        root in 0x8_0000..0x9_0000u64, ppn in 0..1u64 << 30,
    ) {
        let flags = flags | PteFlags::A | PteFlags::D;
        let ppn = ppn & !((1 << (9 * level as u32)) - 1);
        let (table, _) = one_leaf(root, vaddr, level, Pte::new(ppn, flags));
        for ctx in contexts() {
            for access in ACCESSES {
                let user_page = flags.contains(PteFlags::U);
                let privilege_ok = match ctx.privilege {
                    // U-mode touches U pages only.
                    Privilege::User => user_page,
                    // S-mode never executes U pages, and loads or stores
                    // them only with SUM.
                    _ => !user_page || (access != AccessType::Fetch && ctx.sum),
                };
                let rwx_ok = match access {
                    AccessType::Fetch => flags.contains(PteFlags::X),
                    // MXR: executable implies readable.
                    AccessType::Load => flags.contains(PteFlags::R)
                        || (ctx.mxr && flags.contains(PteFlags::X)),
                    AccessType::Store => flags.contains(PteFlags::W),
                };
                let want = if privilege_ok && rwx_ok {
                    Ok((ppn << 12) | (vaddr & (page_size(level) - 1)))
                } else {
                    Err(Fault::Page)
                };
                for ad in [AdPolicy::Fault, AdPolicy::HardwareUpdate] {
                    prop_assert_eq!(go(&table, vaddr, access, ctx, ad), want, "{:?} {:?}", ctx, access);
                }
            }
            // M-mode is not translated at all.
            let m = Context { privilege: Privilege::Machine, ..ctx };
            prop_assert_eq!(go(&table, vaddr, AccessType::Load, m, AdPolicy::Fault), Ok(vaddr));
        }
    }

    /// A superpage whose PPN is not aligned to its size is a page fault for
    /// every access; an aligned one takes the bits below its size from the
    /// virtual address.
    #[test]
    fn superpage_alignment(
        flags in arb_leaf_flags(), vaddr in arb_canonical(), level in 1..3u8,
        ppn in 0..1u64 << 44, misalign in any::<bool>(), low in 1..512u64,
    ) {
        let flags = flags | PteFlags::A | PteFlags::D | PteFlags::U;
        let mask = (1u64 << (9 * level as u32)) - 1;
        let aligned = ppn & !mask;
        let ppn = if misalign { aligned | (low << (9 * (level as u32 - 1))) & mask } else { aligned };
        let (table, _) = one_leaf(0x8_0000, vaddr, level, Pte::new(ppn, flags));
        let ctx = Context { privilege: Privilege::User, sum: false, mxr: true };
        for access in ACCESSES {
            if access == AccessType::Store && !flags.contains(PteFlags::W)
                || access == AccessType::Fetch && !flags.contains(PteFlags::X) {
                continue;
            }
            let got = go(&table, vaddr, access, ctx, AdPolicy::HardwareUpdate);
            if misalign {
                prop_assert_eq!(got, Err(Fault::Page));
            } else {
                prop_assert_eq!(got, Ok((ppn << 12) | (vaddr & (page_size(level) - 1))));
            }
        }
    }

    /// A/D: under `AdPolicy::Fault`, a clear A, or a clear D on a store, is
    /// a page fault and nothing is written; under `HardwareUpdate` the walk
    /// succeeds and the leaf gains exactly A (and D on a store), unless the
    /// PTE's memory is read-only, which is an access fault.
    #[test]
    fn accessed_and_dirty(
        flags in arb_leaf_flags(), vaddr in arb_canonical(), level in 0..3u8,
        read_only in any::<bool>(),
    ) {
        let flags = flags | PteFlags::R | PteFlags::W | PteFlags::X;
        let (mut table, pte_addr) = one_leaf(0x8_0000, vaddr, level, Pte::new(0x10_0000, flags - PteFlags::U));
        table.mem.set_read_only(pte_addr >> 12, read_only);
        let ctx = Context { privilege: Privilege::Supervisor, sum: false, mxr: false };
        for access in ACCESSES {
            let store = access == AccessType::Store;
            let needs = !flags.contains(PteFlags::A) || (store && !flags.contains(PteFlags::D));
            let mut mem = table.mem.clone();
            let got = translate(&mut mem, table.satp, vaddr, access, ctx, AdPolicy::Fault);
            prop_assert_eq!(got.is_err(), needs);
            if needs {
                prop_assert_eq!(got.unwrap_err(), Fault::Page);
            }
            prop_assert!(mem == table.mem, "the Fault policy never writes");

            let mut mem = table.mem.clone();
            let got = translate(&mut mem, table.satp, vaddr, access, ctx, AdPolicy::HardwareUpdate);
            let mut want = table.mem.clone();
            if needs && read_only {
                prop_assert_eq!(got.unwrap_err(), Fault::Access);
            } else {
                let t = got.expect("permitted");
                let mut set = PteFlags::A;
                if store {
                    set |= PteFlags::D;
                }
                let before = table.mem.peek(pte_addr).unwrap();
                prop_assert_eq!(t.pte.0, before | set.bits());
                want.poke(pte_addr, before | set.bits());
            }
            prop_assert!(mem == want, "only the leaf's A/D may change");
        }
    }
}
