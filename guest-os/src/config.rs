//! The kernel command line (`/chosen/bootargs`, QEMU's `-append`):
//!
//! ```text
//! [debug] [strace] [echo=0|1] [sched=POLICY] [quantum=MS|quantum_us=US]
//! [tick=HZ | tickless] [boost=MS] [mlfq=gameable] [affine=0|1]
//! [init=PATH [ARG...]]
//! [debug] [strace] [echo=0|1] [sched=rr] [fork=cow|eager]
//! [thp=never|always|madvise] [populate=lazy|eager] [init=PATH [ARG...]]
//! ```
//!
//! `sched` is one of fifo, sjf, stcf, rr (the default), mlfq, lottery,
//! stride, cfs. `quantum` is the time slice (default: one tick); `tick` the
//! periodic tick's rate (default 100 Hz), or `tickless` for none. `boost`
//! is MLFQ's priority-boost period (default 100 quanta, 0 = never), and
//! `mlfq=gameable` selects OSTEP's rules 4a/4b instead of rule 4.
//! `affine=0` places tasks on the least-loaded hart without regard to
//! where they ran (cache affinity off).
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
    pub quantum_us: u64,
    pub tick_hz: u64,
    pub tickless: bool,
    pub boost_ms: u64,
    pub mlfq_gameable: bool,
    pub affine: bool,
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
    let mut config = BootConfig {
        init_argv: Vec::new(),
        sched: "rr".to_string(),
        quantum_us: 0,
        tick_hz: 100,
        tickless: false,
        boost_ms: u64::MAX,
        mlfq_gameable: false,
        affine: true,
    };
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
            "tickless" => config.tickless = true,
            "mlfq=gameable" => config.mlfq_gameable = true,
            "affine=0" => config.affine = false,
            "affine=1" => config.affine = true,
            "fork=cow" => crate::mm::cow::set_eager(false),
            "fork=eager" => crate::mm::cow::set_eager(true),
            "populate=eager" => crate::mm::mmap::set_eager_populate(true),
            "populate=lazy" => crate::mm::mmap::set_eager_populate(false),
            "thp=never" => crate::mm::huge::set_policy(crate::mm::huge::ThpPolicy::Never),
            "thp=always" => crate::mm::huge::set_policy(crate::mm::huge::ThpPolicy::Always),
            "thp=madvise" => crate::mm::huge::set_policy(crate::mm::huge::ThpPolicy::Madvise),
            _ => {
                let number = |prefix: &str| word.strip_prefix(prefix).and_then(|v| v.parse::<u64>().ok());
                if let Some(policy) = word.strip_prefix("sched=") {
                    config.sched = policy.to_string();
                } else if let Some(ms) = number("quantum=") {
                    config.quantum_us = ms.saturating_mul(1000);
                } else if let Some(us) = number("quantum_us=") {
                    config.quantum_us = us;
                } else if let Some(hz) = number("tick=") {
                    config.tick_hz = hz.clamp(1, 10_000);
                } else if let Some(ms) = number("boost=") {
                    config.boost_ms = ms;
                }
                // Anything else is ignored, as Linux passes unknown options on.
            }
        }
    }
    if config.quantum_us == 0 {
        config.quantum_us = 1_000_000 / config.tick_hz;
    }
    config.quantum_us = config.quantum_us.max(10);
    if config.boost_ms == u64::MAX {
        config.boost_ms = (100 * config.quantum_us).div_ceil(1000);
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
