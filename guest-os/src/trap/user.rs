//! Traps from user mode, top to bottom: what happened (scause), what the
//! kernel does about it, and the way back out (`user_trap_return`).

use crate::arch::csr::{self, cause, sstatus_bits};
use crate::arch::fp;
use crate::mm::addr_space::Access;
use crate::mm::oom;
use crate::sched::{self, cpu};
use crate::sync::bkl;
use crate::task::{self, sigframe, signal::*};
use crate::trap::{kernelvec, reg, userret, uservec, TrapFrame};
use crate::{drivers::trace, klog, syscall};

/// Entered from `uservec` on the process's kernel stack, interrupts off.
/// Takes the kernel lock; `user_trap_return` gives it back.
#[no_mangle]
extern "C" fn user_trap(tf: *mut TrapFrame) -> ! {
    // Traps from here on are the kernel's own.
    csr::stvec::write(kernelvec as *const () as usize);
    bkl::acquire();
    let scause = csr::scause::read();
    let stval = csr::stval::read();
    // SAFETY: `tf` is the current process's trap frame (uservec got it
    // from sscratch); nothing else refers to it while this hart runs the
    // process's kernel code.
    let tf = unsafe { &mut *tf };

    match scause {
        cause::USER_ECALL => {
            // sepc points at the ecall; return to the instruction after it.
            tf.sepc += 4;
            let ret = syscall::dispatch(tf);
            tf.regs[reg::A0] = ret;
        }
        cause::S_TIMER => sched::clock::timer_interrupt(),
        cause::S_SOFTWARE => sched::ipi_interrupt(),
        cause::INSTRUCTION_PAGE_FAULT | cause::LOAD_PAGE_FAULT | cause::STORE_PAGE_FAULT => {
            page_fault(tf, scause, stval)
        }
        cause::ILLEGAL_INSTRUCTION => fatal(tf, scause, stval, SIGILL),
        cause::BREAKPOINT => fatal(tf, scause, stval, SIGTRAP),
        cause::INSTRUCTION_MISALIGNED | cause::LOAD_MISALIGNED | cause::STORE_MISALIGNED => {
            fatal(tf, scause, stval, SIGBUS)
        }
        // Access faults: physical addresses nothing answers (PMP allows all).
        _ => fatal(tf, scause, stval, SIGSEGV),
    }
    sched::preempt_point();
    user_trap_return()
}

/// A page fault: a page the VMA allows but that is not there yet (filled
/// on demand), a write to a page shared copy-on-write (copied or reused),
/// or the program's mistake (SIGSEGV). With no frame left, the OOM killer
/// (mm/oom.rs) picks a victim: if that is someone else, this process gives
/// up the hart and retries the access when it runs again.
fn page_fault(tf: &TrapFrame, scause: usize, stval: usize) {
    let access = match scause {
        cause::INSTRUCTION_PAGE_FAULT => Access::Exec,
        cause::LOAD_PAGE_FAULT => Access::Read,
        _ => Access::Write,
    };
    let p = task::current();
    let (space, tgid) = {
        let inner = p.inner.lock();
        (inner.aspace.clone(), inner.tgid)
    };
    let result = space.map(|a| a.lock().handle_fault(stval, access));
    let event = |how: u64| trace::event(trace::PAGE_FAULT, [p.pid as u64, stval as u64, scause as u64, how]);
    match result {
        Some(Ok(fix)) => event(fix as u64),
        Some(Err(crate::syscall::errno::ENOMEM)) => match oom::out_of_memory(tgid) {
            oom::Verdict::Other(_) => {
                drop(p);
                sched::yield_now(true);
            }
            oom::Verdict::KillCaller => {
                event(0);
                drop(p);
                fatal(tf, scause, stval, SIGKILL);
            }
        },
        _ => {
            event(0);
            drop(p);
            fatal(tf, scause, stval, SIGSEGV);
        }
    }
}

