//! The kernel's page table: the devices, the kernel image with one set of
//! permissions per section (W^X: text RX, rodata R, data RW), the boot
//! stacks without their guard pages, and the rest of RAM read-write, all at
//! `VIRT_OFFSET + pa` and global (present in every address space, never
//! flushed by an ASID switch). Plus the region for per-process kernel
//! stacks, whose level-1 table is created here so that every process's copy
//! of the kernel half sees the stacks mapped later.

use core::sync::atomic::{AtomicUsize, Ordering};

use super::address::PhysAddr;
use super::layout::*;
use super::page_table::{PageTable, PteFlags};
use crate::arch::csr;
use crate::arch::start::{BOOT_GUARD_SIZE, BOOT_STACK_SIZE, MAX_HARTS};

/// Physical address of the kernel's root table (0 before `init`).
static KERNEL_ROOT: AtomicUsize = AtomicUsize::new(0);

/// The kernel page table.
pub fn kernel_table() -> PageTable {
    PageTable::from_root(PhysAddr(KERNEL_ROOT.load(Ordering::Acquire)))
}

/// The satp value for the kernel page table (ASID 0).
pub fn kernel_satp() -> usize {
    csr::make_satp(kernel_table().root().ppn(), 0)
}

/// Builds the kernel page table for RAM `[ram_start, ram_end)`.
pub fn init(ram_start: usize, ram_end: usize) {
    let mut pt = PageTable::new_empty().expect("no memory for the kernel page table");
    let kernel = PteFlags::G | PteFlags::A | PteFlags::D;
    let rw = kernel | PteFlags::R | PteFlags::W;
    let map = |pt: &mut PageTable, va_start: usize, va_end: usize, flags: PteFlags| {
        pt.map_range_large(va_start, PhysAddr(virt_to_phys(va_start)), va_end - va_start, flags)
            .expect("kernel mapping");
    };

    for (pa, size) in [(FINISHER_BASE, PAGE_SIZE), (TRACE_BASE, PAGE_SIZE), (CLINT_BASE, CLINT_SIZE), (UART_BASE, PAGE_SIZE)] {
        map(&mut pt, phys_to_virt(pa), phys_to_virt(pa + size), rw);
    }

    use symbols::*;
    map(&mut pt, kernel_start(), text_end(), kernel | PteFlags::R | PteFlags::X);
    map(&mut pt, text_end(), rodata_end(), kernel | PteFlags::R);
    map(&mut pt, rodata_end(), data_end(), rw);
    for hart in 0..MAX_HARTS {
        let slot = boot_stacks() + hart * (BOOT_GUARD_SIZE + BOOT_STACK_SIZE);
        map(&mut pt, slot + BOOT_GUARD_SIZE, slot + BOOT_GUARD_SIZE + BOOT_STACK_SIZE, rw);
    }
    debug_assert_eq!(virt_to_phys(kernel_start()), ram_start);
    map(&mut pt, kernel_end(), phys_to_virt(ram_end), rw);

    pt.ensure_root_entry((KSTACK_BASE >> 30) & 0x1ff).expect("no memory for the kernel stack table");
    KERNEL_ROOT.store(pt.root().0, Ordering::Release);
}

/// Switches this hart to the kernel page table without a flush (the kernel
/// half is global and the same in every table): what a hart runs on when
/// it runs no process, so that no hart keeps a freed process's page table
/// in `satp` (its pages may be handed out again while the hart idles, and a
/// page walk would then read whatever is written there).
pub fn activate() {
    csr::satp::write(kernel_satp());
}

/// Switches this hart to the kernel page table.
pub fn install() {
    csr::satp::write(kernel_satp());
    csr::sfence_vma_all();
}
