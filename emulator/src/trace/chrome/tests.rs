use super::*;
use crate::devices::trace::GuestEventKind;
use serde_json::Value;
use std::collections::HashSet;

pub(super) fn ev(hart: usize, cycle: u64, kind: EventKind) -> Event {
    Event { hart, cycle, kind }
}

pub(super) fn guest(
    hart: usize,
    cycle: u64,
    kind: GuestEventKind,
    args: [u64; 4],
    name: Option<&str>,
) -> Event {
    ev(
        hart,
        cycle,
        EventKind::Guest {
            kind,
            args,
            name: name.map(str::to_string),
        },
    )
}

pub(super) fn switch(hart: usize, cycle: u64, prev: u64, next: u64) -> Event {
    guest(
        hart,
        cycle,
        GuestEventKind::ContextSwitch,
        [prev, next, 0, 0],
        None,
    )
}

pub(super) fn created(hart: usize, cycle: u64, child: u64, parent: u64) -> Event {
    guest(
        hart,
        cycle,
        GuestEventKind::ProcessCreated,
        [child, parent, 0, 0],
        None,
    )
}

pub(super) fn exec(hart: usize, cycle: u64, pid: u64, path: &str) -> Event {
    guest(
        hart,
        cycle,
        GuestEventKind::Exec,
        [pid, 0, 0, 0],
        Some(path),
    )
}

fn trap(hart: usize, cycle: u64, cause: u64) -> Event {
    let kind = EventKind::Trap {
        cause,
        epc: 0x1_0000,
        tval: 0xdead,
        from: Privilege::User,
        to: Privilege::Supervisor,
    };
    ev(hart, cycle, kind)
}

/// A syscall that entered 100 cycles before it returned at `cycle`.
fn syscall(hart: usize, cycle: u64, nr: u64, ret: u64, text: &str) -> Event {
    let enter_cycle = cycle.saturating_sub(100);
    ev(
        hart,
        cycle,
        EventKind::SyscallExit {
            nr,
            ret,
            text: text.into(),
            enter_cycle,
        },
    )
}

pub(super) fn label(pid: u64, name: &str) -> Option<ProcessLabel> {
    Some(ProcessLabel {
        pid,
        name: name.into(),
    })
}

/// Runs events (with their labels) through a writer and returns the bytes.
pub(super) fn render(
    cycles_per_us: f64,
    events: &[(Event, Option<ProcessLabel>)],
    finish: bool,
) -> Vec<u8> {
    let mut w = ChromeWriter::new(cycles_per_us);
    let mut out = Vec::new();
    for (e, l) in events {
        w.write(&mut out, e, l.as_ref()).unwrap();
    }
    if finish {
        w.finish(&mut out).unwrap();
    }
    out
}

pub(super) fn parse(bytes: &[u8]) -> Vec<Value> {
    let v: Value = serde_json::from_slice(bytes)
        .unwrap_or_else(|err| panic!("not JSON ({err}):\n{}", String::from_utf8_lossy(bytes)));
    assert_eq!(v["displayTimeUnit"], "ns");
    let events = v["traceEvents"]
        .as_array()
        .expect("traceEvents array")
        .clone();
    for e in &events {
        check_fields(e);
    }
    events
}

/// The fields Perfetto's JSON importer needs for each phase.
pub(super) fn check_fields(e: &Value) {
    assert!(e["name"].is_string(), "name: {e}");
    let ph = e["ph"].as_str().unwrap_or_else(|| panic!("ph: {e}"));
    assert!(e["ts"].is_number(), "ts: {e}");
    assert!(e["ts"].as_f64().unwrap() >= 0.0, "ts: {e}");
    assert!(e["pid"].is_u64(), "pid: {e}");
    assert!(e["tid"].is_u64(), "tid: {e}");
    match ph {
        "X" => {
            let dur = e["dur"].as_f64().unwrap_or_else(|| panic!("dur: {e}"));
            assert!(dur >= 0.0, "dur: {e}");
        }
        "i" => assert!(
            matches!(e["s"].as_str(), Some("t" | "p" | "g")),
            "scope: {e}"
        ),
        "M" => {
            let name = e["name"].as_str().unwrap();
            assert!(
                [
                    "process_name",
                    "thread_name",
                    "process_sort_index",
                    "thread_sort_index"
                ]
                .contains(&name),
                "metadata name: {e}"
            );
            assert!(e["args"].is_object(), "metadata args: {e}");
        }
        other => panic!("unexpected phase {other}: {e}"),
    }
}

