//! The timeline's marks for the scheduling events: arrival, first run,
//! exit, the scheduler's configuration.

use super::tests::{exec, guest, label, parse, render, switch};
use crate::devices::trace::GuestEventKind;

#[test]
fn job_arrival_first_run_and_exit_are_marked_on_the_process_track() {
    let arrival = |cycle, pid| guest(0, cycle, GuestEventKind::JobArrival, [pid, 0, 0, 0], None);
    let exit = |cycle, pid| guest(0, cycle, GuestEventKind::Exit, [pid, 0, 0, 0], None);
    let sched = guest(
        0,
        10,
        GuestEventKind::Scheduler,
        [0, 2, 1000, 1000],
        Some("rr"),
    );
    let events = [
        (sched, None),
        (exec(0, 50, 2, "/bin/a"), None),
        (exec(0, 60, 3, "/bin/b"), None),
        (arrival(1000, 2), None),
        (arrival(1000, 3), None),
        (switch(0, 1200, 0, 2), None),
        (switch(0, 2000, 2, 3), label(2, "a")),
        (switch(0, 2100, 3, 2), label(3, "b")), // not a first run again
        (exit(3000, 2), label(2, "a")),
        (switch(0, 3000, 2, 3), label(2, "a")),
        (exit(4000, 3), label(3, "b")),
    ];
    let events = parse(&render(1.0, &events, true));
    let marks = |pid: u64, name: &str| -> Vec<f64> {
        events
            .iter()
            .filter(|e| e["ph"] == "i" && e["name"] == name && e["tid"] == pid)
            .map(|e| e["ts"].as_f64().unwrap())
            .collect()
    };
    assert_eq!(marks(2, "arrival"), [1000.0]);
    assert_eq!(marks(2, "first run after arrival"), [1200.0]);
    assert_eq!(marks(3, "first run after arrival"), [2000.0]);
    assert!(marks(2, "first run").is_empty(), "no creation seen for 2");
    assert_eq!(marks(2, "exit"), [3000.0]);
    assert_eq!(marks(3, "exit"), [4000.0]);
    assert!(events
        .iter()
        .any(|e| e["name"] == "scheduler rr" && e["args"]["slice_us"] == 1000));
}

#[test]
fn a_created_process_gets_created_and_first_run_marks() {
    let created = |cycle, child| {
        guest(
            0,
            cycle,
            GuestEventKind::ProcessCreated,
            [child, 1, 0, 0],
            None,
        )
    };
    let events = [
        (created(100, 2), label(1, "sh")),
        (switch(0, 300, 1, 2), label(1, "sh")),
        (switch(0, 400, 2, 1), label(2, "sh")),
        (switch(0, 500, 1, 2), label(1, "sh")),
    ];
    let events = parse(&render(1.0, &events, true));
    let marks = |name: &str| -> Vec<f64> {
        events
            .iter()
            .filter(|e| e["ph"] == "i" && e["name"] == name && e["tid"] == 2)
            .map(|e| e["ts"].as_f64().unwrap())
            .collect()
    };
    assert_eq!(marks("created"), [100.0]);
    assert_eq!(marks("first run"), [300.0], "only the first switch-in");
}
