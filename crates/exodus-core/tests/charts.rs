//! Native tests of the chart layouts: the time scale at each date
//! precision, the timeline's items and its dedup of events against records,
//! the flow's paths (second hops, returns), bands and their layout, the
//! founders' segments and the valuations' log scale. Hand-made datasets pin
//! the rules; the shipped dataset checks that the waves of the exodus show.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use exodus_core::catalog::Catalog;
use exodus_core::charts::*;
use exodus_core::ids::IdIndex;
use exodus_core::model::{
    Dataset, Destination, Event, EventKind, OrgKind, OrgStatus, Organisation, PartialDate, Person,
    Precision, ReasonCategory, StatusChange, StatusKind, Text, Valuation, ValuationKind,
};
use proptest::prelude::*;

// ---------------------------------------------------------------------------
// Builders

/// A date at the precision its text shows: "2024", "2024-05", "2024-05-14".
fn date(s: &str) -> PartialDate {
    s.parse().expect("a date")
}

fn text(s: &str) -> Text {
    Text {
        en: s.into(),
        zh: None,
    }
}

fn person(
    id: &str,
    changes: &[(StatusKind, &str)],
    dests: &[(&str, Option<&str>)],
    reasons: &[ReasonCategory],
) -> Person {
    Person {
        id: id.into(),
        name: text(id),
        roles: vec![],
        cofounder: false,
        status_changes: changes
            .iter()
            .map(|(kind, d)| StatusChange {
                kind: *kind,
                date: date(d),
                note: None,
                sources: vec![],
            })
            .collect(),
        destinations: dests
            .iter()
            .map(|(org, d)| Destination {
                org: (*org).into(),
                role: None,
                date: d.map(date),
                sources: vec![],
            })
            .collect(),
        reasons: vec![],
        reason_categories: reasons.to_vec(),
        summary: text(""),
        sources: vec![],
    }
}

fn org(
    id: &str,
    name: &str,
    kind: OrgKind,
    founded: Option<&str>,
    valuations: &[(f64, &str, ValuationKind)],
) -> Organisation {
    Organisation {
        id: id.into(),
        name: text(name),
        kind,
        founders: vec![],
        founded: founded.map(date),
        sector: None,
        category: None,
        headquarters: None,
        status: OrgStatus::Independent,
        status_note: None,
        valuations: valuations
            .iter()
            .map(|(amount, d, kind)| Valuation {
                amount: *amount,
                currency: "USD".into(),
                as_of: Some(date(d)),
                kind: *kind,
                status: exodus_core::model::ClaimStatus::Confirmed,
                sources: vec![],
                claim: None,
                note: None,
            })
            .collect(),
        website: None,
        summary: text(""),
        sources: vec![],
    }
}

fn event(id: &str, kind: EventKind, d: &str, people: &[&str], orgs: &[&str]) -> Event {
    Event {
        id: id.into(),
        date: date(d),
        kind,
        title: text(id),
        summary: None,
        people: people.iter().map(|p| (*p).into()).collect(),
        orgs: orgs.iter().map(|o| (*o).into()).collect(),
        sources: vec![],
    }
}

fn dataset(people: Vec<Person>, organisations: Vec<Organisation>, events: Vec<Event>) -> Dataset {
    Dataset {
        people,
        organisations,
        events,
        ..Dataset::default()
    }
}

