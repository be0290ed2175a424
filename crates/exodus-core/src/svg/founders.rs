//! The founders drawing: one row of state bars per original founder over time.

use super::*;

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
