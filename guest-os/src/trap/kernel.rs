//! Traps taken in S-mode. The kernel runs with interrupts off except for a
//! moment in the scheduler's idle loop, so the only expected ones are the
//! timer and inter-processor interrupts that ended an idle wait. Any
//! exception here is a kernel bug: report it and stop.

use crate::arch::csr::{self, cause};

#[no_mangle]
extern "C" fn kernel_trap() {
    let scause = csr::scause::read();
    match scause {
        cause::S_TIMER => crate::sched::clock::timer_interrupt(),
        cause::S_SOFTWARE => crate::sched::ipi_interrupt(),
        _ => panic!(
            "kernel trap: scause {:#x} sepc {:#x} stval {:#x} on hart {}",
            scause,
            csr::sepc::read(),
            csr::stval::read(),
            csr::hart_id()
        ),
    }
}

/// `kernelvec` found the stack pointer below every kernel stack (a trap
/// on a broken stack): stop with what is known instead of faulting again.
#[no_mangle]
extern "C" fn kernel_stack_broken(sp: usize) -> ! {
    panic!(
        "kernel trap with a broken stack: sp {:#x} scause {:#x} sepc {:#x} stval {:#x} on hart {}",
        sp,
        csr::scause::read(),
        csr::sepc::read(),
        csr::stval::read(),
        csr::hart_id()
    )
}
