//! Building the guest kernel (`guest-os/`) with Debian's toolchain, as
//! DESIGN.md's "Guest toolchain" prescribes, into
//! `target/guest/os/kernel.elf`. The crate's own `.cargo/config.toml` sets
//! the target and linker and its `build.rs` the linker script, so a build
//! by hand in `guest-os/` gives the same ELF:
//!
//! ```text
//! RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc /usr/bin/cargo build --release \
//!   -Zbuild-std=core,alloc -Zbuild-std-features=compiler-builtins-mem
//! ```

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::{guest, process, Paths};

/// The kernel's target.
const TARGET: &str = "riscv64gc-unknown-none-elf";

/// The syscall numbers, one file for the kernel and `ulib` (the kernel
/// includes it with `#[path]`).
const SHARED_SYSCALL_TABLE: &str = "guest-programs/user/ulib/src/syscall_nr.rs";

/// `guest-os/`, the kernel crate.
pub fn kernel_sources(paths: &Paths) -> PathBuf {
    paths.root.join("guest-os")
}

/// `target/guest/os/`: the kernel and the initrd it boots with.
pub fn os_out(paths: &Paths) -> PathBuf {
    paths.guest_out().join("os")
}

/// Builds the kernel if any of its sources changed; returns
/// `target/guest/os/kernel.elf`.
pub fn build_kernel(paths: &Paths) -> Result<PathBuf> {
    let crate_dir = kernel_sources(paths);
    let out = os_out(paths).join("kernel.elf");
    let mut inputs = Vec::new();
    collect_sources(&crate_dir, &mut inputs)?;
    // The syscall table the kernel shares with the user library.
    inputs.push(paths.root.join(SHARED_SYSCALL_TABLE));
    if !guest::is_stale(&out, &inputs)? {
        return Ok(out);
    }
    let target_dir = paths.guest_out().join("kernel-build");
    eprintln!("xtask: building the kernel with Debian's Rust (the first build compiles core: ~1 min)");
    process::run(&mut kernel_cargo_build(&crate_dir, &target_dir, env::vars_os().map(|(k, _)| k)))?;
    let built = target_dir.join(TARGET).join("release/kernel");
    fs::create_dir_all(os_out(paths))?;
    fs::copy(&built, &out).with_context(|| format!("cannot copy {} to {}", built.display(), out.display()))?;
    Ok(out)
}

/// Every file of the crate that can change the build: sources, manifest,
/// lock file, build script, linker script and `.cargo/config.toml`.
fn collect_sources(dir: &Path, into: &mut Vec<PathBuf>) -> Result<()> {
    for path in guest::sorted_entries(dir)? {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                collect_sources(&path, into)?;
            }
        } else {
            into.push(path);
        }
    }
    let config = dir.join(".cargo/config.toml");
    if config.is_file() {
        into.push(config);
    }
    Ok(())
}

/// Debian's cargo in `crate_dir`, without the variables of the rustup
/// cargo that started xtask (they would send it to rustup's rustc or the
/// host workspace's target folder).
fn kernel_cargo_build(crate_dir: &Path, target_dir: &Path, inherited: impl IntoIterator<Item = OsString>) -> Command {
    let mut cmd = Command::new("/usr/bin/cargo");
    for name in inherited {
        if name.to_str().is_some_and(is_outer_toolchain_var) {
            cmd.env_remove(name);
        }
    }
    cmd.current_dir(crate_dir)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTC", "/usr/bin/rustc")
        .args(["build", "--release", "--target", TARGET])
        .args(["-Zbuild-std=core,alloc", "-Zbuild-std-features=compiler-builtins-mem"])
        .arg("--target-dir")
        .arg(target_dir);
    cmd
}

/// The same rule as `rust_guest`'s: drop the host toolchain's variables,
/// keep the user's cargo home, network and registry settings.
fn is_outer_toolchain_var(name: &str) -> bool {
    const DROP: &[&str] =
        &["RUSTUP_TOOLCHAIN", "RUSTC", "RUSTDOC", "RUSTC_WRAPPER", "RUSTC_WORKSPACE_WRAPPER", "RUSTFLAGS", "RUSTDOCFLAGS"];
    const KEEP_PREFIXES: &[&str] = &["CARGO_HOME", "CARGO_NET_", "CARGO_HTTP_", "CARGO_REGISTR"];
    DROP.contains(&name)
        || ((name == "CARGO" || name.starts_with("CARGO_")) && !KEEP_PREFIXES.iter().any(|keep| name.starts_with(keep)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_cargo_command_uses_debian_cargo_without_the_outer_toolchain() {
        let inherited = ["CARGO", "CARGO_TARGET_DIR", "RUSTUP_TOOLCHAIN", "CARGO_HOME", "PATH"].map(Into::into);
        let cmd = kernel_cargo_build(Path::new("/r/guest-os"), Path::new("/t/kernel-build"), inherited);
        assert_eq!(
            process::describe(&cmd),
            "RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 /usr/bin/cargo build --release --target riscv64gc-unknown-none-elf \
             -Zbuild-std=core,alloc -Zbuild-std-features=compiler-builtins-mem --target-dir /t/kernel-build"
        );
        let removed: Vec<String> =
            cmd.get_envs().filter(|(_, v)| v.is_none()).map(|(k, _)| k.to_string_lossy().into()).collect();
        assert_eq!(removed.len(), 3, "{removed:?}");
        for name in ["CARGO", "CARGO_TARGET_DIR", "RUSTUP_TOOLCHAIN"] {
            assert!(removed.iter().any(|r| r == name), "{name} must be removed");
        }
    }
}
