//! `rvlab`: the command-line front end. A thin layer over the library:
//! parse flags, build the machine, run it, turn the outcome into an exit
//! status. Errors are one line on stderr, never a panic.

use anyhow::{bail, Context};
use clap::{Args, Parser, Subcommand};
use rvlab::mmu::AdPolicy;
use rvlab::timing::TimingConfig;
use rvlab::trace::{Categories, Format, Sink, Tracer};
use rvlab::{Machine, MachineConfig, RunExit};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

mod cli {
    pub mod sched;
}

/// Exit status when rvlab itself fails (bad flags, unreadable or invalid ELF).
const EXIT_ERROR: u8 = 2;
/// Exit status when the guest did not finish (limit, timeout, deadlock),
/// as timeout(1) does.
const EXIT_UNFINISHED: u8 = 124;

/// A RISC-V (RV64GC) machine for studying operating systems.
#[derive(Parser)]
#[command(name = "rvlab", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program on the machine.
    ///
    /// Without --bare, rvlab boots the bundled guest OS (built by `cargo
    /// xtask build-os`) and runs PROGRAM as its first process with ARGS:
    /// PROGRAM is a program of the OS's initrd (`sh`, `ls`, `/tests/printf`)
    /// or the path of a static riscv64 Linux ELF on the host, which rvlab
    /// adds to the initrd. The console is stdin/stdout; rvlab exits with the
    /// program's exit status (128 + signal if a signal killed it).
    ///
    /// With --bare, PROGRAM is a bare-metal RISC-V ELF run directly in
    /// M-mode: the boot ROM at 0x1000 jumps to its entry with a0 = hart id
    /// and a1 = the device tree. Its UART output goes to stdout, stdin feeds
    /// its UART, and rvlab exits with the status the program gives the test
    /// finisher (0x10_0000) or HTIF `tohost`.
    ///
    /// Exit status: the guest's (0 = pass; statuses over 255 are reported
    /// modulo 256, or 1 if that is 0), 2 if rvlab could not run it, 124 if
    /// the guest did not finish (instruction limit, timeout, a hart stuck
    /// fetching from unmapped memory, or every hart waiting for an interrupt
    /// that cannot come).
    Run(Box<RunArgs>),
    /// Show timing-model configurations.
    #[command(subcommand)]
    Config(ConfigCommand),
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Print a configuration (a preset or a TOML file, with overrides) as a table.
    Show {
        /// Preset name (small-inorder, tiny, ideal) or TOML file.
        #[arg(default_value = "small-inorder")]
        config: String,
        /// Overrides, as for `rvlab run --set`.
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
    },
    /// Print a preset as TOML, to copy and edit.
    Preset {
        /// small-inorder, tiny or ideal.
        name: String,
    },
}

