//! Copying between the kernel and user memory. The kernel never
//! dereferences a user pointer: it walks the process's page table in
//! software and copies through the direct map, page by page. A bad pointer
//! is then an EFAULT for the syscall, never a kernel trap; pages a VMA
//! allows but that are not there yet are faulted in on the way.

use alloc::vec::Vec;

use super::addr_space::AddrSpace;
use super::layout::PAGE_SIZE;
use crate::syscall::errno::*;

impl AddrSpace {
    /// Copies `data` to user address `va`.
    pub fn copy_out(&mut self, va: usize, data: &[u8]) -> Result<(), Errno> {
        let mut done = 0;
        while done < data.len() {
            let at = va.checked_add(done).ok_or(EFAULT)?;
            let off = at % PAGE_SIZE;
            let n = (PAGE_SIZE - off).min(data.len() - done);
            let pa = self.user_page(at, true)?;
            // SAFETY: a user frame of this space, which the process cannot
            // touch while its kernel code runs; `off + n <= PAGE_SIZE`.
            unsafe { pa.page_bytes()[off..off + n].copy_from_slice(&data[done..done + n]) };
            done += n;
        }
        Ok(())
    }

    /// Copies user memory at `va` into `buf`.
    pub fn copy_in(&mut self, va: usize, buf: &mut [u8]) -> Result<(), Errno> {
        let mut done = 0;
        while done < buf.len() {
            let at = va.checked_add(done).ok_or(EFAULT)?;
            let off = at % PAGE_SIZE;
            let n = (PAGE_SIZE - off).min(buf.len() - done);
            let pa = self.user_page(at, false)?;
            // SAFETY: as in `copy_out`.
            buf[done..done + n].copy_from_slice(unsafe { &pa.page_bytes()[off..off + n] });
            done += n;
        }
        Ok(())
    }

    /// A plain value from user memory.
    pub fn read_val<T: Copy + Default>(&mut self, va: usize) -> Result<T, Errno> {
        let mut v = T::default();
        // SAFETY: T is plain data (integers and arrays of them, by the
        // callers' use); any bit pattern is a valid T.
        let bytes = unsafe { core::slice::from_raw_parts_mut(&mut v as *mut T as *mut u8, core::mem::size_of::<T>()) };
        self.copy_in(va, bytes)?;
        Ok(v)
    }

    /// A plain value to user memory.
    pub fn write_val<T: Copy>(&mut self, va: usize, v: &T) -> Result<(), Errno> {
        // SAFETY: reading the bytes of a plain value.
        let bytes = unsafe { core::slice::from_raw_parts(v as *const T as *const u8, core::mem::size_of::<T>()) };
        self.copy_out(va, bytes)
    }

    /// A NUL-terminated string at `va` (without the NUL), at most `max` bytes.
    pub fn read_cstr(&mut self, va: usize, max: usize) -> Result<Vec<u8>, Errno> {
        let mut out = Vec::new();
        let mut at = va;
        loop {
            let off = at % PAGE_SIZE;
            let pa = self.user_page(at, false)?;
            // SAFETY: as in `copy_out`.
            let page = unsafe { &pa.page_bytes()[off..] };
            match page.iter().position(|&b| b == 0) {
                Some(end) => {
                    out.extend_from_slice(&page[..end]);
                    return if out.len() > max { Err(ENAMETOOLONG) } else { Ok(out) };
                }
                None => out.extend_from_slice(page),
            }
            if out.len() > max {
                return Err(ENAMETOOLONG);
            }
            at = at.checked_add(PAGE_SIZE - off).ok_or(EFAULT)?;
        }
    }

    /// A NULL-terminated array of string pointers (argv, envp).
    pub fn read_str_array(&mut self, va: usize, max_total: usize) -> Result<Vec<Vec<u8>>, Errno> {
        let mut out = Vec::new();
        if va == 0 {
            return Ok(out);
        }
        let mut total = 0;
        for i in 0.. {
            let ptr: usize = self.read_val(va + i * 8)?;
            if ptr == 0 {
                break;
            }
            // One string over the limit is "argument list too long" too.
            let s = self.read_cstr(ptr, max_total).map_err(|e| if e == ENAMETOOLONG { E2BIG } else { e })?;
            total += s.len() + 1 + 8;
            if total > max_total {
                return Err(E2BIG);
            }
            out.push(s);
        }
        Ok(out)
    }
}
