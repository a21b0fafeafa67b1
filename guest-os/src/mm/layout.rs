//! Where everything is, physically and virtually (xv6's `memlayout.h`).
//!
//! ```text
//!  physical (QEMU virt / rvlab)          virtual (Sv39, every address space)
//!  0x0010_0000 test finisher             0x0000_0000_0001_0000  user program (ELF)
//!  0x0010_2000 trace device (rvlab)                    ...      brk heap, grows up
//!  0x0200_0000 CLINT                     0x0000_0020_0000_0000  mmap area, grows up
//!  0x1000_0000 UART 16550                0x0000_003f_ff7f_f000  stack (8 MiB, lazy)
//!  0x8000_0000 kernel image              0x0000_003f_ffff_f000  top of user space
//!              boot stacks (+ guards)    -------- non-canonical hole --------
//!              kernel heap               0xffff_ffc0_0000_0000  direct map: pa + VIRT_OFFSET
//!              free frames                 + 0x0010_0000 ..     devices (RW)
//!    initrd    (where the loader put it)   + 0x8000_0000 ..     kernel image, W^X per section,
//!    device tree (top of RAM)                                   then all of RAM (RW)
//!                                        0xffff_ffe0_0000_0000  kernel stacks, one per
//!                                                               process, with guard gaps
//! ```
//!
//! The upper half (root entries 256..511) is the kernel's and is shared by
//! every page table: a trap does not switch `satp`.

/// Virtual address of physical address 0 in the direct map.
pub const VIRT_OFFSET: usize = 0xffff_ffc0_0000_0000;

/// Page size (Sv39 base pages).
pub const PAGE_SIZE: usize = 4096;

/// Physical devices.
pub const FINISHER_BASE: usize = 0x0010_0000;
pub const TRACE_BASE: usize = 0x0010_2000;
pub const CLINT_BASE: usize = 0x0200_0000;
pub const CLINT_SIZE: usize = 0x1_0000;
pub const UART_BASE: usize = 0x1000_0000;

/// Per-process kernel stacks: slot `i` at `KSTACK_BASE + i * KSTACK_STRIDE`,
/// of which only the top `KSTACK_SIZE` bytes are mapped; the gap below is
/// the guard that turns an overflow into a page fault.
pub const KSTACK_BASE: usize = 0xffff_ffe0_0000_0000;
pub const KSTACK_SIZE: usize = 32 * 1024;
pub const KSTACK_STRIDE: usize = 64 * 1024;
pub const KSTACK_SLOTS: usize = 4096;

/// End of the user half of Sv39 (bit 38 clear).
pub const USER_TOP: usize = 0x40_0000_0000;
/// Top of the initial user stack; the page above it stays unmapped.
pub const USER_STACK_TOP: usize = USER_TOP - PAGE_SIZE;
/// How far the user stack may grow (RLIMIT_STACK).
pub const USER_STACK_SIZE: usize = 8 * 1024 * 1024;
/// Where `mmap` without a hint starts looking.
pub const MMAP_BASE: usize = 0x20_0000_0000;
/// Load address of position-independent (static-pie) programs.
pub const PIE_BASE: usize = 0x2a_aaaa_a000 & !0xffff;

/// The direct-map virtual address of physical address `pa`.
pub const fn phys_to_virt(pa: usize) -> usize {
    pa + VIRT_OFFSET
}

/// The physical address behind a direct-map (or kernel image) address.
pub const fn virt_to_phys(va: usize) -> usize {
    va - VIRT_OFFSET
}

pub const fn page_round_down(a: usize) -> usize {
    a & !(PAGE_SIZE - 1)
}

pub const fn page_round_up(a: usize) -> usize {
    (a + PAGE_SIZE - 1) & !(PAGE_SIZE - 1)
}

/// Symbols from `kernel.ld`, as addresses.
pub mod symbols {
    extern "C" {
        static __kernel_start: u8;
        static __text_end: u8;
        static __rodata_end: u8;
        static __data_end: u8;
        static __boot_stacks: u8;
        static __kernel_end: u8;
    }
    macro_rules! sym {
        ($f:ident, $s:ident) => {
            pub fn $f() -> usize {
                // Only the symbol's address is taken, never its value.
                core::ptr::addr_of!($s) as usize
            }
        };
    }
    sym!(kernel_start, __kernel_start);
    sym!(text_end, __text_end);
    sym!(rodata_end, __rodata_end);
    sym!(data_end, __data_end);
    sym!(boot_stacks, __boot_stacks);
    sym!(kernel_end, __kernel_end);
}
