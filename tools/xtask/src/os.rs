//! `cargo xtask build-os`: everything the guest OS boots with.
//!
//! - the kernel (`guest-os/`), by `crate::kernel`, into `target/guest/os/kernel.elf`;
//! - the user programs (`guest-programs/user/`: sh, the utilities, the
//!   OSTEP-style demonstrations), no_std Rust for the Linux syscall ABI;
//! - the differential test programs (`guest-programs/linux-tests/`): C with
//!   glibc and Rust std, static riscv64 Linux executables (see linux_tests.rs);
//! - the initrd, `target/guest/os/initrd.cpio` (cpio newc), packed from the
//!   staging folder `target/guest/os/initrd/`, which holds exactly its files:
//!
//! ```text
//! bin/<program>     every user program (debug info stripped; the full ELFs
//!                   stay in target/guest/rust/riscv64gc-unknown-none-elf/release/)
//! tests/<program>   every linux-test program
//! etc/motd, README  ... everything under guest-programs/user/rootfs/
//! ```
//!
//! The staging folder doubles as qemu-user's root: `qemu-riscv64 -L
//! target/guest/os/initrd target/guest/os/initrd/tests/files` reads the same
//! /etc/motd as the guest OS does. `target/guest/os/qemu-bin/` holds one
//! wrapper script per user program so the shell can run them under
//! qemu-riscv64 too (qemu-user cannot exec a riscv64 ELF without binfmt):
//! `PATH=target/guest/os/qemu-bin qemu-riscv64 target/guest/os/initrd/bin/sh -c 'echo hi | wc'`.
//!
//! Every step is skipped when its output is newer than its inputs.

use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::guest::{is_stale, sorted_entries};
use crate::{linux_tests, process, Paths};
use rvlab_cpio as cpio;

/// Target of the user programs (no_std, the Linux ABI by hand in ulib).
const USER_TARGET: &str = "riscv64gc-unknown-none-elf";
/// Target of the Rust std linux-tests.
pub const LINUX_TARGET: &str = "riscv64gc-unknown-linux-gnu";
/// Strips debug info (keeps symbols) from the copies that go in the initrd.
const OBJCOPY: &str = "riscv64-unknown-elf-objcopy";

/// `target/guest/os/`: the kernel, the initrd and its staging folder.
pub fn os_out(paths: &Paths) -> PathBuf {
    paths.guest_out().join("os")
}

/// `target/guest/os/initrd/`: the files of the initrd, as a folder.
pub fn staging_dir(paths: &Paths) -> PathBuf {
    os_out(paths).join("initrd")
}

/// `target/guest/os/initrd.cpio`.
pub fn initrd_path(paths: &Paths) -> PathBuf {
    os_out(paths).join("initrd.cpio")
}

fn user_sources(paths: &Paths) -> PathBuf {
    paths.root.join("guest-programs/user")
}

/// What `build-os` does with the linux-tests' qemu-riscv64 references.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum References {
    /// Nothing (the default: no QEMU run).
    Skip,
    /// Run each test under qemu-riscv64 and compare with the recorded output.
    Check,
    /// Run each test under qemu-riscv64 and record its output.
    Record,
}

/// Builds the kernel, the programs and the initrd.
pub fn build_os(paths: &Paths, references: References) -> Result<()> {
    let initrd = build_initrd(paths)?;
    eprintln!("xtask: initrd {}", initrd.display());
    match references {
        References::Skip => {}
        References::Check => linux_tests::check_references(paths, false)?,
        References::Record => linux_tests::check_references(paths, true)?,
    }
    let kernel = crate::kernel::build_kernel(paths)?;
    eprintln!("xtask: kernel {}", kernel.display());
    Ok(())
}

/// Builds the user programs and the linux-tests and packs the initrd.
/// Returns the initrd's path.
pub fn build_initrd(paths: &Paths) -> Result<PathBuf> {
    let staging = staging_dir(paths);
    let mut files = BTreeSet::new();
    for (name, elf) in build_user_programs(paths)? {
        let staged = staging.join("bin").join(&name);
        strip_into(&elf, &staged)?;
        files.insert(staged);
    }
    for staged in linux_tests::build(paths, &staging.join("tests"))? {
        files.insert(staged);
    }
    let rootfs = user_sources(paths).join("rootfs");
    for source in walk_files(&rootfs)? {
        let staged = staging.join(source.strip_prefix(&rootfs)?);
        if is_stale(&staged, [&source])? {
            fs::create_dir_all(staged.parent().unwrap_or(&staging))?;
            fs::copy(&source, &staged)
                .with_context(|| format!("cannot copy {}", source.display()))?;
        }
        files.insert(staged);
    }
    remove_others(&staging, &files)?;
    write_qemu_wrappers(paths, &files)?;
    pack(&staging, &initrd_path(paths))?;
    Ok(initrd_path(paths))
}

