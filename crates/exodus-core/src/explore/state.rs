//! The view state's parts: the card tabs, the views, facets and their
//! selected values, and sort orders, each with its URL key and label.

use super::*;

crate::vocabulary! {
    /// The two card views.
    pub enum Tab {
        People("people", "people", People),
        Companies("companies", "companies", Companies),
    }
}

/// The views of the app: the card lists (People or Companies, by [`Tab`]),
/// the three charts and the methods page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Cards,
    Timeline,
    Flow,
    Founders,
    /// How the dataset is made and counted.
    Methods,
}

impl View {
    pub const CHARTS: [View; 3] = [View::Timeline, View::Flow, View::Founders];

    pub fn key(self) -> &'static str {
        match self {
            View::Cards => "",
            View::Timeline => "timeline",
            View::Flow => "flow",
            View::Founders => "founders",
            View::Methods => "methods",
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
            View::Founders | View::Methods => &[],
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
