//! The charts' drawings as SVG text, from the layouts of [`crate::charts`].
//!
//! Drawing is pure string building: the interface inserts the finished
//! `<svg>` element as markup, which costs far less wasm than building each
//! shape as a virtual DOM node, keeps the drawings testable natively, and
//! lets a build step prerender them later. Every text and attribute taken
//! from the data goes through [`esc`]. The drawings hold no scripts and no
//! inline event handlers; interaction (the flow's bands) is delegated to the
//! element that holds the drawing, through `data-` attributes.

use std::fmt::Write;

use crate::charts::{svg_num, BandPath, FlowLayout, LogScale, TimeScale};
use crate::model::PartialDate;

/// Width of every drawing's coordinate system; drawings scale to fit.
pub const W: f64 = 1000.0;

/// Escapes text for SVG/HTML text content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn n(x: f64) -> String {
    svg_num(x)
}

/// A label's approximate width at a font size: wide (CJK) characters count
/// about one em, others about two thirds of one (bold Latin text).
fn text_width(s: &str, size: f64) -> f64 {
    s.chars()
        .map(|c| if c > '\u{2e7f}' { size } else { size * 0.64 })
        .sum()
}

/// The opening tag of a drawing `height` units tall; `attrs` are extra
/// attributes (already escaped). Close with `</svg>`.
fn open(out: &mut String, class: &str, top: f64, height: f64, attrs: &str) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="{class}" viewBox="0 {} {} {}" {attrs}>"#,
        n(top),
        n(W),
        n(height)
    );
}

/// Vertical year lines with their labels, from `y0` down to `y1`.
fn year_axis(out: &mut String, scale: &TimeScale, left: f64, y0: f64, y1: f64) {
    for (year, x) in scale.year_ticks() {
        let x = left + x;
        let _ = write!(
            out,
            r#"<g class="axis"><line x1="{x}" x2="{x}" y1="{}" y2="{}"/><text x="{}" y="{}">{year}</text></g>"#,
            n(y0 + 2.0),
            n(y1),
            n(x + 3.0),
            n(y0),
            x = n(x)
        );
    }
}

/// The start of a drawing over years: hidden from assistive technology
/// (a list or table beside it carries the same items), with its year axis.
fn on_time_axis(class: &str, scale: &TimeScale, left: f64, height: f64, size: usize) -> String {
    let mut out = String::with_capacity(512 + size);
    open(
        &mut out,
        class,
        0.0,
        height,
        r#"aria-hidden="true" focusable="false""#,
    );
    year_axis(&mut out, scale, left, 12.0, height);
    out
}

/// Month lines, numbered, when the axis spans two years or less (years
/// alone would leave positions unreadable).
fn month_ticks(out: &mut String, scale: &TimeScale, left: f64, height: f64) {
    let years = scale.year_ticks();
    if years.len() > 2 {
        return;
    }
    for (year, _) in years {
        for month in 2..=12 {
            let Some((x, _)) = PartialDate::ym(year, month).and_then(|d| scale.span(&d)) else {
                continue;
            };
            let x = left + x;
            let _ = write!(
                out,
                r#"<g class="axis month"><line x1="{x}" x2="{x}" y1="16" y2="{}"/><text x="{}" y="24">{month}</text></g>"#,
                n(height),
                n(x + 2.0),
                x = n(x)
            );
        }
    }
}

/// One item of the timeline: its lane, date and link.
pub struct Mark<'a> {
    pub lane: usize,
    pub date: &'a PartialDate,
    /// The kind's key, for its colour (`tl-<kind>`): a fixed name, never
    /// data, so it is written as it is.
    pub kind: &'static str,
    pub href: &'a str,
    pub title: &'a str,
}

/// A named stretch of time drawn behind the marks.
pub struct Wave<'a> {
    pub label: &'a str,
    pub from: PartialDate,
    pub to: PartialDate,
}

