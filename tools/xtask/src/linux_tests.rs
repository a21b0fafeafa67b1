//! The differential suite `guest-programs/linux-tests/`: static riscv64
//! Linux programs whose stdout and exit status on rvlab's OS must equal
//! `qemu-riscv64`'s on the same binary.
//!
//! - `c/<name>.c`: one program each, `riscv64-linux-gnu-gcc -static -O2` (glibc);
//! - `rust/src/bin/<name>.rs`: Rust std programs for `riscv64gc-unknown-linux-gnu`
//!   (`-Zbuild-std=std,panic_abort`, `+crt-static`; settings in `rust/.cargo/`);
//! - `manifest.toml`: the runs (program, arguments, environment, exit status);
//! - `expected/<test>.stdout`: what qemu-riscv64 printed for each run,
//!   recorded by `cargo xtask build-os --record-references` and compared by
//!   `--check-references`.
//!
//! A reference run is exactly:
//! `env -i <env...> qemu-riscv64 -L target/guest/os/initrd -0 /tests/<program>
//!  target/guest/os/initrd/tests/<program> <args...>` with stdin closed:
//! argv[0] is the path the program has in the initrd, and `-L` makes the
//! initrd's files (/etc/motd, /README) the ones it opens.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use crate::guest::{is_stale, sorted_entries};
use crate::os::{debian_cargo, staging_dir, walk_files, LINUX_TARGET};
use crate::{process, Paths};

/// glibc's cross compiler (Debian gcc-riscv64-linux-gnu).
const CC: &str = "riscv64-linux-gnu-gcc";
/// Wall-clock limit of one reference run.
const LIMIT: Duration = Duration::from_secs(60);

/// `manifest.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The environment of every run (`NAME=value`), unless a test sets its own.
    pub env: Vec<String>,
    #[serde(rename = "test")]
    pub tests: Vec<Test>,
}

/// One run of one program.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Test {
    /// Unique; names the expected output file.
    pub name: String,
    /// The program, `/tests/<program>` in the initrd.
    pub program: String,
    #[serde(default)]
    pub args: Vec<String>,
    /// Replaces the manifest's `env` for this run.
    pub env: Option<Vec<String>>,
    /// The exit status it must end with.
    pub status: i32,
}

fn sources(paths: &Paths) -> PathBuf {
    paths.root.join("guest-programs/linux-tests")
}

/// Reads and checks `manifest.toml`.
pub fn manifest(paths: &Paths) -> Result<Manifest> {
    let path = sources(paths).join("manifest.toml");
    let text =
        fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let manifest: Manifest =
        toml::from_str(&text).with_context(|| format!("bad manifest {}", path.display()))?;
    let mut names: Vec<&str> = manifest.tests.iter().map(|t| t.name.as_str()).collect();
    names.sort_unstable();
    if let Some(dup) = names.windows(2).find(|w| w[0] == w[1]) {
        bail!("{}: test {} appears twice", path.display(), dup[0]);
    }
    Ok(manifest)
}

