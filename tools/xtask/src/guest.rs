//! `cargo xtask build-guest`: builds the bare-metal guest programs under
//! `guest-programs/bare/` into `target/guest/bare/`:
//!
//! - the assembly test suites `isa-tests/`, `priv-tests/` and `vm-tests/`:
//!   each `*.S` is one ELF, `<suite>/<stem>.elf`, assembled in its folder
//!   with the folder's own `link.ld`;
//! - every other folder with C sources (`hello`, `bench`, ...): one ELF,
//!   `<folder>.elf`, linked with the runtime in `common/`;
//! - every folder with a `Cargo.toml` (`hello-rs`): a no_std Rust program,
//!   see `rust_guest`.
//!
//! An output is rebuilt only when one of its inputs is newer than it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use anyhow::{Context, Result};

use crate::{process, rust_guest, Paths};

/// Cross compiler for the bare-metal programs (Debian gcc-riscv64-unknown-elf).
const CC: &str = "riscv64-unknown-elf-gcc";

/// Folders of `guest-programs/bare/` that are not programs of their own.
const ISA_TESTS: &str = "isa-tests";
const COMMON: &str = "common";
/// Assembly test suites: one program per `*.S`. The ISA tests report through
/// HTIF and are run by `cargo xtask test`; the others use the `virt` board's
/// devices and are compared with QEMU by the end-to-end tests in `tests/`.
pub const ASM_SUITES: [&str; 3] = [ISA_TESTS, "priv-tests", "vm-tests"];

/// Builds every bare-metal guest program. Returns the ISA test ELFs, in name
/// order, for `cargo xtask test` to run.
pub fn build_all(paths: &Paths) -> Result<Vec<PathBuf>> {
    let isa_tests = build_isa_tests(paths)?;
    for suite in &ASM_SUITES[1..] {
        build_asm_suite(paths, suite)?;
    }
    for name in program_folders(paths, Kind::C)? {
        build_c_program(paths, &name)?;
    }
    for name in program_folders(paths, Kind::Rust)? {
        rust_guest::build(paths, &name)?;
    }
    Ok(isa_tests)
}

/// What a program folder holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    C,
    Rust,
}

/// The program folders of one kind in `guest-programs/bare/`, by name.
pub fn program_folders(paths: &Paths, kind: Kind) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for dir in sorted_entries(&paths.bare_sources())? {
        let name = file_name(&dir);
        if !dir.is_dir() || ASM_SUITES.contains(&name.as_str()) || name == COMMON {
            continue;
        }
        let found = if dir.join("Cargo.toml").is_file() {
            Kind::Rust
        } else if sorted_entries(&dir)?.iter().any(|f| has_extension(f, "c")) {
            Kind::C
        } else {
            continue;
        };
        if found == kind {
            names.push(name);
        }
    }
    Ok(names)
}

/// Assembles each `isa-tests/*.S` (exactly as the ISA tests' authors expect:
/// in their folder, with their `link.ld`, no runtime of ours).
pub fn build_isa_tests(paths: &Paths) -> Result<Vec<PathBuf>> {
    build_asm_suite(paths, ISA_TESTS)
}

/// Assembles each `<suite>/*.S` in its folder with the folder's `link.ld`.
pub fn build_asm_suite(paths: &Paths, suite: &str) -> Result<Vec<PathBuf>> {
    let src_dir = paths.bare_sources().join(suite);
    if !src_dir.is_dir() {
        eprintln!("xtask: no {} folder: no {suite}", src_dir.display());
        return Ok(Vec::new());
    }
    let out_dir = paths.bare_out().join(suite);
    fs::create_dir_all(&out_dir)?;
    let files = sorted_entries(&src_dir)?;
    // Shared inputs (link.ld, macro headers): a change rebuilds every test.
    let shared: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.is_file() && !has_extension(f, "S"))
        .collect();

    let mut elfs = Vec::new();
    for source in files.iter().filter(|f| has_extension(f, "S")) {
        let stem = source.file_stem().unwrap_or_default().to_string_lossy();
        let out = out_dir.join(format!("{stem}.elf"));
        let inputs = shared.iter().copied().chain([source]);
        if is_stale(&out, inputs)? {
            process::run(&mut isa_test_command(&src_dir, &file_name(source), &out))?;
        }
        elfs.push(out);
    }
    Ok(elfs)
}

fn isa_test_command(src_dir: &Path, source: &str, out: &Path) -> Command {
    let mut cmd = Command::new(CC);
    cmd.current_dir(src_dir)
        .args([
            "-march=rv64gc",
            "-mabi=lp64d",
            "-nostdlib",
            "-nostartfiles",
            "-static",
        ])
        .args(["-T", "link.ld", "-I.", "-o"])
        .arg(out)
        .arg(source);
    cmd
}

