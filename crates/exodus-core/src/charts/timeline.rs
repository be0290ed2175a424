//! The timeline: every dated departure, return, founding, funding round and event, oldest first, and its filters.

use super::*;

// ---------------------------------------------------------------------------
// Timeline

crate::vocabulary! {
    /// What a timeline item marks; the key is its URL filter value.
    pub enum TimelineKind {
        Departure("departure", "departure", TlDeparture),
        Return("return", "return", TlReturn),
        Fired("fired", "fired", StatusFired),
        Leave("leave", "leave", TlLeave),
        CompanyFounded("company_founded", "founded", TlFounded),
        Funding("funding", "funding", TlFunding),
        Lawsuit("lawsuit", "lawsuit", TlLawsuit),
        Governance("governance", "governance", TlGovernance),
        Other("other", "other", TlOther),
    }
}

/// The record a timeline item comes from (indices into the dataset's
/// vectors). For a person the item is one of their status changes and for an
/// organisation its founding or one valuation point: the item's kind and date
/// say which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimelineSubject {
    Person(usize),
    Org(usize),
    Event(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineItem {
    pub date: PartialDate,
    pub kind: TimelineKind,
    pub subject: TimelineSubject,
}

/// Whether a valuation point is a valuation of the company (talks, targets
/// and assets under management are not, as in
/// [`crate::catalog::latest_valuation`]).
fn is_valuation(kind: ValuationKind) -> bool {
    matches!(
        kind,
        ValuationKind::PostMoney | ValuationKind::PreMoney | ValuationKind::Reported
    )
}

fn item(date: &PartialDate, kind: TimelineKind, subject: TimelineSubject) -> TimelineItem {
    TimelineItem {
        date: *date,
        kind,
        subject,
    }
}

/// Everything dated, oldest first (by [`PartialDate::key_num`], stable: on the same
/// date, people come before organisations and organisations before events,
/// each in data order). A person's changes keep their list order, which
/// settles dates of different precision (fired on 17 November 2023, then
/// reinstated in November 2023) as in [`crate::catalog`]. The items are:
///
/// - every status change of every person except joining;
/// - every spinout's founding;
/// - one funding item per organisation and as-of date of its valuation
///   points (a round's pre- and post-money figures are one item), leaving
///   out talks, targets and assets under management, and figures dated
///   only approximately (a report's snapshot, such as the core article's
///   figures of "around August 2024", is not a funding event; those figures
///   stay on the company pages);
/// - every event, unless a record already puts the same fact on the
///   timeline. Records win because each fact is then shown once, and its
///   record can be filtered by person or company:
///   - departure, return, firing and leave events that name people are left
///     out: every such event in the data restates those people's status
///     changes (a test checks it), and an event naming no person is kept;
///   - a company-founded event is left out when one of its organisations is
///     a spinout with a founding date;
///   - a funding event is left out when one of its organisations has a
///     funding item with the same date.
///
///   OpenAI's own founding events count as company foundings; hires,
///   acquisitions, team and research events are `Other`.
pub fn timeline(data: &Dataset) -> Vec<TimelineItem> {
    // Each item with its sort key.
    let mut items: Vec<(i64, TimelineItem)> = Vec::new();
    for (i, p) in data.people.iter().enumerate() {
        let mut key = i64::MIN;
        for c in &p.status_changes {
            key = key.max(c.date.key_num());
            let kind = match c.kind {
                StatusKind::Joined => continue,
                StatusKind::Left | StatusKind::LeftAgain => TimelineKind::Departure,
                StatusKind::Fired => TimelineKind::Fired,
                StatusKind::OnLeave => TimelineKind::Leave,
                StatusKind::Returned => TimelineKind::Return,
            };
            items.push((key, item(&c.date, kind, TimelineSubject::Person(i))));
        }
    }

    let mut founded = vec![false; data.organisations.len()];
    // (organisation, date, valuation) of every valuation point.
    let mut funded: Vec<(usize, i64, usize)> = Vec::new();
    for (o, org) in data.organisations.iter().enumerate() {
        if let (OrgKind::Spinout, Some(d)) = (org.kind, &org.founded) {
            founded[o] = true;
            let it = item(d, TimelineKind::CompanyFounded, TimelineSubject::Org(o));
            items.push((d.key_num(), it));
        }
        for (v, val) in org.valuations.iter().enumerate() {
            match &val.as_of {
                Some(d) if is_valuation(val.kind) && !d.is_approx() => {
                    funded.push((o, d.key_num(), v));
                }
                _ => {}
            }
        }
    }
    // Sorted by organisation and date (stable: the first point of a date
    // stands for its round), one per date, for binary search below.
    sort_by_key(&mut funded, |f| Key {
        rank: f.0 as i64,
        num: f.1,
        text: String::new(),
    });
    funded.dedup_by_key(|f| (f.0, f.1));
    for &(o, _, v) in &funded {
        if let Some(d) = &data.organisations[o].valuations[v].as_of {
            let it = item(d, TimelineKind::Funding, TimelineSubject::Org(o));
            items.push((d.key_num(), it));
        }
    }

    let org_ids = IdIndex::new(data.organisations.iter().map(|o| o.id.as_str()));
    for (e, ev) in data.events.iter().enumerate() {
        let mut orgs = ev.orgs.iter().filter_map(|id| org_ids.get(id));
        let kind = match ev.kind {
            EventKind::Departure | EventKind::Return | EventKind::Firing | EventKind::Leave
                if !ev.people.is_empty() =>
            {
                continue
            }
            EventKind::Departure => TimelineKind::Departure,
            EventKind::Return => TimelineKind::Return,
            EventKind::Firing => TimelineKind::Fired,
            EventKind::Leave => TimelineKind::Leave,
            EventKind::CompanyFounded if orgs.any(|o| founded[o]) => continue,
            EventKind::Founding | EventKind::CompanyFounded => TimelineKind::CompanyFounded,
            EventKind::Funding => {
                let at = ev.date.key_num();
                if orgs.any(|o| {
                    funded
                        .binary_search_by_key(&(o, at), |f| (f.0, f.1))
                        .is_ok()
                }) {
                    continue;
                }
                TimelineKind::Funding
            }
            EventKind::Lawsuit => TimelineKind::Lawsuit,
            EventKind::Governance => TimelineKind::Governance,
            EventKind::Acquisition
            | EventKind::Team
            | EventKind::Research
            | EventKind::Hire
            | EventKind::Product => TimelineKind::Other,
        };
        let it = item(&ev.date, kind, TimelineSubject::Event(e));
        items.push((ev.date.key_num(), it));
    }

    sort_by_key(&mut items, |it| Key::num(it.0));
    items.into_iter().map(|(_, it)| it).collect()
}

/// Runs of items of the same year in a date-sorted list: (year, item
/// indices). Items whose date does not parse belong to no year.
pub fn group_by_year(items: &[TimelineItem]) -> Vec<(i32, Range<usize>)> {
    let mut groups: Vec<(i32, Range<usize>)> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(year) = Some(it.date.year()) else {
            continue;
        };
        match groups.last_mut() {
            Some((y, r)) if *y == year && r.end == i => r.end = i + 1,
            _ => groups.push((year, i..i + 1)),
        }
    }
    groups
}

/// Indices of the items in the years `first..=last` (when given) whose kind
/// is one of `kinds` (any kind when empty).
pub fn filter_timeline(
    items: &[TimelineItem],
    years: Option<(i32, i32)>,
    kinds: &[TimelineKind],
) -> Vec<usize> {
    (0..items.len())
        .filter(|&i| {
            let it = &items[i];
            (kinds.is_empty() || kinds.contains(&it.kind)) && in_years(&it.date, years)
        })
        .collect()
}

pub(crate) fn in_years(d: &PartialDate, years: Option<(i32, i32)>) -> bool {
    match years {
        None => true,
        Some((first, last)) => first <= d.year() && d.year() <= last,
    }
}
