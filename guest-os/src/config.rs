//! The kernel command line (`/chosen/bootargs`, QEMU's `-append`):
//!
//! ```text
//! [debug] [strace] [echo=0|1] [sched=rr] [fork=cow|eager]
//! [thp=never|always|madvise] [populate=lazy|eager] [init=PATH [ARG...]]
//! ```
//!
//! Words are separated by spaces; double quotes group words into one
//! argument (see `split_words`). Kernel options come first; `init=PATH` names the first program (default
//! `/bin/sh`) and everything after it is that program's argv[1..].
//! `debug` prints kernel diagnostics on the console (off by default: the
//! console is also the programs' stdout). `echo=1` makes the console echo
//! what it receives, for a terminal in raw mode (QEMU `-nographic`); rvlab
//! leaves the host terminal cooked, which echoes by itself. `fork=eager`
//! makes fork copy every page instead of sharing them copy-on-write (for
//! comparing the two); `thp=` is the transparent huge page policy (see
//! mm/huge.rs); `populate=eager` gives anonymous memory and the heap their
//! frames at mmap/brk time instead of on first touch (mm/mmap.rs).

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

/// Splits the command line into words at spaces, as Linux does, except
/// inside double quotes (`init=/bin/sh -c "echo hi | wc"`): the quotes
/// group, and are removed; `\"` and `\\` inside quotes stand for `"`, `\`.
pub fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quoted = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            '\\' if quoted => {
                if let Some(next) = chars.next() {
                    if next != '"' && next != '\\' {
                        word.push('\\');
                    }
                    word.push(next);
                }
            }
            c if c.is_ascii_whitespace() && !quoted => {
                if in_word {
                    words.push(core::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

pub fn parse(bootargs: &str) -> BootConfig {
    let mut config = BootConfig { init_argv: Vec::new(), sched: "rr".to_string() };
    let mut words = split_words(bootargs).into_iter();
    while let Some(word) = words.next() {
        if let Some(path) = word.strip_prefix("init=") {
            config.init_argv.push(path.to_string());
            config.init_argv.extend(words.by_ref());
            break;
        }
        match word.as_str() {
            "debug" => DEBUG.store(true, Ordering::Relaxed),
            "strace" => set_strace(),
            "echo=1" => ECHO.store(true, Ordering::Relaxed),
            "echo=0" => ECHO.store(false, Ordering::Relaxed),
            "fork=cow" => crate::mm::cow::set_eager(false),
            "fork=eager" => crate::mm::cow::set_eager(true),
            "populate=eager" => crate::mm::mmap::set_eager_populate(true),
            "populate=lazy" => crate::mm::mmap::set_eager_populate(false),
            "thp=never" => crate::mm::huge::set_policy(crate::mm::huge::ThpPolicy::Never),
            "thp=always" => crate::mm::huge::set_policy(crate::mm::huge::ThpPolicy::Always),
            "thp=madvise" => crate::mm::huge::set_policy(crate::mm::huge::ThpPolicy::Madvise),
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
