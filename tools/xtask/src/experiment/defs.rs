//! The scheduling experiments, as data: for each, the runs (an `rvlab run`
//! command line each) and the metrics its summary table and chart compare.
//! Workloads are `schedmix` job mixes (guest-programs/user); OSTEP's
//! figures are scaled 1 s -> 1 ms.

use super::metrics::Metric;

/// One `rvlab run` of an experiment.
pub struct Run {
    /// A short name: the row of the summary, the Gantt chart's file name.
    pub label: String,
    /// What to look for in it (may be empty).
    pub note: String,
    /// The arguments after `rvlab run` (the report flags are added).
    pub args: Vec<String>,
    /// The processes (by name) that are the experiment's jobs.
    pub jobs: Vec<String>,
}

/// One experiment.
pub struct Experiment {
    pub name: &'static str,
    /// One line: what it shows.
    pub about: &'static str,
    pub runs: Vec<Run>,
    /// The summary's columns and the chart's bars, per run.
    pub metrics: Vec<Metric>,
}

/// 1 ms ticks, as the OSTEP examples need for preemption at 1 ms.
const TICK: [&str; 2] = ["--tick", "1000"];

/// A run of `schedmix` with `flags` before the program and `jobs` as its
/// job specs; the job names come from the specs.
fn schedmix(label: impl Into<String>, flags: &[&str], jobs: &[&str]) -> Run {
    let mut args: Vec<String> = flags.iter().map(|s| s.to_string()).collect();
    args.push("schedmix".into());
    args.extend(jobs.iter().map(|s| s.to_string()));
    Run {
        label: label.into(),
        note: String::new(),
        args,
        jobs: jobs
            .iter()
            .map(|j| j.split(':').next().unwrap_or(j).to_string())
            .collect(),
    }
}

/// OSTEP chapter 7: FIFO, SJF, STCF and RR on its four examples.
fn policies() -> Experiment {
    let scenarios: [(&str, &[&str]); 4] = [
        ("a", &["A:10", "B:10", "C:10"]),
        ("b", &["A:100", "B:10", "C:10"]),
        ("c", &["A:100", "B:10@10", "C:10@10"]),
        ("d", &["A:5", "B:5", "C:5"]),
    ];
    let mut runs = Vec::new();
    for (scenario, jobs) in scenarios {
        for policy in ["fifo", "sjf", "stcf", "rr"] {
            let mut flags = vec!["--sched", policy];
            flags.extend(TICK);
            if policy == "rr" {
                flags.extend(["--quantum", "1"]);
            }
            runs.push(schedmix(format!("{scenario}-{policy}"), &flags, jobs));
        }
    }
    Experiment {
        name: "policies",
        about: "OSTEP ch. 7: FIFO, SJF, STCF, RR on (a) 3 equal jobs, (b) one long first, (c) short ones arriving at 10 ms, (d) response with a 1 ms slice",
        runs,
        metrics: vec![Metric::AvgTurnaround, Metric::AvgResponse],
    }
}

/// OSTEP chapter 8: MLFQ's starvation, the priority boost, and gaming.
fn mlfq() -> Experiment {
    let flags = |quantum: &'static str, append: &'static str| {
        [
            "--sched",
            "mlfq",
            TICK[0],
            TICK[1],
            "--quantum",
            quantum,
            "--append",
            append,
        ]
    };
    // OSTEP fig. 8.5 (left vs right): under the book's first rules (4a/4b,
    // `mlfq=gameable`) two interactive jobs that never use a whole slice
    // keep the top queue and squeeze the long job; a priority boost every
    // 10 ms gives it the CPU back.
    let starve = ["long:30", "i1:60,io=1/1", "i2:60@1,io=1/1"];
    // OSTEP fig. 8.6: a job yielding after 0.9 ms of its 1 ms allotment
    // keeps the top queue under rules 4a/4b; rule 4 (the default) counts
    // its whole allotment and demotes it, and the long job gets its share.
    let gaming = ["long:40", "gamer:40,yield=900"];
    let mut runs = vec![
        schedmix(
            "starvation-rules-4ab-no-boost",
            &flags("2", "mlfq=gameable boost=0"),
            &starve,
        ),
        schedmix(
            "starvation-rules-4ab-boost-10ms",
            &flags("2", "mlfq=gameable boost=10"),
            &starve,
        ),
        schedmix(
            "gaming-rules-4ab",
            &flags("1", "mlfq=gameable boost=0"),
            &gaming,
        ),
        schedmix("gaming-rule-4", &flags("1", "boost=0"), &gaming),
    ];
    runs[1].note = "the boost lifts the long job".into();
    runs[3].note = "the gamer is demoted".into();
    Experiment {
        name: "mlfq",
        about: "OSTEP ch. 8: a long job starved by interactive jobs, with and without priority boost; a job gaming rules 4a/4b, and rule 4",
        runs,
        metrics: vec![Metric::Share("long".into()), Metric::Completion("long".into()), Metric::AvgResponse],
    }
}

