//! QEMU as the oracle for bare-metal programs: the same ELF on
//! `qemu-system-riscv64 -machine virt` must print the same UART bytes.

use std::path::Path;
use std::process::Command;

/// `qemu-system-riscv64` running `elf` directly on the `virt` board, no
/// firmware, the UART on stdout. The guest's finisher write ends QEMU with
/// the guest's exit code, as it ends rvlab.
pub fn bare_command(elf: &Path) -> Command {
    let mut cmd = Command::new("qemu-system-riscv64");
    cmd.args(["-machine", "virt", "-bios", "none", "-nographic", "-kernel"])
        .arg(elf);
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process;

    #[test]
    fn bare_command_loads_the_elf_without_firmware() {
        assert_eq!(
            process::describe(&bare_command(Path::new("bench.elf"))),
            "qemu-system-riscv64 -machine virt -bios none -nographic -kernel bench.elf"
        );
    }
}
