//! sh: rvlab's shell, small enough to read in one sitting, made to show why
//! Unix splits process creation in two (fork, then exec): between the two,
//! the child sets up pipes and redirections for the program it is about to
//! become (see run.rs).
//!
//! Usage:
//!   sh                    read commands from standard input
//!   sh -c 'CMDS' [NAME [ARG...]]  run CMDS ($0 = NAME, $1... = ARGs)
//!   sh FILE [ARG...]      read commands from FILE ($0 = FILE)
//!   options: -i  interactive (prompt and job messages) even when standard
//!                input is not a terminal; -x  print each command first
//!
//! It prompts with `$ ` (on standard error), and reports background jobs,
//! when interactive: with -i, or when it reads commands from standard input
//! and that is a terminal: the kernel answers ioctl TCGETS for it, or it is
//! a character device other than /dev/null. (rvlab's kernel answers ENOTTY
//! for its console, so that C programs buffer stdout as under qemu-riscv64;
//! the console is still a character device.) The terminal is expected to do
//! the line editing (echo, backspace), as a Linux tty in canonical mode or
//! rvlab's console line discipline does. Other input is read a byte at a
//! time, so commands the shell starts can read the rest of the same input.
//!
//! Syntax: `a | b | c`, `> f`, `>> f`, `< f`, `2> f`, `2>&1`, `a &`, `a; b`,
//! `a && b`, `a || b`, '...' and "..." quotes, `\` escapes, `# comments`,
//! `$?` (last status), `$$` (the shell's pid), `$!` (last background pid),
//! `$0`..`$9` and `$#` (the script's name and arguments),
//! `$NAME`/`${NAME}`, `NAME=value` (all variables are exported), and
//! `NAME=value cmd`. No globbing and no word splitting. Builtins: see
//! builtins.rs or type `help`. When the shell is init and exits, the kernel
//! powers the machine off with its exit status.

#![no_std]
#![no_main]

extern crate alloc;

mod builtins;
mod parse;
mod run;

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ulib::fs::{self, Fd, STDIN};
use ulib::process::{self, Pid};
use ulib::{env, eprint, eprintln, Errno};

use parse::Condition;

ulib::entry!(main);

/// A background job: the processes of one pipeline started with `&`.
pub struct Job {
    pub pids: Vec<Pid>,
    pub text: String,
}

/// The shell's state.
pub struct Shell {
    /// `$?`: the status of the last pipeline.
    pub status: i32,
    /// `$!`: the pid of the last command of the last background job.
    pub last_background: Option<Pid>,
    /// The environment (NAME=value); every variable is exported.
    pub vars: Vec<String>,
    pub jobs: Vec<Job>,
    pub interactive: bool,
    /// `-x`: print each pipeline before running it.
    pub trace: bool,
    /// `$0`, `$1`, ...: the shell's (or script's) name and its arguments.
    pub positional: Vec<String>,
}

impl Shell {
    /// The value of `$name`.
    pub fn lookup(&self, name: &str) -> Option<String> {
        match name {
            "?" => Some(self.status.to_string()),
            "$" => Some(process::getpid().to_string()),
            "!" => self.last_background.map(|p| p.to_string()),
            "#" => Some(self.positional.len().saturating_sub(1).to_string()),
            _ if name.bytes().all(|b| b.is_ascii_digit()) => {
                self.positional.get(name.parse::<usize>().ok()?).cloned()
            }
            _ => self.vars.iter().find_map(|kv| {
                let (k, v) = kv.split_once('=')?;
                (k == name).then(|| v.to_string())
            }),
        }
    }

    pub fn set_var(&mut self, name: &str, value: &str) {
        let entry = format!("{name}={value}");
        match self
            .vars
            .iter_mut()
            .find(|kv| kv.split_once('=').map(|p| p.0) == Some(name))
        {
            Some(kv) => *kv = entry,
            None => self.vars.push(entry),
        }
    }

    /// The environment given to programs.
    pub fn environment(&self) -> &[String] {
        &self.vars
    }

    /// Parses and runs one command line; updates `$?`.
    fn run_line(&mut self, line: &str) {
        let list = match parse::parse(line) {
            Ok(list) => list,
            Err(message) => {
                eprintln!("sh: {message}");
                self.status = 2;
                return;
            }
        };
        for (condition, pipeline) in &list {
            let run = match condition {
                Condition::Always => true,
                Condition::IfSuccess => self.status == 0,
                Condition::IfFailure => self.status != 0,
            };
            if run {
                self.status = self.run_pipeline(pipeline);
            }
        }
    }
}

