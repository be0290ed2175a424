#![cfg(not(target_arch = "wasm32"))]
//! The model's serde shape: every enum value and every field reads back as
//! it serialises, optional fields may be absent or `null`, and mistakes are
//! reported in serde's words at a line and column. (These were the tests of
//! the hand-written readers that serde replaced.)

use std::fmt::Debug;

use exodus_core::model::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// What the model serialises to reads back as the same value.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(x: T) {
    let text = serde_json::to_string(&x).expect("serialises");
    assert_eq!(serde_json::from_str::<T>(&text).expect("reads back"), x);
}

fn t(en: &str, zh: &str) -> Text {
    Text {
        en: en.into(),
        zh: Some(zh.into()),
    }
}

fn d(date: &str, precision: Precision, approx: bool) -> PartialDate {
    PartialDate::parse(date, precision, approx).expect("a date")
}

fn s(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn every_variant_reads_as_it_serialises() {
    for x in [Precision::Year, Precision::Month, Precision::Day] {
        round_trip(x);
    }
    use ClaimStatus as C;
    for x in [C::Confirmed, C::SingleSource, C::Conflicting, C::Unverified] {
        round_trip(x);
    }
    use SourceKind as S;
    for x in [
        S::NewsArticle,
        S::OwnStatement,
        S::CompanyAnnouncement,
        S::CourtRecord,
        S::Paper,
        S::Reference,
        S::Podcast,
    ] {
        round_trip(x);
    }
    for x in [Origin::Primary, Origin::News, Origin::Copy] {
        round_trip(x);
    }
    use StatusKind as K;
    for x in [
        K::Joined,
        K::Left,
        K::Fired,
        K::OnLeave,
        K::Returned,
        K::LeftAgain,
    ] {
        round_trip(x);
    }
    use ReasonCategory as RC;
    for x in [
        RC::SafetyConcerns,
        RC::FoundingCompany,
        RC::Personal,
        RC::HiredAway,
        RC::Fired,
        RC::ResearchFreedom,
        RC::Unknown,
    ] {
        round_trip(x);
    }
    for x in [OrgKind::Spinout, OrgKind::Destination] {
        round_trip(x);
    }
    use OrgStatus as O;
    for x in [
        O::Independent,
        O::AcquiHire,
        O::Paused,
        O::NonProfit,
        O::Public,
        O::Unknown,
    ] {
        round_trip(x);
    }
    use SectorCategory as SC;
    for x in [
        SC::FrontierModels,
        SC::Agents,
        SC::Enterprise,
        SC::Search,
        SC::Robotics,
        SC::Manufacturing,
        SC::Science,
        SC::Education,
        SC::Finance,
        SC::Research,
    ] {
        round_trip(x);
    }
    use ValuationKind as V;
    for x in [
        V::PostMoney,
        V::PreMoney,
        V::Reported,
        V::Talks,
        V::Target,
        V::AssetsUnderManagement,
    ] {
        round_trip(x);
    }
    use EventKind as E;
    for x in [
        E::Founding,
        E::Departure,
        E::Return,
        E::Leave,
        E::Firing,
        E::CompanyFounded,
        E::Funding,
        E::Acquisition,
        E::Lawsuit,
        E::Team,
        E::Governance,
        E::Research,
        E::Hire,
    ] {
        round_trip(x);
    }
    use SubjectKind as SK;
    for x in [SK::Person, SK::Organisation, SK::Event, SK::Figure] {
        round_trip(x);
    }
    use DatasetCount as DC;
    for x in [
        DC::Departures,
        DC::Spinouts,
        DC::OriginalFounders,
        DC::FoundersRemaining,
    ] {
        round_trip(x);
    }
    // The keys are the data files' snake_case spelling.
    assert_eq!(
        serde_json::to_string(&V::AssetsUnderManagement).unwrap(),
        "\"assets_under_management\""
    );
    assert_eq!(serde_json::to_string(&Origin::Copy).unwrap(), "\"copy\"");
}

#[test]
fn every_field_reads_as_it_serialises() {
    round_trip(t("en", "zh"));
    round_trip(d("2024-05", Precision::Month, true));
    round_trip(Source {
        id: "id".into(),
        title: "title".into(),
        outlet: "outlet".into(),
        author: Some("author".into()),
        published: Some(d("2024", Precision::Year, false)),
        language: "zh-Hant".into(),
        url: Some("https://example.org".into()),
        kind: SourceKind::Podcast,
        origin: Some(Origin::Copy),
        original_outlet: Some("original".into()),
        original_url: Some("https://example.org/original".into()),
    });
    round_trip(Person {
        id: "id".into(),
        name: t("name", "名"),
        roles: vec![Role {
            title: t("title", "職"),
            from: Some(d("2015", Precision::Year, false)),
            to: Some(d("2024-08-05", Precision::Day, true)),
            sources: s(&["r1", "r2"]),
        }],
        cofounder: true,
        status_changes: vec![StatusChange {
            kind: StatusKind::LeftAgain,
            date: d("2024-08", Precision::Month, false),
            note: Some(t("note", "註")),
            sources: s(&["sc"]),
        }],
        destinations: vec![Destination {
            org: "org".into(),
            role: Some(t("role", "角")),
            date: Some(d("2024", Precision::Year, true)),
            sources: s(&["de"]),
        }],
        reasons: vec![Quote {
            text: "quote \"with\" escapes\n".into(),
            language: "en".into(),
            source: "q".into(),
        }],
        reason_categories: vec![ReasonCategory::HiredAway, ReasonCategory::Personal],
        summary: t("summary", "摘要"),
        sources: s(&["p1"]),
    });
    round_trip(Organisation {
        id: "id".into(),
        name: t("name", "名"),
        kind: OrgKind::Destination,
        founders: s(&["f1", "f2"]),
        founded: Some(d("2021", Precision::Year, false)),
        sector: Some(t("sector", "業")),
        category: Some(SectorCategory::Robotics),
        headquarters: Some("hq".into()),
        status: OrgStatus::AcquiHire,
        status_note: Some(t("note", "註")),
        valuations: vec![Valuation {
            amount: 32_000_000_000.0,
            currency: "USD".into(),
            as_of: Some(d("2025-04", Precision::Month, true)),
            kind: ValuationKind::AssetsUnderManagement,
            status: ClaimStatus::SingleSource,
            sources: s(&["v"]),
            claim: Some("c".into()),
            note: Some(t("note", "註")),
        }],
        website: Some("https://example.org".into()),
        summary: t("summary", "摘要"),
        sources: s(&["o"]),
    });
    round_trip(Event {
        id: "id".into(),
        date: d("2024-06-19", Precision::Day, false),
        kind: EventKind::Lawsuit,
        title: t("title", "題"),
        summary: Some(t("summary", "摘要")),
        people: s(&["p"]),
        orgs: s(&["o"]),
        sources: s(&["e"]),
    });
    round_trip(Claim {
        id: "id".into(),
        subject: Subject {
            kind: SubjectKind::Figure,
            id: "f".into(),
        },
        field: "valuation".into(),
        value: t("value", "值"),
        status: ClaimStatus::Conflicting,
        sources: s(&["c"]),
        conflicts_with: s(&["other"]),
        note: Some(t("note", "註")),
    });
    round_trip(Figure {
        id: "id".into(),
        label: t("label", "標"),
        claims: s(&["c"]),
        dataset_count: Some(DatasetCount::FoundersRemaining),
    });
}

#[test]
fn optional_fields_may_be_absent_or_null() {
    let minimal = r#"{"id": "x", "name": {"en": "X"}, "kind": "spinout",
        "status": "public", "summary": {"en": "S", "zh": null}, "sources": [],
        "category": null}"#;
    let o: Organisation = serde_json::from_str(minimal).unwrap();
    assert_eq!(o.founders, Vec::<String>::new());
    assert_eq!((o.founded, o.sector, o.website), (None, None, None));
    assert_eq!((o.summary.zh, o.category), (None, None));
    // `as_of` is required by the validator, not the reader: absent is none.
    let v = r#"{"amount": 1e9, "currency": "USD", "kind": "talks",
        "status": "unverified", "sources": ["s"]}"#;
    let v: Valuation = serde_json::from_str(v).unwrap();
    assert_eq!((v.amount, v.as_of), (1e9, None));
    let src = r#"{"id": "s", "title": "T", "outlet": "O", "language": "en",
        "kind": "news_article", "origin": null, "original_url": null}"#;
    let src: Source = serde_json::from_str(src).unwrap();
    assert_eq!(
        (src.origin, src.original_outlet, src.original_url),
        (None, None, None)
    );
}