fn shipped() -> Dataset {
    common::shipped()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// ---------------------------------------------------------------------------
// Time scale

#[test]
fn spans_follow_the_precision_of_each_date() {
    // Two years over 240 units: 10 units a month.
    let scale = TimeScale::years(2020, 2021, 240.0);
    let cases: &[(&str, Option<(f64, f64)>)] = &[
        ("2020", Some((0.0, 120.0))),
        ("2021", Some((120.0, 240.0))),
        ("2020-03", Some((20.0, 30.0))),
        ("2021-12", Some((230.0, 240.0))),
        // Day 16 of a 30-day month is half way through it.
        ("2020-04-16", Some((35.0, 35.0))),
        ("2021-02-15", Some((135.0, 135.0))),
        ("2020-01-01", Some((0.0, 0.0))),
        ("2019-12-31", None),
        ("2022", None),
    ];
    for (d, want) in cases {
        assert_eq!(scale.span(&date(d)), *want, "{d}");
    }
    // Dates that do not parse, or disagree with their precision, never
    // reach the scale: they fail when the data loads.
    assert!(PartialDate::parse("May 2020", Precision::Month, false).is_err());
    assert!(PartialDate::parse("2020-03-16", Precision::Month, false).is_err());
    // The last day of a month lies just before the next month.
    let (x, _) = scale.span(&date("2020-02-29")).unwrap();
    assert!(close(x, 10.0 + 280.0 / 29.0), "{x}");
}

#[test]
fn scale_covers_whole_years_in_either_order() {
    let scale = TimeScale::new(&date("2021-06-03"), &date("2020-02"), 240.0);
    assert_eq!(scale, TimeScale::years(2020, 2021, 240.0));
    assert_eq!(scale.year_ticks(), vec![(2020, 0.0), (2021, 120.0)]);
    assert_eq!(
        TimeScale::years(2015, 2026, 1200.0).year_ticks().len(),
        12,
        "one tick per year, 2015 to 2026"
    );
    assert!(PartialDate::parse("soon", Precision::Year, false).is_err());
}

fn any_date() -> impl Strategy<Value = PartialDate> {
    (2000i32..=2030, 1u32..=12, 1u32..=31, 0u8..3).prop_filter_map(
        "a calendar day",
        |(y, m, d, p)| match p {
            0 => PartialDate::y(y),
            1 => PartialDate::ym(y, m),
            _ => PartialDate::ymd(y, m, d),
        },
    )
}

proptest! {
    #[test]
    fn spans_lie_inside_the_axis_in_date_order(
        a in any_date(),
        b in any_date(),
        width in 1.0f64..5000.0,
    ) {
        let scale = TimeScale::years(2000, 2030, width);
        let (a0, a1) = scale.span(&a).expect("inside the axis");
        let (b0, b1) = scale.span(&b).expect("inside the axis");
        prop_assert!(0.0 <= a0 && a0 <= a1 && a1 <= width);
        prop_assert!(0.0 <= b0 && b0 <= b1 && b1 <= width);
        if a.key() <= b.key() {
            prop_assert!(a0 <= b0, "{a:?} starts after {b:?}");
        }
    }

    #[test]
    fn a_day_lies_in_its_month_and_a_month_in_its_year(y in 2000i32..=2030, m in 1u32..=12, d in 1u32..=31) {
        let scale = TimeScale::years(2000, 2030, 3000.0);
        let (y0, y1) = scale.span(&date(&format!("{y}"))).unwrap();
        let (m0, m1) = scale.span(&date(&format!("{y}-{m:02}"))).unwrap();
        let Some(day) = PartialDate::ymd(y, m, d) else {
            // 31 April and the like are not days.
            return Ok(());
        };
        let (d0, d1) = scale.span(&day).unwrap();
        prop_assert!(y0 <= m0 && m1 <= y1 + 1e-9);
        prop_assert!(m0 <= d0 && d1 < m1);
        // 31 years over 3000 units.
        prop_assert!(close(y1 - y0, 3000.0 / 31.0));
    }
}

// ---------------------------------------------------------------------------
// Timeline

/// People, companies and events covering every rule of [`timeline`].
fn timeline_data() -> Dataset {
    use StatusKind::*;
    use ValuationKind::*;
    let people = vec![
        person("a", &[(Joined, "2015"), (Left, "2024-05-14")], &[], &[]),
        person(
            "b",
            &[(Fired, "2023-11-17"), (Returned, "2023-11")],
            &[],
            &[],
        ),
        person(
            "c",
            &[(OnLeave, "2024-08"), (Returned, "2024-11-12")],
            &[],
            &[],
        ),
        person(
            "d",
            &[
                (Left, "2017-06"),
                (Returned, "2023-02"),
                (LeftAgain, "2024-02"),
            ],
            &[],
            &[],
        ),
    ];
    let organisations = vec![
        org(
            "openai",
            "OpenAI",
            OrgKind::Destination,
            Some("2015-12"),
            &[(157e9, "2024-10-02", Reported)],
        ),
        org(
            "lab",
            "Lab",
            OrgKind::Spinout,
            Some("2021"),
            &[
                (4e9, "2023-03", Reported),
                (10e9, "2025-07", PreMoney),
                (12e9, "2025-07", PostMoney),
                (50e9, "2026-01", Talks),
            ],
        ),
        org("big", "Big", OrgKind::Destination, None, &[]),
        org(
            "fund",
            "Fund",
            OrgKind::Spinout,
            None,
            &[(1.5e9, "2025-10", AssetsUnderManagement)],
        ),
    ];
    let events = vec![
        event(
            "e0",
            EventKind::Departure,
            "2024-05-14",
            &["a"],
            &["openai"],
        ),
        event("e1", EventKind::Departure, "2019", &[], &["openai"]),
        event("e2", EventKind::CompanyFounded, "2021", &["a"], &["lab"]),
        event("e3", EventKind::CompanyFounded, "2022", &[], &["big"]),
        event("e4", EventKind::Funding, "2025-07", &[], &["lab"]),
        event("e5", EventKind::Funding, "2021-05", &[], &["lab"]),
        event("e6", EventKind::Lawsuit, "2024-02", &[], &["openai"]),
        event("e7", EventKind::Governance, "2024-05-18", &[], &["openai"]),
        event("e8", EventKind::Hire, "2024-05-28", &["a"], &["lab"]),
        event("e9", EventKind::Founding, "2015-12", &[], &["openai"]),
        event("e10", EventKind::Firing, "2023-11-17", &["b"], &["openai"]),
        event("e11", EventKind::Funding, "2024-10-02", &[], &["openai"]),
    ];
    dataset(people, organisations, events)
}

fn describe(data: &Dataset, it: &TimelineItem) -> String {
    let subject = match it.subject {
        TimelineSubject::Person(i) => format!("person {}", data.people[i].id),
        TimelineSubject::Org(o) => format!("org {}", data.organisations[o].id),
        TimelineSubject::Event(e) => format!("event {}", data.events[e].id),
    };
    format!("{} {} {subject}", it.date, it.kind.key())
}

#[test]
fn timeline_gathers_records_and_only_the_events_they_do_not_restate() {
    let data = timeline_data();
    let items = timeline(&data);
    let got: Vec<String> = items.iter().map(|it| describe(&data, it)).collect();
    let want = [
        "2015-12 founded event e9",
        "2017-06 departure person d",
        "2019 departure event e1",
        "2021 founded org lab",
        "2021-05 funding event e5",
        "2022 founded event e3",
        "2023-02 return person d",
        "2023-03 funding org lab",
        // The list order of b's changes wins over "November" sorting first.
        "2023-11-17 fired person b",
        "2023-11 return person b",
        "2024-02 departure person d",
        "2024-02 lawsuit event e6",
        "2024-05-14 departure person a",
        "2024-05-18 governance event e7",
        "2024-05-28 other event e8",
        "2024-08 leave person c",
        "2024-10-02 funding org openai",
        "2024-11-12 return person c",
        // One item for the round's pre- and post-money figures; talks and
        // assets under management are not valuations.
        "2025-07 funding org lab",
    ];
    assert_eq!(got, want);
}

#[test]
fn timeline_groups_and_filters() {
    let data = timeline_data();
    let items = timeline(&data);
    assert_eq!(
        group_by_year(&items),
        vec![
            (2015, 0..1),
            (2017, 1..2),
            (2019, 2..3),
            (2021, 3..5),
            (2022, 5..6),
            (2023, 6..10),
            (2024, 10..18),
            (2025, 18..19),
        ]
    );
    type Case<'a> = (Option<(i32, i32)>, &'a [TimelineKind], &'a [usize]);
    let cases: &[Case] = &[
        (Some((2023, 2024)), &[TimelineKind::Return], &[6, 9, 17]),
        (
            Some((2021, 2021)),
            &[TimelineKind::Funding, TimelineKind::Lawsuit],
            &[4],
        ),
        (None, &[TimelineKind::Lawsuit], &[11]),
        (Some((2030, 2031)), &[], &[]),
        (Some((2025, 2025)), &[], &[18]),
    ];
    for (years, kinds, want) in cases {
        assert_eq!(
            filter_timeline(&items, *years, kinds),
            *want,
            "{years:?} {kinds:?}"
        );
    }
    assert_eq!(filter_timeline(&items, None, &[]).len(), items.len());
}

#[test]
fn timeline_kinds_have_distinct_url_keys() {
    for k in TimelineKind::ALL {
        assert_eq!(TimelineKind::from_key(k.key()), Some(*k));
    }
    let mut keys: Vec<&str> = TimelineKind::ALL.iter().map(|k| k.key()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), TimelineKind::ALL.len());
    assert_eq!(
        TimelineKind::from_key("founded"),
        Some(TimelineKind::CompanyFounded)
    );
    assert_eq!(TimelineKind::from_key("Departure"), None);
}

/// Items of the shipped timeline whose date starts with `prefix`.
fn dated<'a>(items: &'a [TimelineItem], prefix: &str) -> Vec<&'a TimelineItem> {
    items
        .iter()
        .filter(|it| it.date.to_string().starts_with(prefix))
        .collect()
}

fn count_kind(items: &[&TimelineItem], kind: TimelineKind) -> usize {
    items.iter().filter(|it| it.kind == kind).count()
}

