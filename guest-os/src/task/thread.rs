//! Threads: tasks that share their process's address space, descriptor
//! table and signal handlers (clone with CLONE_VM | CLONE_FILES |
//! CLONE_SIGHAND | CLONE_THREAD, as pthread_create and Rust's
//! `thread::spawn` ask). A thread has its own kernel stack, registers, FP
//! state, signal mask and tid; getpid gives the process's id (the tgid).
//!
//! When a thread exits, the kernel clears the tid word the thread library
//! gave with CLONE_CHILD_CLEARTID and wakes its futex: that is how
//! pthread_join learns of the exit. Nobody waits for a thread: the
//! scheduler removes it once it has switched away for the last time.

use alloc::sync::Arc;

use super::exit::WaitStatus;
use super::fork::*;
use super::signal::{SigAltStack, SignalState};
use super::{ProcInner, ProcState};
use crate::arch::{csr, fp};
use crate::drivers::trace;
use crate::mm::kernel_space;
use crate::sched::{self, cpu};
use crate::sync::SpinLock;
use crate::syscall::errno::*;
use crate::task::{self, Pid};
use crate::trap::reg;

/// clone for a new thread of the calling process.
pub fn clone_thread(flags: usize, newsp: usize, parent_tid: usize, tls: usize, child_tid: usize) -> Result<Pid, Errno> {
    // Linux's rules: a thread shares the handlers, which needs shared memory.
    if flags & CLONE_SIGHAND == 0 || flags & CLONE_VM == 0 {
        return Err(EINVAL);
    }
    let parent = task::current();
    let inner = {
        let mut pi = parent.inner.lock();
        if fp::is_dirty() {
            fp::save(&mut pi.fp);
        }
        let files = if flags & CLONE_FILES != 0 { pi.files.clone() } else { Arc::new(SpinLock::new(pi.files.lock().clone())) };
        ProcInner {
            tgid: pi.tgid,
            detached: true,
            name: pi.name.clone(),
            exe: pi.exe.clone(),
            aspace: pi.aspace.clone(),
            files,
            fp: pi.fp,
            signals: SignalState { pending: 0, fault: None, altstack: SigAltStack::default(), ..pi.signals },
            sched: pi.sched.inherit(),
            affinity: pi.affinity,
            ..task::blank_inner(pi.ppid, pi.cwd)
        }
    };
    let child = task::alloc(inner).ok_or(EAGAIN)?;
    // SAFETY: the parent's trap frame is this kernel code's; the child's is
    // unused until it first runs.
    unsafe {
        let tf = &mut *child.trapframe();
        *tf = *parent.trapframe();
        tf.regs[reg::A0] = 0;
        tf.regs[reg::SP] = newsp;
        if flags & CLONE_SETTLS != 0 {
            tf.regs[reg::TP] = tls;
        }
    }
    let tid = child.pid as u32;
    crate::syscall::with_user(|u| {
        if flags & CLONE_PARENT_SETTID != 0 {
            u.write_val(parent_tid, &tid)?;
        }
        if flags & CLONE_CHILD_SETTID != 0 {
            u.write_val(child_tid, &tid)?;
        }
        Ok(())
    })?;
    if flags & CLONE_CHILD_CLEARTID != 0 {
        child.inner.lock().clear_child_tid = child_tid;
    }
    trace::event(trace::CREATED, [child.pid as u64, parent.pid as u64, 0, 0]);
    sched::start(child.pid, &mut child.inner.lock());
    Ok(child.pid)
}

/// Ends the current thread (not the first of its process); never returns.
pub fn exit_thread(status: WaitStatus) -> ! {
    let p = task::current();
    let pid = p.pid;
    let (space, files, clear_tid) = {
        let mut inner = p.inner.lock();
        (inner.aspace.take(), core::mem::take(&mut inner.files), inner.clear_child_tid)
    };
    if let (Some(space), true) = (&space, clear_tid != 0) {
        // pthread_join waits for this word to become 0.
        let _ = space.lock().write_val(clear_tid, &0u32);
        super::futex::wake(space, clear_tid, 1);
    }
    csr::satp::write(kernel_space::kernel_satp());
    drop(space);
    let files = Arc::try_unwrap(files).map(|f| f.into_inner());
    drop(files);
    let c = cpu::this();
    if c.fp_owner() == pid {
        c.set_fp_owner(0);
    }
    trace::event(trace::EXIT, [pid as u64, status.encode() as u64, 0, 0]);
    {
        let mut inner = p.inner.lock();
        inner.state = ProcState::Zombie;
        inner.exit_status = status.encode();
    }
    sched::forget(pid);
    drop(p);
    sched::sched();
    unreachable!("an exited thread ran again");
}
