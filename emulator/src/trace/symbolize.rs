//! Turning addresses into `function+offset`: the kernel's symbols (the ELF
//! the machine booted) for S- and M-mode addresses, each process's (its ELF
//! read from the initrd at exec) for U-mode ones. Rust names are demangled.

use crate::hart::Privilege;
use crate::loader::{symbols_of, SymbolTable};
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Default)]
pub struct Symbolizer {
    kernel: Option<SymbolTable>,
    /// Symbols of the program each process runs.
    processes: HashMap<u64, Rc<SymbolTable>>,
    /// Symbols by program path, so each file is parsed once.
    by_path: HashMap<String, Rc<SymbolTable>>,
}

/// `name+0xoff` (or just `name` at offset 0), demangled.
fn describe(name: &str, off: u64) -> String {
    let name = format!("{:#}", rustc_demangle::demangle(name));
    if off == 0 {
        name
    } else {
        format!("{name}+{off:#x}")
    }
}

impl Symbolizer {
    pub fn new(kernel: Option<SymbolTable>) -> Symbolizer {
        Symbolizer {
            kernel,
            ..Default::default()
        }
    }

    /// Process `pid` now runs the program at `path` whose bytes `file` gives.
    pub fn exec(&mut self, pid: u64, path: &str, file: impl FnOnce() -> Option<Vec<u8>>) {
        let table = match self.by_path.get(path) {
            Some(t) => Some(t.clone()),
            None => file().and_then(|bytes| symbols_of(&bytes)).map(Rc::new),
        };
        match table {
            Some(t) => {
                self.by_path.insert(path.to_string(), t.clone());
                self.processes.insert(pid, t);
            }
            None => {
                self.processes.remove(&pid);
            }
        }
    }

    /// A new process runs its parent's program.
    pub fn fork(&mut self, child: u64, parent: u64) {
        if let Some(t) = self.processes.get(&parent).cloned() {
            self.processes.insert(child, t);
        }
    }

    /// The symbol of `addr` executed at `privilege` by process `pid`.
    pub fn lookup(&self, pid: Option<u64>, privilege: Privilege, addr: u64) -> Option<String> {
        let table = if privilege == Privilege::User {
            self.processes.get(&pid?).map(Rc::as_ref)
        } else {
            self.kernel.as_ref()
        }?;
        let (name, off) = table.lookup(addr)?;
        Some(describe(name, off))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::Symbol;

    #[test]
    fn kernel_and_process_symbols() {
        let kernel = SymbolTable::new(vec![Symbol {
            name: "trap_entry".into(),
            addr: 0x8000_0100,
            size: 16,
            typed: true,
        }]);
        let mut s = Symbolizer::new(Some(kernel));
        assert_eq!(
            s.lookup(None, Privilege::Supervisor, 0x8000_0104)
                .as_deref(),
            Some("trap_entry+0x4")
        );
        assert_eq!(s.lookup(Some(1), Privilege::User, 0x1000), None);
        s.fork(2, 1);
        assert_eq!(
            describe("_ZN4core3fmt5write17h0123456789abcdefE", 8),
            "core::fmt::write+0x8"
        );
    }
}
