//! Processes (OSTEP ch. 4-5): the process table, what the kernel keeps per
//! process, and the process API built on it (fork, exec, exit/wait, kill
//! in the files beside this one).
//!
//! Each entry of the table is a task (a thread) with its own kernel stack:
//! while it is in the kernel (a syscall, a fault, sleeping) its kernel code
//! runs on that stack, and `sched::sched` switches between those stacks and
//! the scheduler's. A process is a thread group: its first task (pid ==
//! tgid) and the threads it cloned, which share its address space, file
//! table and signal handlers (see thread.rs).
//!
//! Locking: all kernel code runs under the big kernel lock (`sync::bkl`);
//! inside it, the table lock, then a process's `inner` lock, then a run
//! queue's lock, in that order; none is held across a switch.

pub mod exec;
pub mod exit;
pub mod fork;
pub mod futex;
pub mod sigframe;
pub mod signal;
pub mod thread;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::sync::Arc;
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicUsize, Ordering};

use crate::arch::fp::FpState;
use crate::arch::switch::Context;
use crate::fs::fd::FdTable;
use crate::fs::initrd::Ino;
use crate::mm::addr_space::AddrSpace;
use crate::mm::kstack::KernelStack;
use crate::sched::cpu;
use crate::sched::policy::SchedEntity;
use crate::sync::SpinLock;
use crate::trap::TrapFrame;
use signal::SignalState;

pub type Pid = usize;

/// An address space several threads may share. Lock order: a process's
/// `inner`, then its address space or file table, never the reverse.
pub type SharedSpace = Arc<SpinLock<AddrSpace>>;
/// A descriptor table several threads may share.
pub type SharedFiles = Arc<SpinLock<FdTable>>;

/// The first process; orphans are re-parented to it, and when it exits the
/// machine powers off.
pub const INIT_PID: Pid = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProcState {
    Runnable,
    Running,
    Sleeping,
    /// Exited, waiting for its parent's wait4.
    Zombie,
}

/// What the kernel knows about a process, behind its lock.
pub struct ProcInner {
    pub state: ProcState,
    /// The thread group (process) id: getpid. Equal to the task's own id
    /// (gettid) for a process's first task.
    pub tgid: Pid,
    /// A thread: no parent waits for it; the scheduler reaps it.
    pub detached: bool,
    /// Another thread asked the whole group to exit with this status.
    pub exit_request: Option<exit::WaitStatus>,
    /// The futex (address space, address) a sleeping task waits on.
    pub futex_key: Option<(usize, usize)>,
    pub ppid: Pid,
    /// The program's name (the last path component at exec), like `comm`.
    pub name: String,
    /// The path it was executed from (for /proc/self/exe).
    pub exe: String,
    /// The address space, shared by the threads of a process.
    pub aspace: Option<SharedSpace>,
    /// The descriptor table, shared by threads (CLONE_FILES).
    pub files: SharedFiles,
    pub cwd: Ino,
    /// Wait status once a zombie (Linux encoding).
    pub exit_status: i32,
    /// A fatal signal on its way: the process dies on its way back to user
    /// mode (or when a sleep notices).
    pub killed: Option<u32>,
    pub fp: FpState,
    pub signals: SignalState,
    /// What a sleeping process waits for.
    pub chan: usize,
    /// For timed sleeps: the `time` value that ends it.
    pub wake_at: Option<u64>,
    /// set_tid_address / CLONE_CHILD_CLEARTID (recorded; one thread only).
    pub clear_child_tid: usize,
    /// A parent blocked in clone(CLONE_VFORK) until this child execs or exits.
    pub vfork_parent: Option<Pid>,
    /// Time spent running (user and kernel), in `time` ticks, not counting
    /// the current run (which began at `run_start`).
    pub cpu_time: u64,
    /// What the scheduling policies know about it; moves with it between
    /// harts' run queues.
    pub sched: SchedEntity,
    /// The harts it may run on (sched_setaffinity), one bit per hart.
    pub affinity: u64,
    /// The hart it last ran on (`NO_HART` before its first run).
    pub last_hart: usize,
    /// The hart whose run queue holds it while it is runnable.
    pub queued_on: Option<usize>,
    /// It waits to arrive as a job (`rvlab_sched_hint`): the wakeup that
    /// ends the wait is reported to the host as its arrival.
    pub arrival_pending: bool,
    /// When it was last switched in (`time`), while running.
    pub run_start: u64,
    /// The hart whose FP registers were last loaded with its state.
    pub fp_hart: usize,
}

/// No hart (a task that has not run yet).
pub const NO_HART: usize = usize::MAX;

