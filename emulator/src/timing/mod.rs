//! The timing model: what makes rvlab cycle-approximate rather than only
//! functional. It is a set of plain types the hart consults as it executes;
//! none of them touches architectural state, so switching the model off
//! changes how many cycles a program takes, never what it computes.
//!
//! What is modeled. An in-order, single-issue core: each instruction costs
//! the base cycles of its class (`CostTable`: ALU, multiply, divide, load,
//! store, branch taken / not taken, jump, CSR, fence, AMO, FP classes,
//! trap entry and xret), plus a load-use stall when an instruction consumes
//! the load just before it, plus a mispredict penalty when the branch
//! predictor (`BranchPredictor`: bimodal 2-bit counters or static BTFN)
//! guessed a conditional branch's direction wrong. Memory accesses go
//! through `MemoryHierarchy`: per-hart set-associative L1 instruction and
//! data caches (`Cache`: size, ways, line, LRU/FIFO/seeded random,
//! write-back write-allocate), an optional shared L2, and memory, with
//! MSI-like invalidate-on-write coherence between the harts' L1s. The TLBs
//! are the MMU's modeled TLBs (`crate::mmu::Tlb`), sized from
//! `TimingConfig::tlb`; a TLB miss costs the page walk's PTE reads, each a
//! `load` through the data-side hierarchy.
//!
//! How cycles are counted. For each instruction the hart adds: its class's
//! base cost; for the fetch, `fetch(..) - l1i hit latency` (an L1I hit is
//! hidden by the pipeline); for a load or store, `load/store(..) - l1d hit
//! latency` (an L1D hit is likewise pipelined, its visible cost being the
//! load-use stall); each page-walk read's full `load` latency (the walker
//! is not pipelined); the mispredict penalty; trap entry or xret costs.
//! mcycle is the sum; mtime advances by `cycles_to_mtime` of it, so timer
//! interrupts arrive in model time. Fetches are meant to be looked up once
//! per cache line the hart enters, not once per instruction.
//!
//! What is not modeled: superscalar issue, result latencies of pipelined
//! units (only the load-use stall is tracked), store buffers and
//! write-back traffic (write-backs are counted, not charged), prefetchers,
//! MSHRs and overlapping misses, bank and bus contention, DRAM pages and
//! refresh, branch target buffers and return stacks (jumps cost their base
//! cost), and the timing of device (MMIO) accesses beyond their base cost.
//!
//! The hot path is the point of the design: a hit in the most recently
//! used way of a set is a shift, a mask, two loads, a compare and a counter
//! increment, with no allocation, dynamic dispatch or hashing; everything
//! else is out of line.

pub mod cache;
pub mod config;
mod describe;
pub mod hierarchy;
mod load;
pub mod predictor;
mod validate;

pub use cache::{AccessResult, Cache, CacheGeometry, CacheStats, GeometryError, LineState};
pub use config::{
    parse_bytes, CacheConfig, ClockConfig, ConfigError, CostTable, MemoryConfig, Policy,
    PredictorChoice, PredictorConfig, TimingConfig, TlbGeometry,
};
pub use hierarchy::{HartMemStats, Latencies, MemoryHierarchy};
pub use load::{preset_text, DEFAULT_PRESET, PRESETS};
pub use predictor::{BranchPredictor, PredictorKind, PredictorStats};

impl Default for TimingConfig {
    /// The `small-inorder` preset.
    fn default() -> Self {
        TimingConfig::preset(DEFAULT_PRESET).expect("the built-in default preset is valid")
    }
}