#[derive(Args)]
struct RunArgs {
    /// Run PROGRAM bare-metal (no operating system).
    #[arg(long)]
    bare: bool,
    /// Where the guest OS's kernel.elf and initrd.cpio are (default:
    /// $RVLAB_OS_DIR, else target/guest/os beside this binary's target/).
    #[arg(long, value_name = "DIR")]
    os_dir: Option<PathBuf>,
    /// RAM size in MiB, mapped at 0x8000_0000.
    #[arg(long, value_name = "MIB", default_value_t = 128,
          value_parser = clap::value_parser!(u64).range(1..=16384))]
    ram_size: u64,
    /// Number of harts (all start in the boot ROM; the program tells them
    /// apart by a0 / mhartid).
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u64).range(1..=8))]
    harts: u64,
    /// Stop with status 124 after N instructions (all harts together).
    #[arg(long, value_name = "N")]
    max_instructions: Option<u64>,
    /// Stop with status 124 when a hart's mcycle reaches N (modeled cycles;
    /// instructions with --no-timing). Checked between time slices.
    #[arg(long, value_name = "N")]
    max_cycles: Option<u64>,
    /// Stop with status 124 after SECS seconds of host time (fractions allowed).
    #[arg(long, value_name = "SECS", value_parser = parse_seconds)]
    timeout: Option<Duration>,
    /// Print per-hart counts (instructions, TLB hits and misses, page walks
    /// and faults) and host seconds and MIPS on stderr at the end.
    #[arg(long)]
    stats: bool,
    /// The timing model: a preset name (small-inorder, tiny, ideal) or a
    /// TOML file (`rvlab config show` prints one to start from).
    #[arg(long, value_name = "PRESET|FILE", default_value = "small-inorder")]
    timing: String,
    /// Override one setting of the timing model, e.g. `--set l1d.size=16K`
    /// or `--set tlb.entries=8` (repeatable; see `rvlab config show`).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    set: Vec<String>,
    /// Switch the timing model off: no caches or latencies, mcycle follows
    /// minstret (fastest). The TLBs are still there and counted.
    #[arg(long)]
    no_timing: bool,
    /// Entries in each hart's iTLB and dTLB (shorthand for `--set tlb.entries=N`).
    #[arg(long, value_name = "N")]
    tlb_entries: Option<usize>,
    /// Associativity of the TLBs, ways per set (shorthand for `--set tlb.ways=N`;
    /// by default fully associative).
    #[arg(long, value_name = "N")]
    tlb_ways: Option<usize>,
    /// TLB replacement policy (shorthand for `--set tlb.replacement=...`).
    #[arg(long, value_enum)]
    tlb_replacement: Option<ReplacementArg>,
    /// What a page walk does with a leaf PTE whose A bit (or D bit, for a
    /// store) is clear: set it in memory (`hw`, as QEMU does) or raise a page
    /// fault for the OS to handle (`fault`).
    #[arg(long, value_enum, default_value_t = AdArg::Hw)]
    ad_policy: AdArg,
    /// Load this file as an initial RAM disk and announce it to the program
    /// in the device tree (`/chosen/linux,initrd-start`/`-end`), as QEMU's
    /// `-initrd` does.
    #[arg(long, value_name = "FILE")]
    initrd: Option<PathBuf>,
    /// The kernel command line, passed in the device tree's
    /// `/chosen/bootargs` (QEMU's `-append`). With the guest OS: kernel
    /// options placed before `init=PROGRAM` (e.g. `boost=50`).
    #[arg(long, value_name = "ARGS", default_value = "")]
    append: String,
    #[command(flatten)]
    sched: cli::sched::SchedArgs,
    /// Trace these events (comma-separated): trap, irq, return, pagefault,
    /// syscall, satp, switch, exec, exit, sched, or all. Syscalls are decoded like
    /// strace; switch/exec/exit come from the guest OS's trace device.
    #[arg(long, value_name = "LIST", value_parser = parse_categories)]
    trace: Option<Categories>,
    /// Format of the trace: text lines (`[h0 c=1234] pid 7 (sh) write(1, "hi\n", 3) = 3`)
    /// or JSON lines.
    #[arg(long, value_enum, default_value_t = TraceFormatArg::Text)]
    trace_format: TraceFormatArg,
    /// Trace only process PID (as the guest OS reports it).
    #[arg(long, value_name = "PID")]
    trace_pid: Option<u64>,
    /// Write the trace to FILE instead of stderr.
    #[arg(long, value_name = "FILE")]
    trace_out: Option<PathBuf>,
    /// The program to run (see above).
    program: PathBuf,
    /// Arguments for PROGRAM (guest OS only).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReplacementArg {
    Lru,
    Fifo,
    Random,
}

impl ReplacementArg {
    fn name(self) -> &'static str {
        match self {
            ReplacementArg::Lru => "lru",
            ReplacementArg::Fifo => "fifo",
            ReplacementArg::Random => "random",
        }
    }
}

