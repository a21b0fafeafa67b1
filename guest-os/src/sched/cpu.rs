//! Per-hart scheduler state (xv6's `struct cpu`): the task running on this
//! hart, the scheduler's own context to switch back to, whose FP registers
//! the hart holds, and the flags that ask for a reschedule.

use alloc::sync::Arc;
use core::cell::{Cell, UnsafeCell};

use crate::arch::switch::Context;
use crate::sync::PerHart;
use crate::task::{Pid, Process};

pub struct Cpu {
    current: Cell<Option<Arc<Process>>>,
    /// The scheduler loop's registers while a task runs.
    context: UnsafeCell<Context>,
    /// The task whose FP registers are live in this hart (0 = none).
    fp_owner: Cell<Pid>,
    /// The pid that ran last (0 = idle), for the trace's switch events.
    last_pid: Cell<Pid>,
    /// When the running task's CPU time was last charged (`time`).
    account_start: Cell<u64>,
    /// The running task's policy wants it off the hart.
    need_resched: Cell<bool>,
    /// A task was queued here since the last look.
    woken: Cell<bool>,
}

impl Cpu {
    const fn new() -> Cpu {
        Cpu {
            current: Cell::new(None),
            context: UnsafeCell::new(Context { ra: 0, sp: 0, s: [0; 12] }),
            fp_owner: Cell::new(0),
            last_pid: Cell::new(0),
            account_start: Cell::new(0),
            need_resched: Cell::new(false),
            woken: Cell::new(false),
        }
    }

    pub fn current(&self) -> Option<Arc<Process>> {
        let p = self.current.take();
        self.current.set(p.clone());
        p
    }

    pub fn set_current(&self, p: Option<Arc<Process>>) {
        self.current.set(p);
    }

    pub fn context(&self) -> *mut Context {
        self.context.get()
    }

    pub fn fp_owner(&self) -> Pid {
        self.fp_owner.get()
    }

    pub fn set_fp_owner(&self, pid: Pid) {
        self.fp_owner.set(pid);
    }

    pub fn last_pid(&self) -> Pid {
        self.last_pid.get()
    }

    pub fn set_last_pid(&self, pid: Pid) {
        self.last_pid.set(pid);
    }

    pub fn account_start(&self) -> u64 {
        self.account_start.get()
    }

    pub fn set_account_start(&self, t: u64) {
        self.account_start.set(t);
    }

    pub fn need_resched(&self) -> bool {
        self.need_resched.get()
    }

    pub fn set_need_resched(&self, v: bool) {
        self.need_resched.set(v);
    }

    pub fn set_woken(&self, v: bool) {
        self.woken.set(v);
    }

    pub fn take_woken(&self) -> bool {
        self.woken.replace(false)
    }
}

static CPUS: PerHart<Cpu> = PerHart::new([const { UnsafeCell::new(Cpu::new()) }; crate::arch::start::MAX_HARTS]);

/// This hart's `Cpu`.
pub fn this() -> &'static Cpu {
    // SAFETY: only this hart reaches its slot (PerHart), and `Cpu` has only
    // interior mutability through `Cell`s, so shared references are fine.
    unsafe { &*CPUS.get() }
}
