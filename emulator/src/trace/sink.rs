//! Trace sinks: events formatted as text (strace-like lines with a hart and
//! cycle column) or as JSON lines, through a buffered writer that is flushed
//! when the run ends however it ends.

use super::event::{Event, EventKind};
use crate::devices::trace::GuestEventKind;
use crate::hart::trap::cause_name;
use crate::hart::Privilege;
use serde_json::json;
use std::io::{self, Write};

/// Output format of a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    /// Trace Event JSON for Perfetto / chrome://tracing (`chrome`).
    Chrome,
}

/// What the host knows about the process running on a hart (from the
/// kernel's reports), for labelling events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProcessLabel {
    pub pid: u64,
    pub name: String,
}

fn mode(p: Privilege) -> &'static str {
    match p {
        Privilege::User => "U",
        Privilege::Supervisor => "S",
        Privilege::Machine => "M",
    }
}

/// Writes events in one format.
pub struct Sink {
    out: io::BufWriter<Box<dyn Write>>,
    format: Format,
    chrome: super::chrome::ChromeWriter,
}

impl Sink {
    pub fn new(out: Box<dyn Write>, format: Format) -> Sink {
        let chrome = super::chrome::ChromeWriter::default();
        Sink {
            out: io::BufWriter::with_capacity(1 << 16, out),
            format,
            chrome,
        }
    }

    /// Timestamps of a chrome trace in microseconds at this core clock
    /// (modeled cycles per microsecond).
    pub fn with_cycles_per_us(mut self, cycles_per_us: f64) -> Sink {
        self.chrome = super::chrome::ChromeWriter::new(cycles_per_us);
        self
    }

    /// Writes one event, labelled with the process on its hart if known.
    pub fn write(&mut self, e: &Event, process: Option<&ProcessLabel>) -> io::Result<()> {
        match self.format {
            Format::Text => writeln!(self.out, "{}", text(e, process)),
            Format::Jsonl => writeln!(self.out, "{}", jsonl(e, process)),
            Format::Chrome => self.chrome.write(&mut self.out, e, process),
        }
    }

    /// Writes an event whose address (epc or return pc) has a symbol.
    pub fn write_symbolized(
        &mut self,
        e: &Event,
        process: Option<&ProcessLabel>,
        symbol: &str,
    ) -> io::Result<()> {
        match self.format {
            Format::Text => writeln!(self.out, "{} at {symbol}", text(e, process)),
            Format::Jsonl => {
                let mut v: serde_json::Value =
                    serde_json::from_str(&jsonl(e, process)).unwrap_or_default();
                v["symbol"] = json!(symbol);
                writeln!(self.out, "{v}")
            }
            #[allow(unreachable_patterns)]
            _ => self.write(e, process),
        }
    }

    /// Flushes; a chrome trace is also ended here (open slices closed, the
    /// JSON closed), and later events are dropped.
    pub fn flush(&mut self) -> io::Result<()> {
        if self.format == Format::Chrome {
            self.chrome.finish(&mut self.out)?;
        }
        self.out.flush()
    }
}

