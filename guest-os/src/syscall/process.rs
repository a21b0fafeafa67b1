//! Process syscalls: the process API (clone, execve, wait4, exit, kill),
//! identity and limits, and the minimal signal bookkeeping the C and Rust
//! runtimes expect at start-up.

use alloc::string::String;

use super::errno::*;
use super::with_user;
use crate::mm::layout::USER_STACK_SIZE;
use crate::task::exec::ARG_MAX;
use crate::task::exit::{self, WaitStatus};
use crate::task::signal::*;
use crate::task::{self, fork};

pub fn clone(flags: usize, newsp: usize, parent_tid: usize, tls: usize, child_tid: usize) -> SysResult {
    fork::clone(flags, newsp, parent_tid, tls, child_tid)
}

pub fn execve(path: usize, argv: usize, envp: usize) -> SysResult {
    let (path, argv, envp) = with_user(|u| {
        Ok((u.read_cstr(path, crate::fs::path::PATH_MAX)?, u.read_str_array(argv, ARG_MAX)?, u.read_str_array(envp, ARG_MAX)?))
    })?;
    task::exec::exec(&path, argv, envp)?;
    Ok(0)
}

pub fn wait4(pid: isize, wstatus: usize, options: usize, rusage: usize) -> SysResult {
    match exit::wait(pid, options)? {
        None => Ok(0),
        Some((child, status)) => {
            with_user(|u| {
                if wstatus != 0 {
                    u.write_val(wstatus, &status)?;
                }
                if rusage != 0 {
                    u.copy_out(rusage, &[0u8; 144])?;
                }
                Ok(())
            })?;
            Ok(child)
        }
    }
}

/// exit ends the calling thread (the whole process if it is the first
/// thread: a simplification of Linux, which waits for the others);
/// exit_group ends every thread.
pub fn exit(code: usize, group: bool) -> SysResult {
    let p = task::current();
    let leader = p.inner.lock().tgid == p.pid;
    drop(p);
    let scope = if group || leader { exit::ExitScope::Group } else { exit::ExitScope::Thread };
    exit::exit_current(WaitStatus::Exited(code as u8), scope)
}

/// tgkill: a signal to one thread of a process.
pub fn tgkill(tgid: usize, tid: usize, signal: usize) -> SysResult {
    let p = task::lookup(tid).ok_or(ESRCH)?;
    if p.inner.lock().tgid != tgid {
        return Err(ESRCH);
    }
    exit::kill(tid, u32::try_from(signal).map_err(|_| EINVAL)?)?;
    Ok(0)
}

/// kill: pid > 0 names a process; 0 (our "group") is ourselves; -1 is
/// everyone but init and ourselves.
pub fn kill(pid: isize, signal: usize) -> SysResult {
    let signal = u32::try_from(signal).map_err(|_| EINVAL)?;
    let me = task::current().pid;
    match pid {
        p if p > 0 => exit::kill(p as usize, signal)?,
        0 => exit::kill(me, signal)?,
        -1 => {
            let mut pids = alloc::vec::Vec::new();
            task::for_each(|pid, inner| {
                if pid == inner.tgid {
                    pids.push(pid);
                }
            });
            for pid in pids.into_iter().filter(|&p| p != me && p != task::INIT_PID) {
                let _ = exit::kill(pid, signal);
            }
        }
        _ => return Err(ESRCH),
    }
    Ok(0)
}

pub fn set_tid_address(ptr: usize) -> SysResult {
    let p = task::current();
    p.inner.lock().clear_child_tid = ptr;
    Ok(p.pid)
}

/// prlimit64 (and getrlimit): reports fixed limits; new limits are accepted
/// and ignored.
pub fn prlimit64(_pid: usize, resource: usize, _new: usize, old: usize) -> SysResult {
    const RLIMIT_STACK: usize = 3;
    const RLIMIT_NOFILE: usize = 7;
    const INFINITY: u64 = u64::MAX;
    let limit: [u64; 2] = match resource {
        RLIMIT_STACK => [USER_STACK_SIZE as u64, INFINITY],
        RLIMIT_NOFILE => [crate::fs::fd::MAX_FDS as u64; 2],
        r if r < 16 => [INFINITY, INFINITY],
        _ => return Err(EINVAL),
    };
    if old != 0 {
        with_user(|u| u.write_val(old, &limit))?;
    }
    Ok(0)
}

