//! schedmix [-v] JOB...: a mix of CPU-bound jobs for scheduling experiments
//! (OSTEP chapters 7 to 10). A job is
//! `NAME:LEN_MS[@ARRIVE_MS][,tickets=N][,nice=N][,cpu=LIST][,io=RUN_MS/SLEEP_MS][,yield=RUN_US][,ws=KIB]`
//! (see `spec.rs`): it arrives ARRIVE_MS after the mix starts and uses
//! LEN_MS of CPU time.
//!
//! The launcher sets the start 5 ms ahead and forks one child per job, in
//! order. Each child names itself NAME, tells the scheduler what it is
//! (expected length, tickets, nice, affinity) and asks the kernel to sleep
//! it until its arrival time and report its arrival (`rvlab_sched_hint`
//! param 3), so the host's turnaround and response times count from there.
//! A kernel without those calls is tolerated: ENOSYS/EINVAL are ignored and
//! the child sleeps with clock_nanosleep(TIMER_ABSTIME) instead. Then it
//! burns CPU until its CPU-time clock (CLOCK_THREAD_CPUTIME_ID) says LEN_MS:
//! pure ALU work, or (ws=KIB) walking a buffer of KIB KiB a cache line at a
//! time; with io= it sleeps SLEEP_MS after every RUN_MS of CPU; with
//! yield= it calls sched_yield after every RUN_US of CPU.
//!
//! The launcher waits for every job and exits 0 if all of them exited 0.
//! It prints nothing unless -v, so runs stay deterministic; with -v each
//! job prints a line of what it saw and the launcher a last one.

#![no_std]
#![no_main]

extern crate alloc;

mod spec;

use alloc::vec;
use alloc::vec::Vec;
use core::hint::black_box;
use core::time::Duration;
use spec::Job;
use ulib::errno::Errno;
use ulib::process::{self, Pid};
use ulib::sched::{self, hint, CLOCK_THREAD_CPUTIME_ID};
use ulib::time::{self, clock_gettime, CLOCK_MONOTONIC};
use ulib::{die, env, eprintln, println};

ulib::entry!(main);

/// The mix starts this long after the launcher reads the clock, so every
/// child is forked and waiting when the first job arrives.
const START_DELAY: Duration = Duration::from_millis(5);

const USAGE: &str = "usage: schedmix [-v] NAME:LEN_MS[@ARRIVE_MS][,tickets=N][,nice=N][,cpu=LIST][,io=RUN_MS/SLEEP_MS][,yield=RUN_US][,ws=KIB]...";

fn main() -> i32 {
    let mut verbose = false;
    let mut jobs: Vec<Job> = Vec::new();
    for arg in env::args().skip(1) {
        if arg == "-v" {
            verbose = true;
            continue;
        }
        match spec::parse(arg) {
            Ok(job) => jobs.push(job),
            Err(why) => {
                eprintln!("schedmix: {why}");
                die!("{USAGE}");
            }
        }
    }
    if jobs.is_empty() {
        die!("{USAGE}");
    }
    let now = clock_gettime(CLOCK_MONOTONIC).unwrap_or_else(|e| die!("clock_gettime: {e}"));
    let t0 = now + START_DELAY;
    let mut pids: Vec<Pid> = Vec::new();
    for job in &jobs {
        match process::fork() {
            Ok(0) => process::exit(run_job(job, t0, verbose)),
            Ok(pid) => pids.push(pid),
            Err(e) => die!("fork: {e}"),
        }
    }
    let mut failed = 0;
    for _ in &pids {
        match process::wait4(-1, 0) {
            Ok((_, status)) if status.exit_code() == Some(0) => {}
            Ok((pid, status)) => {
                failed += 1;
                let name = pids
                    .iter()
                    .position(|&p| p == pid)
                    .map_or("?", |i| jobs[i].name);
                eprintln!(
                    "schedmix: job {name} (pid {pid}) failed: status {:#x}",
                    status.0
                );
            }
            Err(e) => die!("wait4: {e}"),
        }
    }
    if verbose {
        let end = clock_gettime(CLOCK_MONOTONIC).unwrap_or(t0);
        println!(
            "schedmix: {} jobs, {} failed, done {} ms after the start",
            jobs.len(),
            failed,
            ms(end.saturating_sub(t0))
        );
    }
    i32::from(failed > 0)
}

/// Milliseconds with three decimals, without floating point.
fn ms(d: Duration) -> alloc::string::String {
    let us = d.as_micros();
    alloc::format!("{}.{:03}", us / 1000, us % 1000)
}

/// An error a kernel without the scheduling calls gives: not worth a word.
fn unsupported(e: Errno) -> bool {
    e == Errno::ENOSYS || e == Errno::EINVAL
}

