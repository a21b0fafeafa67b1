//! Path names: from a string to an inode of the initrd (following `.`,
//! `..` and symbolic links), and back from an inode to its absolute path.

use alloc::string::String;
use alloc::vec::Vec;

use super::initrd::{self, Ino, ROOT};
use crate::syscall::errno::*;

/// How many symbolic links one lookup may follow (Linux: 40).
const MAX_LINKS: usize = 40;
/// Longest path accepted (PATH_MAX).
pub const PATH_MAX: usize = 4096;

/// The inode `path` names, relative to directory `cwd` unless absolute.
/// A symlink as the last component is followed only with `follow_last`.
pub fn resolve(cwd: Ino, path: &[u8], follow_last: bool) -> Result<Ino, Errno> {
    if path.is_empty() {
        return Err(ENOENT);
    }
    let fs = initrd::get();
    let path = core::str::from_utf8(path).map_err(|_| ENOENT)?;
    // Components still to walk, last one first.
    let mut todo: Vec<String> = path.split('/').filter(|c| !c.is_empty()).rev().map(String::from).collect();
    let trailing_slash = path.ends_with('/');
    let mut at = if path.starts_with('/') { ROOT } else { cwd };
    let mut links = 0;
    while let Some(name) = todo.pop() {
        let dir = &fs.inodes[at];
        if !dir.is_dir() {
            return Err(ENOTDIR);
        }
        let next = match name.as_str() {
            "." => at,
            ".." => dir.parent,
            _ => dir.lookup(&name).ok_or(ENOENT)?,
        };
        let inode = &fs.inodes[next];
        if inode.is_symlink() && (!todo.is_empty() || follow_last || trailing_slash) {
            links += 1;
            if links > MAX_LINKS {
                return Err(ELOOP);
            }
            let target = core::str::from_utf8(inode.data).map_err(|_| ENOENT)?;
            todo.extend(target.split('/').filter(|c| !c.is_empty()).rev().map(String::from));
            if target.starts_with('/') {
                at = ROOT;
            }
            continue;
        }
        at = next;
    }
    if trailing_slash && !fs.inodes[at].is_dir() {
        return Err(ENOTDIR);
    }
    Ok(at)
}

/// The absolute path of directory `ino`.
pub fn path_of(ino: Ino) -> String {
    let fs = initrd::get();
    let mut names = Vec::new();
    let mut at = ino;
    while at != ROOT {
        let parent = fs.inodes[at].parent;
        let name = fs.inodes[parent].children.iter().find(|(_, c)| *c == at).map(|(n, _)| n.as_str()).unwrap_or("?");
        names.push(name);
        at = parent;
    }
    if names.is_empty() {
        return String::from("/");
    }
    let mut path = String::new();
    for name in names.iter().rev() {
        path.push('/');
        path.push_str(name);
    }
    path
}
