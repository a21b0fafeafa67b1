//! The scheduling report: [`super::sched_metrics`] in microseconds, per
//! process (the JSON adds its dTLB misses, page faults and fork pages) and
//! on average, as a table (`--stats`), CSV, JSON or a Gantt
//! chart (`--sched-report FILE`, by the file's extension).
//!
//! Times are microseconds since the machine started (cycle 0), at the
//! core clock of the timing model. Averages are over the jobs (processes
//! the kernel reported arriving, event 8) if there are any, else over every
//! process that exited.

use super::process_stats::ProcessAccounting;
use super::sched_metrics::{SchedMetrics, SchedulerInfo};
use serde::Serialize;
use std::fmt::Write;
use std::path::Path;

/// One process's metrics.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JobRow {
    pub pid: u64,
    pub name: String,
    /// Reported as a job (it has a job-arrival event).
    pub job: bool,
    pub arrival_us: Option<f64>,
    pub first_run_us: Option<f64>,
    pub completion_us: Option<f64>,
    pub turnaround_us: Option<f64>,
    pub response_us: Option<f64>,
    pub cpu_us: f64,
    pub switches_in: u64,
    pub migrations: u64,
    /// L1 data-cache misses while it ran (with the timing model).
    pub l1d_misses: Option<u64>,
    /// dTLB misses while it ran (with the timing model).
    pub dtlb_misses: Option<u64>,
    /// Page faults the kernel resolved for it.
    pub page_faults: Option<u64>,
    /// Pages its forks shared copy-on-write, and copied.
    pub fork_pages_shared: Option<u64>,
    pub fork_pages_copied: Option<u64>,
}

/// Averages over the jobs.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Averages {
    /// How many processes the averages cover.
    pub count: usize,
    pub turnaround_us: Option<f64>,
    pub response_us: Option<f64>,
    pub cpu_us: Option<f64>,
}

/// A running interval, for the Gantt chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IntervalRow {
    pub hart: usize,
    pub pid: u64,
    pub name: String,
    pub start_us: f64,
    pub end_us: f64,
}

/// What each hart did overall (filled in by the caller, which has the
/// machine).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HartRow {
    pub hart: usize,
    pub cycles: u64,
    /// Interrupts taken (timer, software, external).
    pub interrupts: u64,
    /// Of which timer interrupts (STI or MTI).
    pub timer_interrupts: u64,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SchedReport {
    pub scheduler: Option<SchedulerInfo>,
    pub cycles_per_us: f64,
    pub processes: Vec<JobRow>,
    pub averages: Averages,
    pub harts: Vec<HartRow>,
    pub intervals: Vec<IntervalRow>,
}

