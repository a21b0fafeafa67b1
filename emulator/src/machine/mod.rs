//! The machine: harts, the bus with the `virt` board's devices, the boot
//! ROM and device tree, and the loop that runs the harts in deterministic
//! round-robin slices until the guest stops or a limit is reached.

mod boot;

use crate::bus::{Bus, ExitRequest, Ram};
use crate::devices::trace::GuestEvent;
use crate::devices::{self, Clint, Htif, TestFinisher, TraceDevice, Uart16550};
use crate::hart::timing::CoreTiming;
use crate::hart::trap::irq;
use crate::hart::Hart;
use crate::loader::{LoadError, LoadedProgram};
use crate::mmu::{MmuConfig, Tlb};
use crate::timing::{MemoryHierarchy, TimingConfig};
use crate::trace::Tracer;
use std::io::Write;
use std::time::{Duration, Instant};

/// Instructions each hart runs before the machine updates devices and
/// switches to the next hart. Fixed, so runs are deterministic.
const SLICE: u64 = 10_000;
/// Instructions a hart runs before the next scheduling decision when the
/// timing model interleaves several harts by their cycle counts.
const TIMED_QUANTUM: u64 = 8;
/// Timebase: mtime ticks once per this many instructions of one hart
/// (a 10 MHz timebase on a nominal 1 GHz, one-instruction-per-cycle core).
const INSTRUCTIONS_PER_TICK: u64 = 100;

/// How the machine is built and bounded.
#[derive(Clone, Debug)]
pub struct MachineConfig {
    pub harts: usize,
    /// RAM size in bytes, at 0x8000_0000.
    pub ram_size: u64,
    /// Stop after this many instructions (all harts together).
    pub max_instructions: Option<u64>,
    /// Stop after this much host time.
    pub timeout: Option<Duration>,
    /// Stop when any hart's mcycle reaches this (modeled cycles with the
    /// timing model, instructions without).
    pub max_cycles: Option<u64>,
    /// Kernel command line passed in the device tree's /chosen/bootargs.
    pub bootargs: String,
    /// TLB geometry and A/D policy of every hart. With a timing model, the
    /// TLB geometry comes from it (`timing.tlb`) and only `mmu.ad` is used.
    pub mmu: MmuConfig,
    /// The timing model (caches, latencies, predictor), or `None` for a
    /// purely functional machine whose mcycle follows minstret.
    pub timing: Option<TimingConfig>,
}

impl Default for MachineConfig {
    fn default() -> Self {
        MachineConfig {
            harts: 1,
            ram_size: 128 << 20,
            max_instructions: None,
            timeout: None,
            max_cycles: None,
            bootargs: String::new(),
            mmu: MmuConfig::default(),
            timing: None,
        }
    }
}

/// Timebase frequency advertised in the device tree.
pub const TIMEBASE_HZ: u64 = 10_000_000;

/// Why a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunExit {
    /// The guest exited (test finisher or HTIF) with this status.
    Exited(u32),
    /// The guest asked for a reset.
    Reset,
    /// `max_instructions` was reached.
    InstructionLimit { pc: u64 },
    /// `max_cycles` was reached.
    CycleLimit { pc: u64 },
    /// `timeout` was reached.
    Timeout { pc: u64 },
    /// Every hart waits for an interrupt that nothing can raise.
    Deadlock { pc: u64 },
    /// The host asked the run to stop (Ctrl-C).
    Interrupted { pc: u64 },
    /// A hart cannot fetch at `pc`, and its trap handler is that same
    /// address: it jumped into the void with no handler to catch it.
    Stuck { hart: usize, pc: u64 },
}

/// Errors building a machine or loading a program.
#[derive(Debug, thiserror::Error)]
pub enum MachineError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("bad machine configuration: {0}")]
    Config(String),
}

