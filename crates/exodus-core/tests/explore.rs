//! Native tests of the catalog and the explorer logic: search over people and
//! companies (English and Chinese), facet counts under other filters, sorting,
//! and the overview counts.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use exodus_core::catalog::{Catalog, PersonStatus};
use exodus_core::explore::{run, Facet, Filters, Sort, Tab};
use exodus_core::model::*;
use exodus_core::search::Query;

fn date(s: &str) -> PartialDate {
    s.parse().expect("a date")
}

fn src() -> Vec<String> {
    vec!["s".into()]
}

fn person(
    id: &str,
    name: &str,
    zh: Option<&str>,
    changes: &[(StatusKind, &str)],
    dest: &[&str],
    reasons: &[ReasonCategory],
) -> Person {
    Person {
        id: id.into(),
        name: Text {
            en: name.into(),
            zh: zh.map(Into::into),
        },
        roles: vec![Role {
            title: Text {
                en: "Researcher".into(),
                zh: Some("研究員".into()),
            },
            from: None,
            to: None,
            sources: src(),
        }],
        cofounder: id == "a",
        status_changes: changes
            .iter()
            .map(|(k, d)| StatusChange {
                kind: *k,
                date: date(d),
                note: None,
                sources: src(),
            })
            .collect(),
        destinations: dest
            .iter()
            .map(|o| Destination {
                org: (*o).into(),
                role: None,
                date: None,
                sources: src(),
            })
            .collect(),
        reasons: vec![],
        reason_categories: reasons.to_vec(),
        summary: Text {
            en: format!("{name} summary"),
            zh: Some("摘要".into()),
        },
        sources: src(),
    }
}

fn org(
    id: &str,
    name: &str,
    kind: OrgKind,
    founded: &str,
    sector: &str,
    valuations: &[(f64, &str, ClaimStatus)],
    founders: &[&str],
) -> Organisation {
    Organisation {
        id: id.into(),
        name: Text {
            en: name.into(),
            zh: None,
        },
        kind,
        founders: founders.iter().map(|f| (*f).into()).collect(),
        founded: Some(date(founded)),
        sector: Some(Text {
            en: sector.into(),
            zh: Some("領域".into()),
        }),
        category: match sector {
            "Robotics" => Some(SectorCategory::Robotics),
            "Frontier AI" => Some(SectorCategory::FrontierModels),
            _ => None,
        },
        headquarters: None,
        status: OrgStatus::Independent,
        status_note: None,
        valuations: valuations
            .iter()
            .map(|(a, d, s)| Valuation {
                amount: *a,
                currency: "USD".into(),
                as_of: Some(date(d)),
                kind: ValuationKind::PostMoney,
                status: *s,
                sources: src(),
                claim: None,
                note: None,
            })
            .collect(),
        website: None,
        summary: Text {
            en: format!("{name} summary"),
            zh: Some("摘要".into()),
        },
        sources: src(),
    }
}

fn catalog() -> Catalog {
    use ClaimStatus::*;
    use StatusKind::*;
    let people = vec![
        person(
            "a",
            "Ada Ångström",
            None,
            &[(Joined, "2015"), (Left, "2024-05-14")],
            &["lab"],
            &[ReasonCategory::SafetyConcerns],
        ),
        person(
            "b",
            "Bo Chen",
            Some("陳博"),
            &[(Left, "2020")],
            &["lab", "big"],
            &[ReasonCategory::FoundingCompany],
        ),
        person(
            "c",
            "Cy Doe",
            None,
            &[(Left, "2024-09"), (Returned, "2026-01")],
            &["big"],
            &[ReasonCategory::HiredAway],
        ),
        person(
            "d",
            "Di Eve",
            None,
            &[(Fired, "2024-04")],
            &[],
            &[ReasonCategory::Fired, ReasonCategory::SafetyConcerns],
        ),
        person("e", "Ed Fox", None, &[], &[], &[]),
    ];
    let organisations = vec![
        org(
            "lab",
            "Lab",
            OrgKind::Spinout,
            "2021",
            "Frontier AI",
            &[
                (4e9, "2023-03", Confirmed),
                (18e9, "2024-08", Unverified),
                (61e9, "2025", Confirmed),
            ],
            &["a", "b"],
        ),
        org(
            "tiny",
            "Tiny",
            OrgKind::Spinout,
            "2024-06",
            "Robotics",
            &[(40e6, "2024-08", Unverified)],
            &["d"],
        ),
        org(
            "big",
            "Big Co",
            OrgKind::Destination,
            "1998",
            "Retail",
            &[],
            &[],
        ),
    ];
    let data = Dataset {
        people,
        organisations,
        events: vec![],
        sources: vec![],
        claims: vec![Claim {
            id: "c1".into(),
            subject: Subject {
                kind: SubjectKind::Person,
                id: "b".into(),
            },
            field: "left_date".into(),
            value: Text {
                en: "2020".into(),
                zh: Some("2020年".into()),
            },
            status: Conflicting,
            sources: src(),
            conflicts_with: vec![],
            note: None,
        }],
        figures: vec![],
        waves: vec![],
    };
    Catalog::new(data)
}