/// Builds every linux-test program into `out_dir` (the staging folder's
/// `tests/`); returns the paths built.
pub fn build(paths: &Paths, out_dir: &Path) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(out_dir)?;
    let mut built = Vec::new();
    let c_dir = sources(paths).join("c");
    let entries = sorted_entries(&c_dir)?;
    // The headers beside the programs (errname.h) are inputs of all of them.
    let headers: Vec<&PathBuf> = entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "h"))
        .collect();
    for source in &entries {
        if source.extension().is_none_or(|e| e != "c") {
            continue;
        }
        let stem = source
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let out = out_dir.join(&stem);
        if is_stale(&out, std::iter::once(source).chain(headers.iter().copied()))? {
            process::run(&mut c_command(source, &out))?;
        }
        built.push(out);
    }

    let crate_dir = sources(paths).join("rust");
    let target_dir = paths.guest_out().join("rust");
    let release = target_dir.join(LINUX_TARGET).join("release");
    let mut rust_bins = Vec::new();
    for source in sorted_entries(&crate_dir.join("src/bin"))? {
        if source.extension().is_some_and(|e| e == "rs") {
            rust_bins.push(
                source
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
    let inputs = walk_files(&crate_dir)?;
    let mut stale = false;
    for name in &rust_bins {
        stale |= is_stale(&release.join(name), &inputs)?;
    }
    if stale {
        eprintln!(
            "xtask: building the Rust std linux-tests (the first build compiles std: ~2 min)"
        );
        process::run(&mut debian_cargo(
            &crate_dir,
            &target_dir,
            &["-Zbuild-std=std,panic_abort"],
        ))?;
    }
    for name in rust_bins {
        let (from, to) = (release.join(&name), out_dir.join(&name));
        if is_stale(&to, [&from])? {
            fs::copy(&from, &to).with_context(|| format!("cannot copy {}", from.display()))?;
        }
        built.push(to);
    }
    Ok(built)
}

fn c_command(source: &Path, out: &Path) -> Command {
    let mut cmd = Command::new(CC);
    cmd.args(["-static", "-O2", "-Wall", "-Wextra", "-o"])
        .arg(out)
        .arg(source);
    cmd
}

/// The reference run of `test` under qemu-riscv64.
pub fn qemu_command(staging: &Path, test: &Test, default_env: &[String]) -> Command {
    let mut cmd = Command::new("qemu-riscv64");
    cmd.env_clear();
    for kv in test.env.as_deref().unwrap_or(default_env) {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        cmd.env(k, v);
    }
    let guest_path = format!("/tests/{}", test.program);
    cmd.arg("-L")
        .arg(staging)
        .args(["-0", &guest_path])
        .arg(staging.join("tests").join(&test.program))
        .args(&test.args);
    cmd
}

/// Where a test's expected stdout is recorded.
pub fn expected_path(paths: &Paths, test: &Test) -> PathBuf {
    sources(paths)
        .join("expected")
        .join(format!("{}.stdout", test.name))
}

/// Runs every test under qemu-riscv64; each must end with its manifest
/// status; its stdout is recorded (`record`) or compared with the record.
pub fn check_references(paths: &Paths, record: bool) -> Result<()> {
    let manifest = manifest(paths)?;
    let staging = staging_dir(paths);
    let mut failures = Vec::new();
    for test in &manifest.tests {
        let mut cmd = qemu_command(&staging, test, &manifest.env);
        let run = process::run_with_limit(&mut cmd, LIMIT)?;
        let expected = expected_path(paths, test);
        if run.code() != Some(test.status) {
            failures.push(format!(
                "{}: `{}` ended with {}, the manifest says exit status {}\n{}",
                test.name,
                process::describe(&cmd),
                run.outcome(LIMIT),
                test.status,
                process::tail(&run.stderr, 10)
            ));
        } else if record {
            fs::create_dir_all(expected.parent().unwrap_or(Path::new(".")))?;
            fs::write(&expected, &run.stdout)?;
        } else {
            let want = fs::read(&expected).with_context(|| {
                format!(
                    "no reference {} (record it with --record-references)",
                    expected.display()
                )
            })?;
            if want != run.stdout {
                failures.push(format!(
                    "{}: stdout differs from {}\n--- expected\n{}\n--- qemu-riscv64\n{}",
                    test.name,
                    expected.display(),
                    process::tail(&want, 20),
                    process::tail(&run.stdout, 20)
                ));
            }
        }
    }
    let verb = if record { "recorded" } else { "checked" };
    if !failures.is_empty() {
        bail!(
            "{} of {} linux-tests failed under qemu-riscv64:\n{}",
            failures.len(),
            manifest.tests.len(),
            failures.join("\n\n")
        );
    }
    eprintln!(
        "xtask: {verb} {} linux-test references with qemu-riscv64",
        manifest.tests.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_manifest_parses_and_names_existing_programs() {
        let paths = Paths::discover();
        let manifest = manifest(&paths).unwrap();
        assert!(!manifest.tests.is_empty());
        let dir = sources(&paths);
        for test in &manifest.tests {
            let c = dir.join("c").join(format!("{}.c", test.program));
            let rust = dir
                .join("rust/src/bin")
                .join(format!("{}.rs", test.program));
            assert!(
                c.is_file() || rust.is_file(),
                "{}: no source for {}",
                test.name,
                test.program
            );
            assert!(
                expected_path(&paths, test).is_file(),
                "{}: no recorded stdout",
                test.name
            );
        }
    }

    #[test]
    fn qemu_command_is_the_documented_reference_run() {
        let test = Test {
            name: "args-two".into(),
            program: "args".into(),
            args: vec!["a".into(), "b c".into()],
            env: None,
            status: 0,
        };
        let cmd = qemu_command(
            Path::new("/s"),
            &test,
            &["HOME=/".into(), "TERM=linux".into()],
        );
        assert_eq!(
            process::describe(&cmd),
            "HOME=/ TERM=linux qemu-riscv64 -L /s -0 /tests/args /s/tests/args a 'b c'"
        );
    }

    #[test]
    fn c_command_is_static_glibc() {
        let cmd = c_command(Path::new("c/printf.c"), Path::new("out/printf"));
        assert_eq!(
            process::describe(&cmd),
            "riscv64-linux-gnu-gcc -static -O2 -Wall -Wextra -o out/printf c/printf.c"
        );
    }
}
