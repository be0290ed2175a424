//! The display-ready index over a validated [`Dataset`], built once at start-up.
//!
//! Everything a keystroke needs is precomputed here: each record's folded
//! search text, its facet values as small integers, its sort keys and its
//! claim markers. Per-keystroke work ([`crate::explore`]) then only scans
//! these arrays.

use std::rc::Rc;

use crate::format::Lang;
use crate::i18n::M;
use crate::ids::IdIndex;
use crate::model::{
    ClaimStatus, Dataset, OrgKind, Organisation, PartialDate, Person, StatusKind, SubjectKind,
    Text, Valuation, ValuationKind,
};
use crate::order::{order, sort_by_key, Key};
use crate::search::fold;

mod lookups;
mod overview;
mod tables;

crate::vocabulary! {
    /// A person's status at OpenAI, from their latest status change.
    pub enum PersonStatus {
        Left("left", "left", StatusLeft),
        Fired("fired", "fired", StatusFired),
        OnLeave("on_leave", "on-leave", StatusOnLeave),
        Returned("returned", "returned", StatusReturned),
        AtOpenAi("at_openai", "at-openai", StatusAtOpenAi),
        Unknown("unknown", "unknown", NotRecorded),
    }
}

/// Whether any claim about a record is disputed or unverified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Markers {
    pub conflicting: bool,
    pub unverified: bool,
}

impl Markers {
    fn add(&mut self, status: ClaimStatus) {
        match status {
            ClaimStatus::Conflicting => self.conflicting = true,
            ClaimStatus::Unverified => self.unverified = true,
            _ => {}
        }
    }
}

/// One value of a facet: its URL key and its label in each language
/// (indexed by [`Lang`] as `usize`). Shared strings: every keystroke copies
/// the values into fresh counts, and a copy should cost a reference count,
/// not an allocation.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetValue {
    pub key: Rc<str>,
    pub label: [Rc<str>; 2],
}

impl FacetValue {
    pub fn label(&self, lang: Lang) -> &str {
        &self.label[lang as usize]
    }
}

/// A searchable, facetable list of records (people or companies).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Per row: the folded text searched by the query.
    pub search: Vec<String>,
    /// Per facet (in [`crate::explore::Facet::for_tab`] order), the facet's
    /// values; per row, the indices of its values.
    pub facet_values: Vec<Vec<FacetValue>>,
    pub row_values: Vec<Vec<Vec<u16>>>,
    /// All rows in each sort order of the tab (by position in
    /// [`crate::explore::Sort::for_tab`]), computed on first use, so a
    /// keystroke filters a ready order instead of sorting.
    pub orders: [std::cell::OnceCell<Vec<usize>>; 3],
}

#[derive(Debug, Clone, PartialEq)]
pub struct PersonRow {
    pub status: PersonStatus,
    pub last_departure: Option<PartialDate>,
    /// Whether that last departure was a firing.
    pub last_departure_fired: bool,
    /// The date of the latest status change (a return, a leave, ...).
    pub status_date: Option<PartialDate>,
    /// The main role: the first listed in the data.
    pub role: Option<Text>,
    /// Organisation indices, in the order the data lists them.
    pub destinations: Vec<usize>,
    pub markers: Markers,
    pub name_key: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrgRow {
    /// Index into the organisation's `valuations`.
    pub latest_valuation: Option<usize>,
    pub founders: Vec<usize>,
    pub markers: Markers,
    pub name_key: String,
}

/// Headline counts computed from the data itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub departures: usize,
    pub spinouts: usize,
    pub original_founders: usize,
    pub founders_remaining: Vec<usize>,
    /// Sum of the spinouts' latest valuations that are neither unverified
    /// nor assets under management, and the range of their as-of dates.
    pub combined_valuation: f64,
    pub combined_count: usize,
    pub valuation_range: Option<(PartialDate, PartialDate)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub data: Dataset,
    pub person_rows: Vec<PersonRow>,
    /// Indices of the spinouts, the records of the Companies view.
    pub spinouts: Vec<usize>,
    pub org_rows: Vec<OrgRow>,
    pub people_table: Table,
    pub company_table: Table,
    pub overview: Overview,
    person_ids: IdIndex,
    org_ids: IdIndex,
    source_ids: IdIndex,
    claim_ids: IdIndex,
}

fn person_status(p: &Person) -> PersonStatus {
    // Status changes are listed in chronological order (the validator checks
    // it); the list order also settles dates of different precision, such as
    // "fired 17 Nov 2023" then "returned Nov 2023".
    match p.status_changes.last().map(|c| c.kind) {
        Some(StatusKind::Joined) => PersonStatus::AtOpenAi,
        Some(StatusKind::Left | StatusKind::LeftAgain) => PersonStatus::Left,
        Some(StatusKind::Fired) => PersonStatus::Fired,
        Some(StatusKind::OnLeave) => PersonStatus::OnLeave,
        Some(StatusKind::Returned) => PersonStatus::Returned,
        // Some people are known to have left (they went somewhere else) but
        // no source dates it: they count as left, without a date.
        None if !p.destinations.is_empty() => PersonStatus::Left,
        None if !p.roles.is_empty() => PersonStatus::AtOpenAi,
        None => PersonStatus::Unknown,
    }
}