/// Proportional share (OSTEP ch. 9) for `policy`: equal tickets over a
/// sweep of job lengths (unfairness), then 300 vs 100 tickets.
fn proportional(policy: &'static str) -> Vec<Run> {
    let flags = ["--sched", policy, TICK[0], TICK[1], "--quantum", "1"];
    let mut runs: Vec<Run> = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .map(|len| {
            let a = format!("A:{len},tickets=100");
            let b = format!("B:{len},tickets=100");
            schedmix(format!("len-{len}ms"), &flags, &[&a, &b])
        })
        .collect();
    runs.push(schedmix(
        "tickets-300-100",
        &flags,
        &["A:100,tickets=300", "B:100,tickets=100"],
    ));
    runs
}

fn lottery() -> Experiment {
    Experiment {
        name: "lottery",
        about: "OSTEP ch. 9: lottery unfairness (first/last completion) vs job length with 100:100 tickets, and shares with 300:100",
        runs: proportional("lottery"),
        metrics: vec![
            Metric::Unfairness,
            Metric::Share("A".into()),
            Metric::Share("B".into()),
        ],
    }
}

fn stride() -> Experiment {
    Experiment {
        name: "stride",
        about: "OSTEP ch. 9: stride scheduling, the same runs as lottery: deterministic shares",
        runs: proportional("stride"),
        metrics: vec![
            Metric::Unfairness,
            Metric::Share("A".into()),
            Metric::Share("B".into()),
        ],
    }
}

/// CFS: shares of two CPU-bound jobs with different nice values, against
/// the weights Linux gives them (nice 0 = 1024, 5 = 335, 10 = 110, -5 = 3121).
fn cfs() -> Experiment {
    let flags = ["--sched", "cfs", TICK[0], TICK[1]];
    let pairs = [
        (0, 0, "expect 50%"),
        (0, 5, "expect 75%"),
        (0, 10, "expect 90%"),
        (-5, 0, "expect 75%"),
    ];
    Experiment {
        name: "cfs",
        about:
            "OSTEP ch. 9 (CFS): CPU shares of two jobs with different nice values vs their weights",
        runs: pairs
            .iter()
            .map(|&(a, b, expect)| {
                let ja = format!("A:60,nice={a}");
                let jb = format!("B:60,nice={b}");
                let mut run = schedmix(format!("nice-{a}-vs-{b}"), &flags, &[&ja, &jb]);
                run.note = format!("{expect} of the CPU for A");
                run
            })
            .collect(),
        metrics: vec![Metric::Share("A".into()), Metric::Share("B".into())],
    }
}

/// OSTEP ch. 10: cache affinity on 2 harts, four jobs with 12 KiB working
/// sets, pinned two per hart (the two fit one 32 KiB L1D together, so each
/// keeps its lines warm) or free to migrate (each move starts cold).
fn affinity() -> Experiment {
    let flags = [
        "--harts",
        "2",
        "--sched",
        "rr",
        TICK[0],
        TICK[1],
        "--quantum",
        "1",
    ];
    let pinned = [
        "A:40,ws=12,cpu=0",
        "B:40,ws=12,cpu=0",
        "C:40,ws=12,cpu=1",
        "D:40,ws=12,cpu=1",
    ];
    let free = ["A:40,ws=12", "B:40,ws=12", "C:40,ws=12", "D:40,ws=12"];
    // Without cache affinity in the kernel's placement (`affine=0`), a task
    // goes wherever the load is least and ties go away from its last hart,
    // like one queue shared by both harts: it migrates at every slice.
    let mut no_affinity: Vec<&str> = flags.to_vec();
    no_affinity.extend(["--append", "affine=0"]);
    let mut runs = vec![
        schedmix("pinned", &flags, &pinned),
        schedmix("free-with-affinity", &flags, &free),
        schedmix("free-no-affinity", &no_affinity, &free),
    ];
    runs[2].note = "every slice may start on a cold cache".into();
    Experiment {
        name: "affinity",
        about: "OSTEP ch. 10: cache-sensitive jobs on 2 harts, pinned (cpu=0/1), free with cache affinity, and free without it (affine=0): L1D misses and completion",
        runs,
        metrics: vec![
            Metric::L1dMisses,
            Metric::Migrations,
            Metric::AvgTurnaround,
        ],
    }
}

/// One run of a paging workload: `program args` booted with the kernel
/// options `options` (`fork=eager`, `thp=always`...).
fn paging_run(label: &str, options: &str, program: &str, args: &[&str]) -> Run {
    let mut argv: Vec<String> = vec!["--append".into(), options.into(), program.into()];
    argv.extend(args.iter().map(|a| a.to_string()));
    Run {
        label: label.into(),
        note: String::new(),
        args: argv,
        jobs: vec![program.into()],
    }
}

