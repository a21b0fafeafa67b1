//! rvlab: a RISC-V (RV64GC) machine for studying operating systems.
//!
//! The crate is laid out like the machine: `isa` (encodings and decoding),
//! `hart` (registers, CSRs, traps, execution), `mmu` (Sv39/Sv48 translation
//! and the modeled TLBs), `bus` (RAM and the device trait), `devices` (the
//! QEMU `virt` board's devices), `loader` (ELF) and `machine` (putting it
//! together and running it).

pub mod bus;
pub mod devices;
pub mod hart;
pub mod isa;
pub mod loader;
pub mod machine;
pub mod mmu;
pub mod os_image;
pub mod report;
pub mod sched_options;
pub mod timing;
pub mod trace;

pub use machine::{Machine, MachineConfig, MachineError, RunExit};

use devices::uart::SharedBuffer;

/// Runs a bare-metal ELF for at most `max_instructions` and returns what it
/// printed (UART and HTIF console) and its exit status. An instruction
/// limit, a timeout or a deadlock is an error. Convenient for tests.
pub fn run_bare(elf: &[u8], max_instructions: u64) -> anyhow::Result<(Vec<u8>, i32)> {
    let config = MachineConfig {
        max_instructions: Some(max_instructions),
        ..Default::default()
    };
    run_bare_with(elf, config)
}

/// [`run_bare`] on a machine built from `config` (harts, RAM, TLBs, limits).
pub fn run_bare_with(elf: &[u8], config: MachineConfig) -> anyhow::Result<(Vec<u8>, i32)> {
    let out = SharedBuffer::new();
    let mut m = Machine::new(config, Box::new(out.clone()), Box::new(out.clone()))?;
    m.load_elf(elf)?;
    match m.run() {
        RunExit::Exited(code) => Ok((out.contents(), code as i32)),
        RunExit::Reset => Ok((out.contents(), 0)),
        other => anyhow::bail!("guest did not finish: {other:?}"),
    }
}
