//! `cargo xtask experiment NAME|list|all`: the scheduling experiments
//! (`defs`) run on rvlab and the guest OS. Each run is one `rvlab run`
//! writing its scheduling report as JSON and a Gantt chart; the results
//! go to `target/experiments/NAME/`:
//!
//! - `results.csv`: one line per job of every run;
//! - `results.md`: the summary table (also printed), the jobs' table and
//!   the exact command lines that were run;
//! - `metrics.svg`: the summary as grouped bar charts; `gantt-RUN.svg`:
//!   who ran when, per hart, in each run; `RUN.json`: rvlab's raw report.

mod chart;
mod defs;
mod metrics;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use crate::{os, process, rvlab, toolchain, Paths};
use defs::{Experiment, Run};
use metrics::{JobResult, Metric, RunResult};

/// Host seconds one run may take before rvlab stops it.
const RUN_TIMEOUT_SECS: &str = "600";

/// `experiment list`, `experiment all` or `experiment NAME`.
pub fn experiment(paths: &Paths, which: &str) -> Result<()> {
    let all = defs::all();
    if which == "list" {
        for e in &all {
            println!("{:<10} {}", e.name, e.about);
        }
        return Ok(());
    }
    let chosen: Vec<&Experiment> = if which == "all" {
        all.iter().collect()
    } else {
        match all.iter().find(|e| e.name == which) {
            Some(e) => vec![e],
            None => {
                let names: Vec<&str> = all.iter().map(|e| e.name).collect();
                bail!(
                    "no experiment named `{which}`; the experiments are {}, or list, or all",
                    names.join(", ")
                );
            }
        }
    };
    toolchain::setup()?;
    rvlab::build_release(paths)?;
    os::build_os(paths, os::References::Skip)?;
    for e in chosen {
        run_experiment(paths, e)?;
    }
    Ok(())
}

/// What one run gave.
struct Outcome {
    command: String,
    /// None if it ran to the end with status 0, else what went wrong.
    failure: Option<String>,
    result: RunResult,
}

/// `path` relative to the repository, for command lines a reader can copy.
fn relative(paths: &Paths, path: &Path) -> PathBuf {
    path.strip_prefix(&paths.root).unwrap_or(path).to_path_buf()
}

fn run_one(paths: &Paths, out: &Path, run: &Run) -> Result<Outcome> {
    let json = out.join(format!("{}.json", run.label));
    let gantt = out.join(format!("gantt-{}.svg", run.label));
    let _ = fs::remove_file(&json);
    let mut cmd = Command::new(relative(paths, &paths.rvlab()));
    cmd.current_dir(&paths.root)
        .arg("run")
        .args(["--timeout", RUN_TIMEOUT_SECS])
        .arg("--sched-report")
        .arg(relative(paths, &json))
        .arg("--sched-report")
        .arg(relative(paths, &gantt))
        .args(&run.args)
        .stdin(Stdio::null());
    let command = process::describe(&cmd);
    eprintln!("$ {command}");
    let output = cmd
        .output()
        .with_context(|| format!("cannot start `{command}`"))?;
    let mut failure = (!output.status.success()).then(|| {
        let err = String::from_utf8_lossy(&output.stderr);
        let last = err.lines().last().unwrap_or("").to_string();
        format!("{} {last}", process::status_text(output.status))
    });
    let result = match fs::read_to_string(&json) {
        Ok(text) => match serde_json::from_str(&text) {
            Ok(v) => RunResult {
                output: String::from_utf8_lossy(&output.stdout).into_owned(),
                ..RunResult::from_report(&v, &run.jobs)
            },
            Err(e) => {
                failure.get_or_insert(format!("bad report: {e}"));
                RunResult::default()
            }
        },
        Err(_) => {
            failure.get_or_insert("no report written".into());
            RunResult::default()
        }
    };
    if let Some(f) = &failure {
        eprintln!("xtask: run {} failed: {f}", run.label);
    }
    Ok(Outcome {
        command,
        failure,
        result,
    })
}

/// A metric's value as the tables show it.
fn shown(metric: &Metric, v: Option<f64>) -> String {
    let Some(v) = v else {
        return "-".into();
    };
    match metric {
        Metric::Interrupts
        | Metric::TimerInterrupts
        | Metric::L1dMisses
        | Metric::Migrations
        | Metric::DtlbMisses
        | Metric::PageFaults
        | Metric::ForkPagesShared
        | Metric::ForkPagesCopied
        | Metric::Printed { .. } => format!("{v:.0}"),
        Metric::Share(_) => format!("{v:.1}"),
        _ => format!("{v:.3}"),
    }
}

fn opt(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| format!("{v:.3}"))
}

fn run_experiment(paths: &Paths, e: &Experiment) -> Result<()> {
    let out = paths.target.join("experiments").join(e.name);
    fs::create_dir_all(&out).with_context(|| format!("cannot create {}", out.display()))?;
    let mut outcomes = Vec::new();
    for run in &e.runs {
        outcomes.push(run_one(paths, &out, run)?);
    }
    let summary = summary_table(e, &outcomes);
    let md = markdown(e, &outcomes, &summary);
    fs::write(out.join("results.md"), md)?;
    fs::write(out.join("results.csv"), csv(e, &outcomes))?;
    fs::write(out.join("metrics.svg"), chart_of(e, &outcomes))?;
    println!("\n## {}: {}\n\n{summary}", e.name, e.about);
    println!("results in {}", relative(paths, &out).display());
    Ok(())
}

