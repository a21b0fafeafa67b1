//! A writer for cpio archives in the "newc" format, the format of Linux
//! initramfs images and of rvlab's initrd (Linux's
//! `Documentation/driver-api/early-userspace/buffer-format.rst`).
//!
//! Each entry is a 110-byte ASCII header, the path, the data:
//!
//! ```text
//! "070701"  then 13 fields of 8 hex digits: ino, mode, uid, gid, nlink,
//!           mtime, filesize, devmajor, devminor, rdevmajor, rdevminor,
//!           namesize (with the NUL), check (0)
//! path      NUL-terminated, padded with NULs so header + path is a
//!           multiple of 4 bytes
//! data      filesize bytes, padded with NULs to a multiple of 4
//! ```
//!
//! The entry named `TRAILER!!!` ends the archive. Paths are relative to the
//! root (`bin/sh`), as Linux's `gen_init_cpio` writes them.

/// File type bits of `mode`.
pub const S_IFDIR: u32 = 0o040000;
pub const S_IFREG: u32 = 0o100000;

const MAGIC: &str = "070701";
const TRAILER: &str = "TRAILER!!!";
/// The header's size: magic and 13 fields.
const HEADER_LEN: usize = 110;

/// Builds an archive in memory, entry by entry.
pub struct Writer {
    out: Vec<u8>,
    next_ino: u32,
}

impl Default for Writer {
    fn default() -> Self {
        Self::new()
    }
}

impl Writer {
    pub fn new() -> Writer {
        Writer {
            out: Vec::new(),
            next_ino: 1,
        }
    }

    /// Adds a directory (`mode` holds the permission bits, e.g. 0o755).
    pub fn dir(&mut self, path: &str, mode: u32) {
        self.entry(path, S_IFDIR | (mode & 0o7777), 2, &[]);
    }

    /// Adds a regular file.
    pub fn file(&mut self, path: &str, mode: u32, data: &[u8]) {
        self.entry(path, S_IFREG | (mode & 0o7777), 1, data);
    }

    /// Ends the archive and returns its bytes.
    pub fn finish(mut self) -> Vec<u8> {
        // The trailer's ino and mode are 0; nlink 1, as gen_init_cpio writes.
        self.header(0, 0, 1, 0, TRAILER);
        self.out
    }

    fn entry(&mut self, path: &str, mode: u32, nlink: u32, data: &[u8]) {
        let path = path.trim_start_matches('/');
        assert!(
            !path.is_empty() && path != TRAILER,
            "bad cpio path {path:?}"
        );
        let ino = self.next_ino;
        self.next_ino += 1;
        let size = u32::try_from(data.len()).expect("cpio newc files are under 4 GiB");
        self.header(ino, mode, nlink, size, path);
        self.out.extend_from_slice(data);
        self.pad();
    }

    fn header(&mut self, ino: u32, mode: u32, nlink: u32, size: u32, path: &str) {
        let namesize = u32::try_from(path.len() + 1).expect("short path");
        // ino mode uid gid nlink mtime filesize devmaj devmin rdevmaj rdevmin namesize check.
        // mtime 0: the same inputs give the same archive, byte for byte.
        let fields = [ino, mode, 0, 0, nlink, 0, size, 0, 0, 0, 0, namesize, 0];
        self.out.extend_from_slice(MAGIC.as_bytes());
        for field in fields {
            self.out
                .extend_from_slice(format!("{field:08X}").as_bytes());
        }
        self.out.extend_from_slice(path.as_bytes());
        self.out.push(0);
        self.pad();
    }

    fn pad(&mut self) {
        while !self.out.len().is_multiple_of(4) {
            self.out.push(0);
        }
    }
}

/// One entry read back from an archive.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub mode: u32,
    pub ino: u32,
    pub nlink: u32,
    pub data: Vec<u8>,
}