fn mean(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    let v: Vec<f64> = values.flatten().collect();
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

impl SchedReport {
    /// The report of `metrics` at `cycles_per_us`; per-process cache misses
    /// come from `accounting` if given.
    pub fn new(
        metrics: &SchedMetrics,
        accounting: Option<&ProcessAccounting>,
        cycles_per_us: f64,
    ) -> SchedReport {
        let us = |c: u64| c as f64 / cycles_per_us;
        let stats = |pid: u64| accounting.and_then(|a| a.processes.get(&pid));
        let processes: Vec<JobRow> = metrics
            .jobs
            .iter()
            .filter(|(&pid, _)| pid != 0)
            .map(|(&pid, j)| JobRow {
                pid,
                name: j.name.clone(),
                job: j.is_job(),
                arrival_us: j.arrival().map(us),
                first_run_us: j.first_run().map(us),
                completion_us: j.completion.map(us),
                turnaround_us: j.turnaround().map(us),
                response_us: j.response().map(us),
                cpu_us: us(j.cpu_cycles),
                switches_in: j.switches_in,
                migrations: j.migrations,
                l1d_misses: stats(pid).map(|p| p.counters.l1d_misses),
                dtlb_misses: stats(pid).map(|p| p.counters.dtlb_misses),
                page_faults: stats(pid).map(|p| p.page_faults),
                fork_pages_shared: stats(pid).map(|p| p.fork_pages_shared),
                fork_pages_copied: stats(pid).map(|p| p.fork_pages_copied),
            })
            .collect();
        let any_jobs = processes.iter().any(|p| p.job);
        let counted: Vec<&JobRow> = processes
            .iter()
            .filter(|p| {
                if any_jobs {
                    p.job
                } else {
                    p.completion_us.is_some()
                }
            })
            .collect();
        let averages = Averages {
            count: counted.len(),
            turnaround_us: mean(counted.iter().map(|p| p.turnaround_us)),
            response_us: mean(counted.iter().map(|p| p.response_us)),
            cpu_us: mean(counted.iter().map(|p| Some(p.cpu_us))),
        };
        let mut intervals: Vec<IntervalRow> = metrics
            .intervals
            .iter()
            .map(|i| IntervalRow {
                hart: i.hart,
                pid: i.pid,
                name: metrics
                    .jobs
                    .get(&i.pid)
                    .map_or_else(|| "?".into(), |j| j.name.clone()),
                start_us: us(i.start),
                end_us: us(i.end),
            })
            .collect();
        intervals.sort_by(|a, b| {
            (a.hart, a.start_us)
                .partial_cmp(&(b.hart, b.start_us))
                .unwrap()
        });
        SchedReport {
            scheduler: metrics.scheduler.clone(),
            cycles_per_us,
            processes,
            averages,
            harts: Vec::new(),
            intervals,
        }
    }

    /// The table `--stats` prints (milliseconds).
    pub fn table(&self) -> String {
        let ms = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| format!("{:.3}", v / 1e3));
        let mut out = String::new();
        if let Some(s) = &self.scheduler {
            let tick = match s.tick_hz {
                0 => "tickless".to_string(),
                hz => format!("tick {hz} Hz"),
            };
            let _ = writeln!(
                out,
                "scheduler {} (slice {} us, {tick})",
                s.policy, s.slice_us
            );
        }
        let _ = writeln!(
            out,
            "{:>5} {:<12} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>6} {:>5} {:>10}",
            "pid",
            "name",
            "arrive_ms",
            "first_ms",
            "done_ms",
            "turn_ms",
            "resp_ms",
            "cpu_ms",
            "runs",
            "migr",
            "l1d_miss"
        );
        for p in &self.processes {
            let name = if p.job {
                p.name.clone()
            } else {
                format!("({})", p.name)
            };
            let _ = writeln!(
                out,
                "{:>5} {:<12} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>6} {:>5} {:>10}",
                p.pid,
                name,
                ms(p.arrival_us),
                ms(p.first_run_us),
                ms(p.completion_us),
                ms(p.turnaround_us),
                ms(p.response_us),
                ms(Some(p.cpu_us)),
                p.switches_in,
                p.migrations,
                p.l1d_misses.map_or_else(|| "-".into(), |m| m.to_string())
            );
        }
        let a = &self.averages;
        let _ = writeln!(
            out,
            "average over {} {}: turnaround {} ms, response {} ms, cpu {} ms",
            a.count,
            if self.processes.iter().any(|p| p.job) {
                "jobs"
            } else {
                "processes"
            },
            ms(a.turnaround_us),
            ms(a.response_us),
            ms(a.cpu_us)
        );
        for h in &self.harts {
            let _ = writeln!(
                out,
                "hart {}: {} cycles, {} interrupts ({} timer)",
                h.hart, h.cycles, h.interrupts, h.timer_interrupts
            );
        }
        out
    }

    /// One line per process, with a header (times in microseconds).
    pub fn csv(&self) -> String {
        let opt = |v: Option<f64>| v.map_or_else(String::new, |v| format!("{v:.3}"));
        let mut out = String::from(
            "pid,name,job,arrival_us,first_run_us,completion_us,turnaround_us,response_us,\
             cpu_us,switches_in,migrations,l1d_misses\n",
        );
        for p in &self.processes {
            // Names are program names; quote them if they hold a comma or quote.
            let name = if p.name.contains([',', '"']) {
                format!("\"{}\"", p.name.replace('"', "\"\""))
            } else {
                p.name.clone()
            };
            let _ = writeln!(
                out,
                "{},{name},{},{},{},{},{},{},{:.3},{},{},{}",
                p.pid,
                p.job,
                opt(p.arrival_us),
                opt(p.first_run_us),
                opt(p.completion_us),
                opt(p.turnaround_us),
                opt(p.response_us),
                p.cpu_us,
                p.switches_in,
                p.migrations,
                p.l1d_misses.map_or_else(String::new, |m| m.to_string())
            );
        }
        out
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Writes the report to `path` in the format its extension names:
    /// `.csv`, `.json` or `.svg` (a Gantt chart).
    pub fn write_to(&self, path: &Path) -> std::io::Result<()> {
        let text = match ReportFormat::of(path) {
            Some(ReportFormat::Csv) => self.csv(),
            Some(ReportFormat::Json) => self.json(),
            Some(ReportFormat::Svg) => super::gantt::gantt_svg(self),
            None => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("{}: {}", path.display(), ReportFormat::EXPECTED),
                ))
            }
        };
        std::fs::write(path, text)
    }
}

