//! The program's arguments, environment and auxiliary vector, read from the
//! initial stack that `rt` found.

use core::ffi::CStr;

use crate::rt;

/// A NUL-terminated string from the initial stack, as bytes.
///
/// # Safety
/// `p` points at a NUL-terminated string that lives as long as the process.
unsafe fn c_bytes(p: *const u8) -> &'static [u8] {
    // SAFETY: the caller's promise.
    unsafe { CStr::from_ptr(p.cast()) }.to_bytes()
}

/// Text for display: the bytes up to the first that is not UTF-8.
fn as_str(bytes: &[u8]) -> &str {
    match core::str::from_utf8(bytes) {
        Ok(s) => s,
        // SAFETY-free fallback: the valid prefix is valid UTF-8 by definition.
        Err(e) => core::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or(""),
    }
}

/// The arguments, argv[0] first, as bytes.
pub fn args_bytes() -> impl Iterator<Item = &'static [u8]> + Clone {
    let (argc, argv) = rt::argv();
    // SAFETY: argv holds argc valid string pointers (rt::start checked the
    // layout); before start-up argc is 0 and nothing is read.
    (0..argc).map(move |i| unsafe { c_bytes(*argv.add(i)) })
}

/// The arguments as text (an argument that is not UTF-8 is cut where it
/// stops being so).
pub fn args() -> impl Iterator<Item = &'static str> + Clone {
    args_bytes().map(as_str)
}

/// This program's name for messages: the last part of argv[0].
pub fn program_name() -> &'static str {
    let argv0 = args().next().unwrap_or("?");
    argv0.rsplit('/').next().unwrap_or(argv0)
}

/// The environment, as `NAME=value` strings.
pub fn vars() -> impl Iterator<Item = &'static str> + Clone {
    let envp = rt::envp();
    let mut i = 0;
    core::iter::from_fn(move || {
        if envp.is_null() {
            return None;
        }
        // SAFETY: envp is NULL-terminated and each entry a valid string.
        let entry = unsafe { *envp.add(i) };
        if entry.is_null() {
            return None;
        }
        i += 1;
        // SAFETY: as above.
        Some(as_str(unsafe { c_bytes(entry) }))
    })
}

/// The value of environment variable `name`.
pub fn var(name: &str) -> Option<&'static str> {
    vars().find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then_some(v)
    })
}

/// Auxiliary vector types (Linux `auxvec.h`).
pub const AT_PHDR: usize = 3;
pub const AT_PAGESZ: usize = 6;
pub const AT_ENTRY: usize = 9;
pub const AT_HWCAP: usize = 16;
pub const AT_RANDOM: usize = 25;

/// The auxiliary vector entry of type `kind`.
pub fn auxv(kind: usize) -> Option<usize> {
    let mut p = rt::auxv();
    if p.is_null() {
        return None;
    }
    loop {
        // SAFETY: auxv is (type, value) pairs ending with type 0.
        let (t, v) = unsafe { (*p, *p.add(1)) };
        if t == 0 {
            return None;
        }
        if t == kind {
            return Some(v);
        }
        // SAFETY: not at the end yet, so the next pair exists.
        p = unsafe { p.add(2) };
    }
}
