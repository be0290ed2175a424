//! Tests of the URL codec, with property tests: decoding never panics, decode(encode(s)) == s.

use super::*;
use proptest::prelude::*;

#[test]
fn encodes_a_typical_view() {
    let mut s = UrlState::new(Tab::People);
    s.query = "jan leike".into();
    s.filters.insert(Facet::Year, "2024".to_string());
    s.filters.insert(Facet::Year, "2023".to_string());
    s.sort = Sort::Oldest;
    s.lang = Some(Lang::Zh);
    s.pinned = true;
    assert_eq!(
        encode(&s),
        "zh-Hant/?q=jan%20leike&year=2023,2024&pinned=1&sort=oldest"
    );
    assert_eq!(decode(&encode(&s)), (s, vec![]));
}

#[test]
fn embed_mode_is_a_flag_of_any_view() {
    let mut s = UrlState::chart(View::Flow);
    s.embed = true;
    s.lang = Some(Lang::En);
    assert_eq!(encode(&s), "flow/?embed=1");
    assert_eq!(decode("flow/?embed=1"), (s.clone(), vec![]));
    assert_eq!(decode("#/flow?lang=en&embed=1"), (s, vec![]));
    // Anything but 1 is not embed mode, and is reported.
    let (state, issues) = decode("#/flow?embed=yes");
    assert!(!state.embed);
    assert_eq!(issues.len(), 1, "{issues:?}");
}

#[test]
fn empty_hash_is_the_people_view() {
    let english = UrlState {
        lang: Some(Lang::En),
        ..UrlState::default()
    };
    assert_eq!(decode(""), (english.clone(), vec![]));
    assert_eq!(decode("./"), (english.clone(), vec![]));
    assert_eq!(decode("index.html"), (english.clone(), vec![]));
    assert_eq!(decode("people/"), (english.clone(), vec![]));
    assert_eq!(encode(&english), "./");
    assert_eq!(encode(&UrlState::default()), "./");
    // An old hash link names no language unless it says `lang=`.
    assert_eq!(decode("#/"), (UrlState::default(), vec![]));
    assert_eq!(decode("#/people"), (UrlState::default(), vec![]));
}

#[test]
fn malformed_parts_are_reported_and_dropped() {
    let cases: [(&str, UrlIssue); 7] = [
        (
            "#/people?lang=fr",
            UrlIssue::UnknownValue {
                facet: "lang".into(),
                value: "fr".into(),
            },
        ),
        (
            "#/people?pinned=yes",
            UrlIssue::UnknownParameter("pinned".into()),
        ),
        ("#/nowhere", UrlIssue::UnknownView("nowhere".into())),
        (
            "#/people?colour=red",
            UrlIssue::UnknownParameter("colour".into()),
        ),
        (
            "#/companies?sort=oldest",
            UrlIssue::UnknownSort("oldest".into()),
        ),
        ("#/people?q=%E0%A4", UrlIssue::BadEncoding("%E0%A4".into())),
        ("#/people?year=%zz", UrlIssue::BadEncoding("%zz".into())),
    ];
    for (hash, issue) in cases {
        let (state, issues) = decode(hash);
        assert_eq!(issues, vec![issue], "{hash}");
        assert!(state.query.is_empty() && state.filters.is_empty(), "{hash}");
    }
}

#[test]
fn percent_escapes_take_two_hex_digits() {
    assert_eq!(percent_decode("%41%e4%b8%ad"), Some("A中".to_string()));
    assert_eq!(percent_decode("%+1"), None);
    assert_eq!(percent_decode("%4"), None);
    assert_eq!(percent_decode("%-1x"), None);
}

#[test]
fn chart_states_write_only_what_charts_read() {
    let mut s = UrlState::chart(View::Timeline);
    s.tab = Tab::Companies;
    s.query = "x".into();
    s.pinned = true;
    s.sort = Sort::Name;
    assert_eq!(encode(&s), "timeline/");
    let (decoded, issues) = decode("#/flow?q=anthropic");
    assert_eq!(decoded, UrlState::chart(View::Flow));
    assert_eq!(issues, vec![UrlIssue::UnknownParameter("q".into())]);
}

#[test]
fn charts_keep_their_filters() {
    let (s, issues) = decode("#/timeline?from=2020&to=2024&kind=departure,return&lang=en");
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(s.view, View::Timeline);
    assert_eq!((s.from, s.to), (Some(2020), Some(2024)));
    assert_eq!(s.filters.get(Facet::Kind).len(), 2);
    assert_eq!(decode(&encode(&s)).0, s);
    // Parameters another view owns are reported, not silently taken.
    let (s, issues) = decode("#/founders?from=2020&kind=x&sort=name");
    assert_eq!(s, UrlState::chart(View::Founders));
    assert_eq!(issues.len(), 3, "{issues:?}");
    let (_, issues) = decode("#/flow?from=nineteen&reason=safety");
    assert_eq!(
        issues,
        vec![UrlIssue::UnknownValue {
            facet: "from".into(),
            value: "nineteen".into()
        }]
    );
    assert_eq!(decode("#/flow/anthropic").1.len(), 1);
}