/// Ignores what `unsupported` covers; reports anything else with -v.
fn tolerate(what: &str, r: ulib::SysResult<()>, verbose: bool) {
    if let Err(e) = r {
        if verbose && !unsupported(e) {
            eprintln!("schedmix: {what}: {e}");
        }
    }
}

fn cpu_now() -> Duration {
    clock_gettime(CLOCK_THREAD_CPUTIME_ID).unwrap_or(Duration::ZERO)
}

/// One job, in its own process. Returns the exit status.
fn run_job(job: &Job, t0: Duration, verbose: bool) -> i32 {
    tolerate("prctl", sched::set_name(job.name), verbose);
    let tell = |param, value| sched::sched_hint(0, param, value);
    tolerate(
        "expected length",
        tell(hint::EXPECTED_US, job.len_ms * 1000),
        verbose,
    );
    if let Some(t) = job.tickets {
        tolerate("tickets", tell(hint::TICKETS, t), verbose);
    }
    if let Some(n) = job.nice {
        tolerate("setpriority", sched::setpriority(0, n), verbose);
    }
    if let Some(mask) = job.cpus {
        tolerate(
            "sched_setaffinity",
            sched::sched_setaffinity(0, mask),
            verbose,
        );
    }
    let arrival = t0 + Duration::from_millis(job.arrive_ms);
    // The kernel sleeps us until the arrival and reports it; if it cannot,
    // sleep here (a kernel that woke us early also gets here).
    let _ = tell(hint::ARRIVE_AT_NS, arrival.as_nanos() as u64);
    if clock_gettime(CLOCK_MONOTONIC).is_ok_and(|now| now < arrival) {
        if let Err(e) = sched::sleep_until(arrival) {
            eprintln!("schedmix: {}: clock_nanosleep: {e}", job.name);
            return 1;
        }
    }
    let arrived = clock_gettime(CLOCK_MONOTONIC).unwrap_or(arrival);
    let work = Work::new(job.ws_kib);
    let (yields, sleeps) = burn(job, work);
    if verbose {
        let done = clock_gettime(CLOCK_MONOTONIC).unwrap_or(arrived);
        println!(
            "schedmix: {} (pid {}): arrived {} ms, done {} ms, {} yields, {} sleeps",
            job.name,
            process::getpid(),
            ms(arrived.saturating_sub(t0)),
            ms(done.saturating_sub(t0)),
            yields,
            sleeps
        );
    }
    0
}

/// The CPU work of one step: ALU only, or a walk over a buffer.
struct Work {
    buffer: Vec<u8>,
    at: usize,
    x: u64,
}

/// Bytes per cache line (the walk touches one byte per line).
const LINE: usize = 64;

impl Work {
    fn new(ws_kib: Option<u64>) -> Work {
        let bytes = ws_kib.map_or(0, |k| k as usize * 1024);
        Work {
            buffer: vec![0; bytes],
            at: 0,
            x: 1,
        }
    }

    /// About ten microseconds of work on a 1 GHz in-order core.
    fn step(&mut self) {
        if self.buffer.is_empty() {
            for _ in 0..2000 {
                // black_box keeps the compiler from folding the loop away.
                self.x = black_box(self.x.wrapping_mul(6364136223846793005).wrapping_add(1));
            }
        } else {
            for _ in 0..500 {
                let b = &mut self.buffer[self.at];
                *b = black_box(b.wrapping_add(1));
                self.at = (self.at + LINE) % self.buffer.len();
            }
        }
    }
}

/// Burns `job.len_ms` of CPU time, sleeping and yielding as the job says.
/// Returns how many times it yielded and slept.
fn burn(job: &Job, mut work: Work) -> (u64, u64) {
    let total = Duration::from_millis(job.len_ms);
    // CPU time is counted from here. A sleep's own CPU-clock advance is
    // taken out (a kernel whose CPU clock is the uptime counts sleeps too).
    let mut start = cpu_now();
    let mut next_yield = job.yield_us.map(Duration::from_micros);
    let mut next_sleep = job.io.map(|(run, _)| Duration::from_millis(run));
    let (mut yields, mut sleeps) = (0, 0);
    loop {
        let used = cpu_now().saturating_sub(start);
        if used >= total {
            return (yields, sleeps);
        }
        if let (Some(at), Some(every)) = (next_yield, job.yield_us) {
            if used >= at {
                time::sched_yield();
                yields += 1;
                next_yield = Some(used + Duration::from_micros(every));
            }
        }
        if let (Some(at), Some((run, sleep))) = (next_sleep, job.io) {
            if used >= at {
                let before = cpu_now();
                let _ = time::sleep(Duration::from_millis(sleep));
                start += cpu_now().saturating_sub(before);
                sleeps += 1;
                next_sleep = Some(used + Duration::from_millis(run));
            }
        }
        work.step();
    }
}