/// The scheduling slices (which process ran on a hart when).
fn slices(events: &[Value]) -> Vec<&Value> {
    events
        .iter()
        .filter(|e| e["ph"] == "X" && e["cat"] == "sched")
        .collect()
}

fn meta<'a>(events: &'a [Value], pid: u64, tid: Option<u64>, what: &str) -> Vec<&'a str> {
    events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == what && e["pid"] == pid)
        .filter(|e| tid.is_none_or(|t| e["tid"] == t))
        .map(|e| e["args"]["name"].as_str().unwrap())
        .collect()
}

/// Per hart track, the slices in time order do not overlap.
fn assert_no_overlap(events: &[Value]) {
    let mut by_hart: HashMap<u64, Vec<(f64, f64)>> = HashMap::new();
    for s in slices(events) {
        assert_eq!(s["pid"], MACHINE_PID, "hart slices are on the machine: {s}");
        let ts = s["ts"].as_f64().unwrap();
        by_hart
            .entry(s["tid"].as_u64().unwrap())
            .or_default()
            .push((ts, ts + s["dur"].as_f64().unwrap()));
    }
    for (hart, mut spans) in by_hart {
        spans.sort_by(|a, b| a.partial_cmp(b).unwrap());
        for w in spans.windows(2) {
            assert!(
                w[0].1 <= w[1].0 + 1e-9,
                "hart {hart}: {:?} overlaps {:?}",
                w[0],
                w[1]
            );
        }
    }
}

/// A two-hart workload: init forks a child that execs sh; both run,
/// trap and make syscalls; the run ends with sh still on hart 1.
fn workload() -> Vec<(Event, Option<ProcessLabel>)> {
    vec![
        (exec(0, 100, 1, "/sbin/init"), None),
        (switch(0, 200, 0, 1), label(1, "init")),
        (syscall(0, 900, 220, 2, "clone(...) = 2"), label(1, "init")),
        (created(0, 950, 2, 1), label(1, "init")),
        (switch(1, 1000, 0, 2), label(2, "init")),
        (exec(1, 1500, 2, "/bin/sh"), label(2, "init")),
        (trap(0, 1600, 2), label(1, "init")),
        (trap(1, 1700, 13), label(2, "sh")),
        (trap(0, 1800, (1 << 63) | 5), label(1, "init")),
        (
            syscall(1, 2000, 64, 6, "write(1, \"hello\\n\", 6) = 6"),
            label(2, "sh"),
        ),
        (switch(0, 2500, 1, 0), None),
        (switch(1, 3000, 2, 1), label(1, "init")),
        (switch(0, 3200, 0, 2), label(2, "sh")),
        (
            guest(0, 3300, GuestEventKind::PageFault, [2, 0x4000, 15, 1], None),
            label(2, "sh"),
        ),
        (switch(1, 4000, 1, 0), None),
        (trap(0, 5000, 8), label(2, "sh")),
    ]
}

#[test]
fn output_parses_and_has_the_fields_perfetto_needs() {
    let out = render(1000.0, &workload(), true);
    let events = parse(&out);
    assert!(events.len() > 10);
    assert_no_overlap(&events);
}

#[test]
fn metadata_names_the_machine_harts_and_processes() {
    let events = parse(&render(1000.0, &workload(), true));
    assert_eq!(meta(&events, 0, None, "process_name"), ["rvlab machine"]);
    assert_eq!(meta(&events, 0, Some(0), "thread_name"), ["hart 0"]);
    assert_eq!(meta(&events, 0, Some(1), "thread_name"), ["hart 1"]);
    // Process groups: guest pid + 1, tid = guest pid; renamed after exec.
    assert_eq!(meta(&events, 2, Some(1), "process_name"), ["init (pid 1)"]);
    let sh = meta(&events, 3, Some(2), "process_name");
    assert_eq!(sh.last(), Some(&"sh (pid 2)"), "{sh:?}");
}

