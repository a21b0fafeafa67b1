//! Signals: dispositions, the blocked mask, the alternate stack, and what
//! sending a signal does. A signal that is ignored (SIG_IGN, or ignored by
//! default) is dropped; one with the default action "terminate" ends the
//! process on its way back to user mode; one with a handler is marked
//! pending and delivered there by `sigframe`, which builds the Linux
//! signal frame. Stop/continue (job control) is not implemented: those
//! signals are ignored.

pub const SIGHUP: u32 = 1;
pub const SIGINT: u32 = 2;
pub const SIGQUIT: u32 = 3;
pub const SIGILL: u32 = 4;
pub const SIGTRAP: u32 = 5;
pub const SIGABRT: u32 = 6;
pub const SIGBUS: u32 = 7;
pub const SIGFPE: u32 = 8;
pub const SIGKILL: u32 = 9;
#[allow(dead_code)]
pub const SIGUSR1: u32 = 10;
pub const SIGSEGV: u32 = 11;
#[allow(dead_code)]
pub const SIGUSR2: u32 = 12;
pub const SIGPIPE: u32 = 13;
pub const SIGALRM: u32 = 14;
pub const SIGTERM: u32 = 15;
pub const SIGCHLD: u32 = 17;
pub const SIGCONT: u32 = 18;
pub const SIGSTOP: u32 = 19;
pub const SIGTSTP: u32 = 20;
pub const SIGTTIN: u32 = 21;
pub const SIGTTOU: u32 = 22;
pub const SIGURG: u32 = 23;
pub const SIGWINCH: u32 = 28;
/// Signals are 1..=64.
pub const NSIG: usize = 64;

pub const SIG_DFL: usize = 0;
pub const SIG_IGN: usize = 1;

/// `struct sigaction` as the riscv64 kernel ABI lays it out.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C)]
pub struct SigAction {
    pub handler: usize,
    pub flags: usize,
    pub mask: u64,
}

/// `stack_t`.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct SigAltStack {
    pub sp: usize,
    pub flags: i32,
    pub pad: i32,
    pub size: usize,
}

pub const SS_ONSTACK: i32 = 1;
pub const SS_DISABLE: i32 = 2;

/// sigaction flags.
pub const SA_ONSTACK: usize = 0x0800_0000;
pub const SA_NODEFER: usize = 0x4000_0000;
pub const SA_RESETHAND: usize = 0x8000_0000;

/// The mask bit of `signal`.
pub const fn bit(signal: u32) -> u64 {
    1 << (signal - 1)
}

/// SIGKILL and SIGSTOP cannot be blocked, caught or ignored.
pub const UNBLOCKABLE: u64 = bit(SIGKILL) | bit(SIGSTOP);

/// What sending a signal does to a process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disposition {
    Ignore,
    Terminate,
    Catch,
}

impl Default for SigAltStack {
    fn default() -> SigAltStack {
        SigAltStack { sp: 0, flags: SS_DISABLE, pad: 0, size: 0 }
    }
}

#[derive(Clone, Copy)]
pub struct SignalState {
    pub actions: [SigAction; NSIG],
    pub mask: u64,
    /// Caught signals sent but not yet delivered.
    pub pending: u64,
    /// A fault's signal waiting for delivery: (signal, address, si_code).
    pub fault: Option<(u32, usize, i32)>,
    pub altstack: SigAltStack,
}

impl Default for SignalState {
    fn default() -> SignalState {
        SignalState { actions: [SigAction::default(); NSIG], mask: 0, pending: 0, fault: None, altstack: SigAltStack::default() }
    }
}

impl SignalState {
    /// After execve: handlers are reset to the default, ignored stays
    /// ignored, the mask is kept, the alternate stack is gone.
    pub fn reset_for_exec(&mut self) {
        for action in self.actions.iter_mut() {
            if action.handler != SIG_IGN {
                *action = SigAction::default();
            }
        }
        self.altstack = SigAltStack::default();
    }

    /// What `signal` does now.
    pub fn disposition(&self, signal: u32) -> Disposition {
        if signal == SIGKILL {
            return Disposition::Terminate;
        }
        match self.actions[signal as usize - 1].handler {
            SIG_IGN => Disposition::Ignore,
            SIG_DFL if matches!(signal, SIGCHLD | SIGCONT | SIGURG | SIGWINCH | SIGSTOP | SIGTSTP | SIGTTIN | SIGTTOU) => {
                Disposition::Ignore
            }
            SIG_DFL => Disposition::Terminate,
            _ => Disposition::Catch,
        }
    }

    /// Whether `signal` is blocked.
    pub fn blocked(&self, signal: u32) -> bool {
        self.mask & bit(signal) & !UNBLOCKABLE != 0
    }

    /// The lowest pending signal that is not blocked, taken off the set.
    pub fn take_deliverable(&mut self) -> Option<u32> {
        let ready = self.pending & !self.mask;
        if ready == 0 {
            return None;
        }
        let signal = ready.trailing_zeros() + 1;
        self.pending &= !bit(signal);
        Some(signal)
    }
}

pub fn signal_name(signal: u32) -> &'static str {
    match signal {
        SIGHUP => "SIGHUP",
        SIGINT => "SIGINT",
        SIGQUIT => "SIGQUIT",
        SIGILL => "SIGILL",
        SIGTRAP => "SIGTRAP",
        SIGABRT => "SIGABRT",
        SIGBUS => "SIGBUS",
        SIGFPE => "SIGFPE",
        SIGKILL => "SIGKILL",
        SIGSEGV => "SIGSEGV",
        SIGPIPE => "SIGPIPE",
        SIGALRM => "SIGALRM",
        SIGTERM => "SIGTERM",
        _ => "signal",
    }
}
