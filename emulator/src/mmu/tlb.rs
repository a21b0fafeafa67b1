//! The modeled TLB: part of the machine, not a speed trick. Its size,
//! associativity and replacement policy are configuration; entries carry an
//! ASID and the global bit, superpages take one entry, and `sfence.vma`
//! removes exactly what the spec says. A stale entry (a PTE changed without
//! sfence.vma) keeps being used, which is what real hardware may do.

use super::pte::PteFlags;
use super::walk::{page_size, Translation};

/// Which entry of a full set is replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Replacement {
    /// Least recently used.
    Lru,
    /// Oldest inserted.
    Fifo,
    /// Pseudo-random from a seed (deterministic).
    Random { seed: u64 },
}

/// Geometry and policy of one TLB.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TlbConfig {
    pub entries: usize,
    /// Entries per set; `ways == entries` is fully associative.
    pub ways: usize,
    pub replacement: Replacement,
}

impl Default for TlbConfig {
    /// 32 entries, fully associative, LRU.
    fn default() -> Self {
        TlbConfig {
            entries: 32,
            ways: 32,
            replacement: Replacement::Lru,
        }
    }
}

/// Invalid TLB geometry.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("TLB of {entries} entries and {ways} ways: entries must be a positive multiple of ways, giving a power-of-two number of sets")]
pub struct TlbConfigError {
    pub entries: usize,
    pub ways: usize,
}

/// One cached translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TlbEntry {
    /// Virtual page number at this entry's page size (vaddr >> page shift).
    pub vpn: u64,
    /// 0 = 4 KiB, 1 = 2 MiB, 2 = 1 GiB, 3 = 512 GiB.
    pub level: u8,
    pub asid: u16,
    pub global: bool,
    /// Physical address of the page (aligned to its size).
    pub page: u64,
    /// The leaf PTE's flags (permissions, A, D).
    pub flags: PteFlags,
}

impl TlbEntry {
    fn shift(&self) -> u32 {
        12 + 9 * self.level as u32
    }

    /// True if this entry maps `vaddr` (ignoring the ASID).
    pub fn covers(&self, vaddr: u64) -> bool {
        vaddr >> self.shift() == self.vpn
    }

    /// The physical address of `vaddr` through this entry.
    pub fn paddr(&self, vaddr: u64) -> u64 {
        self.page | (vaddr & (page_size(self.level) - 1))
    }
}

/// Hit and miss counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TlbStats {
    pub hits: u64,
    pub misses: u64,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    entry: Option<TlbEntry>,
    /// Last use (LRU) or insertion (FIFO) time.
    stamp: u64,
}

/// A set-associative TLB.
#[derive(Clone, Debug)]
pub struct Tlb {
    config: TlbConfig,
    sets: usize,
    slots: Vec<Slot>,
    clock: u64,
    rng: u64,
    /// The slot of the last hit, checked first.
    mru: usize,
    pub stats: TlbStats,
}

impl Tlb {
    pub fn new(config: TlbConfig) -> Result<Tlb, TlbConfigError> {
        let err = TlbConfigError {
            entries: config.entries,
            ways: config.ways,
        };
        if config.ways == 0 || config.entries == 0 || config.entries % config.ways != 0 {
            return Err(err);
        }
        let sets = config.entries / config.ways;
        if !sets.is_power_of_two() {
            return Err(err);
        }
        let rng = match config.replacement {
            Replacement::Random { seed } => seed | 1,
            _ => 1,
        };
        Ok(Tlb {
            config,
            sets,
            slots: vec![
                Slot {
                    entry: None,
                    stamp: 0
                };
                config.entries
            ],
            clock: 0,
            rng,
            mru: 0,
            stats: TlbStats::default(),
        })
    }

    pub fn config(&self) -> TlbConfig {
        self.config
    }

    fn set_of(&self, vaddr: u64, level: u8) -> usize {
        ((vaddr >> (12 + 9 * level as u32)) as usize) & (self.sets - 1)
    }

    fn matches(e: &TlbEntry, vaddr: u64, asid: u16) -> bool {
        e.covers(vaddr) && (e.global || e.asid == asid)
    }

