//! Open files (Linux's "open file descriptions"): what a file descriptor
//! refers to, with the offset and status flags that `dup` and `fork` share.

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicUsize, Ordering};

use super::initrd::{self, Device, Ino, S_IFCHR};
use super::{console, pipe::Pipe, Stat};
use crate::sync::SpinLock;
use crate::syscall::errno::*;

/// Status flags (open(2)).
pub const O_ACCMODE: usize = 3;
pub const O_WRONLY: usize = 1;
pub const O_RDWR: usize = 2;
pub const O_CREAT: usize = 0o100;
pub const O_EXCL: usize = 0o200;
pub const O_TRUNC: usize = 0o1000;
pub const O_APPEND: usize = 0o2000;
pub const O_NONBLOCK: usize = 0o4000;
pub const O_DIRECTORY: usize = 0o200000;
pub const O_NOFOLLOW: usize = 0o400000;
pub const O_CLOEXEC: usize = 0o2000000;

pub enum FileKind {
    Console,
    Null,
    Zero,
    PipeRead(Arc<Pipe>),
    PipeWrite(Arc<Pipe>),
    Regular(Ino),
    Dir(Ino),
    /// Contents made by the kernel when opened (/proc/self/maps).
    Generated(Vec<u8>),
}

pub struct File {
    pub kind: FileKind,
    offset: SpinLock<usize>,
    /// O_ACCMODE | O_NONBLOCK | O_APPEND.
    flags: AtomicUsize,
}

impl File {
    pub fn new(kind: FileKind, flags: usize) -> Arc<File> {
        Arc::new(File { kind, offset: SpinLock::new(0), flags: AtomicUsize::new(flags & (O_ACCMODE | O_NONBLOCK | O_APPEND)) })
    }

    /// Opens inode `ino` of the initrd (read-only file system).
    pub fn open(ino: Ino, flags: usize) -> Result<Arc<File>, Errno> {
        let inode = &initrd::get().inodes[ino];
        let kind = match inode.device {
            Some(Device::Console) => FileKind::Console,
            Some(Device::Null) => FileKind::Null,
            Some(Device::Zero) => FileKind::Zero,
            None if inode.is_dir() => {
                if flags & O_ACCMODE != 0 {
                    return Err(EISDIR);
                }
                FileKind::Dir(ino)
            }
            None => {
                if flags & O_DIRECTORY != 0 {
                    return Err(ENOTDIR);
                }
                if flags & O_ACCMODE != 0 || flags & O_TRUNC != 0 {
                    return Err(EROFS);
                }
                FileKind::Regular(ino)
            }
        };
        Ok(File::new(kind, flags))
    }

    pub fn flags(&self) -> usize {
        self.flags.load(Ordering::Relaxed)
    }

    pub fn set_flags(&self, flags: usize) {
        let keep = self.flags() & O_ACCMODE;
        self.flags.store(keep | (flags & (O_NONBLOCK | O_APPEND)), Ordering::Relaxed);
    }

    fn nonblock(&self) -> bool {
        self.flags() & O_NONBLOCK != 0
    }

    pub fn readable(&self) -> bool {
        self.flags() & O_ACCMODE != O_WRONLY
    }

    pub fn writable(&self) -> bool {
        self.flags() & O_ACCMODE != 0
    }

    /// Reads into `buf` (may sleep for console and pipes).
    pub fn read(&self, buf: &mut [u8]) -> Result<usize, Errno> {
        match &self.kind {
            FileKind::Console => console::read(buf, self.nonblock()),
            FileKind::Null => Ok(0),
            FileKind::Zero => {
                buf.fill(0);
                Ok(buf.len())
            }
            FileKind::PipeRead(pipe) => pipe.read(buf, self.nonblock()),
            FileKind::PipeWrite(_) => Err(EBADF),
            FileKind::Regular(ino) => {
                let data = initrd::get().inodes[*ino].data;
                let mut offset = self.offset.lock();
                let start = (*offset).min(data.len());
                let n = buf.len().min(data.len() - start);
                buf[..n].copy_from_slice(&data[start..start + n]);
                *offset = start + n;
                Ok(n)
            }
            FileKind::Dir(_) => Err(EISDIR),
            FileKind::Generated(data) => {
                let mut offset = self.offset.lock();
                let start = (*offset).min(data.len());
                let n = buf.len().min(data.len() - start);
                buf[..n].copy_from_slice(&data[start..start + n]);
                *offset = start + n;
                Ok(n)
            }
        }
    }

