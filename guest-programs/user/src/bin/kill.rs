//! kill [-SIGNAL] PID...: sends a signal (TERM by default; by number or name,
//! `-9`, `-KILL`, `-s KILL`) to each process. `kill -l` lists the names.

#![no_std]
#![no_main]

use ulib::process::{self, parse_signal, signal_name};
use ulib::{die, env, eprintln, println};

ulib::entry!(main);

fn main() -> i32 {
    let mut args = env::args().skip(1).peekable();
    let mut sig = process::SIGTERM;
    match args.peek().copied() {
        Some("-l") => {
            for n in 1..=20 {
                if let Some(name) = signal_name(n) {
                    println!("{n:2} {name}");
                }
            }
            return 0;
        }
        Some("-s") => {
            args.next();
            let name = args.next().unwrap_or_else(|| die!("-s needs a signal"));
            sig = parse_signal(name).unwrap_or_else(|| die!("unknown signal {name}"));
        }
        Some(flag) if flag.starts_with('-') && flag.len() > 1 => {
            args.next();
            sig = parse_signal(&flag[1..]).unwrap_or_else(|| die!("unknown signal {flag}"));
        }
        _ => {}
    }
    if args.peek().is_none() {
        die!("usage: kill [-SIGNAL] PID...");
    }
    let mut status = 0;
    for arg in args {
        let Ok(pid) = arg.parse::<i32>() else {
            eprintln!("kill: {arg}: not a pid");
            status = 1;
            continue;
        };
        if let Err(e) = process::kill(pid, sig) {
            eprintln!("kill: ({pid}): {e}");
            status = 1;
        }
    }
    status
}
