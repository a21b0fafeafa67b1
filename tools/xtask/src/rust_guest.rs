//! Building the no_std Rust guest programs (`guest-programs/bare/hello-rs`)
//! with Debian's toolchain, as DESIGN.md's "Guest toolchain" prescribes:
//! `/usr/bin/cargo` with `RUSTC=/usr/bin/rustc`, `-Zbuild-std` on the source
//! in `rust-web-src`, linked by `riscv64-unknown-elf-ld` (set in the crate's
//! own `.cargo/config.toml`, so a build by hand in that folder works too).
//!
//! This program runs under rustup's cargo, which leaves variables in the
//! environment that would send Debian's cargo to rustup's rustc or to the host
//! workspace's target folder; they are removed first.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result};

use crate::{guest, process, Paths};

/// The target of every bare-metal Rust guest.
pub const TARGET: &str = "riscv64gc-unknown-none-elf";

/// Builds `guest-programs/bare/<name>` (package and binary both `<name>`)
/// into `target/guest/bare/<name>.elf`, if any of its sources changed.
pub fn build(paths: &Paths, name: &str) -> Result<PathBuf> {
    let crate_dir = paths.bare_sources().join(name);
    let out = paths.bare_out().join(format!("{name}.elf"));
    let mut inputs = Vec::new();
    collect_sources(&crate_dir, &mut inputs)?;
    // The shared linker script, which build.rs passes to the linker.
    inputs.push(paths.bare_sources().join("common/link.ld"));
    if !guest::is_stale(&out, &inputs)? {
        return Ok(out);
    }

    let target_dir = paths.guest_out().join("rust");
    eprintln!("xtask: building {name} with Debian's Rust (the first build compiles core: ~1 min)");
    process::run(&mut debian_cargo_build(
        &crate_dir,
        &target_dir,
        env::vars_os().map(|(k, _)| k),
    ))?;

    let built = target_dir.join(TARGET).join("release").join(name);
    fs::create_dir_all(paths.bare_out())?;
    fs::copy(&built, &out)
        .with_context(|| format!("cannot copy {} to {}", built.display(), out.display()))?;
    Ok(out)
}

/// Every file of a crate, except build output and hidden files.
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
    // Hidden files hold build settings (.cargo/config.toml) too.
    let config = dir.join(".cargo/config.toml");
    if config.is_file() {
        into.push(config);
    }
    Ok(())
}

/// The Debian cargo invocation for the crate in `crate_dir`. `inherited` is the
/// names of the variables in this process's environment; the ones that belong
/// to the outer (rustup) cargo are removed.
pub(crate) fn debian_cargo_build(
    crate_dir: &Path,
    target_dir: &Path,
    inherited: impl IntoIterator<Item = std::ffi::OsString>,
) -> Command {
    let mut cmd = Command::new("/usr/bin/cargo");
    for name in inherited {
        if name.to_str().is_some_and(is_outer_toolchain_var) {
            cmd.env_remove(name);
        }
    }
    cmd.current_dir(crate_dir)
        // -Z flags on a stable toolchain: Debian's core source needs them.
        .env("RUSTC_BOOTSTRAP", "1")
        // Without it Debian's cargo picks rustup's rustc from PATH.
        .env("RUSTC", "/usr/bin/rustc")
        .args(["build", "--release", "--target", TARGET])
        .args([
            "-Zbuild-std=core,alloc",
            "-Zbuild-std-features=compiler-builtins-mem",
        ])
        .arg("--target-dir")
        .arg(target_dir);
    cmd
}

/// Whether an inherited variable belongs to the host toolchain and must not
/// reach Debian's cargo. `CARGO_HOME` and the user's own registry, network
/// and HTTP settings are kept.
pub(crate) fn is_outer_toolchain_var(name: &str) -> bool {
    const DROP: &[&str] = &[
        "RUSTUP_TOOLCHAIN",
        "RUSTC",
        "RUSTDOC",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "RUSTFLAGS",
        "RUSTDOCFLAGS",
    ];
    const KEEP_PREFIXES: &[&str] = &["CARGO_HOME", "CARGO_NET_", "CARGO_HTTP_", "CARGO_REGISTR"];
    if DROP.contains(&name) {
        return true;
    }
    (name == "CARGO" || name.starts_with("CARGO_"))
        && !KEEP_PREFIXES.iter().any(|keep| name.starts_with(keep))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outer_toolchain_variables_are_dropped() {
        for name in [
            "RUSTUP_TOOLCHAIN",
            "CARGO",
            "RUSTC_WRAPPER",
            "CARGO_ENCODED_RUSTFLAGS",
            "CARGO_TARGET_DIR",
            "RUSTC",
            "RUSTDOC",
            "CARGO_MANIFEST_DIR",
            "CARGO_PKG_NAME",
            "CARGO_BUILD_TARGET",
        ] {
            assert!(is_outer_toolchain_var(name), "{name} must be dropped");
        }
        for name in [
            "PATH",
            "HOME",
            "CARGO_HOME",
            "CARGO_NET_OFFLINE",
            "CARGO_HTTP_PROXY",
            "RUSTUP_HOME",
        ] {
            assert!(!is_outer_toolchain_var(name), "{name} must be kept");
        }
    }

    #[test]
    fn debian_cargo_command_matches_the_design() {
        let inherited = ["CARGO", "CARGO_TARGET_DIR", "PATH"].map(Into::into);
        let cmd = debian_cargo_build(Path::new("/g/hello-rs"), Path::new("/t/rust"), inherited);
        assert_eq!(
            process::describe(&cmd),
            "RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 /usr/bin/cargo build --release --target riscv64gc-unknown-none-elf \
             -Zbuild-std=core,alloc -Zbuild-std-features=compiler-builtins-mem --target-dir /t/rust"
        );
        assert_eq!(cmd.get_current_dir(), Some(Path::new("/g/hello-rs")));
        let envs: Vec<(String, Option<String>)> = cmd
            .get_envs()
            .map(|(k, v)| {
                (
                    k.to_string_lossy().into(),
                    v.map(|v| v.to_string_lossy().into()),
                )
            })
            .collect();
        assert!(envs.contains(&("CARGO".into(), None)));
        assert!(envs.contains(&("CARGO_TARGET_DIR".into(), None)));
        assert!(envs.contains(&("RUSTC".into(), Some("/usr/bin/rustc".into()))));
        assert!(envs.contains(&("RUSTC_BOOTSTRAP".into(), Some("1".into()))));
        assert!(!envs.iter().any(|(k, _)| k == "PATH"));
    }
}