pub struct Machine {
    pub harts: Vec<Hart>,
    pub bus: Bus,
    config: MachineConfig,
    htif: Option<Htif>,
    /// Where HTIF console output goes (the same place as the UART's).
    console: Box<dyn Write>,
    program: Option<LoadedProgram>,
    /// Instructions (and trapping attempts) executed by all harts.
    pub steps: u64,
    /// Timer ticks skipped while every hart waited in wfi.
    skipped: u64,
    /// Where the initrd was loaded, if any.
    initrd: Option<(u64, u64)>,
    /// What the guest kernel reported through the trace device.
    pub guest_events: Vec<GuestRecord>,
    /// Where trace events go, when tracing.
    tracer: Option<Tracer>,
    /// Set from outside (a Ctrl-C handler) to stop the run cleanly.
    stop: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

/// A trace-device event, stamped and with its name read from guest RAM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuestRecord {
    pub event: GuestEvent,
    /// The reporting hart's instructions retired at the time.
    pub instret: u64,
    /// The program name of an exec event, the policy of a scheduler event.
    pub name: Option<String>,
}

impl Machine {
    /// Builds the board: RAM, test finisher, CLINT, UART (writing to
    /// `uart_out`). HTIF console output goes to `htif_out`.
    pub fn new(
        config: MachineConfig,
        uart_out: Box<dyn Write>,
        htif_out: Box<dyn Write>,
    ) -> Result<Machine, MachineError> {
        if config.harts == 0 || config.harts > 8 {
            return Err(MachineError::Config(format!(
                "{} harts requested; 1 to 8 are supported",
                config.harts
            )));
        }
        if config.ram_size < (1 << 20) || config.ram_size > (16 << 30) {
            return Err(MachineError::Config(format!(
                "RAM size of {} bytes: 1 MiB to 16 GiB are supported",
                config.ram_size
            )));
        }
        // With a timing model, the TLB geometry is part of it.
        let mmu = match &config.timing {
            Some(t) => t.mmu_config(config.mmu.ad),
            None => config.mmu,
        };
        for tlb in [mmu.itlb, mmu.dtlb] {
            Tlb::new(tlb).map_err(|e| MachineError::Config(e.to_string()))?;
        }
        let mut bus = Bus::new(Ram::new(devices::DRAM_BASE, config.ram_size));
        let map_err = |e: crate::bus::BusError| MachineError::Config(e.to_string());
        bus.map(devices::TEST_FINISHER_BASE, Box::new(TestFinisher::new()))
            .map_err(map_err)?;
        bus.map(devices::CLINT_BASE, Box::new(Clint::new(config.harts)))
            .map_err(map_err)?;
        bus.map(devices::UART0_BASE, Box::new(Uart16550::new(uart_out)))
            .map_err(map_err)?;
        bus.map(
            devices::TRACE_BASE,
            Box::new(TraceDevice::new(config.harts)),
        )
        .map_err(map_err)?;
        if let Some(t) = &config.timing {
            let hierarchy = MemoryHierarchy::new(t, config.harts)
                .map_err(|e| MachineError::Config(e.to_string()))?;
            bus.timing = Some(hierarchy);
        }
        let latencies = bus.timing.as_ref().map(|h| h.latencies());
        let harts = (0..config.harts)
            .map(|id| {
                let core = config
                    .timing
                    .as_ref()
                    .zip(latencies)
                    .map(|(t, l)| CoreTiming::new(t, l));
                Hart::new(id as u64, devices::BOOT_ROM_BASE, &mmu, core)
            })
            .collect();
        Ok(Machine {
            harts,
            bus,
            config,
            htif: None,
            console: htif_out,
            program: None,
            steps: 0,
            skipped: 0,
            initrd: None,
            guest_events: Vec::new(),
            tracer: None,
            stop: None,
        })
    }

    /// Feeds bytes to the UART's receiver (as if typed).
    pub fn push_uart_input(&mut self, bytes: &[u8]) {
        if let Some(u) = self.bus.device_mut::<Uart16550>() {
            u.push_input(bytes);
        }
    }

