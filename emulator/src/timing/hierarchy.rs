//! The memory hierarchy of the whole machine: per-hart L1 instruction and
//! data caches, an optional L2 shared by all harts, and memory behind it,
//! with MSI-like coherence between the harts' L1s.
//!
//! Each access returns its latency in core cycles as seen by the core:
//! the L1's hit latency, the L2's hit latency, or the memory latency (each
//! a total, not a sum of levels). A hart whose pipeline hides an L1 hit
//! charges only `latency - l1 hit latency` as a stall.
//!
//! Coherence, in MSI terms: a line dirty in a hart's L1D is Modified and no
//! other L1 (data or instruction) holds it; a clean line is Shared.
//! - A store that hits a Modified line costs an L1 hit and tells nobody:
//!   the common case stays as cheap as on one hart.
//! - A store to a Shared line (an upgrade) or a store miss invalidates the
//!   line in every other hart's L1D and L1I (so code written by one hart is
//!   refetched by the others). Invalidating at least one copy makes an
//!   upgrade cost a coherence trip (the L2 hit latency, or memory's without
//!   an L2).
//! - A miss (fetch, load or store) on a line Modified in another hart's L1D
//!   is served by that hart: the line is written back to the L2 and the
//!   owner keeps a Shared copy (load, fetch) or loses it (store). It costs
//!   a coherence trip and counts as a transfer.
//!
//! So two harts writing the same line miss every time (ping-pong, false
//! sharing), and a process migrating to another hart refetches its data.
//!
//! Write-backs (L1D to L2, L2 to memory) are counted but not charged: they
//! are assumed to drain through a write buffer off the critical path. The
//! L2 is neither inclusive nor exclusive: evicting an L2 line leaves L1
//! copies alone. A hart's own L1I is not kept coherent with its own stores
//! (RISC-V requires fence.i; call `fence_i`).

use super::cache::{AccessResult, Cache, LineState};
use super::config::{ConfigError, TimingConfig};

/// Coherence and L2 counts of one hart (its L1 counts are in its caches).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HartMemStats {
    /// This hart's L1 misses that hit in the L2.
    pub l2_hits: u64,
    /// This hart's L1 misses that also missed in the L2 (went to memory).
    pub l2_misses: u64,
    /// Lines removed from this hart's L1D or L1I because another hart wrote.
    pub invalidations_received: u64,
    /// Misses served from another hart's Modified copy.
    pub transfers_in: u64,
    /// Stores to Shared lines that had to invalidate other harts' copies.
    pub upgrades: u64,
}

/// Access latencies in core cycles, each counted from the core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Latencies {
    pub l1i: u32,
    pub l1d: u32,
    /// `None` without an L2.
    pub l2: Option<u32>,
    pub memory: u32,
}

#[derive(Clone, Debug)]
struct HartCaches {
    l1i: Cache,
    l1d: Cache,
    stats: HartMemStats,
    /// Bumped whenever this L1I loses a line other than by its own fills
    /// (another hart's store, fence.i), so a fetch that hits the line it hit
    /// last time can be counted without a lookup (`fetch_same_line`).
    l1i_epoch: u64,
}

/// Which kind of L1 miss is being served.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Miss {
    Fetch,
    Load,
    Store,
}

/// The caches of every hart and the shared levels behind them.
#[derive(Clone, Debug)]
pub struct MemoryHierarchy {
    harts: Vec<HartCaches>,
    l2: Option<Cache>,
    /// No caches: every access costs 1 cycle and nothing is counted.
    ideal: bool,
    lat: Latencies,
    /// Cycles of a coherence action: a trip to the L2 (or memory).
    coherence: u32,
}