    /// Reads at `offset` without moving the file offset (pread64).
    pub fn read_at(&self, buf: &mut [u8], offset: usize) -> Result<usize, Errno> {
        match &self.kind {
            FileKind::Regular(ino) => {
                let data = initrd::get().inodes[*ino].data;
                let start = offset.min(data.len());
                let n = buf.len().min(data.len() - start);
                buf[..n].copy_from_slice(&data[start..start + n]);
                Ok(n)
            }
            FileKind::Dir(_) => Err(EISDIR),
            _ => Err(ESPIPE),
        }
    }

    /// Writes `data` (may sleep for pipes).
    pub fn write(&self, data: &[u8]) -> Result<usize, Errno> {
        match &self.kind {
            FileKind::Console => console::write(data),
            FileKind::Null | FileKind::Zero => Ok(data.len()),
            FileKind::PipeWrite(pipe) => pipe.write(data, self.nonblock()),
            FileKind::PipeRead(_) => Err(EBADF),
            FileKind::Regular(_) | FileKind::Dir(_) | FileKind::Generated(_) => Err(EBADF),
        }
    }

    /// lseek; `whence` 0 = SET, 1 = CUR, 2 = END.
    pub fn seek(&self, off: i64, whence: usize) -> Result<usize, Errno> {
        let size = match &self.kind {
            FileKind::Regular(ino) => initrd::get().inodes[*ino].data.len() as i64,
            FileKind::Dir(ino) => initrd::get().inodes[*ino].children.len() as i64 + 2,
            FileKind::Generated(data) => data.len() as i64,
            FileKind::Null | FileKind::Zero => return Ok(0),
            _ => return Err(ESPIPE),
        };
        let mut offset = self.offset.lock();
        let base = match whence {
            0 => 0,
            1 => *offset as i64,
            2 => size,
            _ => return Err(EINVAL),
        };
        let new = base.checked_add(off).filter(|&n| n >= 0).ok_or(EINVAL)?;
        *offset = new as usize;
        Ok(new as usize)
    }

    pub fn stat(&self) -> Stat {
        match &self.kind {
            FileKind::Regular(ino) | FileKind::Dir(ino) => super::stat_inode(*ino),
            FileKind::Console => Stat { st_mode: S_IFCHR | 0o620, st_rdev: (5 << 8) | 1, st_ino: 3, st_blksize: 1024, st_nlink: 1, ..Stat::default() },
            FileKind::Null | FileKind::Zero => Stat { st_mode: S_IFCHR | 0o666, st_rdev: (1 << 8) | 3, st_ino: 4, st_blksize: 4096, st_nlink: 1, ..Stat::default() },
            FileKind::PipeRead(_) | FileKind::PipeWrite(_) => Stat { st_mode: 0o010600, st_ino: 5, st_blksize: 4096, st_nlink: 1, ..Stat::default() },
            FileKind::Generated(_) => Stat { st_mode: initrd::S_IFREG | 0o444, st_ino: 6, st_blksize: 4096, st_nlink: 1, ..Stat::default() },
        }
    }

    /// getdents64: as many `linux_dirent64` records as fit in `max` bytes,
    /// from the directory offset on ("." and ".." first).
    pub fn getdents(&self, max: usize) -> Result<Vec<u8>, Errno> {
        let FileKind::Dir(ino) = self.kind else { return Err(ENOTDIR) };
        let fs = initrd::get();
        let dir = &fs.inodes[ino];
        let mut offset = self.offset.lock();
        let mut out = Vec::new();
        loop {
            let (name, child) = match *offset {
                0 => (".", ino),
                1 => ("..", dir.parent),
                i => match dir.children.get(i - 2) {
                    Some((name, child)) => (name.as_str(), *child),
                    None => break,
                },
            };
            // d_ino u64, d_off i64, d_reclen u16, d_type u8, name, NUL; 8-aligned.
            let reclen = (19 + name.len() + 1).next_multiple_of(8);
            if out.len() + reclen > max {
                if out.is_empty() {
                    return Err(EINVAL);
                }
                break;
            }
            let d_type = match fs.inodes[child].mode & initrd::S_IFMT {
                initrd::S_IFDIR => 4,
                initrd::S_IFREG => 8,
                initrd::S_IFLNK => 10,
                initrd::S_IFCHR => 2,
                _ => 0,
            };
            let start = out.len();
            out.extend_from_slice(&(child as u64 + 1).to_le_bytes());
            out.extend_from_slice(&(*offset as i64 + 1).to_le_bytes());
            out.extend_from_slice(&(reclen as u16).to_le_bytes());
            out.push(d_type);
            out.extend_from_slice(name.as_bytes());
            out.resize(start + reclen, 0);
            *offset += 1;
        }
        Ok(out)
    }
}

impl Drop for File {
    fn drop(&mut self) {
        match &self.kind {
            FileKind::PipeRead(pipe) => pipe.close_reader(),
            FileKind::PipeWrite(pipe) => pipe.close_writer(),
            _ => {}
        }
    }
}