/// Reads a newc archive up to its trailer. Errors name what is wrong.
pub fn parse(mut bytes: &[u8]) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    let mut offset = 0usize;
    loop {
        if bytes.len() < HEADER_LEN {
            return Err(format!("truncated header at offset {offset}"));
        }
        if &bytes[..6] != MAGIC.as_bytes() {
            return Err(format!("bad magic at offset {offset}"));
        }
        let field = |i: usize| -> Result<u32, String> {
            let text = std::str::from_utf8(&bytes[6 + 8 * i..14 + 8 * i])
                .map_err(|_| format!("non-ASCII field at offset {offset}"))?;
            u32::from_str_radix(text, 16)
                .map_err(|_| format!("bad hex {text:?} at offset {offset}"))
        };
        let (ino, mode, nlink, size, namesize) =
            (field(0)?, field(1)?, field(4)?, field(6)?, field(11)?);
        let name_end = HEADER_LEN + namesize as usize;
        let data_start = name_end.next_multiple_of(4);
        let data_end = data_start.saturating_add(size as usize);
        if bytes.len() < data_end || namesize == 0 || bytes[name_end - 1] != 0 {
            return Err(format!("bad entry at offset {offset}"));
        }
        let path = String::from_utf8_lossy(&bytes[HEADER_LEN..name_end - 1]).into_owned();
        if path == TRAILER {
            return Ok(entries);
        }
        entries.push(Entry {
            path,
            mode,
            ino,
            nlink,
            data: bytes[data_start..data_end].to_vec(),
        });
        let next = data_end.next_multiple_of(4).min(bytes.len());
        offset += next;
        bytes = &bytes[next..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut w = Writer::new();
        w.dir("bin", 0o755);
        w.file("/bin/sh", 0o755, b"\x7fELF pretend");
        w.file("etc/motd", 0o644, b"hello\n");
        w.file("empty", 0o644, b"");
        w.finish()
    }

    #[test]
    fn reads_back_what_it_wrote() {
        let entries = parse(&sample()).unwrap();
        let summary: Vec<(&str, u32, &[u8])> = entries
            .iter()
            .map(|e| (e.path.as_str(), e.mode, e.data.as_slice()))
            .collect();
        assert_eq!(
            summary,
            [
                ("bin", S_IFDIR | 0o755, &b""[..]),
                ("bin/sh", S_IFREG | 0o755, &b"\x7fELF pretend"[..]),
                ("etc/motd", S_IFREG | 0o644, &b"hello\n"[..]),
                ("empty", S_IFREG | 0o644, &b""[..]),
            ]
        );
        let inos: Vec<u32> = entries.iter().map(|e| e.ino).collect();
        assert_eq!(inos, [1, 2, 3, 4], "distinct inode numbers");
        assert_eq!(entries[0].nlink, 2);
    }

    #[test]
    fn layout_follows_the_newc_rules() {
        let bytes = sample();
        assert_eq!(bytes.len() % 4, 0);
        // First header: magic, ino 1, mode 040755, namesize 4 ("bin\0").
        let first = std::str::from_utf8(&bytes[..HEADER_LEN]).unwrap();
        assert!(first.starts_with("07070100000001000041ED"), "{first}");
        assert_eq!(&first[94..102], "00000004");
        // 110 + 4 = 114 -> padded to 116: the next header starts there.
        assert_eq!(&bytes[116..122], b"070701");
        // The archive ends with the trailer's name, padded.
        let tail = String::from_utf8_lossy(&bytes[bytes.len() - 16..]).into_owned();
        assert!(tail.contains("TRAILER!!!"), "{tail:?}");
    }

    #[test]
    fn empty_archive_is_just_the_trailer() {
        let bytes = Writer::new().finish();
        assert_eq!(parse(&bytes).unwrap(), []);
        assert_eq!(
            bytes.len(),
            (HEADER_LEN + TRAILER.len() + 1).next_multiple_of(4)
        );
    }

    #[test]
    fn rejects_damage() {
        let bytes = sample();
        assert!(parse(&bytes[..50]).unwrap_err().contains("truncated"));
        let mut bad = bytes.clone();
        bad[0] = b'1';
        assert!(parse(&bad).unwrap_err().contains("magic"));
    }

    /// Debian's cpio (package `cpio`), when installed, lists the archive as
    /// we wrote it. Skipped when it is not installed.
    #[test]
    fn gnu_cpio_agrees() {
        use std::io::Write;
        use std::process::{Command, Stdio};
        let Ok(mut child) = Command::new("cpio")
            .args(["-it", "--quiet"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
        else {
            eprintln!("cpio is not installed: skipped");
            return;
        };
        child.stdin.take().unwrap().write_all(&sample()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "bin\nbin/sh\netc/motd\nempty\n"
        );
    }
}