/// The timing configuration from --timing, --set and the TLB shorthands.
fn timing_config(args: &RunArgs) -> anyhow::Result<TimingConfig> {
    let mut overrides = args.set.clone();
    if let Some(n) = args.tlb_entries {
        overrides.push(format!("tlb.entries={n}"));
    }
    if let Some(n) = args.tlb_ways {
        overrides.push(format!("tlb.ways={n}"));
    }
    if let Some(r) = args.tlb_replacement {
        overrides.push(format!("tlb.replacement={}", r.name()));
    }
    Ok(TimingConfig::load(Some(&args.timing), &overrides)?)
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum TraceFormatArg {
    Text,
    Jsonl,
    /// Trace Event JSON for Perfetto (ui.perfetto.dev) and chrome://tracing:
    /// a track per hart showing which process ran when.
    Chrome,
}

fn parse_categories(s: &str) -> Result<Categories, String> {
    Categories::parse(s)
}

/// The tracer `--trace`, `--trace-format` and `--trace-out` ask for.
/// `cycles_per_us` places chrome timestamps in modeled time.
fn tracer(args: &RunArgs, cycles_per_us: f64) -> anyhow::Result<Option<Tracer>> {
    let Some(categories) = args.trace else {
        return Ok(None);
    };
    let out: Box<dyn Write> = match &args.trace_out {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(std::io::stderr()),
    };
    let format = match args.trace_format {
        TraceFormatArg::Text => Format::Text,
        TraceFormatArg::Jsonl => Format::Jsonl,
        TraceFormatArg::Chrome => Format::Chrome,
    };
    let sink = Sink::new(out, format).with_cycles_per_us(cycles_per_us);
    let tracer = Tracer::new(sink, categories, args.harts as usize);
    Ok(Some(match args.trace_pid {
        Some(pid) => tracer.only_pid(pid),
        None => tracer,
    }))
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum AdArg {
    Hw,
    Fault,
}

fn parse_seconds(s: &str) -> Result<Duration, String> {
    let secs: f64 = s
        .parse()
        .map_err(|_| format!("`{s}` is not a number of seconds"))?;
    if !(secs.is_finite() && secs > 0.0) {
        return Err(format!(
            "timeout must be a positive number of seconds, not `{s}`"
        ));
    }
    Ok(Duration::from_secs_f64(secs))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run(*args),
        Command::Config(cmd) => config(cmd),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("rvlab: error: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Maps a guest exit status to a process exit status (0..=255).
fn process_status(code: u32) -> u8 {
    match (code, code & 0xff) {
        (0, _) => 0,
        (_, 0) => 1,
        (_, low) => low as u8,
    }
}

fn config(cmd: ConfigCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        ConfigCommand::Show { config, set } => {
            print!("{}", TimingConfig::load(Some(&config), &set)?.describe());
        }
        ConfigCommand::Preset { name } => match rvlab::timing::preset_text(&name) {
            Some(text) => print!("{text}"),
            None => bail!(
                "no preset named `{name}`; the presets are {}",
                rvlab::timing::PRESETS
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
    }
    Ok(ExitCode::SUCCESS)
}

/// The guest's console input. A terminal is read as the user types
/// (interactive, so timing-dependent). Anything else (a file, a pipe,
/// /dev/null) is read to its end before the guest starts and handed over
/// with an end-of-input Ctrl-D, so the same input gives the same run, byte
/// for byte, cycle for cycle.
fn connect_input(machine: &mut Machine) -> anyhow::Result<()> {
    use std::io::{IsTerminal, Read};
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        machine.connect_stdin();
        return Ok(());
    }
    let mut bytes = Vec::new();
    stdin
        .lock()
        .read_to_end(&mut bytes)
        .context("reading standard input")?;
    bytes.push(rvlab::devices::host_io::EOT);
    machine.push_uart_input(&bytes);
    Ok(())
}

fn run(args: RunArgs) -> anyhow::Result<ExitCode> {
    args.sched.check(args.bare)?;
    let os = if args.bare {
        if !args.args.is_empty() {
            bail!("a bare-metal program takes no arguments (pass a kernel command line with --append)");
        }
        None
    } else {
        if args.initrd.is_some() {
            bail!("--initrd is for --bare programs; the guest OS has its own");
        }
        let dir = args
            .os_dir
            .clone()
            .unwrap_or_else(rvlab::os_image::default_os_dir);
        let program = args.program.to_string_lossy();
        Some(rvlab::os_image::prepare(&dir, &program, &args.args)?)
    };
    let elf = match &os {
        Some(image) => image.kernel.clone(),
        None => std::fs::read(&args.program)
            .with_context(|| format!("cannot read {}", args.program.display()))?,
    };
    let timing = timing_config(&args)?;
    // mcycle counts modeled cycles with the timing model, instructions without.
    let cycles_per_us = if args.no_timing {
        1000.0
    } else {
        timing.clock.core_hz as f64 / 1e6
    };
    let config = MachineConfig {
        harts: args.harts as usize,
        ram_size: args.ram_size << 20,
        max_instructions: args.max_instructions,
        timeout: args.timeout,
        max_cycles: args.max_cycles,
        mmu: timing.mmu_config(match args.ad_policy {
            AdArg::Hw => AdPolicy::HardwareUpdate,
            AdArg::Fault => AdPolicy::Fault,
        }),
        bootargs: match &os {
            None => args.append.clone(),
            // Kernel options first: everything after init= is the program's.
            Some(o) => {
                let options = format!("{} {}", args.append, args.sched.options().kernel_options());
                rvlab::sched_options::with_kernel_options(&o.bootargs, &options)
            }
        },
        timing: (!args.no_timing).then_some(timing),
    };
    let mut machine = Machine::new(
        config,
        Box::new(std::io::stdout()),
        Box::new(std::io::stdout()),
    )?;
    machine
        .load_elf(&elf)
        .with_context(|| format!("{}", args.program.display()))?;
    if let Some(image) = &os {
        machine
            .load_initrd(&image.initrd)
            .context("the guest OS initrd")?;
    } else if let Some(path) = &args.initrd {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        machine
            .load_initrd(&bytes)
            .with_context(|| format!("{}", path.display()))?;
    }
    match tracer(&args, cycles_per_us)? {
        Some(t) => machine.set_tracer(t),
        // --stats or --sched-report alone still follows processes
        // (switches, syscalls, faults) for the per-process view, writing
        // no trace.
        None if args.stats || !args.sched.sched_report.is_empty() => {
            let quiet = Categories::SYSCALL
                | Categories::SWITCH
                | Categories::EXEC
                | Categories::EXIT
                | Categories::PAGEFAULT;
            let sink = Sink::new(Box::new(std::io::sink()), Format::Text);
            machine.set_tracer(Tracer::new(sink, quiet, args.harts as usize));
        }
        None => {}
    }
    // Ctrl-C stops the run cleanly: the trace file is completed and the
    // statistics printed. (A second Ctrl-C is left to the default action.)
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = stop.clone();
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, std::sync::atomic::Ordering::Relaxed) {
            std::process::exit(130);
        }
    });
    machine.set_stop_flag(stop);
    connect_input(&mut machine)?;
    let started = Instant::now();
    let exit = machine.run();
    let seconds = started.elapsed().as_secs_f64();
    let _ = std::io::stdout().flush();
    if args.stats {
        for line in rvlab::report::stats(&machine).lines() {
            eprintln!("rvlab: {line}");
        }
        if let Some(t) = machine.tracer() {
            for line in t.accounting.report().lines() {
                eprintln!("rvlab: {line}");
            }
        }
    }
    args.sched.finish(&machine, cycles_per_us, args.stats)?;
    if args.stats {
        let instret: u64 = machine.harts.iter().map(|h| h.state.instret).sum();
        let mips = instret as f64 / seconds.max(1e-9) / 1e6;
        eprintln!("rvlab: stats: instret={instret} seconds={seconds:.3} mips={mips:.1}");
    }
    let unfinished = |what: String| {
        eprintln!("rvlab: error: {what}");
        Ok(ExitCode::from(EXIT_UNFINISHED))
    };
    match exit {
        RunExit::Exited(code) => Ok(ExitCode::from(process_status(code))),
        RunExit::Reset => unfinished("the guest asked for a reset; rvlab stops there".into()),
        RunExit::InstructionLimit { pc } => unfinished(format!(
            "instruction limit of {} reached (hart 0 at pc {pc:#x})",
            args.max_instructions.unwrap_or(0)
        )),
        RunExit::CycleLimit { pc } => unfinished(format!(
            "cycle limit of {} reached (hart 0 at pc {pc:#x})",
            args.max_cycles.unwrap_or(0)
        )),
        RunExit::Timeout { pc } => unfinished(format!(
            "timeout after {:.1} s (hart 0 at pc {pc:#x})",
            args.timeout.map_or(0.0, |t| t.as_secs_f64())
        )),
        RunExit::Stuck { hart, pc } => unfinished(format!(
            "hart {hart} jumped to {pc:#x}, where there is no memory to fetch from, and its trap handler (mtvec) points there too"
        )),
        RunExit::Interrupted { pc } => {
            eprintln!("rvlab: interrupted (hart 0 at pc {pc:#x})");
            Ok(ExitCode::from(130))
        }
        RunExit::Deadlock { pc } => unfinished(format!(
            "every hart waits (wfi) for an interrupt that nothing can raise (hart 0 at pc {pc:#x})"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_status_mapping() {
        assert_eq!(process_status(0), 0);
        assert_eq!(process_status(3), 3);
        assert_eq!(process_status(256), 1);
        assert_eq!(process_status(0x1ff), 0xff);
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
