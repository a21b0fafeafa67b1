//! ls [-l] [-a] [PATH...]: lists directories (getdents64), one name a line,
//! sorted. -l adds the type, permissions and size (newfstatat); -a shows
//! names that start with a dot.

#![no_std]
#![no_main]

extern crate alloc;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use ulib::fs::{self, Stat};
use ulib::{env, eprintln, println};

ulib::entry!(main);

struct Options {
    long: bool,
    all: bool,
}

fn main() -> i32 {
    let mut options = Options {
        long: false,
        all: false,
    };
    let mut paths = Vec::new();
    for arg in env::args().skip(1) {
        match arg.strip_prefix('-').filter(|f| !f.is_empty()) {
            Some(flags) => {
                for flag in flags.chars() {
                    match flag {
                        'l' => options.long = true,
                        'a' => options.all = true,
                        _ => {
                            eprintln!("ls: unknown option -{flag}\nusage: ls [-la] [PATH...]");
                            return 2;
                        }
                    }
                }
            }
            None => paths.push(arg),
        }
    }
    if paths.is_empty() {
        paths.push(".");
    }
    let mut status = 0;
    let several = paths.len() > 1;
    for (i, path) in paths.iter().enumerate() {
        if several {
            if i > 0 {
                println!();
            }
            println!("{path}:");
        }
        if let Err(message) = list(path, &options) {
            eprintln!("ls: {path}: {message}");
            status = 1;
        }
    }
    status
}

/// Lists one path: a directory's entries, or the file itself.
fn list(path: &str, options: &Options) -> Result<(), String> {
    let fd = match fs::open(path, fs::O_RDONLY | fs::O_DIRECTORY, 0) {
        Ok(fd) => fd,
        Err(ulib::Errno::ENOTDIR) => {
            // A file: show it alone, as ls does.
            let st = fs::stat(path).map_err(|e| format!("{e}"))?;
            print_entry(path, Some(&st), options);
            return Ok(());
        }
        Err(e) => return Err(format!("{e}")),
    };
    let mut names: Vec<(String, u8)> = Vec::new();
    let mut buf = [0u8; 2048];
    loop {
        let n = match fs::getdents64(fd, &mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => {
                let _ = fs::close(fd);
                return Err(format!("{e}"));
            }
        };
        for entry in fs::dirents(&buf[..n]) {
            let name = String::from_utf8_lossy(entry.name).into_owned();
            if options.all || !name.starts_with('.') {
                names.push((name, entry.kind));
            }
        }
    }
    let _ = fs::close(fd);
    names.sort();
    for (name, kind) in names {
        if options.long {
            let full = format!("{}/{}", path.trim_end_matches('/'), name);
            print_entry(&name, fs::stat(&full).ok().as_ref(), options);
        } else if kind == fs::DT_DIR {
            println!("{name}/");
        } else {
            println!("{name}");
        }
    }
    Ok(())
}

fn print_entry(name: &str, st: Option<&Stat>, options: &Options) {
    if !options.long {
        println!("{name}");
        return;
    }
    match st {
        Some(st) => println!("{} {:>8} {name}", mode_string(st.mode), st.size),
        None => println!("?????????? {:>8} {name}", "?"),
    }
}

/// "drwxr-xr-x" from a mode word.
fn mode_string(mode: u32) -> String {
    let kind = match mode & fs::S_IFMT {
        fs::S_IFDIR => 'd',
        fs::S_IFCHR => 'c',
        fs::S_IFIFO => 'p',
        fs::S_IFLNK => 'l',
        _ => '-',
    };
    let mut s = String::new();
    s.push(kind);
    for shift in [6, 3, 0] {
        let bits = (mode >> shift) & 7;
        s.push(if bits & 4 != 0 { 'r' } else { '-' });
        s.push(if bits & 2 != 0 { 'w' } else { '-' });
        s.push(if bits & 1 != 0 { 'x' } else { '-' });
    }
    s
}
