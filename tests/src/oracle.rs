//! The host tools the differential tests need: the bare-metal cross GCC that
//! builds the generated programs, and QEMU, the reference machine.
//!
//! Both are Debian packages that `cargo xtask test` installs. A missing tool
//! is a test failure naming the package, never a silent skip: a skipped
//! differential test would look exactly like a passing one.

use anyhow::{bail, Context, Result};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const CROSS_GCC: &str = "riscv64-unknown-elf-gcc";
pub const QEMU_SYSTEM: &str = "qemu-system-riscv64";

/// QEMU's virt board with nothing in front (no firmware, no monitor), the
/// console on stdio: how every bare-metal and guest-OS run here starts.
const VIRT_MACHINE: [&str; 9] = [
    "-machine",
    "virt",
    "-bios",
    "none",
    "-nographic",
    "-monitor",
    "none",
    "-serial",
    "stdio",
];

/// How long QEMU may run one program before it counts as hung: generous,
/// because the test binary runs many QEMUs in parallel on a 2-core machine.
pub const QEMU_TIMEOUT: Duration = Duration::from_secs(120);

/// The linker script of the generated programs (`_start` at 0x8000_0000).
pub fn linker_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("link.ld")
}

/// Fails with install instructions unless the cross GCC and QEMU both run.
pub fn require_tools() -> Result<()> {
    let mut missing = Vec::new();
    for (tool, package) in [
        (
            CROSS_GCC,
            "gcc-riscv64-unknown-elf (with binutils-riscv64-unknown-elf)",
        ),
        (QEMU_SYSTEM, "qemu-system-misc"),
    ] {
        let ok = Command::new(tool)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            missing.push(format!("`{tool}` (Debian package {package})"));
        }
    }
    if !missing.is_empty() {
        bail!(
            "the differential tests need {}; `cargo xtask test` installs them, or run \
             `apt-get install gcc-riscv64-unknown-elf qemu-system-misc`",
            missing.join(" and ")
        );
    }
    Ok(())
}

/// Writes `asm` to `dir/name.s` and links it into `dir/name.elf`; returns
/// (assembly path, ELF path). The directory is kept for post-mortems.
pub fn build(dir: &Path, name: &str, asm: &str) -> Result<(PathBuf, PathBuf)> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let s = dir.join(format!("{name}.s"));
    let elf = dir.join(format!("{name}.elf"));
    std::fs::write(&s, asm).with_context(|| format!("writing {}", s.display()))?;
    let out = Command::new(CROSS_GCC)
        .args([
            "-march=rv64gc",
            "-mabi=lp64d",
            "-nostdlib",
            "-nostartfiles",
            "-static",
        ])
        .arg("-T")
        .arg(linker_script())
        .arg(&s)
        .arg("-o")
        .arg(&elf)
        .output()
        .with_context(|| format!("running {CROSS_GCC}"))?;
    if !out.status.success() {
        bail!(
            "{CROSS_GCC} failed on {}:\n{}",
            s.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok((s, elf))
}

/// Runs a bare-metal ELF on QEMU's `virt` board in M-mode and returns what
/// it printed on the UART. The program must stop through the test finisher
/// with the pass code (QEMU exits 0) within `QEMU_TIMEOUT`.
pub fn run_qemu(elf: &Path) -> Result<Vec<u8>> {
    run_qemu_smp(elf, 1)
}

/// [`run_qemu`] with `harts` harts (`-smp`).
pub fn run_qemu_smp(elf: &Path, harts: usize) -> Result<Vec<u8>> {
    let mut cmd = Command::new(QEMU_SYSTEM);
    cmd.args(VIRT_MACHINE)
        .args(["-smp", &harts.to_string(), "-kernel"])
        .arg(elf);
    let (status, out, err) = run_limited(cmd, QEMU_TIMEOUT)?;
    match status {
        None => bail!(
            "{QEMU_SYSTEM} did not finish {} within {QEMU_TIMEOUT:?}; output so far:\n{}",
            elf.display(),
            String::from_utf8_lossy(&out)
        ),
        Some(s) if !s.success() => bail!(
            "{QEMU_SYSTEM} exited with {s} on {}\nstderr: {}\noutput:\n{}",
            elf.display(),
            String::from_utf8_lossy(&err),
            String::from_utf8_lossy(&out)
        ),
        Some(_) => Ok(out),
    }
}

/// Runs `cmd` (stdin closed) for at most `limit`, killing it after that.
/// Returns its status (`None` if it was killed), stdout and stderr.
fn run_limited(
    mut cmd: Command,
    limit: Duration,
) -> Result<(Option<std::process::ExitStatus>, Vec<u8>, Vec<u8>)> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {:?}", cmd.get_program()))?;
    // Read both pipes on threads so a chatty guest cannot block on a full pipe.
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = out_reader.join().expect("stdout reader");
    let err = err_reader.join().expect("stderr reader");
    Ok((status, out, err))
}

/// How long a boot of the guest OS on QEMU may take: several vCPUs on a busy
/// two-core host are slow, and the limit is only there to stop a hang.
pub const QEMU_OS_TIMEOUT: Duration = Duration::from_secs(600);

/// Boots the guest OS in `os_dir` (`kernel.elf`, `initrd.cpio`) on QEMU's
/// virt machine with `harts` vCPUs and the kernel command line `append`.
/// Returns the console output and QEMU's exit status (124, as coreutils'
/// `timeout` says it, if it did not finish within [`QEMU_OS_TIMEOUT`]).
pub fn run_qemu_os(os_dir: &Path, append: &str, harts: usize) -> (String, i32) {
    require_tools().expect("QEMU");
    let mut cmd = Command::new(QEMU_SYSTEM);
    cmd.args(VIRT_MACHINE)
        .args(["-smp", &harts.to_string(), "-kernel"])
        .arg(os_dir.join("kernel.elf"))
        .arg("-initrd")
        .arg(os_dir.join("initrd.cpio"))
        .args(["-append", append]);
    let (status, out, _) = run_limited(cmd, QEMU_OS_TIMEOUT).expect("run qemu-system-riscv64");
    let code = status.map_or(124, |s| s.code().unwrap_or(-1));
    (String::from_utf8_lossy(&out).into_owned(), code)
}