/// The error message and the (line, column) it points at.
fn fails<T: DeserializeOwned + Debug>(text: &str) -> (String, (usize, usize)) {
    let e = serde_json::from_str::<T>(text).expect_err("must not read");
    let full = e.to_string();
    let message = full
        .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
        .unwrap_or(&full)
        .to_string();
    (message, (e.line(), e.column()))
}

#[test]
fn errors_are_worded_by_serde_with_line_and_column() {
    let ok = r#""id": "x", "name": {"en": "X"}, "summary": {"en": "S"}, "sources": []"#;
    let case = |extra: &str| fails::<Person>(&format!("{{{ok}{extra}}}"));
    assert_eq!(
        case(r#", "sumary": 1"#),
        (
            "unknown field `sumary`, expected one of `id`, `name`, `roles`, `cofounder`, \
             `status_changes`, `destinations`, `reasons`, `reason_categories`, `summary`, \
             `sources`"
                .to_string(),
            (1, 80)
        )
    );
    assert_eq!(case(r#", "id": "y""#).0, "duplicate field `id`".to_string());
    assert_eq!(
        case(r#", "cofounder": "yes""#).0,
        "invalid type: string \"yes\", expected a boolean"
    );
    assert_eq!(
        case(r#", "roles": {}"#).0,
        "invalid type: map, expected a sequence"
    );
    assert_eq!(
        case(r#", "reason_categories": ["resigned"]"#).0,
        "unknown variant `resigned`, expected one of `safety_concerns`, `founding_company`, \
         `personal`, `hired_away`, `fired`, `research_freedom`, `unknown`"
    );
    assert_eq!(case(r#", "reason_categories": [1]"#).0, "expected value");
    assert_eq!(
        case(r#", "status_changes": [{"kind": "left", "date": "2024-06", "sources": []}]"#),
        (
            "invalid type: string \"2024-06\", expected struct PartialDate".to_string(),
            (1, 125)
        )
    );
    assert_eq!(
        case(r#", "name": {"en": "X", "fr": "X"}"#).0,
        "duplicate field `name`"
    );
    assert_eq!(
        fails::<Person>(
            r#"{"id": "x", "name": {"en": "X", "fr": "X"}, "summary": {"en": "S"}, "sources": []}"#
        )
        .0,
        "unknown field `fr`, expected `en` or `zh`"
    );
    assert_eq!(
        fails::<Person>("{\"name\": {\"en\": \"X\"},\n \"sources\": []}"),
        ("missing field `id`".to_string(), (2, 15))
    );
    assert_eq!(
        fails::<Person>(
            r#"{"id": "x", "name": {"en": "X"}, "summary": {"en": "S"}, "sources": 5}"#
        )
        .0,
        "invalid type: integer `5`, expected a sequence"
    );
    assert_eq!(
        fails::<Person>(
            r#"{"id": "x", "name": {"zh": "X"}, "summary": {"en": "S"}, "sources": []}"#
        )
        .0,
        "missing field `en`"
    );
    // serde's derives also read a struct from an array of its fields in
    // order; an empty one is short of them.
    assert_eq!(
        fails::<Person>("[]"),
        (
            "invalid length 0, expected struct Person with 10 elements".to_string(),
            (1, 2)
        )
    );
    assert_eq!(
        fails::<Valuation>(
            r#"{"amount": "5", "currency": "USD", "kind": "talks", "status": "confirmed", "sources": []}"#
        )
        .0,
        "invalid type: string \"5\", expected f64"
    );
    assert_eq!(
        fails::<Valuation>(
            r#"{"amount": 5, "currency": "USD", "kind": "spinout", "status": "confirmed", "sources": []}"#
        )
        .0,
        "unknown variant `spinout`, expected one of `post_money`, `pre_money`, `reported`, \
         `talks`, `target`, `assets_under_management`"
    );
    assert_eq!(
        fails::<OrgKind>(r#""x""#).0,
        "unknown variant `x`, expected `spinout` or `destination`"
    );
}
