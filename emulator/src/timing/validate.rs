//! Checks a `TimingConfig` before anything is built from it, so a bad
//! number is one clear error naming the setting, not a panic or a silently
//! odd machine.

use super::config::{ConfigError, PredictorChoice, TimingConfig};

fn invalid(field: &'static str, value: impl ToString, reason: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        field,
        value: value.to_string(),
        reason: reason.into(),
    }
}

impl TimingConfig {
    /// Checks every number; the first problem found is the error.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let c = &self.clock;
        if c.core_hz == 0 {
            return Err(invalid(
                "clock.core_hz",
                0,
                "the core clock must be positive",
            ));
        }
        if c.timebase_hz == 0 || c.timebase_hz > c.core_hz {
            return Err(invalid(
                "clock.timebase_hz",
                c.timebase_hz,
                "must be 1..=clock.core_hz",
            ));
        }
        let k = &self.cost;
        let per_class = [
            ("cost.alu", k.alu),
            ("cost.mul", k.mul),
            ("cost.div", k.div),
            ("cost.load", k.load),
            ("cost.store", k.store),
            ("cost.jump", k.jump),
            ("cost.branch_taken", k.branch_taken),
            ("cost.branch_not_taken", k.branch_not_taken),
            ("cost.csr", k.csr),
            ("cost.fence", k.fence),
            ("cost.amo", k.amo),
            ("cost.fp_add", k.fp_add),
            ("cost.fp_mul", k.fp_mul),
            ("cost.fp_fma", k.fp_fma),
            ("cost.fp_div_sqrt", k.fp_div_sqrt),
            ("cost.trap_entry", k.trap_entry),
            ("cost.trap_return", k.trap_return),
        ];
        if let Some((field, v)) = per_class.into_iter().find(|&(_, v)| v == 0) {
            return Err(invalid(
                field,
                v,
                "every instruction takes at least 1 cycle",
            ));
        }
        let p = &self.predictor;
        if p.kind == PredictorChoice::Bimodal && !p.entries.is_power_of_two() {
            return Err(invalid(
                "predictor.entries",
                p.entries,
                "must be a power of two",
            ));
        }
        for (name, cache) in [("l1i", &self.l1i), ("l1d", &self.l1d), ("l2", &self.l2)] {
            if !cache.enabled {
                if name != "l2" {
                    let field = if name == "l1i" {
                        "l1i.enabled"
                    } else {
                        "l1d.enabled"
                    };
                    return Err(invalid(
                        field,
                        false,
                        "L1 caches cannot be removed; \
                        set memory.ideal = true for a machine without caches",
                    ));
                }
                continue;
            }
            cache
                .geometry(0, 0)
                .validate()
                .map_err(|source| ConfigError::Geometry {
                    cache: name,
                    source,
                })?;
        }
        let (l1, l2, mem) = (&self.l1d, &self.l2, self.memory.latency);
        for (field, lat) in [
            ("l1i.hit_latency", self.l1i.hit_latency),
            ("l1d.hit_latency", l1.hit_latency),
        ] {
            if lat == 0 {
                return Err(invalid(field, 0, "a hit takes at least 1 cycle"));
            }
            if l2.enabled && lat > l2.hit_latency {
                return Err(invalid(
                    field,
                    lat,
                    format!(
                        "an L1 hit cannot be slower than an L2 hit ({})",
                        l2.hit_latency
                    ),
                ));
            }
            if lat > mem {
                return Err(invalid(
                    field,
                    lat,
                    format!("an L1 hit cannot be slower than memory ({mem})"),
                ));
            }
        }
        if l2.enabled && l2.hit_latency > mem {
            return Err(invalid(
                "l2.hit_latency",
                l2.hit_latency,
                format!("an L2 hit cannot be slower than memory ({mem})"),
            ));
        }
        let t = &self.tlb;
        let ways = t.ways.unwrap_or(t.entries);
        if t.entries == 0 {
            return Err(invalid("tlb.entries", 0, "a TLB needs at least one entry"));
        }
        if ways == 0
            || (t.entries / ways) * ways != t.entries
            || !(t.entries / ways).is_power_of_two()
        {
            return Err(invalid(
                "tlb.ways",
                ways,
                format!(
                    "must divide tlb.entries ({}) into a power-of-two number of sets",
                    t.entries
                ),
            ));
        }
        Ok(())
    }
}