#[test]
fn the_waves_of_the_exodus_show_on_the_shipped_timeline() {
    let data = shipped();
    let items = timeline(&data);
    let person = |it: &TimelineItem| match it.subject {
        TimelineSubject::Person(i) => Some(&data.people[i]),
        _ => None,
    };
    let went_to = |it: &TimelineItem, org: &str| {
        person(it).is_some_and(|p| p.destinations.iter().any(|d| d.org == org))
    };

    // Anthropic's founders leave in 2020-21; the company is founded in 2021.
    let founding_wave = items
        .iter()
        .filter(|it| {
            it.date.to_string().starts_with("2020") || it.date.to_string().starts_with("2021")
        })
        .filter(|it| it.kind == TimelineKind::Departure && went_to(it, "anthropic"))
        .count();
    assert!(founding_wave >= 4, "{founding_wave}");
    let anthropic = data
        .organisations
        .iter()
        .position(|o| o.id == "anthropic")
        .unwrap();
    assert!(items
        .iter()
        .any(|it| it.kind == TimelineKind::CompanyFounded
            && it.subject == TimelineSubject::Org(anthropic)
            && it.date.to_string() == "2021"));

    // The November 2023 board crisis: Altman fired and reinstated, Brockman
    // quits and returns.
    let november = dated(&items, "2023-11");
    assert!(november.len() >= 4, "{}", november.len());
    assert!(count_kind(&november, TimelineKind::Fired) >= 1);
    assert!(count_kind(&november, TimelineKind::Return) >= 2);

    // The 2024 safety exits: people citing safety who left between February
    // and May 2024 (Saunders, Kokotajlo, Leike).
    let safety = items
        .iter()
        .filter(|it| {
            ["2024-02", "2024-03", "2024-04", "2024-05"]
                .iter()
                .any(|m| it.date.to_string().starts_with(m))
        })
        .filter(|it| matches!(it.kind, TimelineKind::Departure | TimelineKind::Fired))
        .filter(|it| {
            person(it).is_some_and(|p| {
                p.reason_categories
                    .contains(&ReasonCategory::SafetyConcerns)
            })
        })
        .count();
    assert!(safety >= 3, "{safety}");

    // 25 September 2024: Murati, McGrew and Zoph, once each (the event that
    // names all three is not shown again).
    let sep25 = dated(&items, "2024-09-25");
    assert!(count_kind(&sep25, TimelineKind::Departure) >= 3);
    assert!(sep25
        .iter()
        .all(|it| matches!(it.subject, TimelineSubject::Person(_))));

    // Meta's 2025 hires.
    let meta = items
        .iter()
        .filter(|it| it.date.to_string().starts_with("2025") && it.kind == TimelineKind::Departure)
        .filter(|it| went_to(it, "meta"))
        .count();
    assert!(meta >= 8, "{meta}");

    // January 2026: Zoph, Metz and Schoenholz back from Thinking Machines.
    let january = dated(&items, "2026-01");
    assert!(count_kind(&january, TimelineKind::Return) >= 3);

    // Altman's firing comes before his reinstatement, though "November
    // 2023" sorts before "17 November 2023".
    let altman: Vec<TimelineKind> = items
        .iter()
        .filter(|it| person(it).is_some_and(|p| p.id == "sam-altman"))
        .map(|it| it.kind)
        .collect();
    assert_eq!(altman, vec![TimelineKind::Fired, TimelineKind::Return]);

    // Every item fits a scale built from the first and last items.
    let scale = TimeScale::new(&items[0].date, &items[items.len() - 1].date, 1000.0);
    for it in &items {
        let (x0, x1) = scale.span(&it.date).expect("on the axis");
        assert!(0.0 <= x0 && x0 <= x1 && x1 <= 1000.0);
    }
}

/// The dedup rule is only safe if the events it drops restate status
/// changes. Every departure, return, firing or leave event that names people
/// must have, for each person, a status change of the same sort (a firing
/// event may name someone who quit) in the event's year or the year before
/// (reports come later: the FT's February 2026 story on late-2025 exits).
/// The one exception is David Luan's departure from Amazon, which is not a
/// departure from OpenAI (his record has no OpenAI status change at all).
#[test]
fn dropped_people_events_restate_status_changes() {
    let data = shipped();
    let people = IdIndex::new(data.people.iter().map(|p| p.id.as_str()));
    let mut uncovered = Vec::new();
    for e in &data.events {
        let restates = matches!(
            e.kind,
            EventKind::Departure | EventKind::Return | EventKind::Firing | EventKind::Leave
        ) && !e.people.is_empty();
        if !restates {
            continue;
        }
        let year = e.date.year();
        let sort = |k: StatusKind| match k {
            StatusKind::Left | StatusKind::LeftAgain | StatusKind::Fired => {
                matches!(e.kind, EventKind::Departure | EventKind::Firing)
            }
            StatusKind::Returned => e.kind == EventKind::Return,
            StatusKind::OnLeave => e.kind == EventKind::Leave,
            StatusKind::Joined => false,
        };
        for id in &e.people {
            let p = &data.people[people.get(id).expect("a known person")];
            let covered = p.status_changes.iter().any(|c| {
                sort(c.kind) && Some(c.date.year()).is_some_and(|y| y == year || y == year - 1)
            });
            if !covered {
                uncovered.push(format!("{} {id}", e.id));
            }
        }
    }
    assert_eq!(
        uncovered,
        vec!["event-luan-leaves-amazon-2026-02-25 david-luan"]
    );

    // And none of them is on the timeline.
    let items = timeline(&data);
    for it in &items {
        if let TimelineSubject::Event(e) = it.subject {
            let e = &data.events[e];
            assert!(
                e.people.is_empty()
                    || !matches!(
                        e.kind,
                        EventKind::Departure
                            | EventKind::Return
                            | EventKind::Firing
                            | EventKind::Leave
                    ),
                "{}",
                e.id
            );
        }
    }
    // One funding item for Thinking Machines' seed round (pre- and
    // post-money points and the event are the same round).
    let tml_seed = dated(&items, "2025-07")
        .iter()
        .filter(|it| it.kind == TimelineKind::Funding)
        .filter(|it| match it.subject {
            TimelineSubject::Org(o) => data.organisations[o].id == "thinking-machines-lab",
            TimelineSubject::Event(e) => data.events[e]
                .orgs
                .iter()
                .any(|o| o == "thinking-machines-lab"),
            TimelineSubject::Person(_) => false,
        })
        .count();
    assert_eq!(tml_seed, 1);
}

// ---------------------------------------------------------------------------
// Flow

const O: Node = Node::Org(0);
const A: Node = Node::Org(1);
const T: Node = Node::Org(2);
const M: Node = Node::Org(3);
const U: Node = Node::Unknown;

