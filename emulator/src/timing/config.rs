//! `TimingConfig`: every number of the timing model in one place, as the
//! TOML a user writes (see `presets/*.toml` for complete, commented
//! examples), with the checks that turn a bad number into a clear error and
//! the table that `rvlab config show` prints (`validate.rs`, `describe.rs`).
//! Loading files, presets and `key=value` overrides lives in `load.rs`.

use super::cache::{CacheGeometry, GeometryError};
use super::predictor::PredictorKind;
use crate::mmu::{Replacement, TlbConfig};
use serde::{Deserialize, Deserializer, Serialize};

/// The whole timing model of the machine (the same for every hart).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimingConfig {
    /// The preset or file this came from, for reports.
    #[serde(default)]
    pub name: String,
    /// Seed of every "random" replacement policy (each cache and TLB
    /// derives its own stream from it), so runs are repeatable.
    pub seed: u64,
    pub clock: ClockConfig,
    pub cost: CostTable,
    pub predictor: PredictorConfig,
    pub l1i: CacheConfig,
    pub l1d: CacheConfig,
    /// The shared L2; `enabled = false` for none.
    pub l2: CacheConfig,
    pub memory: MemoryConfig,
    /// Geometry of each hart's instruction TLB and data TLB.
    pub tlb: TlbGeometry,
}

/// Frequencies: cycles become mtime ticks through their ratio.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClockConfig {
    /// Core clock in Hz: modeled cycles per second.
    pub core_hz: u64,
    /// mtime ticks per second (the device tree's timebase-frequency).
    pub timebase_hz: u64,
}

/// Cycles charged per instruction class (an in-order, single-issue core:
/// an instruction's cost is its occupancy of the pipeline), plus penalties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostTable {
    pub alu: u32,
    pub mul: u32,
    pub div: u32,
    /// A load's issue cost; cache misses add their latency on top.
    pub load: u32,
    pub store: u32,
    pub branch_taken: u32,
    pub branch_not_taken: u32,
    /// Added when the predictor guessed a branch's direction wrong.
    pub mispredict_penalty: u32,
    /// jal, jalr.
    pub jump: u32,
    pub csr: u32,
    /// fence, fence.i, sfence.vma.
    pub fence: u32,
    /// AMOs and LR/SC, beyond their memory access.
    pub amo: u32,
    pub fp_add: u32,
    pub fp_mul: u32,
    pub fp_fma: u32,
    pub fp_div_sqrt: u32,
    /// Taking a trap or interrupt (pipeline flush and redirect).
    pub trap_entry: u32,
    /// mret, sret.
    pub trap_return: u32,
    /// Stall when an instruction uses the result of the load just before it.
    pub load_use_stall: u32,
}

impl CostTable {
    /// Cycles of a conditional branch, given its outcome and whether the
    /// predictor got the direction right.
    #[inline]
    pub fn branch(&self, taken: bool, predicted: bool) -> u32 {
        let base = if taken {
            self.branch_taken
        } else {
            self.branch_not_taken
        };
        if predicted {
            base
        } else {
            base + self.mispredict_penalty
        }
    }
}

/// A replacement policy as written in TOML.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    Lru,
    Fifo,
    Random,
}

impl Policy {
    /// The policy with its random stream, `seed` made distinct per
    /// structure by `salt`.
    pub fn with_seed(self, seed: u64, salt: u64) -> Replacement {
        match self {
            Policy::Lru => Replacement::Lru,
            Policy::Fifo => Replacement::Fifo,
            Policy::Random => Replacement::Random {
                seed: seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15),
            },
        }
    }

    pub(super) fn label(self) -> &'static str {
        match self {
            Policy::Lru => "LRU",
            Policy::Fifo => "FIFO",
            Policy::Random => "random",
        }
    }
}

/// Branch predictor choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PredictorConfig {
    pub kind: PredictorChoice,
    /// Counters in the bimodal table (a power of two); unused by `static`.
    pub entries: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PredictorChoice {
    Bimodal,
    /// Backward taken, forward not taken.
    Static,
}

impl PredictorConfig {
    pub fn kind(&self) -> PredictorKind {
        match self.kind {
            PredictorChoice::Bimodal => PredictorKind::Bimodal {
                entries: self.entries,
            },
            PredictorChoice::Static => PredictorKind::StaticBtfn,
        }
    }
}