fn main() -> i32 {
    let mut shell = Shell {
        status: 0,
        last_background: None,
        vars: env::vars().map(String::from).collect(),
        jobs: Vec::new(),
        interactive: false,
        trace: false,
        positional: alloc::vec![String::from(env::args().next().unwrap_or("sh"))],
    };
    let mut args = env::args().skip(1);
    let mut command = None;
    let mut script = None;
    let mut force_interactive = false;
    while let Some(arg) = args.next() {
        match arg {
            "-c" => match args.next() {
                Some(text) => command = Some(text),
                None => {
                    eprintln!("sh: -c: option requires an argument");
                    return 2;
                }
            },
            "-i" => force_interactive = true,
            "-x" => shell.trace = true,
            "-ix" | "-xi" => {
                force_interactive = true;
                shell.trace = true;
            }
            _ if command.is_some() => {
                // sh -c CMDS NAME ARGS...: $0 is NAME, $1... the ARGS.
                shell.positional = core::iter::once(arg)
                    .chain(args.by_ref())
                    .map(String::from)
                    .collect();
            }
            file => {
                // sh FILE ARGS...: $0 is FILE.
                script = Some(file);
                shell.positional = core::iter::once(file)
                    .chain(args.by_ref())
                    .map(String::from)
                    .collect();
            }
        }
    }

    if let Some(text) = command {
        shell.run_line(text);
        return shell.status;
    }
    let input: Fd = match script {
        Some(path) => match fs::open(path, fs::O_RDONLY | fs::O_CLOEXEC, 0) {
            Ok(fd) => fd,
            Err(e) => {
                eprintln!("sh: {path}: {e}");
                return 127;
            }
        },
        None => STDIN,
    };
    let tty = script.is_none() && is_terminal(STDIN);
    shell.interactive = force_interactive || tty;
    let mut reader = LineReader::new(input, tty || script.is_some());
    loop {
        shell.reap_jobs();
        if shell.interactive {
            eprint!("$ ");
        }
        match reader.next_line() {
            Ok(Some(line)) => shell.run_line(&line),
            Ok(None) => break,
            Err(e) => {
                eprintln!("sh: read: {e}");
                shell.status = 1;
                break;
            }
        }
    }
    if shell.interactive {
        eprintln!();
    }
    shell.status
}

/// Whether `fd` is a terminal for the purpose of prompting (see the top).
fn is_terminal(fd: Fd) -> bool {
    if fs::isatty(fd) {
        return true;
    }
    let Ok(st) = fs::fstat(fd) else {
        return false;
    };
    let is_null = fs::stat("/dev/null").is_ok_and(|null| (null.dev, null.ino) == (st.dev, st.ino));
    st.mode & fs::S_IFMT == fs::S_IFCHR && !is_null
}

/// Reads lines from a descriptor. A terminal returns one line per read
/// anyway and a file is ours alone, so those are read in blocks; a pipe is
/// read a byte at a time so that no byte meant for a command we start is
/// taken by the shell.
struct LineReader {
    fd: Fd,
    block: bool,
    buf: Vec<u8>,
    eof: bool,
}

impl LineReader {
    fn new(fd: Fd, block: bool) -> LineReader {
        LineReader {
            fd,
            block,
            buf: Vec::new(),
            eof: false,
        }
    }

    /// The next line without its newline; `None` at end of input.
    fn next_line(&mut self) -> Result<Option<String>, Errno> {
        loop {
            if let Some(end) = self.buf.iter().position(|&b| b == b'\n') {
                let line: Vec<u8> = self.buf.drain(..=end).collect();
                return Ok(Some(String::from_utf8_lossy(&line[..end]).into_owned()));
            }
            if self.eof {
                if self.buf.is_empty() {
                    return Ok(None);
                }
                let line = core::mem::take(&mut self.buf);
                return Ok(Some(String::from_utf8_lossy(&line).into_owned()));
            }
            let mut chunk = [0u8; 256];
            let want = if self.block { chunk.len() } else { 1 };
            match fs::read(self.fd, &mut chunk[..want]) {
                Ok(0) => self.eof = true,
                Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
                Err(Errno::EINTR) => {}
                Err(e) => return Err(e),
            }
        }
    }
}
