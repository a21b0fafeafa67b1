//! The fixed parts of every generated program: the prologue that sets the
//! architectural state, and the epilogue that dumps it on the UART and stops
//! the machine through the test finisher.
//!
//! Dump format, one line per item, all hex lower case:
//! ```text
//! rvlab-dump
//! x1 00000000deadbeef         ... x1..x31
//! f0 ffffffff3f800000         ... f0..f31, raw 64-bit register contents
//! fcsr 0000000000000041
//! m+000000 0011223344556677   ... the scratch area, 8 bytes a line, little endian
//! end
//! ```
//! The epilogue touches no state before saving it: it frees t0 through
//! `mscratch`, which nothing else reads.
//!
//! No generated instruction may trap; if one does anyway, `rv_trap` prints
//! `trap mcause=... mepc=...` and stops the machine with the finisher's fail
//! code, so the run fails at once instead of hanging.

use std::fmt::Write as _;

/// Board addresses (QEMU `virt`, which rvlab copies).
pub const UART_BASE: u64 = 0x1000_0000;
pub const FINISHER_BASE: u64 = 0x0010_0000;
/// The finisher's "pass" code: the machine exits with status 0.
pub const FINISHER_PASS: u64 = 0x5555;
/// The finisher's "fail" code with exit status 1 in bits 31:16.
pub const FINISHER_FAIL_1: u64 = 0x1_3333;

/// mstatus.FS = 3 (Dirty): the FPU is on; without it every FP instruction
/// (and fcsr access) is an illegal-instruction trap.
const MSTATUS_FS: u64 = 0x6000;

