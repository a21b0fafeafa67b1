//! Scheduling metrics from the guest kernel's reports, as OSTEP chapter 7
//! defines them, per process:
//!
//! - arrival: the job-arrival event (8) if the kernel sent one, else the
//!   process's creation (1);
//! - first run: the first switch-in (3) at or after arrival (the arrival
//!   itself if the job is on a hart when it arrives);
//! - completion: its exit (4);
//! - turnaround = completion - arrival, response = first run - arrival;
//! - CPU time: the sum of its running intervals on every hart, switch-in to
//!   switch-out; switches in; migrations (a switch-in on another hart than
//!   the one it last ran on).
//!
//! The clock is the one the events are stamped with: the reporting hart's
//! cycle counter. With the timing model (the default) the machine runs its
//! harts interleaved by cycle count, always the one furthest behind, and a
//! hart that slept in `wfi` resumes at the machine's present, so the harts'
//! cycle counters are one global clock (to within a few instructions) and
//! the same clock as `mtime`, which the guest's `clock_gettime` reads.
//! Without the timing model the counters count instructions and stop while
//! a hart sleeps: times are then only indicative. Cycles become
//! microseconds in the report ([`super::sched_report`]).

use std::collections::BTreeMap;

/// One process's scheduling history, in cycles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JobHistory {
    pub name: String,
    pub created: Option<u64>,
    /// The job-arrival event, if the kernel sent one.
    pub arrival_event: Option<u64>,
    /// The first switch-in after creation.
    pub first_switch_in: Option<u64>,
    /// The first switch-in at or after the job-arrival event.
    pub first_run_after_arrival: Option<u64>,
    pub completion: Option<u64>,
    pub cpu_cycles: u64,
    pub switches_in: u64,
    pub migrations: u64,
    /// The hart it last ran on.
    pub last_hart: Option<usize>,
}

impl JobHistory {
    /// True if the kernel reported this process as a job (event 8).
    pub fn is_job(&self) -> bool {
        self.arrival_event.is_some()
    }

    /// Arrival: the job-arrival event, else creation.
    pub fn arrival(&self) -> Option<u64> {
        self.arrival_event.or(self.created)
    }

    /// The first run at or after arrival.
    pub fn first_run(&self) -> Option<u64> {
        if self.is_job() {
            self.first_run_after_arrival
        } else {
            self.first_switch_in
        }
    }

    pub fn turnaround(&self) -> Option<u64> {
        Some(self.completion?.saturating_sub(self.arrival()?))
    }

    pub fn response(&self) -> Option<u64> {
        Some(self.first_run()?.saturating_sub(self.arrival()?))
    }
}

/// A process running on a hart from `start` to `end` (cycles).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub hart: usize,
    pub pid: u64,
    pub start: u64,
    pub end: u64,
}

/// What the kernel said about its scheduler (event 9).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SchedulerInfo {
    pub policy: String,
    pub slice_us: u64,
    /// Timer ticks per second; 0 = tickless.
    pub tick_hz: u64,
}

/// The accumulator, fed by the tracer with every guest event.
#[derive(Clone, Debug, Default)]
pub struct SchedMetrics {
    /// Per hart: the process running (not idle) and since when.
    running: Vec<Option<(u64, u64)>>,
    pub jobs: BTreeMap<u64, JobHistory>,
    /// Closed running intervals, in the order they closed.
    pub intervals: Vec<Interval>,
    pub scheduler: Option<SchedulerInfo>,
}

impl SchedMetrics {
    pub fn new(harts: usize) -> SchedMetrics {
        SchedMetrics {
            running: vec![None; harts],
            ..Default::default()
        }
    }

    fn job(&mut self, pid: u64) -> &mut JobHistory {
        self.jobs.entry(pid).or_default()
    }

    /// Process `pid` was created by `parent` (whose name it starts with).
    pub fn created(&mut self, pid: u64, parent: u64, cycle: u64) {
        let name = self.jobs.get(&parent).map(|p| p.name.clone());
        let job = self.job(pid);
        job.created.get_or_insert(cycle);
        if let Some(name) = name {
            job.name = name;
        }
    }

    /// Process `pid` is now called `name` (exec or rename).
    pub fn named(&mut self, pid: u64, name: &str) {
        self.job(pid).name = name.to_string();
    }

    /// Job `pid` arrived (became ready to run) at `cycle`. A second arrival
    /// of the same process is ignored: a job arrives once.
    pub fn arrival(&mut self, pid: u64, cycle: u64) {
        let on_hart = self.running.iter().flatten().any(|&(p, _)| p == pid);
        let job = self.job(pid);
        if job.arrival_event.is_some() {
            return;
        }
        job.arrival_event = Some(cycle);
        if on_hart {
            job.first_run_after_arrival = Some(cycle);
        }
    }

    /// Hart `hart` switches to `next` (0 = idle) at `cycle`.
    pub fn switch(&mut self, hart: usize, next: u64, cycle: u64) {
        if hart >= self.running.len() {
            self.running.resize(hart + 1, None);
        }
        self.close(hart, cycle);
        if next == 0 {
            return;
        }
        self.running[hart] = Some((next, cycle));
        let job = self.job(next);
        job.switches_in += 1;
        job.first_switch_in.get_or_insert(cycle);
        if job.arrival_event.is_some() {
            job.first_run_after_arrival.get_or_insert(cycle);
        }
        if job.last_hart.is_some_and(|h| h != hart) {
            job.migrations += 1;
        }
        job.last_hart = Some(hart);
    }

