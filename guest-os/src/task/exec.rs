//! execve: replace the current program with an ELF file from the initrd.
//!
//! The new image is built completely in a fresh address space first, so a
//! bad file leaves the caller untouched and gets an error back. Then the
//! old space is dropped, and the user registers are reset so that `sret`
//! lands on the ELF entry point with the Linux initial stack in sp:
//!
//! ```text
//!   USER_STACK_TOP -> program path, argv and envp strings, 16 random bytes
//!                     (16-byte aligned)
//!                     auxv: (type, value) pairs ending with AT_NULL
//!                     envp[0..n], NULL
//!                     argv[0..argc], NULL
//!   sp ->             argc
//! ```
//!
//! Static programs only: a PT_INTERP (dynamic linker) is refused with
//! ENOEXEC. Position-independent static programs (static-pie) are loaded at
//! PIE_BASE.

use alloc::string::String;
use alloc::vec::Vec;
use xmas_elf::header::{Class, Machine, Type};
use xmas_elf::program::{ProgramHeader, Type as PhType};
use xmas_elf::ElfFile;

use crate::arch::fp::FpState;
use crate::drivers::trace;
use crate::fs::initrd::{self, Ino};
use crate::fs::path;
use crate::mm::addr_space::{AddrSpace, Prot, Vma, VmaKind};
use crate::mm::layout::*;
use crate::sched::{self, cpu};
use crate::syscall::errno::*;
use crate::task::{self, exit::vfork_chan, Process};
use crate::trap::{reg, TrapFrame};

/// The stack VMA a program starts with (it grows on demand).
const INITIAL_STACK: usize = 128 * 1024;

/// Auxiliary vector entry types (elf.h).
const AT_NULL: usize = 0;
const AT_PHDR: usize = 3;
const AT_PHENT: usize = 4;
const AT_PHNUM: usize = 5;
const AT_PAGESZ: usize = 6;
const AT_BASE: usize = 7;
const AT_FLAGS: usize = 8;
const AT_ENTRY: usize = 9;
const AT_UID: usize = 11;
const AT_EUID: usize = 12;
const AT_GID: usize = 13;
const AT_EGID: usize = 14;
const AT_HWCAP: usize = 16;
const AT_CLKTCK: usize = 17;
const AT_SECURE: usize = 23;
const AT_RANDOM: usize = 25;
const AT_EXECFN: usize = 31;

/// AT_HWCAP: one bit per single-letter extension ('a' = bit 0): IMAFDC.
const HWCAP: usize = {
    let letters = b"imafdc";
    let mut bits = 0;
    let mut i = 0;
    while i < letters.len() {
        bits |= 1 << (letters[i] - b'a');
        i += 1;
    }
    bits
};

/// Most bytes of argv + envp (Linux allows more; this keeps the copy small).
pub const ARG_MAX: usize = 128 * 1024;

/// A loaded program, ready to run.
struct Image {
    aspace: AddrSpace,
    entry: usize,
    sp: usize,
}

/// execve for the current process. On success the trap frame holds the
/// new program's registers.
pub fn exec(path: &[u8], argv: Vec<Vec<u8>>, envp: Vec<Vec<u8>>) -> Result<(), Errno> {
    let p = task::current();
    let cwd = p.inner.lock().cwd;
    let ino = path::resolve(cwd, path, true)?;
    let abs = absolute(cwd, path);
    exec_into(&p, ino, &abs, &argv, &envp)
}

