//! Linux error numbers (asm-generic `errno-base.h` / `errno.h`) with their
//! names and the messages glibc's `strerror` prints, so `sh: out: Read-only
//! file system` reads the same here as on Linux.

use core::fmt;

/// An error number the kernel returned (`-a0` of a failed system call).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Errno(pub i32);

/// Declares the constants and the lookup table from one list.
macro_rules! errnos {
    ($($name:ident = $nr:literal, $msg:literal;)*) => {
        impl Errno {
            $(#[doc = $msg] pub const $name: Errno = Errno($nr);)*
        }
        /// (number, name, message), in number order.
        const TABLE: &[(i32, &str, &str)] = &[$(($nr, stringify!($name), $msg)),*];
    };
}

errnos! {
    EPERM = 1, "Operation not permitted";
    ENOENT = 2, "No such file or directory";
    ESRCH = 3, "No such process";
    EINTR = 4, "Interrupted system call";
    EIO = 5, "Input/output error";
    ENXIO = 6, "No such device or address";
    E2BIG = 7, "Argument list too long";
    ENOEXEC = 8, "Exec format error";
    EBADF = 9, "Bad file descriptor";
    ECHILD = 10, "No child processes";
    EAGAIN = 11, "Resource temporarily unavailable";
    ENOMEM = 12, "Cannot allocate memory";
    EACCES = 13, "Permission denied";
    EFAULT = 14, "Bad address";
    ENOTBLK = 15, "Block device required";
    EBUSY = 16, "Device or resource busy";
    EEXIST = 17, "File exists";
    EXDEV = 18, "Invalid cross-device link";
    ENODEV = 19, "No such device";
    ENOTDIR = 20, "Not a directory";
    EISDIR = 21, "Is a directory";
    EINVAL = 22, "Invalid argument";
    ENFILE = 23, "Too many open files in system";
    EMFILE = 24, "Too many open files";
    ENOTTY = 25, "Inappropriate ioctl for device";
    ETXTBSY = 26, "Text file busy";
    EFBIG = 27, "File too large";
    ENOSPC = 28, "No space left on device";
    ESPIPE = 29, "Illegal seek";
    EROFS = 30, "Read-only file system";
    EMLINK = 31, "Too many links";
    EPIPE = 32, "Broken pipe";
    EDOM = 33, "Numerical argument out of domain";
    ERANGE = 34, "Numerical result out of range";
    EDEADLK = 35, "Resource deadlock avoided";
    ENAMETOOLONG = 36, "File name too long";
    ENOLCK = 37, "No locks available";
    ENOSYS = 38, "Function not implemented";
    ENOTEMPTY = 39, "Directory not empty";
    ELOOP = 40, "Too many levels of symbolic links";
}

impl Errno {
    /// The symbolic name, e.g. "ENOENT"; `None` for numbers not in the table.
    pub fn name(self) -> Option<&'static str> {
        TABLE.iter().find(|e| e.0 == self.0).map(|e| e.1)
    }

    /// The message, e.g. "No such file or directory".
    pub fn message(self) -> Option<&'static str> {
        TABLE.iter().find(|e| e.0 == self.0).map(|e| e.2)
    }
}

/// Shows the message, as `perror` would ("Unknown error N" otherwise).
impl fmt::Display for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.message() {
            Some(msg) => f.write_str(msg),
            None => write!(f, "Unknown error {}", self.0),
        }
    }
}

/// Shows the name and number, e.g. `ENOENT (2)`.
impl fmt::Debug for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "{name} ({})", self.0),
            None => write!(f, "errno {}", self.0),
        }
    }
}
