//! Exact-string tests of each formatting path; the expected lines follow
//! what strace prints for the same calls (and the names and results
//! `qemu-riscv64 -strace` shows for a static riscv64 program).

use super::*;

/// Guest memory: a few mapped regions; anything else is unreadable.
#[derive(Default)]
struct Mem(Vec<(u64, Vec<u8>)>);

impl Mem {
    fn with(mut self, addr: u64, bytes: &[u8]) -> Mem {
        self.0.push((addr, bytes.to_vec()));
        self
    }
    fn words(self, addr: u64, w: &[u64]) -> Mem {
        let b: Vec<u8> = w.iter().flat_map(|x| x.to_le_bytes()).collect();
        self.with(addr, &b)
    }
}

impl GuestMemory for Mem {
    fn read_bytes(&mut self, vaddr: u64, len: usize) -> Option<Vec<u8>> {
        self.0.iter().find_map(|(base, data)| {
            let off = vaddr.checked_sub(*base)? as usize;
            data.get(off..off.checked_add(len)?).map(<[u8]>::to_vec)
        })
    }
}

fn call(nr: u64, a: &[u64], ret: Option<i64>, mem: &mut Mem) -> String {
    let mut args = [0; 6];
    args[..a.len()].copy_from_slice(a);
    format_call(nr, args, ret.map(|r| r as u64), mem)
}

#[test]
fn names_follow_the_riscv64_table() {
    let cases = [
        (0, "io_setup"),
        (17, "getcwd"),
        (56, "openat"),
        (57, "close"),
        (63, "read"),
        (64, "write"),
        (66, "writev"),
        (79, "newfstatat"),
        (80, "fstat"),
        (93, "exit"),
        (94, "exit_group"),
        (220, "clone"),
        (221, "execve"),
        (222, "mmap"),
        (258, "riscv_hwprobe"),
        (259, "riscv_flush_icache"),
        (260, "wait4"),
        (261, "prlimit64"),
        (294, "kexec_file_load"),
        (424, "pidfd_send_signal"),
        (435, "clone3"),
        (450, "set_mempolicy_home_node"),
        (451, "cachestat"),
        (462, "mseal"),
        (0x1000, "rvlab_proclist"),
    ];
    for (nr, n) in cases {
        assert_eq!(name(nr), Some(n), "nr {nr}");
    }
    for nr in [38, 244, 257, 295, 403, 423, 463, 0xfff, u64::MAX] {
        assert_eq!(name(nr), None, "nr {nr}");
    }
    let known = (0..0x2000).filter(|&n| name(n).is_some()).count();
    // 0..=294 less renameat (38) and 244..=257, then 424..=462, then rvlab_proclist.
    assert_eq!(known, (295 - 1 - 14) + 39 + 1);
}

#[test]
fn errno_names_and_messages() {
    assert_eq!(errno_name(1), Some("EPERM"));
    assert_eq!(errno_name(2), Some("ENOENT"));
    assert_eq!(errno_name(38), Some("ENOSYS"));
    assert_eq!(errno_name(133), Some("EHWPOISON"));
    assert_eq!(errno_name(0), None);
    assert_eq!(errno_name(41), None);
    assert_eq!(errno_name(134), None);
    assert_eq!(errno_message(25), Some("Inappropriate ioctl for device"));
    assert_eq!((1..=133).filter(|&e| errno_name(e).is_some()).count(), 131);
}

#[test]
fn returns() {
    assert_eq!(
        format_return(56, -2i64 as u64),
        "-1 ENOENT (No such file or directory)"
    );
    assert_eq!(
        format_return(99, -38i64 as u64),
        "-1 ENOSYS (Function not implemented)"
    );
    assert_eq!(format_return(63, -4095i64 as u64), "-1 E??? (errno 4095)");
    assert_eq!(format_return(63, -4096i64 as u64), "-4096");
    assert_eq!(format_return(63, 6), "6");
    assert_eq!(format_return(222, 0x4000802000), "0x4000802000");
    assert_eq!(format_return(214, 0x7f000), "0x7f000");
    assert_eq!(format_return(214, 0), "0");
    assert_eq!(format_return(166, 0o22), "022");
}

