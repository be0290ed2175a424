//! The flow drawing: bands from OpenAI to where people went, move by move.

use super::*;

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