/// Compiles `guest-programs/bare/<name>/*.{c,S}` with `common/` into
/// `target/guest/bare/<name>.elf`.
pub fn build_c_program(paths: &Paths, name: &str) -> Result<PathBuf> {
    let src_dir = paths.bare_sources().join(name);
    let common = paths.bare_sources().join(COMMON);
    let out = paths.bare_out().join(format!("{name}.elf"));
    let own = sorted_entries(&src_dir)?;
    let runtime = sorted_entries(&common)?;
    if is_stale(&out, own.iter().chain(&runtime))? {
        fs::create_dir_all(paths.bare_out())?;
        let sources: Vec<PathBuf> = runtime
            .iter()
            .chain(&own)
            .filter(|f| has_extension(f, "c") || has_extension(f, "S"))
            .cloned()
            .collect();
        process::run(&mut c_program_command(&common, &sources, &out))?;
    }
    Ok(out)
}

fn c_program_command(common: &Path, sources: &[PathBuf], out: &Path) -> Command {
    let mut cmd = Command::new(CC);
    cmd.args(["-march=rv64gc", "-mabi=lp64d", "-mcmodel=medany", "-O2"])
        .args(["-ffreestanding", "-nostdlib", "-static", "-Wall", "-Wextra"])
        .arg(format!("-I{}", common.display()))
        .arg("-T")
        .arg(common.join("link.ld"))
        .arg("-o")
        .arg(out)
        .args(sources)
        // gcc may call its helpers (e.g. for 128-bit arithmetic) even here.
        .arg("-lgcc");
    cmd
}

/// Whether `out` is missing or older than any of `inputs`.
pub fn is_stale<'a>(out: &Path, inputs: impl IntoIterator<Item = &'a PathBuf>) -> Result<bool> {
    let Ok(built) = out.metadata().and_then(|m| m.modified()) else {
        return Ok(true);
    };
    for input in inputs {
        if newer_than(input, built)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn newer_than(path: &Path, time: SystemTime) -> Result<bool> {
    let modified = path
        .metadata()
        .and_then(|m| m.modified())
        .with_context(|| format!("cannot stat {}", path.display()))?;
    Ok(modified > time)
}

/// The entries of a folder, sorted, skipping hidden ones (editor files).
pub fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if !file_name(&path).starts_with('.') {
            entries.push(path);
        }
    }
    entries.sort();
    Ok(entries)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.is_file() && path.extension().is_some_and(|e| e == ext)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isa_test_command_is_the_documented_one() {
        let cmd = isa_test_command(
            Path::new("/src/isa-tests"),
            "add.S",
            Path::new("/out/add.elf"),
        );
        assert_eq!(
            process::describe(&cmd),
            "riscv64-unknown-elf-gcc -march=rv64gc -mabi=lp64d -nostdlib -nostartfiles \
             -static -T link.ld -I. -o /out/add.elf add.S"
        );
        assert_eq!(cmd.get_current_dir(), Some(Path::new("/src/isa-tests")));
    }

    #[test]
    fn c_program_command_links_the_common_runtime() {
        let sources = [PathBuf::from("/c/crt0.S"), PathBuf::from("/p/main.c")];
        let cmd = c_program_command(Path::new("/c"), &sources, Path::new("/o/p.elf"));
        let line = process::describe(&cmd);
        assert!(line
            .starts_with("riscv64-unknown-elf-gcc -march=rv64gc -mabi=lp64d -mcmodel=medany -O2"));
        assert!(line.contains("-ffreestanding -nostdlib -static"));
        assert!(line.ends_with("-I/c -T /c/link.ld -o /o/p.elf /c/crt0.S /p/main.c -lgcc"));
    }

    #[test]
    fn staleness_follows_modification_times() {
        let dir = std::env::temp_dir().join(format!("xtask-stale-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let input = dir.join("in.c");
        let out = dir.join("out.elf");
        fs::write(&input, "").unwrap();
        assert!(is_stale(&out, [&input]).unwrap(), "missing output is stale");

        fs::write(&out, "").unwrap();
        let older = SystemTime::now() - std::time::Duration::from_secs(60);
        fs::File::options()
            .write(true)
            .open(&input)
            .unwrap()
            .set_modified(older)
            .unwrap();
        assert!(!is_stale(&out, [&input]).unwrap());

        let newer = SystemTime::now() + std::time::Duration::from_secs(60);
        fs::File::options()
            .write(true)
            .open(&input)
            .unwrap()
            .set_modified(newer)
            .unwrap();
        assert!(is_stale(&out, [&input]).unwrap());
        fs::remove_dir_all(&dir).unwrap();
    }
}
