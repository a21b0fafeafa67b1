//! One SoftFloat operation at a time: set the rounding mode, clear the
//! accrued exception flags, run the operation, read the flags back.
//!
//! SoftFloat keeps its rounding mode, tininess rule and exception flags in C
//! thread-local globals. Resetting them around every operation is what makes
//! `compute` a pure function of its arguments: nothing carries over from one
//! instruction (or one test thread) to the next.

use super::{DZ, NV, NX, OF, UF};
use softfloat_sys as sf;

/// The exception-flag bits SoftFloat and fcsr.fflags share.
const ALL_FLAGS: u8 = NV | DZ | OF | UF | NX;

// SoftFloat's flag bits are laid out exactly like fflags (NV DZ OF UF NX =
// bits 4..0; SoftFloat calls DZ "infinite"), so flags pass through unchanged.
const _: () = assert!(
    sf::softfloat_flag_invalid == NV
        && sf::softfloat_flag_infinite == DZ
        && sf::softfloat_flag_overflow == OF
        && sf::softfloat_flag_underflow == UF
        && sf::softfloat_flag_inexact == NX
);

// RISC-V's rm encodings 0..=4 (RNE, RTZ, RDN, RUP, RMM) are SoftFloat's
// rounding modes in the same order, so rm is passed through unchanged too.
const _: () = assert!(
    sf::softfloat_round_near_even == 0
        && sf::softfloat_round_minMag == 1
        && sf::softfloat_round_min == 2
        && sf::softfloat_round_max == 3
        && sf::softfloat_round_near_maxMag == 4
);

/// SoftFloat's mode for a RISC-V rm. The hart never passes 5..=7 (it raises
/// illegal-instruction first); should one slip through, round to nearest even
/// rather than let SoftFloat see a mode it does not define for RISC-V.
fn softfloat_mode(rm: u8) -> u8 {
    if rm <= sf::softfloat_round_near_maxMag {
        rm
    } else {
        sf::softfloat_round_near_even
    }
}

/// Runs `op` with rounding mode `rm` and returns its result with the fflags
/// bits it raised. `op` gets the SoftFloat rounding mode as its argument, for
/// the conversions to integer that take it explicitly.
pub(super) fn run<T>(rm: u8, op: impl FnOnce(u8) -> T) -> (T, u8) {
    let mode = softfloat_mode(rm);
    // SAFETY: the helpers only store plain integers into SoftFloat's
    // thread-local globals; no pointers are involved.
    unsafe {
        sf::softfloat_roundingMode_write_helper(mode);
        // RISC-V detects tininess after rounding (unprivileged spec, F
        // chapter, "Accrued Exception Flags"); this is also the RISC-V
        // specialization's default, set again in case anything changed it.
        sf::softfloat_detectTininess_write_helper(sf::softfloat_tininess_afterRounding);
        sf::softfloat_exceptionFlags_write_helper(0);
    }
    let value = op(mode);
    // SAFETY: reads a plain integer from SoftFloat's thread-local globals.
    let raised = unsafe { sf::softfloat_exceptionFlags_read_helper() };
    (value, raised & ALL_FLAGS)
}
