//! Memory syscalls: brk, mmap (anonymous, or of an initrd file), munmap,
//! mprotect, madvise and mseal. This file checks the arguments the way
//! Linux does (the errors of mmap(2), mprotect(2), madvise(2), mseal(2));
//! the region work is in mm/mmap.rs. Pages appear lazily, on first touch,
//! file-backed ones as copies of the file's bytes.

use super::errno::*;
use super::with_user;
use crate::fs::file::FileKind;
use crate::fs::initrd;
use crate::mm::addr_space::{Prot, VmaKind};
use crate::mm::layout::{PAGE_SIZE, USER_TOP};
use crate::mm::mmap::Placement;

const MAP_SHARED: usize = 0x01;
const MAP_PRIVATE: usize = 0x02;
const MAP_SHARED_VALIDATE: usize = 0x03;
const MAP_TYPE: usize = 0x0f;
const MAP_FIXED: usize = 0x10;
const MAP_ANONYMOUS: usize = 0x20;
const MAP_FIXED_NOREPLACE: usize = 0x100000;

/// Lowest address a fixed mapping may have (Linux's vm.mmap_min_addr as
/// Debian sets it): the pages around NULL stay unmapped, so a null pointer
/// dereference always faults.
const MMAP_MIN_ADDR: usize = 0x10000;

/// PROT_ bits mprotect accepts besides read/write/exec: PROT_SEM, and
/// PROT_GROWSDOWN/PROT_GROWSUP (one at a time).
const PROT_SEM: usize = 0x8;
const PROT_GROWSDOWN: usize = 0x0100_0000;
const PROT_GROWSUP: usize = 0x0200_0000;

pub fn brk(addr: usize) -> SysResult {
    with_user(|u| Ok(u.set_brk(addr)))
}

/// `len` rounded up to pages; EINVAL for 0 or a length that wraps.
fn page_len(len: usize) -> Result<usize, Errno> {
    match len.checked_next_multiple_of(PAGE_SIZE) {
        Some(l) if l > 0 => Ok(l),
        _ => Err(EINVAL),
    }
}

/// `[addr, addr + len)` with `addr` page aligned (EINVAL) and the length
/// rounded up; `None` for an empty range.
fn page_range(addr: usize, len: usize, too_high: Errno) -> Result<Option<(usize, usize)>, Errno> {
    if addr % PAGE_SIZE != 0 {
        return Err(EINVAL);
    }
    if len == 0 {
        return Ok(None);
    }
    let end = addr.checked_add(page_len(len)?).ok_or(EINVAL)?;
    if end > USER_TOP {
        return Err(too_high);
    }
    Ok(Some((addr, end)))
}

pub fn mmap(addr: usize, len: usize, prot: usize, flags: usize, fd: usize, offset: usize) -> SysResult {
    let prot = Prot::from_bits_truncate(prot as u32);
    let kind = flags & MAP_TYPE;
    if len == 0 || !(kind == MAP_SHARED || kind == MAP_PRIVATE || kind == MAP_SHARED_VALIDATE) || offset % PAGE_SIZE != 0 {
        return Err(EINVAL);
    }
    let len = len.checked_next_multiple_of(PAGE_SIZE).ok_or(ENOMEM)?;
    let shared = kind != MAP_PRIVATE;
    let vma_kind = if flags & MAP_ANONYMOUS == 0 {
        let file = super::with_files(|f| f.get(fd))?;
        match file.kind {
            FileKind::Regular(ino) => {
                // The initrd is read-only: a shared writable mapping would
                // have to write the file back.
                if shared && prot.contains(Prot::WRITE) {
                    return Err(EACCES);
                }
                offset.checked_add(len).ok_or(EOVERFLOW)?;
                let data = initrd::get().inodes[ino].data;
                VmaKind::File { data: data.get(offset..).unwrap_or(&[]), shared }
            }
            FileKind::Zero => VmaKind::Anon,
            _ => return Err(ENODEV),
        }
    } else {
        VmaKind::Anon
    };
    let place = if flags & (MAP_FIXED | MAP_FIXED_NOREPLACE) != 0 {
        if addr % PAGE_SIZE != 0 {
            return Err(EINVAL);
        }
        if addr < MMAP_MIN_ADDR {
            return Err(EPERM);
        }
        if flags & MAP_FIXED_NOREPLACE != 0 {
            Placement::FixedNoReplace(addr)
        } else {
            Placement::Fixed(addr)
        }
    } else {
        Placement::Hint(addr)
    };
    with_user(|u| u.mmap(place, len, prot, vma_kind))
}

pub fn munmap(addr: usize, len: usize) -> SysResult {
    if len == 0 {
        return Err(EINVAL);
    }
    let Some((start, end)) = page_range(addr, len, EINVAL)? else { return Ok(0) };
    with_user(|u| u.unmap_range(start, end).map(|()| 0))
}

pub fn mprotect(addr: usize, len: usize, prot: usize) -> SysResult {
    let known = 7 | PROT_SEM | PROT_GROWSDOWN | PROT_GROWSUP;
    if prot & !known != 0 || prot & (PROT_GROWSDOWN | PROT_GROWSUP) == PROT_GROWSDOWN | PROT_GROWSUP {
        return Err(EINVAL);
    }
    let prot = Prot::from_bits_truncate(prot as u32);
    let Some((start, end)) = page_range(addr, len, ENOMEM)? else { return Ok(0) };
    with_user(|u| u.protect(start, end, prot).map(|()| 0))
}

pub fn madvise(addr: usize, len: usize, advice: usize) -> SysResult {
    let Some((start, end)) = page_range(addr, len, ENOMEM)? else { return Ok(0) };
    with_user(|u| u.advise(start, end, advice).map(|()| 0))
}

/// mseal(addr, len, flags) (Linux 6.10): flags must be 0, addr page
/// aligned; the range must be mapped.
pub fn mseal(addr: usize, len: usize, flags: usize) -> SysResult {
    if flags != 0 {
        return Err(EINVAL);
    }
    let Some((start, end)) = page_range(addr, len, ENOMEM)? else { return Ok(0) };
    with_user(|u| u.seal(start, end).map(|()| 0))
}
