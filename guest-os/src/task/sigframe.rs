//! Calling a signal handler, the Linux riscv64 way: the kernel pushes a
//! `struct rt_sigframe` (siginfo + ucontext with every register) on the
//! user stack, or on the alternate stack with SA_ONSTACK, and "returns" to
//! the handler with a0 = signal, a1 = &info, a2 = &ucontext, and ra set to a
//! two-instruction trampoline (`li a7, 139; ecall`: rt_sigreturn) that Linux
//! keeps in its vDSO and this kernel maps at `SIGRETURN_TRAMPOLINE`.
//! rt_sigreturn reads the (possibly edited) ucontext back.

use super::signal::*;
use super::{ProcInner, Process};
use crate::arch::fp::{self, FpState};
use crate::mm::layout::USER_STACK_TOP;
use crate::sched::cpu;
use crate::syscall::errno::*;
use crate::trap::{reg, TrapFrame};

/// Where the sigreturn trampoline page is mapped (the page above the stack).
pub const SIGRETURN_TRAMPOLINE: usize = USER_STACK_TOP;
/// `li a7, 139` (rt_sigreturn); `ecall`.
pub const TRAMPOLINE_CODE: [u32; 2] = [0x08b0_0893, 0x0000_0073];

/// Offsets in `struct rt_sigframe` (asm/sigcontext.h, asm/ucontext.h).
const INFO_SIZE: usize = 128;
const UC_STACK: usize = 16;
const UC_SIGMASK: usize = 40;
/// uc_mcontext: after 128 bytes of sigset space, aligned to 16.
const UC_MCONTEXT: usize = 176;
const MC_FPREGS: usize = UC_MCONTEXT + 32 * 8;
/// The union of F, D and Q states is 528 bytes.
const FRAME_SIZE: usize = INFO_SIZE + MC_FPREGS + 528;

/// si_code for a signal sent by kill().
const SI_USER: i32 = 0;

/// The process's FP registers as they are now (saving the live ones).
fn current_fp(p: &Process, inner: &mut ProcInner) -> FpState {
    if cpu::this().fp_owner() == p.pid {
        fp::save(&mut inner.fp);
    }
    inner.fp
}

/// Pushes a frame for `signal` and points the trap frame at its handler.
/// Fails (the caller then kills the process) if the stack is unusable.
pub fn deliver(p: &Process, inner: &mut ProcInner, tf: &mut TrapFrame, signal: u32) -> Result<(), Errno> {
    let action = inner.signals.actions[signal as usize - 1];
    let alt = inner.signals.altstack;
    let sp = tf.regs[reg::SP];
    let on_alt = alt.flags & SS_DISABLE == 0 && sp.wrapping_sub(alt.sp) < alt.size;
    let top = if action.flags & SA_ONSTACK != 0 && alt.flags & SS_DISABLE == 0 && !on_alt { alt.sp + alt.size } else { sp };
    let frame = top.checked_sub(FRAME_SIZE).ok_or(EFAULT)? & !15;

    let mut bytes = [0u8; FRAME_SIZE];
    let mut put = |at: usize, value: &[u8]| bytes[at..at + value.len()].copy_from_slice(value);
    // siginfo: si_signo, si_errno, si_code, then si_addr for a fault, or
    // si_pid and si_uid for kill().
    put(0, &(signal as i32).to_le_bytes());
    match inner.signals.fault.take().filter(|f| f.0 == signal) {
        Some((_, addr, code)) => {
            put(8, &code.to_le_bytes());
            put(16, &addr.to_le_bytes());
        }
        None => {
            put(8, &SI_USER.to_le_bytes());
            put(16, &(p.pid as u32).to_le_bytes());
        }
    }
    // ucontext: uc_stack, uc_sigmask (the mask to restore), uc_mcontext.
    put(INFO_SIZE + UC_STACK, &alt.sp.to_le_bytes());
    put(INFO_SIZE + UC_STACK + 8, &(if on_alt { SS_ONSTACK } else { alt.flags }).to_le_bytes());
    put(INFO_SIZE + UC_STACK + 16, &alt.size.to_le_bytes());
    put(INFO_SIZE + UC_SIGMASK, &inner.signals.mask.to_le_bytes());
    put(INFO_SIZE + UC_MCONTEXT, &tf.sepc.to_le_bytes());
    for r in 1..32 {
        put(INFO_SIZE + UC_MCONTEXT + 8 * r, &tf.regs[r].to_le_bytes());
    }
    let fp = current_fp(p, inner);
    for (i, f) in fp.f.iter().enumerate() {
        put(INFO_SIZE + MC_FPREGS + 8 * i, &f.to_le_bytes());
    }
    put(INFO_SIZE + MC_FPREGS + 256, &(fp.fcsr as u32).to_le_bytes());
    inner.aspace.as_ref().ok_or(EFAULT)?.lock().copy_out(frame, &bytes)?;

    tf.regs[reg::A0] = signal as usize;
    tf.regs[reg::A0 + 1] = frame;
    tf.regs[reg::A0 + 2] = frame + INFO_SIZE;
    tf.regs[reg::RA] = SIGRETURN_TRAMPOLINE;
    tf.regs[reg::SP] = frame;
    tf.sepc = action.handler;
    let mut mask = inner.signals.mask | action.mask;
    if action.flags & SA_NODEFER == 0 {
        mask |= bit(signal);
    }
    inner.signals.mask = mask & !UNBLOCKABLE;
    if action.flags & SA_RESETHAND != 0 {
        inner.signals.actions[signal as usize - 1] = SigAction::default();
    }
    Ok(())
}

/// rt_sigreturn: restores the registers, FP state and mask saved in the
/// frame at the user sp. Returns the restored a0 (the syscall's "result").
pub fn sigreturn(p: &Process, inner: &mut ProcInner, tf: &mut TrapFrame) -> Result<usize, Errno> {
    let uc = tf.regs[reg::SP] + INFO_SIZE;
    let mut bytes = [0u8; FRAME_SIZE - INFO_SIZE];
    inner.aspace.as_ref().ok_or(EFAULT)?.lock().copy_in(uc, &mut bytes)?;
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    tf.sepc = word(UC_MCONTEXT) as usize;
    for r in 1..32 {
        tf.regs[r] = word(UC_MCONTEXT + 8 * r) as usize;
    }
    for i in 0..32 {
        inner.fp.f[i] = word(MC_FPREGS + 8 * i);
    }
    inner.fp.fcsr = word(MC_FPREGS + 256) & 0xffff_ffff;
    // The live registers are stale now: reload from `inner.fp`.
    if cpu::this().fp_owner() == p.pid {
        cpu::this().set_fp_owner(0);
    }
    inner.signals.mask = word(UC_SIGMASK) & !UNBLOCKABLE;
    Ok(tf.regs[reg::A0])
}

