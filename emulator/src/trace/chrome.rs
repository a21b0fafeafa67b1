//! The Trace Event format (the JSON that Perfetto and chrome://tracing open):
//! the machine as one process (pid 0, "rvlab machine") with a track per hart
//! (tid = hart) showing which guest process ran when, as complete ("X")
//! slices cut at the kernel's context switches, and instant ("i") events for
//! traps, interrupts and page faults; and one process group per guest process
//! (pid = guest pid + 1, tid = guest pid) carrying its syscalls as instant
//! events with the decoded call as an argument. The kernel's process and
//! scheduling reports (`guest`) add instants on the process tracks:
//! creation, exec, job arrival, first run (after creation, and again after
//! a job's arrival), exit (completion).
//!
//! The output is streamed: every event is written when it is known, one per
//! line, through the caller's buffered writer. A slice is written when it
//! closes (the next switch on its hart, or `finish`), so the file is not in
//! timestamp order; the format does not require it. `finish` closes the
//! slices still open and writes the closing brackets; after it, events are
//! ignored and the file stays well formed.
//!
//! Timestamps are microseconds: the hart's cycle count divided by
//! `cycles_per_us` (the core clock in MHz).

use super::event::{Event, EventKind};
use super::sink::ProcessLabel;
use crate::hart::trap::cause_name;
use crate::hart::Privilege;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{self, Write};

/// Cycles per microsecond when the core clock is unknown (a 1 GHz core).
pub const DEFAULT_CYCLES_PER_US: f64 = 1000.0;

/// The Trace Event pid of the machine's hart tracks.
pub const MACHINE_PID: u64 = 0;

/// The Trace Event pid of a guest process's group (guest pid 0 would
/// otherwise share the machine's).
pub fn process_group(guest_pid: u64) -> u64 {
    guest_pid + 1
}

/// A process on a hart since a cycle: the slice not yet written.
#[derive(Clone, Debug)]
struct Running {
    pid: u64,
    name: String,
    since: u64,
}

fn mode(p: Privilege) -> &'static str {
    match p {
        Privilege::User => "U",
        Privilege::Supervisor => "S",
        Privilege::Machine => "M",
    }
}

fn short_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Turns the event stream into Trace Event JSON, written as it goes.
pub struct ChromeWriter {
    cycles_per_us: f64,
    /// The header is written.
    started: bool,
    /// An event was written (the next one needs a comma before it).
    any: bool,
    finished: bool,
    /// The open slice of each hart (at most one: a hart track never shows
    /// two processes at once).
    running: Vec<Option<Running>>,
    /// Harts whose track is named.
    harts_named: Vec<bool>,
    /// Process names from the kernel's reports and the tracer's labels.
    names: HashMap<u64, String>,
    /// Guest processes whose group is named (with the name it was given).
    groups_named: HashMap<u64, String>,
    /// Processes created, or jobs that arrived (job-arrival event), that
    /// have not run since: their next switch-in is marked as their first
    /// run (true: after an arrival).
    awaiting_first_run: HashMap<u64, bool>,
    /// The latest cycle seen, where `finish` closes open slices.
    last_cycle: u64,
    /// Slices written (for tests and checks).
    pub slices: u64,
}

impl Default for ChromeWriter {
    fn default() -> Self {
        ChromeWriter::new(DEFAULT_CYCLES_PER_US)
    }
}

impl ChromeWriter {
    /// A writer converting cycles to microseconds at `cycles_per_us` (the
    /// core clock in Hz / 1e6); a non-positive or non-finite value means
    /// unknown and uses [`DEFAULT_CYCLES_PER_US`].
    pub fn new(cycles_per_us: f64) -> ChromeWriter {
        let cycles_per_us = if cycles_per_us.is_finite() && cycles_per_us > 0.0 {
            cycles_per_us
        } else {
            DEFAULT_CYCLES_PER_US
        };
        ChromeWriter {
            cycles_per_us,
            started: false,
            any: false,
            finished: false,
            running: Vec::new(),
            harts_named: Vec::new(),
            names: HashMap::new(),
            groups_named: HashMap::new(),
            awaiting_first_run: HashMap::new(),
            last_cycle: 0,
            slices: 0,
        }
    }

