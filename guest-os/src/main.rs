//! The rvlab teaching kernel: boots on rvlab and on QEMU `virt`, and runs
//! static riscv64 Linux programs from an initrd. See README.md for the boot
//! sequence, the memory layout and the syscalls; `arch/start.rs` is where
//! the machine first enters.

#![no_std]
#![no_main]

extern crate alloc;

mod arch;
mod config;
mod drivers;
mod fs;
mod mm;
mod sched;
mod syscall;
mod sync;
mod task;
mod trap;

use core::sync::atomic::{AtomicBool, Ordering};

use arch::csr;
use sync::bkl;
use drivers::{board, finisher, timer, trace, uart};
use mm::address::PhysAddr;
use mm::layout::*;

/// Exit status when the kernel itself fails (panic, no init program).
const KERNEL_FAILURE: u32 = 250;

/// Set by hart 0 once the kernel page table exists; the other harts wait.
static BOOTED: AtomicBool = AtomicBool::new(false);

/// Hart 0's S-mode entry (from `s_entry`), on its boot stack, still on the
/// boot page table.
#[no_mangle]
extern "C" fn kmain(_hart: usize, dtb_pa: usize, has_sstc: usize) -> ! {
    let board = board::parse(dtb_pa).unwrap_or_else(|e| panic!("{e}"));
    init_memory(&board);
    uart::init();
    let config = config::parse(board.bootargs());

    mm::kernel_space::init(board.ram.0, board.ram.1);
    mm::kernel_space::install();
    trap::init_hart();
    mm::asid::probe();
    timer::set_timebase(board.timebase_hz);
    trace::set_present(board.trace_device);
    klog!("rvlab kernel: {} hart(s), RAM {:#x}..{:#x}, timebase {} Hz", board.harts, board.ram.0, board.ram.1, board.timebase_hz);
    klog!("free frames {} of {}, heap {:?}, ASIDs {}, trace device {}", mm::frame::stats().0, mm::frame::stats().1, mm::heap::stats(), mm::asid::max(), board.trace_device);
    klog!("command line: {:?}", board.bootargs());
    if has_sstc == 0 {
        panic!("this machine has no Sstc (menvcfg.STCE); the kernel needs stimecmp");
    }
    // User programs may read cycle, time, instret and the hpm counters.
    csr::scounteren::write(0xffff_ffff);

    match board.initrd {
        Some((start, end)) => {
            // SAFETY: the loader put the initrd there; it is mapped (direct
            // map) and the frame allocator never hands it out.
            let bytes = unsafe { core::slice::from_raw_parts(phys_to_virt(start) as *const u8, end - start) };
            match fs::initrd::init(bytes) {
                Ok(n) => klog!("initrd: {n} entries at {start:#x}..{end:#x}"),
                Err(e) => {
                    kprintln!("initrd: {e}");
                    fs::initrd::init_empty();
                }
            }
        }
        None => {
            klog!("no initrd");
            fs::initrd::init_empty();
        }
    }
    sched::init(&config, board.harts);
    if let Err(e) = task::exec::spawn_init(&config.init_argv) {
        kprintln!("kernel: cannot run init {:?}: errno {}", config.init_argv[0], e.0);
        finisher::power_off(KERNEL_FAILURE);
    }
    mm::shootdown::online();
    bkl::acquire();
    BOOTED.store(true, Ordering::Release);
    sched::scheduler()
}

/// The kernel heap, then every other free page to the frame allocator.
fn init_memory(board: &board::BoardInfo) {
    let (ram_start, ram_end) = board.ram;
    let kernel_end = virt_to_phys(symbols::kernel_end());
    let mut reserved: [(usize, usize); 2] = [board.dtb, board.initrd.unwrap_or((ram_end, ram_end))];
    reserved.sort();
    let reserved = reserved.map(|(s, e)| (page_round_down(s), page_round_up(e)));
    // The heap: 1/16 of RAM (4..32 MiB), right after the kernel, stopping
    // short of anything the loader put there.
    let want = ((ram_end - ram_start) / 16).clamp(4 << 20, 32 << 20);
    let heap_end = reserved.iter().map(|r| r.0).filter(|&s| s >= kernel_end).fold(kernel_end + want, usize::min);
    assert!(heap_end > kernel_end + (1 << 20), "no room for the kernel heap");
    // SAFETY: RAM after the kernel image, mapped by the boot page table,
    // used for nothing else.
    unsafe { mm::heap::init(phys_to_virt(kernel_end), heap_end - kernel_end) };

    let mut at = heap_end;
    for (start, end) in reserved {
        if start > at {
            // SAFETY: free RAM between the reserved regions.
            unsafe { mm::frame::add_range(PhysAddr(at), PhysAddr(start.min(ram_end))) };
        }
        at = at.max(end);
    }
    if at < ram_end {
        // SAFETY: as above.
        unsafe { mm::frame::add_range(PhysAddr(at), PhysAddr(ram_end)) };
    }
}

/// The other harts: wait for hart 0, switch to the kernel page table and
/// run the scheduler like hart 0.
#[no_mangle]
extern "C" fn kmain_secondary(hart: usize) -> ! {
    while !BOOTED.load(Ordering::Acquire) {
        core::hint::spin_loop();
    }
    mm::kernel_space::install();
    trap::init_hart();
    timer::disarm();
    csr::scounteren::write(0xffff_ffff);
    if hart >= sched::runqueue::harts() {
        // More harts than the device tree listed: keep out of the way.
        loop {
            csr::wfi();
        }
    }
    mm::shootdown::online();
    bkl::acquire();
    sched::scheduler()
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    use core::fmt::Write;
    // No lock: the panic may have happened while this hart held it.
    let _ = writeln!(uart::Writer, "\nkernel panic on hart {}: {}", csr::hart_id(), info);
    finisher::power_off(KERNEL_FAILURE)
}