#[test]
fn hart_slices_follow_the_context_switches() {
    let events = parse(&render(1000.0, &workload(), true));
    let mut got: Vec<(u64, String, f64, f64)> = slices(&events)
        .iter()
        .map(|s| {
            let (ts, dur) = (s["ts"].as_f64().unwrap(), s["dur"].as_f64().unwrap());
            (
                s["tid"].as_u64().unwrap(),
                s["name"].as_str().unwrap().to_string(),
                ts,
                ts + dur,
            )
        })
        .collect();
    got.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let want = vec![
        (0, "init (pid 1)".to_string(), 0.2, 2.5),
        // sh is the name from the exec on: the open slice keeps the old
        // one, the next slice of pid 2 has the new one.
        (0, "sh (pid 2)".to_string(), 3.2, 5.0),
        (1, "init (pid 1)".to_string(), 3.0, 4.0),
        (1, "init (pid 2)".to_string(), 1.0, 3.0),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for (g, w) in got.iter().zip(&want) {
        assert_eq!((g.0, &g.1), (w.0, &w.1), "{got:?}");
        assert!(
            (g.2 - w.2).abs() < 1e-9 && (g.3 - w.3).abs() < 1e-9,
            "{g:?} != {w:?}"
        );
    }
}

#[test]
fn idle_gets_no_slice() {
    let evs = vec![
        (switch(0, 10, 0, 0), None),
        (switch(0, 20, 0, 3), label(3, "x")),
        (switch(0, 30, 3, 0), None),
    ];
    let events = parse(&render(1000.0, &evs, true));
    let s = slices(&events);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0]["args"]["pid"], 3);
}

#[test]
fn finish_closes_an_open_slice() {
    let evs = vec![
        (switch(0, 1000, 0, 1), label(1, "init")),
        (trap(0, 5000, 2), label(1, "init")),
    ];
    // Without finish the slice is still open: nothing written for it.
    let unfinished = render(1000.0, &evs, false);
    assert!(serde_json::from_slice::<Value>(&unfinished).is_err());
    assert!(!String::from_utf8_lossy(&unfinished).contains("\"X\""));

    let events = parse(&render(1000.0, &evs, true));
    let s = slices(&events);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0]["name"], "init (pid 1)");
    assert_eq!(s[0]["ts"].as_f64().unwrap(), 1.0);
    assert_eq!(s[0]["dur"].as_f64().unwrap(), 4.0);
}

#[test]
fn finish_at_a_given_cycle_and_only_once() {
    let mut w = ChromeWriter::new(1000.0);
    let mut out = Vec::new();
    w.write(&mut out, &switch(1, 1000, 0, 4), label(4, "a").as_ref())
        .unwrap();
    w.finish_at(&mut out, 9000).unwrap();
    assert!(w.is_finished());
    let len = out.len();
    // Later events and a second finish write nothing: the file stays whole.
    w.write(&mut out, &switch(1, 9500, 4, 5), None).unwrap();
    w.finish(&mut out).unwrap();
    assert_eq!(out.len(), len);
    let events = parse(&out);
    let s = slices(&events);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0]["tid"], 1);
    assert_eq!(s[0]["dur"].as_f64().unwrap(), 8.0);
    assert_eq!(w.slices, 1);
}

#[test]
fn empty_trace_is_well_formed() {
    let events = parse(&render(1000.0, &[], true));
    assert_eq!(meta(&events, 0, None, "process_name"), ["rvlab machine"]);
    assert!(slices(&events).is_empty());
}

#[test]
fn traps_are_instants_on_the_hart_track() {
    let events = parse(&render(1000.0, &workload(), true));
    let instants: Vec<&Value> = events
        .iter()
        .filter(|e| e["ph"] == "i" && e["pid"] == MACHINE_PID)
        .collect();
    let ill = instants
        .iter()
        .find(|e| e["name"] == "illegal instruction")
        .expect("illegal instruction");
    assert_eq!(ill["tid"], 0);
    assert_eq!(ill["s"], "t");
    assert_eq!(ill["cat"], "trap");
    assert_eq!(ill["ts"].as_f64().unwrap(), 1.6);
    assert_eq!(ill["args"]["epc"], "0x10000");
    assert_eq!(ill["args"]["tval"], "0xdead");
    assert_eq!(ill["args"]["from"], "U");
    assert_eq!(ill["args"]["to"], "S");
    assert_eq!(ill["args"]["pid"], 1);
    let cats: Vec<&str> = instants
        .iter()
        .map(|e| e["cat"].as_str().unwrap())
        .collect();
    assert!(cats.contains(&"irq"), "{cats:?}");
    assert_eq!(
        cats.iter().filter(|c| **c == "pagefault").count(),
        2,
        "{cats:?}"
    ); // trap 13 + guest report
    let pf = instants.iter().find(|e| e["name"] == "page fault").unwrap();
    assert_eq!(pf["args"]["addr"], "0x4000");
    assert_eq!(pf["args"]["resolved"], 1);
}

