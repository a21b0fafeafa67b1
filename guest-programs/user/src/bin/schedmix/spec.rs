//! The job syntax of `schedmix`:
//!
//! ```text
//! NAME:LEN_MS[@ARRIVE_MS][,tickets=N][,nice=N][,cpu=LIST][,io=RUN_MS/SLEEP_MS][,yield=RUN_US][,ws=KIB]
//! ```
//!
//! `cpu=LIST` is a list of harts as `taskset -c` takes it: `0`, `0-3`,
//! `0,2` (the numbers after `cpu=` up to the next `key=` belong to it).

/// One job of the mix.
#[derive(Clone, Debug, Default)]
pub struct Job {
    /// At most 15 bytes (the kernel's name length).
    pub name: &'static str,
    /// CPU time to use, in milliseconds.
    pub len_ms: u64,
    /// When it arrives, in milliseconds after the mix starts.
    pub arrive_ms: u64,
    pub tickets: Option<u64>,
    pub nice: Option<i32>,
    /// The harts it may run on, as a bit mask.
    pub cpus: Option<u64>,
    /// Alternate RUN ms of CPU with SLEEP ms of sleep.
    pub io: Option<(u64, u64)>,
    /// Yield the CPU after every this many microseconds of CPU.
    pub yield_us: Option<u64>,
    /// Work on a buffer of this many KiB (cache-sensitive) instead of registers.
    pub ws_kib: Option<u64>,
}

fn number(text: &str, what: &str) -> Result<u64, alloc::string::String> {
    text.parse()
        .map_err(|_| alloc::format!("{what}: `{text}` is not a number"))
}

/// Adds `0`, `2-3` to a hart mask.
fn add_cpus(mask: &mut u64, item: &str) -> Result<(), alloc::string::String> {
    let (lo, hi) = match item.split_once('-') {
        Some((a, b)) => (number(a, "cpu")?, number(b, "cpu")?),
        None => {
            let n = number(item, "cpu")?;
            (n, n)
        }
    };
    if lo > hi || hi > 63 {
        return Err(alloc::format!("cpu: bad hart range `{item}`"));
    }
    for h in lo..=hi {
        *mask |= 1 << h;
    }
    Ok(())
}

/// Parses one JOB argument.
pub fn parse(arg: &'static str) -> Result<Job, alloc::string::String> {
    let mut parts = arg.split(',');
    let head = parts.next().unwrap_or("");
    let (name, rest) = head
        .split_once(':')
        .ok_or_else(|| alloc::format!("`{head}`: expected NAME:LEN_MS"))?;
    if name.is_empty() || name.len() > 15 {
        return Err(alloc::format!("`{name}`: a name has 1 to 15 bytes"));
    }
    let (len, arrive) = match rest.split_once('@') {
        Some((l, a)) => (l, Some(a)),
        None => (rest, None),
    };
    let mut job = Job {
        name,
        len_ms: number(len, "LEN_MS")?,
        arrive_ms: arrive
            .map(|a| number(a, "ARRIVE_MS"))
            .transpose()?
            .unwrap_or(0),
        ..Job::default()
    };
    let mut in_cpu_list = false;
    for part in parts {
        let Some((key, value)) = part.split_once('=') else {
            if in_cpu_list {
                add_cpus(job.cpus.get_or_insert(0), part)?;
                continue;
            }
            return Err(alloc::format!("`{part}`: expected KEY=VALUE"));
        };
        in_cpu_list = key == "cpu";
        match key {
            "tickets" => job.tickets = Some(number(value, key)?),
            "nice" => {
                let n: i32 = value
                    .parse()
                    .ok()
                    .filter(|n| (-20..=19).contains(n))
                    .ok_or_else(|| alloc::format!("nice: `{value}` is not in -20..=19"))?;
                job.nice = Some(n);
            }
            "cpu" => add_cpus(job.cpus.get_or_insert(0), value)?,
            "io" => {
                let (run, sleep) = value
                    .split_once('/')
                    .ok_or_else(|| alloc::format!("io: expected RUN_MS/SLEEP_MS, not `{value}`"))?;
                let run = number(run, "io RUN_MS")?;
                if run == 0 {
                    return Err("io: RUN_MS must be at least 1".into());
                }
                job.io = Some((run, number(sleep, "io SLEEP_MS")?));
            }
            "yield" => job.yield_us = Some(number(value, key)?.max(1)),
            "ws" => job.ws_kib = Some(number(value, key)?.max(1)),
            _ => return Err(alloc::format!("unknown job option `{key}`")),
        }
    }
    Ok(job)
}
