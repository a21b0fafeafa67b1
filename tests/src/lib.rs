//! Shared helpers for rvlab's end-to-end tests (the tests themselves are in
//! `tests/e2e/`).
//!
//! - `gen`: a generator of random RV64GC programs and deterministic FP suites,
//!   and (`gen::privileged`) of trap-heavy and CSR-heavy privileged programs;
//! - `oracle`: the cross GCC that builds them and QEMU, the reference machine;
//! - `differential`: run a program on both machines and compare the output;
//! - `dump`: the state-dump format and mismatch reports;
//! - `mm_model`: a reference model of the region map (mmap, munmap,
//!   mprotect, mseal) for the model-based test of the guest OS;
//! - the paths of the workspace and of the built guest programs.

pub mod differential;
pub mod dump;
pub mod gen;
pub mod mm_model;
pub mod oracle;
pub mod rng;

use std::path::{Path, PathBuf};

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
}

/// Where the built guest programs are: `$RVLAB_GUEST_DIR` (set by
/// `cargo xtask test`), else `<workspace>/target/guest`.
pub fn guest_dir() -> PathBuf {
    guest_dir_from(std::env::var_os("RVLAB_GUEST_DIR"))
}

fn guest_dir_from(var: Option<std::ffi::OsString>) -> PathBuf {
    match var {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => workspace_root().join("target").join("guest"),
    }
}

/// A built guest program by file name, or an error telling how to build it.
pub fn guest_program(name: &str) -> anyhow::Result<PathBuf> {
    let path = guest_dir().join(name);
    anyhow::ensure!(
        path.exists(),
        "guest program {} not found; build the guest programs with `cargo xtask build-guest` \
         (`cargo xtask test` does), or point RVLAB_GUEST_DIR at them",
        path.display()
    );
    Ok(path)
}

/// A `usize` from the environment variable `name`, or `default`. A value
/// that does not parse is an error, not a silent default.
pub fn env_usize(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a number")),
        Err(_) => default,
    }
}

/// The `rvlab` binary the command-line tests run: `RVLAB_BIN` (set by
/// `cargo xtask test`), else the workspace's release build.
pub fn rvlab_bin() -> PathBuf {
    std::env::var_os("RVLAB_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/release/rvlab"))
}

/// A machine ready to boot the built guest OS (`<guest dir>/os`) with
/// `program args` as its first process, and the console it writes to.
/// `config` gives everything but the kernel command line.
pub fn os_machine(
    program: &str,
    args: &[&str],
    config: rvlab::MachineConfig,
) -> (rvlab::Machine, rvlab::devices::uart::SharedBuffer) {
    os_machine_with_options(program, args, config, "")
}

/// [`os_machine`] with kernel options (`sched=rr tick=1000`, `fork=eager
/// thp=always`...) before `init=`, as `rvlab run --sched ... --append ...`
/// gives them.
pub fn os_machine_with_options(
    program: &str,
    args: &[&str],
    config: rvlab::MachineConfig,
    kernel_options: &str,
) -> (rvlab::Machine, rvlab::devices::uart::SharedBuffer) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let dir = guest_dir().join("os");
    let image = rvlab::os_image::prepare(&dir, program, &args)
        .unwrap_or_else(|e| panic!("{e:#} (cargo xtask build-os builds the guest OS)"));
    let console = rvlab::devices::uart::SharedBuffer::new();
    let config = rvlab::MachineConfig {
        bootargs: rvlab::sched_options::with_kernel_options(&image.bootargs, kernel_options),
        ..config
    };
    let mut m =
        rvlab::Machine::new(config, Box::new(console.clone()), Box::new(console.clone())).unwrap();
    m.load_elf(&image.kernel).unwrap();
    m.load_initrd(&image.initrd).unwrap();
    (m, console)
}

/// Boots the guest OS like [`os_machine_with_options`] and runs it to the
/// end; returns the machine, the console output and the exit status.
/// Panics (with the console) if the run ends any other way.
pub fn run_os(
    program: &str,
    args: &[&str],
    config: rvlab::MachineConfig,
    kernel_options: &str,
) -> (rvlab::Machine, String, i32) {
    let (mut m, out) = os_machine_with_options(program, args, config, kernel_options);
    let status = match m.run() {
        rvlab::RunExit::Exited(code) => code as i32,
        other => panic!(
            "`{program} {args:?}` did not finish: {other:?}\n{}",
            out.text()
        ),
    };
    (m, out.text(), status)
}

/// A path in the system's temporary directory for one output file of a
/// command-line test, unique within this test process (`tag` names the
/// test module, `ext` the format, as rvlab picks formats by extension).
pub fn scratch_file(tag: &str, ext: &str) -> PathBuf {
    static FILES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = FILES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::env::temp_dir().join(format!("rvlab-{tag}-{}-{n}.{ext}", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guest_dir_default_and_override() {
        assert_eq!(guest_dir_from(None), workspace_root().join("target/guest"));
        assert_eq!(
            guest_dir_from(Some("".into())),
            workspace_root().join("target/guest")
        );
        assert_eq!(guest_dir_from(Some("/x/y".into())), PathBuf::from("/x/y"));
        assert!(workspace_root().join("Cargo.toml").exists());
    }
}
