//! Unit tests of `MemoryHierarchy`: each latency path, the L2 catching L1
//! evictions, and coherence between harts (ping-pong, false sharing, read
//! sharing, upgrades, self-modifying code, migration).

use super::*;
use crate::timing::cache::CacheStats;

/// small-inorder: L1I hit 1, L1D hit 3, L2 hit 16, memory 120.
fn small(harts: usize) -> MemoryHierarchy {
    MemoryHierarchy::new(&TimingConfig::preset("small-inorder").unwrap(), harts).unwrap()
}

const L1I: u32 = 1;
const L1D: u32 = 3;
const L2: u32 = 16;
const MEM: u32 = 120;
const A: u64 = 0x8000_0000;

#[test]
fn latency_paths() {
    let mut m = small(1);
    assert_eq!(m.fetch(0, A), MEM, "cold fetch: L1I and L2 miss");
    assert_eq!(m.fetch(0, A + 4), L1I, "same line");
    assert_eq!(
        m.load(0, A),
        L2,
        "L1D miss, the fetch left the line in the L2"
    );
    assert_eq!(m.load(0, A + 8), L1D);
    assert_eq!(m.store(0, A + 0x1000), MEM, "write-allocate miss");
    assert_eq!(m.store(0, A + 0x1008), L1D, "hit on a Modified line");
    let s = m.stats(0);
    assert_eq!((s.l2_hits, s.l2_misses), (1, 2));
    assert_eq!(m.l1i(0).stats.hits, 1);
    assert_eq!(m.l1d(0).stats.misses, 2);
    assert_eq!(
        m.latencies(),
        Latencies {
            l1i: L1I,
            l1d: L1D,
            l2: Some(L2),
            memory: MEM
        }
    );
}

#[test]
fn no_l2_and_ideal() {
    let mut tiny = MemoryHierarchy::new(&TimingConfig::preset("tiny").unwrap(), 1).unwrap();
    assert!(tiny.l2().is_none());
    assert_eq!(tiny.load(0, A), MEM);
    assert_eq!(tiny.load(0, A), L1D);
    let mut ideal = MemoryHierarchy::new(&TimingConfig::preset("no-cache").unwrap(), 2).unwrap();
    for a in [A, A + 0x10_0000, A] {
        assert_eq!(
            (ideal.fetch(0, a), ideal.load(1, a), ideal.store(0, a)),
            (1, 1, 1)
        );
    }
    assert_eq!(
        ideal.l1d(0).stats,
        CacheStats::default(),
        "nothing simulated"
    );
    assert_eq!(ideal.latencies().l1d, 1);
}

#[test]
fn l2_catches_l1_evictions() {
    // A 1 KiB direct-mapped L1D: A and A + 1 KiB collide.
    let cfg = TimingConfig::default()
        .with_overrides(&["l1d.size=1K", "l1d.ways=1"])
        .unwrap();
    let mut m = MemoryHierarchy::new(&cfg, 1).unwrap();
    assert_eq!(m.store(0, A), MEM);
    assert_eq!(m.load(0, A + 1024), MEM, "evicts dirty A into the L2");
    assert_eq!(m.l1d(0).stats.writebacks, 1);
    let l2 = m.l2().unwrap();
    assert!(
        l2.contains(A) && l2.is_dirty(A),
        "the write-back landed in the L2"
    );
    assert_eq!(m.load(0, A), L2, "L1 miss, L2 hit");
    assert_eq!(m.load(0, A + 1024), L2);
    assert_eq!(m.stats(0).l2_hits, 2);
}

#[test]
fn ping_pong_on_one_line() {
    let mut m = small(2);
    assert_eq!(m.store(0, A), MEM);
    for round in 0..10 {
        let hart = 1 - round % 2;
        assert_eq!(
            m.store(hart, A),
            L2,
            "round {round}: the line moves from the other hart"
        );
    }
    for h in 0..2 {
        assert_eq!(m.l1d(h).stats.hits, 0, "hart {h} never hits");
        assert_eq!(m.stats(h).transfers_in, 5);
        assert_eq!(m.stats(h).invalidations_received, 5);
    }
}

