//! System calls: the Linux riscv64 ABI. `ecall` from U-mode with the number
//! in a7 and arguments in a0..a5; the result goes back in a0, a negative
//! errno on failure. Handlers live by topic in the files beside this one;
//! a number not listed here returns ENOSYS and is counted (see
//! `report_unimplemented`), never a panic.

#[allow(dead_code)]
pub mod errno;
pub mod fs;
pub mod memory;
pub mod misc;
/// The syscall numbers: one table shared with the user library (octox's
/// way), so kernel and programs cannot disagree.
#[path = "../../../guest-programs/user/ulib/src/syscall_nr.rs"]
#[allow(dead_code)]
pub mod nr;
pub mod process;
pub mod sched;

use core::sync::atomic::{AtomicU32, Ordering};

use crate::mm::addr_space::AddrSpace;
use crate::task;
use crate::trap::{reg, TrapFrame};
use errno::*;

/// Calls of unimplemented syscalls, by number (0..512).
static UNIMPLEMENTED: [AtomicU32; 512] = [const { AtomicU32::new(0) }; 512];

/// Runs the syscall in the trap frame; returns the value for a0.
pub fn dispatch(tf: &mut TrapFrame) -> usize {
    let nr = tf.regs[reg::A7];
    let a: [usize; 6] = core::array::from_fn(|i| tf.regs[reg::A0 + i]);
    let result = if nr == nr::RT_SIGRETURN {
        // The one syscall that rewrites every register.
        let p = task::current();
        let mut inner = p.inner.lock();
        task::sigframe::sigreturn(&p, &mut inner, tf)
    } else {
        call(nr, a)
    };
    if crate::config::strace() {
        let p = task::current();
        crate::kprintln!("[strace] {} {}({:#x}, {:#x}, {:#x}) = {:?}", p.pid, nr::name(nr).unwrap_or("?"), a[0], a[1], a[2], result);
    }
    match result {
        Ok(v) => v,
        Err(e) => (-e.0) as usize,
    }
}

