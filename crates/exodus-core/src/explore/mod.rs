//! Search, facets and sorting over a [`Catalog`]: the pure logic of the card
//! views. Called on every keystroke, so it only scans precomputed arrays.

use crate::catalog::{Catalog, FacetValue, Table};
use crate::i18n::M;
use crate::model::PartialDate;
use crate::order::{sort_by_key, Key};
use crate::search::Query;

/// A facet's values with live counts (counted under every other active
/// filter and the query, so a count says what selecting it would give).
#[derive(Debug, Clone, PartialEq)]
pub struct FacetCounts {
    pub facet: Facet,
    pub values: Vec<(FacetValue, usize, bool)>,
}

mod state;
pub use state::*;

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
