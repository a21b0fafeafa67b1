//! Unit tests of `TimingConfig`: presets' numbers, validation errors, the
//! size parser and `describe`.

use super::*;

fn small() -> TimingConfig {
    TimingConfig::preset("small-inorder").unwrap()
}

#[test]
fn small_inorder_numbers() {
    let c = small();
    assert_eq!(c.name, "small-inorder");
    assert_eq!(
        (c.clock.core_hz, c.clock.timebase_hz),
        (1_200_000_000, 10_000_000)
    );
    for l1 in [&c.l1i, &c.l1d] {
        assert_eq!((l1.size, l1.ways, l1.line), (32 << 10, 8, 64));
    }
    assert_eq!((c.l1i.hit_latency, c.l1d.hit_latency), (1, 3));
    assert!(c.l2.enabled);
    assert_eq!((c.l2.size, c.l2.ways, c.l2.hit_latency), (2 << 20, 16, 16));
    assert_eq!(
        c.memory,
        MemoryConfig {
            latency: 120,
            ideal: false
        }
    );
    assert_eq!(
        c.tlb.tlb_config(1, 0),
        TlbConfig {
            entries: 32,
            ways: 32,
            replacement: Replacement::Lru
        }
    );
    assert_eq!(c.predictor.kind(), PredictorKind::Bimodal { entries: 512 });
    assert_eq!(
        (
            c.cost.mul,
            c.cost.div,
            c.cost.load_use_stall,
            c.cost.mispredict_penalty
        ),
        (3, 66, 2, 3)
    );
    assert_eq!(c, TimingConfig::default());
}

#[test]
fn tiny_and_ideal_start_from_small_inorder() {
    let t = TimingConfig::preset("tiny").unwrap();
    assert_eq!(t.name, "tiny");
    assert_eq!((t.l1d.size, t.l1d.ways, t.l1d.line), (4096, 2, 64));
    assert_eq!((t.l1i.size, t.l1i.ways), (4096, 2));
    assert!(!t.l2.enabled);
    assert_eq!(t.tlb.tlb_config(1, 0).ways, 8, "fully associative");
    assert_eq!(t.cost, small().cost);
    let i = TimingConfig::preset("ideal").unwrap();
    assert!(i.memory.ideal);
    assert_eq!(TimingConfig::preset("no-cache").unwrap(), i);
}

#[test]
fn cost_of_branches() {
    let k = small().cost;
    assert_eq!(k.branch(true, true), 1);
    assert_eq!(k.branch(false, false), 1 + 3);
}

#[test]
fn cycles_to_mtime() {
    let c = small();
    assert_eq!(c.cycles_to_mtime(119), 0);
    assert_eq!(c.cycles_to_mtime(120), 1);
    assert_eq!(c.cycles_to_mtime(1_200_000_000), 10_000_000);
    assert_eq!(c.cycles_to_mtime(u64::MAX), u64::MAX / 120, "no overflow");
}

#[test]
fn random_seeds_differ_per_structure() {
    let a = Policy::Random.with_seed(1, 1);
    let b = Policy::Random.with_seed(1, 2);
    assert_ne!(a, b);
    assert_eq!(a, Policy::Random.with_seed(1, 1));
    assert_eq!(Policy::Fifo.with_seed(1, 1), Replacement::Fifo);
}

fn rejects(change: impl FnOnce(&mut TimingConfig), expected: &str) {
    let mut c = small();
    change(&mut c);
    let err = c.validate().expect_err(expected).to_string();
    assert!(
        err.contains(expected),
        "error `{err}` should mention `{expected}`"
    );
}

#[test]
fn validation_errors() {
    rejects(
        |c| c.l1d.size = 3000,
        "[l1d]: size 3000 bytes is not a power of two",
    );
    rejects(
        |c| c.l1i.line = 48,
        "[l1i]: line size 48 bytes is not a power of two",
    );
    rejects(|c| c.l1d.line = 64 << 10, "is bigger than the cache");
    rejects(|c| c.l2.ways = 0, "[l2]: 0 ways");
    rejects(|c| c.l1d.ways = 6, "6 ways cannot split 512 lines");
    rejects(
        |c| c.l1d.enabled = false,
        "l1d.enabled = false: L1 caches cannot be removed",
    );
    rejects(|c| c.l1d.hit_latency = 0, "l1d.hit_latency = 0");
    rejects(
        |c| c.l1d.hit_latency = 20,
        "cannot be slower than an L2 hit (16)",
    );
    rejects(
        |c| c.l2.hit_latency = 200,
        "l2.hit_latency = 200: an L2 hit cannot be slower than memory (120)",
    );
    rejects(
        |c| c.predictor.entries = 500,
        "predictor.entries = 500: must be a power of two",
    );
    rejects(|c| c.tlb.entries = 0, "tlb.entries = 0");
    rejects(
        |c| c.tlb.ways = Some(3),
        "tlb.ways = 3: must divide tlb.entries (32)",
    );
    rejects(|c| c.cost.div = 0, "cost.div = 0");
    rejects(|c| c.clock.timebase_hz = 0, "clock.timebase_hz = 0");
    // A disabled L2 is not checked, and an L2-less L1 may be as slow as it likes.
    let mut c = small();
    c.l2 = CacheConfig {
        enabled: false,
        size: 3,
        ways: 0,
        ..c.l2
    };
    c.l1d.hit_latency = 50;
    assert_eq!(c.validate(), Ok(()));
    // Predictor size does not matter for the static predictor.
    let mut c = small();
    c.predictor = PredictorConfig {
        kind: PredictorChoice::Static,
        entries: 0,
    };
    assert_eq!(c.validate(), Ok(()));
}

#[test]
fn byte_sizes() {
    assert_eq!(parse_bytes("4096"), Some(4096));
    assert_eq!(parse_bytes("32K"), Some(32 << 10));
    assert_eq!(parse_bytes("32 KiB"), Some(32 << 10));
    assert_eq!(parse_bytes("2mib"), Some(2 << 20));
    assert_eq!(parse_bytes("1G"), Some(1 << 30));
    assert_eq!(parse_bytes("64B"), Some(64));
    assert_eq!(parse_bytes("12Q"), None);
    assert_eq!(parse_bytes("K"), None);
    assert_eq!(parse_bytes("99999999999999999999G"), None);
}

#[test]
fn describe_shows_the_machine() {
    let text = small().describe();
    for expected in [
        "timing model: small-inorder",
        "1.2 GHz (mtime at 10 MHz, 120.0 cycles per tick)",
        "bimodal, 512 2-bit counters",
        "L1D (per hart)    32 KiB, 8-way, 64 B lines, 64 sets, LRU, hit 3 cycles",
        "L2 (shared)       2 MiB, 16-way, 64 B lines, 2048 sets, LRU, hit 16 cycles",
        "memory            120 cycles",
        "32 entries each, fully associative, LRU",
        "div 66",
        "mispredict 3",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in\n{text}");
    }
    let tiny = TimingConfig::preset("tiny").unwrap().describe();
    assert!(tiny.contains("L2 (shared)       none"), "{tiny}");
    let ideal = TimingConfig::preset("ideal").unwrap().describe();
    assert!(
        ideal.contains("ideal: no caches, every access 1 cycle"),
        "{ideal}"
    );
    assert!(!ideal.contains("L1D (per hart)"));
}
