//! The fixed parts of a privileged program: the prologue (PMP, timer,
//! handlers, initial CSRs), the end of the body, the dump and the data.
//! The trap handlers themselves are in `handlers`.
//!
//! `s10` carries a request from the body to the handlers: `REQUEST | mode`
//! asks the next handler that can to return to that mode (S serves U and
//! S, M serves all), `EXIT` asks for the dump. The M handler goes to the
//! dump directly; the S handler first raises a machine software interrupt
//! through the CLINT (mie.MSIE is always kept set) and waits for it.
//!
//! Dump format (hex lower case, one item a line):
//! ```text
//! rvlab-traps
//! trap M ff cause=... epc=... tval=... status=... pend=...
//!      (ff: direct entry, else the vector slot; ee: several interrupts
//!       were takeable, see `handlers`; pend: pending and enabled, masked)
//! exit cause=... epc=... status=...    (the M trap that ended the body)
//! x1 ...                               (x1..x27; x28..x31 are the M handler's)
//! csr medeleg ...                      (masked as `csrs` says)
//! m+000000 ...                         (result slots of deterministic suites)
//! g+000000 ...                         (the PMP guard page's first bytes)
//! end
//! ```

use super::csrs::{self, Flavor};
use super::handlers::{ENTRY, LOG_REG};
use crate::gen::frame::{FINISHER_BASE, FINISHER_PASS, PRINT_ROUTINES};
use std::fmt::Write as _;

/// `s10` (x26): the request register.
pub const REQ_REG: &str = "s10";
/// A request to return to mode `m` is `REQUEST | m` (m = 0, 1 or 3).
pub const REQUEST: u64 = 0x100;
/// The request that ends the program.
pub const EXIT: u64 = 0xe417;
/// Log capacity, in entries. Traps past it are not logged (the dump says
/// `log full`).
pub const LOG_ENTRIES: usize = 1024;
/// CLINT msip for hart 0, and mtimecmp for hart 0.
pub const CLINT_MSIP: u64 = 0x0200_0000;
const CLINT_MTIMECMP: u64 = 0x0200_4000;
/// Bytes of the guard page the dump prints (stores from M-mode land there).
pub const GUARD_DUMP: usize = 64;

/// What the prologue sets.
#[derive(Debug, Clone)]
pub struct Setup {
    /// x1..x31 initial values for the body's registers (others ignored).
    pub x: [u64; 32],
    /// Initial CSR writes, in order, as (CSR name, value); done in M-mode
    /// before the body, with interrupts still off.
    pub csrs: Vec<(&'static str, u64)>,
    /// Vectored (true) or direct mtvec/stvec at the start.
    pub m_vectored: bool,
    pub s_vectored: bool,
    /// The guard page's 8-byte words after the first (which holds code).
    pub guard: Vec<u64>,
    pub flavor: Flavor,
    /// 8-byte result slots at `rv_results` that the dump prints (`m+` lines).
    pub results: usize,
    /// Handlers log what the machine did, without evening out what the
    /// spec leaves open or QEMU gets wrong: each interrupt as taken (only
    /// its source cleared, so the order of simultaneous ones shows), AMO
    /// fault causes and ebreak's xtval as reported. For checks on rvlab
    /// alone, where QEMU 7.2 cannot be the reference (see `handlers`).
    pub raw: bool,
}

/// The handler address for a tvec: the vector table with mode 1, or the
/// direct entry.
pub fn tvec_symbol(m: bool, vectored: bool) -> &'static str {
    match (m, vectored) {
        (true, true) => "rv_mvec + 1",
        (true, false) => "rv_mtrap",
        (false, true) => "rv_svec + 1",
        (false, false) => "rv_strap",
    }
}

