//! Time, identity of the system, randomness, and the futex stub.

use super::errno::*;
use super::with_user;
use crate::drivers::timer;
use crate::sched;
use crate::sync::SpinLock;
use crate::task;

/// `struct new_utsname`: six 65-byte strings.
pub fn uname(buf: usize) -> SysResult {
    // glibc refuses to start on a kernel it thinks too old, so say 6.1.
    let fields: [&str; 6] = ["Linux", "rvlab", "6.1.0-rvlab", "#1 SMP rvlab teaching kernel", "riscv64", "(none)"];
    let mut uts = [0u8; 65 * 6];
    for (i, field) in fields.iter().enumerate() {
        uts[65 * i..65 * i + field.len()].copy_from_slice(field.as_bytes());
    }
    with_user(|u| u.copy_out(buf, &uts))?;
    Ok(0)
}

/// Every clock counts from boot (there is no real-time clock on rvlab):
/// CLOCK_REALTIME starts at the epoch.
/// CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID count CPU time
/// (the thread group's, or the caller's own) from the scheduler's
/// accounting, including the run in progress.
pub fn clock_gettime(clock: usize, tp: usize) -> SysResult {
    const CLOCK_PROCESS_CPUTIME_ID: usize = 2;
    const CLOCK_THREAD_CPUTIME_ID: usize = 3;
    if clock > 11 {
        return Err(EINVAL);
    }
    let ns = match clock {
        CLOCK_PROCESS_CPUTIME_ID => {
            let tgid = task::current().inner.lock().tgid;
            let mut ticks = 0;
            task::for_each(|_, inner| {
                if inner.tgid == tgid {
                    ticks += inner.cpu_time_now();
                }
            });
            timer::ticks_to_ns(ticks)
        }
        CLOCK_THREAD_CPUTIME_ID => timer::ticks_to_ns(task::current().inner.lock().cpu_time_now()),
        _ => timer::now_ns(),
    };
    let ts = [(ns / 1_000_000_000) as i64, (ns % 1_000_000_000) as i64];
    with_user(|u| u.write_val(tp, &ts))?;
    Ok(0)
}

pub fn clock_getres(res: usize) -> SysResult {
    if res != 0 {
        let ns = (1_000_000_000 / timer::timebase_hz()).max(1) as i64;
        with_user(|u| u.write_val(res, &[0i64, ns]))?;
    }
    Ok(0)
}

pub fn gettimeofday(tv: usize) -> SysResult {
    if tv != 0 {
        let ns = timer::now_ns();
        let val = [(ns / 1_000_000_000) as i64, ((ns % 1_000_000_000) / 1000) as i64];
        with_user(|u| u.write_val(tv, &val))?;
    }
    Ok(0)
}

/// clock_nanosleep (and nanosleep): sleeps in the scheduler until the
/// deadline; the tick (10 ms) is the resolution.
pub fn clock_nanosleep(_clock: usize, flags: usize, req: usize, rem: usize) -> SysResult {
    const TIMER_ABSTIME: usize = 1;
    let ts: [i64; 2] = with_user(|u| u.read_val(req))?;
    if ts[0] < 0 || !(0..1_000_000_000).contains(&ts[1]) {
        return Err(EINVAL);
    }
    let ns = (ts[0] as u64).saturating_mul(1_000_000_000).saturating_add(ts[1] as u64);
    let deadline = if flags & TIMER_ABSTIME != 0 { timer::ns_to_ticks(ns) } else { timer::now() + timer::ns_to_ticks(ns) };
    while timer::now() < deadline {
        if task::current_interrupted() {
            if rem != 0 {
                let left = (deadline - timer::now()) * 1_000_000_000 / timer::timebase_hz();
                let _ = with_user(|u| u.write_val(rem, &[(left / 1_000_000_000) as i64, (left % 1_000_000_000) as i64]));
            }
            return Err(EINTR);
        }
        sched::sleep_until(deadline);
    }
    Ok(0)
}

/// A splitmix64 generator: reproducible runs (the same seed every boot)
/// matter more here than unpredictability. Not for cryptography.
static RNG: SpinLock<u64> = SpinLock::new(0x5eed_0f_4a_b1ab);

pub fn random_bytes(buf: &mut [u8]) {
    let mut state = RNG.lock();
    for chunk in buf.chunks_mut(8) {
        *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
    }
}

pub fn getrandom(buf: usize, len: usize) -> SysResult {
    let len = len.min(64 * 1024);
    let mut bytes = super::fs::buffer(len)?;
    random_bytes(&mut bytes);
    with_user(|u| u.copy_out(buf, &bytes))?;
    Ok(len)
}