#[test]
fn scalar_flags() {
    use Arg::*;
    let cases: &[(Arg, u64, &str)] = &[
        (OpenFlags, 0, "O_RDONLY"),
        (OpenFlags, 0o2000000, "O_RDONLY|O_CLOEXEC"),
        (OpenFlags, 0o1101, "O_WRONLY|O_CREAT|O_TRUNC"),
        (OpenFlags, 0o4010002, "O_RDWR|O_SYNC"),
        (OpenFlags, 0o20200000, "O_RDONLY|O_TMPFILE"),
        (OpenFlags, 0x8000_0000, "O_RDONLY|0x80000000"),
        (OpenFlags, 0xffff_ffff_8000_0000, "O_RDONLY|0x80000000"),
        (PipeFlags, 0, "0"),
        (PipeFlags, 0o2004000, "O_NONBLOCK|O_CLOEXEC"),
        (Prot, 0, "PROT_NONE"),
        (Prot, 3, "PROT_READ|PROT_WRITE"),
        (Prot, 5, "PROT_READ|PROT_EXEC"),
        (MapFlags, 0x22, "MAP_PRIVATE|MAP_ANONYMOUS"),
        (MapFlags, 0x812, "MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE"),
        (MapFlags, 0x100021, "MAP_SHARED|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE"),
        (Signal, 9, "SIGKILL"),
        (Signal, 17, "SIGCHLD"),
        (Signal, 0, "0"),
        (Signal, 32, "SIGRTMIN"),
        (Signal, 34, "SIGRT_2"),
        (Signal, 99, "99"),
        (CloneFlags, 17, "SIGCHLD"),
        (CloneFlags, 0x1200011, "CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD"),
        (CloneFlags, 0x3d0f00, "CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID"),
        (CloneFlags, 0, "0"),
        (CloneFlags, 0x1_0000_0000, "0x100000000"),
        (WaitOptions, 0, "0"),
        (WaitOptions, 3, "WNOHANG|WUNTRACED"),
        (WaitOptions, 0x4000_0000, "__WALL"),
        (Fd, -100i64 as u64, "AT_FDCWD"),
        (Fd, -1i64 as u64, "-1"),
        (Fd, 3, "3"),
        (Int, -1i64 as u64, "-1"),
        (UInt, u64::MAX, "18446744073709551615"),
        (Hex, 0, "0"),
        (Hex, 4096, "0x1000"),
        (Ptr, 0, "NULL"),
        (Ptr, 0x7fff_0000, "0x7fff0000"),
        (Str, 0, "NULL"),
        (Mode, 0o644, "0644"),
        (Mode, 0o22, "022"),
        (Mode, 0, "000"),
        (AtFlags, 0, "0"),
        (AtFlags, 0x1100, "AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH"),
        (AccessMode, 0, "F_OK"),
        (AccessMode, 5, "R_OK|X_OK"),
        (SigHow, 2, "SIG_SETMASK"),
        (Whence, 1, "SEEK_CUR"),
        (FcntlCmd, 1030, "F_DUPFD_CLOEXEC"),
        (FcntlCmd, 77, "77"),
        (IoctlCmd, 0x5401, "TCGETS"),
        (IoctlCmd, 0x1234, "0x1234"),
        (ClockId, 1, "CLOCK_MONOTONIC"),
        (ClockId, -6i64 as u64, "-6"),
        (TimerFlags, 1, "TIMER_ABSTIME"),
        (FutexOp, 128, "FUTEX_WAIT_PRIVATE"),
        (FutexOp, 1, "FUTEX_WAKE"),
        (FutexOp, 0x189, "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME"),
        (Madvise, 4, "MADV_DONTNEED"),
        (Rlimit, 3, "RLIMIT_STACK"),
        (Rlimit, 40, "40"),
        (GrndFlags, 1, "GRND_NONBLOCK"),
    ];
    for &(kind, v, want) in cases {
        assert_eq!(format_flags(kind, v), want, "{kind:?} {v:#x}");
    }
}