    /// Whether `finish` ran.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    fn ts(&self, cycle: u64) -> f64 {
        cycle as f64 / self.cycles_per_us
    }

    fn start<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let other = json!({"clock": "hart cycles", "cycles_per_us": self.cycles_per_us});
        write!(
            out,
            "{{\"displayTimeUnit\":\"ns\",\"otherData\":{other},\"traceEvents\":["
        )?;
        self.meta(
            out,
            MACHINE_PID,
            0,
            "process_name",
            json!({"name": "rvlab machine"}),
        )?;
        self.meta(
            out,
            MACHINE_PID,
            0,
            "process_sort_index",
            json!({"sort_index": -1}),
        )
    }

    fn line<W: Write + ?Sized>(&mut self, out: &mut W, v: &Value) -> io::Result<()> {
        let sep = if self.any { "," } else { "" };
        self.any = true;
        write!(out, "{sep}\n{v}")
    }

    fn meta<W: Write + ?Sized>(
        &mut self,
        out: &mut W,
        pid: u64,
        tid: u64,
        what: &str,
        args: Value,
    ) -> io::Result<()> {
        let v = json!({"name": what, "ph": "M", "ts": 0, "pid": pid, "tid": tid, "args": args});
        self.line(out, &v)
    }

    /// Names hart `hart`'s track the first time it is used.
    fn hart_track<W: Write + ?Sized>(&mut self, out: &mut W, hart: usize) -> io::Result<()> {
        if hart >= self.harts_named.len() {
            self.harts_named.resize(hart + 1, false);
            self.running.resize(hart + 1, None);
        }
        if !self.harts_named[hart] {
            self.harts_named[hart] = true;
            let tid = hart as u64;
            self.meta(
                out,
                MACHINE_PID,
                tid,
                "thread_name",
                json!({"name": format!("hart {hart}")}),
            )?;
            self.meta(
                out,
                MACHINE_PID,
                tid,
                "thread_sort_index",
                json!({"sort_index": hart}),
            )?;
        }
        Ok(())
    }

    fn name_of(&self, pid: u64) -> String {
        self.names.get(&pid).cloned().unwrap_or_else(|| "?".into())
    }

    /// Names (or renames) guest process `pid`'s group with what is known.
    fn process_track<W: Write + ?Sized>(&mut self, out: &mut W, pid: u64) -> io::Result<()> {
        let name = self.name_of(pid);
        if self.groups_named.get(&pid) == Some(&name) {
            return Ok(());
        }
        self.groups_named.insert(pid, name.clone());
        let group = process_group(pid);
        let title = format!("{name} (pid {pid})");
        self.meta(out, group, pid, "process_name", json!({"name": title}))?;
        self.meta(
            out,
            group,
            pid,
            "process_sort_index",
            json!({"sort_index": pid}),
        )?;
        self.meta(out, group, pid, "thread_name", json!({"name": name}))
    }

    /// Learns a name from the tracer's label (it knows names even when
    /// exec events are filtered out); a placeholder does not replace a
    /// known name.
    fn learn(&mut self, label: Option<&ProcessLabel>) {
        if let Some(l) = label.filter(|l| l.pid != 0) {
            if l.name != "?" || !self.names.contains_key(&l.pid) {
                self.names.insert(l.pid, l.name.clone());
            }
        }
    }

    /// Writes hart `hart`'s open slice, if any, ending at `cycle`.
    fn close<W: Write + ?Sized>(&mut self, out: &mut W, hart: usize, cycle: u64) -> io::Result<()> {
        let Some(r) = self.running.get_mut(hart).and_then(Option::take) else {
            return Ok(());
        };
        let end = cycle.max(r.since);
        let v = json!({
            "name": format!("{} (pid {})", r.name, r.pid),
            "cat": "sched",
            "ph": "X",
            "ts": self.ts(r.since),
            "dur": self.ts(end) - self.ts(r.since),
            "pid": MACHINE_PID,
            "tid": hart,
            "args": {"pid": r.pid, "comm": r.name, "start_cycle": r.since, "end_cycle": end},
        });
        self.slices += 1;
        self.line(out, &v)
    }

    fn instant<W: Write + ?Sized>(
        &mut self,
        out: &mut W,
        name: &str,
        cat: &str,
        cycle: u64,
        (pid, tid): (u64, u64),
        args: Value,
    ) -> io::Result<()> {
        let v = json!({
            "name": name, "cat": cat, "ph": "i", "s": "t", "ts": self.ts(cycle),
            "pid": pid, "tid": tid, "args": args,
        });
        self.line(out, &v)
    }

    /// Takes one event, labelled with the process on its hart (as the
    /// tracer's sink gets it). Events after `finish` are ignored.
    pub fn write<W: Write + ?Sized>(
        &mut self,
        out: &mut W,
        e: &Event,
        label: Option<&ProcessLabel>,
    ) -> io::Result<()> {
        if self.finished {
            return Ok(());
        }
        self.start(out)?;
        self.hart_track(out, e.hart)?;
        self.last_cycle = self.last_cycle.max(e.cycle);
        self.learn(label);
        let hart = e.hart as u64;
        match &e.kind {
            EventKind::Trap {
                cause,
                epc,
                tval,
                from,
                to,
            } => {
                let irq = cause >> 63 == 1;
                let code = cause & !(1 << 63);
                let cat = if irq {
                    "irq"
                } else if matches!(code, 12 | 13 | 15) {
                    "pagefault"
                } else {
                    "trap"
                };
                let mut args = json!({
                    "cause": code, "epc": format!("{epc:#x}"), "tval": format!("{tval:#x}"),
                    "from": mode(*from), "to": mode(*to),
                });
                if let Some(l) = label.filter(|l| l.pid != 0) {
                    args["pid"] = json!(l.pid);
                    args["comm"] = json!(l.name);
                }
                self.instant(
                    out,
                    cause_name(*cause),
                    cat,
                    e.cycle,
                    (MACHINE_PID, hart),
                    args,
                )
            }
            // Returns and satp writes would bury the timeline; the text and
            // JSON-lines formats have them.
            EventKind::Return { .. } | EventKind::Satp { .. } => Ok(()),
            // The tracer pairs these into SyscallExit; nothing to draw yet.
            EventKind::SyscallEnter { .. } => Ok(()),
            EventKind::SyscallExit {
                nr,
                ret,
                text,
                enter_cycle,
            } => {
                let name = match super::syscalls::name(*nr) {
                    Some(n) => n.to_string(),
                    None => format!("syscall {nr}"),
                };
                let args = json!({"call": text, "nr": nr, "ret": *ret as i64});
                match label.filter(|l| l.pid != 0) {
                    // A slice from the ecall to the return, on the process's track.
                    Some(l) => {
                        let pid = l.pid;
                        self.process_track(out, pid)?;
                        let start = (*enter_cycle).min(e.cycle);
                        let v = json!({
                            "name": name, "cat": "syscall", "ph": "X",
                            "ts": self.ts(start), "dur": self.ts(e.cycle) - self.ts(start),
                            "pid": process_group(pid), "tid": pid, "args": args,
                        });
                        self.line(out, &v)
                    }
                    // No process known (no trace device): on the hart track.
                    None => self.instant(out, &name, "syscall", e.cycle, (MACHINE_PID, hart), args),
                }
            }
            EventKind::Guest { kind, args, name } => {
                self.guest(out, e, *kind, *args, name.as_deref())
            }
        }
    }

    /// Closes the open slices at the latest cycle seen and ends the JSON.
    pub fn finish<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        let end = self.last_cycle;
        self.finish_at(out, end)
    }

    /// Closes the open slices at `end_cycle` (or where they began, if
    /// later) and ends the JSON. Only the first call writes anything.
    pub fn finish_at<W: Write + ?Sized>(&mut self, out: &mut W, end_cycle: u64) -> io::Result<()> {
        if self.finished {
            return Ok(());
        }
        self.start(out)?;
        for hart in 0..self.running.len() {
            self.close(out, hart, end_cycle)?;
        }
        self.finished = true;
        writeln!(out, "\n]}}")?;
        out.flush()
    }
}

mod guest;
#[cfg(test)]
mod guest_tests;
#[cfg(test)]
mod tests;
