//! Unit tests of loading: preset files, user files with `base`, overrides
//! and the errors each can give.

use super::*;
use crate::timing::config::{Policy, PredictorChoice};

fn err_text(r: Result<TimingConfig, ConfigError>) -> String {
    r.expect_err("should be rejected").to_string()
}

#[test]
fn every_preset_loads_and_is_documented() {
    for (name, text) in PRESETS {
        let c = TimingConfig::preset(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(c.name, name);
        assert!(
            text.starts_with(&format!("# {name}")),
            "{name}.toml opens with a comment"
        );
    }
    assert_eq!(preset_text("no-cache"), preset_text("ideal"));
    assert_eq!(preset_text("default"), preset_text("small-inorder"));
    let e = err_text(TimingConfig::preset("huge"));
    assert!(
        e.contains("unknown timing preset `huge`") && e.contains("small-inorder, tiny, ideal"),
        "{e}"
    );
}

#[test]
fn file_with_base_overrides_fields() {
    let text = r#"
        base = "tiny"
        [l1d]
        size = 16384
        replacement = "fifo"
        [tlb]
        entries = 16
        ways = 4
    "#;
    let c = TimingConfig::from_toml(text, "mine.toml").unwrap();
    assert_eq!(c.name, "mine.toml", "named after the file, not the base");
    assert_eq!(
        (c.l1d.size, c.l1d.ways, c.l1d.replacement),
        (16384, 2, Policy::Fifo)
    );
    assert_eq!(c.l1i.size, 4096, "from tiny");
    assert!(!c.l2.enabled, "from tiny");
    assert_eq!(c.tlb.tlb_config(0, 0).ways, 4);
    assert_eq!(c.cost.div, 66, "from small-inorder, tiny's base");
}

#[test]
fn file_without_base_starts_from_the_default() {
    let c = TimingConfig::from_toml(
        "name = \"slow memory\"\n[memory]\nlatency = 300\n",
        "x.toml",
    )
    .unwrap();
    assert_eq!(c.name, "slow memory");
    assert_eq!(c.memory.latency, 300);
    assert_eq!(c.l1d, TimingConfig::default().l1d);
}

#[test]
fn file_errors() {
    let e = err_text(TimingConfig::from_toml("[l1d\nsize = 1", "bad.toml"));
    assert!(e.starts_with("bad.toml: "), "{e}");
    let e = err_text(TimingConfig::from_toml("[l1d]\nsise = 1024\n", "typo.toml"));
    assert!(e.contains("typo.toml") && e.contains("sise"), "{e}");
    let e = err_text(TimingConfig::from_toml(
        "[l1d]\nsize = \"lots\"\n",
        "s.toml",
    ));
    assert!(e.contains("`lots` is not a size"), "{e}");
    let e = err_text(TimingConfig::from_toml("base = \"gigantic\"\n", "b.toml"));
    assert!(e.contains("unknown timing preset `gigantic`"), "{e}");
    let e = err_text(TimingConfig::from_toml("base = 3\n", "b.toml"));
    assert!(e.contains("`base` must be a preset name"), "{e}");
    let e = err_text(TimingConfig::from_toml("[l1d]\nsize = 3000\n", "v.toml"));
    assert!(
        e.contains("[l1d]: size 3000 bytes is not a power of two"),
        "{e}"
    );
}

#[test]
fn command_line_overrides() {
    let c = TimingConfig::default()
        .with_overrides(&[
            "l1d.size=16K",
            "tlb.entries = 16",
            "l2.enabled=false",
            "l1i.replacement=random",
            "cost.div=40",
            "predictor.kind=\"static\"",
        ])
        .unwrap();
    assert_eq!(c.l1d.size, 16 << 10);
    assert_eq!(
        c.tlb.tlb_config(0, 0),
        crate::mmu::TlbConfig {
            entries: 16,
            ways: 16,
            replacement: crate::mmu::Replacement::Lru
        }
    );
    assert!(!c.l2.enabled);
    assert_eq!(c.l1i.replacement, Policy::Random);
    assert_eq!(c.cost.div, 40);
    assert_eq!(c.predictor.kind, PredictorChoice::Static);
    assert_eq!(c.name, "small-inorder");
    let none: [&str; 0] = [];
    assert_eq!(
        TimingConfig::default().with_overrides(&none).unwrap(),
        TimingConfig::default()
    );
}

#[test]
fn override_errors() {
    let over = |o: &str| err_text(TimingConfig::default().with_overrides(&[o]));
    let e = over("l1d.size");
    assert!(
        e.contains("override `l1d.size`: not of the form key=value"),
        "{e}"
    );
    let e = over("l3.size=1M");
    assert!(e.contains("no section `l3`") && e.contains("l1d"), "{e}");
    let e = over("l1d.size.x=1");
    assert!(e.contains("no section `size` in [l1d]"), "{e}");
    let e = over("l1d=1");
    assert!(e.contains("`l1d` is a section"), "{e}");
    let e = over("l1d..size=1");
    assert!(e.contains("not a dotted key"), "{e}");
    let e = over("l1d.sise=1K");
    assert!(
        e.starts_with("command-line overrides: ") && e.contains("sise"),
        "{e}"
    );
    let e = over("l1d.size=12345");
    assert!(
        e.contains("[l1d]: size 12345 bytes is not a power of two"),
        "{e}"
    );
    let e = over("l1d.ways=lots");
    assert!(e.contains("command-line overrides"), "{e}");
}

#[test]
fn load_names_a_preset_or_a_file() {
    let none: [&str; 0] = [];
    assert_eq!(
        TimingConfig::load(None, &none).unwrap(),
        TimingConfig::default()
    );
    let t = TimingConfig::load(Some("tiny"), &["tlb.entries=4"]).unwrap();
    assert_eq!((t.name.as_str(), t.tlb.entries), ("tiny", 4));

    let dir = std::env::temp_dir().join(format!("rvlab-timing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("exp.toml");
    std::fs::write(&path, "base = \"tiny\"\n[memory]\nlatency = 200\n").unwrap();
    let c = TimingConfig::load(Some(path.to_str().unwrap()), &["memory.latency=250"]).unwrap();
    assert_eq!(c.memory.latency, 250);
    assert_eq!(c.l1d.size, 4096);
    std::fs::remove_dir_all(&dir).unwrap();

    let e = err_text(TimingConfig::load(Some("missing.toml"), &none));
    assert!(e.starts_with("missing.toml: "), "{e}");
    let e = err_text(TimingConfig::load(Some("nonsense"), &none));
    assert!(e.contains("unknown timing preset `nonsense`"), "{e}");
}

#[test]
fn round_trip_through_toml() {
    for (name, _) in PRESETS {
        let c = TimingConfig::preset(name).unwrap();
        let text = toml::to_string(&c).unwrap();
        let back = TimingConfig::from_toml(&text, "round-trip").unwrap();
        assert_eq!(back, c, "{name} via\n{text}");
    }
}
