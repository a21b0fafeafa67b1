//! `rvlab run`'s scheduling flags: the guest kernel's policy, time slice
//! and tick (kernel command-line options), and the scheduling report
//! written at the end of the run.

use anyhow::{bail, Context};
use clap::Args;
use rvlab::sched_options::{parse_policy, SchedOptions, Tick};
use rvlab::trace::ReportFormat;
use rvlab::Machine;
use std::path::PathBuf;

#[derive(Args, Default)]
pub struct SchedArgs {
    /// The guest kernel's scheduling policy: fifo, sjf, stcf, rr, mlfq,
    /// lottery, stride or cfs (kernel option `sched=POLICY`; default rr).
    #[arg(long, value_name = "POLICY", value_parser = parse_policy)]
    pub sched: Option<String>,
    /// The scheduler's time slice in milliseconds (kernel option `quantum=MS`).
    #[arg(long, value_name = "MS",
          value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub quantum: Option<u64>,
    /// A periodic timer tick of HZ interrupts per second (kernel option `tick=HZ`).
    #[arg(long, value_name = "HZ", conflicts_with = "tickless",
          value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub tick: Option<u64>,
    /// No periodic tick: timer interrupts only when the scheduler needs one
    /// (kernel option `tickless`).
    #[arg(long)]
    pub tickless: bool,
    /// Write the scheduling metrics of the guest's processes (arrival, first
    /// run, completion, turnaround, response, CPU time, switches,
    /// migrations, L1D misses; averages; the harts' interrupts) to FILE:
    /// `.csv` (one line per process), `.json` (everything, with each running
    /// interval) or `.svg` (a Gantt chart: one row per hart). Repeatable.
    /// Times are microseconds of modeled time. `--stats` prints them as a table.
    #[arg(long, value_name = "FILE")]
    pub sched_report: Vec<PathBuf>,
}

impl SchedArgs {
    /// The kernel options asked for.
    pub fn options(&self) -> SchedOptions {
        SchedOptions {
            policy: self.sched.clone(),
            quantum_ms: self.quantum,
            tick: match (self.tick, self.tickless) {
                (Some(hz), _) => Some(Tick::Periodic(hz)),
                (None, true) => Some(Tick::Tickless),
                (None, false) => None,
            },
        }
    }

    /// Checks, before the run, what only makes sense for the guest OS and
    /// that every report has a known format.
    pub fn check(&self, bare: bool) -> anyhow::Result<()> {
        if bare && !self.options().is_empty() {
            bail!("--sched, --quantum, --tick and --tickless are options of the guest OS's kernel, not of --bare programs");
        }
        for path in &self.sched_report {
            if ReportFormat::of(path).is_none() {
                bail!("{}: {}", path.display(), ReportFormat::EXPECTED);
            }
        }
        Ok(())
    }

    /// Writes the reports asked for and, with `stats`, prints the table on
    /// stderr (each line prefixed `rvlab: `, as the other statistics).
    pub fn finish(&self, machine: &Machine, cycles_per_us: f64, stats: bool) -> anyhow::Result<()> {
        if self.sched_report.is_empty() && !stats {
            return Ok(());
        }
        let Some(report) = rvlab::report::sched_report(machine, cycles_per_us) else {
            return Ok(());
        };
        if stats && !report.processes.is_empty() {
            for line in report.table().lines() {
                eprintln!("rvlab: sched: {line}");
            }
        }
        for path in &self.sched_report {
            report
                .write_to(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }
}
