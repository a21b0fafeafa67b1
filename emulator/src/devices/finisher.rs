//! SiFive test finisher ("sifive,test0"), QEMU virt's way for a guest to end
//! the run: a 32-bit store to offset 0.
//!
//! The low 16 bits of the value are a status, the high 16 bits a code:
//!
//! | value                 | effect                                     |
//! |-----------------------|--------------------------------------------|
//! | `0x5555`              | pass: exit status 0 (syscon "poweroff")    |
//! | `0x3333 \| code << 16` | fail: exit status `code`                   |
//! | `0x7777`              | reset (syscon "reboot"): ends the run here |
//!
//! As in QEMU, a fail with code 0 exits with status 0; software that wants
//! a failing status writes a nonzero code. Other values are ignored and
//! reads return 0.

use crate::bus::{BusCtx, Device, DeviceFault, ExitRequest};

const FINISHER_FAIL: u64 = 0x3333;
const FINISHER_PASS: u64 = 0x5555;
const FINISHER_RESET: u64 = 0x7777;

/// The test finisher; it has no state.
#[derive(Debug, Default)]
pub struct TestFinisher;

impl TestFinisher {
    pub fn new() -> TestFinisher {
        TestFinisher
    }
}

impl Device for TestFinisher {
    fn name(&self) -> &'static str {
        "test-finisher"
    }

    fn len(&self) -> u64 {
        super::TEST_FINISHER_SIZE
    }

    fn read(&mut self, _offset: u64, _size: u8, _ctx: &mut BusCtx) -> Result<u64, DeviceFault> {
        Ok(0)
    }

    fn write(
        &mut self,
        offset: u64,
        size: u8,
        value: u64,
        ctx: &mut BusCtx,
    ) -> Result<(), DeviceFault> {
        // A 16-bit or wider store at offset 0 carries a command (OpenSBI's
        // driver uses 16-bit stores; QEMU's device takes 2- and 4-byte ones).
        if offset != 0 || size < 2 {
            return Ok(());
        }
        let status = value & 0xffff;
        let code = ((value >> 16) & 0xffff) as u32;
        ctx.exit = match status {
            FINISHER_PASS => Some(ExitRequest::Exit(0)),
            FINISHER_FAIL => Some(ExitRequest::Exit(code)),
            FINISHER_RESET => Some(ExitRequest::Reset),
            _ => return Ok(()),
        };
        Ok(())
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(offset: u64, size: u8, value: u64) -> Option<ExitRequest> {
        let mut ctx = BusCtx::default();
        TestFinisher.write(offset, size, value, &mut ctx).unwrap();
        ctx.exit
    }

    #[test]
    fn decodes_commands() {
        assert_eq!(store(0, 4, 0x5555), Some(ExitRequest::Exit(0)));
        assert_eq!(store(0, 4, 0x3333 | 42 << 16), Some(ExitRequest::Exit(42)));
        assert_eq!(
            store(0, 4, 0x3333),
            Some(ExitRequest::Exit(0)),
            "QEMU: fail code 0 is status 0"
        );
        assert_eq!(store(0, 4, 0x7777), Some(ExitRequest::Reset));
        assert_eq!(
            store(0, 8, 0xffff_ffff_0000_5555),
            Some(ExitRequest::Exit(0))
        );
        assert_eq!(
            store(0, 2, 0x5555),
            Some(ExitRequest::Exit(0)),
            "OpenSBI's 16-bit store"
        );
    }

    #[test]
    fn ignores_everything_else() {
        assert_eq!(store(0, 4, 0x1234), None);
        assert_eq!(store(4, 4, 0x5555), None);
        assert_eq!(store(0, 1, 0x55), None);
        assert_eq!(TestFinisher.read(0, 4, &mut BusCtx::default()), Ok(0));
    }
}
