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
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::{guest, process, rust_guest, Paths};

/// The kernel's target.
const TARGET: &str = "riscv64gc-unknown-none-elf";

/// The syscall numbers, one file for the kernel and `ulib` (the kernel
/// includes it with `#[path]`).
const SHARED_SYSCALL_TABLE: &str = "guest-programs/user/ulib/src/syscall_nr.rs";

/// `guest-os/`, the kernel crate.
pub fn kernel_sources(paths: &Paths) -> PathBuf {
    paths.root.join("guest-os")
}

/// Builds the kernel if any of its sources changed; returns
/// `target/guest/os/kernel.elf`.
pub fn build_kernel(paths: &Paths) -> Result<PathBuf> {
    let crate_dir = kernel_sources(paths);
    let out = crate::os::os_out(paths).join("kernel.elf");
    let mut inputs = Vec::new();
    collect_sources(&crate_dir, &mut inputs)?;
    // The syscall table the kernel shares with the user library.
    inputs.push(paths.root.join(SHARED_SYSCALL_TABLE));
    if !guest::is_stale(&out, &inputs)? {
        return Ok(out);
    }
    let target_dir = paths.guest_out().join("kernel-build");
    eprintln!(
        "xtask: building the kernel with Debian's Rust (the first build compiles core: ~1 min)"
    );
    process::run(&mut rust_guest::debian_cargo_build(
        &crate_dir,
        &target_dir,
        env::vars_os().map(|(k, _)| k),
    ))?;
    let built = target_dir.join(TARGET).join("release/kernel");
    fs::create_dir_all(crate::os::os_out(paths))?;
    fs::copy(&built, &out)
        .with_context(|| format!("cannot copy {} to {}", built.display(), out.display()))?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_cargo_command_uses_debian_cargo_without_the_outer_toolchain() {
        let inherited = [
            "CARGO",
            "CARGO_TARGET_DIR",
            "RUSTUP_TOOLCHAIN",
            "CARGO_HOME",
            "PATH",
        ]
        .map(Into::into);
        let cmd = rust_guest::debian_cargo_build(
            Path::new("/r/guest-os"),
            Path::new("/t/kernel-build"),
            inherited,
        );
        assert_eq!(
            process::describe(&cmd),
            "RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 /usr/bin/cargo build --release --target riscv64gc-unknown-none-elf \
             -Zbuild-std=core,alloc -Zbuild-std-features=compiler-builtins-mem --target-dir /t/kernel-build"
        );
        let removed: Vec<String> = cmd
            .get_envs()
            .filter(|(_, v)| v.is_none())
            .map(|(k, _)| k.to_string_lossy().into())
            .collect();
        assert_eq!(removed.len(), 3, "{removed:?}");
        for name in ["CARGO", "CARGO_TARGET_DIR", "RUSTUP_TOOLCHAIN"] {
            assert!(removed.iter().any(|r| r == name), "{name} must be removed");
        }
    }
}
