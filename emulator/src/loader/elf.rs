//! ELF executables into RAM: check the file is a little-endian RV64
//! `ET_EXEC`, validate every `PT_LOAD` segment against the file and RAM,
//! then copy them in and zero-fill each segment's tail (`.bss`).
//!
//! Placement follows QEMU's ELF loader for `-kernel`: each segment goes to
//! its physical address `p_paddr`; when a segment's `p_vaddr` differs, an
//! entry point inside that executable segment is moved along with it. (In
//! the common case `p_paddr == p_vaddr` and both rules are no-ops.)
//! One tolerance, for the ELF layout of `ld -Ttext=0x80000000`: header
//! bytes that a segment carries below RAM are skipped (see
//! [`skip_headers_below_ram`]). Nothing is written to RAM unless every
//! segment is valid.

use goblin::elf::header::{
    self, EI_CLASS, EI_DATA, ELFCLASS64, ELFDATA2LSB, ELFMAG, EM_RISCV, ET_EXEC,
};
use goblin::elf::program_header::{PF_X, PT_LOAD};
use goblin::elf::section_header::{SHN_ABS, SHN_UNDEF};
use goblin::elf::sym::{STT_FUNC, STT_NOTYPE, STT_OBJECT};
use goblin::elf::Elf;

use super::{LoadError, LoadedProgram, Symbol, SymbolTable};
use crate::bus::Ram;

/// A validated `PT_LOAD` segment.
struct Segment<'a> {
    paddr: u64,
    memsz: u64,
    data: &'a [u8],
}

/// Loads the ELF executable `bytes` into `ram`.
pub fn load_elf(bytes: &[u8], ram: &mut Ram) -> Result<LoadedProgram, LoadError> {
    check_ident(bytes)?;
    let malformed = |e: goblin::error::Error| LoadError::Malformed(e.to_string());
    // The header alone first, so a foreign file is named as such even if
    // the rest of it is something goblin cannot parse.
    let h = Elf::parse_header(bytes).map_err(malformed)?;
    if h.e_machine != EM_RISCV {
        let name = header::machine_to_str(h.e_machine);
        return Err(LoadError::NotRiscv {
            machine: h.e_machine,
            name,
        });
    }
    if h.e_type != ET_EXEC {
        return Err(LoadError::NotExecutable(header::et_to_str(h.e_type)));
    }
    let elf = Elf::parse(bytes).map_err(malformed)?;

    // The file bytes that are ELF header and program header table.
    let phdrs_end = h
        .e_phoff
        .saturating_add(h.e_phnum as u64 * h.e_phentsize as u64);
    let header_end = phdrs_end.max(h.e_ehsize as u64);
    let mut segments = Vec::new();
    let mut entry = h.e_entry;
    for (index, ph) in elf.program_headers.iter().enumerate() {
        if ph.p_type != PT_LOAD || ph.p_memsz == 0 {
            continue;
        }
        if ph.p_filesz > ph.p_memsz {
            let (filesz, memsz) = (ph.p_filesz, ph.p_memsz);
            return Err(LoadError::FileSizeExceedsMemSize {
                index,
                filesz,
                memsz,
            });
        }
        let data = usize::try_from(ph.p_offset)
            .ok()
            .zip(usize::try_from(ph.p_filesz).ok())
            .and_then(|(start, len)| bytes.get(start..start.checked_add(len)?))
            .ok_or(LoadError::OutsideFile {
                index,
                offset: ph.p_offset,
                filesz: ph.p_filesz,
                file_len: bytes.len(),
            })?;
        let seg = Segment {
            paddr: ph.p_paddr,
            memsz: ph.p_memsz,
            data,
        };
        let Some(seg) = skip_headers_below_ram(seg, ph.p_offset, header_end, bytes, ram.base())
        else {
            continue; // nothing but headers: nothing to load
        };
        if ram.slice(seg.paddr, seg.memsz).is_none() {
            return Err(LoadError::OutsideRam {
                index,
                start: ph.p_paddr,
                size: ph.p_memsz,
                ram_start: ram.base(),
                ram_end: ram.base() + ram.len(),
            });
        }
        // The entry is a virtual address; translate it if its segment moved.
        let in_segment = h.e_entry.wrapping_sub(ph.p_vaddr) < ph.p_filesz;
        if ph.p_vaddr != ph.p_paddr && ph.p_flags & PF_X != 0 && in_segment {
            entry = (h.e_entry - ph.p_vaddr).wrapping_add(ph.p_paddr);
        }
        segments.push(seg);
    }
    if segments.is_empty() {
        return Err(LoadError::NoLoadableSegment);
    }

    for seg in &segments {
        // Both slices were checked above; a failure here would be a bug.
        let dst = ram
            .slice_mut(seg.paddr, seg.memsz)
            .expect("segment checked against RAM");
        let (file_part, bss) = dst.split_at_mut(seg.data.len());
        file_part.copy_from_slice(seg.data);
        bss.fill(0);
    }

    let symbols = symbol_table(&elf);
    Ok(LoadedProgram {
        entry,
        segments: segments.iter().map(|s| (s.paddr, s.memsz)).collect(),
        tohost: symbols.by_name("tohost"),
        fromhost: symbols.by_name("fromhost"),
        symbols,
    })
}

