//! Real firmware nobody here wrote: Debian's OpenSBI (`fw_jump`, generic
//! platform) boots on rvlab, prints its banner from the device tree rvlab
//! hands it, and jumps to an S-mode payload at 0x8020_0000 that prints
//! through the SBI console and powers off through the SBI system-reset
//! extension (which OpenSBI carries out on the test finisher).

use rvlab::devices::uart::SharedBuffer;
use rvlab::{Machine, MachineConfig, RunExit};
use std::path::Path;
use std::process::Command;

const FW_JUMP: &str = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.elf";

/// The S-mode payload: SBI legacy console_putchar (EID 1) for each byte of a
/// message, then SBI SRST system_reset(shutdown, no reason).
const PAYLOAD: &str = r#"
    .section .text
    .globl _start
_start:
    lla   s0, msg
1:  lbu   a0, 0(s0)
    beqz  a0, 2f
    li    a7, 1
    ecall
    addi  s0, s0, 1
    j     1b
2:  li    a7, 0x53525354
    li    a6, 0
    li    a0, 0
    li    a1, 0
    ecall
3:  j     3b
msg:
    .asciz "hello from S-mode through OpenSBI\n"
"#;

fn build_payload(dir: &Path) -> Vec<u8> {
    std::fs::create_dir_all(dir).unwrap();
    let src = dir.join("payload.s");
    let elf = dir.join("payload.elf");
    std::fs::write(&src, PAYLOAD).unwrap();
    let out = Command::new(rvlab_tests::oracle::CROSS_GCC)
        .args([
            "-march=rv64gc",
            "-mabi=lp64d",
            "-nostdlib",
            "-nostartfiles",
            "-static",
        ])
        .args(["-Wl,-Ttext=0x80200000", "-o"])
        .arg(&elf)
        .arg(&src)
        .output()
        .expect("run the cross gcc");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(&elf).unwrap()
}

#[test]
fn opensbi_boots_and_runs_an_s_mode_payload() {
    rvlab_tests::oracle::require_tools().expect("cross toolchain");
    let firmware = std::fs::read(FW_JUMP).unwrap_or_else(|e| {
        panic!("{FW_JUMP}: {e}; install Debian's `opensbi` package (cargo xtask test does)")
    });
    let payload = build_payload(&Path::new(env!("CARGO_TARGET_TMPDIR")).join("opensbi"));
    let out = SharedBuffer::new();
    let config = MachineConfig {
        max_instructions: Some(200_000_000),
        ..Default::default()
    };
    let mut m = Machine::new(config, Box::new(out.clone()), Box::new(out.clone())).unwrap();
    m.load_elf(&firmware).unwrap();
    rvlab::loader::load_elf(&payload, &mut m.bus.ram).unwrap();
    let exit = m.run();
    let text = out.text();
    assert_eq!(exit, RunExit::Exited(0), "output:\n{text}");
    for expected in [
        "OpenSBI v",
        "Platform Name             : riscv-virtio,rvlab",
        "Platform Console Device   : uart8250",
        "Platform Timer Device     : aclint-mtimer @ 10000000Hz",
        "Domain0 Next Address      : 0x0000000080200000",
        "Domain0 Next Mode         : S-mode",
        "Boot HART Base ISA        : rv64imafdc",
        // The SBI console turns \n into \r\n.
        "hello from S-mode through OpenSBI\r\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}
