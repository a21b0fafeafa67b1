//! `cargo xtask bench`: how fast rvlab runs a compute-bound guest program
//! (`guest-programs/bare/bench`) next to QEMU running the same ELF.
//!
//! Both must print the same UART text (the program prints checksums, so this
//! is also a correctness check). QEMU does not count instructions; the program
//! takes the same path on every correct machine, so rvlab's count stands for
//! both. Each side runs several times and its best wall time is kept, which
//! includes process start-up and ELF loading.

use std::time::Duration;

use anyhow::{bail, Result};

use crate::process::{self, Finished};
use crate::{guest, qemu, rvlab, Paths};

/// Wall-clock limit for one run of either emulator.
const LIMIT: Duration = Duration::from_secs(120);

/// The best of a side's runs.
struct Best {
    seconds: f64,
    stdout: Vec<u8>,
}

/// Builds rvlab and the bench program, times both emulators, prints the table.
pub fn bench(paths: &Paths, runs: u32) -> Result<()> {
    rvlab::build_release(paths)?;
    let elf = guest::build_c_program(paths, "bench")?;
    let runs = runs.max(1);

    let mut instret = None;
    let mut self_reported = None;
    let mut rvlab_side = |no_timing: bool, trace: bool| -> Result<Best> {
        let mode = match (no_timing, trace) {
            (true, _) => "timing model off",
            (false, false) => "timing model on",
            (false, true) => "timing model on, tracing everything",
        };
        eprintln!(
            "xtask: running {} on rvlab ({mode}), {runs} times",
            elf.display()
        );
        best_of(runs, "rvlab", || {
            let options = rvlab::RunOptions {
                stats: true,
                no_timing,
                trace,
                ..Default::default()
            };
            let done = process::run_with_limit(
                &mut rvlab::run_command(&paths.rvlab(), &elf, options),
                LIMIT,
            )?;
            let stats = rvlab::parse_stats(&String::from_utf8_lossy(&done.stderr));
            if let (Some(stats), Some(0)) = (stats, done.code()) {
                if instret.is_some_and(|n| n != stats.instret) {
                    bail!(
                        "rvlab retired {} instructions, then {}: not deterministic",
                        instret.unwrap_or(0),
                        stats.instret
                    );
                }
                instret = Some(stats.instret);
                self_reported = Some(stats);
            }
            Ok(done)
        })
    };
    let timed_best = rvlab_side(false, false)?;
    let traced_best = rvlab_side(false, true)?;
    let rvlab_best = rvlab_side(true, false)?;
    let Some(instret) = instret else {
        bail!("rvlab printed no `rvlab: stats:` line with --stats");
    };

    eprintln!("xtask: running {} on QEMU, {runs} times", elf.display());
    let qemu_best = best_of(runs, "qemu-system-riscv64", || {
        process::run_with_limit(&mut qemu::bare_command(&elf), LIMIT)
    })?;

    print!("{}", String::from_utf8_lossy(&rvlab_best.stdout));
    println!();
    println!("{}", table(instret, rvlab_best.seconds, qemu_best.seconds));
    println!(
        "{:<8}{instret:>16}{:>12.3}{:>10.1}  (timing model on: caches, TLBs, latencies)",
        "rvlab+t",
        timed_best.seconds,
        instret as f64 / timed_best.seconds / 1e6
    );
    println!(
        "{:<8}{instret:>16}{:>12.3}{:>10.1}  (timing model on, --trace all to /dev/null)",
        "rvlab+tt",
        traced_best.seconds,
        instret as f64 / traced_best.seconds / 1e6
    );
    println!(
        "timing model on/off speed: {:.2}x; on/QEMU: {:.0}% of QEMU's speed",
        rvlab_best.seconds / timed_best.seconds,
        100.0 * qemu_best.seconds / timed_best.seconds
    );
    println!(
        "instructions: rvlab's count for both (QEMU counts none; the program is deterministic)"
    );
    println!("seconds: best wall time of {runs} runs, process start-up included");
    println!("rvlab: the functional machine (--no-timing); rvlab+t: the default, timing model on");
    if let Some(stats) = self_reported {
        println!(
            "rvlab's own --stats (last run): seconds={} mips={:.1}",
            stats.seconds, stats.mips
        );
    }
    // Checked last so the timing is shown either way; a wrong result still fails.
    if rvlab_best.stdout != qemu_best.stdout
        || timed_best.stdout != qemu_best.stdout
        || traced_best.stdout != qemu_best.stdout
    {
        bail!(
            "rvlab and QEMU printed different output\n--- QEMU (expected) ---\n{}\n--- rvlab (actual) ---\n{}",
            String::from_utf8_lossy(&qemu_best.stdout),
            String::from_utf8_lossy(&rvlab_best.stdout)
        );
    }
    Ok(())
}

/// Runs `run` `runs` times; every run must exit 0 and print the same output.
fn best_of(runs: u32, who: &str, mut run: impl FnMut() -> Result<Finished>) -> Result<Best> {
    let mut best: Option<Best> = None;
    for _ in 0..runs {
        let done = run()?;
        if done.code() != Some(0) {
            bail!(
                "{who} did not pass the bench program: {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
                done.outcome(LIMIT),
                process::tail(&done.stdout, 20),
                process::tail(&done.stderr, 20)
            );
        }
        let seconds = done.elapsed.as_secs_f64();
        eprintln!("  {who}: {seconds:.3} s");
        if let Some(prev) = &best {
            if prev.stdout != done.stdout {
                bail!("{who} printed different output on two runs of the same program");
            }
        }
        if best.as_ref().is_none_or(|b| seconds < b.seconds) {
            best = Some(Best {
                seconds,
                stdout: done.stdout,
            });
        }
    }
    best.ok_or_else(|| anyhow::anyhow!("no runs"))
}

/// The comparison table: instructions, seconds and MIPS per emulator, then
/// the ratio of rvlab's time to QEMU's.
fn table(instret: u64, rvlab_seconds: f64, qemu_seconds: f64) -> String {
    let mips = |seconds: f64| instret as f64 / seconds / 1e6;
    let row = |name: &str, seconds: f64| {
        format!(
            "{name:<8}{instret:>16}{seconds:>12.3}{:>10.1}",
            mips(seconds)
        )
    };
    let ratio = rvlab_seconds / qemu_seconds;
    format!(
        "{:<8}{:>16}{:>12}{:>10}\n{}\n{}\nrvlab/QEMU time ratio: {ratio:.2} \
         (rvlab runs at {:.0}% of QEMU's speed)",
        "",
        "instructions",
        "seconds",
        "MIPS",
        row("rvlab", rvlab_seconds),
        row("QEMU", qemu_seconds),
        100.0 / ratio,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_shows_mips_and_ratio() {
        let text = table(600_000_000, 2.0, 0.5);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "            instructions     seconds      MIPS");
        assert_eq!(lines[1], "rvlab          600000000       2.000     300.0");
        assert_eq!(lines[2], "QEMU           600000000       0.500    1200.0");
        assert_eq!(
            lines[3],
            "rvlab/QEMU time ratio: 4.00 (rvlab runs at 25% of QEMU's speed)"
        );
    }
}
