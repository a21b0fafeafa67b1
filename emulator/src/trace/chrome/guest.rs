//! The guest kernel's reports on the timeline: context switches cut the
//! hart tracks' slices; creation, exec, job arrival, first run (after
//! creation, and after arrival) and exit are instants on the process's
//! track (so a job's turnaround and response read off its track: arrival
//! -> first run after arrival -> exit); page faults, OOM kills and the
//! scheduler's configuration are instants on the hart that reported them.

use super::{process_group, short_name, ChromeWriter, Running, MACHINE_PID};
use crate::devices::trace::GuestEventKind;
use crate::trace::event::Event;
use serde_json::{json, Value};
use std::io::{self, Write};

impl ChromeWriter {
    /// An instant on guest process `pid`'s track.
    fn on_process<W: Write + ?Sized>(
        &mut self,
        out: &mut W,
        pid: u64,
        name: &str,
        cycle: u64,
        args: Value,
    ) -> io::Result<()> {
        self.process_track(out, pid)?;
        self.instant(out, name, name, cycle, (process_group(pid), pid), args)
    }

    /// Takes one event of the trace device.
    pub(super) fn guest<W: Write + ?Sized>(
        &mut self,
        out: &mut W,
        e: &Event,
        kind: GuestEventKind,
        args: [u64; 4],
        name: Option<&str>,
    ) -> io::Result<()> {
        let hart = (MACHINE_PID, e.hart as u64);
        match kind {
            GuestEventKind::ContextSwitch => {
                // args[0] is the previous pid; whatever slice is open on
                // the hart ends here.
                let next = args[1];
                self.close(out, e.hart, e.cycle)?;
                if next != 0 {
                    let name = self.name_of(next);
                    self.running[e.hart] = Some(Running {
                        pid: next,
                        name,
                        since: e.cycle,
                    });
                    if let Some(arrived) = self.awaiting_first_run.remove(&next) {
                        let mark = if arrived {
                            "first run after arrival"
                        } else {
                            "first run"
                        };
                        self.on_process(out, next, mark, e.cycle, json!({"hart": e.hart}))?;
                    }
                }
                Ok(())
            }
            GuestEventKind::ProcessCreated => {
                let (child, parent) = (args[0], args[1]);
                let name = self.name_of(parent);
                self.names.insert(child, name);
                self.awaiting_first_run.insert(child, false);
                self.on_process(out, child, "created", e.cycle, json!({"parent": parent}))
            }
            GuestEventKind::Exec => {
                let pid = args[0];
                if let Some(n) = name {
                    self.names.insert(pid, short_name(n).to_string());
                }
                if pid != 0 {
                    let a = json!({"path": name.unwrap_or_default()});
                    self.on_process(out, pid, "exec", e.cycle, a)?;
                }
                Ok(())
            }
            GuestEventKind::Exit => {
                let pid = args[0];
                self.awaiting_first_run.remove(&pid);
                let a = json!({"status": format!("{:#x}", args[1])});
                self.on_process(out, pid, "exit", e.cycle, a)
            }
            GuestEventKind::JobArrival => {
                let pid = args[0];
                // A job that is already on a hart when it is declared
                // arrived has its first run right there.
                let running = self.running.iter().flatten().any(|r| r.pid == pid);
                self.on_process(out, pid, "arrival", e.cycle, json!({}))?;
                if running {
                    let a = json!({"hart": e.hart});
                    self.on_process(out, pid, "first run after arrival", e.cycle, a)
                } else {
                    self.awaiting_first_run.insert(pid, true);
                    Ok(())
                }
            }
            GuestEventKind::PageFault => {
                let a = json!({
                    "pid": args[0], "addr": format!("{:#x}", args[1]),
                    "cause": args[2], "resolved": args[3],
                });
                self.instant(out, "page fault", "pagefault", e.cycle, hart, a)
            }
            GuestEventKind::OomKill => {
                let a = json!({"pid": args[0], "resident_pages": args[1]});
                self.instant(out, "out-of-memory kill", "memory", e.cycle, hart, a)?;
                let a = json!({"resident_pages": args[1]});
                self.on_process(out, args[0], "oom kill", e.cycle, a)
            }
            GuestEventKind::ForkCopy => {
                let a = json!({"pages_shared": args[1], "pages_copied": args[2]});
                self.on_process(out, args[0], "fork copy", e.cycle, a)
            }
            GuestEventKind::Scheduler => {
                let a = json!({
                    "policy": name.unwrap_or("?"), "slice_us": args[2], "tick_hz": args[3],
                });
                let title = format!("scheduler {}", name.unwrap_or("?"));
                self.instant(out, &title, "sched", e.cycle, hart, a)
            }
            GuestEventKind::Unknown(_) => Ok(()),
        }
    }
}
