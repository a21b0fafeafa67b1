//! Paging in the guest OS end to end: demand paging and how each fault was
//! resolved, copy-on-write fork against eager copying, mmap/munmap/mprotect/
//! mseal/madvise with Linux's semantics (a reference model of the region map
//! predicts a long random sequence, on rvlab and under qemu-riscv64),
//! megapages and the TLB, and the OOM killer.

use rvlab::devices::trace::GuestEventKind;
use rvlab::{Machine, MachineConfig};
use rvlab_tests::mm_model::{predict, Mode};
use rvlab_tests::{guest_dir, run_os};
use std::process::Command;

fn config(ram_mib: u64) -> MachineConfig {
    MachineConfig {
        max_instructions: Some(3_000_000_000),
        timing: Some(Default::default()),
        ram_size: ram_mib << 20,
        ..Default::default()
    }
}

/// Boots the OS with kernel `options` and `program args` as init; returns
/// the machine after the run, its console output and exit status.
fn boot(options: &str, program: &str, args: &[&str], ram_mib: u64) -> (Machine, String, i32) {
    run_os(program, args, config(ram_mib), options)
}

/// The arguments of the guest's trace events with code `code`.
fn events(m: &Machine, code: u64) -> Vec<[u64; 4]> {
    let kind = GuestEventKind::from_code(code);
    m.guest_events
        .iter()
        .filter(|r| r.event.kind == kind)
        .map(|r| r.event.args)
        .collect()
}

/// The first differing line of two outputs, with the lines before it.
fn first_difference(expected: &str, actual: &str) -> Option<String> {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let at = (0..e.len().max(a.len())).find(|&i| e.get(i) != a.get(i))?;
    let from = at.saturating_sub(6);
    Some(format!(
        "first difference at line {}\n--- context ---\n{}\n--- expected (model) ---\n{}\n--- actual ---\n{}",
        at + 1,
        e[from..at].join("\n"),
        e.get(at).unwrap_or(&"<end>"),
        a.get(at).unwrap_or(&"<end>")
    ))
}

/// The model-based test: long random sequences of mmap, munmap, mprotect,
/// mseal, madvise(MADV_DONTNEED) and stores, every page probed after every
/// step; the reference model predicts every line.
#[test]
fn region_map_follows_the_model_on_rvlab() {
    // Both fork modes, and megapages allowed everywhere, give the same.
    for (seed, options) in [
        (1u64, ""),
        (2, ""),
        (3, ""),
        (4, "fork=eager"),
        (5, "thp=always"),
    ] {
        let steps = 300;
        let (_, out, status) = boot(
            options,
            "/tests/mmfuzz",
            &[&seed.to_string(), &steps.to_string()],
            128,
        );
        let expected = predict(seed, steps, Mode::All);
        if let Some(diff) = first_difference(&expected, &out) {
            panic!("mmfuzz seed {seed} ({options}): {diff}");
        }
        assert_eq!(status, 0);
    }
}