impl ProcInner {
    /// CPU time used so far, including the current run, in `time` ticks.
    pub fn cpu_time_now(&self) -> u64 {
        match self.state {
            ProcState::Running => self.cpu_time + crate::drivers::timer::now().saturating_sub(self.run_start),
            _ => self.cpu_time,
        }
    }
}

pub struct Process {
    pub pid: Pid,
    pub inner: SpinLock<ProcInner>,
    /// Saved kernel registers while switched out (touched only by `swtch`,
    /// on the hart that runs the process).
    context: UnsafeCell<Context>,
    /// User registers while in the kernel (touched only by the process's
    /// own kernel code, and by fork/exec on behalf of it).
    trapframe: UnsafeCell<TrapFrame>,
    kstack: KernelStack,
}

// SAFETY: `context` and `trapframe` are only used by the hart currently
// running the process (see their comments); the rest is behind the lock.
unsafe impl Sync for Process {}
// SAFETY: as above; nothing in a Process is tied to one hart.
unsafe impl Send for Process {}

impl Process {
    pub fn context(&self) -> *mut Context {
        self.context.get()
    }

    pub fn trapframe(&self) -> *mut TrapFrame {
        self.trapframe.get()
    }

    pub fn kstack_top(&self) -> usize {
        self.kstack.top()
    }
}

static PROCS: SpinLock<BTreeMap<Pid, Arc<Process>>> = SpinLock::new(BTreeMap::new());
static NEXT_PID: AtomicUsize = AtomicUsize::new(INIT_PID);

/// A new process (not yet runnable) whose first switch lands in
/// `fork_return` on a fresh kernel stack; `None` when out of memory.
/// `inner.tgid` 0 makes the task a new process (tgid = its pid).
pub fn alloc(mut inner: ProcInner) -> Option<Arc<Process>> {
    let kstack = KernelStack::new()?;
    let pid = NEXT_PID.fetch_add(1, Ordering::Relaxed);
    if inner.tgid == 0 {
        inner.tgid = pid;
    }
    let mut context = Context::default();
    context.ra = crate::trap::user::fork_return as *const () as usize;
    context.sp = kstack.top();
    let proc = Arc::new(Process {
        pid,
        inner: SpinLock::new(inner),
        context: UnsafeCell::new(context),
        trapframe: UnsafeCell::new(TrapFrame::default()),
        kstack,
    });
    PROCS.lock().insert(pid, proc.clone());
    Some(proc)
}

/// A fresh `ProcInner` with nothing in it.
pub fn blank_inner(ppid: Pid, cwd: Ino) -> ProcInner {
    ProcInner {
        state: ProcState::Sleeping,
        tgid: 0,
        detached: false,
        exit_request: None,
        futex_key: None,
        ppid,
        name: String::new(),
        exe: String::new(),
        aspace: None,
        files: Arc::new(SpinLock::new(FdTable::default())),
        cwd,
        exit_status: 0,
        killed: None,
        fp: FpState::new(),
        signals: SignalState::default(),
        chan: 0,
        wake_at: None,
        clear_child_tid: 0,
        vfork_parent: None,
        cpu_time: 0,
        sched: SchedEntity::new(),
        affinity: u64::MAX,
        last_hart: NO_HART,
        queued_on: None,
        arrival_pending: false,
        run_start: 0,
        fp_hart: NO_HART,
    }
}

pub fn lookup(pid: Pid) -> Option<Arc<Process>> {
    PROCS.lock().get(&pid).cloned()
}

/// Removes a reaped zombie from the table.
pub fn remove(pid: Pid) -> Option<Arc<Process>> {
    PROCS.lock().remove(&pid)
}

/// Calls `f` with every process's pid and locked state.
pub fn for_each(mut f: impl FnMut(Pid, &mut ProcInner)) {
    let procs = PROCS.lock();
    for (pid, proc) in procs.iter() {
        f(*pid, &mut proc.inner.lock());
    }
}

/// The process running on this hart (panics in the scheduler's own code).
pub fn current() -> Arc<Process> {
    cpu::this().current().expect("no current process")
}

/// The current process's address space (None only while it exits).
pub fn current_space() -> Option<SharedSpace> {
    current().inner.lock().aspace.clone()
}

/// The current process's descriptor table.
pub fn current_files() -> SharedFiles {
    current().inner.lock().files.clone()
}

/// Whether a signal interrupts what the current task waits for: a fatal
/// one, one to deliver, or its process ending (sleeps check this to
/// return EINTR).
pub fn current_interrupted() -> bool {
    let p = current();
    let inner = p.inner.lock();
    inner.killed.is_some() || inner.exit_request.is_some() || inner.signals.pending & !inner.signals.mask != 0
}