    /// Traces the run into `tracer` (every hart records the tracer's
    /// categories).
    pub fn set_tracer(&mut self, mut tracer: Tracer) {
        for h in &mut self.harts {
            h.state.trace = tracer.categories();
        }
        let kernel = self.program.as_ref().map(|p| p.symbols.clone());
        let initrd = self
            .initrd
            .and_then(|(start, end)| self.bus.ram.slice(start, end - start))
            .map(<[u8]>::to_vec);
        tracer.set_boot_image(kernel, initrd);
        self.tracer = Some(tracer);
    }

    /// Stops the run (with [`RunExit::Interrupted`], output and trace
    /// flushed) at the next slice after `flag` becomes true.
    pub fn set_stop_flag(&mut self, flag: std::sync::Arc<std::sync::atomic::AtomicBool>) {
        self.stop = Some(flag);
    }

    /// Connects the UART's receiver to the host's standard input.
    pub fn connect_stdin(&mut self) {
        let rx = devices::uart::stdin_channel();
        if let Some(u) = self.bus.device_mut::<Uart16550>() {
            u.set_input(rx);
        }
    }

    /// The loaded program (its symbols, entry, HTIF addresses).
    pub fn program(&self) -> Option<&LoadedProgram> {
        self.program.as_ref()
    }