    /// Ends the interval running on `hart`, if any, at `cycle`.
    fn close(&mut self, hart: usize, cycle: u64) {
        if let Some((pid, start)) = self.running[hart].take() {
            let end = cycle.max(start);
            self.job(pid).cpu_cycles += end - start;
            self.intervals.push(Interval {
                hart,
                pid,
                start,
                end,
            });
        }
    }

    /// Process `pid` exited at `cycle`.
    pub fn exit(&mut self, pid: u64, cycle: u64) {
        self.job(pid).completion.get_or_insert(cycle);
    }

    pub fn scheduler(&mut self, info: SchedulerInfo) {
        self.scheduler = Some(info);
    }

    /// Closes the intervals still open at each hart's final cycle count.
    pub fn finish(&mut self, final_cycles: &[u64]) {
        for (hart, &cycle) in final_cycles.iter().enumerate() {
            if hart < self.running.len() {
                self.close(hart, cycle);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// OSTEP's FIFO example on one hart: A, B, C arrive at 0 and each runs
    /// 10 units to completion.
    #[test]
    fn fifo_on_one_hart() {
        let mut m = SchedMetrics::new(1);
        for pid in [2, 3, 4] {
            m.created(pid, 1, 0);
            m.arrival(pid, 0);
        }
        m.switch(0, 2, 0);
        m.exit(2, 10);
        m.switch(0, 3, 10);
        m.exit(3, 20);
        m.switch(0, 4, 20);
        m.exit(4, 30);
        m.switch(0, 0, 30);
        let (a, b, c) = (&m.jobs[&2], &m.jobs[&3], &m.jobs[&4]);
        assert_eq!(
            [a.turnaround(), b.turnaround(), c.turnaround()],
            [Some(10), Some(20), Some(30)]
        );
        assert_eq!(
            [a.response(), b.response(), c.response()],
            [Some(0), Some(10), Some(20)]
        );
        assert_eq!([a.cpu_cycles, b.cpu_cycles, c.cpu_cycles], [10, 10, 10]);
        assert_eq!(m.intervals.len(), 3);
    }

    /// Before its arrival a job may run (to set itself up and go to sleep):
    /// the first run is the first switch-in at or after the arrival.
    #[test]
    fn first_run_counts_from_arrival() {
        let mut m = SchedMetrics::new(1);
        m.created(5, 1, 100);
        m.switch(0, 5, 150); // set-up, then sleeps
        m.switch(0, 0, 170);
        m.arrival(5, 1000);
        m.switch(0, 5, 1300);
        m.exit(5, 2300);
        m.finish(&[2400]);
        let j = &m.jobs[&5];
        assert!(j.is_job());
        assert_eq!(j.arrival(), Some(1000));
        assert_eq!(j.first_run(), Some(1300));
        assert_eq!(j.response(), Some(300));
        assert_eq!(j.turnaround(), Some(1300));
        assert_eq!(j.cpu_cycles, 20 + 1100, "set-up + the run until finish");
        assert_eq!(j.switches_in, 2);
    }

    /// Arriving while on a hart is a first run at once (response 0).
    #[test]
    fn arrival_while_running() {
        let mut m = SchedMetrics::new(1);
        m.created(7, 1, 0);
        m.switch(0, 7, 10);
        m.arrival(7, 50);
        m.arrival(7, 90); // a second arrival is ignored
        assert_eq!(m.jobs[&7].response(), Some(0));
        assert_eq!(m.jobs[&7].arrival(), Some(50));
    }

    /// Without job-arrival events, a process arrives when it is created.
    #[test]
    fn without_arrival_events_creation_is_arrival() {
        let mut m = SchedMetrics::new(1);
        m.created(1, 0, 0);
        m.named(1, "sh");
        m.created(2, 1, 40);
        m.switch(0, 2, 60);
        m.exit(2, 100);
        let j = &m.jobs[&2];
        assert_eq!(j.name, "sh", "inherits the parent's name");
        assert!(!j.is_job());
        assert_eq!((j.response(), j.turnaround()), (Some(20), Some(60)));
    }

    /// Two harts: a job that moves between them migrates; CPU time adds up
    /// over both harts; each hart's intervals stay disjoint.
    #[test]
    fn migrations_and_cpu_time_across_harts() {
        let mut m = SchedMetrics::new(2);
        for pid in [2, 3] {
            m.created(pid, 1, 0);
            m.arrival(pid, 0);
        }
        m.switch(0, 2, 0);
        m.switch(1, 3, 5);
        // The harts swap their jobs: both migrate.
        m.switch(0, 3, 100);
        m.switch(1, 2, 100);
        m.switch(0, 2, 200);
        m.switch(1, 0, 200);
        m.exit(3, 200);
        m.exit(2, 250);
        m.finish(&[250, 260]);
        let (a, b) = (&m.jobs[&2], &m.jobs[&3]);
        assert_eq!(a.migrations, 2, "h0 -> h1 -> h0");
        assert_eq!(b.migrations, 1, "h1 -> h0");
        assert_eq!(a.switches_in, 3);
        assert_eq!(a.cpu_cycles, 100 + 100 + 50);
        assert_eq!(b.cpu_cycles, 95 + 100);
        assert_eq!(b.response(), Some(5));
        for hart in 0..2 {
            let mut on: Vec<&Interval> = m.intervals.iter().filter(|i| i.hart == hart).collect();
            on.sort_by_key(|i| i.start);
            assert!(on.windows(2).all(|w| w[0].end <= w[1].start));
        }
        let total: u64 = m.intervals.iter().map(|i| i.end - i.start).sum();
        assert_eq!(total, a.cpu_cycles + b.cpu_cycles);
    }
}
