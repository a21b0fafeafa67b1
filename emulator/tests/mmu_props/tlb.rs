//! The modeled TLB. Driven like the hart drives it (look up; on a miss walk
//! and insert) while PTEs change behind its back and `sfence.vma` runs with
//! random operands: a hit is always the translation a walk gave when the
//! entry was inserted, and equals a fresh walk if no PTE changed since;
//! each fence removes exactly the entries the spec says; the geometry
//! bounds the number of entries.

use std::collections::HashMap;

use proptest::prelude::*;
use rvlab::hart::Privilege;
use rvlab::mmu::strategy::{arb_page_table, arb_vaddr, PageTable};
use rvlab::mmu::{
    page_size, translate, AccessType, AdPolicy, Context, Pte, PteFlags, Replacement, Tlb,
    TlbConfig, TlbEntry, Translation,
};

/// Loads from S-mode with SUM and MXR: every valid leaf permits them.
const CTX: Context = Context {
    privilege: Privilege::Supervisor,
    sum: true,
    mxr: true,
};

/// Whether `sfence.vma` with these operands (None = x0) must remove `e`
/// (privileged spec 4.2.1): rs1 = x0 means every address, else the leaf
/// containing rs1; rs2 = x0 means every address space including global
/// mappings, else that ASID's non-global entries only.
fn fence_removes(e: &TlbEntry, vaddr: Option<u64>, asid: Option<u16>) -> bool {
    let shift = 12 + 9 * e.level as u32;
    let address = vaddr.is_none_or(|va| va >> shift << shift == e.vpn << shift);
    let space = asid.is_none_or(|a| !e.global && e.asid == a);
    address && space
}

/// Checks a fence against [`fence_removes`]: the surviving entries are the
/// ones before minus exactly those.
fn fence_and_check(
    tlb: &mut Tlb,
    vaddr: Option<u64>,
    asid: Option<u16>,
) -> Result<(), TestCaseError> {
    let before: Vec<TlbEntry> = tlb.entries().collect();
    tlb.fence(vaddr, asid);
    let after: Vec<TlbEntry> = tlb.entries().collect();
    let want: Vec<TlbEntry> = before
        .into_iter()
        .filter(|e| !fence_removes(e, vaddr, asid))
        .collect();
    prop_assert_eq!(after, want, "fence({:x?}, {:?})", vaddr, asid);
    Ok(())
}

fn arb_config() -> impl Strategy<Value = TlbConfig> {
    let replacement = prop_oneof![
        Just(Replacement::Lru),
        Just(Replacement::Fifo),
        any::<u64>().prop_map(|seed| Replacement::Random { seed }),
    ];
    (0..4u32, 0..5u32, replacement).prop_map(|(w, s, replacement)| TlbConfig {
        entries: (1 << w) * (1 << s),
        ways: 1 << w,
        replacement,
    })
}

#[derive(Clone, Debug)]
enum Op {
    Access {
        vaddr: u64,
        asid: u16,
    },
    /// Rewrites a PTE: `slot` picks it among the table's non-zero words.
    Change {
        slot: prop::sample::Index,
        how: u8,
        bits: u64,
    },
    Fence {
        vaddr: Option<u64>,
        asid: Option<u16>,
    },
}

fn arb_ops(table: &PageTable) -> impl Strategy<Value = Vec<Op>> {
    let asid = 0..4u16;
    let access = (arb_vaddr(&table.mappings), asid.clone())
        .prop_map(|(vaddr, asid)| Op::Access { vaddr, asid });
    let change = (any::<prop::sample::Index>(), 0..5u8, any::<u64>())
        .prop_map(|(slot, how, bits)| Op::Change { slot, how, bits });
    let fence = (
        prop::option::of(arb_vaddr(&table.mappings)),
        prop::option::of(asid),
    )
        .prop_map(|(vaddr, asid)| Op::Fence { vaddr, asid });
    prop::collection::vec(prop_oneof![12 => access, 2 => change, 1 => fence], 1..120)
}

/// The new value of a PTE for [`Op::Change`].
fn changed(pte: u64, how: u8, bits: u64) -> u64 {
    let flags = PteFlags::V | PteFlags::R | PteFlags::A;
    match how {
        0 => pte & !PteFlags::V.bits(),
        1 => pte ^ (1 << (1 + bits % 5)), // one of R, W, X, U, G
        2 => Pte::new(bits % (1 << 30), Pte(pte).flags()).0,
        3 => Pte::new(bits % (1 << 30) & !0x3ffff, flags).0, // a leaf, aligned for any level
        _ => 0,
    }
}

/// What a walk returned for an entry when it was inserted, and how many
/// PTE changes had happened by then.
#[derive(Clone, Copy, Debug)]
struct Snapshot {
    page: u64,
    flags: PteFlags,
    changes: u64,
}

type Key = (u64, u8, u16, bool);

