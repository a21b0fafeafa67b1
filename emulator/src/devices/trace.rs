//! The paravirtual trace device (see docs/trace-device.md): per-hart banks
//! of argument registers and an EVENT register through which the guest
//! kernel reports process events. The device only records them; names are
//! read from RAM by the machine, which can see it.

use crate::bus::{BusCtx, Device, DeviceFault};

/// Bytes per hart bank.
pub const BANK_SIZE: u64 = 0x40;
/// Value of the ID register.
pub const TRACE_ID: u64 = 0x3176_6563_7274_6c72;

/// Event codes of the trace device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuestEventKind {
    ProcessCreated,
    Exec,
    ContextSwitch,
    Exit,
    PageFault,
    /// 6: the kernel killed a process for want of memory (pid, resident pages).
    OomKill,
    /// 7: fork copied an address space (child pid, pages shared copy-on-write,
    /// pages copied).
    ForkCopy,
    /// 8: a workload job became ready to run (pid).
    JobArrival,
    /// 9: the scheduler's configuration (policy name address and length,
    /// time slice in microseconds, tick rate in Hz, 0 = tickless).
    Scheduler,
    Unknown(u64),
}

impl GuestEventKind {
    pub fn from_code(code: u64) -> GuestEventKind {
        match code {
            1 => GuestEventKind::ProcessCreated,
            2 => GuestEventKind::Exec,
            3 => GuestEventKind::ContextSwitch,
            4 => GuestEventKind::Exit,
            5 => GuestEventKind::PageFault,
            6 => GuestEventKind::OomKill,
            7 => GuestEventKind::ForkCopy,
            8 => GuestEventKind::JobArrival,
            9 => GuestEventKind::Scheduler,
            other => GuestEventKind::Unknown(other),
        }
    }

    /// Where the event's name is in guest RAM (address, length), for the
    /// events that carry one: exec's program name, the scheduler's policy.
    pub fn name_location(self, args: [u64; 4]) -> Option<(u64, u64)> {
        match self {
            GuestEventKind::Exec => Some((args[1], args[2])),
            GuestEventKind::Scheduler => Some((args[0], args[1])),
            _ => None,
        }
    }
}

/// One event as the guest wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuestEvent {
    pub hart: usize,
    pub kind: GuestEventKind,
    pub args: [u64; 4],
}

/// The device: argument banks and the events written so far, waiting for
/// the machine to collect them.
#[derive(Debug)]
pub struct TraceDevice {
    args: Vec<[u64; 4]>,
    pending: Vec<GuestEvent>,
}

impl TraceDevice {
    pub fn new(harts: usize) -> TraceDevice {
        TraceDevice {
            args: vec![[0; 4]; harts],
            pending: Vec::new(),
        }
    }

    /// Takes the events written since the last call.
    pub fn take_events(&mut self) -> Vec<GuestEvent> {
        std::mem::take(&mut self.pending)
    }

    /// True if events are waiting.
    pub fn has_events(&self) -> bool {
        !self.pending.is_empty()
    }
}

impl Device for TraceDevice {
    fn name(&self) -> &'static str {
        "trace"
    }

    fn len(&self) -> u64 {
        super::TRACE_SIZE
    }

    fn read(&mut self, offset: u64, _size: u8, _ctx: &mut BusCtx) -> Result<u64, DeviceFault> {
        Ok(if offset % BANK_SIZE == 0x28 {
            TRACE_ID
        } else {
            0
        })
    }

    fn write(
        &mut self,
        offset: u64,
        size: u8,
        value: u64,
        ctx: &mut BusCtx,
    ) -> Result<(), DeviceFault> {
        let hart = (offset / BANK_SIZE) as usize;
        let reg = offset % BANK_SIZE;
        let Some(bank) = self.args.get_mut(hart) else {
            return Ok(());
        };
        if size != 8 || reg % 8 != 0 {
            return Err(DeviceFault);
        }
        match reg {
            0x00..=0x18 => bank[(reg / 8) as usize] = value,
            0x20 => {
                self.pending.push(GuestEvent {
                    hart,
                    kind: GuestEventKind::from_code(value),
                    args: *bank,
                });
                // Let the machine collect it before the next instruction.
                ctx.irq_dirty = true;
            }
            _ => {}
        }
        Ok(())
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banks_are_per_hart_and_args_persist() {
        let mut d = TraceDevice::new(2);
        let mut ctx = BusCtx::default();
        d.write(0x00, 8, 7, &mut ctx).unwrap();
        d.write(0x08, 8, 1, &mut ctx).unwrap();
        d.write(BANK_SIZE, 8, 9, &mut ctx).unwrap();
        d.write(0x20, 8, 1, &mut ctx).unwrap();
        d.write(BANK_SIZE + 0x20, 8, 4, &mut ctx).unwrap();
        d.write(0x20, 8, 3, &mut ctx).unwrap();
        let ev = d.take_events();
        assert_eq!(
            ev[0],
            GuestEvent {
                hart: 0,
                kind: GuestEventKind::ProcessCreated,
                args: [7, 1, 0, 0]
            }
        );
        assert_eq!(
            ev[1],
            GuestEvent {
                hart: 1,
                kind: GuestEventKind::Exit,
                args: [9, 0, 0, 0]
            }
        );
        assert_eq!(ev[2].args, [7, 1, 0, 0], "arguments keep their values");
        assert!(d.take_events().is_empty());
        assert_eq!(d.read(0x28, 8, &mut ctx), Ok(TRACE_ID));
        assert_eq!(d.write(0x04, 4, 0, &mut ctx), Err(DeviceFault));
    }
}
