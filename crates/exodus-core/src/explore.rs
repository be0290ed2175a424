//! Search, facets and sorting over a [`Catalog`]: the pure logic of the card
//! views. Called on every keystroke, so it only scans precomputed arrays.

use crate::catalog::{Catalog, FacetValue, Table};
use crate::i18n::M;
use crate::model::PartialDate;
use crate::order::{sort_by_key, Key};
use crate::search::Query;

/// The two card views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tab {
    People,
    Companies,
}

impl Tab {
    pub fn key(self) -> &'static str {
        match self {
            Tab::People => "people",
            Tab::Companies => "companies",
        }
    }
}

/// The views of the app: the card lists (People or Companies, by [`Tab`])
/// and the three charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Cards,
    Timeline,
    Flow,
    Founders,
}

impl View {
    pub const CHARTS: [View; 3] = [View::Timeline, View::Flow, View::Founders];

    pub fn key(self) -> &'static str {
        match self {
            View::Cards => "",
            View::Timeline => "timeline",
            View::Flow => "flow",
            View::Founders => "founders",
        }
    }

    /// Whether the view filters by a range of years.
    pub fn has_years(self) -> bool {
        matches!(self, View::Timeline | View::Flow)
    }
}

/// A facet: its URL key and label. The order of [`Facet::for_tab`] matches
/// the column order of the catalog's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Year,
    Destination,
    Reason,
    Status,
    Cofounder,
    Sector,
    OrgStatus,
    Founded,
    /// The kind of a timeline item (departure, return, funding, ...).
    Kind,
}

impl Facet {
    pub fn for_tab(tab: Tab) -> &'static [Facet] {
        match tab {
            Tab::People => &[
                Facet::Year,
                Facet::Destination,
                Facet::Reason,
                Facet::Status,
                Facet::Cofounder,
            ],
            Tab::Companies => &[Facet::Sector, Facet::OrgStatus, Facet::Founded],
        }
    }

    /// The facets a view filters by: a card list's by its tab.
    pub fn for_view(view: View, tab: Tab) -> &'static [Facet] {
        match view {
            View::Cards => Facet::for_tab(tab),
            View::Timeline => &[Facet::Kind],
            View::Flow => &[Facet::Reason],
            View::Founders => &[],
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Facet::Kind => "kind",
            Facet::Year => "year",
            Facet::Destination => "went-to",
            Facet::Reason => "reason",
            Facet::Status => "status",
            Facet::Cofounder => "cofounder",
            Facet::Sector => "sector",
            Facet::OrgStatus => "company-status",
            Facet::Founded => "founded",
        }
    }

    pub fn from_key(tab: Tab, key: &str) -> Option<Facet> {
        Facet::for_tab(tab).iter().copied().find(|f| f.key() == key)
    }

    pub fn label(self) -> M {
        match self {
            Facet::Year => M::FacetYear,
            Facet::Destination => M::FacetDestination,
            Facet::Reason => M::FacetReason,
            Facet::Status => M::FacetStatus,
            Facet::Cofounder => M::FacetCofounder,
            Facet::Sector => M::FacetSector,
            Facet::OrgStatus => M::FacetOrgStatus,
            Facet::Founded => M::FacetFounded,
            Facet::Kind => M::FacetKind,
        }
    }
}

/// Selected values per facet: OR inside a facet, AND across facets.
///
/// Kept sorted (facets, then values) so equal selections compare equal and
/// encode to the same URL. A small sorted vector rather than a BTreeMap of
/// BTreeSets: it is tiny and costs far less wasm.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters(Vec<(Facet, Vec<String>)>);

impl Filters {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The selected values of a facet, sorted; empty when none.
    pub fn get(&self, facet: Facet) -> &[String] {
        self.0
            .iter()
            .find(|(f, _)| *f == facet)
            .map_or(&[], |(_, v)| v.as_slice())
    }

