//! fork, as Linux's clone(2) does it for a new process: a copy of the
//! caller's address space (copy-on-write, or eager with `fork=eager`: see
//! mm/cow.rs; the trace device's fork event counts the pages), its open
//! files (shared with the parent, as descriptors are), signal dispositions,
//! FP registers and user registers, with a0 = 0 in the child.

use alloc::sync::Arc;

use crate::arch::fp;
use crate::sync::SpinLock;
use crate::drivers::trace;
use crate::sched;
use crate::syscall::errno::*;
use crate::task::{self, exit::vfork_chan, Pid, ProcInner};
use crate::trap::reg;

/// clone flags.
pub const CLONE_VM: usize = 0x100;
#[allow(dead_code)]
pub const CLONE_FS: usize = 0x200;
#[allow(dead_code)]
pub const CLONE_FILES: usize = 0x400;
#[allow(dead_code)]
pub const CLONE_SIGHAND: usize = 0x800;
pub const CLONE_VFORK: usize = 0x4000;
pub const CLONE_THREAD: usize = 0x10000;
pub const CLONE_SETTLS: usize = 0x80000;
pub const CLONE_PARENT_SETTID: usize = 0x100000;
pub const CLONE_CHILD_CLEARTID: usize = 0x200000;
pub const CLONE_CHILD_SETTID: usize = 0x1000000;

/// clone(flags, newsp, parent_tid, tls, child_tid) for a new process.
/// Threads (CLONE_THREAD) are made by `thread::clone_thread`; CLONE_VM
/// without either is not supported. CLONE_VM|CLONE_VFORK (posix_spawn) gets a copy of the
/// memory, and the parent waits until the child execs or exits.
pub fn clone(flags: usize, newsp: usize, parent_tid: usize, tls: usize, child_tid: usize) -> Result<Pid, Errno> {
    if flags & CLONE_THREAD != 0 {
        return super::thread::clone_thread(flags, newsp, parent_tid, tls, child_tid);
    }
    if flags & CLONE_VM != 0 && flags & CLONE_VFORK == 0 {
        // A process sharing its parent's memory without being a thread.
        return Err(ENOSYS);
    }
    let parent = task::current();
    let (child_inner, fork_stats) = {
        let mut pi = parent.inner.lock();
        // The child starts with the parent's FP registers as they are now.
        if fp::is_dirty() {
            fp::save(&mut pi.fp);
        }
        let (aspace, stats) = pi.aspace.as_ref().ok_or(EINVAL)?.lock().fork().ok_or(ENOMEM)?;
        let files = pi.files.lock().clone();
        let inner = ProcInner {
            name: pi.name.clone(),
            exe: pi.exe.clone(),
            aspace: Some(Arc::new(SpinLock::new(aspace))),
            files: Arc::new(SpinLock::new(files)),
            fp: pi.fp,
            signals: pi.signals,
            sched: pi.sched.inherit(),
            affinity: pi.affinity,
            ..task::blank_inner(pi.tgid, pi.cwd)
        };
        (inner, stats)
    };
    let child = task::alloc(child_inner).ok_or(ENOMEM)?;
    // SAFETY: the parent's trap frame belongs to this (the parent's) kernel
    // code; the child's is not in use until it first runs.
    unsafe {
        let tf = &mut *child.trapframe();
        *tf = *parent.trapframe();
        tf.regs[reg::A0] = 0;
        if newsp != 0 {
            tf.regs[reg::SP] = newsp;
        }
        if flags & CLONE_SETTLS != 0 {
            tf.regs[reg::TP] = tls;
        }
    }
    {
        let mut ci = child.inner.lock();
        if flags & CLONE_CHILD_SETTID != 0 {
            let _ = ci.aspace.as_ref().map(|a| a.lock().write_val(child_tid, &(child.pid as u32)));
        }
        if flags & CLONE_CHILD_CLEARTID != 0 {
            ci.clear_child_tid = child_tid;
        }
        if flags & CLONE_VFORK != 0 {
            ci.vfork_parent = Some(parent.pid);
        }
    }
    if flags & CLONE_PARENT_SETTID != 0 {
        let _ = crate::syscall::with_user(|u| u.write_val(parent_tid, &(child.pid as u32)));
    }
    trace::event(trace::CREATED, [child.pid as u64, parent.pid as u64, 0, 0]);
    trace::event(trace::FORK, [child.pid as u64, fork_stats.shared as u64, fork_stats.copied as u64, 0]);
    sched::start(child.pid, &mut child.inner.lock());
    if flags & CLONE_VFORK != 0 {
        while child.inner.lock().vfork_parent.is_some() {
            sched::sleep(vfork_chan(parent.pid));
        }
    }
    Ok(child.pid)
}
