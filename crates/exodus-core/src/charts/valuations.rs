//! Valuations: the logarithmic axis that fits millions and hundreds of billions on one chart.

// ---------------------------------------------------------------------------
// Valuations

/// A logarithmic axis from one power of ten to another, so that $40M and
/// $965B fit on one chart and equal ratios look equal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogScale {
    lo: f64,
    hi: f64,
    width: f64,
}

fn pow10(e: i32) -> f64 {
    10f64.powi(e)
}

/// The largest `e` with `10^e <= v`, for a positive finite `v` (`log10`
/// alone can be off by one at exact powers).
fn floor_exp(v: f64) -> i32 {
    let mut e = v.log10().floor() as i32;
    while pow10(e) > v {
        e -= 1;
    }
    while pow10(e + 1) <= v {
        e += 1;
    }
    e
}

impl LogScale {
    /// An axis from the power of ten at or below the smallest value to the
    /// power of ten at or above the largest (in either order), at least one
    /// decade wide. `None` unless both are positive and finite: zero and
    /// negative amounts have no place on a log scale, so the caller leaves
    /// them out (and says so) rather than have them drawn at the edge.
    pub fn new(min: f64, max: f64, width: f64) -> Option<Self> {
        let ok = |v: f64| v > 0.0 && v.is_finite();
        if !ok(min) || !ok(max) {
            return None;
        }
        let lo = floor_exp(min.min(max));
        let top = max.max(min);
        let mut hi = floor_exp(top);
        if pow10(hi) < top || hi == lo {
            hi += 1;
        }
        Some(LogScale {
            lo: pow10(lo),
            hi: pow10(hi),
            width,
        })
    }

    /// The axis ends, both powers of ten.
    pub fn domain(&self) -> (f64, f64) {
        (self.lo, self.hi)
    }

    /// The position of an amount, clamped to `0..=width`; an amount that is
    /// not positive is at 0.
    pub fn pos(&self, v: f64) -> f64 {
        if v.is_nan() || v <= 0.0 {
            return 0.0;
        }
        let x = (v / self.lo).log10() / (self.hi / self.lo).log10() * self.width;
        // Not `f64::clamp`: its NaN assertion formats floats, which would
        // link the float formatter (about 10 KB of wasm).
        x.max(0.0).min(self.width)
    }

    /// Every power of ten from end to end, plus 2x and 5x steps when the
    /// axis spans two decades or fewer, ascending.
    pub fn ticks(&self) -> Vec<f64> {
        let (lo, hi) = (floor_exp(self.lo), floor_exp(self.hi));
        let mut ticks = Vec::new();
        for e in lo..=hi {
            let p = pow10(e);
            ticks.push(p);
            if hi - lo <= 2 && e < hi {
                ticks.push(2.0 * p);
                ticks.push(5.0 * p);
            }
        }
        ticks
    }
}