    pub fn contains(&self, facet: Facet, value: &str) -> bool {
        self.get(facet).iter().any(|v| v == value)
    }

    /// Facets with at least one selected value, in facet order.
    pub fn iter(&self) -> impl Iterator<Item = (Facet, &[String])> {
        self.0.iter().map(|(f, v)| (*f, v.as_slice()))
    }

    /// Selects a value (no effect if already selected).
    pub fn insert(&mut self, facet: Facet, value: String) {
        let at = self.0.partition_point(|(f, _)| *f < facet);
        if self.0.get(at).is_none_or(|(f, _)| *f != facet) {
            self.0.insert(at, (facet, Vec::new()));
        }
        let values = &mut self.0[at].1;
        let pos = values.partition_point(|v| *v < value);
        if values.get(pos) != Some(&value) {
            values.insert(pos, value);
        }
    }

    /// Selects a value, or deselects it if it was selected.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        if self.contains(facet, value) {
            self.retain(|f, v| f != facet || v != value);
        } else {
            self.insert(facet, value.to_owned());
        }
    }

    /// Keeps the selections for which `keep` says true.
    pub fn retain(&mut self, mut keep: impl FnMut(Facet, &str) -> bool) {
        for (f, values) in &mut self.0 {
            values.retain(|v| keep(*f, v));
        }
        self.0.retain(|(_, v)| !v.is_empty());
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sort {
    Newest,
    Oldest,
    Name,
    Valuation,
    FoundedNewest,
}

impl Sort {
    pub fn for_tab(tab: Tab) -> &'static [Sort] {
        match tab {
            Tab::People => &[Sort::Newest, Sort::Oldest, Sort::Name],
            Tab::Companies => &[Sort::Valuation, Sort::FoundedNewest, Sort::Name],
        }
    }

    pub fn default_for(tab: Tab) -> Sort {
        Sort::for_tab(tab)[0]
    }

    pub fn key(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Name => "name",
            Sort::Valuation => "valuation",
            Sort::FoundedNewest => "founded",
        }
    }

    pub fn from_key(tab: Tab, key: &str) -> Option<Sort> {
        Sort::for_tab(tab).iter().copied().find(|s| s.key() == key)
    }

    pub fn label(self) -> M {
        match self {
            Sort::Newest => M::SortNewest,
            Sort::Oldest => M::SortOldest,
            Sort::Name => M::SortName,
            Sort::Valuation => M::SortValuation,
            Sort::FoundedNewest => M::SortFounded,
        }
    }
}

/// A facet's values with live counts (counted under every other active
/// filter and the query, so a count says what selecting it would give).
#[derive(Debug, Clone, PartialEq)]
pub struct FacetCounts {
    pub facet: Facet,
    pub values: Vec<(FacetValue, usize, bool)>,
}

/// The outcome of a query over one tab.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// Row indices into the tab's table, sorted.
    pub rows: Vec<usize>,
    pub facets: std::rc::Rc<Vec<FacetCounts>>,
}

fn table(cat: &Catalog, tab: Tab) -> &Table {
    match tab {
        Tab::People => &cat.people_table,
        Tab::Companies => &cat.company_table,
    }
}

/// Per facet column, the selected value indices (None when nothing selected).
fn selected_ids(t: &Table, tab: Tab, filters: &Filters) -> Vec<Option<Vec<u16>>> {
    Facet::for_tab(tab)
        .iter()
        .enumerate()
        .map(|(col, f)| {
            let chosen = filters.get(*f);
            if chosen.is_empty() {
                return None;
            }
            Some(
                t.facet_values[col]
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| chosen.iter().any(|c| **c == *v.key))
                    .map(|(i, _)| i as u16)
                    .collect(),
            )
        })
        .collect()
}

