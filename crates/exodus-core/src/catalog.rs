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

/// A facet value's label in both languages, from a message.
#[inline(never)]
fn msg(m: M) -> [Rc<str>; 2] {
    [Rc::from(m.t(Lang::En)), Rc::from(m.t(Lang::Zh))]
}

/// A label that reads the same in both languages (a year).
#[inline(never)]
fn plain(label: &str) -> [Rc<str>; 2] {
    let l: Rc<str> = Rc::from(label);
    [l.clone(), l]
}

/// A facet value's label from record text: its Chinese form, or the
/// English where the data has none (a name stays a name).
#[inline(never)]
fn both(t: &Text) -> [Rc<str>; 2] {
    let en: Rc<str> = Rc::from(t.en.as_str());
    let zh = t.zh.as_deref().map_or_else(|| en.clone(), Rc::from);
    [en, zh]
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

/// Insertion sort for the one to three values a record has per facet
/// (a general sort would add another copy of the sort code to the wasm).
fn sort_small(v: &mut [u16]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Builds a facet: distinct values in first-seen order unless `sort` says otherwise.
struct FacetBuilder {
    values: Vec<FacetValue>,
    /// Keys with their value index, sorted by key for binary search.
    index: Vec<(String, u16)>,
}

impl FacetBuilder {
    fn new() -> Self {
        Self {
            values: Vec::new(),
            index: Vec::new(),
        }
    }

    /// The index of the value `key`, adding it (with `label()`) when new.
    /// `label` is a trait object: one copy of this code for every caller.
    fn id(&mut self, key: &str, label: &dyn Fn() -> [Rc<str>; 2]) -> u16 {
        let at = self.index.partition_point(|(k, _)| k.as_str() < key);
        if let Some((k, i)) = self.index.get(at) {
            if k == key {
                return *i;
            }
        }
        let i = self.values.len() as u16;
        self.values.push(FacetValue {
            key: Rc::from(key),
            label: label(),
        });
        self.index.insert(at, (key.to_owned(), i));
        i
    }

    /// Sorts values by `key` and remaps the row indices accordingly.
    fn finish(
        self,
        rows: &mut [Vec<Vec<u16>>],
        facet: usize,
        key: fn(&FacetValue) -> Key,
    ) -> Vec<FacetValue> {
        let idx = order(self.values.iter().map(key).collect());
        let mut remap = vec![0u16; idx.len()];
        for (new, &old) in idx.iter().enumerate() {
            remap[old] = new as u16;
        }
        for row in rows.iter_mut() {
            for v in row[facet].iter_mut() {
                *v = remap[*v as usize];
            }
            sort_small(&mut row[facet]);
            row[facet].dedup();
        }
        let mut values: Vec<Option<FacetValue>> = self.values.into_iter().map(Some).collect();
        idx.iter().filter_map(|&i| values[i].take()).collect()
    }
}

fn text_search(parts: &mut String, t: &Text) {
    parts.push_str(&t.en);
    parts.push('\n');
    if let Some(zh) = &t.zh {
        parts.push_str(zh);
        parts.push('\n');
    }
}

fn by_label(v: &FacetValue) -> Key {
    Key::text(fold(&v.label[0]))
}

/// Newest year first.
fn by_year_desc(v: &FacetValue) -> Key {
    Key::num(-v.key.parse::<i64>().unwrap_or(0))
}

fn yes_no(yes: bool) -> (&'static str, M) {
    if yes {
        ("yes", M::Cofounder)
    } else {
        ("no", M::NotCofounder)
    }
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

    fn build_people_table(&self) -> Table {
        let mut facets: Vec<FacetBuilder> = (0..5).map(|_| FacetBuilder::new()).collect();
        let mut rows = Vec::with_capacity(self.data.people.len());
        let mut search = Vec::with_capacity(self.data.people.len());
        for (p, row) in self.data.people.iter().zip(&self.person_rows) {
            let mut values: Vec<Vec<u16>> = vec![Vec::new(); 5];
            for d in departures(p) {
                if let Some(y) = Some(d.year()) {
                    let key = y.to_string();
                    values[0].push(facets[0].id(&key, &|| plain(&key)));
                }
            }
            for &o in &row.destinations {
                let org = &self.data.organisations[o];
                values[1].push(facets[1].id(&org.id, &|| both(&org.name)));
            }
            for &r in &p.reason_categories {
                values[2].push(facets[2].id(r.key(), &|| msg(r.label())));
            }
            values[3].push(facets[3].id(row.status.key(), &|| msg(row.status.label())));
            let (key, label) = yes_no(p.cofounder);
            values[4].push(facets[4].id(key, &|| msg(label)));
            rows.push(values);

            let mut text = String::new();
            text_search(&mut text, &p.name);
            for r in &p.roles {
                text_search(&mut text, &r.title);
            }
            for &o in &row.destinations {
                text_search(&mut text, &self.data.organisations[o].name);
            }
            for d in &p.destinations {
                if let Some(role) = &d.role {
                    text_search(&mut text, role);
                }
            }
            text_search(&mut text, &p.summary);
            search.push(fold(&text));
        }
        let mut it = facets.into_iter();
        let years = it.next().unwrap().finish(&mut rows, 0, by_year_desc);
        let dests = it.next().unwrap().finish(&mut rows, 1, by_label);
        let reasons = it
            .next()
            .unwrap()
            .finish(&mut rows, 2, |v| Key::text(&*v.key));
        let status = it.next().unwrap().finish(&mut rows, 3, |v| {
            Key::num(
                PersonStatus::ALL
                    .iter()
                    .position(|s| s.key() == &*v.key)
                    .unwrap_or(0) as i64,
            )
        });
        // "yes" before "no".
        let founder = it
            .next()
            .unwrap()
            .finish(&mut rows, 4, |v| Key::num(i64::from(&*v.key != "yes")));
        Table {
            search,
            facet_values: vec![years, dests, reasons, status, founder],
            row_values: rows,
            orders: Default::default(),
        }
    }

    fn build_company_table(&self) -> Table {
        let mut facets: Vec<FacetBuilder> = (0..3).map(|_| FacetBuilder::new()).collect();
        let mut rows = Vec::with_capacity(self.spinouts.len());
        let mut search = Vec::with_capacity(self.spinouts.len());
        for &oi in &self.spinouts {
            let o = &self.data.organisations[oi];
            let mut values: Vec<Vec<u16>> = vec![Vec::new(); 3];
            if let Some(c) = o.category {
                let (key, label) = (c.key(), c.label());
                values[0].push(facets[0].id(key, &|| msg(label)));
            }
            let key = o.status.key();
            values[1].push(facets[1].id(key, &|| msg(o.status.label())));
            if let Some(y) = o.founded.as_ref().map(PartialDate::year) {
                let key = y.to_string();
                values[2].push(facets[2].id(&key, &|| plain(&key)));
            }
            rows.push(values);

            let mut text = String::new();
            text_search(&mut text, &o.name);
            if let Some(s) = &o.sector {
                text_search(&mut text, s);
            }
            for &f in &self.org_rows[oi].founders {
                text_search(&mut text, &self.data.people[f].name);
            }
            text_search(&mut text, &o.summary);
            search.push(fold(&text));
        }
        let mut it = facets.into_iter();
        let sectors = it.next().unwrap().finish(&mut rows, 0, by_label);
        let status = it.next().unwrap().finish(&mut rows, 1, by_label);
        let founded = it.next().unwrap().finish(&mut rows, 2, by_year_desc);
        Table {
            search,
            facet_values: vec![sectors, status, founded],
            row_values: rows,
            orders: Default::default(),
        }
    }

    fn build_overview(&self) -> Overview {
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

    pub fn person_index(&self, id: &str) -> Option<usize> {
        self.person_ids.get(id)
    }

    pub fn org_index(&self, id: &str) -> Option<usize> {
        self.org_ids.get(id)
    }

    pub fn source(&self, id: &str) -> Option<&crate::model::Source> {
        self.source_ids.get(id).map(|i| &self.data.sources[i])
    }

    pub fn claim(&self, id: &str) -> Option<&crate::model::Claim> {
        self.claim_ids.get(id).map(|i| &self.data.claims[i])
    }

    /// Claims about a record, in data order (a scan: detail pages only).
    pub fn claims_about(&self, kind: SubjectKind, id: &str) -> Vec<&crate::model::Claim> {
        self.data
            .claims
            .iter()
            .filter(|c| c.subject.kind == kind && c.subject.id == id)
            .collect()
    }

    pub fn latest_valuation_of(&self, org: usize) -> Option<&Valuation> {
        self.org_rows[org]
            .latest_valuation
            .map(|v| &self.data.organisations[org].valuations[v])
    }

    /// People whose destinations include an organisation, in data order.
    pub fn people_who_went_to(&self, org: usize) -> Vec<usize> {
        (0..self.person_rows.len())
            .filter(|&i| self.person_rows[i].destinations.contains(&org))
            .collect()
    }

    /// Events that involve a person or an organisation, oldest first.
    pub fn events_about(&self, kind: SubjectKind, id: &str) -> Vec<&crate::model::Event> {
        let mut events: Vec<_> = self
            .data
            .events
            .iter()
            .filter(|e| match kind {
                SubjectKind::Person => e.people.iter().any(|p| p == id),
                SubjectKind::Organisation => e.orgs.iter().any(|o| o == id),
                _ => false,
            })
            .collect();
        sort_by_key(&mut events, |e| Key::num(e.date.key_num()));
        events
    }

    /// Organisations a person founded.
    pub fn founded_by(&self, person: usize) -> Vec<usize> {
        (0..self.org_rows.len())
            .filter(|&o| self.org_rows[o].founders.contains(&person))
            .collect()
    }

    /// Figures by id, in data order.
    pub fn figure(&self, id: &str) -> Option<&crate::model::Figure> {
        self.data.figures.iter().find(|f| f.id == id)
    }

    /// Every source a person (`Person`) or organisation (`Organisation`)
    /// cites, by index: the record's own list, then those of its parts
    /// (roles, status changes, destinations, quotes; valuations), then those
    /// of the claims about it. Repeats are removed by [`Catalog::sources_of`].
    pub fn source_ids(&self, kind: SubjectKind, index: usize) -> Vec<&String> {
        let mut ids: Vec<&String> = Vec::new();
        let id = match kind {
            SubjectKind::Person => {
                let p = &self.data.people[index];
                ids.extend(&p.sources);
                ids.extend(p.roles.iter().flat_map(|r| &r.sources));
                ids.extend(p.status_changes.iter().flat_map(|c| &c.sources));
                ids.extend(p.destinations.iter().flat_map(|d| &d.sources));
                ids.extend(p.reasons.iter().map(|q| &q.source));
                &p.id
            }
            _ => {
                let o = &self.data.organisations[index];
                ids.extend(&o.sources);
                ids.extend(o.valuations.iter().flat_map(|v| &v.sources));
                &o.id
            }
        };
        for c in self.claims_about(kind, id) {
            ids.extend(&c.sources);
        }
        ids
    }

    /// Sources sorted for display: by id order of first appearance.
    pub fn sources_of<'a>(
        &'a self,
        ids: impl IntoIterator<Item = &'a String>,
    ) -> Vec<&'a crate::model::Source> {
        let mut out: Vec<&crate::model::Source> = Vec::new();
        for id in ids {
            if let Some(s) = self.source(id) {
                if !out.iter().any(|o| o.id == s.id) {
                    out.push(s);
                }
            }
        }
        out
    }
}