#[test]
fn a_record_keeps_the_list_state() {
    let (s, issues) = decode("#/companies/anthropic?sector=frontier-ai&sort=name");
    assert!(issues.is_empty());
    assert_eq!(s.record.as_deref(), Some("anthropic"));
    assert_eq!(s.sort, Sort::Name);
    assert_eq!(encode(&s.list()), "companies/?sector=frontier-ai&sort=name");
}

fn arb_state() -> impl Strategy<Value = UrlState> {
    (
        prop_oneof![Just(Tab::People), Just(Tab::Companies)],
        // Any id but dots alone: "." and ".." are path steps that a browser
        // resolves before the app sees the address (and that no record can
        // have: ids are kebab-case, see validate).
        proptest::option::of(
            "[a-z0-9-]{1,20}|.{1,10}".prop_filter("a path step, not a name", |id| {
                !id.bytes().all(|b| b == b'.')
            }),
        ),
        ".{0,20}",
        proptest::collection::vec(
            (0usize..5, proptest::collection::btree_set(".{1,8}", 1..3)),
            0..3,
        ),
        0usize..3,
        (any::<bool>(), any::<bool>()),
        prop_oneof![Just(None), Just(Some(Lang::En)), Just(Some(Lang::Zh))],
        (
            0usize..5,
            proptest::option::of(1990i32..2030),
            proptest::option::of(1990i32..2030),
        ),
    )
        .prop_map(
            |(tab, record, query, filters, sort, (pinned, embed), lang, (view, from, to))| {
                let view = [
                    View::Cards,
                    View::Timeline,
                    View::Flow,
                    View::Founders,
                    View::Methods,
                ][view];
                if view != View::Cards {
                    let mut state = UrlState::chart(view);
                    if view.has_years() {
                        state.from = from;
                        state.to = to;
                    }
                    state.lang = lang;
                    state.embed = embed;
                    let facets = Facet::for_view(view, tab);
                    for (f, values) in filters {
                        for v in values {
                            if let Some(f) = facets.get(f % facets.len().max(1)) {
                                state.filters.insert(*f, v);
                            }
                        }
                    }
                    return state;
                }
                let facets = Facet::for_tab(tab);
                let mut state = UrlState::new(tab);
                state.record = record;
                state.query = query;
                for (f, values) in filters {
                    for v in values {
                        state.filters.insert(facets[f % facets.len()], v);
                    }
                }
                state.sort = Sort::for_tab(tab)[sort];
                state.pinned = pinned;
                state.lang = lang;
                state.embed = embed;
                state
            },
        )
}

proptest! {
    #[test]
    fn decode_inverts_encode(state in arb_state()) {
        let (decoded, issues) = decode(&encode(&state));
        prop_assert!(issues.is_empty(), "{issues:?}");
        // A path always names its language: English when the state had none.
        let state = UrlState { lang: state.lang.or(Some(Lang::En)), ..state };
        prop_assert_eq!(decoded, state);
    }

    #[test]
    fn decoding_any_string_never_panics(s in ".*") {
        let _ = decode(&s);
    }

    #[test]
    fn decoding_url_like_strings_never_panics(s in "#?/?(people|companies|x)?(/[a-z%0-9]*)?(\\?([a-z]+=[%a-zA-Z0-9,+]*&?)*)?") {
        let (state, _) = decode(&s);
        let (again, issues) = decode(&encode(&state));
        prop_assert!(issues.is_empty());
        let state = UrlState { lang: state.lang.or(Some(Lang::En)), ..state };
        prop_assert_eq!(again, state);
    }
}

#[test]
fn the_methods_page_has_its_address() {
    let mut s = UrlState::new(Tab::People);
    s.view = View::Methods;
    s.lang = Some(Lang::Zh);
    assert_eq!(encode(&s), "zh-Hant/methods/");
    let (decoded, issues) = decode("zh-Hant/methods/");
    assert_eq!(decoded, s);
    assert!(issues.is_empty());
    assert_eq!(decode("#/methods?lang=zh-Hant").0, s);
}

#[test]
fn every_page_has_a_path_in_both_languages() {
    let mut s = UrlState::new(Tab::Companies);
    s.record = Some("anthropic".into());
    s.lang = Some(Lang::Zh);
    s.query = "x".into();
    assert_eq!(page_path(&s), "zh-Hant/companies/anthropic/");
    assert_eq!(encode(&s), "zh-Hant/companies/anthropic/?q=x");
    assert_eq!(
        decode("zh-Hant/companies/anthropic/?q=x"),
        (s.clone(), vec![])
    );
    // An old hash link to the same view.
    assert_eq!(
        decode("#/companies/anthropic?q=x&lang=zh-Hant"),
        (s.clone(), vec![])
    );
    // The same page reached as `…/index.html`, or with a fragment.
    assert_eq!(
        decode("zh-Hant/companies/anthropic/index.html?q=x#main").0,
        s
    );
    for view in View::CHARTS {
        let en = UrlState {
            lang: Some(Lang::En),
            ..UrlState::chart(view)
        };
        assert_eq!(page_path(&en), format!("{}/", view.key()));
        assert_eq!(decode(&page_path(&en)), (en, vec![]));
    }
    // A `zh-Hant` segment elsewhere is not a language.
    assert_eq!(
        decode("people/zh-Hant/").0.record.as_deref(),
        Some("zh-Hant")
    );
    assert_eq!(
        decode("zh-Hant/nowhere/").1,
        vec![UrlIssue::UnknownView("nowhere".into())]
    );
}
