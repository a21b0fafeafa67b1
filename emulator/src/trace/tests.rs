//! The tracer as the machine drives it: guest events feed the scheduling
//! metrics (names from exec, arrivals, switches, exits, the scheduler).

use super::*;

fn at(cycles: u64) -> HartCounters {
    HartCounters {
        cycles,
        ..Default::default()
    }
}

#[test]
fn guest_events_feed_the_scheduling_metrics() {
    let sink = Sink::new(Box::new(std::io::sink()), Format::Text);
    let mut t = Tracer::new(sink, Categories::all(), 2);
    let ev = |t: &mut Tracer, hart, cycle, code, args, name: Option<&str>| {
        let kind = GuestEventKind::from_code(code);
        t.guest_event(hart, at(cycle), kind, args, name.map(String::from));
    };
    ev(&mut t, 0, 5, 9, [0, 4, 1000, 0], Some("mlfq"));
    ev(&mut t, 0, 10, 1, [2, 1, 0, 0], None);
    ev(&mut t, 0, 20, 2, [2, 0, 0, 0], Some("/bin/job"));
    ev(&mut t, 0, 100, 8, [2, 0, 0, 0], None);
    ev(&mut t, 1, 130, 3, [0, 2, 0, 0], None);
    ev(&mut t, 1, 200, 3, [2, 0, 0, 0], None);
    ev(&mut t, 0, 210, 3, [0, 2, 0, 0], None);
    ev(&mut t, 0, 300, 4, [2, 0, 0, 0], None);
    ev(&mut t, 0, 300, 3, [2, 0, 0, 0], None);
    t.finish(&Ram::new(0, 0), &[at(400), at(400)]);
    let j = &t.sched.jobs[&2];
    assert_eq!(j.name, "job");
    assert_eq!(
        (j.arrival(), j.first_run(), j.completion),
        (Some(100), Some(130), Some(300))
    );
    assert_eq!((j.cpu_cycles, j.switches_in, j.migrations), (70 + 90, 2, 1));
    let s = t.sched.scheduler.as_ref().unwrap();
    assert_eq!(
        (s.policy.as_str(), s.slice_us, s.tick_hz),
        ("mlfq", 1000, 0)
    );
    let report = SchedReport::new(&t.sched, Some(&t.accounting), 10.0);
    assert_eq!(report.processes[0].turnaround_us, Some(20.0));
    assert_eq!(report.processes[0].response_us, Some(3.0));
}