/// Builds `guest-programs/user/` (if any source changed) and returns each
/// program's name and ELF.
fn build_user_programs(paths: &Paths) -> Result<Vec<(String, PathBuf)>> {
    let crate_dir = user_sources(paths);
    let target_dir = paths.guest_out().join("rust");
    let release = target_dir.join(USER_TARGET).join("release");
    let names = program_names(&crate_dir.join("src/bin"))?;
    let elfs: Vec<(String, PathBuf)> = names
        .into_iter()
        .map(|n| (n.clone(), release.join(n)))
        .collect();

    let sources: Vec<PathBuf> = walk_files(&crate_dir)?
        .into_iter()
        .filter(|p| !p.starts_with(crate_dir.join("rootfs")))
        .collect();
    let mut stale = false;
    for (_, elf) in &elfs {
        stale |= is_stale(elf, &sources)?;
    }
    if stale {
        eprintln!("xtask: building the user programs with Debian's Rust");
        process::run(&mut debian_cargo(
            &crate_dir,
            &target_dir,
            &[
                "-Zbuild-std=core,alloc",
                "-Zbuild-std-features=compiler-builtins-mem",
            ],
        ))?;
    }
    Ok(elfs)
}

/// The binaries of a Cargo package: `src/bin/<name>.rs` and `src/bin/<name>/main.rs`.
fn program_names(bin_dir: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for path in sorted_entries(bin_dir)? {
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if path.extension().is_some_and(|e| e == "rs") || path.join("main.rs").is_file() {
            names.push(stem);
        }
    }
    Ok(names)
}

/// `/usr/bin/cargo build --release` in `crate_dir` with Debian's rustc and
/// the given -Z flags; the crate's `.cargo/config.toml` names the target and
/// the linker. Variables of the outer (rustup) cargo are removed, as
/// DESIGN.md "Guest toolchain" requires.
pub fn debian_cargo(crate_dir: &Path, target_dir: &Path, z_flags: &[&str]) -> Command {
    let mut cmd = Command::new("/usr/bin/cargo");
    for (name, _) in std::env::vars_os() {
        if name
            .to_str()
            .is_some_and(crate::rust_guest::is_outer_toolchain_var)
        {
            cmd.env_remove(name);
        }
    }
    cmd.current_dir(crate_dir)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTC", "/usr/bin/rustc")
        .args(["build", "--release"])
        .args(z_flags)
        .arg("--target-dir")
        .arg(target_dir);
    cmd
}

/// Copies `elf` to `staged` without its debug info, if `elf` is newer.
fn strip_into(elf: &Path, staged: &Path) -> Result<()> {
    if !is_stale(staged, [&elf.to_path_buf()])? {
        return Ok(());
    }
    fs::create_dir_all(staged.parent().unwrap_or(Path::new(".")))?;
    process::run(
        Command::new(OBJCOPY)
            .arg("--strip-debug")
            .arg(elf)
            .arg(staged),
    )
}

/// Every file under `dir` (recursively, sorted), skipping hidden files other
/// than `.cargo/config.toml`, and `target/` build folders. Nothing if `dir`
/// does not exist.
pub fn walk_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for path in sorted_entries(dir)? {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                out.extend(walk_files(&path)?);
            }
        } else {
            out.push(path);
        }
    }
    let config = dir.join(".cargo/config.toml");
    if config.is_file() {
        out.push(config);
    }
    Ok(out)
}

