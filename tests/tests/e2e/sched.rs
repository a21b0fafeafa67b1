//! Scheduling metrics of a real run: the guest OS runs `schedmix` (round
//! robin, one hart) and the host's report must be consistent with what the
//! jobs were asked to do: each job's CPU time close to its length, arrival
//! <= first run <= completion, turnaround at least the CPU time, a hart
//! never running two intervals at once, CPU time equal to the intervals.

use rvlab::trace::sched_report::{JobRow, SchedReport};
use rvlab::trace::{Categories, Format, Sink, Tracer};
use rvlab::{MachineConfig, RunExit};
use rvlab_tests::os_machine_with_options;

/// Boots the OS with `schedmix JOBS` as init, traced (no trace written),
/// with the kernel options `options`; returns the scheduling report.
fn schedmix(options: &str, jobs: &[&str]) -> SchedReport {
    let timing = rvlab::timing::TimingConfig::default();
    let cycles_per_us = timing.clock.core_hz as f64 / 1e6;
    let config = MachineConfig {
        max_instructions: Some(2_000_000_000),
        timing: Some(timing),
        ..Default::default()
    };
    // Kernel options before init=, as `rvlab run --sched` gives them.
    let (mut m, console) = os_machine_with_options("schedmix", jobs, config, options);
    let quiet = Categories::SYSCALL | Categories::SWITCH | Categories::EXEC | Categories::EXIT;
    let sink = Sink::new(Box::new(std::io::sink()), Format::Text);
    m.set_tracer(Tracer::new(sink, quiet, 1));
    let exit = m.run();
    assert_eq!(exit, RunExit::Exited(0), "{}", console.text());
    rvlab::report::sched_report(&m, cycles_per_us).expect("a traced run has a report")
}

fn job<'a>(report: &'a SchedReport, name: &str) -> &'a JobRow {
    report
        .processes
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no process named {name}:\n{}", report.table()))
}

#[test]
fn schedmix_jobs_get_their_cpu_time_and_consistent_metrics() {
    // Arrivals far enough apart that the jobs never compete: each one's
    // CPU time is then its length whatever clock the kernel's CPU-time
    // clock is (it may still be the uptime).
    let lengths = [("A", 5.0), ("B", 5.0), ("C", 3.0)];
    let report = schedmix("sched=rr", &["A:5@0", "B:5@20", "C:3@40"]);
    let table = report.table();
    for (name, len_ms) in lengths {
        let j = job(&report, name);
        let cpu_ms = j.cpu_us / 1e3;
        // The job burns len_ms; before its arrival it also set itself up
        // (fork's return, prctl, hints: well under a millisecond).
        assert!(
            cpu_ms >= len_ms * 0.95 && cpu_ms <= len_ms * 1.1 + 0.8,
            "{name}: CPU {cpu_ms} ms for a {len_ms} ms job\n{table}"
        );
        let (arrival, first, done) = (
            j.arrival_us.expect("arrival"),
            j.first_run_us.expect("first run"),
            j.completion_us.expect("completion"),
        );
        assert!(arrival <= first && first <= done, "{name}\n{table}");
        let turnaround = j.turnaround_us.unwrap();
        assert!((turnaround - (done - arrival)).abs() < 1e-6);
        assert!(
            turnaround + 800.0 >= j.cpu_us,
            "{name}: turnaround {turnaround} us < CPU {} us\n{table}",
            j.cpu_us
        );
        assert_eq!(j.migrations, 0, "one hart: nowhere to migrate");
        // CPU time is the sum of the job's intervals.
        let intervals: f64 = report
            .intervals
            .iter()
            .filter(|i| i.pid == j.pid)
            .map(|i| i.end_us - i.start_us)
            .sum();
        assert!((intervals - j.cpu_us).abs() < 1e-3, "{name}\n{table}");
    }
    // The jobs ran one after the other, in their order of arrival.
    let done = |n| job(&report, n).completion_us.unwrap();
    assert!(done("A") < done("B") && done("B") < done("C"), "{table}");
    // A hart runs one process at a time.
    let mut on_hart: Vec<_> = report.intervals.iter().filter(|i| i.hart == 0).collect();
    on_hart.sort_by(|a, b| a.start_us.partial_cmp(&b.start_us).unwrap());
    for w in on_hart.windows(2) {
        assert!(
            w[0].end_us <= w[1].start_us,
            "overlap: {:?} {:?}",
            w[0],
            w[1]
        );
    }
    assert_eq!(report.harts.len(), 1);
    assert!(report.averages.count >= 3, "{table}");
}

/// From the command line: `--sched ... --stats --sched-report` on the
/// guest OS prints the table and writes the CSV, JSON and SVG reports, the
/// same bytes on every run (the machine is deterministic).
#[test]
fn command_line_reports_are_written_and_repeatable() {
    let bin = rvlab_tests::rvlab_bin();
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sched-cli");
    std::fs::create_dir_all(&dir).unwrap();
    let run = |tag: &str| {
        let files = ["csv", "json", "svg"].map(|ext| dir.join(format!("{tag}.{ext}")));
        let mut cmd = std::process::Command::new(&bin);
        cmd.args(["run", "--os-dir"])
            .arg(rvlab_tests::guest_dir().join("os"))
            .args([
                "--sched",
                "rr",
                "--tick",
                "1000",
                "--quantum",
                "10",
                "--stats",
            ]);
        for f in &files {
            cmd.arg("--sched-report").arg(f);
        }
        let out = cmd
            .args(["schedmix", "A:3", "B:3@10"])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("rvlab binary (cargo xtask test builds it)");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        let [csv, json, svg] = files.map(|f| std::fs::read_to_string(f).unwrap());
        (stderr, csv, json, svg)
    };
    let (stderr, csv, json, svg) = run("a");
    let table: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("rvlab: sched:"))
        .collect();
    assert!(
        table.iter().any(|l| l.contains(" A") || l.contains("(A)")),
        "{stderr}"
    );
    assert!(
        table
            .iter()
            .any(|l| l.starts_with("rvlab: sched: average over")),
        "{stderr}"
    );
    let rows: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    for name in ["A", "B"] {
        let row = rows
            .iter()
            .find(|r| r[1] == name)
            .unwrap_or_else(|| panic!("no {name} in\n{csv}"));
        let cpu_ms: f64 = row[8].parse::<f64>().unwrap() / 1e3;
        assert!((2.8..4.0).contains(&cpu_ms), "{name}: {cpu_ms} ms\n{csv}");
    }
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let intervals = v["intervals"].as_array().unwrap();
    assert!(intervals.len() >= 3, "{json}");
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    // The chart starts at the first job's arrival: a bar per interval
    // that ends after it.
    let start = v["processes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["job"] == true)
        .filter_map(|p| p["arrival_us"].as_f64())
        .fold(f64::INFINITY, f64::min);
    let drawn = intervals
        .iter()
        .filter(|i| i["end_us"].as_f64().unwrap() > start)
        .count();
    assert!(start.is_finite() && drawn >= 2, "{json}");
    assert_eq!(svg.matches("class=\"run\"").count(), drawn);
    let again = run("b");
    assert!(
        again.1 == csv && again.2 == json && again.3 == svg,
        "two runs gave different reports"
    );
}
