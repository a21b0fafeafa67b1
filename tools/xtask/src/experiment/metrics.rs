//! What an experiment measures in one run, from rvlab's JSON scheduling
//! report (`rvlab run --sched-report FILE.json`): the jobs' own metrics
//! (times in milliseconds) and the summaries experiments compare: average
//! turnaround and response, OSTEP's unfairness, CPU shares, interrupts,
//! L1D misses, migrations.

use serde_json::Value;

/// A number an experiment compares across its runs.
#[derive(Clone, Debug, PartialEq)]
pub enum Metric {
    /// Mean turnaround of the jobs (ms).
    AvgTurnaround,
    /// Mean response time of the jobs (ms).
    AvgResponse,
    /// OSTEP's unfairness: first completion / last completion, both
    /// counted from the first arrival (1 = perfectly fair).
    Unfairness,
    /// Interrupts taken by every hart.
    Interrupts,
    /// Timer interrupts taken by every hart.
    TimerInterrupts,
    /// L1 data-cache misses of the jobs together.
    L1dMisses,
    /// Migrations of the jobs together.
    Migrations,
    /// The named job's share of the jobs' CPU time while all of them
    /// compete: from the last arrival to the first completion (%).
    Share(String),
    /// The named job's completion, from the first arrival (ms).
    Completion(String),
    /// dTLB misses of the jobs together.
    DtlbMisses,
    /// Page faults the kernel resolved for the jobs.
    PageFaults,
    /// Pages the jobs' forks shared copy-on-write, and copied.
    ForkPagesShared,
    ForkPagesCopied,
    /// A number the program printed: the first one after `after` in its
    /// output, titled `title` (with its unit in parentheses).
    Printed {
        title: &'static str,
        after: &'static str,
    },
}

impl Metric {
    /// Column title, with the unit.
    pub fn title(&self) -> String {
        match self {
            Metric::AvgTurnaround => "avg turnaround (ms)".into(),
            Metric::AvgResponse => "avg response (ms)".into(),
            Metric::Unfairness => "unfairness".into(),
            Metric::Interrupts => "interrupts".into(),
            Metric::TimerInterrupts => "timer interrupts".into(),
            Metric::L1dMisses => "L1D misses".into(),
            Metric::Migrations => "migrations".into(),
            Metric::Share(job) => format!("{job} CPU share (%)"),
            Metric::Completion(job) => format!("{job} done at (ms)"),
            Metric::DtlbMisses => "dTLB misses".into(),
            Metric::PageFaults => "page faults".into(),
            Metric::ForkPagesShared => "fork: pages shared (pages)".into(),
            Metric::ForkPagesCopied => "fork: pages copied (pages)".into(),
            Metric::Printed { title, .. } => title.to_string(),
        }
    }
}

/// One job's metrics (ms).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JobResult {
    pub name: String,
    pub pid: u64,
    pub arrival: Option<f64>,
    pub first_run: Option<f64>,
    pub completion: Option<f64>,
    pub turnaround: Option<f64>,
    pub response: Option<f64>,
    pub cpu: f64,
    pub switches_in: u64,
    pub migrations: u64,
    pub l1d_misses: Option<u64>,
    pub dtlb_misses: Option<u64>,
    pub page_faults: Option<u64>,
    pub fork_pages_shared: Option<u64>,
    pub fork_pages_copied: Option<u64>,
    /// Share of the CPU while all jobs compete (%), see [`Metric::Share`].
    pub share: Option<f64>,
}

/// One run's results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunResult {
    pub policy: Option<String>,
    pub jobs: Vec<JobResult>,
    pub interrupts: u64,
    pub timer_interrupts: u64,
    /// What the guest printed (for [`Metric::Printed`]).
    pub output: String,
}

fn ms(v: &Value) -> Option<f64> {
    v.as_f64().map(|us| us / 1e3)
}