fn names(cat: &Catalog, tab: Tab, rows: &[usize]) -> Vec<String> {
    rows.iter()
        .map(|&r| match tab {
            Tab::People => cat.data.people[r].id.clone(),
            Tab::Companies => cat.data.organisations[cat.spinouts[r]].id.clone(),
        })
        .collect()
}

fn filters(pairs: &[(Facet, &[&str])]) -> Filters {
    let mut f = Filters::new();
    for (facet, values) in pairs {
        for v in *values {
            f.insert(*facet, v.to_string());
        }
    }
    f
}

fn count(res: &exodus_core::explore::Results, facet: Facet, key: &str) -> usize {
    res.facets
        .iter()
        .find(|f| f.facet == facet)
        .and_then(|f| f.values.iter().find(|(v, _, _)| &*v.key == key))
        .map(|(_, n, _)| *n)
        .unwrap_or(0)
}

#[test]
fn search_matches_names_accents_chinese_orgs_and_roles() {
    let cat = catalog();
    let cases: &[(&str, &[&str])] = &[
        ("angstrom", &["a"]),
        ("ÅNGSTRÖM", &["a"]),
        ("陳博", &["b"]),
        ("big co", &["b", "c"]),
        ("研究員", &["c", "d", "a", "b", "e"]),
        ("nobody", &[]),
    ];
    for (q, want) in cases {
        let res = run(
            &cat,
            Tab::People,
            &Query::parse(q),
            &Filters::new(),
            None,
            Sort::Newest,
        );
        let got = names(&cat, Tab::People, &res.rows);
        let mut got_sorted = got.clone();
        got_sorted.sort();
        let mut want_sorted: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want_sorted.sort();
        assert_eq!(got_sorted, want_sorted, "query {q:?}");
    }
}

#[test]
fn facet_counts_reflect_the_other_filters() {
    let cat = catalog();
    let q = Query::default();
    let res = run(&cat, Tab::People, &q, &Filters::new(), None, Sort::Newest);
    assert_eq!(count(&res, Facet::Year, "2024"), 3);
    assert_eq!(count(&res, Facet::Year, "2020"), 1);
    assert_eq!(count(&res, Facet::Destination, "lab"), 2);
    assert_eq!(count(&res, Facet::Reason, "safety"), 2);
    assert_eq!(count(&res, Facet::Status, "returned"), 1);
    assert_eq!(count(&res, Facet::Status, "unknown"), 0);
    assert_eq!(count(&res, Facet::Status, "at-openai"), 1);

    // Selecting a year narrows the other facets' counts, not its own.
    let f = filters(&[(Facet::Year, &["2024"])]);
    let res = run(&cat, Tab::People, &q, &f, None, Sort::Newest);
    assert_eq!(names(&cat, Tab::People, &res.rows), vec!["c", "a", "d"]);
    assert_eq!(
        count(&res, Facet::Year, "2020"),
        1,
        "own facet keeps its counts"
    );
    assert_eq!(count(&res, Facet::Destination, "lab"), 1);
    assert_eq!(count(&res, Facet::Destination, "big"), 1);

    // OR inside a facet, AND across facets.
    let f = filters(&[
        (Facet::Year, &["2024", "2020"]),
        (Facet::Destination, &["lab"]),
    ]);
    let res = run(&cat, Tab::People, &q, &f, None, Sort::Name);
    assert_eq!(names(&cat, Tab::People, &res.rows), vec!["a", "b"]);
    let f = filters(&[(Facet::Reason, &["safety"]), (Facet::Status, &["fired"])]);
    let res = run(&cat, Tab::People, &q, &f, None, Sort::Name);
    assert_eq!(names(&cat, Tab::People, &res.rows), vec!["d"]);
    assert!(res
        .facets
        .iter()
        .any(|f| f.values.iter().any(|(v, _, on)| &*v.key == "fired" && *on)));
}

#[test]
fn people_sort_by_departure_and_name() {
    let cat = catalog();
    let q = Query::default();
    let none = Filters::new();
    let newest = run(&cat, Tab::People, &q, &none, None, Sort::Newest);
    assert_eq!(
        names(&cat, Tab::People, &newest.rows),
        vec!["c", "a", "d", "b", "e"]
    );
    let oldest = run(&cat, Tab::People, &q, &none, None, Sort::Oldest);
    assert_eq!(
        names(&cat, Tab::People, &oldest.rows),
        vec!["b", "d", "a", "c", "e"]
    );
    let by_name = run(&cat, Tab::People, &q, &none, None, Sort::Name);
    assert_eq!(
        names(&cat, Tab::People, &by_name.rows),
        vec!["a", "b", "c", "d", "e"]
    );
}

