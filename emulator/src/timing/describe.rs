//! `TimingConfig::describe`: the configuration as the readable table that
//! `rvlab config show` prints.

use super::config::{CacheConfig, PredictorChoice, TimingConfig};
use std::fmt::Write as _;

impl TimingConfig {
    /// The configuration as a readable table.
    pub fn describe(&self) -> String {
        let mut s = String::new();
        let name = if self.name.is_empty() {
            "custom"
        } else {
            &self.name
        };
        let _ = writeln!(s, "timing model: {name}");
        let c = &self.clock;
        let _ = writeln!(
            s,
            "  {:<18}{} (mtime at {}, {:.1} cycles per tick)",
            "core clock",
            hz(c.core_hz),
            hz(c.timebase_hz),
            c.core_hz as f64 / c.timebase_hz as f64
        );
        let p = &self.predictor;
        let pred = match p.kind {
            PredictorChoice::Bimodal => format!("bimodal, {} 2-bit counters", p.entries),
            PredictorChoice::Static => "static (backward taken, forward not taken)".to_string(),
        };
        let _ = writeln!(s, "  {:<18}{pred}", "branch predictor");
        if self.memory.ideal {
            let _ = writeln!(
                s,
                "  {:<18}ideal: no caches, every access 1 cycle",
                "memory"
            );
        } else {
            for (label, cache) in [
                ("L1I (per hart)", &self.l1i),
                ("L1D (per hart)", &self.l1d),
                ("L2 (shared)", &self.l2),
            ] {
                let _ = writeln!(s, "  {label:<18}{}", describe_cache(cache));
            }
            let _ = writeln!(s, "  {:<18}{} cycles", "memory", self.memory.latency);
        }
        let t = &self.tlb;
        let assoc = match t.ways {
            Some(w) if w != t.entries => format!("{w}-way"),
            _ => "fully associative".to_string(),
        };
        let _ = writeln!(
            s,
            "  {:<18}{} entries each, {assoc}, {}; walks load PTEs like data",
            "iTLB, dTLB",
            t.entries,
            t.replacement.label()
        );
        let _ = writeln!(s, "  instruction costs (cycles):");
        let k = &self.cost;
        let rows: [[(&str, u32); 4]; 5] = [
            [
                ("alu", k.alu),
                ("mul", k.mul),
                ("div", k.div),
                ("csr", k.csr),
            ],
            [
                ("load", k.load),
                ("store", k.store),
                ("load-use", k.load_use_stall),
                ("amo", k.amo),
            ],
            [
                ("br taken", k.branch_taken),
                ("br not taken", k.branch_not_taken),
                ("mispredict", k.mispredict_penalty),
                ("jump", k.jump),
            ],
            [
                ("fadd", k.fp_add),
                ("fmul", k.fp_mul),
                ("fma", k.fp_fma),
                ("fdiv/fsqrt", k.fp_div_sqrt),
            ],
            [
                ("fence", k.fence),
                ("trap entry", k.trap_entry),
                ("xret", k.trap_return),
                ("", 0),
            ],
        ];
        for row in rows {
            s.push_str("   ");
            for (label, v) in row.into_iter().filter(|(l, _)| !l.is_empty()) {
                let _ = write!(s, " {label:>12} {v:<4}");
            }
            s.truncate(s.trim_end().len());
            s.push('\n');
        }
        s
    }
}

fn describe_cache(c: &CacheConfig) -> String {
    if !c.enabled {
        return "none".to_string();
    }
    let sets = c.size / c.line / c.ways.max(1) as u64;
    let cycles = if c.hit_latency == 1 {
        "cycle"
    } else {
        "cycles"
    };
    format!(
        "{}, {}-way, {} B lines, {} sets, {}, hit {} {cycles}",
        bytes_label(c.size),
        c.ways,
        c.line,
        sets,
        c.replacement.label(),
        c.hit_latency
    )
}

fn bytes_label(n: u64) -> String {
    match n {
        n if n >= 1 << 20 && n % (1 << 20) == 0 => format!("{} MiB", n >> 20),
        n if n >= 1 << 10 && n % (1 << 10) == 0 => format!("{} KiB", n >> 10),
        n => format!("{n} B"),
    }
}

fn hz(n: u64) -> String {
    match n {
        n if n >= 1_000_000_000 => format!("{} GHz", n as f64 / 1e9),
        n if n >= 1_000_000 => format!("{} MHz", n as f64 / 1e6),
        n => format!("{n} Hz"),
    }
}
