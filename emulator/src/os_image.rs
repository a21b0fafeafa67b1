//! Booting the bundled guest OS: where its kernel and initrd are, how a
//! host program joins the initrd, and the kernel command line that names the
//! first process (`init=PATH ARGS...`, see guest-os/README.md).

use rvlab_cpio as cpio;
use std::path::{Path, PathBuf};

/// Errors preparing an OS boot.
#[derive(Debug, thiserror::Error)]
pub enum OsImageError {
    /// The kernel or initrd has not been built.
    #[error("{what} not found at {path}; build the guest OS with `cargo xtask build-os` (or point --os-dir / RVLAB_OS_DIR at it)")]
    Missing { what: &'static str, path: PathBuf },
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The host program is not something the guest can run.
    #[error("{path}: {why}")]
    BadProgram { path: PathBuf, why: String },
    /// The initrd is not a cpio newc archive.
    #[error("initrd {path}: {why}")]
    BadInitrd { path: PathBuf, why: String },
}

/// Where the built OS lives: `$RVLAB_OS_DIR`, else `target/guest/os` next
/// to the `target/<profile>/rvlab` binary that is running.
pub fn default_os_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("RVLAB_OS_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let exe = std::env::current_exe().unwrap_or_default();
    let target = exe
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("target"));
    target.join("guest").join("os")
}

/// The kernel ELF and initrd bytes for a boot.
pub struct OsImage {
    pub kernel: Vec<u8>,
    pub initrd: Vec<u8>,
    /// `init=...`: the first process and its arguments.
    pub bootargs: String,
}

fn read(what: &'static str, path: &Path) -> Result<Vec<u8>, OsImageError> {
    if !path.exists() {
        return Err(OsImageError::Missing {
            what,
            path: path.to_path_buf(),
        });
    }
    std::fs::read(path).map_err(|source| OsImageError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Quotes one argument for the kernel command line: double quotes when it
/// holds spaces or quotes (the kernel splits on unquoted spaces).
fn quote(arg: &str) -> String {
    if !arg.is_empty() && !arg.contains([' ', '\t', '"', '\\']) {
        return arg.to_string();
    }
    let escaped = arg.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// Checks that `bytes` is an ELF a riscv64 Linux-ABI guest can execute.
fn check_program(path: &Path, bytes: &[u8]) -> Result<(), OsImageError> {
    let bad = |why: &str| OsImageError::BadProgram {
        path: path.to_path_buf(),
        why: why.into(),
    };
    if bytes.len() < 64 || &bytes[..4] != b"\x7fELF" {
        return Err(bad("not an ELF file"));
    }
    if bytes[4] != 2 {
        return Err(bad("not a 64-bit ELF file"));
    }
    let machine = u16::from_le_bytes([bytes[18], bytes[19]]);
    if machine != 243 {
        return Err(bad(&format!(
            "not a RISC-V program (ELF machine {machine})"
        )));
    }
    // ET_EXEC, or ET_DYN for static-pie (Rust's default with crt-static).
    let kind = u16::from_le_bytes([bytes[16], bytes[17]]);
    if kind != 2 && kind != 3 {
        return Err(bad("not an executable"));
    }
    Ok(())
}

/// Prepares a boot that runs `program` with `args` as the first process.
/// A `program` naming an existing host file is added to the initrd as
/// `/host/<file name>`; otherwise it names a program in the initrd
/// (`sh` means `/bin/sh`, `/tests/x` is taken as it is).
pub fn prepare(os_dir: &Path, program: &str, args: &[String]) -> Result<OsImage, OsImageError> {
    let kernel = read("the guest OS kernel", &os_dir.join("kernel.elf"))?;
    let initrd_path = os_dir.join("initrd.cpio");
    let mut initrd = read("the guest OS initrd", &initrd_path)?;
    let host = Path::new(program);
    let guest_path = if program.contains('/') && host.is_file() {
        let bytes = std::fs::read(host).map_err(|source| OsImageError::Read {
            path: host.to_path_buf(),
            source,
        })?;
        check_program(host, &bytes)?;
        let name = host
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("program");
        let name: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_graphic() && c != '/' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        initrd = with_file(&initrd, &initrd_path, &format!("host/{name}"), &bytes)?;
        format!("/host/{name}")
    } else if program.starts_with('/') {
        program.to_string()
    } else {
        format!("/bin/{program}")
    };
    let mut bootargs = format!("init={}", quote(&guest_path));
    for a in args {
        bootargs.push(' ');
        bootargs.push_str(&quote(a));
    }
    Ok(OsImage {
        kernel,
        initrd,
        bootargs,
    })
}

/// The archive `base` with one more file (and its directory).
fn with_file(base: &[u8], path: &Path, name: &str, data: &[u8]) -> Result<Vec<u8>, OsImageError> {
    let entries = cpio::parse(base).map_err(|why| OsImageError::BadInitrd {
        path: path.to_path_buf(),
        why,
    })?;
    let mut w = cpio::Writer::new();
    let dir = name.rsplit_once('/').map(|(d, _)| d);
    for e in &entries {
        if e.path == name {
            continue; // replaced below
        }
        if e.mode & cpio::S_IFDIR != 0 {
            w.dir(&e.path, e.mode);
        } else {
            w.file(&e.path, e.mode, &e.data);
        }
    }
    if let Some(dir) = dir {
        if !entries.iter().any(|e| e.path == dir) {
            w.dir(dir, 0o755);
        }
    }
    w.file(name, 0o755, data);
    Ok(w.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("two words"), "\"two words\"");
        assert_eq!(quote("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(quote(""), "\"\"");
    }

    #[test]
    fn adds_a_file_to_an_archive() {
        let mut w = cpio::Writer::new();
        w.dir("bin", 0o755);
        w.file("bin/sh", 0o755, b"sh");
        let base = w.finish();
        let out = with_file(&base, Path::new("x"), "host/prog", b"prog").unwrap();
        let names: Vec<String> = cpio::parse(&out)
            .unwrap()
            .into_iter()
            .map(|e| e.path)
            .collect();
        assert_eq!(names, ["bin", "bin/sh", "host", "host/prog"]);
    }

    #[test]
    fn refuses_non_riscv_programs() {
        let exe = std::env::current_exe().unwrap();
        let bytes = std::fs::read(&exe).unwrap();
        let err = check_program(&exe, &bytes).unwrap_err().to_string();
        assert!(err.contains("not a RISC-V program"), "{err}");
        assert!(check_program(&exe, b"#!/bin/sh")
            .unwrap_err()
            .to_string()
            .contains("not an ELF"));
    }
}