/// The program did something no kernel can fix: it gets `signal`, which
/// its handler may catch; if it cannot (no handler, or the signal is
/// blocked, as in a fault inside the handler), it dies by it.
fn fatal(tf: &TrapFrame, scause: usize, stval: usize, signal: u32) {
    let p = task::current();
    {
        let mut inner = p.inner.lock();
        if signal != SIGKILL && inner.signals.disposition(signal) == Disposition::Catch && !inner.signals.blocked(signal) {
            inner.signals.pending |= bit(signal);
            // si_code: SEGV_MAPERR (1) for an unmapped address, SEGV_ACCERR (2)
            // for a mapped one; ILL_ILLOPC (1), BUS_ADRALN (1), TRAP_BRKPT (1).
            let mapped = inner.aspace.as_ref().is_some_and(|a| a.lock().vma_at(stval).is_some());
            let code = if signal == SIGSEGV && mapped { 2 } else { 1 };
            let addr = if signal == SIGILL || signal == SIGTRAP { tf.sepc } else { stval };
            inner.signals.fault = Some((signal, addr, code));
            return;
        }
    }
    klog!(
        "pid {} ({}): {} (scause {:#x}, stval {:#x}, pc {:#x})",
        p.pid,
        p.inner.lock().name,
        signal_name(signal),
        scause,
        stval,
        tf.sepc
    );
    p.inner.lock().killed = Some(signal);
}

/// Returns to the current process's user mode: delivers pending signals
/// (dying of a fatal one, or entering a handler), loads its FP registers
/// if this hart holds someone else's, and leaves through `userret`.
pub fn user_trap_return() -> ! {
    let tf = {
        let p = task::current();
        // SAFETY: our own trap frame; see `user_trap`.
        let frame = unsafe { &mut *p.trapframe() };
        let (fatal, request) = {
            let mut inner = p.inner.lock();
            let mut fatal = inner.killed;
            while fatal.is_none() {
                let Some(signal) = inner.signals.take_deliverable() else { break };
                match inner.signals.disposition(signal) {
                    Disposition::Ignore => {}
                    Disposition::Terminate => fatal = Some(signal),
                    Disposition::Catch => {
                        // One handler at a time; more are delivered when it returns.
                        if sigframe::deliver(&p, &mut inner, frame, signal).is_err() {
                            fatal = Some(SIGSEGV);
                        }
                        break;
                    }
                }
            }
            (fatal, inner.exit_request)
        };
        if let Some(status) = request {
            // Another thread ended the process.
            drop(p);
            task::exit::exit_current(status, task::exit::ExitScope::Thread);
        }
        if let Some(signal) = fatal {
            drop(p);
            task::exit::exit_current(task::exit::WaitStatus::Signaled(signal), task::exit::ExitScope::Group);
        }
        // This hart's FP registers are the task's only if it owns them and
        // has not run on another hart since they were loaded.
        let c = cpu::this();
        let hart = csr::hart_id();
        {
            let mut inner = p.inner.lock();
            if c.fp_owner() != p.pid || inner.fp_hart != hart {
                fp::restore(&inner.fp);
                c.set_fp_owner(p.pid);
                inner.fp_hart = hart;
            }
        }
        let tf = p.trapframe();
        // SAFETY: our own trap frame; see `user_trap`.
        unsafe {
            (*tf).kernel_sp = p.kstack_top();
            (*tf).kernel_tp = csr::hart_id();
        }
        tf
        // `p` is dropped here: userret does not return, and the process
        // stays alive through the hart's `current` reference.
    };
    csr::intr_off();
    bkl::release();
    csr::stvec::write(uservec as *const () as usize);
    csr::sscratch::write(tf as usize);
    // sret goes to U-mode (SPP = 0) with interrupts on there (SPIE = 1).
    csr::sstatus::clear(sstatus_bits::SPP);
    csr::sstatus::set(sstatus_bits::SPIE);
    // SAFETY: `tf` holds a complete user register set; stvec and sscratch
    // are set up for the next trap.
    unsafe { userret(tf) }
}

/// Where a new process starts (its first `swtch` lands here).
pub extern "C" fn fork_return() -> ! {
    user_trap_return()
}
