//! Tests for the ELF loader on `testdata/tiny.elf` (built from
//! `testdata/tiny.S`): one RWX segment at 0x8000_0000 with 0x25 file bytes
//! and 0x68 memory bytes; symbols `_start`, `tohost`, `fromhost`, `message`.

use super::*;
use proptest::prelude::*;

const TINY: &[u8] = include_bytes!("../testdata/tiny.elf");
const RAM_BASE: u64 = 0x8000_0000;

// ELF64 header and program header field offsets (System V gABI).
const E_TYPE: usize = 16;
const E_MACHINE: usize = 18;
const E_ENTRY: usize = 24;
const E_PHOFF: usize = 32;
const PHDR_SIZE: usize = 56;
const P_TYPE: usize = 0;
const P_OFFSET: usize = 8;
const P_VADDR: usize = 16;
const P_PADDR: usize = 24;
const P_FILESZ: usize = 32;
const P_MEMSZ: usize = 40;
/// Index of the PT_LOAD header in tiny.elf (0 is PT_RISCV_ATTRIBUTES).
const LOAD_PHDR: usize = 1;

fn ram() -> Ram {
    Ram::new(RAM_BASE, 0x1000)
}

fn load(bytes: &[u8]) -> Result<LoadedProgram, LoadError> {
    load_elf(bytes, &mut ram())
}

fn put(bytes: &mut [u8], off: usize, value: &[u8]) {
    bytes[off..off + value.len()].copy_from_slice(value);
}

/// tiny.elf with field `field` of the PT_LOAD header set to `value`.
fn with_load_field(field: usize, value: u64) -> Vec<u8> {
    patch_load_field(TINY.to_vec(), field, value)
}

fn patch_load_field(mut b: Vec<u8>, field: usize, value: u64) -> Vec<u8> {
    let phoff = u64::from_le_bytes(b[E_PHOFF..E_PHOFF + 8].try_into().unwrap()) as usize;
    let off = phoff + LOAD_PHDR * PHDR_SIZE + field;
    if field == P_TYPE {
        put(&mut b, off, &(value as u32).to_le_bytes());
    } else {
        put(&mut b, off, &value.to_le_bytes());
    }
    b
}

#[test]
fn loads_segments_symbols_and_htif_words() {
    let mut ram = ram();
    ram.slice_mut(RAM_BASE, 0x1000).unwrap().fill(0xa5);
    let p = load_elf(TINY, &mut ram).unwrap();
    assert_eq!(p.entry, RAM_BASE);
    assert_eq!(p.segments, [(RAM_BASE, 0x68)]);
    assert_eq!(p.tohost, Some(0x8000_0010));
    assert_eq!(p.fromhost, Some(0x8000_0018));
    assert_eq!(p.symbols.lookup(0x8000_0004), Some(("_start", 4)));
    assert_eq!(p.symbols.lookup(0x8000_0022), Some(("message", 2)));
    // The file bytes, then .bss zeroed, then RAM left alone.
    assert_eq!(ram.slice(0x8000_0020, 5), Some(&b"rvlab"[..]));
    assert!(ram
        .slice(0x8000_0025, 0x68 - 0x25)
        .unwrap()
        .iter()
        .all(|&b| b == 0));
    assert_eq!(ram.read(0x8000_0068, 1), Some(0xa5));
    let first = u32::from_le_bytes(TINY[0xb0..0xb4].try_into().unwrap()) as u64;
    assert_eq!(
        ram.read(RAM_BASE, 4),
        Some(first),
        "segment 1 starts at file offset 0xb0"
    );
}

#[test]
fn entry_follows_a_segment_whose_paddr_differs() {
    let mut b = with_load_field(P_VADDR, 0xffff_ffff_8000_0000);
    put(&mut b, E_ENTRY, &0xffff_ffff_8000_0004u64.to_le_bytes());
    assert_eq!(load(&b).unwrap().entry, 0x8000_0004);
}

#[test]
fn headers_below_ram_are_skipped_like_ld_default_layout() {
    // What `ld -Ttext=0x80000000` does without -N: the first segment starts
    // at file offset 0 and carries the ELF and program headers (0xb0 bytes
    // in tiny.elf) just below RAM.
    let mut b = TINY.to_vec();
    let below = RAM_BASE - 0xb0;
    for (field, value) in [
        (P_OFFSET, 0),
        (P_VADDR, below),
        (P_PADDR, below),
        (P_FILESZ, 0xd5),
        (P_MEMSZ, 0x118),
    ] {
        b = patch_load_field(b, field, value);
    }
    let mut ram = ram();
    let p = load_elf(&b, &mut ram).unwrap();
    assert_eq!(p.segments, [(RAM_BASE, 0x68)]);
    assert_eq!(ram.slice(0x8000_0020, 5), Some(&b"rvlab"[..]));

    // Program bytes below RAM are an error, not silently dropped.
    let b = with_load_field(P_PADDR, RAM_BASE - 0x10);
    assert!(matches!(load(&b), Err(LoadError::OutsideRam { .. })));
}

