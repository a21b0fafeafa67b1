//! A reference model of a Linux address space's region map, page by page,
//! for the model-based test of mmap, munmap, mprotect, mseal and
//! madvise(MADV_DONTNEED), and of copy-on-write fork: it replays the random sequence of the guest
//! program `guest-programs/linux-tests/c/mmfuzz.c` (same generator, same
//! choices) and predicts every line the program prints, from the rules of
//! the man pages (mmap(2), munmap(2), mprotect(2), mseal(2), madvise(2)):
//!
//! - MAP_FIXED replaces whatever was there with zero pages, unless a page
//!   of the range is sealed (EPERM, nothing changes);
//! - MAP_FIXED_NOREPLACE fails with EEXIST if any page is mapped;
//! - munmap unmaps (holes are fine), EPERM if anything in range is sealed;
//! - mprotect: EPERM if anything in range is sealed; ENOMEM if the range
//!   starts in a hole; otherwise the pages up to the first hole change and
//!   a hole before the end gives ENOMEM; contents survive, PROT_NONE too;
//! - mseal: ENOMEM unless the whole range is mapped; sealing is for good;
//! - MADV_DONTNEED: EPERM if a sealed page in range is not writable; mapped
//!   pages become zero pages; a hole gives ENOMEM (after the rest is done);
//! - after fork, a store in the child is seen by the child only.

/// The guest program's window: 32 pages.
pub const PAGES: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prot {
    None,
    Read,
    ReadWrite,
}

impl Prot {
    fn name(self) -> &'static str {
        match self {
            Prot::None => "none",
            Prot::Read => "r",
            Prot::ReadWrite => "rw",
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Page {
    prot: Prot,
    sealed: bool,
    /// The marker byte at offset 2048 (0 for a fresh page).
    marker: u8,
}

/// Which calls the sequence uses (the program's MODE argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Everything.
    All,
    /// What qemu-riscv64 7.2 implements as Linux does.
    Qemu,
}

/// splitmix64, as in mmfuzz.c.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

struct Model {
    pages: [Option<Page>; PAGES],
    /// The program's own bookkeeping in MODE qemu (mmfuzz.c's `mapped`).
    mapped: [bool; PAGES],
}

impl Model {
    fn range(&self, start: usize, len: usize) -> impl Iterator<Item = &Option<Page>> {
        self.pages[start..start + len].iter()
    }

    fn any_sealed(&self, start: usize, len: usize) -> bool {
        self.range(start, len).any(|p| p.is_some_and(|p| p.sealed))
    }

    fn map(&mut self, start: usize, len: usize, prot: Prot) {
        for p in &mut self.pages[start..start + len] {
            *p = Some(Page {
                prot,
                sealed: false,
                marker: 0,
            });
        }
    }

    fn mmap_fixed(&mut self, start: usize, len: usize, prot: Prot) -> &'static str {
        if self.any_sealed(start, len) {
            return "EPERM";
        }
        self.map(start, len, prot);
        "ok"
    }

    fn mmap_noreplace(&mut self, start: usize, len: usize, prot: Prot) -> &'static str {
        if self.range(start, len).any(Option::is_some) {
            return "EEXIST";
        }
        self.map(start, len, prot);
        "ok"
    }

    fn munmap(&mut self, start: usize, len: usize) -> &'static str {
        if self.any_sealed(start, len) {
            return "EPERM";
        }
        self.pages[start..start + len].fill(None);
        "ok"
    }

    fn mprotect(&mut self, start: usize, len: usize, prot: Prot) -> &'static str {
        if self.any_sealed(start, len) {
            return "EPERM";
        }
        for p in &mut self.pages[start..start + len] {
            match p {
                Some(page) => page.prot = prot,
                None => return "ENOMEM",
            }
        }
        "ok"
    }

    fn mseal(&mut self, start: usize, len: usize) -> &'static str {
        if self.range(start, len).any(Option::is_none) {
            return "ENOMEM";
        }
        for p in self.pages[start..start + len].iter_mut().flatten() {
            p.sealed = true;
        }
        "ok"
    }

    fn dontneed(&mut self, start: usize, len: usize) -> &'static str {
        let refused = self
            .range(start, len)
            .any(|p| p.is_some_and(|p| p.sealed && p.prot != Prot::ReadWrite));
        if refused {
            return "EPERM";
        }
        let mut hole = false;
        for p in &mut self.pages[start..start + len] {
            match p {
                Some(page) => page.marker = 0,
                None => hole = true,
            }
        }
        if hole {
            "ENOMEM"
        } else {
            "ok"
        }
    }

    fn probe_line(&self) -> String {
        let mut line = String::from("  ");
        for p in &self.pages {
            match p {
                Some(page) if page.prot != Prot::None => {
                    line.push(if page.prot == Prot::ReadWrite {
                        'w'
                    } else {
                        'r'
                    });
                    line.push(if page.marker == 0 {
                        '0'
                    } else {
                        page.marker as char
                    });
                }
                _ => line.push_str(".."),
            }
        }
        line
    }
}

