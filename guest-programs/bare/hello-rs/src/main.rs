//! hello-rs: a bare-metal `no_std` Rust program for the QEMU `virt` board and
//! rvlab. Prints a greeting, the first primes and a table of factorials, then
//! exits through the test finisher. A panic exits with failure code 101.
//!
//! Memory layout and entry conventions are those of the C programs
//! (`../common/link.ld`, `../common/crt0.S`): `_start` at 0x8000_0000.

#![no_std]
#![no_main]

mod board;

use core::fmt::Write;

use board::Uart;

// Entry: the board's reset code jumps here in M-mode. Only hart 0 runs; it
// gets gp, a stack, a zeroed .bss and the FPU switched on (mstatus.FS resets
// to Off, where FP instructions trap), then `exit(rust_main())`.
core::arch::global_asm!(
    r#"
    .section .text.init, "ax", @progbits
    .globl _start
_start:
    csrr    t0, mhartid
    bnez    t0, 3f
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    la      sp, __stack_top
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
2:  li      t0, 1 << 13
    csrs    mstatus, t0
    csrw    fcsr, zero
    call    rust_main
    call    rust_exit
3:  wfi
    j       3b
"#
);

/// Called by `_start` with the return value of `rust_main`.
#[no_mangle]
extern "C" fn rust_exit(code: u32) -> ! {
    board::exit(code)
}

/// How many primes to list.
const PRIMES: usize = 20;

/// The first `N` primes, by trial division against the primes found so far.
fn first_primes<const N: usize>() -> [u32; N] {
    let mut primes = [0u32; N];
    let mut found = 0;
    let mut candidate = 2u32;
    while found < N {
        if primes[..found]
            .iter()
            .take_while(|&&p| p * p <= candidate)
            .all(|&p| candidate % p != 0)
        {
            primes[found] = candidate;
            found += 1;
        }
        candidate += 1;
    }
    primes
}

#[no_mangle]
extern "C" fn rust_main() -> u32 {
    let mut uart = Uart;
    // Writing to the UART cannot fail, so the fmt::Results are ignored.
    let _ = writeln!(uart, "Hello from rvlab bare metal (Rust, no_std)!");

    let _ = write!(uart, "first {PRIMES} primes:");
    for p in first_primes::<PRIMES>() {
        let _ = write!(uart, " {p}");
    }
    let _ = writeln!(uart);

    let _ = writeln!(uart, " n  n!");
    let mut factorial = 1u64;
    for n in 1..=12u64 {
        factorial *= n;
        let _ = writeln!(uart, "{n:>2}  {factorial}");
    }

    // Double precision, so the FPU that _start switched on is used.
    let harmonic: f64 = (1..=10).map(|k| 1.0 / f64::from(k)).sum();
    let _ = writeln!(uart, "H(10) = {harmonic:.6}");
    0
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    let _ = writeln!(Uart, "panic: {info}");
    board::exit(101)
}
