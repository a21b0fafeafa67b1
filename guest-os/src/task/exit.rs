//! The end of a process (OSTEP ch. 5): exit, wait4, kill.
//!
//! An exiting process frees what it can right away (address space, open
//! files) and becomes a zombie that keeps only its exit status and kernel
//! stack, until its parent collects it with wait4. Its children go to init.
//! When init itself exits, the machine powers off with init's status, so
//! `rvlab run PROGRAM` and QEMU exit with the program's status.

use crate::arch::csr;
use crate::drivers::{finisher, trace};
use crate::mm::kernel_space;
use crate::sched::{self, cpu};
use crate::syscall::errno::*;
use crate::task::signal::{bit, Disposition, SIGCHLD};
use crate::task::{self, Pid, ProcState, INIT_PID};

/// How a process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitStatus {
    Exited(u8),
    Signaled(u32),
}

impl WaitStatus {
    /// The `wstatus` wait4 reports: `code << 8`, or the signal number.
    pub fn encode(self) -> i32 {
        match self {
            WaitStatus::Exited(code) => (code as i32) << 8,
            WaitStatus::Signaled(signal) => signal as i32,
        }
    }

    /// What a shell shows as `$?`: the code, or 128 + the signal.
    pub fn shell_code(self) -> u32 {
        match self {
            WaitStatus::Exited(code) => code as u32,
            WaitStatus::Signaled(signal) => 128 + signal,
        }
    }
}

/// The channel a parent sleeps on in wait4.
pub fn wait_chan(pid: Pid) -> usize {
    (1 << 40) | pid
}

/// The channel a vfork parent sleeps on.
pub fn vfork_chan(pid: Pid) -> usize {
    (2 << 40) | pid
}

/// Whether an exit ends the calling thread or its whole process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitScope {
    Thread,
    Group,
}

/// Ends the current task, and with `Group` the other threads of its
/// process too; never returns. A process's first task ends the process
/// (its exit status is the one its parent sees); other threads just go.
pub fn exit_current(status: WaitStatus, scope: ExitScope) -> ! {
    let p = task::current();
    let pid = p.pid;
    let tgid = p.inner.lock().tgid;
    if scope == ExitScope::Group {
        task::for_each(|other, inner| {
            if inner.tgid == tgid && other != pid && inner.state != ProcState::Zombie {
                inner.exit_request.get_or_insert(status);
                if inner.state == ProcState::Sleeping {
                    sched::make_runnable(other, inner);
                }
                sched::kick(inner);
            }
        });
    }
    if pid != tgid {
        drop(p);
        super::thread::exit_thread(status);
    }
    let (files, aspace, ppid, vfork_parent) = {
        let mut inner = p.inner.lock();
        (core::mem::take(&mut inner.files), inner.aspace.take(), inner.ppid, inner.vfork_parent.take())
    };
    // The last thread's reference frees the table (and closes its files).
    let files = alloc::sync::Arc::try_unwrap(files).map(|f| f.into_inner());
    // Leave the address space before freeing it (the kernel half is the
    // same in every table; its mappings are global).
    csr::satp::write(kernel_space::kernel_satp());
    drop(aspace);
    drop(files);
    let c = cpu::this();
    if c.fp_owner() == pid {
        c.set_fp_owner(0);
    }

    let mut orphaned_zombie = false;
    task::for_each(|_, inner| {
        if inner.ppid == pid && !inner.detached {
            inner.ppid = INIT_PID;
            orphaned_zombie |= inner.state == ProcState::Zombie;
        }
    });
    trace::event(trace::EXIT, [pid as u64, status.encode() as u64, 0, 0]);
    if pid == INIT_PID {
        crate::klog!("init exited ({status:?}) after {} ticks", sched::ticks());
        crate::syscall::report_unimplemented();
        finisher::power_off(status.shell_code());
    }
    {
        let mut inner = p.inner.lock();
        inner.state = ProcState::Zombie;
        inner.exit_status = status.encode();
    }
    sched::forget(pid);
    if let Some(parent) = vfork_parent {
        sched::wakeup(vfork_chan(parent));
    }
    sched::wakeup(wait_chan(ppid));
    // SIGCHLD is ignored by default; a parent with a handler gets it.
    if let Some(parent) = task::lookup(ppid) {
        if parent.inner.lock().signals.disposition(SIGCHLD) == Disposition::Catch {
            let _ = kill(ppid, SIGCHLD);
        }
    }
    if orphaned_zombie {
        sched::wakeup(wait_chan(INIT_PID));
    }
    drop(p);
    sched::sched();
    unreachable!("a zombie ran again");
}

/// wait4's options.
pub const WNOHANG: usize = 1;

/// Waits for a child (`which` = -1 or 0: any; > 0: that one) to end;
/// reaps it and returns (pid, wstatus), or `None` with WNOHANG.
pub fn wait(which: isize, options: usize) -> Result<Option<(Pid, i32)>, Errno> {
    let me = task::current();
    let tgid = me.inner.lock().tgid;
    loop {
        let mut have_child = false;
        let mut zombie = None;
        task::for_each(|pid, inner| {
            // Children are processes (first tasks), not their threads.
            if inner.ppid == tgid && pid == inner.tgid && (which <= 0 || which as usize == pid) {
                have_child = true;
                if inner.state == ProcState::Zombie && zombie.is_none() {
                    zombie = Some((pid, inner.exit_status));
                }
            }
        });
        if let Some((pid, status)) = zombie {
            // The last reference: its kernel stack is freed here.
            task::remove(pid);
            return Ok(Some((pid, status)));
        }
        if !have_child {
            return Err(ECHILD);
        }
        if options & WNOHANG != 0 {
            return Ok(None);
        }
        if task::current_interrupted() {
            return Err(EINTR);
        }
        sched::sleep(wait_chan(tgid));
    }
}

/// Sends `signal` to process `pid` (0 only checks that it exists).
pub fn kill(pid: Pid, signal: u32) -> Result<(), Errno> {
    if signal as usize > super::signal::NSIG {
        return Err(EINVAL);
    }
    let p = task::lookup(pid).ok_or(ESRCH)?;
    let mut inner = p.inner.lock();
    if signal == 0 || inner.state == ProcState::Zombie {
        return Ok(());
    }
    let blocked = inner.signals.blocked(signal);
    match inner.signals.disposition(signal) {
        Disposition::Ignore => return Ok(()),
        Disposition::Terminate if !blocked => {
            inner.killed.get_or_insert(signal);
        }
        // Caught, or fatal but blocked: it waits for delivery.
        Disposition::Terminate | Disposition::Catch => inner.signals.pending |= bit(signal),
    }
    // Interrupt a sleep (the syscall returns EINTR) unless it stays blocked.
    if inner.state == ProcState::Sleeping && !blocked {
        sched::make_runnable(pid, &mut inner);
    }
    if !blocked {
        sched::kick(&inner);
    }
    Ok(())
}