/// OpenAI (0), Anthropic (1), Thinking Machines Lab (2), Meta (3), and
/// people with every kind of path.
fn flow_data() -> Dataset {
    use ReasonCategory as R;
    use StatusKind::*;
    let people = vec![
        // 0: a second hop.
        person(
            "a",
            &[(Left, "2024-08-05")],
            &[("anthropic", Some("2024-08")), ("tml", Some("2025-02"))],
            &[R::Personal],
        ),
        // 1: back at OpenAI, known from the status change alone.
        person(
            "b",
            &[(Left, "2024-09-25"), (Returned, "2026-01")],
            &[("tml", Some("2025-02"))],
            &[R::FoundingCompany],
        ),
        // 2: the same, with OpenAI also listed as a destination.
        person(
            "c",
            &[(Left, "2024-09-25"), (Returned, "2026-01")],
            &[("tml", Some("2025-02")), ("openai", Some("2026-01"))],
            &[R::Personal],
        ),
        // 3: fired and reinstated, nowhere recorded in between.
        person(
            "d",
            &[(Fired, "2023-11-17"), (Returned, "2023-11")],
            &[],
            &[],
        ),
        // 4: left, destination not recorded.
        person("e", &[(Left, "2024")], &[], &[R::SafetyConcerns]),
        // 5: back from a leave: never left.
        person(
            "f",
            &[
                (Joined, "2015"),
                (OnLeave, "2024-08"),
                (Returned, "2024-11-12"),
            ],
            &[("openai", Some("2024-11-12"))],
            &[],
        ),
        // 6: no status change; an undated destination first.
        person(
            "g",
            &[],
            &[("anthropic", None), ("meta", Some("2026-01"))],
            &[R::HiredAway],
        ),
        // 7: destinations listed out of date order.
        person(
            "h",
            &[(Left, "2020")],
            &[("meta", Some("2025-06")), ("anthropic", Some("2021"))],
            &[],
        ),
        // 8: still at OpenAI.
        person("i", &[(Joined, "2019")], &[], &[]),
    ];
    let organisations = vec![
        org(
            "openai",
            "OpenAI",
            OrgKind::Destination,
            Some("2015-12"),
            &[],
        ),
        org(
            "anthropic",
            "Anthropic",
            OrgKind::Spinout,
            Some("2021"),
            &[],
        ),
        org(
            "tml",
            "Thinking Machines Lab",
            OrgKind::Spinout,
            Some("2025-02"),
            &[],
        ),
        org("meta", "Meta", OrgKind::Destination, None, &[]),
    ];
    dataset(people, organisations, vec![])
}

#[test]
fn paths_have_second_hops_and_returns() {
    let data = flow_data();
    let ids = IdIndex::new(data.organisations.iter().map(|o| o.id.as_str()));
    let openai = openai_index(&data).unwrap();
    let want: [&[Node]; 9] = [
        &[O, A, T],
        &[O, T, O],
        &[O, T, O],
        &[O, U, O],
        &[O],
        &[O],
        &[O, A, M],
        &[O, A, M],
        &[O],
    ];
    for (p, want) in data.people.iter().zip(want) {
        assert_eq!(path(p, &ids, openai), want, "{}", p.id);
    }
}

fn band(hop: u8, from: Node, to: Node, people: &[usize]) -> Band {
    Band {
        hop,
        from,
        to,
        people: people.to_vec(),
    }
}

#[test]
fn flow_bands_aggregate_moves_per_hop() {
    let data = flow_data();
    let people = flow_people(&data, None, &[]);
    assert_eq!(people, vec![0, 1, 2, 3, 4, 6, 7], "f and i never left");
    assert_eq!(
        flow(&data, &people, 9),
        vec![
            band(1, O, A, &[0, 6, 7]),
            // Equal counts: named places before "not recorded".
            band(1, O, T, &[1, 2]),
            band(1, O, U, &[3, 4]),
            // Equal counts: by the destination's name.
            band(2, A, M, &[6, 7]),
            band(2, T, O, &[1, 2]),
            band(2, U, O, &[3]),
            band(2, A, T, &[0]),
        ]
    );
    assert_eq!(flow(&data, &people, 1).len(), 3);
    assert!(flow(&data, &people, 0).is_empty());
    assert!(flow(&data, &[], 9).is_empty());
    let mut no_openai = flow_data();
    no_openai.organisations[0].id = "closedai".into();
    assert!(flow(&no_openai, &people, 9).is_empty());
}

#[test]
fn flow_bands_at_equal_counts_sort_by_destination_then_origin_name() {
    use StatusKind::*;
    let left = [(Left, "2020")];
    let people = vec![
        person(
            "p0",
            &left,
            &[("zeta", Some("2020")), ("beta", Some("2021"))],
            &[],
        ),
        person(
            "p1",
            &left,
            &[("alpha", Some("2020")), ("beta", Some("2021"))],
            &[],
        ),
        person("p2", &left, &[("x2", Some("2020"))], &[]),
        person("p3", &left, &[("x1", Some("2020"))], &[]),
    ];
    let organisations = [
        ("openai", "OpenAI"),
        ("zeta", "Zeta"),
        ("alpha", "alpha"),
        ("beta", "Beta"),
        // Names equal once folded: the order of the data.
        ("x2", "ACME"),
        ("x1", "Acme"),
    ]
    .iter()
    .map(|(id, name)| org(id, name, OrgKind::Destination, None, &[]))
    .collect();
    let data = dataset(people, organisations, vec![]);
    let people = flow_people(&data, None, &[]);
    let [o, z, a, b, x2, x1] = [0, 1, 2, 3, 4, 5].map(Node::Org);
    assert_eq!(
        flow(&data, &people, 9),
        vec![
            band(1, o, x2, &[2]),
            band(1, o, x1, &[3]),
            band(1, o, a, &[1]),
            band(1, o, z, &[0]),
            band(2, a, b, &[1]),
            band(2, z, b, &[0]),
        ]
    );
}

#[test]
fn flow_people_by_last_departure_year_and_reason() {
    use ReasonCategory::*;
    let data = flow_data();
    type Case<'a> = (Option<(i32, i32)>, &'a [ReasonCategory], &'a [usize]);
    let cases: &[Case] = &[
        (Some((2024, 2024)), &[], &[0, 1, 2, 4]),
        (Some((2023, 2023)), &[], &[3]),
        (Some((2020, 2023)), &[], &[3, 7]),
        (None, &[SafetyConcerns, FoundingCompany], &[1, 4]),
        (None, &[HiredAway], &[6]),
        (Some((2024, 2024)), &[Personal], &[0, 2]),
        (Some((2025, 2026)), &[], &[]),
    ];
    for (years, reasons, want) in cases {
        assert_eq!(
            flow_people(&data, *years, reasons),
            *want,
            "{years:?} {reasons:?}"
        );
    }
}

