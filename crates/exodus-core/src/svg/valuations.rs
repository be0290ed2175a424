//! The valuation drawings: one company's series over time and the comparison of companies on a log scale.

use super::*;

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