pub const TIMELINE_LEFT: f64 = 150.0;
/// Rows for the labels of the waves, above the lanes.
const WAVE_ROWS: usize = 4;
/// First baseline of the wave labels, below the year and month labels.
const WAVE_TOP: f64 = 37.0;
const TIMELINE_TOP: f64 = WAVE_TOP + 13.0 * WAVE_ROWS as f64 + 6.0;
const LANE: f64 = 26.0;

/// The timeline: one lane per kind, a dot for a known day and a bar over
/// the month or the year a date is known to. Marks on the same spot are
/// nudged apart. The drawing is hidden from assistive technology and its
/// links are out of the tab order: the list by year carries the same items.
pub fn timeline(scale: &TimeScale, lanes: &[&str], waves: &[Wave], marks: &[Mark]) -> String {
    let left = TIMELINE_LEFT;
    let height = TIMELINE_TOP + LANE * lanes.len() as f64 + 8.0;
    let mut out = on_time_axis("timeline-chart", scale, left, height, marks.len() * 160);
    month_ticks(&mut out, scale, left, height);
    // Wave labels go on the first row where they run into no other label,
    // starting at their wave or else ending at it (kept inside the drawing).
    let mut taken: [Vec<(f64, f64)>; WAVE_ROWS] = Default::default();
    for w in waves {
        let (Some((x0, _)), Some((_, x1))) = (scale.span(&w.from), scale.span(&w.to)) else {
            continue;
        };
        let width = text_width(w.label, 11.0);
        let fit = |x: f64| x.max(0.0).min(W - 4.0 - width);
        let free = |row: &Vec<(f64, f64)>, x: f64| {
            row.iter().all(|&(a, b)| x > b + 8.0 || x + width + 8.0 < a)
        };
        let (row, x) = (0..WAVE_ROWS)
            .flat_map(|r| [(r, fit(left + x0)), (r, fit(left + x1 - width))])
            .find(|&(r, x)| free(&taken[r], x))
            .unwrap_or((WAVE_ROWS - 1, fit(left + x0)));
        taken[row].push((x, x + width));
        let _ = write!(
            out,
            r#"<g class="tl-wave"><rect x="{}" y="{}" width="{}" height="{}"/><text x="{}" y="{}">{}</text></g>"#,
            n(left + x0),
            n(TIMELINE_TOP - 4.0),
            n((x1 - x0).max(3.0)),
            n(height - TIMELINE_TOP),
            n(x),
            n(WAVE_TOP + row as f64 * 13.0),
            esc(w.label)
        );
    }
    for (i, label) in lanes.iter().enumerate() {
        let _ = write!(
            out,
            r#"<text class="lane-label" x="0" y="{}">{}</text>"#,
            n(TIMELINE_TOP + LANE * i as f64 + 12.0),
            esc(label)
        );
    }
    let mut last_x = vec![f64::MIN; lanes.len()];
    let mut nudge = vec![0.0f64; lanes.len()];
    for m in marks {
        let (Some((x0, x1)), true) = (scale.span(m.date), m.lane < lanes.len()) else {
            continue;
        };
        let lane = m.lane;
        nudge[lane] = if x0 - last_x[lane] < 4.0 {
            (nudge[lane] + 4.0) % 16.0
        } else {
            0.0
        };
        last_x[lane] = x0;
        let y = TIMELINE_TOP + LANE * lane as f64 + 8.0 + nudge[lane];
        // A mark links to its record when it has one.
        if m.href.is_empty() {
            let _ = write!(out, "<g><title>{}</title>", esc(m.title));
        } else {
            let _ = write!(
                out,
                r#"<a href="{}" tabindex="-1"><title>{}</title>"#,
                esc(m.href),
                esc(m.title)
            );
        }
        let close = if m.href.is_empty() { "</g>" } else { "</a>" };
        if x1 - x0 < 1.0 {
            let _ = write!(
                out,
                r#"<circle class="tl-mark tl-{}" cx="{}" cy="{}" r="4.5"/>{close}"#,
                m.kind,
                n(left + x0),
                n(y)
            );
        } else {
            let _ = write!(
                out,
                r#"<rect class="tl-mark tl-range tl-{}" x="{}" y="{}" width="{}" height="6"/>{close}"#,
                m.kind,
                n(left + x0),
                n(y - 3.0),
                n(x1 - x0)
            );
        }
    }
    out.push_str("</svg>");
    out
}

