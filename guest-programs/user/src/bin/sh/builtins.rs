//! The commands the shell runs itself. `cd`, `exit` and `NAME=value` must:
//! they change the shell's own process, which a child could not do for it.
//! `wait` must too: only a parent can wait for its children. `kill`, `pwd`,
//! `jobs`, `exec` and `help` are here for convenience (`/bin/kill` exists as
//! well). `echo` is deliberately NOT a builtin: each `echo` is a fork and an
//! exec, which is the point of the shell.

use alloc::string::String;

use ulib::process::{self, parse_signal};
use ulib::{eprintln, fs, println, Errno};

use crate::Shell;

const BUILTINS: &[(&str, &str)] = &[
    ("cd", "cd [DIR]        change directory (to $HOME, or /)"),
    ("pwd", "pwd             print the current directory"),
    (
        "exit",
        "exit [N]        leave the shell with status N (default: $?)",
    ),
    (
        "wait",
        "wait [PID...]   wait for background jobs (all, or these)",
    ),
    ("kill", "kill [-SIG] PID send a signal (default TERM)"),
    (
        "jobs",
        "jobs            list the background jobs still running",
    ),
    (
        "exec",
        "exec CMD...     replace the shell with CMD (no fork)",
    ),
    ("help", "help            this list"),
    (":", ":               do nothing, successfully"),
];

pub fn is_builtin(name: &str) -> bool {
    BUILTINS.iter().any(|b| b.0 == name)
}

/// Runs builtin `argv[0]`; returns its status.
pub fn run(shell: &mut Shell, argv: &[String]) -> i32 {
    let args: alloc::vec::Vec<&str> = argv[1..].iter().map(String::as_str).collect();
    match argv[0].as_str() {
        "cd" => cd(shell, &args),
        "pwd" => pwd(),
        "exit" => exit(shell, &args),
        "wait" => wait(shell, &args),
        "kill" => kill(&args),
        "jobs" => {
            for job in &shell.jobs {
                println!("{:?} {}", job.pids, job.text);
            }
            0
        }
        "exec" => {
            if argv.len() == 1 {
                return 0;
            }
            shell.exec(&argv[1..])
        }
        "help" => {
            println!("builtins:");
            for (_, text) in BUILTINS {
                println!("  {text}");
            }
            println!("other commands are programs in $PATH (default /bin): try `ls /bin`");
            println!("syntax: a | b, a > f, a >> f, a < f, 2>&1, a &, a; b, a && b, a || b,");
            println!("        'quotes', \"$VAR\", $? (last status), $$ (pid), $! (last job)");
            0
        }
        ":" => 0,
        other => {
            eprintln!("sh: {other}: not a builtin");
            1
        }
    }
}

fn cd(shell: &Shell, args: &[&str]) -> i32 {
    let home = shell.lookup("HOME").unwrap_or_else(|| String::from("/"));
    let dir = args.first().copied().unwrap_or(&home);
    match fs::chdir(dir) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("sh: cd: {dir}: {e}");
            1
        }
    }
}

fn pwd() -> i32 {
    let mut buf = [0u8; 256];
    match fs::getcwd(&mut buf) {
        Ok(dir) => {
            println!("{dir}");
            0
        }
        Err(e) => {
            eprintln!("sh: pwd: {e}");
            1
        }
    }
}

fn exit(shell: &Shell, args: &[&str]) -> i32 {
    let code = match args.first() {
        None => shell.status,
        Some(n) => match n.parse::<i32>() {
            Ok(n) => n & 0xff,
            Err(_) => {
                eprintln!("sh: exit: {n}: numeric argument required");
                2
            }
        },
    };
    process::exit(code)
}

/// `wait`: all children; `wait PID...`: those, status of the last.
fn wait(shell: &mut Shell, args: &[&str]) -> i32 {
    if args.is_empty() {
        loop {
            match process::wait4(-1, 0) {
                Ok((pid, status)) => shell.job_ended(pid, status, false),
                Err(Errno::EINTR) => {}
                // ECHILD: no children left.
                Err(_) => return 0,
            }
        }
    }
    let mut status = 0;
    for arg in args {
        let Ok(pid) = arg.parse::<i32>() else {
            eprintln!("sh: wait: {arg}: not a pid");
            status = 2;
            continue;
        };
        status = match process::wait4(pid, 0) {
            Ok((_, ws)) => {
                shell.job_ended(pid, ws, false);
                ws.shell_status()
            }
            Err(e) => {
                eprintln!("sh: wait: {pid}: {e}");
                127
            }
        };
    }
    status
}

fn kill(args: &[&str]) -> i32 {
    let (sig, pids) = match args.first() {
        Some(flag) if flag.starts_with('-') && flag.len() > 1 => match parse_signal(&flag[1..]) {
            Some(sig) => (sig, &args[1..]),
            None => {
                eprintln!("sh: kill: {flag}: unknown signal");
                return 2;
            }
        },
        _ => (process::SIGTERM, args),
    };
    if pids.is_empty() {
        eprintln!("sh: kill: usage: kill [-SIGNAL] PID...");
        return 2;
    }
    let mut status = 0;
    for arg in pids {
        let result = arg.parse::<i32>().map_err(|_| Errno::EINVAL);
        if let Err(e) = result.and_then(|pid| process::kill(pid, sig)) {
            eprintln!("sh: kill: {arg}: {e}");
            status = 1;
        }
    }
    status
}