fn key(e: &TlbEntry) -> Key {
    (e.vpn, e.level, e.asid, e.global)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn tlb_hits_are_walks_or_stale_snapshots(
        (mut table, ops, config) in arb_page_table()
            .prop_flat_map(|t| { let ops = arb_ops(&t); (Just(t), ops, arb_config()) })
    ) {
        let mut tlb = Tlb::new(config).unwrap();
        let mut snapshots: HashMap<Key, Vec<Snapshot>> = HashMap::new();
        let mut changes = 0u64;
        for op in ops {
            match op {
                Op::Access { vaddr, asid } => {
                    let satp = rvlab::mmu::Satp { asid, ..table.satp };
                    if let Some(e) = tlb.lookup(vaddr, asid) {
                        let shift = 12 + 9 * e.level as u32;
                        prop_assert!(vaddr >> shift == e.vpn && (e.global || e.asid == asid), "{:x?} does not match {:#x}/{}", e, vaddr, asid);
                        let when = snapshots.get(&key(&e)).into_iter().flatten()
                            .filter(|s| s.page == e.page && s.flags == e.flags)
                            .map(|s| s.changes).max();
                        let Some(when) = when else {
                            return Err(TestCaseError::fail(format!("{e:x?} is no walk's result")));
                        };
                        if when == changes {
                            let fresh = translate(&mut table.mem, satp, vaddr, AccessType::Load, CTX, AdPolicy::HardwareUpdate);
                            let fresh = fresh.map(|t| (t.paddr, t.level, t.pte.flags()));
                            prop_assert_eq!(fresh, Ok((e.paddr(vaddr), e.level, e.flags)), "no PTE changed since the insert");
                        }
                    } else if let Ok(t) = translate(&mut table.mem, satp, vaddr, AccessType::Load, CTX, AdPolicy::HardwareUpdate) {
                        tlb.insert(vaddr, asid, &t);
                        let global = t.pte.flags().contains(PteFlags::G);
                        let vpn = vaddr >> (12 + 9 * t.level as u32);
                        let page = t.paddr & !(page_size(t.level) - 1);
                        snapshots.entry((vpn, t.level, asid, global)).or_default()
                            .push(Snapshot { page, flags: t.pte.flags(), changes });
                        let hit = tlb.probe(vaddr, asid).map(|e| e.paddr(vaddr));
                        prop_assert_eq!(hit, Some(t.paddr), "hit right after insert");
                    }
                }
                Op::Change { slot, how, bits } => {
                    let words: Vec<(u64, u64)> = table.mem.words().collect();
                    if !words.is_empty() {
                        let (addr, pte) = *slot.get(&words);
                        table.mem.poke(addr, changed(pte, how, bits));
                        changes += 1;
                    }
                }
                Op::Fence { vaddr, asid } => fence_and_check(&mut tlb, vaddr, asid)?,
            }
            prop_assert!(tlb.entries().count() <= config.entries);
        }
    }
}

/// A random virtual page base at `level`, from few values so pages repeat.
fn arb_page(level: u8) -> impl Strategy<Value = u64> {
    let vpn = prop::sample::select(vec![0u64, 1, 2, 3, 511]);
    (vpn.clone(), vpn.clone(), vpn, any::<bool>()).prop_map(move |(a, b, c, high)| {
        let va = (a << 30 | b << 21 | c << 12) & !(page_size(level) - 1);
        if high {
            va | !((1 << 39) - 1)
        } else {
            va
        }
    })
}

