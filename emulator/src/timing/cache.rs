//! One modeled cache: set-associative, write-back and write-allocate, with
//! LRU, FIFO or seeded random replacement. It holds tags only, never data:
//! the machine's memory is always up to date, and the cache only answers
//! "would this access have hit, and what did it push out?".
//!
//! The common case is a hit in the way of a set that was used last, so each
//! set remembers that way and `access` checks it before anything else: a
//! shift, a mask, two loads, a compare and a counter. True LRU needs no
//! update on such a hit (that way already is the most recent), FIFO and
//! random never update on hits.
//!
//! Layout: one flat array of line numbers (`paddr >> line_shift`, with
//! `INVALID` for an empty way, so the valid check is the tag compare), one of
//! dirty flags and one of stamps (last use for LRU, fill time for FIFO),
//! indexed by `set * ways + way`.

use crate::mmu::Replacement;

/// Marks an empty way. No line number can be this (lines are >= 4 bytes).
const INVALID: u64 = u64::MAX;

/// Size, associativity, line size and replacement policy of one cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CacheGeometry {
    /// Capacity in bytes (a power of two).
    pub size: u64,
    /// Ways per set; `size / line` for fully associative.
    pub ways: usize,
    /// Line size in bytes (a power of two, at least 4).
    pub line: u64,
    pub replacement: Replacement,
}

impl CacheGeometry {
    /// Number of sets.
    pub fn sets(&self) -> u64 {
        self.size / self.line / self.ways as u64
    }

    /// Checks that the geometry describes a buildable cache.
    pub fn validate(&self) -> Result<(), GeometryError> {
        let CacheGeometry {
            size, ways, line, ..
        } = *self;
        if !size.is_power_of_two() {
            return Err(GeometryError::SizeNotPowerOfTwo(size));
        }
        if !line.is_power_of_two() || line < 4 {
            return Err(GeometryError::LineNotPowerOfTwo(line));
        }
        if line > size {
            return Err(GeometryError::LineBiggerThanCache { line, size });
        }
        let lines = size / line;
        if ways == 0
            || ways as u64 > lines
            || !(lines / ways as u64).is_power_of_two()
            || lines % ways as u64 != 0
        {
            return Err(GeometryError::BadWays { ways, lines });
        }
        Ok(())
    }
}

/// Why a cache geometry cannot be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GeometryError {
    /// The size is not a power of two.
    #[error("size {0} bytes is not a power of two")]
    SizeNotPowerOfTwo(u64),
    /// The line size is not a power of two of at least 4 bytes.
    #[error("line size {0} bytes is not a power of two of at least 4")]
    LineNotPowerOfTwo(u64),
    /// A line does not fit in the cache.
    #[error("line size {line} bytes is bigger than the cache ({size} bytes)")]
    LineBiggerThanCache { line: u64, size: u64 },
    /// The ways do not divide the lines into a power-of-two number of sets.
    #[error("{ways} ways cannot split {lines} lines into a power-of-two number of sets (ways must be 1..={lines} and divide it)")]
    BadWays { ways: usize, lines: u64 },
}

/// Counts since the cache was built (or since `stats` was reset).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CacheStats {
    pub hits: u64,
    pub misses: u64,
    /// Dirty lines pushed out by a fill (not those written back by `flush`
    /// or by coherence).
    pub writebacks: u64,
    /// Lines removed by `invalidate_line` (coherence, fence.i).
    pub invalidations: u64,
}

impl CacheStats {
    /// Hits over accesses, or `None` before the first access.
    pub fn hit_rate(&self) -> Option<f64> {
        let total = self.hits + self.misses;
        (total > 0).then(|| self.hits as f64 / total as f64)
    }
}

/// What one access did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessResult {
    pub hit: bool,
    /// On a hit, whether the line was already dirty (Modified) before this
    /// access. Always false on a miss.
    pub was_dirty: bool,
    /// Address of a line evicted by the fill (dirty or not).
    pub evicted: Option<u64>,
    /// Address of a dirty line evicted by the fill, to be written back.
    pub writeback: Option<u64>,
}

/// The state a line was in when it was removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineState {
    Clean,
    Dirty,
}

/// A set-associative write-back, write-allocate cache of tags.
#[derive(Clone, Debug)]
pub struct Cache {
    geometry: CacheGeometry,
    line_shift: u32,
    set_mask: u64,
    ways: usize,
    tags: Vec<u64>,
    dirty: Vec<bool>,
    stamp: Vec<u64>,
    /// Per set: the slot (`set * ways + way`) hit or filled last.
    mru: Vec<u32>,
    clock: u64,
    rng: u64,
    pub stats: CacheStats,
}

impl Cache {
    pub fn new(geometry: CacheGeometry) -> Result<Cache, GeometryError> {
        geometry.validate()?;
        let slots = (geometry.size / geometry.line) as usize;
        let sets = geometry.sets() as usize;
        let rng = match geometry.replacement {
            // xorshift must not start at 0.
            Replacement::Random { seed: 0 } => 0x9e37_79b9_7f4a_7c15,
            Replacement::Random { seed } => seed,
            _ => 1,
        };
        Ok(Cache {
            geometry,
            line_shift: geometry.line.trailing_zeros(),
            set_mask: sets as u64 - 1,
            ways: geometry.ways,
            tags: vec![INVALID; slots],
            dirty: vec![false; slots],
            stamp: vec![0; slots],
            mru: (0..sets).map(|s| (s * geometry.ways) as u32).collect(),
            clock: 0,
            rng,
            stats: CacheStats::default(),
        })
    }

    pub fn geometry(&self) -> CacheGeometry {
        self.geometry
    }

