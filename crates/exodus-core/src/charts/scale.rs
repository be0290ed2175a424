//! The time axis: whole years counted in months, dates placed at their precision.

use super::*;

// ---------------------------------------------------------------------------
// Time scale

/// A linear time axis over whole years, counted in months
/// (month index = `year * 12 + month - 1`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// Month index of the left edge (a January).
    start_month: i32,
    /// Month index just past the right edge (the January after the last year).
    end_month: i32,
    width: f64,
}

impl TimeScale {
    /// An axis from the start of `first`'s year to the end of `last`'s year
    /// (in either order).
    pub fn new(first: &PartialDate, last: &PartialDate, width: f64) -> Self {
        Self::years(first.year(), last.year(), width)
    }

    /// An axis from 1 January of `first` to 31 December of `last`.
    pub fn years(first: i32, last: i32, width: f64) -> Self {
        TimeScale {
            start_month: first.min(last).saturating_mul(12),
            end_month: first.max(last).saturating_add(1).saturating_mul(12),
            width,
        }
    }

    pub fn width(&self) -> f64 {
        self.width
    }

    /// The x of a point in time, in months (fractions are within a month).
    fn x(&self, months: f64) -> f64 {
        let len = f64::from(self.end_month) - f64::from(self.start_month);
        (months - f64::from(self.start_month)) / len * self.width
    }

    /// Where a date lies: its whole year for a year, its whole month for a
    /// month, one point (`x0 == x1`, at the day's place in its month) for a
    /// day. `None` when the date falls outside the axis.
    pub fn span(&self, d: &PartialDate) -> Option<(f64, f64)> {
        let first = d.year().checked_mul(12)?;
        if first < self.start_month || first >= self.end_month {
            return None;
        }
        let first = f64::from(first);
        // A month is a fixed width on the axis (month lines stay evenly
        // spaced); a day is placed by its share of its month's days.
        Some(match (d.month(), d.day()) {
            (None, _) => (self.x(first), self.x(first + 12.0)),
            (Some(m), None) => {
                let m = first + f64::from(m - 1);
                (self.x(m), self.x(m + 1.0))
            }
            (Some(m), Some(day)) => {
                let month = PartialDate::ym(d.year(), m).map_or(31, |mm| mm.days());
                let frac = f64::from(day - 1) / month as f64;
                let x = self.x(first + f64::from(m - 1) + frac);
                (x, x)
            }
        })
    }

    /// Each year on the axis with the x of its 1 January (the right edge,
    /// the end of the last year, is `width`).
    pub fn year_ticks(&self) -> Vec<(i32, f64)> {
        (self.start_month / 12..self.end_month / 12)
            .map(|y| (y, self.x(f64::from(y) * 12.0)))
            .collect()
    }
}