/// Everything the prologue sets.
#[derive(Debug, Clone)]
pub struct InitialState {
    /// x0..x31; x0 is ignored, and registers in `pointers` are set by `lla`.
    pub x: [u64; 32],
    pub f: [u64; 32],
    pub fcsr: u64,
    /// Registers that hold a data address instead of a value: (register, symbol).
    pub pointers: Vec<(usize, &'static str)>,
}

/// Emits `_start` up to the first body instruction.
pub fn prologue(out: &mut String, init: &InitialState) {
    out.push_str(
        "    .section .text.start, \"ax\"\n    .globl _start\n    .option norvc\n_start:\n",
    );
    out.push_str("    lla t0, rv_trap\n    csrw mtvec, t0\n");
    let _ = writeln!(
        out,
        "    li t0, {MSTATUS_FS:#x}\n    csrs mstatus, t0  # FS = Dirty: FPU on"
    );
    out.push_str("    lla t0, rv_fp_init\n");
    for i in 0..32 {
        let _ = writeln!(out, "    fld f{i}, {}(t0)", i * 8);
    }
    let _ = writeln!(out, "    li t0, {:#x}\n    fscsr t0", init.fcsr);
    for i in 1..32 {
        match init.pointers.iter().find(|(r, _)| *r == i) {
            Some((_, sym)) => {
                let _ = writeln!(out, "    lla x{i}, {sym}");
            }
            None => {
                let _ = writeln!(out, "    li x{i}, {:#x}", init.x[i]);
            }
        }
    }
    out.push_str("rv_body:\n");
}

/// Emits the state dump, the finisher write, the print routines and the data
/// areas. `scratch` is the initial content of the dumped memory area.
pub fn epilogue(out: &mut String, init: &InitialState, scratch: &[u8], extra_data: &str) {
    assert!(scratch.len() % 8 == 0 && scratch.len() < 1 << 24);
    out.push_str("    .option norvc\nrv_end:\n");
    // Save everything first, with only t0 borrowed (through mscratch).
    out.push_str("    csrw mscratch, t0\n    lla t0, rv_save\n");
    for i in (1..32).filter(|&i| i != 5) {
        let _ = writeln!(out, "    sd x{i}, {}(t0)", i * 8);
    }
    out.push_str("    csrr t1, mscratch\n    sd t1, 40(t0)\n");
    for i in 0..32 {
        let _ = writeln!(out, "    fsd f{i}, {}(t0)", 256 + i * 8);
    }
    out.push_str("    frcsr t1\n    sd t1, 512(t0)\n");

    // Print. s1 = save area; the routines below are leaves that use a0, a1, t0..t3.
    out.push_str("    lla s1, rv_save\n    lla a0, rv_s_header\n    jal ra, rv_puts\n");
    let line = |out: &mut String, name: &str, offset: usize| {
        let _ = writeln!(
            out,
            "    lla a0, rv_s_{name}\n    jal ra, rv_puts\n    ld a0, {offset}(s1)\n    li a1, 16\n    jal ra, rv_puthex\n    li a0, 10\n    jal ra, rv_putc"
        );
    };
    for i in 1..32 {
        line(out, &format!("x{i}"), i * 8);
    }
    for i in 0..32 {
        line(out, &format!("f{i}"), 256 + i * 8);
    }
    line(out, "fcsr", 512);
    // The scratch area, in a loop: s2 = offset, s3 = length.
    let _ = writeln!(
        out,
        "    li s2, 0
    li s3, {len}
1:  lla a0, rv_s_mem
    jal ra, rv_puts
    mv a0, s2
    li a1, 6
    jal ra, rv_puthex
    li a0, 32
    jal ra, rv_putc
    lla t0, rv_scratch
    add t0, t0, s2
    ld a0, 0(t0)
    li a1, 16
    jal ra, rv_puthex
    li a0, 10
    jal ra, rv_putc
    addi s2, s2, 8
    bltu s2, s3, 1b
    lla a0, rv_s_end
    jal ra, rv_puts
    li t0, {FINISHER_BASE:#x}
    li t1, {FINISHER_PASS:#x}
    sw t1, 0(t0)
2:  j 2b
",
        len = scratch.len()
    );
    // The trap handler and the print routines go in their own section, whose
    // start the linker aligns: after compressed code, `.balign 4` under
    // `.option norvc` cannot pad a 2-byte misalignment, and mtvec needs 4.
    let _ = writeln!(
        out,
        "
    .section .text.rv_lib, \"ax\"
    .balign 4
rv_trap:
    lla a0, rv_s_trap
    jal ra, rv_puts
    csrr a0, mcause
    li a1, 16
    jal ra, rv_puthex
    lla a0, rv_s_mepc
    jal ra, rv_puts
    csrr a0, mepc
    li a1, 16
    jal ra, rv_puthex
    li a0, 10
    jal ra, rv_putc
    li t0, {FINISHER_BASE:#x}
    li t1, {FINISHER_FAIL_1:#x}
    sw t1, 0(t0)
1:  j 1b"
    );
    out.push_str(PRINT_ROUTINES);

    // Data: FP initial values, scratch area, save area, strings.
    out.push_str("\n    .data\n    .balign 16\nrv_fp_init:\n");
    for v in init.f {
        let _ = writeln!(out, "    .dword {v:#018x}");
    }
    out.push_str("    .balign 16\nrv_scratch:\n");
    for chunk in scratch.chunks(8) {
        let v = u64::from_le_bytes(chunk.try_into().expect("8-byte chunk"));
        let _ = writeln!(out, "    .dword {v:#018x}");
    }
    out.push_str("    .balign 16\nrv_save:\n    .zero 520\n");
    out.push_str(extra_data);
    out.push_str("rv_s_header: .asciz \"rvlab-dump\\n\"\nrv_s_end: .asciz \"end\\n\"\nrv_s_mem: .asciz \"m+\"\n");
    out.push_str("rv_s_trap: .asciz \"trap mcause=\"\nrv_s_mepc: .asciz \" mepc=\"\n");
    for i in 1..32 {
        let _ = writeln!(out, "rv_s_x{i}: .asciz \"x{i} \"");
    }
    for i in 0..32 {
        let _ = writeln!(out, "rv_s_f{i}: .asciz \"f{i} \"");
    }
    out.push_str("rv_s_fcsr: .asciz \"fcsr \"\n");
}

/// UART output routines, leaves: `rv_putc(a0)`, `rv_puts(a0 = string)`,
/// `rv_puthex(a0 = value, a1 = digit count)`. Each waits for LSR.THRE (bit 5
/// of the line status register at offset 5) before writing THR (offset 0).
pub(crate) const PRINT_ROUTINES: &str = "
rv_putc:
    li t0, 0x10000000
1:  lbu t1, 5(t0)
    andi t1, t1, 0x20
    beqz t1, 1b
    sb a0, 0(t0)
    ret
rv_puts:
    li t0, 0x10000000
1:  lbu t2, 0(a0)
    beqz t2, 3f
2:  lbu t1, 5(t0)
    andi t1, t1, 0x20
    beqz t1, 2b
    sb t2, 0(t0)
    addi a0, a0, 1
    j 1b
3:  ret
rv_puthex:
    li t0, 0x10000000
1:  addi a1, a1, -1
    slli t3, a1, 2
    srl t2, a0, t3
    andi t2, t2, 15
    li t3, 10
    blt t2, t3, 2f
    addi t2, t2, 39      # 'a' - '0' - 10
2:  addi t2, t2, 48      # '0'
3:  lbu t1, 5(t0)
    andi t1, t1, 0x20
    beqz t1, 3b
    sb t2, 0(t0)
    bnez a1, 1b
    ret
";

#[cfg(test)]
mod tests {
    #[test]
    fn uart_address_in_routines_matches_board() {
        assert!(super::PRINT_ROUTINES.contains(&format!("{:#x}", super::UART_BASE)));
    }
}
