//! rvlab's end-to-end tests: one test binary, one module per area.

mod bare_suites;
mod differential;
mod firmware;
mod measure;
mod mm;
mod os;
mod privileged;
mod trace;