/// The formats `--sched-report` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Csv,
    Json,
    Svg,
}

impl ReportFormat {
    /// What the error says when the extension is none of these.
    pub const EXPECTED: &'static str =
        "the scheduling report's file name must end in .csv, .json or .svg";

    /// The format named by `path`'s extension.
    pub fn of(path: &Path) -> Option<ReportFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(ReportFormat::Csv),
            "json" => Some(ReportFormat::Json),
            "svg" => Some(ReportFormat::Svg),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two jobs on one hart at 1000 cycles per microsecond: A runs 0-10 ms,
    /// B 10-30 ms; both arrive at 0.
    fn report() -> SchedReport {
        let mut m = SchedMetrics::new(1);
        m.created(1, 0, 0);
        m.named(1, "schedmix");
        for (pid, name) in [(2, "A"), (3, "B")] {
            m.created(pid, 1, 0);
            m.named(pid, name);
            m.arrival(pid, 0);
        }
        m.switch(0, 2, 0);
        m.exit(2, 10_000_000);
        m.switch(0, 3, 10_000_000);
        m.exit(3, 30_000_000);
        m.switch(0, 1, 30_000_000);
        m.exit(1, 31_000_000);
        m.finish(&[31_000_000]);
        SchedReport::new(&m, None, 1000.0)
    }

    #[test]
    fn averages_cover_the_jobs_only() {
        let r = report();
        assert_eq!(r.averages.count, 2);
        assert_eq!(r.averages.turnaround_us, Some(20_000.0));
        assert_eq!(r.averages.response_us, Some(5_000.0));
        let a = &r.processes[1];
        assert_eq!((a.name.as_str(), a.cpu_us), ("A", 10_000.0));
        assert_eq!(r.intervals.len(), 3);
    }

    #[test]
    fn table_csv_and_json() {
        let r = report();
        let table = r.table();
        assert!(table.contains("average over 2 jobs: turnaround 20.000 ms, response 5.000 ms"));
        assert!(
            table.contains("(schedmix)"),
            "non-jobs in parentheses:\n{table}"
        );
        let csv = r.csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 4);
        assert!(lines[0].starts_with("pid,name,job,arrival_us"));
        assert_eq!(
            lines[3],
            "3,B,true,0.000,10000.000,30000.000,30000.000,10000.000,20000.000,1,0,"
        );
        let v: serde_json::Value = serde_json::from_str(&r.json()).unwrap();
        assert_eq!(v["averages"]["count"], 2);
        assert_eq!(v["processes"][2]["turnaround_us"], 30000.0);
        assert_eq!(v["intervals"][0]["name"], "A");
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(
            ReportFormat::of(Path::new("a/b.CSV")),
            Some(ReportFormat::Csv)
        );
        assert_eq!(
            ReportFormat::of(Path::new("r.json")),
            Some(ReportFormat::Json)
        );
        assert_eq!(
            ReportFormat::of(Path::new("g.svg")),
            Some(ReportFormat::Svg)
        );
        assert_eq!(ReportFormat::of(Path::new("r.txt")), None);
        assert_eq!(ReportFormat::of(Path::new("r")), None);
    }
}