impl MemoryHierarchy {
    /// Builds the caches `config` describes for `harts` harts.
    pub fn new(config: &TimingConfig, harts: usize) -> Result<MemoryHierarchy, ConfigError> {
        config.validate()?;
        let geometry_err = |cache| move |source| ConfigError::Geometry { cache, source };
        let seed = config.seed;
        let mut caches = Vec::with_capacity(harts);
        for h in 0..harts as u64 {
            caches.push(HartCaches {
                l1i: Cache::new(config.l1i.geometry(seed, 4 * h + 1))
                    .map_err(geometry_err("l1i"))?,
                l1d: Cache::new(config.l1d.geometry(seed, 4 * h + 2))
                    .map_err(geometry_err("l1d"))?,
                stats: HartMemStats::default(),
                l1i_epoch: 0,
            });
        }
        let l2 = match config.l2.enabled {
            true => {
                Some(Cache::new(config.l2.geometry(seed, u64::MAX)).map_err(geometry_err("l2"))?)
            }
            false => None,
        };
        let lat = Latencies {
            l1i: config.l1i.hit_latency,
            l1d: config.l1d.hit_latency,
            l2: l2.as_ref().map(|_| config.l2.hit_latency),
            memory: config.memory.latency,
        };
        let coherence = lat.l2.unwrap_or(lat.memory);
        Ok(MemoryHierarchy {
            harts: caches,
            l2,
            ideal: config.memory.ideal,
            lat,
            coherence,
        })
    }

    pub fn harts(&self) -> usize {
        self.harts.len()
    }

    /// The latencies accesses return (all 1 with ideal memory).
    pub fn latencies(&self) -> Latencies {
        if self.ideal {
            return Latencies {
                l1i: 1,
                l1d: 1,
                l2: None,
                memory: 1,
            };
        }
        self.lat
    }

    /// Fetches the instruction at `paddr` for `hart`; returns the latency.
    #[inline(always)]
    pub fn fetch(&mut self, hart: usize, paddr: u64) -> u32 {
        if self.ideal {
            return 1;
        }
        if self.harts[hart].l1i.access(paddr, false).hit {
            return self.lat.l1i;
        }
        self.miss(hart, paddr, Miss::Fetch)
    }

    /// Loads from `paddr` for `hart` (page-walk PTE reads too); returns the
    /// latency.
    #[inline(always)]
    pub fn load(&mut self, hart: usize, paddr: u64) -> u32 {
        if self.ideal {
            return 1;
        }
        let r = self.harts[hart].l1d.access(paddr, false);
        if r.hit {
            return self.lat.l1d;
        }
        write_back(&mut self.l2, r.writeback);
        self.miss(hart, paddr, Miss::Load)
    }

    /// Stores to `paddr` for `hart` (AMOs and SC too: they need the line
    /// Modified); returns the latency.
    #[inline(always)]
    pub fn store(&mut self, hart: usize, paddr: u64) -> u32 {
        if self.ideal {
            return 1;
        }
        let r = self.harts[hart].l1d.access(paddr, true);
        if r.hit && r.was_dirty {
            return self.lat.l1d;
        }
        self.store_slow(hart, paddr, r)
    }

    #[inline(never)]
    fn store_slow(&mut self, hart: usize, paddr: u64, r: AccessResult) -> u32 {
        write_back(&mut self.l2, r.writeback);
        if !r.hit {
            return self.miss(hart, paddr, Miss::Store);
        }
        // Shared -> Modified.
        let (copies, _) = self.invalidate_others(hart, paddr);
        if copies {
            self.harts[hart].stats.upgrades += 1;
            return self.coherence;
        }
        self.lat.l1d
    }