/// Loads inode `ino` (at path `abs`) into process `p`, replacing its image.
pub fn exec_into(p: &Process, ino: Ino, abs: &str, argv: &[Vec<u8>], envp: &[Vec<u8>]) -> Result<(), Errno> {
    let inode = &initrd::get().inodes[ino];
    if inode.is_dir() || inode.device.is_some() || inode.mode & 0o111 == 0 {
        return Err(EACCES);
    }
    // xmas-elf reads the headers in place and needs them 8-byte aligned;
    // cpio aligns file data to 4 only, so the headers are copied first
    // (the segments are copied from the archive itself).
    let headers = aligned_headers(inode.data)?;
    // SAFETY: viewing the u64 buffer as the bytes it was filled with.
    let headers = unsafe { core::slice::from_raw_parts(headers.as_ptr() as *const u8, headers.len() * 8) };
    let image = load(headers, inode.data, abs, argv, envp)?;
    let name: String = abs.rsplit('/').next().unwrap_or(abs).into();

    // The point of no return.
    let (old, files, vfork_parent) = {
        let mut inner = p.inner.lock();
        if cpu::this().current().is_some_and(|c| c.pid == p.pid) {
            image.aspace.activate();
        }
        let old = inner.aspace.replace(alloc::sync::Arc::new(crate::sync::SpinLock::new(image.aspace)));
        inner.name = name;
        inner.exe = abs.into();
        inner.signals.reset_for_exec();
        inner.fp = FpState::new();
        (old, inner.files.clone(), inner.vfork_parent.take())
    };
    drop(old);
    let closed = files.lock().take_cloexec();
    drop(closed);
    let c = cpu::this();
    if c.fp_owner() == p.pid {
        // Its registers hold the old program's values: reload zeros.
        c.set_fp_owner(0);
    }
    // SAFETY: `p` is the current process (or not yet running): its trap
    // frame is ours to write.
    unsafe {
        let tf = &mut *p.trapframe();
        *tf = TrapFrame::default();
        tf.sepc = image.entry;
        tf.regs[reg::SP] = image.sp;
    }
    trace::exec(p.pid, &p.inner.lock().name);
    if let Some(parent) = vfork_parent {
        sched::wakeup(vfork_chan(parent));
    }
    Ok(())
}

/// `path` made absolute against directory `cwd` (for AT_EXECFN-like uses
/// and /proc/self/exe).
fn absolute(cwd: Ino, path: &[u8]) -> String {
    let path = String::from_utf8_lossy(path);
    if path.starts_with('/') {
        return path.into();
    }
    let mut abs = path::path_of(cwd);
    if !abs.ends_with('/') {
        abs.push('/');
    }
    abs.push_str(&path);
    abs
}

/// The ELF header and program headers of `data`, in an aligned buffer.
fn aligned_headers(data: &[u8]) -> Result<Vec<u64>, Errno> {
    let field = |at: usize, len: usize| -> Result<usize, Errno> {
        let bytes = data.get(at..at + len).ok_or(ENOEXEC)?;
        Ok(bytes.iter().rev().fold(0, |acc, &b| (acc << 8) | b as usize))
    };
    // e_phoff, e_phentsize, e_phnum of an ELF64 header.
    let end = field(0x20, 8)?.checked_add(field(0x36, 2)? * field(0x38, 2)?).ok_or(ENOEXEC)?;
    let end = end.max(64);
    if end > data.len() || end > 64 * 1024 {
        return Err(ENOEXEC);
    }
    let mut words = alloc::vec![0u64; end.div_ceil(8)];
    // SAFETY: the u64 buffer viewed as bytes; it holds at least `end` bytes.
    let bytes = unsafe { core::slice::from_raw_parts_mut(words.as_mut_ptr() as *mut u8, end) };
    bytes.copy_from_slice(&data[..end]);
    Ok(words)
}