/// One cache level as written in TOML. Sizes accept `32768`, `"32K"`,
/// `"32KiB"`, `"2M"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CacheConfig {
    /// Only the L2 may be disabled.
    #[serde(default = "yes")]
    pub enabled: bool,
    #[serde(deserialize_with = "bytes")]
    pub size: u64,
    pub ways: usize,
    #[serde(deserialize_with = "bytes")]
    pub line: u64,
    pub replacement: Policy,
    /// Load-to-use cycles of a hit, counted from the core (not added to the
    /// levels above: an L2 hit costs `l2.hit_latency` in total).
    pub hit_latency: u32,
}

fn yes() -> bool {
    true
}

impl CacheConfig {
    pub fn geometry(&self, seed: u64, salt: u64) -> CacheGeometry {
        CacheGeometry {
            size: self.size,
            ways: self.ways,
            line: self.line,
            replacement: self.replacement.with_seed(seed, salt),
        }
    }
}

/// Main memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemoryConfig {
    /// Cycles from the core for an access that misses every cache.
    pub latency: u32,
    /// No caches at all: every fetch, load and store takes 1 cycle.
    #[serde(default)]
    pub ideal: bool,
}

/// Geometry of the modeled TLBs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlbGeometry {
    pub entries: usize,
    /// Ways per set; absent means fully associative (`ways = entries`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ways: Option<usize>,
    pub replacement: Policy,
}

impl TlbGeometry {
    /// The MMU's TLB configuration; `salt` tells the I and D TLBs apart.
    pub fn tlb_config(&self, seed: u64, salt: u64) -> TlbConfig {
        TlbConfig {
            entries: self.entries,
            ways: self.ways.unwrap_or(self.entries),
            replacement: self.replacement.with_seed(seed, salt),
        }
    }
}

/// Why a timing configuration was rejected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// A cache geometry that cannot be built.
    #[error("[{cache}]: {source}")]
    Geometry {
        cache: &'static str,
        source: GeometryError,
    },
    /// A setting out of range.
    #[error("{field} = {value}: {reason}")]
    Invalid {
        field: &'static str,
        value: String,
        reason: String,
    },
    /// A preset name that does not exist.
    #[error("unknown timing preset `{name}` (known: {known})")]
    UnknownPreset { name: String, known: String },
    /// A TOML document or value that does not parse or does not fit.
    #[error("{origin}: {message}")]
    Parse { origin: String, message: String },
    /// An override that is not `key=value` or names no setting.
    #[error("override `{given}`: {reason}")]
    Override { given: String, reason: String },
}

impl TimingConfig {
    /// The harts' MMU configuration: this model's TLB geometry (the iTLB and
    /// dTLB drawing different random streams) with the A/D policy `ad`.
    pub fn mmu_config(&self, ad: crate::mmu::AdPolicy) -> crate::mmu::MmuConfig {
        crate::mmu::MmuConfig {
            itlb: self.tlb.tlb_config(self.seed, 1),
            dtlb: self.tlb.tlb_config(self.seed, 2),
            ad,
        }
    }

    /// Converts modeled cycles to mtime ticks (rounding down).
    #[inline]
    pub fn cycles_to_mtime(&self, cycles: u64) -> u64 {
        (u128::from(cycles) * u128::from(self.clock.timebase_hz) / u128::from(self.clock.core_hz))
            as u64
    }
}

/// Parses a byte count: a plain number, or a number with a binary suffix
/// K/KiB, M/MiB, G/GiB (any case, `B` optional).
pub fn parse_bytes(text: &str) -> Option<u64> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, suffix) = t.split_at(split);
    let n: u64 = digits.parse().ok()?;
    let shift = match suffix.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return None,
    };
    n.checked_mul(1 << shift)
}

fn bytes<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Bytes {
        Number(u64),
        Text(String),
    }
    match Bytes::deserialize(d)? {
        Bytes::Number(n) => Ok(n),
        Bytes::Text(t) => parse_bytes(&t).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{t}` is not a size (try 32768, \"32K\" or \"2MiB\")"
            ))
        }),
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
