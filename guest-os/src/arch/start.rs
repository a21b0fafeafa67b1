//! The first instructions: M-mode start code, then the jump to S-mode.
//!
//! Every hart arrives at `_start` (physical 0x8000_0000) in M-mode with
//! a0 = hart id and a1 = the device tree's physical address, paging off, as
//! QEMU's `virt -bios none` and rvlab's boot ROM both do. Like xv6's
//! `entry.S` + `start.c`, this code gives each hart a stack and sets up what
//! only M-mode can: trap delegation, PMP, counter access and the Sstc timer.
//! Then, instead of xv6's identity-mapped kernel, it turns on a boot page
//! table that maps RAM at `VIRT_OFFSET + pa` (where the kernel is linked)
//! and `mret`s to `s_entry` there. The kernel builds its real page table
//! with per-section permissions in `mm::kernel_space`.
//!
//! Until `mret` the code must use only PC-relative addressing (`la`), which
//! gives physical addresses while paging is off.

use core::arch::global_asm;

const _: () = assert!(BOOT_STACK_SIZE + BOOT_GUARD_SIZE == 5 * 4096, "_start computes the slot as 5 pages");

/// Harts with a boot stack; others park in M-mode.
pub const MAX_HARTS: usize = 8;
/// Each boot stack, with a 4 KiB unmapped guard page below it.
pub const BOOT_STACK_SIZE: usize = 16 * 1024;
pub const BOOT_GUARD_SIZE: usize = 4096;

global_asm!(
    r#"
    .section .text.entry, "ax", @progbits
    .globl _start
_start:
    csrw    mie, zero
    li      t0, {max_harts}
    bgeu    a0, t0, park

    # sp = top of this hart's slot: __boot_stacks + (hartid + 1) * slot,
    # slot = 5 pages (shifts: the assembler may not assume M here).
    la      sp, __boot_stacks
    addi    t1, a0, 1
    slli    t0, t1, 2
    add     t0, t0, t1
    slli    t0, t0, 12
    add     sp, sp, t0

    # M-mode traps go to `m_trap` (below), which needs two registers'
    # worth of scratch space per hart: mscratch points at this hart's.
    la      t0, m_trap
    csrw    mtvec, t0
    la      t0, m_scratch
    slli    t1, a0, 4
    add     t0, t0, t1
    csrw    mscratch, t0

    # Delegate every exception S-mode can handle (all but ecalls from S/M)
    # and the S-mode interrupts, so the kernel sees them directly.
    li      t0, 0xb1ff
    csrw    medeleg, t0
    li      t0, 0x222
    csrw    mideleg, t0

    # PMP: without an entry S and U may touch nothing. One NAPOT entry that
    # covers the whole physical address space, RWX.
    li      t0, -1
    srli    t0, t0, 10
    csrw    pmpaddr0, t0
    li      t0, 0x1f
    csrw    pmpcfg0, t0

    # Counters: let S-mode (and, through scounteren, U-mode) read cycle,
    # time, instret and the hpm counters.
    li      t0, -1
    csrw    mcounteren, t0

    # Sstc: menvcfg.STCE lets S-mode program its own timer (stimecmp).
    # a2 tells the kernel whether the bit stuck.
    li      a2, 0
    li      t0, 1
    slli    t0, t0, 63
    csrs    0x30a, t0
    csrr    t1, 0x30a
    and     t1, t1, t0
    snez    a2, t1

    # mret goes to S-mode with the FPU's state Initial (not Off), so the
    # kernel can save and restore user FP registers.
    li      t0, 3 << 11
    csrc    mstatus, t0
    li      t0, (1 << 11) | (1 << 13)
    csrs    mstatus, t0

    # The boot page table maps RAM where the kernel is linked.
    la      t0, boot_pagetable
    srli    t0, t0, 12
    li      t1, 8 << 60
    or      t0, t0, t1
    csrw    satp, t0
    sfence.vma

    # Inter-processor interrupts: S-mode cannot take a machine software
    # interrupt, so the kernel raises one in the CLINT (msip) and `m_trap`
    # hands it on as a supervisor software interrupt.
    li      t0, 1 << 3
    csrw    mie, t0

    li      t0, {virt_offset}
    add     sp, sp, t0
    la      t0, .Ls_entry_addr
    ld      t0, 0(t0)
    csrw    mepc, t0
    mret

    .balign 8
.Ls_entry_addr:
    .dword  s_entry

    # The only M-mode trap handler. An exception here is a kernel bug (or
    # a missing CSR while probing): skip the instruction and carry on. The
    # only interrupt enabled is the machine software interrupt, an IPI:
    # clear this hart's msip and set sip.SSIP for the kernel instead.
    .balign 4
m_trap:
    csrrw   a0, mscratch, a0
    sd      t0, 0(a0)
    sd      t1, 8(a0)
    csrr    t0, mcause
    bgez    t0, 1f
    csrr    t0, mhartid
    slli    t0, t0, 2
    li      t1, {clint}
    add     t0, t0, t1
    sw      zero, 0(t0)
    li      t0, 1 << 1
    csrs    mip, t0
    j       2f
1:  csrr    t0, mepc
    addi    t0, t0, 4
    csrw    mepc, t0
2:  ld      t0, 0(a0)
    ld      t1, 8(a0)
    csrrw   a0, mscratch, a0
    mret

park:
    wfi
    j       park

    # Now in S-mode at the linked addresses. tp holds the hart id for as long
    # as the hart runs kernel code.
    .section .text
s_entry:
    mv      tp, a0
    bnez    a0, 2f
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 3f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
3:  call    kmain
2:  call    kmain_secondary

    # Gigapages: 0..1 GiB (the devices) and 4 GiB of RAM from 0x8000_0000,
    # at VIRT_OFFSET + pa, global, accessed and dirty (so a machine that
    # faults on clear A/D bits can still boot).
    # m_trap's save area: two doublewords per hart. In .data, not .bss, so
    # hart 0 clearing .bss cannot race with another hart's trap.
    .section .data.m_scratch, "aw", @progbits
    .balign 16
m_scratch:
    .zero   16 * {max_harts}

    .section .data.boot_pagetable, "aw", @progbits
    .balign 4096
boot_pagetable:
    .zero   256 * 8
    .quad   (0x00000 << 10) | 0xe7
    .quad   0
    .quad   (0x80000 << 10) | 0xef
    .quad   (0xc0000 << 10) | 0xef
    .quad   (0x100000 << 10) | 0xef
    .quad   (0x140000 << 10) | 0xef
    .zero   (512 - 262) * 8
"#,
    max_harts = const MAX_HARTS,
    virt_offset = const crate::mm::layout::VIRT_OFFSET,
    clint = const crate::mm::layout::CLINT_BASE,
);
