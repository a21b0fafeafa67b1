//! Random page tables and accesses: rvlab agrees with the reference walker
//! on every access (result, leaf, memory afterwards); the builder's own
//! list of mappings is honoured; defective, unmapped and non-canonical
//! addresses fault with the right kind.

use proptest::prelude::*;
use rvlab::hart::Privilege;
use rvlab::mmu::strategy::{arb_page_table, arb_table_and_accesses, MemoryImage, PageTable};
use rvlab::mmu::{translate, AccessType, AdPolicy, Context, Fault, Translation};

use crate::model;

const POLICIES: [AdPolicy; 2] = [AdPolicy::HardwareUpdate, AdPolicy::Fault];

/// rvlab's translation on a copy of the table's memory, and that memory
/// afterwards.
fn rvlab(
    table: &PageTable,
    vaddr: u64,
    access: AccessType,
    ctx: Context,
    ad: AdPolicy,
) -> (Result<Translation, Fault>, MemoryImage) {
    let mut mem = table.mem.clone();
    let t = translate(&mut mem, table.satp, vaddr, access, ctx, ad);
    (t, mem)
}

fn is_sv39_canonical(vaddr: u64) -> bool {
    let high = vaddr >> 38;
    high == 0 || high == (1 << 26) - 1
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    /// Every access, both A/D policies: the same physical address, leaf
    /// level, leaf PTE and PTE address as the model, or the same fault; and
    /// memory changed exactly as the model says (only the leaf's A/D).
    #[test]
    fn rvlab_agrees_with_the_reference_walker((table, accesses) in arb_table_and_accesses(1..48)) {
        for a in &accesses {
            for ad in POLICIES {
                let (got, mem) = rvlab(&table, a.vaddr, a.access, a.ctx, ad);
                let want = model::sv39(&table.mem, table.satp.ppn, a.vaddr, a.access, a.ctx, ad);
                let got_walk = got.map(|t| model::Walk {
                    paddr: t.paddr, level: t.level, pte_addr: t.pte_addr, pte: t.pte.0,
                });
                prop_assert_eq!(got_walk, want, "{:x?} {:?}", a, ad);
                prop_assert!(mem == model::memory_after(&table.mem, &want), "memory differs after {:x?} {:?}", a, ad);
            }
        }
    }

    /// Entries the builder broke on purpose fault with their defect's
    /// fault, whatever the access; addresses no entry covers, and
    /// non-canonical ones, are page faults. None of it writes memory.
    #[test]
    fn defective_unmapped_and_non_canonical_fault((table, accesses) in arb_table_and_accesses(1..48)) {
        for a in &accesses {
            let expected = if !is_sv39_canonical(a.vaddr) {
                Some(Fault::Page)
            } else {
                match table.mapping_for(a.vaddr) {
                    None => Some(Fault::Page),
                    Some(m) => m.defect.map(|d| d.fault()),
                }
            };
            let Some(fault) = expected else { continue };
            for ad in POLICIES {
                let (got, mem) = rvlab(&table, a.vaddr, a.access, a.ctx, ad);
                prop_assert_eq!(got, Err(fault), "{:x?} {:?}", a, ad);
                prop_assert!(mem == table.mem);
            }
        }
    }

    /// Each valid mapping in the builder's list, at a random offset, for
    /// every access its flags allow (from the privilege its U bit asks):
    /// the expected physical address, unless A/D must be set and the policy
    /// faults (page fault) or the PTE is read-only (access fault). A
    /// successful update sets exactly A (and D for a store) in the leaf.
    /// The same address with one of bits 63:39 flipped is a page fault.
    #[test]
    fn mappings_translate_as_built(
        (table, offsets) in arb_page_table().prop_flat_map(|t| {
            let n = t.mappings.len();
            (Just(t), prop::collection::vec((any::<u64>(), 39..64u32), n))
        })
    ) {
        for (m, &(offset, bit)) in table.mappings.iter().zip(&offsets) {
            if m.defect.is_some() {
                continue;
            }
            let vaddr = m.vaddr + offset % m.size();
            let user = m.flags.contains(rvlab::mmu::PteFlags::U);
            let privilege = if user { Privilege::User } else { Privilege::Supervisor };
            let ctx = Context { privilege, sum: false, mxr: false };
            let pte = table.mem.peek(m.pte_addr).unwrap();
            for access in [AccessType::Fetch, AccessType::Load, AccessType::Store] {
                if !model::permits(pte, access, ctx) {
                    continue;
                }
                let store = access == AccessType::Store;
                let needs_update = pte & model::A == 0 || (store && pte & model::D == 0);
                let (got, mem) = rvlab(&table, vaddr, access, ctx, AdPolicy::Fault);
                let want = if needs_update { Err(Fault::Page) } else { Ok(m.expected_paddr(vaddr)) };
                prop_assert_eq!(got.map(|t| t.paddr), want, "{:x?} {:?} Fault", m, access);
                prop_assert!(mem == table.mem);

                let (got, mem) = rvlab(&table, vaddr, access, ctx, AdPolicy::HardwareUpdate);
                if needs_update && !table.mem.is_writable(m.pte_addr) {
                    prop_assert_eq!(got, Err(Fault::Access));
                    prop_assert!(mem == table.mem);
                } else {
                    let t = got.map_err(|f| TestCaseError::fail(format!("{f:?} for {m:x?} {access:?}")))?;
                    prop_assert_eq!(t.paddr, m.expected_paddr(vaddr));
                    prop_assert_eq!(t.level, m.level);
                    let updated = pte | model::A | if store { model::D } else { 0 };
                    prop_assert_eq!(t.pte.0, updated);
                    let mut expected = table.mem.clone();
                    expected.poke(m.pte_addr, updated);
                    prop_assert!(mem == expected, "only the leaf's A/D may change");
                }
                let want = model::sv39(&table.mem, table.satp.ppn, vaddr, access, ctx, AdPolicy::HardwareUpdate);
                prop_assert_eq!(want.map(|w| w.paddr), got.map(|t| t.paddr), "the model agrees");

                let flipped = vaddr ^ (1 << bit);
                let (got, _) = rvlab(&table, flipped, access, ctx, AdPolicy::HardwareUpdate);
                prop_assert_eq!(got, Err(Fault::Page), "non-canonical {:#x}", flipped);
            }
        }
    }
}