/// An entry to insert: (vaddr, asid, translation).
fn arb_insert() -> impl Strategy<Value = (u64, u16, Translation)> {
    (0..3u8).prop_flat_map(|level| {
        (
            arb_page(level),
            0..page_size(level),
            0..4u16,
            any::<bool>(),
            0..1u64 << 30,
        )
            .prop_map(move |(page, off, asid, global, ppn)| {
                let mut flags = PteFlags::V | PteFlags::R | PteFlags::A;
                flags.set(PteFlags::G, global);
                let paddr = (ppn << 12) & !(page_size(level) - 1);
                let pte = Pte::new(paddr >> 12, flags);
                (
                    page + off,
                    asid,
                    Translation {
                        paddr: paddr + off,
                        level,
                        pte,
                        pte_addr: 0,
                    },
                )
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// The four `sfence.vma` operand combinations on a TLB large enough to
    /// hold every insert: exactly the spec's entries go.
    #[test]
    fn fence_removes_exactly_what_the_spec_says(
        inserts in prop::collection::vec(arb_insert(), 1..40),
        vaddr in (0..3u8).prop_flat_map(arb_page).prop_map(|p| p | 0x123), asid in 0..4u16,
    ) {
        let mut full = Tlb::new(TlbConfig { entries: 64, ways: 64, replacement: Replacement::Lru }).unwrap();
        for (va, a, t) in &inserts {
            full.insert(*va, *a, t);
        }
        for (v, a) in [(None, None), (None, Some(asid)), (Some(vaddr), None), (Some(vaddr), Some(asid))] {
            let mut tlb = full.clone();
            fence_and_check(&mut tlb, v, a)?;
            match (v, a) {
                (None, None) => prop_assert_eq!(tlb.entries().count(), 0),
                (None, Some(a)) => prop_assert!(tlb.entries().all(|e| e.global || e.asid != a)),
                (Some(v), None) => for other in 0..4 {
                    prop_assert_eq!(tlb.probe(v, other), None, "every ASID, global too");
                },
                (Some(v), Some(a)) => prop_assert!(tlb.probe(v, a).is_none_or(|e| e.global)),
            }
        }
    }

    /// Random geometries and replacement policies: at most `entries` valid
    /// entries; right after an insert a lookup finds it (or an older entry
    /// of another page size covering the same address); a global entry is
    /// found from every ASID; pages that fit in their sets (at most `ways`
    /// per set) all stay.
    #[test]
    fn tlb_geometry(
        config in arb_config(),
        ops in prop::collection::vec((arb_insert(), 0..8u8), 1..100),
        pages in prop::collection::btree_set(0..1u64 << 27, 1..40),
    ) {
        let mut tlb = Tlb::new(config).unwrap();
        for ((va, asid, t), what) in ops {
            match what {
                0 => tlb.fence(Some(va), None),
                1 => { tlb.lookup(va, asid); }
                _ => {
                    let before: Vec<TlbEntry> = tlb.entries().collect();
                    tlb.insert(va, asid, &t);
                    // Found right away: the new entry, or an older one of
                    // another page size that also covers `va` (stale
                    // entries may be used until a fence).
                    let hit = tlb.probe(va, asid);
                    let ok = hit.is_some_and(|e| {
                        (e.paddr(va), e.level) == (t.paddr, t.level) || before.contains(&e)
                    });
                    prop_assert!(ok, "{:x?} after inserting {:x?}: {:x?}", hit, t, config);
                    // A global mapping exists in every address space.
                    if t.pte.flags().contains(PteFlags::G) {
                        prop_assert!((0..4).all(|a| tlb.probe(va, a).is_some()), "global");
                    }
                }
            }
            prop_assert!(tlb.entries().count() <= config.entries);
        }

        let sets = (config.entries / config.ways) as u64;
        let mut tlb = Tlb::new(config).unwrap();
        let mut per_set: HashMap<u64, usize> = HashMap::new();
        let mut kept = vec![];
        for vpn in pages {
            let n = per_set.entry(vpn % sets).or_default();
            if *n < config.ways {
                *n += 1;
                kept.push(vpn << 12);
                let t = Translation { paddr: vpn << 12, level: 0, pte: Pte::new(vpn, PteFlags::V | PteFlags::R), pte_addr: 0 };
                tlb.insert(vpn << 12, 1, &t);
            }
        }
        for va in kept {
            prop_assert_eq!(tlb.lookup(va, 1).map(|e| e.paddr(va)), Some(va), "{:x?}", config);
        }
    }
}

/// Malformed geometries are refused.
#[test]
fn tlb_config_validation() {
    for entries in 0..70usize {
        for ways in 0..20 {
            let ok = ways > 0
                && entries > 0
                && entries % ways == 0
                && (entries / ways).is_power_of_two();
            let cfg = TlbConfig {
                entries,
                ways,
                replacement: Replacement::Lru,
            };
            assert_eq!(Tlb::new(cfg).is_ok(), ok, "{entries} entries, {ways} ways");
        }
    }
}

/// Regression: a page remapped with another page size, then walked again
/// while the old entry still hits (a store through an entry without D
/// re-walks). `Tlb::insert` used to reuse the old entry's slot, in the set
/// of the old page size, where lookups of the new size never look: the
/// entry was unreachable until evicted, wasting capacity and skewing hit
/// counts (not a spec violation: a TLB may drop entries).
#[test]
fn insert_over_another_page_size() {
    let cfg = TlbConfig {
        entries: 2,
        ways: 1,
        replacement: Replacement::Lru,
    };
    let mut tlb = Tlb::new(cfg).unwrap();
    let va = 0x4000_0000;
    let flags = PteFlags::V | PteFlags::R | PteFlags::A;
    let giga = Translation {
        paddr: 0x8000_0000,
        level: 2,
        pte: Pte::new(0x8_0000, flags),
        pte_addr: 0,
    };
    tlb.insert(va, 1, &giga);
    let small = Translation {
        paddr: 0x9000_0000,
        level: 0,
        pte: Pte::new(0x9_0000, flags),
        pte_addr: 0,
    };
    tlb.insert(va, 1, &small);
    assert_eq!(tlb.probe(va, 1).map(|e| e.paddr(va)), Some(0x9000_0000));
}