/// OSTEP ch. 5 and 23 (copy-on-write): a 32 MiB process forks and the
/// child execs at once; an eager fork copies 8200 pages the child never
/// uses, copy-on-write shares them and pays later, a fault per page, only
/// for the pages the parent rewrites.
fn fork() -> Experiment {
    let args = ["32"];
    Experiment {
        name: "fork",
        about: "copy-on-write vs eager fork: a 32 MiB process forks and execs /bin/true, then rewrites every page",
        runs: vec![
            paging_run("fork-eager", "fork=eager", "forkexec", &args),
            paging_run("fork-cow", "fork=cow", "forkexec", &args),
        ],
        metrics: vec![
            Metric::Printed { title: "fork+exec+wait (cycles)", after: "fork+exec+wait:" },
            Metric::Printed { title: "rewriting after (cycles)", after: "rewriting every page after:" },
            Metric::ForkPagesShared,
            Metric::ForkPagesCopied,
            Metric::PageFaults,
        ],
    }
}

/// OSTEP ch. 19-20 (TLBs, larger pages): loads one word per 4 KiB page of
/// 16 MiB, 8 times over: 4096 pages are far more than the TLB holds, 8
/// megapages are not.
fn hugepages() -> Experiment {
    let args = ["16", "8"];
    Experiment {
        name: "hugepages",
        about:
            "4 KiB vs 2 MiB pages: a TLB-bound walk over 16 MiB (one load per 4 KiB page, 8 rounds)",
        runs: vec![
            paging_run("4k-pages", "thp=never", "tlbwalk", &args),
            paging_run("2m-pages", "thp=always", "tlbwalk", &args),
        ],
        metrics: vec![
            Metric::Printed {
                title: "walk (cycles)",
                after: "pages:",
            },
            Metric::DtlbMisses,
            Metric::PageFaults,
        ],
    }
}

/// OSTEP ch. 21-22 (demand paging): a 16 MiB heap of which a quarter is
/// written. Lazily, brk is instant and each written page faults once;
/// eagerly, brk pays for every page, written or not.
fn heap() -> Experiment {
    let args = ["16", "25"];
    Experiment {
        name: "heap",
        about: "lazy vs eager heap: brk of 16 MiB, then a quarter of its pages written",
        runs: vec![
            paging_run("lazy", "populate=lazy", "heaptouch", &args),
            paging_run("eager", "populate=eager", "heaptouch", &args),
        ],
        metrics: vec![
            Metric::Printed {
                title: "brk (cycles)",
                after: "brk",
            },
            Metric::Printed {
                title: "writes (cycles)",
                after: "writes",
            },
            Metric::PageFaults,
        ],
    }
}

/// Tick vs tickless: an idle-heavy task (20 rounds of 0.1 ms work and a
/// 5 ms sleep) and the timer interrupts it costs, on 1 and 2 harts.
fn tick() -> Experiment {
    let sleeper = |label: &str, flags: &[&str]| {
        let mut args: Vec<String> = flags.iter().map(|s| s.to_string()).collect();
        args.extend(["sleeper", "20", "5", "100"].map(String::from));
        Run {
            label: label.into(),
            note: String::new(),
            args,
            jobs: vec!["sleeper".into()],
        }
    };
    Experiment {
        name: "tick",
        about: "a periodic 1000 Hz tick vs tickless on an idle-heavy task: timer interrupts taken (and all interrupts: timer and inter-hart)",
        runs: vec![
            sleeper("tick-1000hz", &["--tick", "1000"]),
            sleeper("tickless", &["--tickless"]),
            sleeper("2-harts-tick-1000hz", &["--harts", "2", "--tick", "1000"]),
            sleeper("2-harts-tickless", &["--harts", "2", "--tickless"]),
        ],
        metrics: vec![
            Metric::TimerInterrupts,
            Metric::Interrupts,
            Metric::AvgTurnaround,
        ],
    }
}

/// Every experiment, in the order `experiment all` runs them.
pub fn all() -> Vec<Experiment> {
    vec![
        policies(),
        mlfq(),
        lottery(),
        stride(),
        cfs(),
        affinity(),
        tick(),
        fork(),
        hugepages(),
        heap(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn experiments_are_complete_and_named_uniquely() {
        let all = all();
        let mut names: Vec<&str> = all.iter().map(|e| e.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 10);
        for e in &all {
            assert!(!e.runs.is_empty() && !e.metrics.is_empty(), "{}", e.name);
            let mut labels: Vec<&str> = e.runs.iter().map(|r| r.label.as_str()).collect();
            labels.sort();
            labels.dedup();
            assert_eq!(labels.len(), e.runs.len(), "{}: labels repeat", e.name);
            for r in &e.runs {
                assert!(!r.jobs.is_empty(), "{} {}", e.name, r.label);
            }
        }
        let p = &all[0];
        assert_eq!(p.runs.len(), 16);
        let rr = p.runs.iter().find(|r| r.label == "d-rr").unwrap();
        assert_eq!(
            rr.args.join(" "),
            "--sched rr --tick 1000 --quantum 1 schedmix A:5 B:5 C:5"
        );
        assert_eq!(rr.jobs, ["A", "B", "C"]);
    }
}
