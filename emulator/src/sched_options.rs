//! The guest kernel's scheduling options, as `rvlab run --sched POLICY
//! [--quantum MS] [--tick HZ | --tickless]` asks for them: words of the
//! kernel command line (`sched=POLICY quantum=MS tick=HZ` or `tickless`),
//! placed before `init=...` (everything after `init=` is the program's).

/// The policies the guest kernel knows (OSTEP chapters 7 to 9 and a
/// CFS-like one), as `sched=` spells them.
pub const POLICIES: [&str; 8] = [
    "fifo", "sjf", "stcf", "rr", "mlfq", "lottery", "stride", "cfs",
];

/// How the kernel's timer interrupts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tick {
    /// A periodic tick at this many Hz (`tick=HZ`).
    Periodic(u64),
    /// Timer interrupts only when the scheduler needs one (`tickless`).
    Tickless,
}

/// What `--sched`, `--quantum`, `--tick` and `--tickless` ask for; `None`
/// leaves the kernel's default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SchedOptions {
    pub policy: Option<String>,
    /// The time slice in milliseconds.
    pub quantum_ms: Option<u64>,
    pub tick: Option<Tick>,
}

/// Checks a policy name against [`POLICIES`].
pub fn parse_policy(name: &str) -> Result<String, String> {
    if POLICIES.contains(&name) {
        Ok(name.to_string())
    } else {
        Err(format!(
            "unknown scheduling policy `{name}`; the policies are {}",
            POLICIES.join(", ")
        ))
    }
}

impl SchedOptions {
    /// True if nothing is asked for.
    pub fn is_empty(&self) -> bool {
        *self == SchedOptions::default()
    }

    /// The kernel command-line words, space-separated (empty if none).
    pub fn kernel_options(&self) -> String {
        let mut words = Vec::new();
        if let Some(p) = &self.policy {
            words.push(format!("sched={p}"));
        }
        if let Some(q) = self.quantum_ms {
            words.push(format!("quantum={q}"));
        }
        match self.tick {
            Some(Tick::Periodic(hz)) => words.push(format!("tick={hz}")),
            Some(Tick::Tickless) => words.push("tickless".to_string()),
            None => {}
        }
        words.join(" ")
    }
}

/// `options` placed before the `init=...` part of `bootargs` (kernel
/// options must come before it; empty options change nothing).
pub fn with_kernel_options(bootargs: &str, options: &str) -> String {
    match (options.trim(), bootargs.is_empty()) {
        ("", _) => bootargs.to_string(),
        (o, true) => o.to_string(),
        (o, false) => format!("{o} {bootargs}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_become_kernel_words_before_init() {
        let o = SchedOptions {
            policy: Some("mlfq".into()),
            quantum_ms: Some(1),
            tick: Some(Tick::Periodic(1000)),
        };
        assert_eq!(o.kernel_options(), "sched=mlfq quantum=1 tick=1000");
        assert_eq!(
            with_kernel_options("init=/bin/schedmix A:10", &o.kernel_options()),
            "sched=mlfq quantum=1 tick=1000 init=/bin/schedmix A:10"
        );
        let tickless = SchedOptions {
            tick: Some(Tick::Tickless),
            ..Default::default()
        };
        assert_eq!(tickless.kernel_options(), "tickless");
        assert!(SchedOptions::default().is_empty());
        assert_eq!(with_kernel_options("init=/bin/sh", ""), "init=/bin/sh");
        assert_eq!(with_kernel_options("", "boost=0"), "boost=0");
    }

    #[test]
    fn policy_names_are_checked() {
        for p in POLICIES {
            assert_eq!(parse_policy(p).as_deref(), Ok(p));
        }
        let err = parse_policy("roundrobin").unwrap_err();
        assert!(
            err.contains("`roundrobin`") && err.contains("fifo, sjf"),
            "{err}"
        );
    }
}