    /// The address of the line holding `paddr`.
    pub fn line_addr(&self, paddr: u64) -> u64 {
        paddr >> self.line_shift << self.line_shift
    }

    /// Reads (`is_write` false) or writes one location, counting a hit or a
    /// miss; a miss fills the line (write-allocate), a write marks it dirty.
    #[inline(always)]
    pub fn access(&mut self, paddr: u64, is_write: bool) -> AccessResult {
        let line = paddr >> self.line_shift;
        let set = (line & self.set_mask) as usize;
        let slot = self.mru[set] as usize;
        if self.tags[slot] == line {
            self.stats.hits += 1;
            let was_dirty = self.dirty[slot];
            self.dirty[slot] = was_dirty | is_write;
            return AccessResult {
                hit: true,
                was_dirty,
                evicted: None,
                writeback: None,
            };
        }
        self.access_slow(line, set, is_write)
    }

    #[inline(never)]
    fn access_slow(&mut self, line: u64, set: usize, is_write: bool) -> AccessResult {
        self.clock += 1;
        if let Some(slot) = self.find(line) {
            self.stats.hits += 1;
            let was_dirty = self.dirty[slot];
            self.dirty[slot] = was_dirty | is_write;
            if self.geometry.replacement == Replacement::Lru {
                self.stamp[slot] = self.clock;
            }
            self.mru[set] = slot as u32;
            return AccessResult {
                hit: true,
                was_dirty,
                evicted: None,
                writeback: None,
            };
        }
        self.stats.misses += 1;
        let (evicted, writeback) = self.fill(line, set, is_write);
        AccessResult {
            hit: false,
            was_dirty: false,
            evicted,
            writeback,
        }
    }

    /// Puts `line` into a victim way of `set`; returns the evicted line and,
    /// if it was dirty, the same address as a write-back.
    fn fill(&mut self, line: u64, set: usize, dirty: bool) -> (Option<u64>, Option<u64>) {
        let slot = self.victim(set);
        let old = self.tags[slot];
        let evicted = (old != INVALID).then(|| old << self.line_shift);
        let writeback = evicted.filter(|_| self.dirty[slot]);
        if writeback.is_some() {
            self.stats.writebacks += 1;
        }
        self.tags[slot] = line;
        self.dirty[slot] = dirty;
        self.stamp[slot] = self.clock;
        self.mru[set] = slot as u32;
        (evicted, writeback)
    }

    fn find(&self, line: u64) -> Option<usize> {
        let base = (line & self.set_mask) as usize * self.ways;
        (base..base + self.ways).find(|&i| self.tags[i] == line)
    }

    fn victim(&mut self, set: usize) -> usize {
        let base = set * self.ways;
        let slots = base..base + self.ways;
        if let Some(i) = slots.clone().find(|&i| self.tags[i] == INVALID) {
            return i;
        }
        match self.geometry.replacement {
            Replacement::Lru | Replacement::Fifo => {
                slots.min_by_key(|&i| self.stamp[i]).unwrap_or(base)
            }
            Replacement::Random { .. } => {
                // xorshift64; the high bits are the better-mixed ones.
                self.rng ^= self.rng << 13;
                self.rng ^= self.rng >> 7;
                self.rng ^= self.rng << 17;
                base + ((self.rng >> 33) % self.ways as u64) as usize
            }
        }
    }

    /// True if the line holding `paddr` is cached (no counting, no update).
    pub fn contains(&self, paddr: u64) -> bool {
        self.find(paddr >> self.line_shift).is_some()
    }

    /// True if the line holding `paddr` is cached and dirty.
    pub fn is_dirty(&self, paddr: u64) -> bool {
        self.find(paddr >> self.line_shift)
            .is_some_and(|i| self.dirty[i])
    }

    /// Removes the line holding `paddr` (another hart wrote it, or fence.i),
    /// returning the state it was in, or `None` if it was not cached.
    pub fn invalidate_line(&mut self, paddr: u64) -> Option<LineState> {
        let slot = self.find(paddr >> self.line_shift)?;
        self.tags[slot] = INVALID;
        self.stats.invalidations += 1;
        let dirty = std::mem::take(&mut self.dirty[slot]);
        Some(if dirty {
            LineState::Dirty
        } else {
            LineState::Clean
        })
    }

    /// Marks the line holding `paddr` clean (Modified -> Shared: its data
    /// went back to the next level because another hart read it). Returns
    /// true if it was dirty.
    pub fn clean_line(&mut self, paddr: u64) -> bool {
        match self.find(paddr >> self.line_shift) {
            Some(slot) => std::mem::take(&mut self.dirty[slot]),
            None => false,
        }
    }

    /// Takes a dirty line written back from the level above: marks it dirty,
    /// allocating it if absent, without counting a hit or a miss. Returns a
    /// dirty line this pushed out, if any.
    pub fn accept_writeback(&mut self, paddr: u64) -> Option<u64> {
        let line = paddr >> self.line_shift;
        if let Some(slot) = self.find(line) {
            self.dirty[slot] = true;
            return None;
        }
        self.clock += 1;
        self.fill(line, (line & self.set_mask) as usize, true).1
    }

    /// Empties the cache; returns how many dirty lines that wrote back.
    pub fn flush(&mut self) -> u64 {
        let dirty = self.dirty.iter().filter(|&&d| d).count() as u64;
        self.tags.fill(INVALID);
        self.dirty.fill(false);
        dirty
    }

    /// Addresses of all cached lines, for inspection and tests.
    pub fn lines(&self) -> impl Iterator<Item = u64> + '_ {
        self.tags
            .iter()
            .filter(|&&t| t != INVALID)
            .map(|&t| t << self.line_shift)
    }
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
