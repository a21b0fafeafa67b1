//! A program's symbols, sorted by address, for turning a pc or a data
//! address into `name+offset` in traces, and for finding named words such
//! as HTIF's `tohost`.

/// One named address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub addr: u64,
    /// Size in bytes; 0 for a label with no size (common in assembly).
    pub size: u64,
    /// A function or data object (`STT_FUNC`/`STT_OBJECT`), as opposed to a
    /// plain label; preferred when several symbols share an address.
    pub typed: bool,
}

/// Symbols sorted by address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SymbolTable {
    // Sorted by (addr, typed): among symbols at one address the typed ones
    // come last, so the "last symbol at or below" search finds them.
    symbols: Vec<Symbol>,
}

impl SymbolTable {
    pub fn new(mut symbols: Vec<Symbol>) -> SymbolTable {
        symbols.sort_by(|a, b| (a.addr, a.typed, &a.name).cmp(&(b.addr, b.typed, &b.name)));
        SymbolTable { symbols }
    }

    pub fn len(&self) -> usize {
        self.symbols.len()
    }

    pub fn is_empty(&self) -> bool {
        self.symbols.is_empty()
    }

    /// All symbols, by address.
    pub fn iter(&self) -> impl Iterator<Item = &Symbol> {
        self.symbols.iter()
    }

    /// The symbol covering `addr` and the offset into it: the nearest symbol
    /// at or below `addr`, unless that symbol has a size and `addr` is past it.
    pub fn lookup(&self, addr: u64) -> Option<(&str, u64)> {
        let idx = self
            .symbols
            .partition_point(|s| s.addr <= addr)
            .checked_sub(1)?;
        let sym = &self.symbols[idx];
        let offset = addr - sym.addr;
        if sym.size != 0 && offset >= sym.size {
            return None;
        }
        Some((&sym.name, offset))
    }

    /// The address of the symbol called `name` (the typed one if several).
    pub fn by_name(&self, name: &str) -> Option<u64> {
        let matches = self.symbols.iter().filter(|s| s.name == name);
        matches.max_by_key(|s| s.typed).map(|s| s.addr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sym(name: &str, addr: u64, size: u64, typed: bool) -> Symbol {
        Symbol {
            name: name.into(),
            addr,
            size,
            typed,
        }
    }

    fn table() -> SymbolTable {
        SymbolTable::new(vec![
            sym("data", 0x2000, 8, true),
            sym("_start", 0x1000, 0x10, true),
            sym("_text", 0x1000, 0, false),
            sym("loop", 0x1020, 0, false),
        ])
    }

    #[test]
    fn lookup_prefers_typed_symbols_and_respects_sizes() {
        let t = table();
        assert_eq!(t.lookup(0x1004), Some(("_start", 4)));
        assert_eq!(t.lookup(0x1010), None, "past the end of _start");
        assert_eq!(
            t.lookup(0x1fff),
            Some(("loop", 0xfdf)),
            "unsized label extends"
        );
        assert_eq!(t.lookup(0x2007), Some(("data", 7)));
        assert_eq!(t.lookup(0x2008), None);
        assert_eq!(t.lookup(0xfff), None);
    }

    #[test]
    fn by_name() {
        let t = table();
        assert_eq!(t.by_name("loop"), Some(0x1020));
        assert_eq!(t.by_name("nope"), None);
        assert_eq!(t.len(), 4);
    }
}
