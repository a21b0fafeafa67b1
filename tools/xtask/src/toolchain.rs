//! `cargo xtask setup`: makes sure the host has what the project needs
//! besides rustup's Rust (which runs this program): the riscv64 cross
//! compilers, QEMU as the oracle, OpenSBI firmware, cmake for the emulator's
//! softfloat build, and Debian's Rust toolchain with its library source for
//! the guest crates (see DESIGN.md, "Guest toolchain").
//!
//! All of them are Debian packages. Present: nothing happens (no apt call).
//! Missing and running as root: `apt-get update` once, then install.
//! Missing otherwise: print the exact command and fail.

use std::env;
use std::path::Path;
use std::process::Command;

use anyhow::{bail, Result};

use crate::process;

/// How to tell that a requirement is met.
#[derive(Clone, Copy, Debug)]
enum Probe {
    /// An executable of this name on PATH.
    Program(&'static str),
    /// A file at this absolute path (for programs: Debian's, not rustup's).
    File(&'static str),
}

/// One thing the project needs and the Debian package that provides it.
#[derive(Clone, Copy, Debug)]
struct Requirement {
    probe: Probe,
    package: &'static str,
}

const fn program(name: &'static str, package: &'static str) -> Requirement {
    Requirement {
        probe: Probe::Program(name),
        package,
    }
}

const fn file(path: &'static str, package: &'static str) -> Requirement {
    Requirement {
        probe: Probe::File(path),
        package,
    }
}

/// Everything `setup` checks, in install order.
const REQUIREMENTS: &[Requirement] = &[
    // The emulator's softfloat-sys dependency builds Berkeley SoftFloat with it.
    program("cmake", "cmake"),
    // Bare-metal guest programs (ISA tests, C programs) and guest Rust linking.
    program("riscv64-unknown-elf-gcc", "gcc-riscv64-unknown-elf"),
    program("riscv64-unknown-elf-ld", "binutils-riscv64-unknown-elf"),
    program(
        "riscv64-unknown-elf-objdump",
        "binutils-riscv64-unknown-elf",
    ),
    // Static riscv64 Linux programs for the guest OS.
    program("riscv64-linux-gnu-gcc", "gcc-riscv64-linux-gnu"),
    file(
        "/usr/riscv64-linux-gnu/lib/libc.a",
        "libc6-dev-riscv64-cross",
    ),
    // The oracles: whole-board and user-mode QEMU.
    program("qemu-system-riscv64", "qemu-system-misc"),
    program("qemu-riscv64", "qemu-user"),
    file(
        "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin",
        "opensbi",
    ),
    // Debian's Rust for the guest crates: called by path, beside rustup's.
    file("/usr/bin/rustc", "rustc-web"),
    file("/usr/bin/cargo", "cargo-web"),
    file(
        "/usr/lib/rustlib/src/rust/library/core/src/lib.rs",
        "rust-web-src",
    ),
];

/// The packages whose requirement is not met, each once, in install order.
fn missing_packages(
    requirements: &[Requirement],
    is_met: impl Fn(Probe) -> bool,
) -> Vec<&'static str> {
    let mut missing: Vec<&'static str> = Vec::new();
    for req in requirements {
        if !is_met(req.probe) && !missing.contains(&req.package) {
            missing.push(req.package);
        }
    }
    missing
}

fn is_met(probe: Probe) -> bool {
    match probe {
        Probe::Program(name) => on_path(name),
        Probe::File(path) => Path::new(path).is_file(),
    }
}

fn on_path(name: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let Some(path) = env::var_os("PATH") else {
        return false;
    };
    env::split_paths(&path).any(|dir| {
        dir.join(name)
            .metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    })
}

/// The effective user id from the text of `/proc/self/status`
/// (line `Uid:  real  effective  saved  fs`).
fn effective_uid(proc_status: &str) -> Option<u32> {
    let line = proc_status.lines().find(|l| l.starts_with("Uid:"))?;
    line.split_whitespace().nth(2)?.parse().ok()
}

fn running_as_root() -> bool {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    effective_uid(&status) == Some(0)
}

/// The message for a user who must install the packages themselves.
fn not_root_message(packages: &[&str]) -> String {
    format!(
        "missing host packages: {list}\n\
         xtask installs them itself only when run as root. Install them with:\n\n    \
         sudo apt-get update && sudo apt-get install -y {list}\n\n\
         then run this command again.",
        list = packages.join(" ")
    )
}

fn apt_install_command(packages: &[&str]) -> Command {
    let mut cmd = Command::new("apt-get");
    cmd.env("DEBIAN_FRONTEND", "noninteractive")
        .args(["install", "-y"])
        .args(packages);
    cmd
}

/// Checks the host and installs what is missing (see the module header).
pub fn setup() -> Result<()> {
    let missing = missing_packages(REQUIREMENTS, is_met);
    if missing.is_empty() {
        eprintln!("xtask: host toolchain complete");
        return Ok(());
    }
    if !running_as_root() {
        bail!(not_root_message(&missing));
    }
    eprintln!(
        "xtask: installing missing host packages: {}",
        missing.join(" ")
    );
    // One update per setup: a fresh machine's package lists may be empty.
    process::run(Command::new("apt-get").arg("update"))?;
    process::run(&mut apt_install_command(&missing))?;

    let still_missing = missing_packages(REQUIREMENTS, is_met);
    if !still_missing.is_empty() {
        bail!(
            "apt-get installed the packages, but these still do not provide what \
             rvlab needs: {}",
            still_missing.join(" ")
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_packages_are_deduplicated_and_ordered() {
        let reqs = [
            program("a", "pkg-a"),
            program("b1", "pkg-b"),
            program("b2", "pkg-b"),
            file("/c", "pkg-c"),
        ];
        let nothing_met = missing_packages(&reqs, |_| false);
        assert_eq!(nothing_met, ["pkg-a", "pkg-b", "pkg-c"]);

        let only_files_met = missing_packages(&reqs, |p| matches!(p, Probe::File(_)));
        assert_eq!(only_files_met, ["pkg-a", "pkg-b"]);

        assert!(missing_packages(&reqs, |_| true).is_empty());
    }

    #[test]
    fn every_package_the_design_names_is_checked() {
        let all = missing_packages(REQUIREMENTS, |_| false);
        for pkg in [
            "cmake",
            "gcc-riscv64-unknown-elf",
            "binutils-riscv64-unknown-elf",
            "gcc-riscv64-linux-gnu",
            "libc6-dev-riscv64-cross",
            "qemu-system-misc",
            "qemu-user",
            "opensbi",
            "rustc-web",
            "cargo-web",
            "rust-web-src",
        ] {
            assert!(all.contains(&pkg), "{pkg} is not checked");
        }
    }

    #[test]
    fn effective_uid_is_the_second_field() {
        let status = "Name:\tcargo\nUmask:\t0022\nUid:\t1000\t0\t1000\t1000\nGid:\t0\t0\t0\t0\n";
        assert_eq!(effective_uid(status), Some(0));
        assert_eq!(effective_uid("Uid:\t1000\t1000\t1000\t1000\n"), Some(1000));
        assert_eq!(effective_uid("Name:\tx\n"), None);
    }

    #[test]
    fn not_root_message_names_the_exact_command() {
        let msg = not_root_message(&["cmake", "qemu-user"]);
        assert!(msg.contains("sudo apt-get update && sudo apt-get install -y cmake qemu-user\n"));
    }

    #[test]
    fn apt_install_is_noninteractive() {
        let cmd = apt_install_command(&["cmake"]);
        assert_eq!(
            process::describe(&cmd),
            "DEBIAN_FRONTEND=noninteractive apt-get install -y cmake"
        );
        assert!(cmd
            .get_envs()
            .any(|(k, v)| k == "DEBIAN_FRONTEND" && v == Some("noninteractive".as_ref())));
    }
}