pub const FLOW_LEFT: f64 = 70.0;
pub const FLOW_RIGHT: f64 = 170.0;

/// The flow: node boxes with their labels, and one focusable band per
/// move whose `data-band` names it for the listener around the drawing.
/// `node_labels` follow `layout.columns` (column by column), each with
/// whether it is an English name shown in the Chinese interface (marked
/// `lang="en"` for screen readers, which read this drawing); `bands` give
/// each band's accessible label and its number of people (as `data-count`,
/// for checks against the table); `heads` label the columns after the first.
pub fn flow(
    layout: &FlowLayout,
    height: f64,
    node_labels: &[(String, bool)],
    bands: &[(String, usize)],
    heads: &[String],
    labelled_by: &str,
) -> String {
    let left = FLOW_LEFT;
    let mut out = String::with_capacity(512 + layout.bands.len() * 300);
    open(
        &mut out,
        "flow-chart",
        -24.0,
        height + 30.0,
        &format!(r#"role="group" aria-labelledby="{}""#, esc(labelled_by)),
    );
    let width = W - FLOW_LEFT - FLOW_RIGHT;
    let ncols = layout.columns.len();
    for (c, head) in heads.iter().enumerate() {
        let x = left + width * (c + 1) as f64 / (ncols.max(2) - 1) as f64;
        let _ = write!(
            out,
            r#"<text class="flow-head" x="{}" y="-8">{}</text>"#,
            n(x - 4.0),
            esc(head)
        );
    }
    let mut drawn: Vec<&BandPath> = layout.bands.iter().collect();
    crate::order::sort_by_key(&mut drawn, |p| crate::order::Key {
        rank: (p.x0 * 10.0) as i64,
        num: (p.y0a * 10.0) as i64,
        text: String::new(),
    });
    for p in drawn {
        let (label, count) = bands.get(p.band).map_or(("", 0), |(l, c)| (l.as_str(), *c));
        band(&mut out, p, left, label, count);
    }
    let mut labels = node_labels.iter();
    for (c, col) in layout.columns.iter().enumerate() {
        for b in col {
            let (label, english) = labels.next().map_or(("", false), |(l, e)| (l.as_str(), *e));
            // The first column's labels go left of the boxes, the others right.
            let (x, anchor) = if c == 0 {
                (left + b.x - 8.0, "end")
            } else {
                (left + b.x + 8.0, "start")
            };
            let _ = write!(
                out,
                r#"<g class="flow-node"><rect x="{}" y="{}" width="8" height="{}"/><text x="{}" y="{}" text-anchor="{anchor}"{}>{}</text></g>"#,
                n(left + b.x - 4.0),
                n(b.y0),
                n((b.y1 - b.y0).max(1.0)),
                n(x),
                n((b.y0 + b.y1) / 2.0 + 4.0),
                if english { r#" lang="en""# } else { "" },
                esc(label)
            );
        }
    }
    out.push_str("</svg>");
    out
}

fn band(out: &mut String, p: &BandPath, left: f64, label: &str, count: usize) {
    let label = esc(label);
    let _ = write!(
        out,
        r#"<path class="band" d="{}" transform="translate({} 0)" tabindex="0" role="img" aria-label="{label}" data-band="{}" data-count="{count}"><title>{label}</title></path>"#,
        p.d(),
        n(left),
        p.band
    );
}

pub const FOUNDERS_LEFT: f64 = 190.0;
const FOUNDER_ROW: f64 = 30.0;

/// A bar of one state, from `x0` to `x1`, with the span its start is
/// known to (`began`) drawn lighter.
#[derive(Debug, Clone, PartialEq)]
pub struct StateBar {
    /// The state's class (`fs-at`, `fs-left`, ...).
    pub class: &'static str,
    pub title: String,
    pub began: (f64, f64),
    pub x0: f64,
    pub x1: f64,
}

/// One founder's row: a name linking to the record, and the bars.
pub struct FounderRow<'a> {
    pub name: &'a str,
    pub href: &'a str,
    pub bars: &'a [StateBar],
}

/// The founders over time: one row per founder on a shared time axis.
pub fn founders(scale: &TimeScale, rows: &[FounderRow]) -> String {
    let left = FOUNDERS_LEFT;
    let top = 22.0;
    let height = top + FOUNDER_ROW * rows.len() as f64 + 4.0;
    let mut out = on_time_axis("founders-chart", scale, left, height, rows.len() * 600);
    for (r, row) in rows.iter().enumerate() {
        let y = top + FOUNDER_ROW * r as f64;
        let _ = write!(
            out,
            r#"<g class="founder-row"><a href="{}" tabindex="-1"><text x="0" y="{}">{}</text></a>"#,
            esc(row.href),
            n(y + 15.0),
            esc(row.name)
        );
        for b in row.bars {
            let StateBar {
                class,
                title,
                began,
                x0,
                x1,
            } = b;
            let _ = write!(
                out,
                r#"<rect class="fbar {class}" x="{}" y="{}" width="{}" height="16"><title>{}</title></rect>"#,
                n(left + x0),
                n(y + 4.0),
                n(x1 - x0),
                esc(title)
            );
            if began.1 - began.0 > 1.0 {
                let _ = write!(
                    out,
                    r#"<rect class="fbar fbar-uncertain {class}" x="{}" y="{}" width="{}" height="16"/>"#,
                    n(left + began.0),
                    n(y + 4.0),
                    n(began.1 - began.0)
                );
            }
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// A point of a valuation series.
pub struct Point<'a> {
    pub date: &'a PartialDate,
    pub amount: f64,
    /// The amount as shown ("$18B").
    pub label: &'a str,
    pub title: &'a str,
    /// A figure from the core article (drawn as a diamond).
    pub article: bool,
}

/// A company's valuations over time on a log scale. `tick_label` writes a
/// gridline's amount.
pub fn valuation_series(
    time: &TimeScale,
    money: &LogScale,
    points: &[Point],
    tick_label: &dyn Fn(f64) -> String,
) -> String {
    let (left, top, h) = (90.0, 16.0, 220.0);
    let y_of = |v: f64| top + h - money.pos(v) * h / money_width(money);
    let mut out = String::with_capacity(512 + points.len() * 300);
    open(
        &mut out,
        "valuation-chart",
        0.0,
        top + h + 26.0,
        r#"aria-hidden="true" focusable="false""#,
    );
    for t in money.ticks() {
        let y = y_of(t);
        let _ = write!(
            out,
            r#"<g class="axis"><line x1="{}" x2="{}" y1="{y}" y2="{y}"/><text x="{}" y="{}" text-anchor="end">{}</text></g>"#,
            n(left),
            n(W - 10.0),
            n(left - 6.0),
            n(y + 4.0),
            esc(&tick_label(t)),
            y = n(y)
        );
    }
    for (year, x) in time.year_ticks() {
        let _ = write!(
            out,
            r#"<text class="axis" x="{}" y="{}">{year}</text>"#,
            n(left + x + 3.0),
            n(top + h + 18.0)
        );
    }
    let mut last_label: Option<(f64, f64, f64)> = None;
    for p in points {
        let Some((x0, x1)) = time.span(p.date) else {
            continue;
        };
        let (x0, x1) = (left + x0, left + x1);
        let (mid, y) = ((x0 + x1) / 2.0, y_of(p.amount));
        let _ = write!(
            out,
            r#"<g class="val-point{}"><title>{}</title>"#,
            if p.article { " val-article" } else { "" },
            esc(p.title)
        );
        if x1 - x0 > 1.0 {
            let _ = write!(
                out,
                r#"<line class="val-span" x1="{}" x2="{}" y1="{y}" y2="{y}"/>"#,
                n(x0),
                n(x1),
                y = n(y)
            );
        }
        if p.article {
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="10" height="10" transform="rotate(45 {} {})"/>"#,
                n(mid - 5.0),
                n(y - 5.0),
                n(mid),
                n(y)
            );
        } else {
            let _ = write!(out, r#"<circle cx="{}" cy="{}" r="5"/>"#, n(mid), n(y));
        }
        // A label that would run into the previous one goes below its point.
        let width = text_width(p.label, 13.0);
        let above = y - 6.0;
        let label_y = match last_label {
            Some((lx, lw, ly)) if mid + 9.0 < lx + lw + 4.0 && (above - ly).abs() < 14.0 => {
                y + 18.0
            }
            _ => above,
        };
        last_label = Some((mid + 9.0, width, label_y));
        let _ = write!(
            out,
            r#"<text x="{}" y="{}">{}</text></g>"#,
            n(mid + 9.0),
            n(label_y),
            esc(p.label)
        );
    }
    out.push_str("</svg>");
    out
}

/// The scale's full width (its position of the top of the domain).
fn money_width(s: &LogScale) -> f64 {
    s.pos(s.domain().1).max(1.0)
}

/// A bar of the valuation comparison.
pub struct Bar<'a> {
    pub name: &'a str,
    pub amount: f64,
    /// Drawn lighter when the figure is single-source or unverified.
    pub weak: bool,
    /// "$18B as of Aug 2024".
    pub label: &'a str,
}

pub const COMPARE_LEFT: f64 = 200.0;

/// Latest valuations side by side on a log scale (`scale` spans the bars'
/// width), largest first as given.
pub fn compare(scale: &LogScale, bars: &[Bar], tick_label: &dyn Fn(f64) -> String) -> String {
    let (left, bar_h, gap) = (COMPARE_LEFT, 18.0, 8.0);
    let height = 20.0 + (bar_h + gap) * bars.len() as f64;
    let mut out = String::with_capacity(512 + bars.len() * 240);
    open(
        &mut out,
        "compare-chart",
        0.0,
        height,
        r#"aria-hidden="true" focusable="false""#,
    );
    for t in scale.ticks() {
        let x = left + scale.pos(t);
        let _ = write!(
            out,
            r#"<g class="axis"><line x1="{x}" x2="{x}" y1="14" y2="{}"/><text x="{}" y="12">{}</text></g>"#,
            n(height),
            n(x + 3.0),
            esc(&tick_label(t)),
            x = n(x)
        );
    }
    for (i, b) in bars.iter().enumerate() {
        let y = 20.0 + (bar_h + gap) * i as f64;
        let w = scale.pos(b.amount).max(2.0);
        let _ = write!(
            out,
            r#"<g class="cmp-bar{}"><text x="{}" y="{}" text-anchor="end">{}</text><rect x="{}" y="{}" width="{}" height="{}"/><text x="{}" y="{}">{}</text></g>"#,
            if b.weak { " cmp-weak" } else { "" },
            n(left - 8.0),
            n(y + 13.0),
            esc(b.name),
            n(left),
            n(y),
            n(w),
            n(bar_h),
            n(left + w + 6.0),
            n(y + 13.0),
            esc(b.label)
        );
    }
    out.push_str("</svg>");
    out
}

// Native only, like the other pure-core tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
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
}
