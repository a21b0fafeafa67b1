//! Unit tests of `Cache` against access sequences worked out by hand.
//!
//! Most use a 64-byte, 2-way cache of 16-byte lines: 2 sets. Line number
//! `n` is address `n * 16` and lives in set `n % 2`, so lines 0, 2, 4, 6, 8
//! (addresses 0x00, 0x20, 0x40, 0x60, 0x80) all compete for set 0.

use super::*;

fn cache(replacement: Replacement) -> Cache {
    Cache::new(CacheGeometry {
        size: 64,
        ways: 2,
        line: 16,
        replacement,
    })
    .unwrap()
}

/// One scripted access and what it must do: (address, is_write, hit,
/// evicted line, written-back line).
type Step = (u64, bool, bool, Option<u64>, Option<u64>);

fn run(c: &mut Cache, script: &[Step]) {
    for (n, &(addr, write, hit, evicted, writeback)) in script.iter().enumerate() {
        let r = c.access(addr, write);
        let what = if write { "write" } else { "read" };
        assert_eq!(r.hit, hit, "step {}: {what} {addr:#x} hit", n + 1);
        assert_eq!(
            r.evicted,
            evicted,
            "step {}: {what} {addr:#x} evicted",
            n + 1
        );
        assert_eq!(
            r.writeback,
            writeback,
            "step {}: {what} {addr:#x} write-back",
            n + 1
        );
    }
}

const R: bool = false;
const W: bool = true;

#[test]
fn lru_sequence() {
    // Set 0 after each step (oldest use first, * = dirty):
    //  1 R 0x00  miss, empty way          [0]
    //  2 R 0x20  miss, empty way          [0 2]
    //  3 R 0x00  hit                      [2 0]
    //  4 W 0x40  miss, evicts LRU 2       [0 4*]
    //  5 R 0x20  miss, evicts LRU 0       [4* 2]
    //  6 R 0x60  miss, evicts LRU 4, dirty: written back   [2 6]
    //  7 R 0x10  miss, set 1, empty way
    //  8 R 0x48  (line 4) miss, evicts LRU 2               [6 4]
    let mut c = cache(Replacement::Lru);
    run(
        &mut c,
        &[
            (0x00, R, false, None, None),
            (0x20, R, false, None, None),
            (0x00, R, true, None, None),
            (0x40, W, false, Some(0x20), None),
            (0x20, R, false, Some(0x00), None),
            (0x60, R, false, Some(0x40), Some(0x40)),
            (0x10, R, false, None, None),
            (0x48, R, false, Some(0x20), None),
        ],
    );
    assert_eq!(
        c.stats,
        CacheStats {
            hits: 1,
            misses: 7,
            writebacks: 1,
            invalidations: 0
        }
    );
}

#[test]
fn fifo_sequence() {
    // The same accesses; hits do not refresh a line (oldest fill first):
    //  1 R 0x00  miss                     [0]
    //  2 R 0x20  miss                     [0 2]
    //  3 R 0x00  hit, order unchanged     [0 2]
    //  4 W 0x40  miss, evicts oldest 0    [2 4*]
    //  5 R 0x20  hit (LRU had evicted it) [2 4*]
    //  6 R 0x60  miss, evicts oldest 2    [4* 6]
    //  7 R 0x10  miss, set 1
    //  8 R 0x48  hit, still dirty         [4* 6]
    //  9 R 0x80  miss, evicts oldest 4, dirty: written back  [6 8]
    let mut c = cache(Replacement::Fifo);
    run(
        &mut c,
        &[
            (0x00, R, false, None, None),
            (0x20, R, false, None, None),
            (0x00, R, true, None, None),
            (0x40, W, false, Some(0x00), None),
            (0x20, R, true, None, None),
            (0x60, R, false, Some(0x20), None),
            (0x10, R, false, None, None),
            (0x48, R, true, None, None),
            (0x80, R, false, Some(0x40), Some(0x40)),
        ],
    );
    assert_eq!(
        c.stats,
        CacheStats {
            hits: 3,
            misses: 6,
            writebacks: 1,
            invalidations: 0
        }
    );
}

#[test]
fn random_sequence_seed_7() {
    // xorshift64 from seed 7 (x ^= x<<13; x ^= x>>7; x ^= x<<17), victim
    // way = (x >> 33) % 2. The first three draws are
    //   7575888327 -> way 0, 8070950887952051652 -> way 1,
    //   13931920357059763743 -> way 0.
    // Empty ways are used first and draw nothing. Set 0 by way:
    //  1 R 0x00  miss, empty way 0        [0 -]
    //  2 R 0x20  miss, empty way 1        [0 2]
    //  3 R 0x00  hit
    //  4 W 0x40  miss, draw way 0, evicts 0          [4* 2]
    //  5 R 0x20  hit
    //  6 R 0x60  miss, draw way 1, evicts 2          [4* 6]
    //  7 R 0x10  miss, set 1
    //  8 R 0x48  hit
    //  9 R 0x80  miss, draw way 0, evicts dirty 4    [8 6]
    let mut c = cache(Replacement::Random { seed: 7 });
    run(
        &mut c,
        &[
            (0x00, R, false, None, None),
            (0x20, R, false, None, None),
            (0x00, R, true, None, None),
            (0x40, W, false, Some(0x00), None),
            (0x20, R, true, None, None),
            (0x60, R, false, Some(0x20), None),
            (0x10, R, false, None, None),
            (0x48, R, true, None, None),
            (0x80, R, false, Some(0x40), Some(0x40)),
        ],
    );
    assert_eq!(
        c.stats,
        CacheStats {
            hits: 3,
            misses: 6,
            writebacks: 1,
            invalidations: 0
        }
    );
}