/// The text form: `[h0 c=1234] pid 7 (sh) write(1, "hi\n", 3) = 3`.
pub fn text(e: &Event, process: Option<&ProcessLabel>) -> String {
    let who = match process {
        Some(p) if p.pid != 0 => format!("pid {} ({}) ", p.pid, p.name),
        _ => String::new(),
    };
    let what = match &e.kind {
        EventKind::Trap {
            cause,
            epc,
            tval,
            from,
            to,
        } => {
            let kind = if cause >> 63 == 1 { "irq" } else { "trap" };
            format!(
                "{kind} {} ({}) {}->{} epc={epc:#x} tval={tval:#x}",
                cause_name(*cause),
                cause & !(1 << 63),
                mode(*from),
                mode(*to)
            )
        }
        EventKind::Return { from, to, pc } => {
            format!("return {}->{} pc={pc:#x}", mode(*from), mode(*to))
        }
        EventKind::Satp { value } => format!("satp {value:#018x}"),
        EventKind::SyscallEnter { nr, args } => format!(
            "syscall {} enter ({:#x}, {:#x}, {:#x}, ...)",
            super::syscalls::name(*nr).unwrap_or("?"),
            args[0],
            args[1],
            args[2]
        ),
        EventKind::SyscallExit { text, .. } => text.clone(),
        EventKind::Guest { kind, args, name } => match kind {
            GuestEventKind::ProcessCreated => {
                format!("created pid {} (parent {})", args[0], args[1])
            }
            GuestEventKind::Exec => {
                format!("exec pid {} {}", args[0], name.as_deref().unwrap_or(""))
            }
            GuestEventKind::ContextSwitch => match name {
                Some(names) => format!("switch {names}"),
                None => format!("switch pid {} -> pid {}", args[0], args[1]),
            },
            GuestEventKind::Exit => format!("exit pid {} status {:#x}", args[0], args[1]),
            GuestEventKind::PageFault => format!(
                "page fault pid {} addr={:#x} cause={} resolved={}",
                args[0], args[1], args[2], args[3]
            ),
            GuestEventKind::OomKill => format!(
                "out-of-memory kill pid {} ({} resident pages)",
                args[0], args[1]
            ),
            GuestEventKind::ForkCopy => format!(
                "fork child pid {}: {} pages shared, {} copied",
                args[0], args[1], args[2]
            ),
            GuestEventKind::JobArrival => format!("job arrival pid {}", args[0]),
            GuestEventKind::Scheduler => format!(
                "scheduler {} slice={}us tick={}",
                name.as_deref().unwrap_or("?"),
                args[2],
                match args[3] {
                    0 => "tickless".to_string(),
                    hz => format!("{hz}Hz"),
                }
            ),
            GuestEventKind::Unknown(code) => format!("guest event {code} {args:x?}"),
        },
    };
    format!("[h{} c={}] {who}{what}", e.hart, e.cycle)
}

/// The `type` of a guest event in JSON lines.
fn guest_type(kind: GuestEventKind) -> &'static str {
    match kind {
        GuestEventKind::ProcessCreated => "process_created",
        GuestEventKind::Exec => "exec",
        GuestEventKind::ContextSwitch => "switch",
        GuestEventKind::Exit => "exit",
        GuestEventKind::PageFault => "page_fault",
        GuestEventKind::OomKill => "oom_kill",
        GuestEventKind::ForkCopy => "fork_copy",
        GuestEventKind::JobArrival => "job_arrival",
        GuestEventKind::Scheduler => "scheduler",
        GuestEventKind::Unknown(_) => "guest_unknown",
    }
}

