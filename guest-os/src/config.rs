//! The kernel command line (`/chosen/bootargs`, QEMU's `-append`):
//!
//! ```text
//! [debug] [strace] [echo=0|1] [sched=rr] [init=PATH [ARG...]]
//! ```
//!
//! Kernel options come first; `init=PATH` names the first program (default
//! `/bin/sh`) and everything after it is that program's argv[1..].
//! `debug` prints kernel diagnostics on the console (off by default: the
//! console is also the programs' stdout). `echo=1` makes the console echo
//! what it receives, for a terminal in raw mode (QEMU `-nographic`); rvlab
//! leaves the host terminal cooked, which echoes by itself.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, Ordering};

static DEBUG: AtomicBool = AtomicBool::new(false);
static ECHO: AtomicBool = AtomicBool::new(false);

pub fn debug() -> bool {
    DEBUG.load(Ordering::Relaxed)
}

pub fn echo() -> bool {
    ECHO.load(Ordering::Relaxed)
}

/// What the command line asks for.
pub struct BootConfig {
    pub init_argv: Vec<String>,
    pub sched: String,
}

pub fn parse(bootargs: &str) -> BootConfig {
    let mut config = BootConfig { init_argv: Vec::new(), sched: "rr".to_string() };
    let mut words = bootargs.split_ascii_whitespace();
    while let Some(word) = words.next() {
        if let Some(path) = word.strip_prefix("init=") {
            config.init_argv.push(path.to_string());
            config.init_argv.extend(words.by_ref().map(|w| w.to_string()));
            break;
        }
        match word {
            "debug" => DEBUG.store(true, Ordering::Relaxed),
            "strace" => set_strace(),
            "echo=1" => ECHO.store(true, Ordering::Relaxed),
            "echo=0" => ECHO.store(false, Ordering::Relaxed),
            _ => {
                if let Some(policy) = word.strip_prefix("sched=") {
                    config.sched = policy.to_string();
                }
                // Anything else is ignored, as Linux passes unknown options on.
            }
        }
    }
    if config.init_argv.is_empty() {
        config.init_argv.push("/bin/sh".to_string());
    }
    config
}

static STRACE: AtomicBool = AtomicBool::new(false);

/// With `strace` on the command line, every syscall is logged on the console.
pub fn strace() -> bool {
    STRACE.load(Ordering::Relaxed)
}

pub(crate) fn set_strace() {
    STRACE.store(true, Ordering::Relaxed);
}