/// qemu-riscv64 as a second oracle, on the calls it implements as Linux
/// does (no mseal, MAP_FIXED_NOREPLACE or madvise; mprotect only over
/// mapped ranges): the model, qemu and rvlab agree.
#[test]
fn region_map_follows_the_model_under_qemu_user_and_rvlab() {
    let program = guest_dir().join("os/initrd/tests/mmfuzz");
    for seed in [11u64, 12] {
        let steps = 300;
        let args = [seed.to_string(), steps.to_string(), "qemu".to_string()];
        let expected = predict(seed, steps, Mode::Qemu);
        let qemu = Command::new("qemu-riscv64")
            .arg(&program)
            .args(&args)
            .output()
            .expect("run qemu-riscv64");
        let qemu_out = String::from_utf8_lossy(&qemu.stdout);
        if let Some(diff) = first_difference(&expected, &qemu_out) {
            panic!("mmfuzz seed {seed} under qemu-riscv64: {diff}");
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (_, out, _) = boot("", "/tests/mmfuzz", &args, 128);
        if let Some(diff) = first_difference(&expected, &out) {
            panic!("mmfuzz seed {seed} (qemu mode) on rvlab: {diff}");
        }
    }
}

/// What qemu-user 7.2 cannot check (mseal, MAP_FIXED_NOREPLACE's EEXIST,
/// mprotect across a hole, MADV_DONTNEED, the stack's guard gap), against
/// the man pages.
#[test]
fn mm_calls_behave_as_the_man_pages_say() {
    let expected = "\
mm behaviour by the man pages
mprotect len 0:                 ok
mprotect across hole:           ENOMEM
after it:                       rr-w
mprotect from hole:             ENOMEM
after it:                       rr-w
NOREPLACE over mapping:         EEXIST
MAP_FIXED at 0x1000:            EPERM
mseal flags 1:                  EINVAL
mseal unaligned:                EINVAL
mseal len 0:                    ok
mseal past the end:             ENOMEM
mseal pages 1-2 (len 2p-1):     ok
mseal again:                    ok
mprotect sealed:                EPERM
mprotect 0-1:                   EPERM
mprotect 0:                     ok
munmap all 4:                   EPERM
munmap 3:                       ok
MAP_FIXED over sealed:          EPERM
after it:                       rww-
sealed contents:                bc
DONTNEED sealed writable:       ok
page after DONTNEED:            0
mseal read-only page:           ok
DONTNEED sealed read-only:      EPERM
mseal heap page 1:              ok
brk shrink across it:           refused
brk shrink above it:            moved
DONTNEED:                       ok
after DONTNEED:                 0 y
file page back after DONTNEED:  yes
madvise over hole:              ENOMEM
madvise bad advice:             EINVAL
stack 512 KiB down:             ok
mapping 3 MiB below:            ok
stack 1.5 MiB down:             ok
stack 2.5 MiB down (in gap):    SIGSEGV
stack 9 MiB down (rlimit):      SIGSEGV
";
    let (_, out, status) = boot("", "/tests/mmlinux", &[], 128);
    if let Some(diff) = first_difference(expected, &out) {
        panic!("{diff}");
    }
    assert_eq!(status, 0);
}

/// Every kind of page-fault resolution shows in the trace device's events:
/// zero-fill, copy-on-write copy and reuse, stack growth, and a fatal one.
#[test]
fn page_faults_are_reported_with_how_they_were_resolved() {
    // mmlinux grows its stack by 512 KiB and more.
    let (m, out, _) = boot("", "sh", &["-c", "forkexec 1; rodata; /tests/mmlinux"], 128);
    assert!(out.contains("forkexec: 1 MiB"), "{out}");
    let hows: std::collections::BTreeSet<u64> = events(&m, 5).iter().map(|a| a[3]).collect();
    for (how, what) in [
        (0, "fatal"),
        (1, "zero-fill"),
        (2, "copy-on-write copy"),
        (3, "copy-on-write reuse"),
        (4, "stack growth"),
    ] {
        assert!(hows.contains(&how), "no {what} fault ({how}) in {hows:?}");
    }
    let fatal = events(&m, 5).into_iter().find(|a| a[3] == 0).unwrap();
    assert_eq!(fatal[1], 0x13078, "rodata's store address");
}

/// fork of a 16 MiB process then exec: copy-on-write shares every page and
/// copies none, eager copying copies them all and costs many more cycles.
#[test]
fn cow_fork_shares_what_eager_fork_copies() {
    let run = |mode: &str| {
        let (m, out, status) = boot(&format!("fork={mode}"), "forkexec", &["16"], 128);
        assert_eq!(status, 0, "{out}");
        let fork = events(&m, 7);
        assert_eq!(fork.len(), 1, "{fork:?}");
        let cycles: u64 = out
            .split("wait: ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("{out}"));
        (fork[0][1], fork[0][2], cycles)
    };
    let (cow_shared, cow_copied, cow_cycles) = run("cow");
    let (eager_shared, eager_copied, eager_cycles) = run("eager");
    assert!(
        cow_shared >= 4096 && cow_copied == 0,
        "cow: {cow_shared} shared, {cow_copied} copied"
    );
    assert!(
        eager_shared == 0 && eager_copied == cow_shared,
        "eager: {eager_shared} shared, {eager_copied} copied"
    );
    assert!(
        cow_cycles * 10 < eager_cycles,
        "fork+exec+wait: cow {cow_cycles} cycles, eager {eager_cycles}"
    );
}

/// The same TLB-bound loop over 16 MiB: with megapages (thp=always) the
/// dTLB misses almost vanish.
#[test]
fn megapages_cut_tlb_misses() {
    let run = |thp: &str| {
        let (m, out, status) = boot(&format!("thp={thp}"), "tlbwalk", &["16", "4"], 128);
        assert_eq!(status, 0, "{out}");
        m.harts[0].state.dtlb.stats.misses
    };
    let small = run("never");
    let huge = run("always");
    assert!(
        small > 16_000 && huge * 20 < small,
        "dTLB misses: 4 KiB pages {small}, 2 MiB pages {huge}"
    );
}

/// A memory hog on a 32 MiB machine is killed by the OOM killer (event 6),
/// its parent carries on.
#[test]
fn oom_killer_ends_the_hog_and_the_rest_carry_on() {
    let (m, out, status) = boot("", "oomtest", &["hog"], 32);
    assert_eq!(status, 0, "{out}");
    assert!(
        out.contains("oomtest: memhog was killed by SIGKILL"),
        "{out}"
    );
    assert!(
        out.contains("oomtest: still running; 1 MiB more written"),
        "{out}"
    );
    let kills = events(&m, 6);
    assert_eq!(kills.len(), 1, "{kills:?}");
    assert!(
        kills[0][1] > 2000,
        "resident pages of the hog: {}",
        kills[0][1]
    );
}

/// A burst of forks whose children all take memory: the kernel neither
/// panics nor hangs; fork fails cleanly or the OOM killer ends children.
#[test]
fn fork_bomb_is_contained() {
    let (m, out, status) = boot("", "oomtest", &["bomb", "200", "512"], 32);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("the parent carries on"), "{out}");
    let kills = events(&m, 6).len();
    assert!(
        kills > 0 && out.contains(&format!("{kills} killed by the OOM killer")),
        "{kills} kills\n{out}"
    );
}

/// Memory backed by megapages behaves like small pages through fork,
/// mprotect, munmap and MADV_DONTNEED of parts of them (which split them):
/// the same output as qemu-riscv64's with every THP policy, and far fewer
/// page faults with megapages.
#[test]
fn megapages_behave_like_small_pages() {
    let expected = std::fs::read_to_string(
        rvlab_tests::workspace_root().join("guest-programs/linux-tests/expected/mmhuge.stdout"),
    )
    .unwrap();
    let mut faults = Vec::new();
    for thp in ["never", "madvise", "always"] {
        let (m, out, status) = boot(&format!("thp={thp}"), "/tests/mmhuge", &[], 128);
        if let Some(diff) = first_difference(&expected, &out) {
            panic!("thp={thp}: {diff}");
        }
        assert_eq!(status, 0);
        faults.push(events(&m, 5).len());
    }
    assert!(
        faults[1] * 10 < faults[0],
        "page faults (never, madvise, always): {faults:?}"
    );
}

/// A real fork bomb (every process forks four, five levels deep, each
/// taking 256 KiB) on a 32 MiB machine: fork fails, the OOM killer ends
/// processes, the kernel survives, and the first process sees the whole
/// tree go.
#[test]
fn exponential_fork_bomb_is_survived() {
    let (m, out, status) = boot("", "oomtest", &["forkbomb", "5"], 32);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("all gone, the parent carries on"), "{out}");
    let created = events(&m, 1).len();
    let kills = events(&m, 6).len();
    assert!(
        created > 500 && kills > 0,
        "{created} processes, {kills} OOM kills"
    );
}
