//! The headline figures of the overview: departures, spinouts, founders and
//! the combined valuation, counted once at start-up.

use super::*;

impl Catalog {
    pub(super) fn build_overview(&self) -> Overview {
        let departures = self
            .data
            .people
            .iter()
            .zip(&self.person_rows)
            .filter(|(p, row)| departures(p).next().is_some() || row.status == PersonStatus::Left)
            .count();
        let founders: Vec<usize> = (0..self.data.people.len())
            .filter(|&i| self.data.people[i].cofounder)
            .collect();
        let founders_remaining = founders
            .iter()
            .copied()
            .filter(|&i| {
                matches!(
                    self.person_rows[i].status,
                    PersonStatus::AtOpenAi | PersonStatus::Returned | PersonStatus::OnLeave
                )
            })
            .collect();
        let mut combined = 0.0;
        let mut count = 0;
        let mut range: Option<(PartialDate, PartialDate)> = None;
        for &oi in &self.spinouts {
            let Some(v) = self.latest_valuation_of(oi) else {
                continue;
            };
            if v.status == ClaimStatus::Unverified
                || v.kind == ValuationKind::AssetsUnderManagement
                || v.currency != "USD"
            {
                continue;
            }
            let Some(as_of) = v.as_of else {
                continue;
            };
            combined += v.amount;
            count += 1;
            range = Some(match range {
                None => (as_of, as_of),
                Some((lo, hi)) => {
                    let lo = if as_of.key() < lo.key() { as_of } else { lo };
                    let hi = if as_of.key() > hi.key() { as_of } else { hi };
                    (lo, hi)
                }
            });
        }
        Overview {
            departures,
            spinouts: self.spinouts.len(),
            original_founders: founders.len(),
            founders_remaining,
            combined_valuation: combined,
            combined_count: count,
            valuation_range: range,
        }
    }
}
