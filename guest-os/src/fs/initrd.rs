//! The initrd: a cpio archive in the "newc" format (`cpio -o -H newc`),
//! loaded into RAM by QEMU or rvlab and announced in the device tree. It is
//! read-only, so the kernel does not copy it: it parses the headers once
//! into a tree of inodes whose file data points into the archive itself.
//!
//! newc: each entry is a 110-byte ASCII header ("070701" and 13 eight-digit
//! hex fields), the NUL-terminated name padded to 4 bytes, then the data
//! padded to 4 bytes; the entry named "TRAILER!!!" ends the archive.
//! Directories missing from the archive are made up, and a few device
//! files are added under /dev.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use spin::Once;

/// File type bits of `st_mode`.
pub const S_IFMT: u32 = 0o170000;
pub const S_IFDIR: u32 = 0o040000;
pub const S_IFREG: u32 = 0o100000;
pub const S_IFLNK: u32 = 0o120000;
pub const S_IFCHR: u32 = 0o020000;

/// Character devices the kernel provides under /dev.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Device {
    Null,
    Zero,
    Console,
}

/// An inode number: the index in `Initrd::inodes`.
pub type Ino = usize;

pub struct Inode {
    pub mode: u32,
    pub mtime: u64,
    /// File contents or symlink target.
    pub data: &'static [u8],
    /// Directory entries: (name, child).
    pub children: Vec<(String, Ino)>,
    pub parent: Ino,
    pub device: Option<Device>,
}

impl Inode {
    pub fn is_dir(&self) -> bool {
        self.mode & S_IFMT == S_IFDIR
    }

    pub fn is_symlink(&self) -> bool {
        self.mode & S_IFMT == S_IFLNK
    }

    pub fn lookup(&self, name: &str) -> Option<Ino> {
        self.children.iter().find(|(n, _)| n == name).map(|&(_, ino)| ino)
    }
}

pub struct Initrd {
    pub inodes: Vec<Inode>,
}

/// The root directory's inode.
pub const ROOT: Ino = 0;

static INITRD: Once<Initrd> = Once::new();

pub fn get() -> &'static Initrd {
    INITRD.get().expect("initrd not parsed")
}

fn hex_field(header: &[u8], index: usize) -> Option<u32> {
    let digits = header.get(6 + 8 * index..14 + 8 * index)?;
    u32::from_str_radix(core::str::from_utf8(digits).ok()?, 16).ok()
}

impl Initrd {
    fn new() -> Initrd {
        let root = Inode { mode: S_IFDIR | 0o755, mtime: 0, data: &[], children: Vec::new(), parent: ROOT, device: None };
        Initrd { inodes: alloc::vec![root] }
    }

    /// The directory at `path` (components), made up if missing.
    fn make_dirs(&mut self, components: &[&str]) -> Ino {
        let mut dir = ROOT;
        for name in components {
            dir = match self.inodes[dir].lookup(name) {
                Some(ino) => ino,
                None => self.add(dir, name, Inode { mode: S_IFDIR | 0o755, mtime: 0, data: &[], children: Vec::new(), parent: dir, device: None }),
            };
        }
        dir
    }

    fn add(&mut self, dir: Ino, name: &str, inode: Inode) -> Ino {
        let ino = self.inodes.len();
        self.inodes.push(inode);
        self.inodes[dir].children.push((name.to_string(), ino));
        ino
    }

    /// Adds (or, for a directory the archive lists after its contents,
    /// updates) the entry at `path`.
    fn insert(&mut self, path: &str, mode: u32, mtime: u64, data: &'static [u8]) {
        let components: Vec<&str> = path.split('/').filter(|c| !c.is_empty() && *c != ".").collect();
        let Some((name, parents)) = components.split_last() else {
            // "." itself: the root's mode and time.
            self.inodes[ROOT].mode = mode;
            return;
        };
        let dir = self.make_dirs(parents);
        if let Some(existing) = self.inodes[dir].lookup(name) {
            let inode = &mut self.inodes[existing];
            inode.mode = mode;
            inode.mtime = mtime;
            inode.data = data;
            return;
        }
        self.add(dir, name, Inode { mode, mtime, data, children: Vec::new(), parent: dir, device: None });
    }
}

/// Parses the archive in `bytes` (which stay in place for the kernel's
/// lifetime). Returns the number of entries, or why it stopped.
pub fn init(bytes: &'static [u8]) -> Result<usize, &'static str> {
    let mut fs = Initrd::new();
    let mut at = 0;
    let mut count = 0;
    while !bytes.is_empty() {
        let header = bytes.get(at..at + 110).ok_or("truncated cpio header")?;
        if &header[..6] != b"070701" && &header[..6] != b"070702" {
            return Err("not a cpio newc archive");
        }
        let field = |i| hex_field(header, i).ok_or("bad cpio header field");
        let (mode, mtime, size, namesize) = (field(1)?, field(5)?, field(6)? as usize, field(11)? as usize);
        let name_start = at + 110;
        let name = bytes.get(name_start..name_start + namesize.saturating_sub(1)).ok_or("truncated cpio name")?;
        let name = core::str::from_utf8(name).map_err(|_| "cpio name is not UTF-8")?;
        let data_start = (name_start + namesize).next_multiple_of(4);
        let data = bytes.get(data_start..data_start + size).ok_or("truncated cpio data")?;
        at = (data_start + size).next_multiple_of(4);
        if name == "TRAILER!!!" {
            break;
        }
        fs.insert(name, mode, mtime as u64, data);
        count += 1;
    }
    let dev = fs.make_dirs(&["dev"]);
    for (name, device) in [("null", Device::Null), ("zero", Device::Zero), ("console", Device::Console), ("tty", Device::Console)] {
        if fs.inodes[dev].lookup(name).is_none() {
            fs.add(dev, name, Inode { mode: S_IFCHR | 0o666, mtime: 0, data: &[], children: Vec::new(), parent: dev, device: Some(device) });
        }
    }
    INITRD.call_once(|| fs);
    Ok(count)
}

/// An empty file system (no initrd given).
pub fn init_empty() {
    let _ = init(&[]);
}
