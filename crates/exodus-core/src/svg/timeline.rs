//! The timeline drawing: lanes of marks over a time axis, with the named waves behind them.

use super::*;

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

/// Above this many marks, marks of one lane that would be drawn within
/// [`BUCKET`] pixels of each other (and so on top of each other) are drawn
/// as one, titled with the first few items and how many more: a drawing of
/// tens of thousands of overlapping marks takes the browser hundreds of
/// milliseconds and shows nothing more. The list by year keeps every item.
pub const DENSE: usize = 2_000;
/// The width, in pixels, of the columns that dense marks are merged in.
const BUCKET: f64 = 3.0;
/// Items named in a merged mark's title.
const NAMED: usize = 4;

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
    // The marks to draw, each with the marks drawn with it (in a dense
    // drawing, the following marks of its lane that fall in its column and
    // have its shape, a dot or a bar).
    let column = |x: f64| (x / BUCKET).floor();
    let dense = marks.len() > DENSE;
    let mut groups: Vec<(&Mark, (f64, f64), Vec<&Mark>)> = Vec::new();
    let mut open: Vec<Option<usize>> = vec![None; lanes.len()];
    for m in marks {
        let (Some((x0, x1)), true) = (scale.span(m.date), m.lane < lanes.len()) else {
            continue;
        };
        if let Some(g) = open[m.lane].filter(|_| dense) {
            let (_, (a, b), merged) = &mut groups[g];
            if column(*a) == column(x0) && ((*b - *a) < 1.0) == ((x1 - x0) < 1.0) {
                merged.push(m);
                continue;
            }
        }
        open[m.lane] = Some(groups.len());
        groups.push((m, (x0, x1), Vec::new()));
    }
    let mut last_x = vec![f64::MIN; lanes.len()];
    let mut nudge = vec![0.0f64; lanes.len()];
    for (m, (x0, x1), merged) in &groups {
        let (lane, x0, x1) = (m.lane, *x0, *x1);
        nudge[lane] = if x0 - last_x[lane] < 4.0 {
            (nudge[lane] + 4.0) % 16.0
        } else {
            0.0
        };
        last_x[lane] = x0;
        let y = TIMELINE_TOP + LANE * lane as f64 + 8.0 + nudge[lane];
        // A mark links to its record when it has one; a merged mark has
        // no one record to link to.
        let href = if merged.is_empty() { m.href } else { "" };
        let mut title = esc(m.title);
        for o in merged.iter().take(NAMED - 1) {
            title.push('\n');
            title.push_str(&esc(o.title));
        }
        if merged.len() >= NAMED {
            let _ = write!(title, "\n… (+{})", merged.len() + 1 - NAMED);
        }
        if href.is_empty() {
            let _ = write!(out, "<g><title>{title}</title>");
        } else {
            let _ = write!(
                out,
                r#"<a href="{}" tabindex="-1"><title>{title}</title>"#,
                esc(href),
            );
        }
        let close = if href.is_empty() { "</g>" } else { "</a>" };
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
