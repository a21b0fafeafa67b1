//! `--stats`: where the cycles went, per hart — instructions, cycles and
//! IPC, cache and TLB hit rates, page walks, traps — and by privilege mode;
//! and the scheduling report of a traced run (`sched_report`).

use crate::machine::Machine;
use crate::mmu::TlbStats;
use crate::trace::sched_report::HartRow;
use crate::trace::SchedReport;
use std::fmt::Write;

fn percent(hits: u64, misses: u64) -> String {
    let total = hits + misses;
    if total == 0 {
        "-".into()
    } else {
        format!("{:.2}%", 100.0 * hits as f64 / total as f64)
    }
}

fn tlb(s: &TlbStats) -> String {
    format!("{} ({} misses)", percent(s.hits, s.misses), s.misses)
}

/// The statistics of a finished (or stopped) run as text, one block per hart.
pub fn stats(machine: &Machine) -> String {
    let mut out = String::new();
    for (id, hart) in machine.harts.iter().enumerate() {
        let s = &hart.state;
        let _ = writeln!(out, "hart {id}");
        let _ = writeln!(out, "  instructions  {}", s.instret);
        if let Some(t) = &s.timing {
            let ipc = if t.cycles == 0 {
                0.0
            } else {
                s.instret as f64 / t.cycles as f64
            };
            let _ = writeln!(out, "  cycles        {}", t.cycles);
            let _ = writeln!(out, "  IPC           {ipc:.3}");
            let p = &t.predictor.stats;
            let _ = writeln!(
                out,
                "  branches      {} ({} mispredicted)",
                p.branches, p.mispredictions
            );
        } else {
            let _ = writeln!(out, "  cycles        (timing model off)");
        }
        if let Some(h) = &machine.bus.timing {
            let (i, d) = (&h.l1i(id).stats, &h.l1d(id).stats);
            let m = h.stats(id);
            let _ = writeln!(out, "  L1I hit rate  {}", percent(i.hits, i.misses));
            let _ = writeln!(
                out,
                "  L1D hit rate  {} ({} write-backs)",
                percent(d.hits, d.misses),
                d.writebacks
            );
            if h.l2().is_some() {
                let _ = writeln!(out, "  L2 hit rate   {}", percent(m.l2_hits, m.l2_misses));
            }
            let _ = writeln!(
                out,
                "  invalidations {} received from other harts",
                m.invalidations_received
            );
        }
        let _ = writeln!(out, "  iTLB hit rate {}", tlb(&s.itlb.stats));
        let _ = writeln!(out, "  dTLB hit rate {}", tlb(&s.dtlb.stats));
        let _ = writeln!(
            out,
            "  page walks    {} ({} page faults)",
            s.mmu_stats.page_walks, s.mmu_stats.page_faults
        );
        if let Some(t) = &s.timing {
            let _ = writeln!(
                out,
                "  traps         {} ({} interrupts)",
                t.traps, t.interrupts
            );
            let by_mode = t.by_mode_now(s.privilege, s.instret);
            for (mode, name) in [(0, "U"), (1, "S"), (3, "M")] {
                let m = &by_mode[mode];
                if m.instret > 0 || m.cycles > 0 {
                    let _ = writeln!(
                        out,
                        "  {name}-mode        {} instructions, {} cycles",
                        m.instret, m.cycles
                    );
                }
            }
        }
    }
    out
}

/// The scheduling report of a run that had a tracer (`None` otherwise),
/// with each hart's cycles and interrupts; `cycles_per_us` is the core
/// clock the event stamps count.
pub fn sched_report(machine: &Machine, cycles_per_us: f64) -> Option<SchedReport> {
    let tracer = machine.tracer()?;
    let mut report = SchedReport::new(&tracer.sched, Some(&tracer.accounting), cycles_per_us);
    report.harts = machine
        .harts
        .iter()
        .enumerate()
        .map(|(hart, h)| HartRow {
            hart,
            cycles: h.state.cycle(),
            interrupts: h.state.timing.as_ref().map_or(0, |t| t.interrupts),
            timer_interrupts: h.state.timing.as_ref().map_or(0, |t| t.timer_interrupts),
        })
        .collect();
    Some(report)
}