    /// Serves an L1 miss of `hart` (the L1 has already allocated the line):
    /// from another hart's Modified copy, else the L2, else memory.
    #[inline(never)]
    fn miss(&mut self, hart: usize, paddr: u64, kind: Miss) -> u32 {
        let transferred = match kind {
            Miss::Store => self.invalidate_others(hart, paddr).1,
            Miss::Fetch | Miss::Load => self.downgrade_others(hart, paddr),
        };
        let stats = &mut self.harts[hart].stats;
        if transferred {
            stats.transfers_in += 1;
            return self.coherence;
        }
        let (Some(l2), Some(l2_latency)) = (&mut self.l2, self.lat.l2) else {
            return self.lat.memory;
        };
        // A dirty line the L2 evicts goes to memory, uncharged (counted in
        // the L2's writebacks).
        if l2.access(paddr, false).hit {
            stats.l2_hits += 1;
            l2_latency
        } else {
            stats.l2_misses += 1;
            self.lat.memory
        }
    }

    /// Removes the line from every other hart's L1D and L1I. Returns
    /// (some copy existed, a Modified copy existed).
    fn invalidate_others(&mut self, hart: usize, paddr: u64) -> (bool, bool) {
        let (mut copies, mut modified) = (false, false);
        for (i, other) in self.harts.iter_mut().enumerate() {
            if i == hart {
                continue;
            }
            let d = other.l1d.invalidate_line(paddr);
            let inst = other.l1i.invalidate_line(paddr);
            if inst.is_some() {
                other.l1i_epoch += 1;
            }
            let removed = u64::from(d.is_some()) + u64::from(inst.is_some());
            other.stats.invalidations_received += removed;
            copies |= removed > 0;
            if d == Some(LineState::Dirty) {
                modified = true;
                write_back(&mut self.l2, Some(paddr));
            }
        }
        (copies, modified)
    }

    /// Turns another hart's Modified copy into a Shared one, writing it back
    /// to the L2. Returns true if there was one.
    fn downgrade_others(&mut self, hart: usize, paddr: u64) -> bool {
        for (i, other) in self.harts.iter_mut().enumerate() {
            if i != hart && other.l1d.clean_line(paddr) {
                write_back(&mut self.l2, Some(paddr));
                return true; // at most one hart holds a line Modified
            }
        }
        false
    }

    /// fence.i: `hart`'s L1I forgets everything (its stores become visible
    /// to its fetches).
    pub fn fence_i(&mut self, hart: usize) {
        self.harts[hart].l1i.flush();
        self.harts[hart].l1i_epoch += 1;
    }

    /// The epoch of `hart`'s L1I (see `fetch_same_line`).
    #[inline(always)]
    pub fn l1i_epoch(&self, hart: usize) -> u64 {
        self.harts[hart].l1i_epoch
    }

    /// A fetch from the line this hart fetched last, with no invalidation
    /// of its L1I since (same epoch): it is in the most recently used way
    /// of its set, so it is a hit; counted as one without the lookup.
    #[inline(always)]
    pub fn fetch_same_line(&mut self, hart: usize) -> u32 {
        if !self.ideal {
            self.harts[hart].l1i.stats.hits += 1;
        }
        self.lat.l1i
    }

    pub fn l1i(&self, hart: usize) -> &Cache {
        &self.harts[hart].l1i
    }

    pub fn l1d(&self, hart: usize) -> &Cache {
        &self.harts[hart].l1d
    }

    pub fn l2(&self) -> Option<&Cache> {
        self.l2.as_ref()
    }

    pub fn stats(&self, hart: usize) -> &HartMemStats {
        &self.harts[hart].stats
    }

    /// Zeroes every counter (the caches keep their contents).
    pub fn reset_stats(&mut self) {
        for h in &mut self.harts {
            h.stats = HartMemStats::default();
            h.l1i.stats = Default::default();
            h.l1d.stats = Default::default();
        }
        if let Some(l2) = &mut self.l2 {
            l2.stats = Default::default();
        }
    }
}

/// Puts a line written back from an L1 into the L2 (nowhere without one).
fn write_back(l2: &mut Option<Cache>, line: Option<u64>) {
    if let (Some(l2), Some(line)) = (l2, line) {
        l2.accept_writeback(line);
    }
}

#[cfg(test)]
#[path = "hierarchy_tests.rs"]
mod tests;
