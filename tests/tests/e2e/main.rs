//! rvlab's end-to-end tests: one test binary, one module per area.

// schedmix's job parser (a guest source) names `alloc` as no_std code does.
extern crate alloc;

mod bare_suites;
mod differential;
mod firmware;
mod measure;
mod mm;
mod os;
mod policies;
mod privileged;
mod sched;
mod schedmix_spec;
mod smp;
mod trace;