/// What `mmfuzz SEED STEPS MODE` prints, as the model predicts it.
pub fn predict(seed: u64, steps: usize, mode: Mode) -> String {
    let mut rng = Rng(seed);
    let mut m = Model {
        pages: [None; PAGES],
        mapped: [false; PAGES],
    };
    let qemu = mode == Mode::Qemu;
    let mut out = String::new();
    for step in 0..steps {
        let op = rng.next() % 100;
        let start = (rng.next() % PAGES as u64) as usize;
        let mut len = 1 + (rng.next() % 8) as usize;
        if start + len > PAGES {
            len = PAGES - start;
        }
        let prot = [Prot::None, Prot::Read, Prot::ReadWrite][(rng.next() % 3) as usize];
        let value = b'a' + (rng.next() % 26) as u8;
        let line = if op < 25 {
            let r = m.mmap_fixed(start, len, prot);
            if r == "ok" {
                m.mapped[start..start + len].fill(true);
            }
            format!("mmap-fixed {start}+{len} {} -> {r}", prot.name())
        } else if op < 35 && !qemu {
            let r = m.mmap_noreplace(start, len, prot);
            format!("mmap-noreplace {start}+{len} {} -> {r}", prot.name())
        } else if op < 50 {
            let r = m.munmap(start, len);
            if r == "ok" {
                m.mapped[start..start + len].fill(false);
            }
            format!("munmap {start}+{len} -> {r}")
        } else if op < 72 {
            let whole = m.mapped[start..start + len].iter().all(|&b| b);
            let r = if qemu && !whole {
                "skipped"
            } else {
                m.mprotect(start, len, prot)
            };
            format!("mprotect {start}+{len} {} -> {r}", prot.name())
        } else if op < 78 && !qemu {
            format!("mseal {start}+{len} -> {}", m.mseal(start, len))
        } else if op < 86 && !qemu {
            format!("dontneed {start}+{len} -> {}", m.dontneed(start, len))
        } else if op >= 93 {
            // The child's copy-on-write view: the store lands there only.
            let mut child = Model {
                pages: m.pages,
                mapped: m.mapped,
            };
            let c = value as char;
            let r = match &mut child.pages[start] {
                Some(page) if page.prot == Prot::ReadWrite => {
                    page.marker = value;
                    "stored"
                }
                _ => "not writable",
            };
            format!(
                "fork, child stores {start} {c} -> {r}\n{}\n  parent:",
                child.probe_line()
            )
        } else {
            let c = value as char;
            match &mut m.pages[start] {
                Some(page) if page.prot == Prot::ReadWrite => {
                    page.marker = value;
                    format!("store {start} {c} -> stored")
                }
                _ => format!("store {start} {c} -> not writable"),
            }
        };
        out.push_str(&format!("{step} {line}\n{}\n", m.probe_line()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generator_matches_splitmix64_reference_values() {
        // splitmix64 seeded with 0 (Vigna's reference implementation).
        let mut r = Rng(0);
        assert_eq!(r.next(), 0xe220_a839_7b1d_cdaf);
        assert_eq!(r.next(), 0x6e78_9e6a_a1b9_65f4);
    }

    #[test]
    fn prediction_is_deterministic_and_exercises_every_call() {
        let a = predict(7, 300, Mode::All);
        assert_eq!(a, predict(7, 300, Mode::All));
        for call in [
            "mmap-fixed",
            "mmap-noreplace",
            "munmap",
            "mprotect",
            "mseal",
            "dontneed",
            "store",
            "fork",
        ] {
            assert!(a.contains(call), "{call} never chosen");
        }
        assert!(!predict(7, 300, Mode::Qemu).contains("mseal"));
    }
}