#[test]
fn escaping() {
    assert_eq!(escape_bytes(b"hello\n", 32), r#""hello\n""#);
    assert_eq!(escape_bytes(b"", 32), r#""""#);
    assert_eq!(
        escape_bytes(b"a\"b\\c\t\r\x0b\x0c", 32),
        r#""a\"b\\c\t\r\v\f""#
    );
    assert_eq!(
        escape_bytes(b"\x1b[0m\x00\x7f\xff", 32),
        r#""\33[0m\0\177\377""#
    );
    assert_eq!(escape_bytes(b"\x001\x017\x019", 32), r#""\0001\0017\19""#);
    assert_eq!(escape_bytes(b"abcdef", 4), r#""abcd"..."#);
    assert_eq!(escape_bytes(b"\x1b1\x01\xffx\n", 32), r#""\0331\1\377x\n""#); // as strace printed it
    assert_eq!(
        escape_bytes(&[b'x'; 33], 32),
        format!("\"{}\"...", "x".repeat(32))
    );
    assert_eq!(
        escape_bytes(&[b'x'; 32], 32),
        format!("\"{}\"", "x".repeat(32))
    );
}

#[test]
fn write_read_and_buffers() {
    let mut m = Mem::default()
        .with(0x52928, b"hello\n")
        .with(0x800668, b"vm\nXXXXXXXX");
    assert_eq!(
        call(64, &[1, 0x52928, 6], Some(6), &mut m),
        r#"write(1, "hello\n", 6) = 6"#
    );
    assert_eq!(
        call(63, &[3, 0x800668, 100], Some(3), &mut m),
        r#"read(3, "vm\n", 100) = 3"#
    );
    assert_eq!(
        call(63, &[3, 0x800668, 100], Some(-9), &mut m),
        "read(3, 0x800668, 100) = -1 EBADF (Bad file descriptor)"
    );
    assert_eq!(
        call(63, &[0, 0x800668, 100], None, &mut m),
        "read(0, 0x800668, 100) = ?"
    );
    assert_eq!(
        call(64, &[1, 0xdead0, 6], Some(-14), &mut m),
        "write(1, 0xdead0, 6) = -1 EFAULT (Bad address)"
    );
    let long = [b'a'; 100];
    let mut m = Mem::default().with(0x1000, &long);
    let want = format!("write(1, \"{}\"..., 100) = 100", "a".repeat(32));
    assert_eq!(call(64, &[1, 0x1000, 100], Some(100), &mut m), want);
}

#[test]
fn paths_and_open() {
    let mut m = Mem::default()
        .with(0x100, b"/etc/motd\0junk")
        .with(0x200, b"/tmp/x\0");
    assert_eq!(
        call(56, &[-100i64 as u64, 0x100, 0], Some(3), &mut m),
        r#"openat(AT_FDCWD, "/etc/motd", O_RDONLY) = 3"#
    );
    assert_eq!(
        call(
            56,
            &[-100i64 as u64, 0x100, 0o2000000, 0o777],
            Some(-2),
            &mut m
        ),
        r#"openat(AT_FDCWD, "/etc/motd", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)"#
    );
    assert_eq!(
        call(56, &[3, 0x200, 0o1101, 0o644], Some(4), &mut m),
        r#"openat(3, "/tmp/x", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 4"#
    );
    assert_eq!(call(57, &[3], Some(0), &mut m), "close(3) = 0");
    assert_eq!(
        call(49, &[0xbad], Some(-14), &mut m),
        "chdir(0xbad) = -1 EFAULT (Bad address)"
    );
    // A string running off the end of readable memory is shown as far as it goes.
    let mut m = Mem::default().with(0xfff, b"ab");
    assert_eq!(
        call(49, &[0xfff], Some(-2), &mut m),
        r#"chdir("ab"...) = -1 ENOENT (No such file or directory)"#
    );
}

#[test]
fn memory_and_process_calls() {
    let mut m = Mem::default();
    assert_eq!(
        call(214, &[0], Some(0x7f000), &mut m),
        "brk(NULL) = 0x7f000"
    );
    assert_eq!(
        call(
            222,
            &[0, 8192, 3, 0x22, -1i64 as u64, 0],
            Some(0x4000802000),
            &mut m
        ),
        "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x4000802000"
    );
    assert_eq!(
        call(226, &[0x72000, 16384, 1], Some(0), &mut m),
        "mprotect(0x72000, 16384, PROT_READ) = 0"
    );
    assert_eq!(
        call(215, &[0x4000802000, 8192], Some(0), &mut m),
        "munmap(0x4000802000, 8192) = 0"
    );
    assert_eq!(call(172, &[], Some(19342), &mut m), "getpid() = 19342");
    assert_eq!(
        call(129, &[19342, 10], Some(0), &mut m),
        "kill(19342, SIGUSR1) = 0"
    );
    assert_eq!(call(94, &[0], None, &mut m), "exit_group(0) = ?");
    assert_eq!(
        call(220, &[0x1200011, 0, 0, 0, 0x7f0d0], Some(19345), &mut m),
        "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f0d0) = 19345"
    );
    assert_eq!(
        call(220, &[17], Some(5), &mut m),
        "clone(child_stack=NULL, flags=SIGCHLD) = 5"
    );
    assert_eq!(
        call(260, &[-1i64 as u64, 0x3000, 1, 0], Some(0), &mut m),
        "wait4(-1, 0x3000, WNOHANG, NULL) = 0"
    );
    assert_eq!(
        call(261, &[0, 3, 0, 0x4000], Some(0), &mut m),
        "prlimit64(0, RLIMIT_STACK, NULL, 0x4000) = 0"
    );
    assert_eq!(
        call(99, &[0x7f0e0, 24], Some(-38), &mut m),
        "set_robust_list(0x7f0e0, 24) = -1 ENOSYS (Function not implemented)"
    );
    assert_eq!(
        call(98, &[0x5000, 0x81, 1, 7, 8, 9], Some(0), &mut m),
        "futex(0x5000, FUTEX_WAKE_PRIVATE, 1) = 0"
    );
    assert_eq!(
        call(98, &[0x5000, 0x80, 2, 0], Some(-11), &mut m),
        "futex(0x5000, FUTEX_WAIT_PRIVATE, 2, NULL) = -1 EAGAIN (Resource temporarily unavailable)"
    );
    assert_eq!(
        call(98, &[0x5000, 0x89, 2, 0, 0, 0xffff_ffff], None, &mut m),
        "futex(0x5000, FUTEX_WAIT_BITSET_PRIVATE, 2, NULL, NULL, 4294967295) = ?"
    );
    assert_eq!(call(166, &[0o22], Some(0o22), &mut m), "umask(022) = 022");
    assert_eq!(
        call(0x1000, &[0x9000, 16], Some(3), &mut m),
        "rvlab_proclist(0x9000, 16) = 3"
    );
    assert_eq!(
        call(0x1234, &[1, 2], Some(-38), &mut m),
        "syscall_0x1234(0x1, 0x2, 0, 0, 0, 0) = -1 ENOSYS (Function not implemented)"
    );
}

#[test]
fn fcntl_dup_pipe_and_out_strings() {
    let mut m = Mem::default()
        .with(0x100, &[3, 0, 0, 0, 4, 0, 0, 0])
        .with(0x200, b"/home\0")
        .with(0x300, b"/proc/self/exe\0");
    assert_eq!(
        call(25, &[3, 1, 0xdead], Some(1), &mut m),
        "fcntl(3, F_GETFD) = 1"
    );
    assert_eq!(
        call(25, &[3, 2, 1], Some(0), &mut m),
        "fcntl(3, F_SETFD, FD_CLOEXEC) = 0"
    );
    assert_eq!(
        call(25, &[3, 4, 0o4002], Some(0), &mut m),
        "fcntl(3, F_SETFL, O_RDWR|O_NONBLOCK) = 0"
    );
    assert_eq!(
        call(25, &[0, 1030, 10], Some(10), &mut m),
        "fcntl(0, F_DUPFD_CLOEXEC, 10) = 10"
    );
    assert_eq!(
        call(24, &[3, 1, 0o2000000], Some(1), &mut m),
        "dup3(3, 1, O_CLOEXEC) = 1"
    );
    assert_eq!(
        call(59, &[0x100, 0o2000000], Some(0), &mut m),
        "pipe2([3, 4], O_CLOEXEC) = 0"
    );
    assert_eq!(
        call(59, &[0x100, 0], Some(-24), &mut m),
        "pipe2(0x100, 0) = -1 EMFILE (Too many open files)"
    );
    assert_eq!(
        call(17, &[0x200, 4096], Some(6), &mut m),
        r#"getcwd("/home", 4096) = 6"#
    );
    assert_eq!(
        call(17, &[0x200, 2], Some(-34), &mut m),
        "getcwd(0x200, 2) = -1 ERANGE (Numerical result out of range)"
    );
    let mut m = m.with(0x400, b"/usr/bin/tt");
    assert_eq!(
        call(78, &[-100i64 as u64, 0x300, 0x400, 4096], Some(11), &mut m),
        r#"readlinkat(AT_FDCWD, "/proc/self/exe", "/usr/bin/tt", 4096) = 11"#
    );
    assert_eq!(
        call(29, &[0, 0x5401, 0x500], Some(-25), &mut m),
        "ioctl(0, TCGETS, 0x500) = -1 ENOTTY (Inappropriate ioctl for device)"
    );
}

#[test]
fn execve_and_iovecs() {
    let mut m = Mem::default()
        .with(0x100, b"/bin/ls\0")
        .with(0x110, b"ls\0")
        .with(0x120, b"-l\0")
        .words(0x200, &[0x110, 0x120, 0])
        .words(0x300, &[0x110, 0x110, 0x110, 0]);
    assert_eq!(
        call(221, &[0x100, 0x200, 0x300], None, &mut m),
        r#"execve("/bin/ls", ["ls", "-l"], 0x300 /* 3 vars */) = ?"#
    );
    assert_eq!(
        call(221, &[0x100, 0x999, 0], Some(-14), &mut m),
        r#"execve("/bin/ls", 0x999, NULL) = -1 EFAULT (Bad address)"#
    );
    let mut m = Mem::default()
        .with(0x10, b"hello")
        .with(0x20, b"\n")
        .words(0x100, &[0x10, 5, 0x20, 1]);
    assert_eq!(
        call(66, &[1, 0x100, 2], Some(6), &mut m),
        r#"writev(1, [{iov_base="hello", iov_len=5}, {iov_base="\n", iov_len=1}], 2) = 6"#
    );
    assert_eq!(
        call(65, &[0, 0x100, 2], Some(3), &mut m),
        r#"readv(0, [{iov_base="hel", iov_len=5}, {iov_base="", iov_len=1}], 2) = 3"#
    );
    assert_eq!(
        call(65, &[0, 0x100, 2], Some(-4), &mut m),
        "readv(0, 0x100, 2) = -1 EINTR (Interrupted system call)"
    );
}