fn mean(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let v: Vec<f64> = values.flatten().collect();
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

impl RunResult {
    /// The results for the processes named in `jobs`, from a report.
    pub fn from_report(report: &Value, jobs: &[String]) -> RunResult {
        let empty = Vec::new();
        let processes = report["processes"].as_array().unwrap_or(&empty);
        let mut out: Vec<JobResult> = processes
            .iter()
            .filter(|p| {
                p["name"]
                    .as_str()
                    .is_some_and(|n| jobs.iter().any(|j| j == n))
            })
            .map(|p| JobResult {
                name: p["name"].as_str().unwrap_or("?").to_string(),
                pid: p["pid"].as_u64().unwrap_or(0),
                arrival: ms(&p["arrival_us"]),
                first_run: ms(&p["first_run_us"]),
                completion: ms(&p["completion_us"]),
                turnaround: ms(&p["turnaround_us"]),
                response: ms(&p["response_us"]),
                cpu: ms(&p["cpu_us"]).unwrap_or(0.0),
                switches_in: p["switches_in"].as_u64().unwrap_or(0),
                migrations: p["migrations"].as_u64().unwrap_or(0),
                l1d_misses: p["l1d_misses"].as_u64(),
                dtlb_misses: p["dtlb_misses"].as_u64(),
                page_faults: p["page_faults"].as_u64(),
                fork_pages_shared: p["fork_pages_shared"].as_u64(),
                fork_pages_copied: p["fork_pages_copied"].as_u64(),
                share: None,
            })
            .collect();
        shares(&mut out, report["intervals"].as_array().unwrap_or(&empty));
        let harts = |field: &str| -> u64 {
            report["harts"]
                .as_array()
                .map_or(0, |h| h.iter().filter_map(|h| h[field].as_u64()).sum())
        };
        RunResult {
            policy: report["scheduler"]["policy"].as_str().map(String::from),
            jobs: out,
            interrupts: harts("interrupts"),
            timer_interrupts: harts("timer_interrupts"),
            output: String::new(),
        }
    }

    fn first_arrival(&self) -> Option<f64> {
        self.jobs.iter().filter_map(|j| j.arrival).reduce(f64::min)
    }

    /// The sum of a per-job count, if any job has it.
    fn total(&self, count: impl Fn(&JobResult) -> Option<u64>) -> Option<f64> {
        let m: Vec<u64> = self.jobs.iter().filter_map(count).collect();
        (!m.is_empty()).then(|| m.iter().sum::<u64>() as f64)
    }

    /// The first number after `after` in the guest's output.
    fn printed(&self, after: &str) -> Option<f64> {
        let (_, rest) = self.output.split_once(after)?;
        let digits: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        digits.parse().ok()
    }

    /// The value of `metric` in this run, if it can be told.
    pub fn value(&self, metric: &Metric) -> Option<f64> {
        let job = |name: &str| self.jobs.iter().find(|j| j.name == name);
        match metric {
            Metric::AvgTurnaround => mean(self.jobs.iter().map(|j| j.turnaround)),
            Metric::AvgResponse => mean(self.jobs.iter().map(|j| j.response)),
            Metric::Unfairness => {
                let start = self.first_arrival()?;
                let done: Vec<f64> = self.jobs.iter().filter_map(|j| j.completion).collect();
                let first = done.iter().copied().reduce(f64::min)? - start;
                let last = done.iter().copied().reduce(f64::max)? - start;
                (last > 0.0).then(|| first / last)
            }
            Metric::Interrupts => Some(self.interrupts as f64),
            Metric::TimerInterrupts => Some(self.timer_interrupts as f64),
            Metric::L1dMisses => self.total(|j| j.l1d_misses),
            Metric::DtlbMisses => self.total(|j| j.dtlb_misses),
            Metric::PageFaults => self.total(|j| j.page_faults),
            Metric::ForkPagesShared => self.total(|j| j.fork_pages_shared),
            Metric::ForkPagesCopied => self.total(|j| j.fork_pages_copied),
            Metric::Printed { after, .. } => self.printed(after),
            Metric::Migrations => Some(self.jobs.iter().map(|j| j.migrations).sum::<u64>() as f64),
            Metric::Share(name) => job(name)?.share,
            Metric::Completion(name) => Some(job(name)?.completion? - self.first_arrival()?),
        }
    }
}

/// Sets each job's CPU share while all compete, from the last arrival to
/// the first completion, from the running intervals (microseconds in the
/// report). Jobs that never all run together get no share.
fn shares(jobs: &mut [JobResult], intervals: &[Value]) {
    let start = jobs.iter().filter_map(|j| j.arrival).reduce(f64::max);
    let end = jobs.iter().filter_map(|j| j.completion).reduce(f64::min);
    let (Some(start), Some(end)) = (start, end) else {
        return;
    };
    if end <= start {
        return;
    }
    let cpu_of = |pid: u64| -> f64 {
        intervals
            .iter()
            .filter(|i| i["pid"].as_u64() == Some(pid))
            .filter_map(|i| Some((ms(&i["start_us"])?, ms(&i["end_us"])?)))
            .map(|(a, b)| (b.min(end) - a.max(start)).max(0.0))
            .sum()
    };
    let cpu: Vec<f64> = jobs.iter().map(|j| cpu_of(j.pid)).collect();
    let total: f64 = cpu.iter().sum();
    if total > 0.0 {
        for (j, c) in jobs.iter_mut().zip(cpu) {
            j.share = Some(100.0 * c / total);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A and B arrive at 1 ms; round robin in 1 ms slices until A is done
    /// at 5 ms, then B alone until 8 ms.
    fn report() -> Value {
        let mut intervals = Vec::new();
        for k in 0..4u64 {
            let pid = 2 + k % 2;
            let t = 1000.0 + 1000.0 * k as f64;
            intervals.push(json!({"hart": 0, "pid": pid, "start_us": t, "end_us": t + 1000.0}));
        }
        intervals.push(json!({"hart": 0, "pid": 3, "start_us": 5000.0, "end_us": 8000.0}));
        json!({
            "scheduler": {"policy": "rr", "slice_us": 1000, "tick_hz": 1000},
            "processes": [
                {"pid": 1, "name": "schedmix", "cpu_us": 10.0},
                {"pid": 2, "name": "A", "arrival_us": 1000.0, "first_run_us": 1000.0,
                 "completion_us": 5000.0, "turnaround_us": 4000.0, "response_us": 0.0,
                 "cpu_us": 2000.0, "switches_in": 2, "migrations": 0, "l1d_misses": 10},
                {"pid": 3, "name": "B", "arrival_us": 1000.0, "first_run_us": 2000.0,
                 "completion_us": 8000.0, "turnaround_us": 7000.0, "response_us": 1000.0,
                 "cpu_us": 5000.0, "switches_in": 3, "migrations": 1, "l1d_misses": 5},
            ],
            "harts": [{"hart": 0, "cycles": 1, "interrupts": 7, "timer_interrupts": 6}],
            "intervals": intervals,
        })
    }

    #[test]
    fn metrics_of_a_run() {
        let jobs = vec!["A".to_string(), "B".to_string()];
        let r = RunResult::from_report(&report(), &jobs);
        assert_eq!(r.jobs.len(), 2, "the launcher is not a job");
        assert_eq!(r.policy.as_deref(), Some("rr"));
        assert_eq!(r.value(&Metric::AvgTurnaround), Some(5.5));
        assert_eq!(r.value(&Metric::AvgResponse), Some(0.5));
        assert_eq!(r.value(&Metric::Unfairness), Some(4.0 / 7.0));
        assert_eq!(r.value(&Metric::Interrupts), Some(7.0));
        assert_eq!(r.value(&Metric::TimerInterrupts), Some(6.0));
        assert_eq!(r.value(&Metric::L1dMisses), Some(15.0));
        assert_eq!(r.value(&Metric::Migrations), Some(1.0));
        assert_eq!(r.value(&Metric::Share("A".into())), Some(50.0));
        assert_eq!(r.value(&Metric::Completion("B".into())), Some(7.0));
        assert_eq!(r.value(&Metric::Share("nobody".into())), None);
        assert_eq!(r.value(&Metric::DtlbMisses), None);
        let r = RunResult {
            output: "prog: 1 fork: 3063000 cycles; after: 12 cycles".into(),
            ..r
        };
        assert_eq!(
            r.value(&Metric::Printed {
                title: "t",
                after: "fork:"
            }),
            Some(3063000.0)
        );
        assert_eq!(
            r.value(&Metric::Printed {
                title: "t",
                after: "after:"
            }),
            Some(12.0)
        );
        assert_eq!(
            r.value(&Metric::Printed {
                title: "t",
                after: "absent"
            }),
            None
        );
    }
}