#[test]
fn false_sharing_is_ping_pong_and_separate_lines_are_not() {
    let mut shared = small(2);
    let mut apart = small(2);
    let (mut shared_cycles, mut apart_cycles) = (0, 0);
    for _ in 0..100 {
        // Different words of one 64-byte line, or of two lines.
        shared_cycles += shared.store(0, A) + shared.store(1, A + 8);
        apart_cycles += apart.store(0, A) + apart.store(1, A + 64);
    }
    assert_eq!(
        apart_cycles,
        2 * MEM + 198 * L1D,
        "first stores miss, then all hit"
    );
    assert_eq!(shared_cycles, MEM + 199 * L2);
    assert_eq!(apart.l1d(1).stats.hits, 99);
    assert_eq!(shared.l1d(1).stats.hits, 0);
}

#[test]
fn read_sharing_then_upgrade() {
    let mut m = small(2);
    assert_eq!(m.load(0, A), MEM);
    assert_eq!(m.load(1, A), L2);
    assert_eq!(
        (m.load(0, A), m.load(1, A)),
        (L1D, L1D),
        "both Shared, both hit"
    );
    assert_eq!(m.store(0, A), L2, "upgrade: invalidate hart 1's copy");
    assert_eq!(m.stats(0).upgrades, 1);
    assert!(!m.l1d(1).contains(A));
    assert_eq!(m.store(0, A), L1D, "now Modified");
    assert_eq!(m.load(1, A), L2, "hart 1 gets it from hart 0");
    assert_eq!(m.stats(1).transfers_in, 1);
    assert!(
        m.l1d(0).contains(A) && !m.l1d(0).is_dirty(A),
        "hart 0 keeps a Shared copy"
    );
    assert_eq!(m.store(0, A), L2, "upgrade again");
}

#[test]
fn store_on_a_lone_shared_line_is_an_l1_hit() {
    let mut m = small(2);
    m.load(0, A);
    assert_eq!(m.store(0, A), L1D, "no other copies: a silent upgrade");
    assert_eq!(m.stats(0).upgrades, 0);
}

#[test]
fn stores_invalidate_other_harts_instruction_caches() {
    let mut m = small(2);
    m.fetch(1, A);
    assert_eq!(m.fetch(1, A), L1I);
    m.store(0, A + 16); // hart 0 writes code hart 1 runs
    assert_eq!(m.stats(1).invalidations_received, 1);
    assert_eq!(
        m.fetch(1, A),
        L2,
        "refetched, served by hart 0's Modified copy"
    );
    assert_eq!(m.stats(1).transfers_in, 1);
    // A hart's own L1I needs fence.i.
    m.fetch(0, A + 0x2000);
    m.store(0, A + 0x2000);
    assert_eq!(
        m.fetch(0, A + 0x2000),
        L1I,
        "own stores do not reach the own L1I"
    );
    m.fence_i(0);
    assert_eq!(m.fetch(0, A + 0x2000), L2);
}

#[test]
fn migration_refetches_from_the_old_hart() {
    // A process fills 4 KiB on hart 0, then runs on hart 1.
    let mut m = small(2);
    for off in (0..4096).step_by(8) {
        m.store(0, A + off);
    }
    let cycles: u32 = (0..4096).step_by(8).map(|off| m.load(1, A + off)).sum();
    assert_eq!(m.stats(1).transfers_in, 64, "one per line");
    assert_eq!(cycles, 64 * L2 + (512 - 64) * L1D);
}

#[test]
fn reset_stats_keeps_contents() {
    let mut m = small(1);
    m.load(0, A);
    m.reset_stats();
    assert_eq!(m.l1d(0).stats, CacheStats::default());
    assert_eq!(m.load(0, A), L1D);
}
