//! Host-side tracing: typed events (`event`) emitted by the harts where
//! things happen, filtered by category, labelled with the process the guest
//! kernel says is running, and written by a sink (`sink`) as text or JSON
//! lines. Syscalls are paired enter/return by address space and decoded
//! (`syscalls`) with their arguments read from guest memory at the return.
//! With tracing off the harts record nothing.

pub mod chrome;
pub mod event;
pub mod gantt;
pub mod process_stats;
pub mod sched_metrics;
pub mod sched_report;
pub mod sink;
pub mod symbolize;
pub mod syscalls;

pub use event::{Categories, Event, EventKind};
pub use process_stats::{HartCounters, ProcessAccounting};
pub use sched_metrics::SchedMetrics;
pub use sched_report::{ReportFormat, SchedReport};
pub use sink::{Format, ProcessLabel, Sink};

use crate::bus::Ram;
use crate::devices::trace::GuestEventKind;
use crate::hart::Privilege;
use crate::mmu::{self, AccessType, AdPolicy, Context, PhysMemory, Satp};
use std::collections::HashMap;

/// Guest memory as a traced process sees it: its page table, read-only
/// (A/D bits are not touched).
struct ProcessMemory<'a> {
    ram: &'a Ram,
    satp: Satp,
}

struct ReadOnly<'a>(&'a Ram);

impl PhysMemory for ReadOnly<'_> {
    fn read_u64(&mut self, paddr: u64) -> Option<u64> {
        self.0.read(paddr, 8)
    }
    fn write_u64(&mut self, _: u64, _: u64) -> bool {
        true // pretend, so a walk that would set A/D succeeds without writing
    }
}

impl syscalls::GuestMemory for ProcessMemory<'_> {
    fn read_bytes(&mut self, vaddr: u64, len: usize) -> Option<Vec<u8>> {
        let ctx = Context {
            privilege: Privilege::User,
            sum: false,
            mxr: false,
        };
        let mut out = Vec::with_capacity(len);
        let mut at = vaddr;
        while out.len() < len {
            let t = mmu::translate(
                &mut ReadOnly(self.ram),
                self.satp,
                at,
                AccessType::Load,
                ctx,
                AdPolicy::HardwareUpdate,
            )
            .ok()?;
            let page_left = 0x1000 - (at & 0xfff) as usize;
            let n = page_left.min(len - out.len());
            out.extend_from_slice(self.ram.slice(t.paddr, n as u64)?);
            at += n as u64;
        }
        Some(out)
    }
}

/// A syscall between its ecall and the return to U-mode.
struct Pending {
    hart: usize,
    nr: u64,
    args: [u64; 6],
    cycle: u64,
    /// The cycle of the return to U-mode, once it happened.
    returned: Option<u64>,
    /// The call decoded at entry, for calls whose arguments do not survive
    /// them (execve replaces the memory its path and argv are in).
    entry: Option<String>,
}

/// Whose syscall: the process the kernel reported running on the hart, or
/// (for a kernel without the trace device) the address space.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Owner {
    Pid(u64),
    Satp(u64),
}

/// execve: decoded at entry.
const EXECVE: u64 = 221;
/// prctl, and its option that renames the caller.
const PRCTL: u64 = 167;
const PR_SET_NAME: u64 = 15;

fn decode_satp(satp: u64) -> Satp {
    Satp::from_bits(satp).unwrap_or(Satp::BARE)
}

/// The machine's tracer: what to record, where, and what it knows about
/// the guest's processes.
pub struct Tracer {
    sink: Sink,
    categories: Categories,
    /// The process running on each hart, from the kernel's switch events.
    running: Vec<u64>,
    names: HashMap<u64, String>,
    /// Syscalls entered and not yet returned, by process.
    pending: HashMap<Owner, Pending>,
    /// Only events of this process (`--trace-pid`).
    pid: Option<u64>,
    /// What each process cost (for `--stats`).
    pub accounting: ProcessAccounting,
    /// Arrival, first run, completion and CPU time of each process (for
    /// `--stats` and `--sched-report`).
    pub sched: SchedMetrics,
    /// Addresses to `function+offset`.
    symbols: symbolize::Symbolizer,
    /// The initrd's files by path (`/bin/sh`), read on the first exec.
    initrd: Option<Vec<u8>>,
    files: Option<HashMap<String, Vec<u8>>>,
    /// Events written (for tests and completeness checks).
    pub written: u64,
}

impl Tracer {
    pub fn new(sink: Sink, categories: Categories, harts: usize) -> Tracer {
        Tracer {
            sink,
            categories,
            running: vec![0; harts],
            names: HashMap::new(),
            pending: HashMap::new(),
            pid: None,
            accounting: ProcessAccounting::new(harts),
            sched: SchedMetrics::new(harts),
            symbols: symbolize::Symbolizer::default(),
            initrd: None,
            files: None,
            written: 0,
        }
    }

    /// Keeps only the events of process `pid` (as the guest kernel reports
    /// which process runs on each hart).
    pub fn only_pid(mut self, pid: u64) -> Tracer {
        self.pid = Some(pid);
        self
    }