#[test]
fn flow_layout_places_a_small_case_exactly() {
    let bands = [band(1, O, A, &[0, 1, 2]), band(1, O, T, &[3])];
    let layout = layout_flow(&bands, 100.0, 100.0, 10.0);
    // Column 1 is the fullest: (100 - 10) / 4 = 22.5 units per person.
    assert_eq!(
        layout.columns,
        vec![
            vec![NodeBox {
                node: O,
                x: 0.0,
                y0: 5.0,
                y1: 95.0
            }],
            vec![
                NodeBox {
                    node: A,
                    x: 100.0,
                    y0: 0.0,
                    y1: 67.5
                },
                NodeBox {
                    node: T,
                    x: 100.0,
                    y0: 77.5,
                    y1: 100.0
                },
            ],
        ]
    );
    assert_eq!(
        layout.bands,
        vec![
            BandPath {
                band: 0,
                x0: 0.0,
                y0a: 5.0,
                y0b: 72.5,
                x1: 100.0,
                y1a: 0.0,
                y1b: 67.5
            },
            BandPath {
                band: 1,
                x0: 0.0,
                y0a: 72.5,
                y0b: 95.0,
                x1: 100.0,
                y1a: 77.5,
                y1b: 100.0
            },
        ]
    );
    assert_eq!(
        layout.bands[0].d(),
        "M0 5C50 5 50 0 100 0L100 67.5C50 67.5 50 72.5 0 72.5Z"
    );
    assert_eq!(layout_flow(&[], 100.0, 100.0, 10.0), FlowLayout::default());
}

#[test]
fn band_ends_stack_in_the_order_of_their_other_ends() {
    // Equal sizes: the named place goes above "not recorded", so its band
    // leaves OpenAI at the top although it is listed second.
    let bands = [band(1, O, U, &[0, 1]), band(1, O, A, &[2, 3])];
    let layout = layout_flow(&bands, 10.0, 50.0, 10.0);
    assert_eq!(layout.columns[1][0].node, A);
    assert_eq!(layout.columns[1][1].node, U);
    assert_eq!(layout.bands[1].y0a, layout.columns[0][0].y0);
    assert_eq!(layout.bands[0].y0b, layout.columns[0][0].y1);

    // Larger nodes go first, whatever their organisation order, and a
    // larger "not recorded" goes before a smaller named place.
    let bands = [
        band(1, O, A, &[0]),
        band(1, O, U, &[1, 2, 3]),
        band(1, O, T, &[4, 5]),
    ];
    let layout = layout_flow(&bands, 10.0, 100.0, 5.0);
    let nodes: Vec<Node> = layout.columns[1].iter().map(|n| n.node).collect();
    assert_eq!(nodes, vec![U, T, A]);
}

#[test]
fn svg_numbers_to_a_tenth() {
    let cases = [
        (12.0, "12"),
        (1.64, "1.6"),
        (-0.46, "-0.5"),
        (-0.04, "0"),
        (-3.0, "-3"),
        (1234.56, "1234.6"),
        (f64::NAN, "0"),
    ];
    for (x, want) in cases {
        assert_eq!(svg_num(x), want, "{x}");
    }
}

/// The node box of `node` in column `col`.
fn node_box(layout: &FlowLayout, col: usize, node: Node) -> NodeBox {
    *layout.columns[col]
        .iter()
        .find(|b| b.node == node)
        .unwrap_or_else(|| panic!("{node:?} in column {col}"))
}

/// The invariants of any flow and its layout.
fn check_flow(bands: &[Band], people: &[usize], width: f64, height: f64, gap: f64) {
    // Hop 1 partitions the people; a later hop continues an earlier one.
    let mut first: Vec<usize> = bands
        .iter()
        .filter(|b| b.hop == 1)
        .flat_map(|b| b.people.iter().copied())
        .collect();
    first.sort();
    let mut all = people.to_vec();
    all.sort();
    assert_eq!(first, all, "hop 1 partitions the people");
    for b in bands {
        assert_ne!(b.from, b.to, "a move goes somewhere else");
        assert!(!b.people.is_empty());
        for &p in &b.people {
            let same_hop = bands
                .iter()
                .filter(|c| c.hop == b.hop && c.people.contains(&p))
                .count();
            assert_eq!(same_hop, 1, "person {p} once in hop {}", b.hop);
            if b.hop > 1 {
                assert!(
                    bands
                        .iter()
                        .any(|c| c.hop == b.hop - 1 && c.to == b.from && c.people.contains(&p)),
                    "person {p} arrives at {:?} before leaving it",
                    b.from
                );
            }
        }
    }

    let layout = layout_flow(bands, width, height, gap);
    assert_eq!(layout.bands.len(), bands.len());
    let scale = if bands.is_empty() {
        0.0
    } else {
        (layout.bands[0].y0b - layout.bands[0].y0a) / bands[0].people.len() as f64
    };
    for col in &layout.columns {
        let mut last_end = f64::NEG_INFINITY;
        for n in col {
            assert!(n.y0 >= -1e-9 && n.y1 <= height + 1e-9 && n.y0 <= n.y1);
            assert!(n.y0 >= last_end + gap - 1e-9, "nodes keep their gap");
            last_end = n.y1;
        }
    }
    for (bp, b) in layout.bands.iter().zip(bands) {
        let w = b.people.len() as f64 * scale;
        assert!(close(bp.y0b - bp.y0a, w) && close(bp.y1b - bp.y1a, w));
        let from = node_box(&layout, usize::from(b.hop) - 1, b.from);
        let to = node_box(&layout, usize::from(b.hop), b.to);
        assert!(bp.y0a >= from.y0 - 1e-9 && bp.y0b <= from.y1 + 1e-9);
        assert!(bp.y1a >= to.y0 - 1e-9 && bp.y1b <= to.y1 + 1e-9);
        assert_eq!((bp.x0, bp.x1), (from.x, to.x));
    }
    // A node is as tall as the people arriving (or, in column 0, leaving).
    for (c, col) in layout.columns.iter().enumerate() {
        for n in col {
            let through: usize = bands
                .iter()
                .filter(|b| {
                    if c == 0 {
                        b.hop == 1 && b.from == n.node
                    } else {
                        usize::from(b.hop) == c && b.to == n.node
                    }
                })
                .map(|b| b.people.len())
                .sum();
            assert!(
                close(n.y1 - n.y0, through as f64 * scale),
                "{c} {:?}",
                n.node
            );
        }
    }
}

#[test]
fn flow_layout_invariants_on_the_hand_made_flow() {
    let data = flow_data();
    let people = flow_people(&data, None, &[]);
    check_flow(&flow(&data, &people, 9), &people, 600.0, 400.0, 12.0);
}

