//! Trace events: what happened, on which hart, at which cycle. The hart
//! emits hardware events (traps, interrupts, trap returns, `satp` writes) at
//! the instruction that causes them; the machine adds what the guest kernel
//! reports through the trace device and what the Linux syscall ABI says.

use crate::devices::trace::GuestEventKind;
use crate::hart::Privilege;

bitflags::bitflags! {
    /// The categories `--trace` selects.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Categories: u32 {
        /// Synchronous exceptions (except page faults and syscalls).
        const TRAP = 1 << 0;
        /// Interrupts taken.
        const IRQ = 1 << 1;
        /// mret/sret.
        const RETURN = 1 << 2;
        /// Page faults (instruction, load, store/AMO).
        const PAGEFAULT = 1 << 3;
        /// Linux syscalls from U-mode (ecall ... return to U-mode).
        const SYSCALL = 1 << 4;
        /// satp writes (address-space switches).
        const SATP = 1 << 5;
        /// Context switches reported by the kernel.
        const SWITCH = 1 << 6;
        /// Process creation and exec reported by the kernel.
        const EXEC = 1 << 7;
        /// Process exits reported by the kernel.
        const EXIT = 1 << 8;
        /// Job arrivals and the scheduler's configuration reported by the kernel.
        const SCHED = 1 << 9;
    }
}

impl Categories {
    /// The names `--trace` accepts, with their categories.
    pub const NAMES: [(&'static str, Categories); 10] = [
        ("trap", Categories::TRAP),
        ("irq", Categories::IRQ),
        ("return", Categories::RETURN),
        ("pagefault", Categories::PAGEFAULT),
        ("syscall", Categories::SYSCALL),
        ("satp", Categories::SATP),
        ("switch", Categories::SWITCH),
        ("exec", Categories::EXEC),
        ("exit", Categories::EXIT),
        ("sched", Categories::SCHED),
    ];

    /// Parses a comma-separated list (`all` for everything).
    pub fn parse(list: &str) -> Result<Categories, String> {
        let mut set = Categories::empty();
        for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            if word == "all" {
                set = Categories::all();
                continue;
            }
            match Self::NAMES.iter().find(|(name, _)| *name == word) {
                Some((_, c)) => set |= *c,
                None => {
                    let names: Vec<&str> = Self::NAMES.iter().map(|(n, _)| *n).collect();
                    return Err(format!(
                        "unknown trace category `{word}`; the categories are {}, or all",
                        names.join(", ")
                    ));
                }
            }
        }
        Ok(set)
    }
}

/// What an event says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A trap was taken (cause with the interrupt bit for interrupts).
    Trap {
        cause: u64,
        epc: u64,
        tval: u64,
        from: Privilege,
        to: Privilege,
    },
    /// mret/sret back to `to`, at `pc`.
    Return {
        from: Privilege,
        to: Privilege,
        pc: u64,
    },
    /// A write to satp.
    Satp { value: u64 },
    /// A syscall from U-mode: number and arguments at the ecall.
    SyscallEnter { nr: u64, args: [u64; 6] },
    /// The return to U-mode that completes a syscall, with its text already
    /// decoded (arguments read from guest memory at that point). The event's
    /// cycle is the return's; `enter_cycle` is the ecall's.
    SyscallExit {
        nr: u64,
        ret: u64,
        text: String,
        enter_cycle: u64,
    },
    /// An event reported by the guest kernel through the trace device.
    Guest {
        kind: GuestEventKind,
        args: [u64; 4],
        name: Option<String>,
    },
}

/// One event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub hart: usize,
    /// The hart's mcycle (modeled cycles, or instructions without the
    /// timing model) when it happened.
    pub cycle: u64,
    pub kind: EventKind,
}

impl Event {
    /// The category the event belongs to.
    pub fn category(&self) -> Categories {
        match &self.kind {
            EventKind::Trap { cause, .. } if cause >> 63 == 1 => Categories::IRQ,
            EventKind::Trap {
                cause: 12 | 13 | 15,
                ..
            } => Categories::PAGEFAULT,
            EventKind::Trap { .. } => Categories::TRAP,
            EventKind::Return { .. } => Categories::RETURN,
            EventKind::Satp { .. } => Categories::SATP,
            EventKind::SyscallEnter { .. } | EventKind::SyscallExit { .. } => Categories::SYSCALL,
            EventKind::Guest { kind, .. } => match kind {
                GuestEventKind::ContextSwitch => Categories::SWITCH,
                GuestEventKind::Exit | GuestEventKind::OomKill => Categories::EXIT,
                GuestEventKind::JobArrival | GuestEventKind::Scheduler => Categories::SCHED,
                GuestEventKind::PageFault => Categories::PAGEFAULT,
                _ => Categories::EXEC,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_category_lists() {
        assert_eq!(
            Categories::parse("trap,irq").unwrap(),
            Categories::TRAP | Categories::IRQ
        );
        assert_eq!(Categories::parse("all").unwrap(), Categories::all());
        let err = Categories::parse("trap,bogus").unwrap_err();
        assert!(err.contains("`bogus`") && err.contains("syscall"), "{err}");
    }
}