/// The summary as a Markdown table: a row per run, a column per metric.
fn summary_table(e: &Experiment, outcomes: &[Outcome]) -> String {
    let mut t = String::from("| run | kernel policy |");
    for m in &e.metrics {
        let _ = write!(t, " {} |", m.title());
    }
    t.push_str(" note |\n|---|---|");
    for _ in &e.metrics {
        t.push_str("---:|");
    }
    t.push_str("---|\n");
    for (run, o) in e.runs.iter().zip(outcomes) {
        let policy = o.result.policy.as_deref().unwrap_or("(not reported)");
        let _ = write!(t, "| {} | {policy} |", run.label);
        for m in &e.metrics {
            let _ = write!(t, " {} |", shown(m, o.result.value(m)));
        }
        let note = match &o.failure {
            Some(f) => format!("FAILED: {f}"),
            None => run.note.clone(),
        };
        let _ = writeln!(t, " {note} |");
    }
    t
}

/// One job's columns, as both the Markdown table and the CSV give them:
/// name, pid, arrival, first run, completion, turnaround, response, CPU,
/// share, switches, migrations, L1D misses.
fn job_cells(j: &JobResult) -> [String; 12] {
    [
        j.name.clone(),
        j.pid.to_string(),
        opt(j.arrival),
        opt(j.first_run),
        opt(j.completion),
        opt(j.turnaround),
        opt(j.response),
        format!("{:.3}", j.cpu),
        j.share.map_or_else(String::new, |s| format!("{s:.1}")),
        j.switches_in.to_string(),
        j.migrations.to_string(),
        j.l1d_misses.map_or_else(String::new, |m| m.to_string()),
    ]
}

fn markdown(e: &Experiment, outcomes: &[Outcome], summary: &str) -> String {
    let mut md = format!(
        "# Experiment `{}`\n\n{}\n\n## Summary\n\n{summary}\n",
        e.name, e.about
    );
    md.push_str(
        "Times in milliseconds of modeled time since boot; `kernel policy` is what the \
         guest kernel reported (a kernel without the asked-for policy may fall back to rr).\n\n\
         ## Jobs\n\n| run | job | pid | arrival | first run | completion | turnaround | response \
         | CPU | share % | switches | migrations | L1D misses |\n\
         |---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for (run, o) in e.runs.iter().zip(outcomes) {
        for j in &o.result.jobs {
            let _ = writeln!(md, "| {} | {} |", run.label, job_cells(j).join(" | "));
        }
    }
    md.push_str("\n## Commands\n\nRun from the repository root:\n\n```sh\n");
    for o in outcomes {
        let _ = writeln!(md, "{}", o.command);
    }
    md.push_str("```\n");
    md
}

fn csv(e: &Experiment, outcomes: &[Outcome]) -> String {
    let mut out = String::from(
        "experiment,run,kernel_policy,status,job,pid,arrival_ms,first_run_ms,completion_ms,\
         turnaround_ms,response_ms,cpu_ms,share_pct,switches_in,migrations,l1d_misses,interrupts,\
         timer_interrupts\n",
    );
    for (run, o) in e.runs.iter().zip(outcomes) {
        let status = if o.failure.is_some() { "failed" } else { "ok" };
        let policy = o.result.policy.as_deref().unwrap_or("");
        for j in &o.result.jobs {
            let _ = writeln!(
                out,
                "{},{},{policy},{status},{},{},{}",
                e.name,
                run.label,
                job_cells(j).join(","),
                o.result.interrupts,
                o.result.timer_interrupts
            );
        }
    }
    out
}

/// The unit in a metric's title: "ms" in "avg turnaround (ms)".
fn unit(m: &Metric) -> Option<String> {
    let t = m.title();
    let (_, rest) = t.rsplit_once('(')?;
    Some(rest.trim_end_matches(')').to_string())
}

/// One panel per unit (metrics without one get a panel each).
fn chart_of(e: &Experiment, outcomes: &[Outcome]) -> String {
    let groups: Vec<String> = e.runs.iter().map(|r| r.label.clone()).collect();
    let mut panels: Vec<(Option<String>, chart::Panel)> = Vec::new();
    for m in &e.metrics {
        let values: Vec<Option<f64>> = outcomes.iter().map(|o| o.result.value(m)).collect();
        let u = unit(m);
        let series = (m.title(), values);
        match panels.iter_mut().find(|(pu, _)| u.is_some() && *pu == u) {
            Some((_, p)) => p.series.push(series),
            None => panels.push((
                u.clone(),
                chart::Panel {
                    title: u.map_or_else(|| m.title(), |u| format!("in {u}")),
                    groups: groups.clone(),
                    series: vec![series],
                },
            )),
        }
    }
    let panels: Vec<chart::Panel> = panels.into_iter().map(|(_, p)| p).collect();
    chart::render(&format!("experiment {}", e.name), &panels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_group_metrics_into_panels() {
        assert_eq!(unit(&Metric::AvgTurnaround).as_deref(), Some("ms"));
        assert_eq!(unit(&Metric::Share("A".into())).as_deref(), Some("%"));
        assert_eq!(unit(&Metric::Interrupts), None);
        let e = defs::all()
            .into_iter()
            .find(|e| e.name == "policies")
            .unwrap();
        let outcomes: Vec<Outcome> = e
            .runs
            .iter()
            .map(|_| Outcome {
                command: "rvlab run ...".into(),
                failure: None,
                result: RunResult::default(),
            })
            .collect();
        let svg = chart_of(&e, &outcomes);
        assert_eq!(
            svg.matches("in ms").count(),
            1,
            "turnaround and response share a panel"
        );
        let table = summary_table(&e, &outcomes);
        assert_eq!(table.lines().count(), 2 + e.runs.len());
        assert!(
            table.contains("| a-fifo | (not reported) | - | - |"),
            "{table}"
        );
    }
}
