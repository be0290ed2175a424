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

mod file;
mod flow;
mod founders;
pub mod preview;
mod timeline;
mod valuations;
pub use file::*;
pub use flow::*;
pub use founders::*;
pub use timeline::*;
pub use valuations::*;

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

// Native only, like the other pure-core tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