#[test]
fn companies_are_spinouts_sorted_by_latest_valuation() {
    let cat = catalog();
    let q = Query::default();
    let none = Filters::new();
    let res = run(&cat, Tab::Companies, &q, &none, None, Sort::Valuation);
    assert_eq!(names(&cat, Tab::Companies, &res.rows), vec!["lab", "tiny"]);
    let latest = cat
        .latest_valuation_of(cat.org_index("lab").unwrap())
        .unwrap();
    assert_eq!(
        latest.amount, 61e9,
        "the 2025 figure, not the article's 2024 one"
    );
    let res = run(&cat, Tab::Companies, &q, &none, None, Sort::FoundedNewest);
    assert_eq!(names(&cat, Tab::Companies, &res.rows), vec!["tiny", "lab"]);
    let res = run(
        &cat,
        Tab::Companies,
        &Query::parse("ada"),
        &none,
        None,
        Sort::Name,
    );
    assert_eq!(
        names(&cat, Tab::Companies, &res.rows),
        vec!["lab"],
        "founder names are searchable"
    );
    let f = filters(&[(Facet::Sector, &["robotics"])]);
    let res = run(&cat, Tab::Companies, &q, &f, None, Sort::Name);
    assert_eq!(names(&cat, Tab::Companies, &res.rows), vec!["tiny"]);
}

#[test]
fn overview_and_markers() {
    let cat = catalog();
    let ov = &cat.overview;
    assert_eq!(ov.departures, 4);
    assert_eq!(ov.spinouts, 2);
    assert_eq!(ov.original_founders, 1);
    assert!(ov.founders_remaining.is_empty());
    // Unverified figures are left out of the combined valuation.
    assert_eq!(ov.combined_valuation, 61e9);
    assert_eq!(ov.combined_count, 1);
    assert_eq!(
        cat.person_rows[cat.person_index("c").unwrap()].status,
        PersonStatus::Returned
    );
    assert!(
        cat.person_rows[cat.person_index("b").unwrap()]
            .markers
            .conflicting
    );
    assert!(
        cat.org_rows[cat.org_index("tiny").unwrap()]
            .markers
            .unverified
    );
    assert_eq!(
        cat.people_who_went_to(cat.org_index("big").unwrap()).len(),
        2
    );
}

#[test]
fn the_shipped_dataset_builds_a_catalog() {
    let data = common::shipped();
    let cat = Catalog::new(data);
    assert!(cat.data.people.len() >= 45);
    assert!(cat.spinouts.len() >= 10);
    let res = run(
        &cat,
        Tab::People,
        &Query::parse("schulman"),
        &Filters::new(),
        None,
        Sort::Newest,
    );
    assert!(!res.rows.is_empty());
}

#[test]
fn pinned_rows_narrow_results_and_counts() {
    let cat = catalog();
    let q = Query::default();
    let all = run(&cat, Tab::People, &q, &Filters::new(), None, Sort::Name);
    let mut only = vec![false; cat.data.people.len()];
    only[all.rows[0]] = true;
    only[all.rows[2]] = true;
    let pinned = run(
        &cat,
        Tab::People,
        &q,
        &Filters::new(),
        Some(&only),
        Sort::Name,
    );
    assert_eq!(pinned.rows, vec![all.rows[0], all.rows[2]]);
    let total: usize = pinned.facets[3].values.iter().map(|(_, n, _)| n).sum();
    assert_eq!(total, 2, "status counts cover the pinned rows only");
}

#[test]
fn every_shipped_claim_field_has_a_chinese_name() {
    let data = common::shipped();
    let missing: Vec<&str> = data
        .claims
        .iter()
        .map(|c| c.field.as_str())
        .filter(|f| !exodus_core::i18n::field_has_zh(f))
        .collect();
    assert!(
        missing.is_empty(),
        "claim fields without a Chinese name: {missing:?}"
    );
}

#[test]
fn exports_carry_every_record_of_the_view_with_citations() {
    use exodus_core::export::{companies, people, to_csv, Cell};
    let cat = Catalog::new(common::shipped());
    let res = run(
        &cat,
        Tab::People,
        &Query::parse("anthropic"),
        &Filters::new(),
        None,
        Sort::Name,
    );
    let link = |id: &str| format!("https://example.org/#/people/{id}");
    let t = people(&cat, &res.rows, &link);
    assert_eq!(t.rows.len(), res.rows.len());
    for (row, &i) in t.rows.iter().zip(&res.rows) {
        assert_eq!(row[0], Cell::Text(cat.data.people[i].id.clone()));
        let Cell::List(cites) = &row[t.columns.len() - 1] else {
            panic!("citations are a list")
        };
        assert!(
            !cites.is_empty(),
            "{} has no citations",
            cat.data.people[i].id
        );
        assert!(cites
            .iter()
            .all(|c| c.starts_with("https://") || !c.contains("://")));
    }
    // One CSV line per record plus the header (no field here holds a newline).
    let csv = to_csv(&t, "1.2.3");
    assert_eq!(csv.matches("\r\n").count(), res.rows.len() + 1);

    let all: Vec<usize> = cat.spinouts.clone();
    let t = companies(&cat, &all, &link);
    let anthropic = t
        .rows
        .iter()
        .find(|r| r[0] == Cell::Text("anthropic".into()))
        .expect("Anthropic is a spinout");
    assert_eq!(
        anthropic[t
            .columns
            .iter()
            .position(|c| *c == "valuation_currency")
            .unwrap()],
        Cell::Text("USD".into())
    );
}