/// Deletes files under `staging` that are not in `keep` (a program that was
/// removed from the sources), so the initrd holds exactly what was built.
fn remove_others(staging: &Path, keep: &BTreeSet<PathBuf>) -> Result<()> {
    let mut all = Vec::new();
    collect_all(staging, &mut all)?;
    for path in all {
        if path.is_file() && !keep.contains(&path) {
            fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// Everything under `dir`, hidden or not, folders before their contents.
fn collect_all(dir: &Path, into: &mut Vec<PathBuf>) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    entries.sort();
    for path in entries {
        into.push(path.clone());
        if path.is_dir() {
            collect_all(&path, into)?;
        }
    }
    Ok(())
}

/// `qemu-bin/<program>`: `exec qemu-riscv64 -L <staging> <staging>/bin/<program> "$@"`.
fn write_qemu_wrappers(paths: &Paths, staged: &BTreeSet<PathBuf>) -> Result<()> {
    let dir = os_out(paths).join("qemu-bin");
    let staging = staging_dir(paths);
    fs::create_dir_all(&dir)?;
    let bin = staging.join("bin");
    for program in staged.iter().filter(|p| p.parent() == Some(bin.as_path())) {
        let name = program.file_name().unwrap_or_default();
        let script = format!(
            "#!/bin/sh\n# Runs rvlab's {} under qemu-user (written by cargo xtask build-os).\nexec qemu-riscv64 -L '{}' '{}' \"$@\"\n",
            name.to_string_lossy(),
            staging.display(),
            program.display()
        );
        let path = dir.join(name);
        if fs::read_to_string(&path).ok().as_deref() != Some(script.as_str()) {
            fs::write(&path, script)?;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o755))?;
        }
    }
    Ok(())
}

/// Packs the staging folder into `out` if anything in it changed: a file
/// newer than the archive, or a folder whose list of entries changed (its
/// mtime moves then).
fn pack(staging: &Path, out: &Path) -> Result<()> {
    let mut all = Vec::new();
    collect_all(staging, &mut all)?;
    all.push(staging.to_path_buf());
    if !is_stale(out, &all)? {
        return Ok(());
    }
    let mut writer = cpio::Writer::new();
    for path in &all[..all.len() - 1] {
        let inside = path.strip_prefix(staging)?.to_string_lossy().into_owned();
        let meta = fs::metadata(path)?;
        let mode = meta.permissions().mode();
        if meta.is_dir() {
            writer.dir(&inside, mode);
        } else {
            let data = fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            writer.file(&inside, mode, &data);
        }
    }
    let bytes = writer.finish();
    fs::write(out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!(
        "xtask: packed {} ({} entries, {} KiB)",
        out.display(),
        all.len() - 1,
        bytes.len() / 1024
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::SystemTime;

    fn modified(path: &Path) -> SystemTime {
        fs::metadata(path).unwrap().modified().unwrap()
    }

    fn temp_dir(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-os-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn program_names_come_from_src_bin() {
        let dir = temp_dir("names");
        fs::write(dir.join("echo.rs"), "").unwrap();
        fs::create_dir_all(dir.join("sh")).unwrap();
        fs::write(dir.join("sh/main.rs"), "").unwrap();
        fs::create_dir_all(dir.join("helpers")).unwrap();
        fs::write(dir.join("notes.txt"), "").unwrap();
        assert_eq!(program_names(&dir).unwrap(), ["echo", "sh"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn pack_writes_the_staging_folder_and_skips_when_fresh() {
        let dir = temp_dir("pack");
        let staging = dir.join("initrd");
        fs::create_dir_all(staging.join("bin")).unwrap();
        fs::write(staging.join("bin/sh"), "#!").unwrap();
        fs::set_permissions(staging.join("bin/sh"), fs::Permissions::from_mode(0o755)).unwrap();
        fs::write(staging.join("README"), "hi\n").unwrap();
        fs::set_permissions(staging.join("README"), fs::Permissions::from_mode(0o644)).unwrap();
        let out = dir.join("initrd.cpio");
        pack(&staging, &out).unwrap();

        let entries = cpio::parse(&fs::read(&out).unwrap()).unwrap();
        let listing: Vec<(String, u32)> =
            entries.iter().map(|e| (e.path.clone(), e.mode)).collect();
        assert_eq!(
            listing,
            [
                ("README".to_string(), cpio::S_IFREG | 0o644),
                ("bin".to_string(), cpio::S_IFDIR | 0o755),
                ("bin/sh".to_string(), cpio::S_IFREG | 0o755),
            ]
        );

        // Up to date: not rewritten.
        let before = modified(&out);
        std::thread::sleep(std::time::Duration::from_millis(20));
        pack(&staging, &out).unwrap();
        assert_eq!(modified(&out), before);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn remove_others_keeps_only_what_was_built() {
        let dir = temp_dir("prune");
        fs::create_dir_all(dir.join("bin")).unwrap();
        fs::write(dir.join("bin/old"), "").unwrap();
        fs::write(dir.join("bin/sh"), "").unwrap();
        let keep: BTreeSet<PathBuf> = [dir.join("bin/sh")].into_iter().collect();
        remove_others(&dir, &keep).unwrap();
        assert!(dir.join("bin/sh").exists());
        assert!(!dir.join("bin/old").exists());
        fs::remove_dir_all(&dir).unwrap();
    }
}
