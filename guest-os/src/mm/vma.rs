//! Virtual memory areas: which user addresses are valid, with which
//! permissions, and what backs them. The map is a `BTreeMap` keyed by start
//! address; operations work at page granularity and split an area where a
//! range begins or ends inside it (mprotect of one page in the middle of a
//! mapping makes three areas), then merge neighbours that became
//! indistinguishable again, as Linux does.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use bitflags::bitflags;

use crate::syscall::errno::*;

bitflags! {
    /// Access permissions of a VMA, with Linux's PROT_* values.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Prot: u32 {
        const READ = 1;
        const WRITE = 2;
        const EXEC = 4;
    }
}

/// What a VMA holds (for fault reporting, brk and /proc/self/maps).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VmaKind {
    /// A PT_LOAD segment of the program (loaded eagerly).
    Elf,
    /// The brk heap.
    Heap,
    /// The main thread's stack; grows down on faults below it.
    Stack,
    /// Anonymous mmap.
    Anon,
    /// A mapping of an initrd file: `data` is the file's bytes from the
    /// mapping's start on (pages fault in as copies of them). The initrd is
    /// read-only, so a shared mapping (`shared`) can never be writable and
    /// is otherwise the same as a private one.
    File { data: &'static [u8], shared: bool },
}

/// A virtual memory area: `[start, end)`, page aligned.
#[derive(Clone, Copy, Debug)]
pub struct Vma {
    pub start: usize,
    pub end: usize,
    pub prot: Prot,
    pub kind: VmaKind,
    /// mseal(2): no more unmapping, remapping or permission changes.
    pub sealed: bool,
    /// madvise(MADV_HUGEPAGE) (or MADV_NOHUGEPAGE: `Some(false)`).
    pub huge: Option<bool>,
}

impl Vma {
    pub fn new(start: usize, end: usize, prot: Prot, kind: VmaKind) -> Vma {
        Vma { start, end, prot, kind, sealed: false, huge: None }
    }

    /// The part from `at` on (for a file mapping, its data moves along).
    fn tail(&self, at: usize) -> Vma {
        let kind = match self.kind {
            VmaKind::File { data, shared } => VmaKind::File { data: data.get(at - self.start..).unwrap_or(&[]), shared },
            k => k,
        };
        Vma { start: at, kind, ..*self }
    }

    /// Whether `next` continues this area with the same attributes, so the
    /// two can be one area.
    fn mergeable(&self, next: &Vma) -> bool {
        let kinds = match (self.kind, next.kind) {
            (VmaKind::Anon, VmaKind::Anon) => true,
            (VmaKind::File { data: a, shared: x }, VmaKind::File { data: b, shared: y }) if x == y => {
                // The same file, consecutive offsets.
                let len = next.start - self.start;
                a.len() > len && core::ptr::eq(a[len..].as_ptr(), b.as_ptr())
            }
            _ => false,
        };
        self.end == next.start && kinds && self.prot == next.prot && self.sealed == next.sealed && self.huge == next.huge
    }
}

/// Most VMAs one address space may have (Linux: vm.max_map_count), which
/// bounds the kernel memory a program can make the kernel spend on them.
pub const MAX_VMAS: usize = 4096;

#[derive(Clone, Default)]
pub struct VmaMap {
    map: BTreeMap<usize, Vma>,
}

impl VmaMap {
    pub fn iter(&self) -> impl Iterator<Item = &Vma> {
        self.map.values()
    }

    /// The VMA containing `va`.
    pub fn at(&self, va: usize) -> Option<&Vma> {
        self.map.range(..=va).next_back().map(|(_, v)| v).filter(|v| va < v.end)
    }

    pub fn get_mut(&mut self, start: usize) -> Option<&mut Vma> {
        self.map.get_mut(&start)
    }

    /// The last VMA starting below `va` (the one a stack would grow from).
    pub fn below(&self, va: usize) -> Option<&Vma> {
        self.map.range(..va).next_back().map(|(_, v)| v)
    }

    /// The first VMA starting at or above `va`.
    pub fn above(&self, va: usize) -> Option<&Vma> {
        self.map.range(va..).next().map(|(_, v)| v)
    }

    /// Whether any VMA overlaps `[start, end)`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.map.range(..end).next_back().is_some_and(|(_, v)| v.end > start)
    }

    /// The VMAs overlapping `[start, end)`.
    pub fn overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = &Vma> {
        let first = self.at(start).map_or(start, |v| v.start);
        self.map.range(first..end).map(|(_, v)| v)
    }

    /// Whether `[start, end)` is covered by VMAs without a hole.
    pub fn fully_mapped(&self, start: usize, end: usize) -> bool {
        let mut at = start;
        while at < end {
            match self.at(at) {
                Some(v) => at = v.end,
                None => return false,
            }
        }
        true
    }

    /// Whether a sealed VMA overlaps `[start, end)`.
    pub fn any_sealed(&self, start: usize, end: usize) -> bool {
        self.overlapping(start, end).any(|v| v.sealed)
    }

    /// Records a VMA where there is none.
    pub fn insert(&mut self, vma: Vma) -> Result<(), Errno> {
        if vma.start >= vma.end || self.overlaps(vma.start, vma.end) || self.map.len() >= MAX_VMAS {
            return Err(ENOMEM);
        }
        self.map.insert(vma.start, vma);
        Ok(())
    }

    pub fn remove(&mut self, start: usize) -> Option<Vma> {
        self.map.remove(&start)
    }

    /// Whether splitting at both ends of `[start, end)` stays within the
    /// VMA limit (ENOMEM, as Linux, otherwise).
    pub fn can_split(&self) -> Result<(), Errno> {
        if self.map.len() + 2 > MAX_VMAS {
            return Err(ENOMEM);
        }
        Ok(())
    }

    /// Splits the VMA that straddles `addr` (if any) into two at `addr`.
    pub fn split_at(&mut self, addr: usize) {
        if let Some(vma) = self.at(addr).copied() {
            if vma.start < addr {
                self.map.insert(vma.start, Vma { end: addr, ..vma });
                self.map.insert(addr, vma.tail(addr));
            }
        }
    }

    /// Splits at `start` and `end`; returns the starts of the VMAs inside.
    pub fn isolate(&mut self, start: usize, end: usize) -> Vec<usize> {
        self.split_at(start);
        self.split_at(end);
        self.map.range(start..end).map(|(&s, _)| s).collect()
    }

    /// Merges mergeable neighbours around `[start, end)`.
    pub fn merge_around(&mut self, start: usize, end: usize) {
        let from = self.below(start).map_or(start, |v| v.start);
        let starts: Vec<usize> = self.map.range(from..=end).map(|(&s, _)| s).collect();
        let mut prev: Option<usize> = None;
        for s in starts {
            let Some(cur) = self.map.get(&s).copied() else { continue };
            if let Some(p) = prev {
                let pv = self.map[&p];
                if pv.mergeable(&cur) {
                    self.map.remove(&s);
                    self.map.get_mut(&p).expect("present").end = cur.end;
                    continue;
                }
            }
            prev = Some(s);
        }
    }
}
