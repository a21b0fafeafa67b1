//! The `ecall` itself: a7 = number, a0..a5 = arguments, a0 = result, where
//! -4095..=-1 means `-errno` (the Linux riscv64 convention). Everything else
//! in ulib is a typed wrapper over `syscall6` and friends.

use core::arch::asm;

use crate::errno::Errno;

/// The result of a system call: the value, or the error the kernel reported.
pub type SysResult<T = usize> = Result<T, Errno>;

/// Splits a raw a0 into a value or an errno.
pub fn check(ret: isize) -> SysResult {
    if (-4095..0).contains(&ret) {
        Err(Errno(-ret as i32))
    } else {
        Ok(ret as usize)
    }
}

/// Makes system call `nr` with six arguments and returns raw a0.
///
/// # Safety
/// The arguments must be what the kernel expects for `nr`: pointers valid
/// for the reads and writes that call does, file descriptors the caller owns.
#[inline(always)]
pub unsafe fn syscall6(nr: usize, args: [usize; 6]) -> isize {
    let ret: isize;
    // SAFETY: the caller vouches for the arguments; the kernel preserves every
    // register but a0 across ecall, and touches memory only through them.
    unsafe {
        asm!(
            "ecall",
            inlateout("a0") args[0] => ret,
            in("a1") args[1],
            in("a2") args[2],
            in("a3") args[3],
            in("a4") args[4],
            in("a5") args[5],
            in("a7") nr,
            options(nostack),
        );
    }
    ret
}

/// `syscall6` with fewer arguments (the rest are zero).
///
/// # Safety
/// As for `syscall6`.
#[inline(always)]
pub unsafe fn syscall(nr: usize, args: &[usize]) -> SysResult {
    let mut all = [0usize; 6];
    all[..args.len()].copy_from_slice(args);
    // SAFETY: forwarded from the caller.
    check(unsafe { syscall6(nr, all) })
}
