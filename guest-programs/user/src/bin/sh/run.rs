//! Running what the parser built: this is where fork and exec earn their
//! separation. For each command the shell forks; the CHILD, still running
//! the shell's code, rearranges its own file descriptors (pipe ends onto
//! 0 and 1, files opened for `<` and `>`) and only then execs the program,
//! which inherits them without knowing. The parent closes its copies of the
//! pipe ends and waits (or, for `&`, does not).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use ulib::fs::{self, Fd};
use ulib::process::{self, Pid, WaitStatus, SIGPIPE};
use ulib::{eprintln, Errno};

/// Shorter names for the error numbers matched below.
use ulib::Errno as E;

use crate::builtins;
use crate::parse::{Command, Pipeline, Redirect, RedirectKind};
use crate::Shell;

/// Status of a command that could not be found, and one that could not run.
const NOT_FOUND: i32 = 127;
const CANNOT_EXEC: i32 = 126;

impl Shell {
    /// Runs a pipeline; returns its status (the last command's; 0 for `&`).
    pub fn run_pipeline(&mut self, pipeline: &Pipeline) -> i32 {
        let commands: Vec<Vec<String>> = pipeline
            .commands
            .iter()
            .map(|c| {
                c.words
                    .iter()
                    .map(|w| w.expand(&|n| self.lookup(n)))
                    .collect()
            })
            .collect();
        if self.trace {
            let shown: Vec<String> = commands.iter().map(|argv| argv.join(" ")).collect();
            eprintln!("+ {}", shown.join(" | "));
        }

        // A lone builtin in the foreground runs in the shell itself: `cd`
        // and `exit` must change THIS process, not a child.
        if let ([argv], [command], false) = (
            commands.as_slice(),
            pipeline.commands.as_slice(),
            pipeline.background,
        ) {
            if let Some(status) = self.run_assignments(argv) {
                return status;
            }
            if builtins::is_builtin(&argv[0]) {
                return self.run_builtin_here(argv, command);
            }
        }

        let mut pids: Vec<Pid> = Vec::new();
        // The read end of the previous command's pipe, for the next command.
        let mut upstream: Option<Fd> = None;
        let last = commands.len() - 1;
        for (i, (argv, command)) in commands.iter().zip(&pipeline.commands).enumerate() {
            let pipe = if i < last {
                match fs::pipe() {
                    Ok(p) => Some(p),
                    Err(e) => {
                        eprintln!("sh: pipe: {e}");
                        break;
                    }
                }
            } else {
                None
            };
            match process::fork() {
                Ok(0) => {
                    // The child: plumbing first, then become the program.
                    if let Some(read_end) = upstream {
                        move_fd(read_end, 0);
                    }
                    if let Some((read_end, write_end)) = pipe {
                        let _ = fs::close(read_end);
                        move_fd(write_end, 1);
                    }
                    process::exit(self.run_in_child(argv, command));
                }
                Ok(pid) => pids.push(pid),
                Err(e) => {
                    eprintln!("sh: fork: {e}");
                    if let Some((r, w)) = pipe {
                        let _ = fs::close(r);
                        let _ = fs::close(w);
                    }
                    break;
                }
            }
            // The parent keeps no pipe ends: otherwise the reader would
            // never see end of file (a writer, the shell, would remain).
            if let Some(read_end) = upstream.take() {
                let _ = fs::close(read_end);
            }
            if let Some((read_end, write_end)) = pipe {
                let _ = fs::close(write_end);
                upstream = Some(read_end);
            }
        }
        if let Some(read_end) = upstream {
            let _ = fs::close(read_end);
        }
        if pids.len() < commands.len() {
            // Something failed to start: collect what did start.
            for pid in pids {
                let _ = process::wait4(pid, 0);
            }
            return 1;
        }

        if pipeline.background {
            let last_pid = *pids.last().unwrap_or(&0);
            if self.interactive {
                eprintln!("[{last_pid}]");
            }
            self.last_background = Some(last_pid);
            self.jobs.push(crate::Job {
                pids,
                text: commands
                    .iter()
                    .map(|a| a.join(" "))
                    .collect::<Vec<_>>()
                    .join(" | "),
            });
            return 0;
        }

        let mut status = 0;
        for (pid, argv) in pids.iter().zip(&commands) {
            match wait_for(*pid) {
                Some(ws) => {
                    report_signal(*pid, &argv[0], ws);
                    status = ws.shell_status();
                }
                None => status = 1,
            }
        }
        status
    }

    /// In a forked child: redirections, then the builtin or the program.
    /// Returns only the status to exit with when exec did not happen.
    fn run_in_child(&mut self, argv: &[String], command: &Command) -> i32 {
        if let Err(message) = self.apply_redirects(&command.redirects) {
            eprintln!("sh: {message}");
            return 1;
        }
        // `NAME=value program ...`: the variables are for this program only
        // (this is a child: setting them here changes nobody else).
        let assignments = argv.iter().take_while(|a| is_assignment(a)).count();
        for a in &argv[..assignments] {
            let (name, value) = a.split_once('=').unwrap_or((a, ""));
            self.set_var(name, value);
        }
        let argv = &argv[assignments..];
        if builtins::is_builtin(&argv[0]) {
            return builtins::run(self, argv);
        }
        self.exec(argv)
    }

