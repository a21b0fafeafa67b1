//! Memory syscalls: brk, and anonymous (or private, file-backed) mmap,
//! munmap and mprotect. Pages appear lazily, on first touch, except for
//! file-backed mappings, which are copied in at once.

use super::errno::*;
use super::with_user;
use crate::fs::file::FileKind;
use crate::fs::initrd;
use crate::mm::addr_space::{Prot, Vma, VmaKind};
use crate::mm::layout::{page_round_up, PAGE_SIZE, USER_TOP};


const MAP_SHARED: usize = 0x01;
const MAP_PRIVATE: usize = 0x02;
const MAP_FIXED: usize = 0x10;
const MAP_ANONYMOUS: usize = 0x20;
const MAP_FIXED_NOREPLACE: usize = 0x100000;

pub fn brk(addr: usize) -> SysResult {
    with_user(|u| Ok(u.set_brk(addr)))
}

fn prot_of(prot: usize) -> Result<Prot, Errno> {
    Prot::from_bits(prot as u32).ok_or(EINVAL)
}

/// A range of user memory: page aligned start, length rounded up.
fn user_range(addr: usize, len: usize) -> Result<(usize, usize), Errno> {
    if addr % PAGE_SIZE != 0 || len == 0 {
        return Err(EINVAL);
    }
    let end = addr.checked_add(page_round_up(len)).filter(|&e| e <= USER_TOP).ok_or(EINVAL)?;
    Ok((addr, end))
}

pub fn mmap(addr: usize, len: usize, prot: usize, flags: usize, fd: usize, offset: usize) -> SysResult {
    let prot = prot_of(prot)?;
    if len == 0 || flags & (MAP_SHARED | MAP_PRIVATE) == 0 || offset % PAGE_SIZE != 0 {
        return Err(EINVAL);
    }
    let len = len.checked_next_multiple_of(PAGE_SIZE).ok_or(ENOMEM)?;
    // A file mapping: its bytes, copied (read-only initrd, so private and
    // shared differ only in what a write would do).
    let contents: Option<&'static [u8]> = if flags & MAP_ANONYMOUS == 0 {
        let file = super::with_files(|f| f.get(fd))?;
        match file.kind {
            FileKind::Regular(ino) => Some(initrd::get().inodes[ino].data),
            FileKind::Zero => None,
            _ => return Err(ENODEV),
        }
    } else {
        None
    };
    with_user(|u| {
        let start = if flags & (MAP_FIXED | MAP_FIXED_NOREPLACE) != 0 {
            let (start, end) = user_range(addr, len)?;
            if flags & MAP_FIXED_NOREPLACE != 0 && u.overlaps(start, end) {
                return Err(EEXIST);
            }
            u.unmap_range(start, end)?;
            start
        } else {
            u.find_free(len, addr & !(PAGE_SIZE - 1)).ok_or(ENOMEM)?
        };
        u.insert_vma(Vma { start, end: start + len, prot, kind: VmaKind::Anon })?;
        if let Some(data) = contents {
            let from = offset.min(data.len());
            let data = &data[from..data.len().min(from + len)];
            for (i, chunk) in data.chunks(PAGE_SIZE).enumerate() {
                let frame = u.alloc_page(start + i * PAGE_SIZE, prot)?;
                // SAFETY: a frame of this space that nothing else uses.
                unsafe { frame.page_bytes()[..chunk.len()].copy_from_slice(chunk) };
            }
        }
        Ok(start)
    })
}

pub fn munmap(addr: usize, len: usize) -> SysResult {
    let (start, end) = user_range(addr, len)?;
    with_user(|u| u.unmap_range(start, end).map(|()| 0))
}

pub fn mprotect(addr: usize, len: usize, prot: usize) -> SysResult {
    let prot = prot_of(prot & 7)?;
    if len == 0 {
        return if addr % PAGE_SIZE == 0 { Ok(0) } else { Err(EINVAL) };
    }
    let (start, end) = user_range(addr, len)?;
    with_user(|u| u.protect(start, end, prot).map(|()| 0))
}