/// `ld -Ttext=<RAM base>` without a linker script puts the ELF header and
/// program headers at the start of the first segment, just below the text,
/// so that segment begins below RAM although nothing the program uses does.
/// QEMU drops whatever falls outside RAM; this loader drops the part below
/// RAM only when it is header bytes or zero padding, so no content is lost
/// silently. Returns `None` if nothing else is left of the segment.
fn skip_headers_below_ram<'a>(
    seg: Segment<'a>,
    file_offset: u64,
    header_end: u64,
    bytes: &[u8],
    ram_base: u64,
) -> Option<Segment<'a>> {
    let skip = ram_base.saturating_sub(seg.paddr);
    if skip == 0 || skip > seg.data.len() as u64 {
        return Some(seg);
    }
    // `seg.data` lies at `file_offset` in `bytes`, so these indices are in range.
    let below = &bytes[file_offset as usize..(file_offset + skip) as usize];
    let headers_or_padding = below
        .iter()
        .enumerate()
        .all(|(i, &b)| file_offset + (i as u64) < header_end || b == 0);
    if !headers_or_padding {
        return Some(seg); // real content below RAM: reported by the caller
    }
    let memsz = seg.memsz - skip;
    (memsz > 0).then(|| Segment {
        paddr: ram_base,
        memsz,
        data: &seg.data[skip as usize..],
    })
}

/// Checks the identification bytes, so the common mistakes (not an ELF,
/// a 32-bit or big-endian file) get their own message.
fn check_ident(bytes: &[u8]) -> Result<(), LoadError> {
    if bytes.get(..ELFMAG.len()) != Some(ELFMAG) {
        return Err(LoadError::NotElf);
    }
    let (Some(&class), Some(&data)) = (bytes.get(EI_CLASS), bytes.get(EI_DATA)) else {
        return Err(LoadError::Malformed(
            "file ends inside the ELF identification".into(),
        ));
    };
    if class != ELFCLASS64 {
        return Err(LoadError::Not64Bit(class));
    }
    if data != ELFDATA2LSB {
        return Err(LoadError::NotLittleEndian);
    }
    Ok(())
}

/// The symbols of an executable's ELF image (for symbolizing traces of a
/// process), or `None` if it is not an ELF or is position independent
/// (ET_DYN: its load address is the kernel's choice, unknown here).
pub fn symbols_of(bytes: &[u8]) -> Option<SymbolTable> {
    let elf = Elf::parse(bytes).ok()?;
    (elf.header.e_type == goblin::elf::header::ET_EXEC).then(|| symbol_table(&elf))
}

/// The defined function, object and label symbols of `.symtab`. Section,
/// file and absolute symbols are left out, and so are assembler-local
/// labels (`.L*`) and RISC-V mapping symbols (`$x`, `$d`).
fn symbol_table(elf: &Elf) -> SymbolTable {
    let symbols = elf
        .syms
        .iter()
        .filter(|s| {
            let kind = s.st_type();
            let defined = s.st_shndx != SHN_UNDEF as usize && s.st_shndx != SHN_ABS as usize;
            defined && matches!(kind, STT_FUNC | STT_OBJECT | STT_NOTYPE)
        })
        .filter_map(|s| {
            let name = elf.strtab.get_at(s.st_name)?;
            if name.is_empty() || name.starts_with(".L") || name.starts_with('$') {
                return None;
            }
            let typed = s.st_type() != STT_NOTYPE;
            Some(Symbol {
                name: name.to_string(),
                addr: s.st_value,
                size: s.st_size,
                typed,
            })
        })
        .collect();
    SymbolTable::new(symbols)
}

#[cfg(test)]
mod tests;