    /// A builtin in the shell process; its redirections are undone after.
    fn run_builtin_here(&mut self, argv: &[String], command: &Command) -> i32 {
        let mut saved = Vec::new();
        for r in &command.redirects {
            if !saved.iter().any(|&(fd, _)| fd == r.fd) {
                saved.push((r.fd, fs::dup(r.fd).ok()));
            }
        }
        let status = match self.apply_redirects(&command.redirects) {
            Ok(()) => builtins::run(self, argv),
            Err(message) => {
                eprintln!("sh: {message}");
                1
            }
        };
        for (fd, copy) in saved {
            match copy {
                Some(copy) => move_fd(copy, fd),
                None => {
                    let _ = fs::close(fd);
                }
            }
        }
        status
    }

    /// `NAME=value ...` with nothing else sets shell variables (which are
    /// all exported). Returns `None` when argv is an ordinary command.
    fn run_assignments(&mut self, argv: &[String]) -> Option<i32> {
        if !argv.iter().all(|a| is_assignment(a)) {
            return None;
        }
        for a in argv {
            let (name, value) = a.split_once('=').unwrap_or((a, ""));
            self.set_var(name, value);
        }
        Some(0)
    }

    /// Opens each redirection's file and moves it onto its descriptor.
    fn apply_redirects(&self, redirects: &[Redirect]) -> Result<(), String> {
        for r in redirects {
            let (word, flags) = match &r.kind {
                RedirectKind::Read(w) => (w, fs::O_RDONLY),
                RedirectKind::Write(w) => (w, fs::O_WRONLY | fs::O_CREAT | fs::O_TRUNC),
                RedirectKind::Append(w) => (w, fs::O_WRONLY | fs::O_CREAT | fs::O_APPEND),
                RedirectKind::Dup(from) => {
                    fs::dup2(*from, r.fd).map_err(|e| format!("{}: {e}", from))?;
                    continue;
                }
            };
            let path = word.expand(&|n| self.lookup(n));
            let fd = fs::open(&path, flags, 0o644).map_err(|e| match e {
                // The initrd is the only file system: say why writing fails.
                Errno::EROFS => format!("{path}: cannot write: {e} (the initrd is read-only)"),
                e => format!("{path}: {e}"),
            })?;
            move_fd(fd, r.fd);
        }
        Ok(())
    }

    /// Replaces this (child) process with the program `argv[0]`, found in
    /// each directory of $PATH (default `/bin`) unless it contains a `/`.
    /// Returns the status to exit with if that fails.
    pub fn exec(&self, argv: &[String]) -> i32 {
        let name = argv[0].as_str();
        let env = self.environment();
        if name.contains('/') {
            let e = process::execve(name, argv, &env);
            return exec_failed(name, e);
        }
        let path = self.lookup("PATH").unwrap_or_else(|| String::from("/bin"));
        let mut error = E::ENOENT;
        for dir in path.split(':') {
            let dir = if dir.is_empty() { "." } else { dir };
            let candidate = format!("{}/{}", dir.trim_end_matches('/'), name);
            match process::execve(&candidate, argv, &env) {
                // Not in this directory: try the next.
                E::ENOENT | E::ENOTDIR => {}
                e => error = e,
            }
        }
        if error == E::ENOENT {
            eprintln!("sh: {name}: command not found");
            return NOT_FOUND;
        }
        exec_failed(name, error)
    }

    /// Reaps finished background jobs without blocking; reports them when
    /// interactive (`[pid] Done`).
    pub fn reap_jobs(&mut self) {
        while !self.jobs.is_empty() {
            let Ok((pid, status)) = process::wait4(-1, process::WNOHANG) else {
                break;
            };
            if pid <= 0 {
                break;
            }
            self.job_ended(pid, status, self.interactive);
        }
    }

    /// Forgets `pid` from the job table; a job ends with its last process,
    /// which is reported if `announce`.
    pub fn job_ended(&mut self, pid: Pid, status: WaitStatus, announce: bool) {
        self.jobs.retain_mut(|job| {
            job.pids.retain(|&p| p != pid);
            if job.pids.is_empty() && announce {
                eprintln!("[{pid}] Done ({status})  {}", job.text);
            }
            !job.pids.is_empty()
        });
    }
}

fn exec_failed(name: &str, e: Errno) -> i32 {
    eprintln!("sh: {name}: {e}");
    if e == E::ENOENT {
        NOT_FOUND
    } else {
        CANNOT_EXEC
    }
}

/// Waits for `pid`, retrying after interruptions.
fn wait_for(pid: Pid) -> Option<WaitStatus> {
    loop {
        match process::wait4(pid, 0) {
            Ok((_, status)) => return Some(status),
            Err(E::EINTR) => {}
            Err(e) => {
                eprintln!("sh: wait4({pid}): {e}");
                return None;
            }
        }
    }
}

/// Tells the user when a foreground program was killed by a signal (but not
/// for SIGPIPE, the normal end of a writer whose reader left).
fn report_signal(pid: Pid, name: &str, status: WaitStatus) {
    if let Some(sig) = status.signal() {
        if sig != SIGPIPE {
            eprintln!("sh: {name} (pid {pid}) {status}");
        }
    }
}

/// Makes `to` refer to `from`'s file and closes `from`.
fn move_fd(from: Fd, to: Fd) {
    if from != to {
        let _ = fs::dup2(from, to);
        let _ = fs::close(from);
    }
}

/// `NAME=value`, NAME a shell identifier.
pub fn is_assignment(word: &str) -> bool {
    match word.split_once('=') {
        Some((name, _)) => {
            !name.is_empty()
                && !name.starts_with(|c: char| c.is_ascii_digit())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        }
        None => false,
    }
}