#[test]
fn rejects_files_that_are_not_rv64_elf() {
    assert_eq!(load(b"").unwrap_err(), LoadError::NotElf);
    assert_eq!(load(b"#!/bin/sh\n").unwrap_err(), LoadError::NotElf);
    assert!(matches!(load(&TINY[..5]), Err(LoadError::Malformed(_))));
    assert!(matches!(load(&TINY[..40]), Err(LoadError::Malformed(_))));

    let mut b = TINY.to_vec();
    b[EI_CLASS] = 1;
    assert_eq!(load(&b).unwrap_err(), LoadError::Not64Bit(1));
    let mut b = TINY.to_vec();
    b[EI_DATA] = 2;
    assert_eq!(load(&b).unwrap_err(), LoadError::NotLittleEndian);

    let mut b = TINY.to_vec();
    put(&mut b, E_MACHINE, &62u16.to_le_bytes());
    let err = load(&b).unwrap_err();
    assert!(
        matches!(err, LoadError::NotRiscv { machine: 62, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("X86_64"), "{err}");

    let mut b = TINY.to_vec();
    put(&mut b, E_TYPE, &3u16.to_le_bytes());
    let err = load(&b).unwrap_err();
    assert_eq!(err, LoadError::NotExecutable("DYN"));
    assert!(err.to_string().contains("ET_EXEC"), "{err}");
}

#[test]
fn rejects_bad_segments() {
    assert_eq!(
        load(&with_load_field(P_TYPE, 0)).unwrap_err(),
        LoadError::NoLoadableSegment
    );

    let err = load(&with_load_field(P_FILESZ, 0x69)).unwrap_err();
    assert_eq!(
        err,
        LoadError::FileSizeExceedsMemSize {
            index: 1,
            filesz: 0x69,
            memsz: 0x68
        }
    );

    let err = load(&with_load_field(P_OFFSET, 0x10_0000)).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::OutsideFile {
                index: 1,
                offset: 0x10_0000,
                ..
            }
        ),
        "{err:?}"
    );
    let err = load(&with_load_field(P_OFFSET, u64::MAX)).unwrap_err();
    assert!(matches!(err, LoadError::OutsideFile { .. }), "{err:?}");

    let mut small = Ram::new(RAM_BASE, 0x40);
    let err = load_elf(TINY, &mut small).unwrap_err();
    let expected = "segment 1 at 0x80000000..0x80000068 lies outside RAM (0x80000000..0x80000040)";
    assert_eq!(err.to_string(), expected);
    let err = load(&with_load_field(P_MEMSZ, u64::MAX)).unwrap_err();
    assert!(matches!(err, LoadError::OutsideRam { .. }), "{err:?}");
}

#[test]
fn failed_load_leaves_ram_untouched() {
    let mut b = with_load_field(P_TYPE, 0);
    let mut ram = ram();
    assert!(load_elf(&b, &mut ram).is_err());
    b = with_load_field(P_FILESZ, 0x69);
    assert!(load_elf(&b, &mut ram).is_err());
    assert!(ram.slice(RAM_BASE, 0x1000).unwrap().iter().all(|&b| b == 0));
}

#[test]
fn every_truncation_fails_cleanly() {
    // Everything up to the end of the segment data is needed; the section
    // headers at the end are needed too, so every strict prefix fails.
    for len in 0..TINY.len() {
        assert!(load(&TINY[..len]).is_err(), "prefix of {len} bytes loaded");
    }
}

#[test]
fn every_single_byte_corruption_is_handled() {
    for off in 0..TINY.len() {
        for value in [0x00, 0xff, TINY[off] ^ 0x80] {
            let mut b = TINY.to_vec();
            b[off] = value;
            let _ = load(&b); // must return, whatever it returns
        }
    }
}

proptest! {
    #[test]
    fn random_corruption_never_panics(
        flips in proptest::collection::vec((0..TINY.len(), any::<u8>()), 1..16),
        cut in 0..=TINY.len(),
    ) {
        let mut b = TINY.to_vec();
        for (off, mask) in flips {
            b[off] ^= mask;
        }
        b.truncate(cut);
        let _ = load(&b);
    }
}