fn call(nr: usize, a: [usize; 6]) -> SysResult {
    use nr::*;
    // Not in the shared table (yet).
    const SETSID: usize = 157;
    const GETRLIMIT: usize = 163;
    const UMASK: usize = 166;
    match nr {
        READ => fs::read(a[0], a[1], a[2]),
        WRITE => fs::write(a[0], a[1], a[2]),
        READV => fs::readv(a[0], a[1], a[2]),
        WRITEV => fs::writev(a[0], a[1], a[2]),
        PREAD64 => fs::pread64(a[0], a[1], a[2], a[3]),
        OPENAT => fs::openat(a[0], a[1], a[2]),
        CLOSE => fs::close(a[0]),
        LSEEK => fs::lseek(a[0], a[1] as i64, a[2]),
        DUP => fs::dup(a[0]),
        DUP3 => fs::dup3(a[0], a[1], a[2]),
        FCNTL => fs::fcntl(a[0], a[1], a[2]),
        PIPE2 => fs::pipe2(a[0], a[1]),
        FSTAT => fs::fstat(a[0], a[1]),
        NEWFSTATAT => fs::newfstatat(a[0], a[1], a[2], a[3]),
        GETDENTS64 => fs::getdents64(a[0], a[1], a[2]),
        IOCTL => fs::ioctl(a[0], a[1], a[2]),
        READLINKAT => fs::readlinkat(a[0], a[1], a[2], a[3]),
        GETCWD => fs::getcwd(a[0], a[1]),
        CHDIR => fs::chdir(a[0]),
        FACCESSAT | FACCESSAT2 => fs::faccessat(a[0], a[1], a[2]),
        PPOLL => fs::ppoll(a[0], a[1], a[2]),

        BRK => memory::brk(a[0]),
        MMAP => memory::mmap(a[0], a[1], a[2], a[3], a[4], a[5]),
        MUNMAP => memory::munmap(a[0], a[1]),
        MPROTECT => memory::mprotect(a[0], a[1], a[2]),
        MADVISE => memory::madvise(a[0], a[1], a[2]),
        MSEAL => memory::mseal(a[0], a[1], a[2]),

        CLONE => process::clone(a[0], a[1], a[2], a[3], a[4]),
        EXECVE => process::execve(a[0], a[1], a[2]),
        WAIT4 => process::wait4(a[0] as isize, a[1], a[2], a[3]),
        EXIT => process::exit(a[0], false),
        EXIT_GROUP => process::exit(a[0], true),
        KILL => process::kill(a[0] as isize, a[1]),
        TKILL => process::kill(a[0] as isize, a[1]),
        TGKILL => process::tgkill(a[0], a[1], a[2]),
        GETPID => Ok(task::current().inner.lock().tgid),
        GETTID => Ok(task::current().pid),
        GETPPID => Ok(task::current().inner.lock().ppid),
        GETPGID | SETSID => Ok(task::current().pid),
        SETPGID => Ok(0),
        GETUID | GETEUID | GETGID | GETEGID => Ok(0),
        SET_TID_ADDRESS => process::set_tid_address(a[0]),
        SET_ROBUST_LIST => Ok(0),
        PRLIMIT64 => process::prlimit64(a[0], a[1], a[2], a[3]),
        GETRLIMIT => process::prlimit64(0, a[0], 0, a[1]),
        SCHED_YIELD => {
            crate::sched::yield_now(true);
            Ok(0)
        }
        SCHED_SETAFFINITY => sched::sched_setaffinity(a[0], a[1], a[2]),
        SCHED_GETAFFINITY => sched::sched_getaffinity(a[0], a[1], a[2]),
        SETPRIORITY => sched::setpriority(a[0], a[1], a[2]),
        GETPRIORITY => sched::getpriority(a[0], a[1]),
        RVLAB_SCHED_HINT => sched::sched_hint(a[0], a[1], a[2]),
        RT_SIGACTION => process::rt_sigaction(a[0], a[1], a[2]),
        RT_SIGPROCMASK => process::rt_sigprocmask(a[0], a[1], a[2]),
        SIGALTSTACK => process::sigaltstack(a[0], a[1]),
        UMASK => Ok(0o022),
        PRCTL => process::prctl(a[0], a[1]),

        UNAME => misc::uname(a[0]),
        CLOCK_GETTIME => misc::clock_gettime(a[0], a[1]),
        CLOCK_GETRES => misc::clock_getres(a[1]),
        GETTIMEOFDAY => misc::gettimeofday(a[0]),
        NANOSLEEP => misc::clock_nanosleep(1, 0, a[0], a[1]),
        CLOCK_NANOSLEEP => misc::clock_nanosleep(a[0], a[1], a[2], a[3]),
        GETRANDOM => misc::getrandom(a[0], a[1]),
        FUTEX => task::futex::futex(a[0], a[1], a[2], a[3]),
        RVLAB_PROCLIST => process::proclist(a[0], a[1]),

        _ => {
            if let Some(count) = UNIMPLEMENTED.get(nr) {
                if count.fetch_add(1, Ordering::Relaxed) == 0 {
                    crate::klog!("unimplemented syscall {nr} (pid {})", task::current().pid);
                }
            }
            Err(ENOSYS)
        }
    }
}

/// With `debug`: the unimplemented syscalls programs asked for, and how often.
pub fn report_unimplemented() {
    for (nr, count) in UNIMPLEMENTED.iter().enumerate() {
        let count = count.load(Ordering::Relaxed);
        if count > 0 {
            crate::klog!("syscall {nr}: ENOSYS {count} time(s)");
        }
    }
}

/// Runs `f` on the current process's address space (its lock held: `f`
/// must not sleep).
pub fn with_user<R>(f: impl FnOnce(&mut AddrSpace) -> Result<R, Errno>) -> Result<R, Errno> {
    let space = task::current_space().ok_or(EFAULT)?;
    let mut space = space.lock();
    f(&mut space)
}

/// Runs `f` on the current process's descriptor table (its lock held: `f`
/// must not sleep, and must hand back any entry it removes, to be dropped
/// after the lock: closing a pipe end wakes processes).
pub fn with_files<R>(f: impl FnOnce(&mut crate::fs::fd::FdTable) -> R) -> R {
    let files = task::current_files();
    let mut files = files.lock();
    f(&mut files)
}