fn load(headers: &[u8], data: &[u8], execfn: &str, argv: &[Vec<u8>], envp: &[Vec<u8>]) -> Result<Image, Errno> {
    let elf = ElfFile::new(headers).map_err(|_| ENOEXEC)?;
    if elf.header.pt1.class() != Class::SixtyFour || elf.header.pt2.machine().as_machine() != Machine::RISC_V {
        return Err(ENOEXEC);
    }
    let base = match elf.header.pt2.type_().as_type() {
        Type::Executable => 0,
        Type::SharedObject => PIE_BASE,
        _ => return Err(ENOEXEC),
    };
    let mut aspace = AddrSpace::new().ok_or(ENOMEM)?;
    let mut end = 0;
    let mut phdr = None;
    let ph_offset = elf.header.pt2.ph_offset() as usize;
    for ph in elf.program_iter() {
        match ph.get_type().map_err(|_| ENOEXEC)? {
            PhType::Interp => return Err(ENOEXEC),
            PhType::Phdr => phdr = Some(base + ph.virtual_addr() as usize),
            PhType::Load => {
                end = end.max(load_segment(&mut aspace, data, &ph, base)?);
                let (off, filesz) = (ph.offset() as usize, ph.file_size() as usize);
                if phdr.is_none() && off <= ph_offset && ph_offset < off + filesz {
                    phdr = Some(base + ph.virtual_addr() as usize + (ph_offset - off));
                }
            }
            _ => {}
        }
    }
    let entry = base + elf.header.pt2.entry_point() as usize;
    aspace.brk_start = page_round_up(end);
    aspace.brk = aspace.brk_start;
    // The stack starts small and grows down on faults (mm/fault.rs), up to
    // USER_STACK_SIZE.
    let stack = Vma::new(USER_STACK_TOP - INITIAL_STACK, USER_STACK_TOP, Prot::READ | Prot::WRITE, VmaKind::Stack);
    aspace.insert_vma(stack)?;
    // The signal-return trampoline (Linux keeps it in the vDSO).
    let trampoline = super::sigframe::SIGRETURN_TRAMPOLINE;
    let code = Prot::READ | Prot::EXEC;
    aspace.insert_vma(Vma::new(trampoline, trampoline + PAGE_SIZE, code, VmaKind::Elf))?;
    let frame = aspace.alloc_page(trampoline, code)?;
    for (i, insn) in super::sigframe::TRAMPOLINE_CODE.iter().enumerate() {
        // SAFETY: a new frame of the new address space.
        unsafe { frame.page_bytes()[4 * i..4 * i + 4].copy_from_slice(&insn.to_le_bytes()) };
    }

    let auxv = [
        (AT_PHDR, phdr.unwrap_or(0)),
        (AT_PHENT, elf.header.pt2.ph_entry_size() as usize),
        (AT_PHNUM, elf.header.pt2.ph_count() as usize),
        (AT_PAGESZ, PAGE_SIZE),
        (AT_BASE, 0),
        (AT_FLAGS, 0),
        (AT_ENTRY, entry),
        (AT_UID, 0),
        (AT_EUID, 0),
        (AT_GID, 0),
        (AT_EGID, 0),
        (AT_HWCAP, HWCAP),
        (AT_CLKTCK, crate::drivers::timer::USER_HZ as usize),
        (AT_SECURE, 0),
    ];
    let sp = build_stack(&mut aspace, execfn, argv, envp, &auxv)?;
    Ok(Image { aspace, entry, sp })
}

/// Maps one PT_LOAD segment and copies its file bytes; returns its end.
fn load_segment(aspace: &mut AddrSpace, data: &[u8], ph: &ProgramHeader, base: usize) -> Result<usize, Errno> {
    let vaddr = base.checked_add(ph.virtual_addr() as usize).ok_or(ENOEXEC)?;
    let (memsz, filesz, offset) = (ph.mem_size() as usize, ph.file_size() as usize, ph.offset() as usize);
    if memsz == 0 {
        return Ok(0);
    }
    let seg_end = vaddr.checked_add(memsz).filter(|&e| e <= USER_TOP).ok_or(ENOEXEC)?;
    if filesz > memsz || offset.checked_add(filesz).is_none_or(|e| e > data.len()) {
        return Err(ENOEXEC);
    }
    let flags = ph.flags();
    let mut prot = Prot::empty();
    prot.set(Prot::READ, flags.is_read());
    prot.set(Prot::WRITE, flags.is_write());
    prot.set(Prot::EXEC, flags.is_execute());

    let (start, end) = (page_round_down(vaddr), page_round_up(seg_end));
    // A page shared with the previous segment stays in that segment's VMA.
    let vma_start = match aspace.vma_at(start) {
        Some(prev) => prev.end,
        None => start,
    };
    if vma_start < end {
        aspace.insert_vma(Vma::new(vma_start, end, prot, VmaKind::Elf)).map_err(|_| ENOEXEC)?;
    }
    for page in (start..end).step_by(PAGE_SIZE) {
        let frame = aspace.alloc_page(page, prot)?;
        let from = page.max(vaddr);
        let to = (page + PAGE_SIZE).min(vaddr + filesz);
        if from < to {
            let src = &data[offset + (from - vaddr)..offset + (to - vaddr)];
            // SAFETY: a frame of the new address space, not yet in use.
            unsafe { frame.page_bytes()[from - page..to - page].copy_from_slice(src) };
        }
    }
    Ok(seg_end)
}

