//! Per-process statistics, attributed on the guest kernel's context
//! switches: between two switches on a hart, whatever the hart counted
//! (cycles, instructions, TLB and cache misses) belongs to the process that
//! ran there. Syscalls and page faults are counted as they happen.

use std::collections::BTreeMap;
use std::fmt::Write;

/// A hart's counters at one moment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HartCounters {
    pub cycles: u64,
    pub instret: u64,
    pub itlb_misses: u64,
    pub dtlb_misses: u64,
    pub l1i_misses: u64,
    pub l1d_misses: u64,
}

impl HartCounters {
    fn since(self, earlier: HartCounters) -> HartCounters {
        HartCounters {
            cycles: self.cycles.saturating_sub(earlier.cycles),
            instret: self.instret.saturating_sub(earlier.instret),
            itlb_misses: self.itlb_misses.saturating_sub(earlier.itlb_misses),
            dtlb_misses: self.dtlb_misses.saturating_sub(earlier.dtlb_misses),
            l1i_misses: self.l1i_misses.saturating_sub(earlier.l1i_misses),
            l1d_misses: self.l1d_misses.saturating_sub(earlier.l1d_misses),
        }
    }

    fn add(&mut self, d: HartCounters) {
        self.cycles += d.cycles;
        self.instret += d.instret;
        self.itlb_misses += d.itlb_misses;
        self.dtlb_misses += d.dtlb_misses;
        self.l1i_misses += d.l1i_misses;
        self.l1d_misses += d.l1d_misses;
    }
}

/// What one process cost.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProcessStats {
    pub name: String,
    pub counters: HartCounters,
    pub syscalls: BTreeMap<String, u64>,
    pub page_faults: u64,
    /// Pages its forks shared copy-on-write and copied (the guest's fork
    /// event).
    pub fork_pages_shared: u64,
    pub fork_pages_copied: u64,
    /// Times it was switched to.
    pub switches_in: u64,
}

/// The accumulator.
#[derive(Clone, Debug, Default)]
pub struct ProcessAccounting {
    /// Per hart: the running pid (0 = idle/kernel) and the counters when it
    /// started running.
    harts: Vec<(u64, HartCounters)>,
    pub processes: BTreeMap<u64, ProcessStats>,
}

impl ProcessAccounting {
    pub fn new(harts: usize) -> ProcessAccounting {
        ProcessAccounting {
            harts: vec![(0, HartCounters::default()); harts],
            processes: BTreeMap::new(),
        }
    }

    fn entry(&mut self, pid: u64) -> &mut ProcessStats {
        self.processes.entry(pid).or_default()
    }

    /// Hart `hart` switches to `next` with its counters at `now`.
    pub fn switch(&mut self, hart: usize, next: u64, now: HartCounters) {
        let Some(&(prev, since)) = self.harts.get(hart) else {
            return;
        };
        self.entry(prev).counters.add(now.since(since));
        self.harts[hart] = (next, now);
        if next != 0 {
            self.entry(next).switches_in += 1;
        }
    }

    pub fn name(&mut self, pid: u64, name: &str) {
        self.entry(pid).name = name.to_string();
    }

    pub fn syscall(&mut self, pid: u64, name: &str) {
        *self
            .entry(pid)
            .syscalls
            .entry(name.to_string())
            .or_default() += 1;
    }

    pub fn page_fault(&mut self, pid: u64) {
        self.entry(pid).page_faults += 1;
    }

    /// A fork by `pid` that shared `shared` pages and copied `copied`.
    pub fn fork_pages(&mut self, pid: u64, shared: u64, copied: u64) {
        let p = self.entry(pid);
        p.fork_pages_shared += shared;
        p.fork_pages_copied += copied;
    }

    /// Closes every hart's current interval at its final counters.
    pub fn finish(&mut self, finals: &[HartCounters]) {
        for (hart, now) in finals.iter().enumerate() {
            let running = self.harts.get(hart).map(|h| h.0);
            if let Some(pid) = running {
                self.switch(hart, pid, *now);
                if pid != 0 {
                    self.entry(pid).switches_in -= 1; // not a real switch
                }
            }
        }
    }

    /// The per-process report (pid 0 is time outside any process: boot,
    /// idle, kernel threads).
    pub fn report(&self) -> String {
        let mut out = String::new();
        for (pid, p) in &self.processes {
            let c = &p.counters;
            let name = if *pid == 0 {
                "kernel/idle"
            } else {
                p.name.as_str()
            };
            let _ = writeln!(
                out,
                "process {pid} ({name}): {} instructions, {} cycles, {} switches in, {} page faults, \
                 iTLB misses {}, dTLB misses {}, L1I misses {}, L1D misses {}",
                c.instret, c.cycles, p.switches_in, p.page_faults, c.itlb_misses, c.dtlb_misses,
                c.l1i_misses, c.l1d_misses
            );
            if p.fork_pages_shared + p.fork_pages_copied > 0 {
                let _ = writeln!(
                    out,
                    "  fork: {} pages shared copy-on-write, {} pages copied",
                    p.fork_pages_shared, p.fork_pages_copied
                );
            }
            if !p.syscalls.is_empty() {
                let total: u64 = p.syscalls.values().sum();
                let calls: Vec<String> =
                    p.syscalls.iter().map(|(n, k)| format!("{n} {k}")).collect();
                let _ = writeln!(out, "  {total} syscalls: {}", calls.join(", "));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(cycles: u64, instret: u64) -> HartCounters {
        HartCounters {
            cycles,
            instret,
            ..Default::default()
        }
    }

    #[test]
    fn intervals_go_to_the_process_that_ran() {
        let mut a = ProcessAccounting::new(1);
        a.switch(0, 1, at(100, 50)); // boot until 100 is pid 0's
        a.switch(0, 2, at(300, 150)); // pid 1 ran 200 cycles
        a.switch(0, 1, at(350, 160)); // pid 2 ran 50
        a.finish(&[at(400, 200)]); // pid 1 again, 50
        assert_eq!(a.processes[&0].counters.cycles, 100);
        assert_eq!(a.processes[&1].counters.cycles, 250);
        assert_eq!(a.processes[&1].counters.instret, 140);
        assert_eq!(a.processes[&2].counters.cycles, 50);
        assert_eq!(a.processes[&1].switches_in, 2);
        let total: u64 = a.processes.values().map(|p| p.counters.cycles).sum();
        assert_eq!(total, 400, "every cycle belongs to someone");
    }

    #[test]
    fn fork_pages_add_up_per_forking_process() {
        let mut a = ProcessAccounting::new(1);
        a.fork_pages(1, 100, 0);
        a.fork_pages(1, 20, 3);
        assert_eq!(a.processes[&1].fork_pages_shared, 120);
        assert_eq!(a.processes[&1].fork_pages_copied, 3);
        assert!(a
            .report()
            .contains("fork: 120 pages shared copy-on-write, 3 pages copied"));
    }
}
