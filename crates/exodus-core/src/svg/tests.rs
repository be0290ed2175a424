//! Tests of the SVG drawings: escaping, marks, waves, bands and bars.

use super::*;
use crate::format::Lang;
use crate::model::Precision;

fn date(s: &str, precision: Precision) -> PartialDate {
    PartialDate::parse(s, precision, false).expect("a date")
}

#[test]
fn text_is_escaped() {
    assert_eq!(
        esc(r#"<a href="x">&'"#),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    );
    let day = date("2024-09-25", Precision::Day);
    let scale = TimeScale::years(2024, 2024, 800.0);
    let marks = [Mark {
        lane: 0,
        date: &day,
        kind: "departure",
        href: "#/people/x?a=1&b=2",
        title: "<script>alert(1)</script>",
    }];
    let svg = timeline(&scale, &["Departures"], &[], &marks);
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&lt;script&gt;"));
    assert!(svg.contains(r##"href="#/people/x?a=1&amp;b=2""##));
}

#[test]
fn timeline_marks_show_their_precision() {
    let scale = TimeScale::years(2023, 2024, 800.0);
    let (day, month, year) = (
        date("2024-09-25", Precision::Day),
        date("2023-11", Precision::Month),
        date("2024", Precision::Year),
    );
    let off_axis = date("2019-01-01", Precision::Day);
    let marks: Vec<Mark> = [&day, &month, &year, &off_axis]
        .into_iter()
        .map(|d| Mark {
            lane: 0,
            date: d,
            kind: "departure",
            href: "#",
            title: "t",
        })
        .collect();
    let svg = timeline(&scale, &["Departures"], &[], &marks);
    // A day is a dot; a month and a year are bars; off the axis, nothing.
    assert_eq!(svg.matches("<circle").count(), 1);
    assert_eq!(svg.matches("tl-range").count(), 2);
    assert_eq!(svg.matches("<a ").count(), 3);
    // The year bar is twelve times the month bar.
    let widths: Vec<f64> = svg
        .split("tl-range")
        .skip(1)
        .map(|s| {
            let w = s.split("width=\"").nth(1).unwrap();
            w[..w.find('"').unwrap()].parse().unwrap()
        })
        .collect();
    assert!((widths[1] / widths[0] - 12.0).abs() < 0.2, "{widths:?}");
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
}

#[test]
fn short_ranges_get_month_lines() {
    let one = timeline(&TimeScale::years(2024, 2024, 800.0), &["D"], &[], &[]);
    assert_eq!(one.matches("axis month").count(), 11);
    let many = timeline(&TimeScale::years(2015, 2026, 800.0), &["D"], &[], &[]);
    assert_eq!(many.matches("axis month").count(), 0);
}

#[test]
fn wave_labels_do_not_run_into_each_other() {
    let scale = TimeScale::years(2015, 2026, 800.0);
    let waves = [
        Wave {
            label: "Board crisis",
            from: date("2023-11", Precision::Month),
            to: date("2023-11", Precision::Month),
        },
        Wave {
            label: "Safety-team exits",
            from: date("2024-02", Precision::Month),
            to: date("2024-05", Precision::Month),
        },
        Wave {
            label: "Far apart",
            from: date("2016-01", Precision::Month),
            to: date("2016-01", Precision::Month),
        },
    ];
    let svg = timeline(&scale, &["Departures"], &waves, &[]);
    let rows: Vec<&str> = svg
        .split("<g class=\"tl-wave\">")
        .skip(1)
        .map(|g| {
            let t = g.split("<text").nth(1).unwrap();
            let y = t.split("y=\"").nth(1).unwrap();
            &y[..y.find('"').unwrap()]
        })
        .collect();
    // The two close waves take different rows; the far one reuses the first.
    assert_ne!(rows[0], rows[1]);
    assert_eq!(rows[0], rows[2]);
}

#[test]
fn flow_bands_are_focusable_and_named() {
    use crate::charts::{layout_flow, Band, Node};
    let bands = vec![
        Band {
            hop: 1,
            from: Node::Org(0),
            to: Node::Org(1),
            people: vec![0, 1, 2],
        },
        Band {
            hop: 2,
            from: Node::Org(1),
            to: Node::Org(2),
            people: vec![0],
        },
    ];
    let layout = layout_flow(&bands, W - FLOW_LEFT - FLOW_RIGHT, 300.0, 10.0);
    let nodes: Vec<(String, bool)> = ["OpenAI", "Anthropic", "Thinking Machines Lab"]
        .map(|n| (n.to_string(), n != "OpenAI"))
        .to_vec();
    let labels = vec![
        ("OpenAI → Anthropic: 3".to_string(), 3),
        ("Anthropic → TML: 1".to_string(), 1),
    ];
    let svg = flow(
        &layout,
        300.0,
        &nodes,
        &labels,
        &["Move 1".into(), "Move 2".into()],
        "cap",
    );
    assert_eq!(svg.matches(r#"tabindex="0""#).count(), 2);
    assert!(svg.contains(r#"aria-label="OpenAI → Anthropic: 3" data-band="0" data-count="3""#));
    assert!(svg.contains(r#"aria-labelledby="cap""#));
    assert!(svg.contains(r#"lang="en">Thinking Machines Lab</text>"#));
    // The first column's labels sit left of their boxes.
    assert!(svg.contains(r#"end">OpenAI</text>"#));
}

#[test]
fn valuation_points_mark_the_article() {
    let time = TimeScale::years(2023, 2024, 700.0);
    let money = LogScale::new(4e9, 18e9, 220.0).unwrap();
    let (a, b) = (
        date("2023-03", Precision::Month),
        date("2024-08", Precision::Month),
    );
    let points = [
        Point {
            date: &a,
            amount: 4.1e9,
            label: "$4.1B",
            title: "t",
            article: false,
        },
        Point {
            date: &b,
            amount: 18e9,
            label: "$18B",
            title: "t",
            article: true,
        },
    ];
    let svg = valuation_series(&time, &money, &points, &|t| format!("{}", t as i64));
    assert_eq!(svg.matches("val-article").count(), 1);
    assert_eq!(svg.matches("<circle").count(), 1);
    assert!(svg.contains(">$18B</text>"));
    // A higher amount sits higher (smaller y).
    let y = |label: &str| -> f64 {
        let before = &svg[..svg.find(&format!(">{label}</text>")).unwrap()];
        let y = before.rsplit("y=\"").next().unwrap();
        y[..y.find('"').unwrap()].parse().unwrap()
    };
    assert!(y("$18B") < y("$4.1B"));
}

#[test]
fn comparison_bars_grow_with_the_amount() {
    let scale = LogScale::new(1e8, 1e12, 500.0).unwrap();
    let bars = [
        Bar {
            name: "Big",
            amount: 1e12,
            weak: false,
            label: "$1T",
        },
        Bar {
            name: "Small",
            amount: 1e8,
            weak: true,
            label: "$100M",
        },
    ];
    let svg = compare(&scale, &bars, &|t| format!("{}", t as i64));
    let widths: Vec<f64> = svg
        .split("<rect")
        .skip(1)
        .map(|s| {
            let w = s.split("width=\"").nth(1).unwrap();
            w[..w.find('"').unwrap()].parse().unwrap()
        })
        .collect();
    assert_eq!(widths.len(), 2);
    assert!(widths[0] > widths[1]);
    assert_eq!(svg.matches("cmp-weak").count(), 1);
}

#[test]
fn a_chart_file_carries_title_filters_version_source_and_address() {
    let drawing =
        "<svg class=\"timeline\" viewBox=\"0 0 1000 300\"><text>2024 &amp; on</text></svg>";
    let file = standalone(
        drawing,
        300.0,
        &FileText {
            title: "Timeline <of> departures",
            filters: "Reason: Safety concerns",
            version: "1.2.0",
            address: "https://example.org/exodus/#/timeline?reason=safety",
        },
        &Palette {
            background: "#fff",
            text: "#111",
            muted: "#555",
        },
        Lang::En,
    );
    assert!(file.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"416\""), "{file}");
    for needle in [
        "<title>Timeline &lt;of&gt; departures</title>",
        ">Reason: Safety concerns</text>",
        "<svg x=\"0\" y=\"64\" width=\"1000\" height=\"300\" class=\"timeline\"",
        ">Source: Exodus dataset, CC BY 4.0 · data version 1.2.0</text>",
        ">https://example.org/exodus/#/timeline?reason=safety</text>",
    ] {
        assert!(file.contains(needle), "{needle:?} missing from {file}");
    }
    assert_eq!(file.matches("<svg").count(), 2);
    assert!(file.trim_end().ends_with("</text></svg>"));
    let zh = standalone(
        drawing,
        300.0,
        &FileText {
            title: "時間軸",
            filters: "",
            version: "1.2.0",
            address: "a",
        },
        &Palette {
            background: "#000",
            text: "#fff",
            muted: "#aaa",
        },
        Lang::Zh,
    );
    assert!(zh.contains("資料來源：Exodus 資料集，CC BY 4.0 · 資料版本 1.2.0"));
}

#[test]
fn filters_read_as_words_with_the_year_range() {
    use crate::explore::{Facet, View};
    use crate::url::UrlState;
    let mut s = UrlState::chart(View::Timeline);
    assert_eq!(
        filters_text(&s, Lang::En, &|v| v.to_owned()),
        "All records, no filters"
    );
    s.filters.insert(Facet::Reason, "safety".into());
    s.from = Some(2020);
    let text = filters_text(&s, Lang::En, &|v| v.to_uppercase());
    assert!(text.ends_with(": SAFETY · 2020–…"), "{text}");
}

/// `count` day marks on one lane, all on 25 September 2024, and one on
/// 1 March 2024; titles "item 0", "item 1", ….
fn crowded_marks(count: usize) -> String {
    let same = date("2024-09-25", Precision::Day);
    let other = date("2024-03-01", Precision::Day);
    let titles: Vec<String> = (0..=count).map(|i| format!("item {i}")).collect();
    let mut marks: Vec<Mark> = vec![Mark {
        lane: 0,
        date: &other,
        kind: "departure",
        href: "people/first/",
        title: &titles[count],
    }];
    marks.extend((0..count).map(|i| Mark {
        lane: 0,
        date: &same,
        kind: "departure",
        href: "people/x/",
        title: &titles[i],
    }));
    timeline(&TimeScale::years(2024, 2024, 800.0), &["D"], &[], &marks)
}

#[test]
fn a_dense_timeline_draws_marks_on_the_same_spot_as_one() {
    // Up to DENSE marks, every mark is drawn and links to its record.
    let sparse = crowded_marks(DENSE - 1);
    assert_eq!(sparse.matches("<circle").count(), DENSE);
    assert_eq!(sparse.matches("<a href").count(), DENSE);
    // Above it, the marks of one column are one mark, titled with the
    // first few and how many more, and linking to no one record; a mark
    // elsewhere is its own.
    let dense = crowded_marks(DENSE + 10);
    assert_eq!(dense.matches("<circle").count(), 2);
    assert_eq!(dense.matches("<a href").count(), 1);
    assert!(dense.contains("<title>item 0\nitem 1\nitem 2\nitem 3\n… (+2006)</title>"));
}
