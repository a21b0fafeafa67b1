//! Running host programs: echo what is run, fail with the command line in the
//! error, and run with a wall-clock limit while capturing output (for guest
//! runs on rvlab and QEMU, whose output is compared and timed).

use std::ffi::OsStr;
use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// The command line as a shell user would type it (for logs and errors).
pub fn describe(cmd: &Command) -> String {
    // Variables the command sets (not the ones it removes) come first, as
    // they would on a shell line.
    let mut parts: Vec<String> = cmd
        .get_envs()
        .filter_map(|(k, v)| Some(format!("{}={}", k.to_string_lossy(), quote(v?))))
        .collect();
    parts.push(cmd.get_program().to_string_lossy().into_owned());
    parts.extend(cmd.get_args().map(quote));
    parts.join(" ")
}

fn quote(arg: &OsStr) -> String {
    let s = arg.to_string_lossy();
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@".contains(c));
    if plain {
        s.into_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Prints `$ command` on stderr, the way a build log shows each step.
pub fn echo(cmd: &Command) {
    eprintln!("$ {}", describe(cmd));
}

/// Runs `cmd` with inherited stdio and fails unless it exits 0.
pub fn run(cmd: &mut Command) -> Result<()> {
    echo(cmd);
    let status = cmd
        .status()
        .with_context(|| format!("cannot start `{}`", describe(cmd)))?;
    if !status.success() {
        bail!("`{}` failed ({})", describe(cmd), status_text(status));
    }
    Ok(())
}

/// "exit status 3", or "killed by signal 9".
pub fn status_text(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exit status {code}"),
        (None, Some(signal)) => format!("killed by signal {signal}"),
        (None, None) => "unknown exit status".to_string(),
    }
}

/// A finished (or killed) run with everything it printed.
pub struct Finished {
    /// `None` when the run hit the wall-clock limit and was killed.
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// From just before the process started until its exit was seen.
    pub elapsed: Duration,
}

impl Finished {
    /// The exit code, if the process exited on its own with one.
    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    /// How the run ended, for messages.
    pub fn outcome(&self, limit: Duration) -> String {
        match self.status {
            Some(status) => status_text(status),
            None => format!("killed after the {} s wall-clock limit", limit.as_secs()),
        }
    }
}

/// How often a run with a limit is checked for exit. Small against the
/// seconds that benchmark runs take, so it barely blurs their timing.
const POLL: Duration = Duration::from_millis(1);

/// Runs `cmd` with stdin closed and stdout/stderr captured; kills it after
/// `limit`.
pub fn run_with_limit(cmd: &mut Command, limit: Duration) -> Result<Finished> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .with_context(|| format!("cannot start `{}`", describe(cmd)))?;
    // Drain both pipes on threads so a chatty child never blocks on a full pipe.
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let status = wait_with_limit(&mut child, start, limit)?;
    let elapsed = start.elapsed();
    Ok(Finished {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        elapsed,
    })
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            // A read error only truncates what is shown; the exit status decides.
            let _ = pipe.read_to_end(&mut buf);
        }
        buf
    })
}

fn wait_with_limit(
    child: &mut Child,
    start: Instant,
    limit: Duration,
) -> Result<Option<ExitStatus>> {
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if start.elapsed() >= limit {
            // It may exit between the check and the kill; either way it ends.
            let _ = child.kill();
            child.wait()?;
            return Ok(None);
        }
        thread::sleep(POLL);
    }
}

/// The last `lines` lines of some output, for failure reports.
pub fn tail(bytes: &[u8], lines: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_quotes_only_what_needs_it() {
        let mut cmd = Command::new("gcc");
        cmd.args(["-O2", "-o", "out file.elf", "it's"])
            .env("LANG", "C")
            .env_remove("X");
        assert_eq!(
            describe(&cmd),
            r"LANG=C gcc -O2 -o 'out file.elf' 'it'\''s'"
        );
    }

    #[test]
    fn tail_keeps_last_lines() {
        assert_eq!(tail(b"a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail(b"a", 5), "a");
    }

    #[test]
    fn run_with_limit_captures_and_kills() {
        let done = run_with_limit(
            Command::new("sh").args(["-c", "echo out; echo err >&2; exit 3"]),
            Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(done.code(), Some(3));
        assert_eq!(done.stdout, b"out\n");
        assert_eq!(done.stderr, b"err\n");

        let killed =
            run_with_limit(Command::new("sleep").arg("10"), Duration::from_millis(50)).unwrap();
        assert!(killed.status.is_none());
        assert!(killed.elapsed < Duration::from_secs(5));
    }
}
