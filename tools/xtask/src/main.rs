//! `cargo xtask`: rvlab's build, run, test and bench orchestration.
//!
//! The host crates build with plain cargo; everything else goes through here:
//! installing the host packages (`setup`), cross-building the guest programs
//! (`build-guest`), and the user-facing `demo`, `test` and `bench`. See
//! README.md for the commands and DESIGN.md for why the guest toolchain is
//! Debian's.

mod bench;
mod demo;
mod experiment;
mod guest;
mod kernel;
mod linux_tests;
mod os;
mod process;
mod qemu;
mod rust_guest;
mod rvlab;
mod test;
mod toolchain;

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "xtask",
    bin_name = "cargo xtask",
    about = "Build, run, test and bench rvlab"
)]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Check the host for the packages rvlab needs; install them as root.
    Setup,
    /// Build every bare-metal guest program into target/guest/bare/.
    BuildGuest,
    /// Build the guest OS: kernel, user programs, linux-tests, initrd (target/guest/os/).
    BuildOs {
        /// Also run the linux-tests under qemu-riscv64 and compare with the
        /// recorded references (guest-programs/linux-tests/expected/).
        #[arg(long)]
        check_references: bool,
        /// Also run the linux-tests under qemu-riscv64 and record their output.
        #[arg(long, conflicts_with = "check_references")]
        record_references: bool,
    },
    /// Set up, build everything, boot the guest OS on rvlab and show it working.
    Demo,
    /// Set up, build, run the workspace tests and the ISA tests (what CI runs).
    Test,
    /// Run a scheduling experiment on the guest OS (`list` lists them, `all`
    /// runs every one) and write its results, tables and charts to
    /// target/experiments/NAME/.
    Experiment {
        /// policies, mlfq, lottery, stride, cfs, affinity, tick; list; all.
        name: String,
    },
    /// Time rvlab against QEMU on the bench guest program.
    Bench {
        /// Runs per emulator; the best time counts.
        #[arg(long, default_value_t = 3)]
        runs: u32,
    },
}

/// Where things are: the repository and the build output.
pub struct Paths {
    pub root: PathBuf,
    /// Cargo's target folder (`target/`, or `$CARGO_TARGET_DIR`).
    pub target: PathBuf,
}

impl Paths {
    fn discover() -> Paths {
        // tools/xtask -> the repository root, fixed at build time.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let root = root.canonicalize().unwrap_or(root);
        let target = match env::var_os("CARGO_TARGET_DIR") {
            Some(dir) => root.join(dir),
            None => root.join("target"),
        };
        Paths { root, target }
    }

    /// `guest-programs/bare/`: sources of the bare-metal programs.
    pub fn bare_sources(&self) -> PathBuf {
        self.root.join("guest-programs/bare")
    }

    /// `target/guest/`: everything built for riscv64.
    pub fn guest_out(&self) -> PathBuf {
        self.target.join("guest")
    }

    /// `target/guest/bare/`: the bare-metal ELFs.
    pub fn bare_out(&self) -> PathBuf {
        self.guest_out().join("bare")
    }

    /// The release rvlab binary.
    pub fn rvlab(&self) -> PathBuf {
        self.target.join("release/rvlab")
    }

    /// The cargo that started xtask (rustup's), for host builds.
    pub fn host_cargo(&self) -> OsString {
        env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let paths = Paths::discover();
    match run(cli.command, &paths) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(task: Task, paths: &Paths) -> Result<()> {
    match task {
        Task::Setup => toolchain::setup(),
        Task::BuildGuest => {
            toolchain::setup()?;
            guest::build_all(paths).map(drop)
        }
        Task::BuildOs {
            check_references,
            record_references,
        } => {
            toolchain::setup()?;
            let references = match (check_references, record_references) {
                (_, true) => os::References::Record,
                (true, _) => os::References::Check,
                _ => os::References::Skip,
            };
            os::build_os(paths, references)
        }
        Task::Demo => demo::demo(paths),
        Task::Test => test::test(paths),
        Task::Experiment { name } => experiment::experiment(paths, &name),
        Task::Bench { runs } => {
            toolchain::setup()?;
            bench::bench(paths, runs)
        }
    }
}
