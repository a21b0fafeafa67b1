//! Control and status registers: one accessor per CSR, beside its bits
//! (the names are the privileged spec's). Only S-mode CSRs are here; the
//! M-mode start code (`start.rs`) is assembly.

use core::arch::asm;

/// Defines `read()`/`write()`/`set()`/`clear()` for one CSR in a module.
macro_rules! csr {
    ($name:ident) => {
        csr!($name = $name);
    };
    ($name:ident = $num:tt) => {
        #[allow(dead_code)]
        pub mod $name {
            use super::asm;
            #[inline(always)]
            pub fn read() -> usize {
                let v: usize;
                // SAFETY: reading a CSR has no side effect on memory.
                unsafe { asm!(concat!("csrr {}, ", stringify!($num)), out(reg) v) };
                v
            }
            #[inline(always)]
            pub fn write(v: usize) {
                // SAFETY: the S-mode CSRs written here affect traps and
                // translation; every caller is the kernel code that owns them.
                unsafe { asm!(concat!("csrw ", stringify!($num), ", {}"), in(reg) v) };
            }
            #[inline(always)]
            pub fn set(bits: usize) {
                // SAFETY: as for `write`.
                unsafe { asm!(concat!("csrs ", stringify!($num), ", {}"), in(reg) bits) };
            }
            #[inline(always)]
            pub fn clear(bits: usize) {
                // SAFETY: as for `write`.
                unsafe { asm!(concat!("csrc ", stringify!($num), ", {}"), in(reg) bits) };
            }
        }
    };
}

csr!(sstatus);
csr!(sie);
csr!(sip);
csr!(stvec);
csr!(sscratch);
csr!(sepc);
csr!(scause);
csr!(stval);
csr!(satp);
csr!(scounteren);
// Sstc; by number, as assemblers know the name only with the extension on.
csr!(stimecmp = 0x14d);
csr!(time);

/// sstatus bits.
#[allow(dead_code)]
pub mod sstatus_bits {
    /// Interrupts enabled in S-mode.
    pub const SIE: usize = 1 << 1;
    /// The SIE value before the trap; `sret` restores it.
    pub const SPIE: usize = 1 << 5;
    /// The mode the trap came from (1 = S, 0 = U); `sret` returns there.
    pub const SPP: usize = 1 << 8;
    /// The floating-point unit's state, two bits.
    pub const FS_MASK: usize = 3 << 13;
    pub const FS_OFF: usize = 0 << 13;
    pub const FS_INITIAL: usize = 1 << 13;
    pub const FS_CLEAN: usize = 2 << 13;
    pub const FS_DIRTY: usize = 3 << 13;
    /// Let S-mode touch U pages (the kernel copies through the direct map
    /// instead, so it stays clear).
    pub const SUM: usize = 1 << 18;
}

/// sie/sip bits.
#[allow(dead_code)]
pub mod interrupt_bits {
    pub const SSI: usize = 1 << 1;
    pub const STI: usize = 1 << 5;
    pub const SEI: usize = 1 << 9;
}

/// Enables S-mode interrupts on this hart.
#[inline(always)]
pub fn intr_on() {
    sstatus::set(sstatus_bits::SIE);
}

/// Disables S-mode interrupts on this hart.
#[inline(always)]
pub fn intr_off() {
    sstatus::clear(sstatus_bits::SIE);
}

/// The hart id, which the kernel keeps in `tp` (user `tp` is saved in the
/// trap frame and put back on the way out).
#[inline(always)]
pub fn hart_id() -> usize {
    let id: usize;
    // SAFETY: reads a register.
    unsafe { asm!("mv {}, tp", out(reg) id) };
    id
}

/// Waits for an interrupt (or nothing: `wfi` may return at any time).
#[inline(always)]
pub fn wfi() {
    // SAFETY: a hint; no memory effect.
    unsafe { asm!("wfi") };
}

/// Flushes this hart's TLB entries for all address spaces.
#[inline(always)]
pub fn sfence_vma_all() {
    // SAFETY: only drops cached translations.
    unsafe { asm!("sfence.vma zero, zero") };
}

/// Flushes this hart's TLB entries of address space `asid`.
#[inline(always)]
pub fn sfence_vma_asid(asid: usize) {
    // SAFETY: only drops cached translations.
    unsafe { asm!("sfence.vma zero, {}", in(reg) asid) };
}

/// Flushes this hart's TLB entries for page `va` of address space `asid`.
#[inline(always)]
pub fn sfence_vma_page(va: usize, asid: usize) {
    // SAFETY: only drops cached translations.
    unsafe { asm!("sfence.vma {}, {}", in(reg) va, in(reg) asid) };
}

/// Flushes this hart's TLB entries for page `va` in every address space
/// (for global, kernel mappings).
#[inline(always)]
pub fn sfence_vma_va(va: usize) {
    // SAFETY: only drops cached translations.
    unsafe { asm!("sfence.vma {}, zero", in(reg) va) };
}

/// satp fields for Sv39.
pub mod satp_bits {
    pub const MODE_SV39: usize = 8 << 60;
    pub const ASID_SHIFT: usize = 44;
    pub const ASID_MASK: usize = 0xffff;
}

/// The satp value that selects the root table at physical page `ppn` with
/// address-space id `asid`.
pub fn make_satp(root_ppn: usize, asid: usize) -> usize {
    satp_bits::MODE_SV39 | (asid << satp_bits::ASID_SHIFT) | root_ppn
}

/// scause values (interrupt bit set for interrupts).
#[allow(dead_code)]
pub mod cause {
    pub const INTERRUPT: usize = 1 << 63;
    pub const S_SOFTWARE: usize = INTERRUPT | 1;
    pub const S_TIMER: usize = INTERRUPT | 5;
    pub const S_EXTERNAL: usize = INTERRUPT | 9;
    pub const INSTRUCTION_MISALIGNED: usize = 0;
    pub const INSTRUCTION_ACCESS_FAULT: usize = 1;
    pub const ILLEGAL_INSTRUCTION: usize = 2;
    pub const BREAKPOINT: usize = 3;
    pub const LOAD_MISALIGNED: usize = 4;
    pub const LOAD_ACCESS_FAULT: usize = 5;
    pub const STORE_MISALIGNED: usize = 6;
    pub const STORE_ACCESS_FAULT: usize = 7;
    pub const USER_ECALL: usize = 8;
    pub const INSTRUCTION_PAGE_FAULT: usize = 12;
    pub const LOAD_PAGE_FAULT: usize = 13;
    pub const STORE_PAGE_FAULT: usize = 15;
}