/// Writes the initial stack (see the module comment); returns sp.
fn build_stack(aspace: &mut AddrSpace, execfn: &str, argv: &[Vec<u8>], envp: &[Vec<u8>], auxv: &[(usize, usize)]) -> Result<usize, Errno> {
    let total: usize = argv.iter().chain(envp).map(|s| s.len() + 1 + 8).sum();
    if total > ARG_MAX {
        return Err(E2BIG);
    }
    let mut sp = USER_STACK_TOP;
    let mut push = |aspace: &mut AddrSpace, bytes: &[u8]| -> Result<usize, Errno> {
        sp -= bytes.len() + 1;
        aspace.copy_out(sp, bytes)?;
        aspace.copy_out(sp + bytes.len(), &[0])?;
        Ok(sp)
    };
    let execfn_at = push(aspace, execfn.as_bytes())?;
    let mut argv_at = Vec::with_capacity(argv.len());
    for arg in argv {
        argv_at.push(push(aspace, arg)?);
    }
    let mut envp_at = Vec::with_capacity(envp.len());
    for var in envp {
        envp_at.push(push(aspace, var)?);
    }
    let mut random = [0u8; 16];
    crate::syscall::misc::random_bytes(&mut random);
    let random_at = (sp - 16) & !15;
    aspace.copy_out(random_at, &random)?;

    let mut words: Vec<usize> = Vec::new();
    words.push(argv.len());
    words.extend(&argv_at);
    words.push(0);
    words.extend(&envp_at);
    words.push(0);
    for &(key, value) in auxv.iter().chain(&[(AT_RANDOM, random_at), (AT_EXECFN, execfn_at), (AT_NULL, 0)]) {
        words.push(key);
        words.push(value);
    }
    let sp = (random_at - words.len() * 8) & !15;
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    aspace.copy_out(sp, &bytes)?;
    Ok(sp)
}

/// Creates process 1 running `argv[0]` with `argv`, with the console as
/// fds 0, 1 and 2.
pub fn spawn_init(argv: &[String]) -> Result<(), Errno> {
    use crate::fs::file::{File, FileKind, O_RDWR};
    let inner = task::blank_inner(0, initrd::ROOT);
    let console = File::new(FileKind::Console, O_RDWR);
    for fd in 0..3 {
        inner.files.lock().alloc(console.clone(), false, fd)?;
    }
    let p = task::alloc(inner).ok_or(ENOMEM)?;
    debug_assert_eq!(p.pid, task::INIT_PID);
    trace::event(trace::CREATED, [p.pid as u64, 0, 0, 0]);
    let path = argv[0].as_bytes();
    let ino = path::resolve(initrd::ROOT, path, true)?;
    let args: Vec<Vec<u8>> = argv.iter().map(|a| a.as_bytes().to_vec()).collect();
    let env: Vec<Vec<u8>> = ["HOME=/", "PATH=/bin", "TERM=linux"].iter().map(|s| s.as_bytes().to_vec()).collect();
    exec_into(&p, ino, &absolute(initrd::ROOT, path), &args, &env)?;
    sched::start(p.pid, &mut p.inner.lock());
    Ok(())
}