/// The generators reach every outcome: each defect, successes at every
/// level, page faults, access faults (absent table, read-only A/D update).
#[test]
fn strategies_cover_every_outcome() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    use rvlab::mmu::strategy::Defect;
    use std::collections::BTreeSet;

    let mut runner = TestRunner::deterministic();
    let strategy = arb_table_and_accesses(32..33);
    let (mut defects, mut levels) = (BTreeSet::new(), BTreeSet::new());
    let (mut page, mut access, mut non_canonical, mut read_only_update) = (0, 0, 0, 0);
    for _ in 0..500 {
        let (table, accesses) = strategy.new_tree(&mut runner).unwrap().current();
        defects.extend(
            table
                .mappings
                .iter()
                .filter_map(|m| m.defect)
                .map(|d| format!("{d:?}")),
        );
        for a in &accesses {
            non_canonical += usize::from(!is_sv39_canonical(a.vaddr));
            match rvlab(&table, a.vaddr, a.access, a.ctx, AdPolicy::HardwareUpdate).0 {
                Ok(t) => {
                    levels.insert(t.level);
                }
                Err(Fault::Page) => page += 1,
                Err(Fault::Access) => {
                    access += 1;
                    let m = table.mapping_for(a.vaddr);
                    read_only_update += usize::from(m.is_some_and(|m| m.defect.is_none()));
                }
            }
        }
    }
    assert_eq!(defects.len(), Defect::ALL.len(), "{defects:?}");
    assert_eq!(levels, BTreeSet::from([0, 1, 2]));
    assert!(
        page > 1000 && access > 100 && non_canonical > 100 && read_only_update > 10,
        "page {page}, access {access}, non-canonical {non_canonical}, read-only {read_only_update}"
    );
}
