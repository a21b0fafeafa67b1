//! The modeled branch predictor for conditional branches: a bimodal table
//! of 2-bit saturating counters, or the static rule "backward taken,
//! forward not taken" (BTFN) that needs no state at all.
//!
//! Only the direction is predicted. Targets are assumed always known in
//! time (a perfect BTB), so a correctly predicted taken branch costs only
//! its base cost; jumps (jal, jalr) are not predicted here.

/// Which predictor a hart has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PredictorKind {
    /// A table of `entries` 2-bit counters indexed by the branch's pc.
    Bimodal { entries: usize },
    /// Backward branches (loops) taken, forward branches not taken.
    StaticBtfn,
}

/// Predictions made and how many were wrong.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PredictorStats {
    pub branches: u64,
    pub mispredictions: u64,
}

/// A branch-direction predictor.
#[derive(Clone, Debug)]
pub struct BranchPredictor {
    kind: PredictorKind,
    /// 2-bit counters: 0, 1 predict not taken; 2, 3 predict taken.
    counters: Vec<u8>,
    mask: u64,
    pub stats: PredictorStats,
}

/// A fresh counter says "weakly not taken", so one taken outcome flips it.
const WEAKLY_NOT_TAKEN: u8 = 1;

impl BranchPredictor {
    /// A predictor of the given kind; a bimodal table size must be a power
    /// of two (the caller validates it; other sizes are rounded up).
    pub fn new(kind: PredictorKind) -> BranchPredictor {
        let entries = match kind {
            PredictorKind::Bimodal { entries } => entries.max(1).next_power_of_two(),
            PredictorKind::StaticBtfn => 0,
        };
        BranchPredictor {
            kind,
            counters: vec![WEAKLY_NOT_TAKEN; entries],
            mask: (entries as u64).wrapping_sub(1),
            stats: PredictorStats::default(),
        }
    }

    pub fn kind(&self) -> PredictorKind {
        self.kind
    }

    /// Predicts the conditional branch at `pc` (whose target is `target`),
    /// learns that it went `taken`, and returns whether the prediction was
    /// right.
    #[inline(always)]
    pub fn predict_and_update(&mut self, pc: u64, target: u64, taken: bool) -> bool {
        let predicted = match self.kind {
            PredictorKind::StaticBtfn => target <= pc,
            PredictorKind::Bimodal { .. } => {
                // Instructions are 2-byte aligned (C extension): drop bit 0.
                let i = ((pc >> 1) & self.mask) as usize;
                let c = self.counters[i];
                self.counters[i] = if taken {
                    (c + 1).min(3)
                } else {
                    c.saturating_sub(1)
                };
                c >= 2
            }
        };
        let correct = predicted == taken;
        self.stats.branches += 1;
        self.stats.mispredictions += u64::from(!correct);
        correct
    }

    /// Forgets everything learned (counters back to weakly not taken).
    pub fn reset(&mut self) {
        self.counters.fill(WEAKLY_NOT_TAKEN);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bimodal_learns_a_loop() {
        // A loop branch at 0x1000 back to 0x0f00, taken 9 times then not
        // taken, run twice. Counter (start 1):
        //   pass 1: T(pred NT, wrong) 1->2, then 8 x T right (2->3->3...),
        //           NT (pred T, wrong) 3->2
        //   pass 2: 9 x T right (2->3...), NT wrong 3->2
        let mut p = BranchPredictor::new(PredictorKind::Bimodal { entries: 16 });
        let mut wrong = 0;
        for _ in 0..2 {
            for i in 0..10 {
                wrong += u32::from(!p.predict_and_update(0x1000, 0x0f00, i < 9));
            }
        }
        assert_eq!(wrong, 3);
        assert_eq!(
            p.stats,
            PredictorStats {
                branches: 20,
                mispredictions: 3
            }
        );
    }

    #[test]
    fn bimodal_saturates_and_hysteresis() {
        // Strongly taken survives one not-taken outcome.
        let mut p = BranchPredictor::new(PredictorKind::Bimodal { entries: 4 });
        for _ in 0..5 {
            p.predict_and_update(0x100, 0x80, true);
        }
        assert!(!p.predict_and_update(0x100, 0x80, false)); // 3 -> 2
        assert!(
            p.predict_and_update(0x100, 0x80, true),
            "still predicts taken"
        );
    }

    #[test]
    fn bimodal_aliasing() {
        // 4 entries indexed by pc bits 1..2: 0x100 and 0x108 share entry 0.
        let mut p = BranchPredictor::new(PredictorKind::Bimodal { entries: 4 });
        p.predict_and_update(0x100, 0x80, true); // entry 0: 1 -> 2
        assert!(
            p.predict_and_update(0x108, 0x200, true),
            "learned from its alias"
        );
        assert!(
            !p.predict_and_update(0x102, 0x200, true),
            "entry 1 is fresh"
        );
    }

    #[test]
    fn static_btfn() {
        let mut p = BranchPredictor::new(PredictorKind::StaticBtfn);
        assert!(p.predict_and_update(0x1000, 0x0ff0, true), "backward taken");
        assert!(!p.predict_and_update(0x1000, 0x0ff0, false));
        assert!(
            p.predict_and_update(0x1000, 0x1010, false),
            "forward not taken"
        );
        assert!(!p.predict_and_update(0x1000, 0x1010, true));
        assert_eq!(p.stats.mispredictions, 2);
    }

    #[test]
    fn reset_forgets() {
        let mut p = BranchPredictor::new(PredictorKind::Bimodal { entries: 8 });
        p.predict_and_update(0x40, 0, true);
        p.predict_and_update(0x40, 0, true);
        p.reset();
        assert!(!p.predict_and_update(0x40, 0, true));
    }
}
