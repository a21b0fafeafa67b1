//! ulib: the user library of rvlab's programs. `no_std`; it talks to the
//! kernel only through the Linux riscv64 system call ABI, so every program
//! built on it runs on rvlab's kernel and under `qemu-riscv64` alike.
//!
//! - `syscall_nr`: the system call numbers, one table the kernel can share;
//! - `syscall`: the `ecall` and the -errno convention; `errno`: error names;
//! - `fs`, `process`, `time`, `heap`: typed wrappers; `sched`: names,
//!   affinity, nice, rvlab's scheduler hints, CPU-time clock;
//! - `rt`: `_start` and the initial stack; `env`: argv, envp, auxv;
//! - `io`: `print!`/`println!`/`eprintln!`/`die!`.
//!
//! A program:
//! ```ignore
//! #![no_std]
//! #![no_main]
//! use ulib::println;
//! ulib::entry!(main);
//! fn main() -> i32 {
//!     println!("hello from pid {}", ulib::process::getpid());
//!     0
//! }
//! ```

#![no_std]

extern crate alloc;

pub mod env;
pub mod errno;
pub mod fs;
pub mod heap;
pub mod io;
pub mod process;
pub mod rt;
pub mod sched;
pub mod syscall;
pub mod syscall_nr;
pub mod time;

pub use errno::Errno;
pub use syscall::SysResult;

/// Declares the program's `fn main() -> i32`; its result is the exit status.
#[macro_export]
macro_rules! entry {
    ($main:path) => {
        #[no_mangle]
        fn __ulib_main() -> i32 {
            let main: fn() -> i32 = $main;
            main()
        }
    };
}

/// A panic prints "program: panic: message at file:line" and exits with
/// status 101, as Rust std programs do.
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    eprintln!("{}: panic: {}", env::program_name(), info);
    process::exit(101)
}