    /// What was booted: the kernel's symbols and the initrd (whose programs
    /// give the processes' symbols).
    pub fn set_boot_image(
        &mut self,
        kernel: Option<crate::loader::SymbolTable>,
        initrd: Option<Vec<u8>>,
    ) {
        self.symbols = symbolize::Symbolizer::new(kernel);
        self.initrd = initrd;
    }

    /// A file of the initrd by absolute path, or (as the kernel may report
    /// only a program's name) the first file in path order with that name.
    fn initrd_file(&mut self, path: &str) -> Option<Vec<u8>> {
        if self.files.is_none() {
            let entries = rvlab_cpio::parse(self.initrd.as_deref()?).ok()?;
            self.files = Some(
                entries
                    .into_iter()
                    .map(|e| (format!("/{}", e.path), e.data))
                    .collect(),
            );
        }
        let files = self.files.as_ref()?;
        if let Some(f) = files.get(path) {
            return Some(f.clone());
        }
        let mut named: Vec<&String> = files
            .keys()
            .filter(|k| k.rsplit('/').next() == Some(path))
            .collect();
        named.sort();
        named.first().and_then(|k| files.get(*k)).cloned()
    }

    fn wanted(&self, label: Option<&ProcessLabel>) -> bool {
        match self.pid {
            None => true,
            Some(pid) => label.is_some_and(|l| l.pid == pid),
        }
    }

    /// The categories the harts should record.
    pub fn categories(&self) -> Categories {
        self.categories
    }

    fn label(&self, hart: usize) -> Option<ProcessLabel> {
        let pid = *self.running.get(hart)?;
        (pid != 0).then(|| ProcessLabel {
            pid,
            name: self.names.get(&pid).cloned().unwrap_or_else(|| "?".into()),
        })
    }

    fn emit(&mut self, e: &Event) {
        if self.categories.contains(e.category()) {
            let label = self.label(e.hart);
            if self.wanted(label.as_ref()) {
                let pid = label.as_ref().map(|l| l.pid);
                let symbol = match &e.kind {
                    EventKind::Trap { epc, from, .. } => self.symbols.lookup(pid, *from, *epc),
                    EventKind::Return { pc, to, .. } => self.symbols.lookup(pid, *to, *pc),
                    _ => None,
                };
                let _ = match symbol {
                    Some(sym) => self.sink.write_symbolized(e, label.as_ref(), &sym),
                    None => self.sink.write(e, label.as_ref()),
                };
                self.written += 1;
            }
        }
    }

    /// Takes a hart's events. `satp` and `a0` are the hart's after its last
    /// instruction (an sret to U-mode returns a syscall's result in a0).
    pub fn hart_events(&mut self, events: Vec<Event>, satp: u64, a0: u64, ram: &Ram) {
        for e in events {
            let owner = match self.running.get(e.hart) {
                Some(&pid) if pid != 0 => Owner::Pid(pid),
                _ => Owner::Satp(satp),
            };
            match &e.kind {
                EventKind::SyscallEnter { nr, args } => {
                    if let Some(p) = self.pending.remove(&owner) {
                        self.finish_syscall(p, None, satp, ram);
                    }
                    let entry = (*nr == EXECVE && self.categories.contains(Categories::SYSCALL))
                        .then(|| {
                            let mut mem = ProcessMemory {
                                ram,
                                satp: decode_satp(satp),
                            };
                            syscalls::format_entry(*nr, *args, None, &mut mem)
                        });
                    let p = Pending {
                        hart: e.hart,
                        nr: *nr,
                        args: *args,
                        cycle: e.cycle,
                        returned: None,
                        entry,
                    };
                    self.pending.insert(owner, p);
                    continue;
                }
                EventKind::Trap {
                    cause: 12 | 13 | 15,
                    from: Privilege::User,
                    ..
                } => {
                    if let Owner::Pid(pid) = owner {
                        self.accounting.page_fault(pid);
                    }
                }
                EventKind::Return {
                    to: Privilege::User,
                    ..
                } => {
                    self.emit(&e);
                    if let Some(mut p) = self.pending.remove(&owner) {
                        p.hart = e.hart;
                        p.returned = Some(e.cycle);
                        self.finish_syscall(p, Some(a0), satp, ram);
                    }
                    continue;
                }
                _ => {}
            }
            self.emit(&e);
        }
    }

    fn finish_syscall(&mut self, p: Pending, ret: Option<u64>, satp: u64, ram: &Ram) {
        if let Some(pid) = self.label(p.hart).map(|l| l.pid) {
            let name =
                syscalls::name(p.nr).map_or_else(|| format!("syscall_{:#x}", p.nr), str::to_string);
            self.accounting.syscall(pid, &name);
            if p.nr == PRCTL && p.args[0] == PR_SET_NAME && ret == Some(0) {
                self.renamed(pid, p.args[1], satp, ram);
            }
        }
        if !self.categories.contains(Categories::SYSCALL) {
            return;
        }
        let text = match p.entry {
            Some(entry) => {
                let result =
                    ret.map_or_else(|| "?".to_string(), |r| syscalls::format_return(p.nr, r));
                format!("{entry} = {result}")
            }
            None => {
                let mut mem = ProcessMemory {
                    ram,
                    satp: decode_satp(satp),
                };
                syscalls::format_call(p.nr, p.args, ret, &mut mem)
            }
        };
        let ret = ret.unwrap_or(u64::MAX);
        let kind = EventKind::SyscallExit {
            nr: p.nr,
            ret,
            text,
            enter_cycle: p.cycle,
        };
        self.emit(&Event {
            hart: p.hart,
            cycle: p.returned.unwrap_or(p.cycle),
            kind,
        });
    }

