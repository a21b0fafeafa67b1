//! The rvlab binary as xtask drives it: building it, the command line of a
//! bare-metal run, what its exit statuses mean, and its `--stats` line.
//!
//! The CLI contract: `rvlab run --bare ELF [--ram-size MIB]
//! [--max-instructions N] [--timeout SECS] [--stats]`; stdout carries the
//! guest's UART bytes; the exit status is the guest's exit code; 2 is an
//! error of rvlab's own, 124 an instruction or time limit. `--stats` adds a
//! last stderr line `rvlab: stats: instret=<N> seconds=<S> mips=<M>`.

use std::path::Path;
use std::process::Command;

use anyhow::Result;

use crate::{process, Paths};

/// Exit status for an error of rvlab's own (bad ELF, bad flag).
pub const EXIT_ERROR: i32 = 2;
/// Exit status when `--max-instructions` or `--timeout` stopped the guest.
pub const EXIT_LIMIT: i32 = 124;

/// Builds `target/release/rvlab` with the cargo that runs xtask.
pub fn build_release(paths: &Paths) -> Result<()> {
    process::run(
        Command::new(paths.host_cargo())
            .current_dir(&paths.root)
            .args(["build", "--release", "-p", "rvlab"]),
    )
}

/// Options of one `rvlab run --bare`.
#[derive(Clone, Copy, Debug, Default)]
pub struct RunOptions {
    pub max_instructions: Option<u64>,
    pub timeout_secs: Option<u64>,
    pub stats: bool,
    /// Run with `--no-timing` (the functional machine only).
    pub no_timing: bool,
    /// Trace everything into /dev/null (`--trace all`), to measure tracing.
    pub trace: bool,
}

/// `rvlab run --bare ELF ...` for the binary at `rvlab`.
pub fn run_command(rvlab: &Path, elf: &Path, options: RunOptions) -> Command {
    let mut cmd = Command::new(rvlab);
    cmd.args(["run", "--bare"]).arg(elf);
    if let Some(n) = options.max_instructions {
        cmd.arg("--max-instructions").arg(n.to_string());
    }
    if let Some(secs) = options.timeout_secs {
        cmd.arg("--timeout").arg(secs.to_string());
    }
    if options.stats {
        cmd.arg("--stats");
    }
    if options.no_timing {
        cmd.arg("--no-timing");
    }
    if options.trace {
        cmd.args(["--trace", "all", "--trace-out", "/dev/null"]);
    }
    cmd
}

/// What an exit status of `rvlab run` means.
pub fn describe_exit(code: Option<i32>) -> String {
    match code {
        Some(0) => "0 (guest passed)".to_string(),
        Some(EXIT_ERROR) => format!("{EXIT_ERROR} (rvlab error, or the guest failed with code 2)"),
        Some(EXIT_LIMIT) => format!("{EXIT_LIMIT} (instruction or time limit reached)"),
        Some(n) => format!("{n} (guest failed with code {n})"),
        None => "none (killed)".to_string(),
    }
}

/// The numbers of rvlab's `--stats` line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stats {
    pub instret: u64,
    pub seconds: f64,
    pub mips: f64,
}

/// The last `rvlab: stats: ...` line of `stderr`, if any parses.
pub fn parse_stats(stderr: &str) -> Option<Stats> {
    stderr.lines().rev().find_map(parse_stats_line)
}

fn parse_stats_line(line: &str) -> Option<Stats> {
    let fields = line.trim().strip_prefix("rvlab: stats:")?;
    let (mut instret, mut seconds, mut mips) = (None, None, None);
    for field in fields.split_whitespace() {
        match field.split_once('=')? {
            ("instret", v) => instret = v.parse().ok(),
            ("seconds", v) => seconds = v.parse().ok(),
            ("mips", v) => mips = v.parse().ok(),
            // Later versions may add fields; they do not break this reader.
            _ => {}
        }
    }
    Some(Stats {
        instret: instret?,
        seconds: seconds?,
        mips: mips?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_command_follows_the_cli_contract() {
        let options = RunOptions {
            max_instructions: Some(100_000_000),
            timeout_secs: Some(60),
            stats: true,
            no_timing: true,
            trace: false,
        };
        let cmd = run_command(
            Path::new("target/release/rvlab"),
            Path::new("x.elf"),
            options,
        );
        assert_eq!(
            process::describe(&cmd),
            "target/release/rvlab run --bare x.elf --max-instructions 100000000 --timeout 60 --stats --no-timing"
        );
        let plain = run_command(
            Path::new("rvlab"),
            Path::new("x.elf"),
            RunOptions::default(),
        );
        assert_eq!(process::describe(&plain), "rvlab run --bare x.elf");
    }

    #[test]
    fn stats_line_is_parsed_from_the_end_of_stderr() {
        let stderr =
            "warning: something\nrvlab: stats: instret=511493533 seconds=1.704 mips=300.2\n";
        assert_eq!(
            parse_stats(stderr),
            Some(Stats {
                instret: 511_493_533,
                seconds: 1.704,
                mips: 300.2
            })
        );
    }

    #[test]
    fn stats_line_tolerates_extra_fields_but_needs_all_three() {
        let extra = "rvlab: stats: instret=10 cycles=12 seconds=0.5 mips=0.00002";
        assert_eq!(parse_stats(extra).map(|s| s.instret), Some(10));
        assert_eq!(parse_stats("rvlab: stats: instret=10 seconds=0.5"), None);
        assert_eq!(
            parse_stats("rvlab: stats: instret=x seconds=0.5 mips=1"),
            None
        );
        assert_eq!(parse_stats("instret=10 seconds=0.5 mips=1"), None);
    }

    #[test]
    fn exit_statuses_are_explained() {
        assert!(describe_exit(Some(0)).contains("passed"));
        assert!(describe_exit(Some(124)).contains("limit"));
        assert!(describe_exit(Some(3)).contains("code 3"));
    }
}
