//! A process's file descriptor table: small integers naming open files.
//! `dup` and `fork` share the open file (and its offset); each descriptor
//! has only its own close-on-exec flag.
//!
//! Closing may wake processes (the last writer of a pipe), which takes the
//! process table's locks, so the functions that remove entries hand them
//! back: the caller drops them after releasing its own process's lock.

use alloc::sync::Arc;
use alloc::vec::Vec;

use super::file::File;
use crate::syscall::errno::*;

/// RLIMIT_NOFILE.
pub const MAX_FDS: usize = 1024;

#[derive(Clone)]
pub struct FdEntry {
    pub file: Arc<File>,
    pub cloexec: bool,
}

#[derive(Clone, Default)]
pub struct FdTable {
    fds: Vec<Option<FdEntry>>,
}

impl FdTable {
    pub fn get(&self, fd: usize) -> Result<Arc<File>, Errno> {
        self.entry(fd).map(|e| e.file.clone())
    }

    pub fn entry(&self, fd: usize) -> Result<&FdEntry, Errno> {
        self.fds.get(fd).and_then(|e| e.as_ref()).ok_or(EBADF)
    }

    pub fn entry_mut(&mut self, fd: usize) -> Result<&mut FdEntry, Errno> {
        self.fds.get_mut(fd).and_then(|e| e.as_mut()).ok_or(EBADF)
    }

    /// Installs `file` at the lowest free descriptor >= `min`. On failure
    /// `file` is dropped here: a caller holding its process's lock must keep
    /// its own reference to a pipe end (see the module comment).
    pub fn alloc(&mut self, file: Arc<File>, cloexec: bool, min: usize) -> Result<usize, Errno> {
        let fd = (min..MAX_FDS).find(|&fd| self.fds.get(fd).is_none_or(|e| e.is_none())).ok_or(EMFILE)?;
        self.set(fd, FdEntry { file, cloexec });
        Ok(fd)
    }

    /// Puts `entry` at `fd`, returning what was there.
    pub fn set(&mut self, fd: usize, entry: FdEntry) -> Option<FdEntry> {
        if self.fds.len() <= fd {
            self.fds.resize(fd + 1, None);
        }
        self.fds[fd].replace(entry)
    }

    pub fn close(&mut self, fd: usize) -> Result<FdEntry, Errno> {
        self.fds.get_mut(fd).and_then(|e| e.take()).ok_or(EBADF)
    }

    /// Removes the close-on-exec descriptors (for execve).
    pub fn take_cloexec(&mut self) -> Vec<FdEntry> {
        let mut closed = Vec::new();
        for slot in self.fds.iter_mut() {
            if slot.as_ref().is_some_and(|e| e.cloexec) {
                closed.extend(slot.take());
            }
        }
        closed
    }
}