pub fn rt_sigaction(signal: usize, act: usize, oldact: usize) -> SysResult {
    if signal == 0 || signal > NSIG {
        return Err(EINVAL);
    }
    if act != 0 && (signal == SIGKILL as usize || signal == SIGSTOP as usize) {
        return Err(EINVAL);
    }
    let new: Option<SigAction> = if act != 0 { Some(with_user(|u| u.read_val(act))?) } else { None };
    let p = task::current();
    let old = p.inner.lock().signals.actions[signal - 1];
    if oldact != 0 {
        with_user(|u| u.write_val(oldact, &old))?;
    }
    if let Some(new) = new {
        // Handlers belong to the process: every thread gets the new one.
        let tgid = p.inner.lock().tgid;
        task::for_each(|_, inner| {
            if inner.tgid == tgid {
                inner.signals.actions[signal - 1] = new;
                // SIG_IGN (or a default that ignores) discards a pending one.
                if inner.signals.disposition(signal as u32) == Disposition::Ignore {
                    inner.signals.pending &= !bit(signal as u32);
                }
            }
        });
    }
    Ok(0)
}

pub fn rt_sigprocmask(how: usize, set: usize, oldset: usize) -> SysResult {
    const SIG_BLOCK: usize = 0;
    const SIG_UNBLOCK: usize = 1;
    const SIG_SETMASK: usize = 2;
    let new: Option<u64> = if set != 0 { Some(with_user(|u| u.read_val(set))?) } else { None };
    let p = task::current();
    let old = p.inner.lock().signals.mask;
    if oldset != 0 {
        with_user(|u| u.write_val(oldset, &old))?;
    }
    let mut inner = p.inner.lock();
    if let Some(new) = new {
        let unblockable = UNBLOCKABLE;
        inner.signals.mask = match how {
            SIG_BLOCK => old | new,
            SIG_UNBLOCK => old & !new,
            SIG_SETMASK => new,
            _ => return Err(EINVAL),
        } & !unblockable;
    }
    Ok(0)
}

pub fn sigaltstack(ss: usize, old_ss: usize) -> SysResult {
    let new: Option<SigAltStack> = if ss != 0 { Some(with_user(|u| u.read_val(ss))?) } else { None };
    let p = task::current();
    let old = p.inner.lock().signals.altstack;
    if old_ss != 0 {
        with_user(|u| u.write_val(old_ss, &old))?;
    }
    if let Some(new) = new {
        p.inner.lock().signals.altstack = new;
    }
    Ok(0)
}

pub fn prctl(option: usize, arg: usize) -> SysResult {
    const PR_SET_NAME: usize = 15;
    const PR_GET_NAME: usize = 16;
    match option {
        PR_SET_NAME => {
            let name = with_user(|u| u.read_cstr(arg, 64))?;
            let name: String = String::from_utf8_lossy(&name[..name.len().min(15)]).into();
            let p = task::current();
            // The host names the task after its latest exec or rename.
            crate::drivers::trace::exec(p.pid, &name);
            p.inner.lock().name = name;
            Ok(0)
        }
        PR_GET_NAME => {
            let mut name = task::current().inner.lock().name.clone().into_bytes();
            name.truncate(15);
            name.resize(16, 0);
            with_user(|u| u.copy_out(arg, &name))?;
            Ok(0)
        }
        _ => Err(EINVAL),
    }
}

/// rvlab_proclist (rvlab's own call, for `ps`: there is no /proc): one
/// 56-byte record per process in pid order; returns how many there are.
pub fn proclist(buf: usize, count: usize) -> SysResult {
    #[derive(Clone, Copy)]
    #[repr(C)]
    struct ProcInfo {
        pid: u32,
        ppid: u32,
        state: u8,
        reserved: [u8; 7],
        cpu_time_ns: u64,
        name: [u8; 32],
    }
    let mut records = alloc::vec::Vec::new();
    task::for_each(|pid, inner| {
        let mut name = [0u8; 32];
        let n = inner.name.len().min(32);
        name[..n].copy_from_slice(&inner.name.as_bytes()[..n]);
        let state = match inner.state {
            task::ProcState::Runnable | task::ProcState::Running => b'R',
            task::ProcState::Sleeping => b'S',
            task::ProcState::Zombie => b'Z',
        };
        let cpu_time_ns = crate::drivers::timer::ticks_to_ns(inner.cpu_time);
        records.push(ProcInfo { pid: pid as u32, ppid: inner.ppid as u32, state, reserved: [0; 7], cpu_time_ns, name });
    });
    with_user(|u| records.iter().take(count).enumerate().try_for_each(|(i, r)| u.write_val(buf + i * 56, r)))?;
    Ok(records.len())
}