    /// Finds the entry mapping `vaddr` in address space `asid`, counting a
    /// hit or a miss.
    #[inline]
    pub fn lookup(&mut self, vaddr: u64, asid: u16) -> Option<TlbEntry> {
        self.clock += 1;
        if let Some(e) = self.slots[self.mru].entry {
            if Self::matches(&e, vaddr, asid) {
                self.touch(self.mru);
                self.stats.hits += 1;
                return Some(e);
            }
        }
        match self.find(vaddr, asid) {
            Some(i) => {
                self.mru = i;
                self.touch(i);
                self.stats.hits += 1;
                self.slots[i].entry
            }
            None => {
                self.stats.misses += 1;
                None
            }
        }
    }

    /// The entry mapping `vaddr`, without counting or touching (for tests
    /// and inspection).
    pub fn probe(&self, vaddr: u64, asid: u16) -> Option<TlbEntry> {
        self.find(vaddr, asid).and_then(|i| self.slots[i].entry)
    }

    fn find(&self, vaddr: u64, asid: u16) -> Option<usize> {
        let ways = self.config.ways;
        // Each page size indexes its own set; with one set that is one scan.
        let levels: &[u8] = if self.sets == 1 { &[0] } else { &[0, 1, 2, 3] };
        for &level in levels {
            let base = self.set_of(vaddr, level) * ways;
            for i in base..base + ways {
                if let Some(e) = &self.slots[i].entry {
                    if (self.sets == 1 || e.level == level) && Self::matches(e, vaddr, asid) {
                        return Some(i);
                    }
                }
            }
        }
        None
    }

    fn touch(&mut self, i: usize) {
        if self.config.replacement == Replacement::Lru {
            self.slots[i].stamp = self.clock;
        }
    }

    /// Caches a translation made by a page walk.
    pub fn insert(&mut self, vaddr: u64, asid: u16, t: &Translation) {
        let flags = t.pte.flags();
        let entry = TlbEntry {
            vpn: vaddr >> (12 + 9 * t.level as u32),
            level: t.level,
            asid,
            global: flags.contains(PteFlags::G),
            page: t.paddr & !(page_size(t.level) - 1),
            flags,
        };
        self.clock += 1;
        // The new entry replaces every entry that maps this address for this
        // address space (e.g. the same page before D was set, or a mapping
        // of another page size that sits in another set).
        while let Some(i) = self.find(vaddr, asid) {
            self.slots[i].entry = None;
        }
        let target = self.victim(vaddr, t.level);
        self.slots[target] = Slot {
            entry: Some(entry),
            stamp: self.clock,
        };
        self.mru = target;
    }

    fn victim(&mut self, vaddr: u64, level: u8) -> usize {
        let ways = self.config.ways;
        let base = self.set_of(vaddr, level) * ways;
        let set = base..base + ways;
        if let Some(i) = set.clone().find(|&i| self.slots[i].entry.is_none()) {
            return i;
        }
        match self.config.replacement {
            Replacement::Lru | Replacement::Fifo => {
                set.min_by_key(|&i| self.slots[i].stamp).unwrap_or(base)
            }
            Replacement::Random { .. } => {
                // xorshift64: deterministic for a given seed.
                self.rng ^= self.rng << 13;
                self.rng ^= self.rng >> 7;
                self.rng ^= self.rng << 17;
                base + (self.rng % ways as u64) as usize
            }
        }
    }

    /// `sfence.vma` semantics: with no address, every page; with no ASID,
    /// every address space. An ASID-specific fence keeps global entries.
    pub fn fence(&mut self, vaddr: Option<u64>, asid: Option<u16>) {
        for slot in &mut self.slots {
            let Some(e) = &slot.entry else { continue };
            let addr_hit = vaddr.is_none_or(|va| e.covers(va));
            let asid_hit = match asid {
                None => true,
                Some(a) => !e.global && e.asid == a,
            };
            if addr_hit && asid_hit {
                slot.entry = None;
            }
        }
    }

