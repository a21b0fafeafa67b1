//! Loading guest programs into physical memory: bare-metal RV64 ELF
//! executables (firmware, ISA tests, the guest kernel) placed at their
//! physical load addresses, as `qemu-system-riscv64 -bios none -kernel X`
//! places them.

mod elf;
mod symbols;

pub use elf::{load_elf, symbols_of};
pub use symbols::{Symbol, SymbolTable};

/// A program in RAM, ready to run.
#[derive(Debug, Clone)]
pub struct LoadedProgram {
    /// Physical address of the first instruction.
    pub entry: u64,
    /// The loaded segments as (physical address, size in memory).
    pub segments: Vec<(u64, u64)>,
    /// Function and data symbols, for naming addresses in traces.
    pub symbols: SymbolTable,
    /// Address of the HTIF `tohost` word, if the program defines one.
    pub tohost: Option<u64>,
    /// Address of the HTIF `fromhost` word, if the program defines one.
    pub fromhost: Option<u64>,
}

/// Why an ELF file could not be loaded. Each message is one line.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LoadError {
    #[error("not an ELF file (no \\x7fELF magic)")]
    NotElf,
    #[error("truncated or malformed ELF file: {0}")]
    Malformed(String),
    #[error("not a 64-bit ELF file (ELF class {0}); rvlab runs RV64 programs")]
    Not64Bit(u8),
    #[error("not a little-endian ELF file; RISC-V programs are little-endian")]
    NotLittleEndian,
    #[error("not a RISC-V program: the ELF machine is {name} ({machine}), expected RISC-V (243)")]
    NotRiscv { machine: u16, name: &'static str },
    #[error(
        "not an executable: the ELF type is {0}; bare-metal programs must be linked \
         as ET_EXEC (static, non-PIE)"
    )]
    NotExecutable(&'static str),
    #[error("the ELF file has no loadable (PT_LOAD) segment")]
    NoLoadableSegment,
    #[error(
        "segment {index} at {start:#x}..{:#x} lies outside RAM ({ram_start:#x}..{ram_end:#x})",
        *.start as u128 + *.size as u128
    )]
    OutsideRam {
        index: usize,
        start: u64,
        size: u64,
        ram_start: u64,
        ram_end: u64,
    },
    #[error(
        "segment {index} is larger in the file ({filesz:#x} bytes) than in memory ({memsz:#x})"
    )]
    FileSizeExceedsMemSize {
        index: usize,
        filesz: u64,
        memsz: u64,
    },
    #[error(
        "segment {index} claims file bytes {offset:#x}..{:#x} but the file is only \
         {file_len:#x} bytes",
        *.offset as u128 + *.filesz as u128
    )]
    OutsideFile {
        index: usize,
        offset: u64,
        filesz: u64,
        file_len: usize,
    },
}