/// Departure dates: every leaving or firing.
pub fn departures(p: &Person) -> impl Iterator<Item = &PartialDate> {
    p.status_changes
        .iter()
        .filter(|c| {
            matches!(
                c.kind,
                StatusKind::Left | StatusKind::LeftAgain | StatusKind::Fired
            )
        })
        .map(|c| &c.date)
}

/// The latest valuation of an organisation, by as-of date; on a tie the
/// better-supported figure wins. Talks, targets and assets under management
/// are not valuations of the company and never count as its latest.
pub fn latest_valuation(o: &Organisation) -> Option<usize> {
    o.valuations
        .iter()
        .enumerate()
        .filter(|(_, v)| {
            v.as_of.is_some()
                && matches!(
                    v.kind,
                    ValuationKind::PostMoney | ValuationKind::PreMoney | ValuationKind::Reported
                )
        })
        .max_by(|(_, a), (_, b)| {
            let ka = (
                a.as_of.as_ref().map(PartialDate::key),
                std::cmp::Reverse(a.status),
            );
            let kb = (
                b.as_of.as_ref().map(PartialDate::key),
                std::cmp::Reverse(b.status),
            );
            ka.cmp(&kb)
        })
        .map(|(i, _)| i)
}

impl Catalog {
    /// Builds the index. `data` must have passed validation: references that
    /// do not resolve are skipped rather than trusted.
    pub fn new(data: Dataset) -> Self {
        let person_ids = IdIndex::new(data.people.iter().map(|p| p.id.as_str()));
        let org_ids = IdIndex::new(data.organisations.iter().map(|o| o.id.as_str()));
        let source_ids = IdIndex::new(data.sources.iter().map(|s| s.id.as_str()));
        let claim_ids = IdIndex::new(data.claims.iter().map(|c| c.id.as_str()));

        let person_rows: Vec<PersonRow> = data
            .people
            .iter()
            .map(|p| PersonRow {
                status: person_status(p),
                last_departure: departures(p).last().cloned(),
                last_departure_fired: p
                    .status_changes
                    .iter()
                    .rfind(|c| {
                        matches!(
                            c.kind,
                            StatusKind::Left | StatusKind::LeftAgain | StatusKind::Fired
                        )
                    })
                    .is_some_and(|c| c.kind == StatusKind::Fired),
                status_date: p.status_changes.last().map(|c| c.date),
                role: p.roles.first().map(|r| r.title.clone()),
                destinations: {
                    // A new role at the same organisation is not a new move.
                    let mut orgs: Vec<usize> = p
                        .destinations
                        .iter()
                        .filter_map(|d| org_ids.get(&d.org))
                        .collect();
                    orgs.dedup();
                    orgs
                },
                markers: Markers::default(),
                name_key: fold(&p.name.en),
            })
            .collect();

        let org_rows: Vec<OrgRow> = data
            .organisations
            .iter()
            .map(|o| {
                let mut markers = Markers::default();
                for v in &o.valuations {
                    markers.add(v.status);
                }
                OrgRow {
                    latest_valuation: latest_valuation(o),
                    founders: o
                        .founders
                        .iter()
                        .filter_map(|f| person_ids.get(f))
                        .collect(),
                    markers,
                    name_key: fold(&o.name.en),
                }
            })
            .collect();

        // One pass over the claims marks the records they are about.
        let (mut person_rows, mut org_rows) = (person_rows, org_rows);
        for c in &data.claims {
            let row = match c.subject.kind {
                SubjectKind::Person => person_ids
                    .get(&c.subject.id)
                    .map(|i| &mut person_rows[i].markers),
                SubjectKind::Organisation => {
                    org_ids.get(&c.subject.id).map(|i| &mut org_rows[i].markers)
                }
                _ => None,
            };
            if let Some(m) = row {
                m.add(c.status);
            }
        }

        let spinouts: Vec<usize> = data
            .organisations
            .iter()
            .enumerate()
            .filter(|(_, o)| o.kind == OrgKind::Spinout)
            .map(|(i, _)| i)
            .collect();

        let mut cat = Catalog {
            person_rows,
            spinouts,
            org_rows,
            people_table: Table::default(),
            company_table: Table::default(),
            overview: Overview {
                departures: 0,
                spinouts: 0,
                original_founders: 0,
                founders_remaining: Vec::new(),
                combined_valuation: 0.0,
                combined_count: 0,
                valuation_range: None,
            },
            person_ids,
            org_ids,
            source_ids,
            claim_ids,
            data,
        };
        cat.people_table = cat.build_people_table();
        cat.company_table = cat.build_company_table();
        cat.overview = cat.build_overview();
        cat
    }
}
