//! Fitting a decoded URL to the data: the codec reads any well-formed
//! value, and this drops the filter values and records the catalog does not
//! know, reporting each as a [`UrlIssue`] for the reader's notice.

use crate::catalog::Catalog;
use crate::charts::TimelineKind;
use crate::explore::{Facet, Tab, View};
use crate::model::ReasonCategory;

use super::{UrlIssue, UrlState};

/// Drops filter values and records the catalog does not know.
pub fn sanitize(cat: &Catalog, state: &UrlState) -> (UrlState, Vec<UrlIssue>) {
    let mut issues = Vec::new();
    let mut s = state.clone();
    if s.view != View::Cards {
        // A chart's filters (the methods page has none, so all go).
        // A chart's filters: timeline kinds and reasons.
        s.filters.retain(|facet, v| {
            let known = match facet {
                Facet::Kind => TimelineKind::from_key(v).is_some(),
                Facet::Reason => ReasonCategory::from_key(v).is_some(),
                _ => false,
            };
            if !known {
                issues.push(UrlIssue::UnknownValue {
                    facet: facet.key().into(),
                    value: v.chars().take(40).collect(),
                });
            }
            known
        });
        // A range that ends before it starts keeps its start.
        if let (Some(from), Some(to)) = (s.from, s.to) {
            if from > to {
                issues.push(UrlIssue::UnknownValue {
                    facet: "to".into(),
                    value: to.to_string(),
                });
                s.to = None;
            }
        }
        return (s, issues);
    }
    let table = match s.tab {
        Tab::People => &cat.people_table,
        Tab::Companies => &cat.company_table,
    };
    let facets = Facet::for_tab(s.tab);
    s.filters.retain(|facet, v| {
        let col = facets.iter().position(|f| *f == facet);
        let known = col.is_some_and(|col| table.facet_values[col].iter().any(|fv| &*fv.key == v));
        if !known {
            issues.push(UrlIssue::UnknownValue {
                facet: facet.key().into(),
                value: v.chars().take(40).collect(),
            });
        }
        known
    });
    if let Some(id) = &s.record {
        let known = match s.tab {
            Tab::People => cat.person_index(id).is_some(),
            Tab::Companies => cat.org_index(id).is_some(),
        };
        if !known {
            issues.push(UrlIssue::UnknownRecord(id.chars().take(40).collect()));
            s.record = None;
        }
    }
    (s, issues)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::decode;

    fn catalog() -> Catalog {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
        let texts = crate::data::DataTexts::read(&dir).expect("the fixture is readable");
        Catalog::new(crate::data::load(&texts.files()).expect("the fixture is valid"))
    }

    #[test]
    fn unknown_records_and_values_are_dropped_and_reported() {
        let cat = catalog();
        let (state, _) = decode("#/people/nobody-here?year=1850");
        let (clean, issues) = sanitize(&cat, &state);
        assert_eq!(clean.record, None);
        assert!(clean.filters.is_empty());
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert!(issues.contains(&UrlIssue::UnknownRecord("nobody-here".into())));
    }

    #[test]
    fn known_records_stay() {
        let cat = catalog();
        let id = cat.data.people[0].id.clone();
        let (state, _) = decode(&format!("#/people/{id}"));
        let (clean, issues) = sanitize(&cat, &state);
        assert_eq!(clean.record, Some(id));
        assert!(issues.is_empty());
    }

    #[test]
    fn a_reversed_year_range_keeps_its_start() {
        let cat = catalog();
        let (state, _) = decode("#/timeline?from=2024&to=2020&kind=nonsense");
        let (clean, issues) = sanitize(&cat, &state);
        assert_eq!((clean.from, clean.to), (Some(2024), None));
        assert!(clean.filters.is_empty());
        assert_eq!(issues.len(), 2, "{issues:?}");
    }
}