/// Emits `_start` up to the first body instruction.
pub fn prologue(out: &mut String, setup: &Setup) {
    let _ = writeln!(
        out,
        "    .section .text.start, \"ax\"
    .globl _start
    .option norvc
_start:
    # mtimecmp's reset value is the platform's choice (QEMU: 0, so MTIP
    # would be pending); all ones keeps the timer quiet on both machines.
    li t0, {CLINT_MTIMECMP:#x}
    li t1, -1
    sd t1, 0(t0)
    # PMP: entry 0 denies S and U (and M too if locked) the guard page
    # (4 KiB NAPOT, no R/W/X), entry 1 gives S and U everything else
    # (NAPOT over the whole space).
    # Without any entry QEMU refuses to enter S or U at all.
    lla t0, rv_guard
    srli t0, t0, 2
    ori t0, t0, 0x1ff
    csrw pmpaddr0, t0
    li t0, 0x3fffffffffffff
    csrw pmpaddr1, t0
    li t0, {pmpcfg:#x}
    csrw pmpcfg0, t0
    lla t0, {}
    csrw mtvec, t0
    lla t0, {}
    csrw stvec, t0
    li t0, {:#x}
    csrw mie, t0
    csrw mip, zero
    lla {LOG_REG}, rv_log
    li {REQ_REG}, 0",
        tvec_symbol(true, setup.m_vectored),
        tvec_symbol(false, setup.s_vectored),
        csrs::MSIE,
        pmpcfg = if setup.flavor.locked_guard {
            0x1f98
        } else {
            0x1f18
        },
    );
    for (name, v) in &setup.csrs {
        let _ = writeln!(out, "    li t0, {v:#x}\n    csrw {name}, t0");
    }
    for (i, v) in setup.x.iter().enumerate() {
        if super::is_body_reg(i) || i == super::TEMP {
            let _ = writeln!(out, "    li x{i}, {v:#x}");
        }
    }
    let _ = writeln!(out, "    li ra, 0\nrv_body:");
}

/// The end of the body: ask for the dump. Whatever mode the program is in,
/// the ecall reaches a handler that sees `EXIT`.
pub fn body_end(out: &mut String) {
    let _ = writeln!(
        out,
        "    .option norvc\nrv_body_end:\n    li {REQ_REG}, {EXIT:#x}\n    ecall\n1:  j 1b"
    );
}

/// Emits the handlers, the dump, the print routines and the data.
pub fn epilogue(out: &mut String, setup: &Setup) {
    out.push_str("\n    .section .text.rv_lib, \"ax\"\n    .option norvc\n");
    super::handlers::emit(out, setup.raw);
    dump(out, setup.results, setup.flavor.locked_guard);
    out.push_str("\n    .section .text.rv_lib, \"ax\"\n");
    out.push_str(PRINT_ROUTINES);
    data(out, setup);
}

/// The final CSRs the dump prints, with their read masks.
fn final_csrs() -> Vec<(&'static str, u64)> {
    [
        "mstatus",
        "medeleg",
        "mideleg",
        "mie",
        "mip",
        "mscratch",
        "sscratch",
        "sepc",
        "scause",
        "stval",
        "stvec",
        "mtvec",
        "mcounteren",
        "scounteren",
        "satp",
    ]
    .iter()
    .map(|&n| (n, csrs::csr(n).read_mask))
    .collect()
}

/// Prints `len` bytes at `symbol`, 8 a line, each line `prefix offset value`.
fn memory_lines(out: &mut String, prefix: &str, symbol: &str, len: usize) {
    let _ = writeln!(
        out,
        "    li s2, 0
1:  lla a0, {prefix}
    jal ra, rv_puts
    mv a0, s2
    li a1, 6
    jal ra, rv_puthex
    li a0, 32
    jal ra, rv_putc
    lla t0, {symbol}
    add t0, t0, s2
    ld a0, 0(t0)
    li a1, 16
    jal ra, rv_puthex
    li a0, 10
    jal ra, rv_putc
    addi s2, s2, 8
    li t0, {len}
    bltu s2, t0, 1b"
    );
}

/// The dump, entered from the M handler on `EXIT` (t3..t6 are free).
fn dump(out: &mut String, results: usize, locked_guard: bool) {
    out.push_str("rv_exit:\n    lla t3, rv_save\n");
    for i in 1..28 {
        let _ = writeln!(out, "    sd x{i}, {}(t3)", i * 8);
    }
    // The exit trap, then the final CSRs, into the save area after x31.
    let exit = ["mcause", "mepc", "mstatus"];
    for (k, name) in exit.iter().enumerate() {
        let _ = writeln!(out, "    csrr t4, {name}\n    sd t4, {}(t3)", 256 + k * 8);
    }
    let finals = final_csrs();
    for (k, (name, mask)) in finals.iter().enumerate() {
        let _ = writeln!(
            out,
            "    csrr t4, {name}\n    li t5, {mask:#x}\n    and t4, t4, t5\n    sd t4, {}(t3)",
            280 + k * 8
        );
    }
    // Print. s1 walks the log; the print routines use a0, a1, t0..t3.
    let hex = |out: &mut String, label: &str, src: &str, digits: u32| {
        let _ = writeln!(
            out,
            "    lla a0, {label}\n    jal ra, rv_puts\n    ld a0, {src}\n    li a1, {digits}\n    jal ra, rv_puthex"
        );
    };
    let newline = "    li a0, 10\n    jal ra, rv_putc\n";
    out.push_str("    lla a0, rv_s_header\n    jal ra, rv_puts\n    lla s1, rv_log\n");
    out.push_str("rv_dump_log:\n    bgeu s1, s11, rv_dump_log_done\n");
    out.push_str("    lla a0, rv_s_trap\n    jal ra, rv_puts\n    ld a0, 0(s1)\n    srli a0, a0, 8\n    jal ra, rv_putc\n    li a0, 32\n    jal ra, rv_putc\n    ld a0, 0(s1)\n    li a1, 2\n    jal ra, rv_puthex\n");
    hex(out, "rv_s_cause", "8(s1)", 16);
    hex(out, "rv_s_epc", "16(s1)", 16);
    hex(out, "rv_s_tval", "24(s1)", 16);
    hex(out, "rv_s_status", "32(s1)", 16);
    hex(out, "rv_s_pend", "40(s1)", 3);
    out.push_str(newline);
    let _ = writeln!(
        out,
        "    addi s1, s1, {ENTRY}\n    j rv_dump_log\nrv_dump_log_done:\n    lla t0, rv_log_end\n    bltu s11, t0, 1f\n    lla a0, rv_s_full\n    jal ra, rv_puts\n1:\n    lla s1, rv_save"
    );
    hex(out, "rv_s_exit", "256(s1)", 16);
    hex(out, "rv_s_epc", "264(s1)", 16);
    hex(out, "rv_s_status", "272(s1)", 16);
    out.push_str(newline);
    for i in 1..28 {
        hex(out, &format!("rv_s_x{i}"), &format!("{}(s1)", i * 8), 16);
        out.push_str(newline);
    }
    for (k, (name, _)) in finals.iter().enumerate() {
        hex(
            out,
            &format!("rv_s_csr_{name}"),
            &format!("{}(s1)", 280 + k * 8),
            16,
        );
        out.push_str(newline);
    }
    if results > 0 {
        memory_lines(out, "rv_s_mem", "rv_results", results * 8);
    }
    if !locked_guard {
        // (A locked guard page is unreadable even here, and unchanged.)
        memory_lines(out, "rv_s_guard", "rv_guard", GUARD_DUMP);
    }
    let _ = writeln!(
        out,
        "    lla a0, rv_s_end
    jal ra, rv_puts
    li t0, {FINISHER_BASE:#x}
    li t1, {FINISHER_PASS:#x}
    sw t1, 0(t0)
2:  j 2b"
    );
    // Strings for the dump.
    let mut s = String::new();
    for (label, text) in [
        ("header", "rvlab-traps\\n"),
        ("trap", "trap "),
        ("cause", " cause="),
        ("epc", " epc="),
        ("tval", " tval="),
        ("status", " status="),
        ("pend", " pend="),
        ("full", "log full\\n"),
        ("exit", "exit cause="),
        ("mem", "m+"),
        ("guard", "g+"),
        ("end", "end\\n"),
    ] {
        let _ = writeln!(s, "rv_s_{label}: .asciz \"{text}\"");
    }
    for i in 1..28 {
        let _ = writeln!(s, "rv_s_x{i}: .asciz \"x{i} \"");
    }
    for (name, _) in &finals {
        let _ = writeln!(s, "rv_s_csr_{name}: .asciz \"csr {name} \"");
    }
    out.push_str("\n    .section .rodata.rv_strings, \"a\"\n");
    out.push_str(&s);
}

fn data(out: &mut String, setup: &Setup) {
    let _ = writeln!(
        out,
        "
    .data
    # The page before the guard page ends with code: two nops, then a
    # 4-byte instruction (addi x0, x0, 0) whose second half is the guard
    # page's first halfword, so S and U fault on fetching its second half.
    .balign 4096
    .skip 4096 - 10
rv_pre_guard:
    nop
    nop
    .half 0x0013
rv_guard:
    .half 0x0000
    .half 0x8082        # c.jr ra: M-mode may run it; S and U fault on the fetch
    .word 0"
    );
    for v in &setup.guard {
        let _ = writeln!(out, "    .dword {v:#018x}");
    }
    let _ = writeln!(
        out,
        "    .balign 16
rv_scratch:
    .zero 16
    .balign 4096
rv_log:
    .zero {}
rv_log_end:
rv_log_sink:
    .zero {ENTRY}
    .balign 16
rv_results:
    .zero {}
rv_save:
    .zero {}",
        LOG_ENTRIES * ENTRY,
        8 * setup.results,
        280 + 8 * final_csrs().len()
    );
}