#[test]
fn random_is_deterministic_per_seed() {
    let trace = |seed| {
        let mut c = Cache::new(CacheGeometry {
            size: 256,
            ways: 4,
            line: 16,
            replacement: Replacement::Random { seed },
        })
        .unwrap();
        (0..200u64)
            .map(|i| c.access((i * 7 % 23) * 16, i % 3 == 0).evicted)
            .collect::<Vec<_>>()
    };
    assert_eq!(trace(42), trace(42));
    assert_ne!(trace(42), trace(43));
}

#[test]
fn write_allocate_and_dirty_hits() {
    let mut c = cache(Replacement::Lru);
    let r = c.access(0x44, W);
    assert!(!r.hit, "a write miss allocates");
    assert!(c.contains(0x40) && c.is_dirty(0x4f));
    let r = c.access(0x48, R);
    assert!(r.hit && r.was_dirty);
    let r = c.access(0x00, W);
    assert!(!r.hit && !r.was_dirty);
    let r = c.access(0x00, W);
    assert!(r.hit && r.was_dirty, "second write hits a Modified line");
}

#[test]
fn mru_fast_path_keeps_lru_order() {
    // Repeated hits in the most recent way skip the stamp update; LRU must
    // still evict the other way.
    let mut c = cache(Replacement::Lru);
    c.access(0x00, R);
    c.access(0x20, R);
    c.access(0x00, R); // slow-path hit: 0 becomes most recent
    for _ in 0..5 {
        assert!(c.access(0x04, R).hit); // fast path
    }
    assert_eq!(c.access(0x40, R).evicted, Some(0x20));
}

#[test]
fn invalidate_clean_and_flush() {
    let mut c = cache(Replacement::Lru);
    c.access(0x00, W);
    c.access(0x10, R);
    assert_eq!(c.invalidate_line(0x08), Some(LineState::Dirty));
    assert_eq!(c.invalidate_line(0x08), None, "already gone");
    assert!(!c.contains(0x00));
    assert!(!c.access(0x00, R).hit, "the MRU way was invalidated");
    assert_eq!(c.invalidate_line(0x1c), Some(LineState::Clean));
    assert_eq!(c.stats.invalidations, 2);

    c.access(0x20, W);
    assert!(c.clean_line(0x20));
    assert!(!c.is_dirty(0x20) && c.contains(0x20));
    assert!(!c.clean_line(0x20));

    c.access(0x30, W);
    assert_eq!(c.flush(), 1);
    assert_eq!(c.lines().count(), 0);
}

#[test]
fn accept_writeback_allocates_dirty_without_counting() {
    let mut c = cache(Replacement::Lru);
    assert_eq!(c.accept_writeback(0x00), None);
    assert_eq!(c.accept_writeback(0x20), None);
    assert!(c.is_dirty(0x00) && c.is_dirty(0x20));
    assert_eq!(c.stats.hits + c.stats.misses, 0);
    // Set 0 is full of dirty lines; a third pushes the oldest (0x00) out.
    assert_eq!(c.accept_writeback(0x40), Some(0x00));
}

#[test]
fn direct_mapped_and_fully_associative() {
    let geo = |ways| CacheGeometry {
        size: 128,
        ways,
        line: 32,
        replacement: Replacement::Lru,
    };
    let mut dm = Cache::new(geo(1)).unwrap();
    dm.access(0x00, R);
    assert_eq!(
        dm.access(0x80, R).evicted,
        Some(0x00),
        "4 sets: 0x00 and 0x80 collide"
    );
    let mut fa = Cache::new(geo(4)).unwrap();
    for a in [0x00, 0x80, 0x100, 0x180] {
        fa.access(a, R);
    }
    assert_eq!(fa.lines().count(), 4, "one set holds all four");
    assert_eq!(fa.line_addr(0x1234), 0x1220);
}

#[test]
fn geometry_errors() {
    let geo = |size, ways, line| CacheGeometry {
        size,
        ways,
        line,
        replacement: Replacement::Lru,
    };
    assert_eq!(
        geo(3000, 2, 64).validate(),
        Err(GeometryError::SizeNotPowerOfTwo(3000))
    );
    assert_eq!(
        geo(4096, 2, 48).validate(),
        Err(GeometryError::LineNotPowerOfTwo(48))
    );
    assert_eq!(
        geo(64, 1, 128).validate(),
        Err(GeometryError::LineBiggerThanCache {
            line: 128,
            size: 64
        })
    );
    assert_eq!(
        geo(4096, 0, 64).validate(),
        Err(GeometryError::BadWays { ways: 0, lines: 64 })
    );
    assert_eq!(
        geo(4096, 3, 64).validate(),
        Err(GeometryError::BadWays { ways: 3, lines: 64 })
    );
    assert_eq!(
        geo(4096, 128, 64).validate(),
        Err(GeometryError::BadWays {
            ways: 128,
            lines: 64
        })
    );
    assert!(geo(32 << 10, 8, 64).validate().is_ok());
    assert_eq!(geo(32 << 10, 8, 64).sets(), 64);
}