/// Random people over OpenAI and four other places: destinations with or
/// without dates (OpenAI among them), and departures and returns.
fn random_flow_data() -> impl Strategy<Value = Dataset> {
    let dest = (0usize..5, proptest::option::of(2018i32..2027));
    let change = (0u8..5, 2018i32..2027);
    let one = (
        proptest::collection::vec(dest, 0..4),
        proptest::collection::vec(change, 0..4),
    );
    proptest::collection::vec(one, 1..14).prop_map(|people| {
        let ids = ["openai", "p1", "p2", "p3", "p4"];
        let kinds = [
            StatusKind::Left,
            StatusKind::Fired,
            StatusKind::Returned,
            StatusKind::OnLeave,
            StatusKind::LeftAgain,
        ];
        let people = people
            .into_iter()
            .enumerate()
            .map(|(i, (dests, changes))| {
                let changes: Vec<(StatusKind, String)> = changes
                    .into_iter()
                    .map(|(k, y)| (kinds[usize::from(k)], y.to_string()))
                    .collect();
                let changes: Vec<(StatusKind, &str)> =
                    changes.iter().map(|(k, y)| (*k, y.as_str())).collect();
                let dests: Vec<(&str, Option<String>)> = dests
                    .into_iter()
                    .map(|(o, y)| (ids[o], y.map(|y| y.to_string())))
                    .collect();
                let dests: Vec<(&str, Option<&str>)> =
                    dests.iter().map(|(o, y)| (*o, y.as_deref())).collect();
                person(&format!("p{i}"), &changes, &dests, &[])
            })
            .collect();
        let organisations = ids
            .iter()
            .map(|id| org(id, id, OrgKind::Spinout, None, &[]))
            .collect();
        dataset(people, organisations, vec![])
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn flows_partition_people_and_lay_out_consistently(
        data in random_flow_data(),
        max_hops in 1u8..6,
        height in 50.0f64..800.0,
    ) {
        let people = flow_people(&data, None, &[]);
        let bands = flow(&data, &people, max_hops);
        prop_assert!(bands.iter().all(|b| b.hop >= 1 && b.hop <= max_hops));
        check_flow(&bands, &people, 500.0, height, 4.0);
        // Paths start at OpenAI and never stay in place.
        let ids = IdIndex::new(data.organisations.iter().map(|o| o.id.as_str()));
        for p in &data.people {
            let nodes = path(p, &ids, 0);
            prop_assert_eq!(nodes[0], O);
            prop_assert!(nodes.windows(2).all(|w| w[0] != w[1]));
        }
    }
}

#[test]
fn path_rules_at_the_edges() {
    use StatusKind::*;
    let data = flow_data();
    let ids = IdIndex::new(data.organisations.iter().map(|o| o.id.as_str()));
    type Case<'a> = (
        &'a [(StatusKind, &'a str)],
        &'a [(&'a str, Option<&'a str>)],
        &'a [Node],
    );
    let cases: &[Case] = &[
        // Back from a leave, with no OpenAI destination listed: not a move.
        (
            &[
                (Joined, "2019"),
                (OnLeave, "2024-08"),
                (Returned, "2024-11"),
            ],
            &[],
            &[O],
        ),
        // A destination and a return in the same month: one returns from it.
        (
            &[(Left, "2024-09-25"), (Returned, "2026-01")],
            &[("tml", Some("2026-01"))],
            &[O, T, O],
        ),
        // Two stints elsewhere between two returns, one not recorded.
        (
            &[
                (Left, "2017"),
                (Returned, "2019"),
                (Left, "2020"),
                (Returned, "2022"),
            ],
            &[("meta", Some("2017"))],
            &[O, M, O, U, O],
        ),
        // A new role at the same place is not a move; unknown places are
        // skipped.
        (
            &[(Left, "2021")],
            &[
                ("anthropic", Some("2021")),
                ("nowhere", Some("2022")),
                ("anthropic", Some("2023")),
            ],
            &[O, A],
        ),
    ];
    for (changes, dests, want) in cases {
        let p = person("x", changes, dests, &[]);
        assert_eq!(path(&p, &ids, 0), *want, "{changes:?} {dests:?}");
    }
}

#[test]
fn shipped_flow_matches_the_catalog() {
    let data = shipped();
    let cat = Catalog::new(data.clone());
    let people = flow_people(&data, None, &[]);
    let bands = flow(&data, &people, u8::MAX);
    check_flow(&bands, &people, 900.0, 600.0, 6.0);
    for id in ["anthropic", "meta", "thinking-machines-lab", "amazon"] {
        let o = cat.org_index(id).unwrap();
        let mut went: Vec<usize> = bands
            .iter()
            .filter(|b| b.to == Node::Org(o))
            .flat_map(|b| b.people.iter().copied())
            .collect();
        went.sort();
        went.dedup();
        assert_eq!(went, cat.people_who_went_to(o), "{id}");
    }
    let (o, tml) = (
        cat.org_index("openai").unwrap(),
        cat.org_index("thinking-machines-lab").unwrap(),
    );
    let back = bands
        .iter()
        .find(|b| b.hop == 2 && b.from == Node::Org(tml) && b.to == Node::Org(o))
        .expect("returns from Thinking Machines Lab");
    assert!(back.people.len() >= 3, "Zoph, Metz and Schoenholz");
    let schulman = cat.person_index("john-schulman").unwrap();
    let anthropic = cat.org_index("anthropic").unwrap();
    assert!(bands.iter().any(|b| b.hop == 2
        && b.from == Node::Org(anthropic)
        && b.to == Node::Org(tml)
        && b.people.contains(&schulman)));
}

/// Ten thousand people (the shipped ones, over and over): the flow and the
/// timeline scale linearly, so the counts are exact multiples.
#[test]
fn ten_thousand_people() {
    let data = shipped();
    let copies = 10_000 / data.people.len() + 1;
    let mut big = data.clone();
    big.people = (0..copies)
        .flat_map(|c| {
            data.people.iter().map(move |p| Person {
                id: format!("{}-{c}", p.id),
                ..p.clone()
            })
        })
        .collect();
    assert!(big.people.len() >= 10_000);

    let one = timeline(&data);
    let many = timeline(&big);
    let people_items = |items: &[TimelineItem]| {
        items
            .iter()
            .filter(|it| matches!(it.subject, TimelineSubject::Person(_)))
            .count()
    };
    assert_eq!(people_items(&many), copies * people_items(&one));
    assert_eq!(
        many.len() - people_items(&many),
        one.len() - people_items(&one)
    );

    let small = flow(&data, &flow_people(&data, None, &[]), u8::MAX);
    let people = flow_people(&big, None, &[]);
    let bands = flow(&big, &people, u8::MAX);
    assert_eq!(bands.len(), small.len());
    for (b, s) in bands.iter().zip(&small) {
        assert_eq!((b.hop, b.from, b.to), (s.hop, s.from, s.to));
        assert_eq!(b.people.len(), copies * s.people.len());
    }
    let layout = layout_flow(&bands, 900.0, 600.0, 6.0);
    assert_eq!(layout.bands.len(), bands.len());
}

// ---------------------------------------------------------------------------
// Founders