#[test]
fn syscalls_are_slices_on_their_process_track() {
    let events = parse(&render(1000.0, &workload(), true));
    let write = events.iter().find(|e| e["name"] == "write").expect("write");
    assert_eq!(write["ph"], "X");
    assert_eq!(write["pid"], 3);
    assert_eq!(write["tid"], 2);
    // From the ecall (100 cycles earlier) to the return at cycle 2000.
    assert_eq!(write["ts"].as_f64().unwrap(), 1.9);
    assert!((write["dur"].as_f64().unwrap() - 0.1).abs() < 1e-9);
    assert_eq!(write["args"]["call"], "write(1, \"hello\\n\", 6) = 6");
    assert_eq!(write["args"]["ret"], 6);
    let clone = events.iter().find(|e| e["name"] == "clone").expect("clone");
    assert_eq!(
        (clone["pid"].as_u64(), clone["tid"].as_u64()),
        (Some(2), Some(1))
    );
    // A syscall with no process known (no trace device) lands on its hart.
    let evs = vec![(syscall(1, 10, 93, u64::MAX, "exit(0) = ?"), None)];
    let events = parse(&render(1000.0, &evs, true));
    let exit = events.iter().find(|e| e["name"] == "exit").unwrap();
    assert_eq!(
        (exit["pid"].as_u64(), exit["tid"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(exit["args"]["ret"], -1);
}

#[test]
fn cycles_convert_to_microseconds() {
    let evs = vec![
        (switch(0, 250, 0, 1), label(1, "a")),
        (switch(0, 1250, 1, 0), None),
    ];
    let events = parse(&render(100.0, &evs, true));
    let s = slices(&events);
    assert_eq!(s[0]["ts"].as_f64().unwrap(), 2.5);
    assert_eq!(s[0]["dur"].as_f64().unwrap(), 10.0);
    // Unknown clock: the default.
    let events = parse(&render(0.0, &evs, true));
    assert_eq!(slices(&events)[0]["ts"].as_f64().unwrap(), 0.25);
}

#[test]
fn one_event_per_line_and_deterministic() {
    let a = render(1000.0, &workload(), true);
    assert_eq!(a, render(1000.0, &workload(), true));
    let text = String::from_utf8(a).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].ends_with("\"traceEvents\":["), "{}", lines[0]);
    assert_eq!(*lines.last().unwrap(), "]}");
    for l in &lines[1..lines.len() - 1] {
        let v: Value = serde_json::from_str(l.trim_end_matches(',')).unwrap();
        check_fields(&v);
    }
}

#[test]
fn many_switches_never_overlap_on_a_hart() {
    // A pseudo-random schedule over 4 harts and 6 processes, with switches
    // whose `prev` does not always match what the track shows.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut cycle = [0u64; 4];
    let mut evs = Vec::new();
    for _ in 0..2000 {
        let hart = (next() % 4) as usize;
        cycle[hart] += next() % 500;
        let pid = next() % 7;
        let l = (pid != 0).then(|| ProcessLabel {
            pid,
            name: format!("p{pid}"),
        });
        let e = if next() % 5 == 0 {
            trap(hart, cycle[hart], 8)
        } else {
            switch(hart, cycle[hart], next() % 7, pid)
        };
        evs.push((e, l));
    }
    let events = parse(&render(1000.0, &evs, true));
    assert!(slices(&events).len() > 1000);
    assert_no_overlap(&events);
    let names: HashSet<&str> = meta(&events, 0, None, "thread_name").into_iter().collect();
    assert_eq!(
        names,
        HashSet::from(["hart 0", "hart 1", "hart 2", "hart 3"])
    );
}

#[test]
fn through_the_sink() {
    use super::super::sink::{Format, Sink};
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);
    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let buf = Shared::default();
    let mut sink = Sink::new(Box::new(buf.clone()), Format::Chrome);
    for (e, l) in workload() {
        sink.write(&e, l.as_ref()).unwrap();
    }
    sink.flush().unwrap();
    let bytes = buf.0.lock().unwrap().clone();
    let events = parse(&bytes);
    assert_eq!(slices(&events).len(), 4);
    assert_no_overlap(&events);
}