    /// Every valid entry, for inspection.
    pub fn entries(&self) -> impl Iterator<Item = TlbEntry> + '_ {
        self.slots.iter().filter_map(|s| s.entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mmu::pte::Pte;

    fn t(vaddr: u64, paddr_page: u64, level: u8, flags: PteFlags) -> (u64, Translation) {
        let off = vaddr & (page_size(level) - 1);
        (
            vaddr,
            Translation {
                paddr: paddr_page | off,
                level,
                pte: Pte(flags.bits()),
                pte_addr: 0,
            },
        )
    }

    const RWX: PteFlags = PteFlags::V
        .union(PteFlags::R)
        .union(PteFlags::W)
        .union(PteFlags::X);

    #[test]
    fn hit_miss_and_superpages() {
        let mut tlb = Tlb::new(TlbConfig::default()).unwrap();
        assert_eq!(tlb.lookup(0x1000, 1), None);
        let (va, tr) = t(0x4020_0123, 0x8020_0000, 1, RWX);
        tlb.insert(va, 1, &tr);
        let e = tlb.lookup(0x4030_0000, 1).expect("same 2 MiB page");
        assert_eq!(e.paddr(0x4030_0000), 0x8030_0000);
        assert_eq!(tlb.lookup(0x4030_0000, 2), None, "other ASID");
        assert_eq!(tlb.stats, TlbStats { hits: 1, misses: 2 });
    }

    #[test]
    fn lru_evicts_least_recently_used() {
        let cfg = TlbConfig {
            entries: 2,
            ways: 2,
            replacement: Replacement::Lru,
        };
        let mut tlb = Tlb::new(cfg).unwrap();
        for page in [1u64, 2] {
            let (va, tr) = t(page << 12, page << 12, 0, RWX);
            tlb.insert(va, 0, &tr);
        }
        assert!(tlb.lookup(1 << 12, 0).is_some()); // 1 is now most recent
        let (va, tr) = t(3 << 12, 3 << 12, 0, RWX);
        tlb.insert(va, 0, &tr);
        assert!(tlb.probe(1 << 12, 0).is_some());
        assert!(tlb.probe(2 << 12, 0).is_none(), "2 was least recently used");
    }

    #[test]
    fn fifo_evicts_oldest_even_if_used() {
        let cfg = TlbConfig {
            entries: 2,
            ways: 2,
            replacement: Replacement::Fifo,
        };
        let mut tlb = Tlb::new(cfg).unwrap();
        for page in [1u64, 2] {
            let (va, tr) = t(page << 12, page << 12, 0, RWX);
            tlb.insert(va, 0, &tr);
        }
        assert!(tlb.lookup(1 << 12, 0).is_some());
        let (va, tr) = t(3 << 12, 3 << 12, 0, RWX);
        tlb.insert(va, 0, &tr);
        assert!(tlb.probe(1 << 12, 0).is_none(), "1 was inserted first");
    }

    #[test]
    fn set_associative_indexing() {
        // 4 entries, 1 way: 4 sets; pages 0 and 4 collide.
        let cfg = TlbConfig {
            entries: 4,
            ways: 1,
            replacement: Replacement::Lru,
        };
        let mut tlb = Tlb::new(cfg).unwrap();
        let (va, tr) = t(0, 0x1000, 0, RWX);
        tlb.insert(va, 0, &tr);
        let (va, tr) = t(4 << 12, 0x2000, 0, RWX);
        tlb.insert(va, 0, &tr);
        assert!(tlb.probe(0, 0).is_none());
        assert!(tlb.probe(4 << 12, 0).is_some());
        assert!(Tlb::new(TlbConfig {
            entries: 6,
            ways: 2,
            replacement: Replacement::Lru
        })
        .is_err());
    }

    #[test]
    fn fence_variants() {
        let fill = || {
            let mut tlb = Tlb::new(TlbConfig::default()).unwrap();
            let (va, tr) = t(0x1000, 0x8000_1000, 0, RWX);
            tlb.insert(va, 1, &tr);
            let (va, tr) = t(0x2000, 0x8000_2000, 0, RWX);
            tlb.insert(va, 2, &tr);
            let (va, tr) = t(0x1000, 0x8000_3000, 0, RWX | PteFlags::G);
            tlb.insert(va, 3, &tr); // global, other ASID, same VA
            tlb
        };
        let count = |tlb: &Tlb| tlb.entries().count();
        let mut a = fill();
        assert_eq!(count(&a), 3);
        a.fence(None, None);
        assert_eq!(count(&a), 0);
        let mut b = fill();
        b.fence(None, Some(1));
        assert_eq!(count(&b), 2, "only ASID 1's non-global entry");
        let mut c = fill();
        c.fence(Some(0x1abc), None);
        assert_eq!(
            count(&c),
            1,
            "both mappings of page 0x1000, any ASID, global too"
        );
        let mut d = fill();
        d.fence(Some(0x1000), Some(3));
        assert_eq!(count(&d), 3, "global entries survive an ASID fence");
    }
}