#[test]
fn founder_segments_from_status_changes() {
    use FounderState as F;
    use StatusKind::*;
    type Case<'a> = (
        &'a [(StatusKind, &'a str)],
        &'a [(&'a str, Option<&'a str>, FounderState)],
    );
    let cases: &[Case] = &[
        // Never left: at OpenAI since its founding.
        (&[], &[("2015-12", None, F::AtOpenAi)]),
        (
            &[(Joined, "2015"), (Left, "2018")],
            &[("2015", Some("2018"), F::AtOpenAi), ("2018", None, F::Left)],
        ),
        // No joining date: from the founding; a firing is leaving.
        (
            &[(Fired, "2023-11-17"), (Returned, "2023-11")],
            &[
                ("2015-12", Some("2023-11-17"), F::AtOpenAi),
                ("2023-11-17", Some("2023-11"), F::Left),
                ("2023-11", None, F::Returned),
            ],
        ),
        (
            &[
                (Joined, "2015-12"),
                (Left, "2017-06"),
                (Returned, "2023-02"),
                (LeftAgain, "2024-02"),
            ],
            &[
                ("2015-12", Some("2017-06"), F::AtOpenAi),
                ("2017-06", Some("2023-02"), F::Left),
                ("2023-02", Some("2024-02"), F::Returned),
                ("2024-02", None, F::Left),
            ],
        ),
        (
            &[
                (Joined, "2015"),
                (OnLeave, "2024-08"),
                (Returned, "2024-11-12"),
            ],
            &[
                ("2015", Some("2024-08"), F::AtOpenAi),
                ("2024-08", Some("2024-11-12"), F::OnLeave),
                ("2024-11-12", None, F::Returned),
            ],
        ),
        // A change to the state already held starts no new segment.
        (
            &[(Left, "2017"), (Fired, "2018")],
            &[
                ("2015-12", Some("2017"), F::AtOpenAi),
                ("2017", None, F::Left),
            ],
        ),
    ];
    for (changes, want) in cases {
        let p = person("x", changes, &[], &[]);
        let got: Vec<(String, Option<String>, FounderState)> = founder_segments(&p)
            .into_iter()
            .map(|s| (s.from.to_string(), s.to.map(|d| d.to_string()), s.state))
            .collect();
        let want: Vec<(String, Option<String>, FounderState)> = want
            .iter()
            .map(|(f, t, s)| (f.to_string(), t.map(str::to_string), *s))
            .collect();
        assert_eq!(got, want, "{changes:?}");
    }
}

#[test]
fn founder_bars_keep_precision_and_never_overlap() {
    use StatusKind::*;
    // 2015 to 2024 over 120 units: one unit a month.
    let scale = TimeScale::years(2015, 2024, 120.0);
    let p = person(
        "x",
        &[
            (Joined, "2015"),
            (Left, "2017-06"),
            (Returned, "2023-02"),
            (LeftAgain, "2024-02"),
        ],
        &[],
        &[],
    );
    let bars = founder_bars(&scale, &founder_segments(&p));
    let got: Vec<(FounderState, (f64, f64), f64, f64)> = bars
        .iter()
        .map(|b| (b.state, b.began, b.x0, b.x1))
        .collect();
    assert_eq!(
        got,
        vec![
            // Joined some time in 2015: at OpenAI for sure from 2016.
            (FounderState::AtOpenAi, (0.0, 12.0), 12.0, 29.0),
            (FounderState::Left, (29.0, 30.0), 30.0, 97.0),
            (FounderState::Returned, (97.0, 98.0), 98.0, 109.0),
            (FounderState::Left, (109.0, 110.0), 110.0, 120.0),
        ]
    );

    // Fired on a day, reinstated that month: the firing's bar shrinks to
    // nothing instead of running backwards.
    let altman = person(
        "y",
        &[(Fired, "2023-11-17"), (Returned, "2023-11")],
        &[],
        &[],
    );
    let bars = founder_bars(&scale, &founder_segments(&altman));
    assert_eq!(bars.len(), 3);
    let fired = 106.0 + 16.0 / 30.0;
    assert!(close(bars[0].x1, fired));
    assert!(close(bars[1].x0, fired) && close(bars[1].x1, fired));
    assert_eq!((bars[2].x0, bars[2].x1), (107.0, 120.0));
    for w in bars.windows(2) {
        assert!(w[0].x1 <= w[1].x0 + 1e-9);
    }
}

#[test]
fn founder_bars_stay_in_order_when_dates_run_backwards() {
    // Segments whose dates go back in time (data the validator would
    // reject): bars still run left to right.
    let scale = TimeScale::years(2015, 2024, 120.0);
    let segments = [
        Segment {
            from: date("2015"),
            to: Some(date("2020-05")),
            state: FounderState::AtOpenAi,
        },
        Segment {
            from: date("2020-05"),
            to: Some(date("2019")),
            state: FounderState::Left,
        },
        Segment {
            from: date("2019"),
            to: None,
            state: FounderState::Returned,
        },
    ];
    let bars = founder_bars(&scale, &segments);
    let got: Vec<(f64, f64)> = bars.iter().map(|b| (b.x0, b.x1)).collect();
    assert_eq!(got, vec![(12.0, 64.0), (65.0, 65.0), (65.0, 120.0)]);
    assert_eq!(bars[2].began, (48.0, 60.0), "the span itself is honest");
}

#[test]
fn shipped_founders_match_the_overview() {
    let data = shipped();
    let cat = Catalog::new(data.clone());
    let founders = founders(&data);
    assert_eq!(founders.len(), 11);
    assert_eq!(founders.len(), cat.overview.original_founders);
    let still: Vec<usize> = founders
        .iter()
        .copied()
        .filter(|&i| {
            founder_segments(&data.people[i])
                .last()
                .is_some_and(|s| s.state != FounderState::Left)
        })
        .collect();
    assert_eq!(still, cat.overview.founders_remaining);
    let karpathy = cat.person_index("andrej-karpathy").unwrap();
    let states: Vec<FounderState> = founder_segments(&data.people[karpathy])
        .iter()
        .map(|s| s.state)
        .collect();
    use FounderState as F;
    assert_eq!(states, vec![F::AtOpenAi, F::Left, F::Returned, F::Left]);
}

// ---------------------------------------------------------------------------
// Valuations