    /// Runs until the guest stops or a limit is reached.
    pub fn run(&mut self) -> RunExit {
        let started = Instant::now();
        let exit = loop {
            let mut budget = SLICE;
            if let Some(max) = self.config.max_instructions {
                if self.steps >= max {
                    break RunExit::InstructionLimit {
                        pc: self.harts[0].state.pc,
                    };
                }
                budget = budget.min(max - self.steps);
            }
            if self.config.timing.is_some() && self.harts.len() > 1 {
                self.run_harts_by_cycles(budget);
            } else {
                for h in 0..self.harts.len() {
                    self.run_hart(h, budget);
                    if self.bus.ctx.exit.is_some() {
                        break;
                    }
                }
            }
            if let Some(htif) = &mut self.htif {
                if let Some(req) = htif.poll(&mut self.bus.ram, &mut *self.console) {
                    self.bus.ctx.exit = Some(req);
                }
            }
            if let Some((hart, pc)) = self
                .harts
                .iter()
                .enumerate()
                .find_map(|(i, h)| h.state.stuck.map(|pc| (i, pc)))
            {
                break RunExit::Stuck { hart, pc };
            }
            match self.bus.ctx.exit.take() {
                Some(ExitRequest::Exit(code)) => break RunExit::Exited(code),
                Some(ExitRequest::Reset) => break RunExit::Reset,
                None => {}
            }
            self.update_time_and_interrupts();
            if self.harts.iter().all(|h| h.state.waiting) && !self.skip_to_next_timer() {
                break RunExit::Deadlock {
                    pc: self.harts[0].state.pc,
                };
            }
            if let Some(max) = self.config.max_cycles {
                if self.harts.iter().any(|h| h.state.cycle() >= max) {
                    break RunExit::CycleLimit {
                        pc: self.harts[0].state.pc,
                    };
                }
            }
            if self
                .stop
                .as_ref()
                .is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed))
            {
                break RunExit::Interrupted {
                    pc: self.harts[0].state.pc,
                };
            }
            if let Some(limit) = self.config.timeout {
                if started.elapsed() >= limit {
                    break RunExit::Timeout {
                        pc: self.harts[0].state.pc,
                    };
                }
            }
        };
        self.flush_output();
        let finals: Vec<_> = (0..self.harts.len())
            .map(|h| self.hart_counters(h))
            .collect();
        if let Some(t) = self.tracer.as_mut() {
            t.finish(&self.bus.ram, &finals);
        }
        exit
    }

    /// With the timing model and several harts, interleaves them in small
    /// quanta, always running the hart that is furthest behind in modeled
    /// cycles, so their memory accesses meet in the caches roughly when they
    /// would in hardware (coherence misses, false sharing). Slower than the
    /// functional machine's long slices; deterministic all the same.
    fn run_harts_by_cycles(&mut self, budget: u64) {
        let start = self.steps;
        while self.steps - start < budget && self.bus.ctx.exit.is_none() {
            let next = self
                .harts
                .iter()
                .enumerate()
                .filter(|(_, h)| !h.state.waiting && h.state.stuck.is_none())
                .min_by_key(|(i, h)| (h.state.timing.as_ref().map_or(0, |t| t.cycles), *i))
                .map(|(i, _)| i);
            let Some(h) = next else { break };
            let before = self.steps;
            self.run_hart(h, TIMED_QUANTUM);
            if self.steps == before {
                break;
            }
        }
    }

    /// Runs hart `h` for up to `budget` steps. The hart stops early when
    /// code it may have decoded was overwritten or a device changed its
    /// interrupt lines; both are handled here and the hart resumes.
    fn run_hart(&mut self, h: usize, budget: u64) {
        let mut left = budget;
        self.bus.current_hart = h;
        while left > 0 && self.bus.ctx.exit.is_none() {
            let hart = &mut self.harts[h];
            if hart.state.waiting || hart.state.stuck.is_some() {
                break;
            }
            let n = hart.run(&mut self.bus, left);
            left -= n.min(left);
            self.steps += n;
            let mut progressed = n > 0;
            if self.bus.code.is_dirty() {
                for (start, end) in self.bus.code.take_dirty() {
                    for hart in &mut self.harts {
                        hart.invalidate_code(start, end);
                    }
                }
                progressed = true;
            }
            if self.bus.ctx.irq_dirty {
                self.bus.ctx.irq_dirty = false;
                self.update_interrupt_lines();
                self.collect_guest_events();
                progressed = true;
            }
            if !self.harts[h].state.trace_events.is_empty() {
                let s = &mut self.harts[h].state;
                let events = std::mem::take(&mut s.trace_events);
                let (satp, a0) = (s.csr.satp, s.x[10]);
                if let Some(t) = self.tracer.as_mut() {
                    t.hart_events(events, satp, a0, &self.bus.ram);
                }
                progressed = true;
            }
            if !progressed {
                break;
            }
        }
    }

    /// The tracer, if the run is traced (for its per-process accounting).
    pub fn tracer(&self) -> Option<&Tracer> {
        self.tracer.as_ref()
    }

    /// Hart `h`'s counters now, for per-process accounting.
    fn hart_counters(&self, h: usize) -> crate::trace::HartCounters {
        let Some(hart) = self.harts.get(h) else {
            return Default::default();
        };
        let s = &hart.state;
        let (l1i, l1d) = self
            .bus
            .timing
            .as_ref()
            .map_or((0, 0), |t| (t.l1i(h).stats.misses, t.l1d(h).stats.misses));
        crate::trace::HartCounters {
            cycles: s.cycle(),
            instret: s.instret,
            itlb_misses: s.itlb.stats.misses,
            dtlb_misses: s.dtlb.stats.misses,
            l1i_misses: l1i,
            l1d_misses: l1d,
        }
    }

    /// Moves events from the trace device into `guest_events`.
    fn collect_guest_events(&mut self) {
        let Some(dev) = self.bus.device_mut::<TraceDevice>() else {
            return;
        };
        if !dev.has_events() {
            return;
        }
        for event in dev.take_events() {
            let name = event.kind.name_location(event.args).map(|(at, len)| {
                let bytes = self.bus.ram.slice(at, len.min(255)).unwrap_or(&[]);
                String::from_utf8_lossy(bytes).into_owned()
            });
            let instret = self.harts.get(event.hart).map_or(0, |h| h.state.instret);
            let now = self.hart_counters(event.hart);
            if let Some(t) = self.tracer.as_mut() {
                t.guest_event(event.hart, now, event.kind, event.args, name.clone());
            }
            self.guest_events.push(GuestRecord {
                event,
                instret,
                name,
            });
        }
    }

    /// Flushes the UART and HTIF console output.
    pub fn flush_output(&mut self) {
        if let Some(u) = self.bus.device_mut::<Uart16550>() {
            let _ = u.flush();
        }
        let _ = self.console.flush();
    }

    /// Advances mtime from the instructions executed, lets devices work,
    /// and updates the harts' interrupt lines.
    fn update_time_and_interrupts(&mut self) {
        self.bus.ctx.mtime = self.timebase();
        self.bus.tick();
        self.update_interrupt_lines();
    }

    /// The machine's timebase (before any guest offset of mtime): from the
    /// modeled cycles of the furthest hart with the timing model on, from
    /// instructions executed without it.
    fn timebase(&self) -> u64 {
        match &self.config.timing {
            Some(t) => t.cycles_to_mtime(self.global_cycles()) + self.skipped,
            None => self.steps / self.harts.len() as u64 / INSTRUCTIONS_PER_TICK + self.skipped,
        }
    }

    /// The largest cycle count of any hart (0 without the timing model).
    fn global_cycles(&self) -> u64 {
        self.harts
            .iter()
            .filter_map(|h| h.state.timing.as_ref().map(|t| t.cycles))
            .max()
            .unwrap_or(0)
    }

    /// Sets each hart's MSIP/MTIP from the CLINT and STIP from stimecmp
    /// (Sstc), and wakes harts waiting in wfi for an interrupt now pending.
    fn update_interrupt_lines(&mut self) {
        let harts = self.harts.len();
        let now_cycles = self.global_cycles();
        let mtime = self.bus.ctx.mtime;
        let Some(clint) = self.bus.device_mut::<Clint>() else {
            return;
        };
        let time = clint.mtime(mtime);
        let lines: Vec<(bool, bool)> = (0..harts)
            .map(|h| (clint.msip(h), clint.mtip(h, mtime)))
            .collect();
        self.bus.ctx.time = time;
        for (hart, (msip, mtip)) in self.harts.iter_mut().zip(lines) {
            let mip = &mut hart.state.csr.mip;
            *mip = (*mip & !(1 << irq::MSI | 1 << irq::MTI))
                | (msip as u64) << irq::MSI
                | (mtip as u64) << irq::MTI;
            hart.state.csr.update_stip(time);
            if hart.state.waiting && hart.state.csr.mip & hart.state.csr.mie != 0 {
                hart.state.waiting = false;
                // A hart that slept resumes at the machine's present time.
                if let Some(t) = hart.state.timing.as_mut() {
                    t.cycles = t.cycles.max(now_cycles);
                }
            }
        }
    }

    /// All harts wait: jump time forward to the earliest timer that can wake
    /// one. Returns false if no timer can.
    fn skip_to_next_timer(&mut self) -> bool {
        let enabled: Vec<bool> = self
            .harts
            .iter()
            .map(|h| h.state.csr.mie >> irq::MTI & 1 == 1)
            .collect();
        // Supervisor timers (Sstc) that could wake a hart.
        let stimers = self.harts.iter().filter_map(|h| {
            let c = &h.state.csr;
            (c.sstc_enabled() && c.mie >> irq::STI & 1 == 1).then_some(c.stimecmp)
        });
        let stimer = stimers.min();
        let raw = self.bus.ctx.mtime;
        let Some(clint) = self.bus.device_mut::<Clint>() else {
            return false;
        };
        let mtime = clint.mtime(raw);
        let wake = (0..enabled.len())
            .filter(|&h| enabled[h])
            .map(|h| clint.mtimecmp(h))
            .chain(stimer)
            .min();
        match wake {
            Some(t) if t != u64::MAX => {
                let ticks = t.saturating_sub(mtime);
                match &self.config.timing {
                    // The harts sleep through the gap: their cycle counters
                    // advance to the wake-up time, and mtime follows them.
                    Some(cfg) => {
                        let hz = cfg.clock.core_hz as u128;
                        let tb = cfg.clock.timebase_hz.max(1) as u128;
                        let cycles = (ticks as u128 * hz).div_ceil(tb) as u64;
                        let target = self.global_cycles() + cycles;
                        for h in &mut self.harts {
                            if let Some(c) = h.state.timing.as_mut() {
                                c.cycles = c.cycles.max(target);
                            }
                        }
                    }
                    None => self.skipped += ticks,
                }
                self.update_time_and_interrupts();
                true
            }
            _ => false,
        }
    }
}
