//! The job syntax of the guest's `schedmix` (its `spec.rs`, plain Rust on
//! `alloc`), tested here on the host: the guest crates have no test runner.

#[path = "../../../guest-programs/user/src/bin/schedmix/spec.rs"]
mod spec;

#[test]
fn jobs_parse_with_every_option() {
    let j = spec::parse("A:100@10,tickets=300,nice=-5,cpu=0,2-3,io=2/8,yield=900,ws=24").unwrap();
    assert_eq!((j.name, j.len_ms, j.arrive_ms), ("A", 100, 10));
    assert_eq!((j.tickets, j.nice), (Some(300), Some(-5)));
    assert_eq!(j.cpus, Some(0b1101), "cpu=0,2-3 is harts 0, 2 and 3");
    assert_eq!(
        (j.io, j.yield_us, j.ws_kib),
        (Some((2, 8)), Some(900), Some(24))
    );
    let plain = spec::parse("long:5").unwrap();
    assert_eq!((plain.arrive_ms, plain.cpus, plain.nice), (0, None, None));
}

#[test]
fn bad_jobs_are_refused_with_a_reason() {
    for (job, why) in [
        ("A", "expected NAME:LEN_MS"),
        (":10", "1 to 15 bytes"),
        ("averyveryverylongname:10", "1 to 15 bytes"),
        ("A:ten", "not a number"),
        ("A:10@x", "not a number"),
        ("A:10,nice=20", "-20..=19"),
        ("A:10,cpu=3-1", "bad hart range"),
        ("A:10,cpu=64", "bad hart range"),
        ("A:10,io=5", "RUN_MS/SLEEP_MS"),
        ("A:10,io=0/5", "at least 1"),
        ("A:10,frobs=1", "unknown job option"),
        ("A:10,7", "expected KEY=VALUE"),
    ] {
        let err = spec::parse(job).unwrap_err();
        assert!(err.contains(why), "{job}: {err}");
    }
}