#[test]
fn log_scale_snaps_to_powers_of_ten() {
    // (min, max, domain, ticks)
    type Case<'a> = (f64, f64, Option<(f64, f64)>, &'a [f64]);
    let cases: &[Case] = &[
        (1e8, 1e11, Some((1e8, 1e11)), &[1e8, 1e9, 1e10, 1e11]),
        // Reversed arguments, values inside decades.
        (
            965e9,
            40e6,
            Some((1e7, 1e12)),
            &[1e7, 1e8, 1e9, 1e10, 1e11, 1e12],
        ),
        // One value: its decade, with 2x and 5x steps.
        (5e9, 5e9, Some((1e9, 1e10)), &[1e9, 2e9, 5e9, 1e10]),
        (1e9, 1e9, Some((1e9, 1e10)), &[1e9, 2e9, 5e9, 1e10]),
        // Two decades.
        (
            3e8,
            4.1e9,
            Some((1e8, 1e10)),
            &[1e8, 2e8, 5e8, 1e9, 2e9, 5e9, 1e10],
        ),
        // The data's $4.1B stored as 4099999999.9999995.
        (
            4_099_999_999.999_999_5,
            4.1e9,
            Some((1e9, 1e10)),
            &[1e9, 2e9, 5e9, 1e10],
        ),
        (0.0, 1e9, None, &[]),
        (-5.0, 1e9, None, &[]),
        (1e9, f64::INFINITY, None, &[]),
        (f64::NAN, 1e9, None, &[]),
    ];
    for (min, max, domain, ticks) in cases {
        let scale = LogScale::new(*min, *max, 300.0);
        assert_eq!(scale.map(|s| s.domain()), *domain, "{min} {max}");
        assert_eq!(
            scale.map(|s| s.ticks()).unwrap_or_default(),
            *ticks,
            "{min} {max}"
        );
    }
}

#[test]
fn log_scale_positions() {
    let s = LogScale::new(1e8, 1e11, 300.0).unwrap();
    let cases = [
        (1e8, 0.0),
        (1e9, 100.0),
        (1e10, 200.0),
        (1e11, 300.0),
        (10f64.powf(9.5), 150.0),
        // Off the axis: clamped; not positive: at 0.
        (1e12, 300.0),
        (1e7, 0.0),
        (0.0, 0.0),
        (-1e9, 0.0),
    ];
    for (v, want) in cases {
        assert!(close(s.pos(v), want), "{v}: {} != {want}", s.pos(v));
    }
}

proptest! {
    #[test]
    fn log_scale_holds_its_data_in_order(
        a in 1e3f64..1e13,
        b in 1e3f64..1e13,
        c in 1e3f64..1e13,
        width in 1.0f64..2000.0,
    ) {
        let s = LogScale::new(a, b, width).unwrap();
        let (lo, hi) = s.domain();
        prop_assert!(lo <= a.min(b) && a.max(b) <= hi && lo < hi);
        prop_assert!(hi / lo >= 9.99);
        let (x, y) = (a.min(c), a.max(c));
        prop_assert!(s.pos(x) <= s.pos(y));
        prop_assert!((0.0..=width).contains(&s.pos(c)));
        let ticks = s.ticks();
        prop_assert!(ticks.windows(2).all(|w| w[0] < w[1]));
        prop_assert_eq!(ticks[0], lo);
        prop_assert_eq!(*ticks.last().unwrap(), hi);
    }
}

#[test]
fn many_small_nodes_keep_visible_bands() {
    // 500 destinations of one person each: gaps must not take all the height.
    let bands: Vec<Band> = (0..500)
        .map(|i| Band {
            hop: 1,
            from: Node::Org(0),
            to: Node::Org(i + 1),
            people: vec![i],
        })
        .collect();
    let layout = layout_flow(&bands, 800.0, 2400.0, 12.0);
    let column = &layout.columns[1];
    assert_eq!(column.len(), 500);
    assert!(
        column.iter().all(|b| b.y1 - b.y0 > 1.0),
        "every node has height"
    );
    assert!(
        column.last().unwrap().y1 <= 2400.0 + 1e-6,
        "the column fits"
    );
}

/// Per hop, every person once: (hop, person) pairs, sorted.
fn hop_people(bands: &[Band]) -> Vec<(u8, usize)> {
    let mut all: Vec<(u8, usize)> = bands
        .iter()
        .flat_map(|b| b.people.iter().map(move |&p| (b.hop, p)))
        .collect();
    all.sort_unstable();
    all
}

#[test]
fn a_crowded_column_merges_its_smallest_places() {
    // Hop 1: 60 places, place k (1..=60) reached by k people, plus 3 people
    // whose destination is not recorded. Hop 2: everyone at places 1..=10
    // moves on to place 61 (1 + ... + 10 = 55 people).
    let mut bands = Vec::new();
    let mut next = 0;
    let mut at = vec![Vec::new(); 61];
    for (k, people_at) in at.iter_mut().enumerate().skip(1) {
        let people: Vec<usize> = (next..next + k).collect();
        next += k;
        people_at.clone_from(&people);
        bands.push(Band {
            hop: 1,
            from: Node::Org(0),
            to: Node::Org(k),
            people,
        });
    }
    bands.push(Band {
        hop: 1,
        from: Node::Org(0),
        to: Node::Unknown,
        people: (next..next + 3).collect(),
    });
    for (k, people) in at.iter().enumerate().take(11).skip(1) {
        bands.push(Band {
            hop: 2,
            from: Node::Org(k),
            to: Node::Org(61),
            people: people.clone(),
        });
    }

    let (drawn, merged) = merge_small_places(&bands, 10);
    assert_eq!(
        merged,
        vec![0, 52, 0],
        "column 1 keeps 8 places, 'not recorded' and 'others'"
    );
    let column1: Vec<Node> = drawn.iter().filter(|b| b.hop == 1).map(|b| b.to).collect();
    assert_eq!(column1.len(), 10);
    // The largest places keep their nodes (60 down to 53), largest first.
    let kept: Vec<Node> = (53..=60).rev().map(Node::Org).collect();
    assert!(kept.iter().all(|n| column1.contains(n)), "{column1:?}");
    assert!(column1.contains(&Node::Unknown) && column1.contains(&Node::Others));
    let others = drawn
        .iter()
        .find(|b| b.hop == 1 && b.to == Node::Others)
        .unwrap();
    // Exactly the people of places 1 to 52 (numbered first, from 0).
    let mut merged_people = others.people.clone();
    merged_people.sort_unstable();
    assert_eq!(
        merged_people,
        (0..(1..=52).sum::<usize>()).collect::<Vec<_>>()
    );
    assert_eq!(drawn[0].to, Node::Others, "largest band first");
    // The second hop leaves from the merged node, as one band.
    let on: Vec<&Band> = drawn.iter().filter(|b| b.hop == 2).collect();
    assert_eq!(on.len(), 1);
    assert_eq!(
        (on[0].from, on[0].to, on[0].people.len()),
        (Node::Others, Node::Org(61), 55)
    );
    // Nobody is lost or counted twice at any hop.
    assert_eq!(hop_people(&drawn), hop_people(&bands));
    // The layout draws the merged column with 10 nodes.
    assert_eq!(
        layout_flow(&drawn, 800.0, 2400.0, 12.0).columns[1].len(),
        10
    );

    // Within the limit, nothing changes.
    let (same, none) = merge_small_places(&bands, 61);
    assert_eq!(same, bands);
    assert_eq!(none, vec![0, 0, 0]);
}