/// The JSON-lines form: one object per event.
pub fn jsonl(e: &Event, process: Option<&ProcessLabel>) -> String {
    let mut v = match &e.kind {
        EventKind::Trap {
            cause,
            epc,
            tval,
            from,
            to,
        } => json!({
            "type": if cause >> 63 == 1 { "irq" } else { "trap" },
            "cause": cause & !(1 << 63), "cause_name": cause_name(*cause),
            "epc": epc, "tval": tval, "from": mode(*from), "to": mode(*to),
        }),
        EventKind::Return { from, to, pc } => {
            json!({"type": "return", "from": mode(*from), "to": mode(*to), "pc": pc})
        }
        EventKind::Satp { value } => json!({"type": "satp", "value": value}),
        EventKind::SyscallEnter { nr, args } => json!({
            "type": "syscall_enter", "nr": nr, "name": super::syscalls::name(*nr), "args": args,
        }),
        EventKind::SyscallExit { nr, ret, text, .. } => json!({
            "type": "syscall", "nr": nr, "name": super::syscalls::name(*nr),
            "ret": *ret as i64, "text": text,
        }),
        EventKind::Guest { kind, args, name } => {
            let mut v = json!({"type": guest_type(*kind), "args": args, "name": name});
            // The events new to the device also get their fields by name.
            match kind {
                GuestEventKind::OomKill => {
                    v["pid_killed"] = json!(args[0]);
                    v["resident_pages"] = json!(args[1]);
                }
                GuestEventKind::ForkCopy => {
                    v["child"] = json!(args[0]);
                    v["pages_shared"] = json!(args[1]);
                    v["pages_copied"] = json!(args[2]);
                }
                GuestEventKind::JobArrival => v["job"] = json!(args[0]),
                GuestEventKind::Scheduler => {
                    v["policy"] = json!(name);
                    v["slice_us"] = json!(args[2]);
                    v["tick_hz"] = json!(args[3]);
                }
                _ => {}
            }
            v
        }
    };
    v["hart"] = json!(e.hart);
    v["cycle"] = json!(e.cycle);
    if let Some(p) = process.filter(|p| p.pid != 0) {
        v["pid"] = json!(p.pid);
        v["comm"] = json!(p.name);
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trap() -> Event {
        Event {
            hart: 1,
            cycle: 42,
            kind: EventKind::Trap {
                cause: 2,
                epc: 0x8000_0000,
                tval: 0x13,
                from: Privilege::User,
                to: Privilege::Supervisor,
            },
        }
    }

    #[test]
    fn text_lines() {
        assert_eq!(
            text(&trap(), None),
            "[h1 c=42] trap illegal instruction (2) U->S epc=0x80000000 tval=0x13"
        );
        let p = ProcessLabel {
            pid: 7,
            name: "sh".into(),
        };
        assert!(text(&trap(), Some(&p)).starts_with("[h1 c=42] pid 7 (sh) trap"));
    }

    fn guest(kind: GuestEventKind, args: [u64; 4], name: Option<&str>) -> Event {
        Event {
            hart: 0,
            cycle: 7,
            kind: EventKind::Guest {
                kind,
                args,
                name: name.map(str::to_string),
            },
        }
    }

    #[test]
    fn new_guest_events_decode_as_text_and_json() {
        let oom = guest(GuestEventKind::OomKill, [5, 1234, 0, 0], None);
        assert_eq!(
            text(&oom, None),
            "[h0 c=7] out-of-memory kill pid 5 (1234 resident pages)"
        );
        let fork = guest(GuestEventKind::ForkCopy, [6, 40, 3, 0], None);
        assert!(text(&fork, None).ends_with("fork child pid 6: 40 pages shared, 3 copied"));
        let sched = guest(GuestEventKind::Scheduler, [0, 4, 1000, 0], Some("mlfq"));
        assert!(text(&sched, None).ends_with("scheduler mlfq slice=1000us tick=tickless"));
        let v: serde_json::Value = serde_json::from_str(&jsonl(&sched, None)).unwrap();
        assert_eq!(v["type"], "scheduler");
        assert_eq!(v["policy"], "mlfq");
        assert_eq!(v["tick_hz"], 0);
        let arrival = guest(GuestEventKind::JobArrival, [9, 0, 0, 0], None);
        let v: serde_json::Value = serde_json::from_str(&jsonl(&arrival, None)).unwrap();
        assert_eq!(
            (v["type"].as_str(), v["job"].as_u64()),
            (Some("job_arrival"), Some(9))
        );
        let v: serde_json::Value = serde_json::from_str(&jsonl(&fork, None)).unwrap();
        assert_eq!(v["pages_copied"], 3);
    }

    #[test]
    fn json_lines_parse_and_carry_the_fields() {
        let v: serde_json::Value = serde_json::from_str(&jsonl(&trap(), None)).unwrap();
        assert_eq!(v["type"], "trap");
        assert_eq!(v["cause"], 2);
        assert_eq!(v["hart"], 1);
        assert_eq!(v["cycle"], 42);
        assert_eq!(v["from"], "U");
    }
}