/// Runs query, filters and sort; returns rows and facet counts. `only`,
/// when given, keeps just the rows marked true (the reader's pins), and the
/// facet counts are counted within them.
pub fn run(
    cat: &Catalog,
    tab: Tab,
    query: &Query,
    filters: &Filters,
    only: Option<&[bool]>,
    sort: Sort,
) -> Results {
    let t = table(cat, tab);
    let selected = selected_ids(t, tab, filters);
    let ncols = selected.len();
    let mut counts: Vec<Vec<usize>> = t.facet_values.iter().map(|v| vec![0; v.len()]).collect();
    let mut pass = vec![false; t.search.len()];
    for (row, hay) in t.search.iter().enumerate() {
        if only.is_some_and(|o| !o.get(row).copied().unwrap_or(false)) || !query.matches(hay) {
            continue;
        }
        let values = &t.row_values[row];
        // Which facets this row fails; a row failing exactly one facet still
        // counts towards that facet's values.
        let mut failed = None;
        let mut failures = 0;
        for col in 0..ncols {
            if let Some(sel) = &selected[col] {
                if !values[col].iter().any(|v| sel.contains(v)) {
                    failures += 1;
                    failed = Some(col);
                }
            }
        }
        match failures {
            0 => {
                pass[row] = true;
                for col in 0..ncols {
                    for &v in &values[col] {
                        counts[col][v as usize] += 1;
                    }
                }
            }
            1 => {
                let col = failed.unwrap_or(0);
                for &v in &values[col] {
                    counts[col][v as usize] += 1;
                }
            }
            _ => {}
        }
    }
    let slot = Sort::for_tab(tab)
        .iter()
        .position(|s| *s == sort)
        .unwrap_or(0);
    let order = t.orders[slot].get_or_init(|| {
        let mut all: Vec<usize> = (0..t.search.len()).collect();
        sort_rows(cat, tab, sort, &mut all);
        all
    });
    let rows: Vec<usize> = order.iter().copied().filter(|&r| pass[r]).collect();
    let facets = Facet::for_tab(tab)
        .iter()
        .enumerate()
        .map(|(col, &facet)| FacetCounts {
            facet,
            values: t.facet_values[col]
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let on = selected[col]
                        .as_ref()
                        .is_some_and(|s| s.contains(&(i as u16)));
                    (v.clone(), counts[col][i], on)
                })
                .collect(),
        })
        .collect();
    Results {
        rows,
        facets: std::rc::Rc::new(facets),
    }
}

/// Sorts table rows in place; ties break by name, so the order is total.
/// Undated records go last in both date orders.
pub fn sort_rows(cat: &Catalog, tab: Tab, sort: Sort, rows: &mut Vec<usize>) {
    let key = |r: usize| -> Key {
        match tab {
            Tab::People => {
                let row = &cat.person_rows[r];
                let dep = row.last_departure.as_ref().map(PartialDate::key_num);
                let text = row.name_key.clone();
                match sort {
                    Sort::Name => Key::text(text),
                    Sort::Oldest => Key {
                        rank: i64::from(dep.is_none()),
                        num: dep.unwrap_or(0),
                        text,
                    },
                    _ => Key {
                        rank: i64::from(dep.is_none()),
                        num: -dep.unwrap_or(0),
                        text,
                    },
                }
            }
            Tab::Companies => {
                let org = cat.spinouts[r];
                let text = cat.org_rows[org].name_key.clone();
                match sort {
                    Sort::Name => Key::text(text),
                    Sort::FoundedNewest => {
                        let founded = cat.data.organisations[org]
                            .founded
                            .as_ref()
                            .map(PartialDate::key_num);
                        Key {
                            rank: i64::from(founded.is_none()),
                            num: -founded.unwrap_or(0),
                            text,
                        }
                    }
                    _ => {
                        // Whole units are exact enough to order valuations.
                        let amount = cat.latest_valuation_of(org).map(|v| v.amount as i64);
                        Key {
                            rank: i64::from(amount.is_none()),
                            num: -amount.unwrap_or(0),
                            text,
                        }
                    }
                }
            }
        }
    };
    sort_by_key(rows, |&r| key(r));
}
