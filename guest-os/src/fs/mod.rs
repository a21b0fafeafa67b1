//! Files: the read-only initrd (cpio newc) with its directories, the
//! console, pipes, and each process's descriptor table. There is no
//! writable file system yet: opening for writing fails with EROFS.

pub mod console;
pub mod fd;
pub mod file;
pub mod initrd;
pub mod path;
pub mod pipe;

use initrd::Ino;

/// `struct stat` of the riscv64 (asm-generic) Linux ABI, 128 bytes.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C)]
pub struct Stat {
    pub st_dev: u64,
    pub st_ino: u64,
    pub st_mode: u32,
    pub st_nlink: u32,
    pub st_uid: u32,
    pub st_gid: u32,
    pub st_rdev: u64,
    pub pad1: u64,
    pub st_size: i64,
    pub st_blksize: i32,
    pub pad2: i32,
    pub st_blocks: i64,
    pub st_atime: i64,
    pub st_atime_nsec: u64,
    pub st_mtime: i64,
    pub st_mtime_nsec: u64,
    pub st_ctime: i64,
    pub st_ctime_nsec: u64,
    pub unused: [u32; 2],
}

/// The stat of an initrd inode (device 1; inode numbers from 1).
pub fn stat_inode(ino: Ino) -> Stat {
    let inode = &initrd::get().inodes[ino];
    let size = inode.data.len() as i64;
    let mtime = inode.mtime as i64;
    Stat {
        st_dev: 1,
        st_ino: ino as u64 + 1,
        st_mode: inode.mode,
        st_nlink: if inode.is_dir() { 2 } else { 1 },
        st_size: size,
        st_blksize: 4096,
        st_blocks: (size + 511) / 512,
        st_atime: mtime,
        st_mtime: mtime,
        st_ctime: mtime,
        st_rdev: match inode.device {
            Some(initrd::Device::Console) => (5 << 8) | 1,
            Some(_) => (1 << 8) | 3,
            None => 0,
        },
        ..Stat::default()
    }
}