    /// A successful prctl(PR_SET_NAME, name) by `pid`: the new name, read
    /// from its memory, names it from now on (as the kernel's exec event
    /// for a rename would; a kernel that does not send one is covered).
    fn renamed(&mut self, pid: u64, at: u64, satp: u64, ram: &Ram) {
        let mut mem = ProcessMemory {
            ram,
            satp: decode_satp(satp),
        };
        let Some(bytes) = syscalls::GuestMemory::read_bytes(&mut mem, at, 16) else {
            return;
        };
        let len = bytes.iter().position(|&b| b == 0).unwrap_or(15).min(15);
        let name = String::from_utf8_lossy(&bytes[..len]).into_owned();
        self.accounting.name(pid, &name);
        self.sched.named(pid, &name);
        self.names.insert(pid, name);
    }

    /// Takes an event the guest kernel reported, updating what the host
    /// knows of its processes.
    /// `now` is the reporting hart's counters, for per-process accounting.
    pub fn guest_event(
        &mut self,
        hart: usize,
        now: HartCounters,
        kind: GuestEventKind,
        args: [u64; 4],
        name: Option<String>,
    ) {
        let cycle = now.cycles;
        if kind == GuestEventKind::from_code(7) {
            // Fork: pages shared and copied, charged to the forking process.
            let forker = self.running.get(hart).copied().unwrap_or(0);
            self.accounting.fork_pages(forker, args[1], args[2]);
        }
        match kind {
            GuestEventKind::ProcessCreated => {
                let parent = self
                    .names
                    .get(&args[1])
                    .cloned()
                    .unwrap_or_else(|| "?".into());
                self.symbols.fork(args[0], args[1]);
                self.sched.created(args[0], args[1], cycle);
                self.accounting.name(args[0], &parent);
                self.names.insert(args[0], parent);
            }
            GuestEventKind::Exec => {
                if let Some(n) = &name {
                    let short = n.rsplit('/').next().unwrap_or(n).to_string();
                    let file = self.initrd_file(n);
                    self.symbols.exec(args[0], n, || file);
                    self.accounting.name(args[0], &short);
                    self.sched.named(args[0], &short);
                    self.names.insert(args[0], short);
                }
            }
            GuestEventKind::ContextSwitch => {
                if let Some(r) = self.running.get_mut(hart) {
                    *r = args[1];
                }
                self.accounting.switch(hart, args[1], now);
                self.sched.switch(hart, args[1], cycle);
                // Both sides by name, for the text form.
                let named = |pid: u64| match pid {
                    0 => "idle".to_string(),
                    p => format!("{} ({p})", self.names.get(&p).map_or("?", String::as_str)),
                };
                let text = format!("{} -> {}", named(args[0]), named(args[1]));
                self.emit(&Event {
                    hart,
                    cycle,
                    kind: EventKind::Guest {
                        kind,
                        args,
                        name: Some(text),
                    },
                });
                return;
            }
            // exit/exit_group never return: written when the process ends.
            GuestEventKind::JobArrival => self.sched.arrival(args[0], cycle),
            GuestEventKind::Scheduler => {
                self.sched.scheduler(sched_metrics::SchedulerInfo {
                    policy: name.clone().unwrap_or_default(),
                    slice_us: args[2],
                    tick_hz: args[3],
                });
            }
            GuestEventKind::Exit => {
                self.sched.exit(args[0], cycle);
                if let Some(p) = self.pending.remove(&Owner::Pid(args[0])) {
                    self.finish_syscall(p, None, 0, &Ram::new(0, 0));
                }
            }
            _ => {}
        }
        self.emit(&Event {
            hart,
            cycle,
            kind: EventKind::Guest { kind, args, name },
        });
    }

    /// Writes out syscalls still waiting for their return, closes the
    /// per-process accounting at the harts' final counters, and flushes.
    pub fn finish(&mut self, ram: &Ram, finals: &[HartCounters]) {
        self.accounting.finish(finals);
        let cycles: Vec<u64> = finals.iter().map(|c| c.cycles).collect();
        self.sched.finish(&cycles);
        let mut pending: Vec<(Owner, Pending)> = self.pending.drain().collect();
        // A deterministic order: by the cycle each call was entered.
        pending.sort_by_key(|(owner, p)| (p.cycle, *owner));
        for (owner, p) in pending {
            let satp = match owner {
                Owner::Satp(s) => s,
                Owner::Pid(_) => 0,
            };
            self.finish_syscall(p, None, satp, ram);
        }
        let _ = self.sink.flush();
    }
}

#[cfg(test)]
mod tests;
