//! A drawing as a file that leaves the page whole: a standalone SVG with the
//! chart's title, the active filters, the data version, the source line and
//! the page address around it, in the reader's language.

use std::fmt::Write;

use super::{esc, n, W};
use crate::explore::View;
use crate::format::Lang;
use crate::i18n::M;
use crate::url::UrlState;

/// The texts around a drawing in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileText<'a> {
    pub title: &'a str,
    /// The active filters in words, or empty.
    pub filters: &'a str,
    pub version: &'a str,
    pub address: &'a str,
}

/// Colours of the file's background, text and secondary text (the page's
/// current theme).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette<'a> {
    pub background: &'a str,
    pub text: &'a str,
    pub muted: &'a str,
}

const HEAD: f64 = 64.0;
const FOOT: f64 = 52.0;

/// The file: `drawing` (an `<svg>` element whose styles are already
/// inlined, drawn `height` units tall at the common width [`W`]) placed
/// under the title and filters, over the source lines.
pub fn standalone(
    drawing: &str,
    height: f64,
    text: &FileText,
    palette: &Palette,
    lang: Lang,
) -> String {
    let total = HEAD + height + FOOT;
    let mut out = String::with_capacity(drawing.len() + 1024);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
         width=\"{w}\" height=\"{t}\" viewBox=\"0 0 {w} {t}\" font-family=\"system-ui, sans-serif\">\
         <title>{title}</title><rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>\
         <text x=\"16\" y=\"28\" font-size=\"20\" font-weight=\"700\" fill=\"{fg}\">{title}</text>\
         <text x=\"16\" y=\"50\" font-size=\"13\" fill=\"{muted}\">{filters}</text>",
        w = n(W),
        t = n(total),
        title = esc(text.title),
        bg = esc(palette.background),
        fg = esc(palette.text),
        muted = esc(palette.muted),
        filters = esc(text.filters),
    );
    // The drawing keeps its own coordinate system inside a sized viewport.
    let sized = drawing.replacen(
        "<svg",
        &format!(
            "<svg x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\"",
            n(HEAD),
            n(W),
            n(height)
        ),
        1,
    );
    out.push_str(&sized);
    let source = M::ChartSourceLine.fill(lang, &[text.version]);
    let _ = writeln!(
        out,
        "<text x=\"16\" y=\"{y1}\" font-size=\"12\" fill=\"{muted}\">{source}</text>\
         <text x=\"16\" y=\"{y2}\" font-size=\"12\" fill=\"{muted}\">{address}</text></svg>",
        y1 = n(HEAD + height + 22.0),
        y2 = n(HEAD + height + 40.0),
        muted = esc(palette.muted),
        source = esc(&source),
        address = esc(text.address),
    );
    out
}

/// The view's active filters in words ("Reason: Safety concerns · 2020–2024"),
/// with `value` naming each selected value in the reader's language.
pub fn filters_text(state: &UrlState, lang: Lang, value: &dyn Fn(&str) -> String) -> String {
    let mut parts: Vec<String> = state
        .filters
        .iter()
        .map(|(facet, values)| {
            let names: Vec<String> = values.iter().map(|v| value(v)).collect();
            format!(
                "{}: {}",
                lang.tr(facet.label()),
                names.join(lang.tr(M::NameSeparator))
            )
        })
        .collect();
    if state.view.has_years() && (state.from.is_some() || state.to.is_some()) {
        let y = |y: Option<i32>| y.map_or_else(|| "…".to_owned(), |y| y.to_string());
        parts.push(format!("{}–{}", y(state.from), y(state.to)));
    }
    if parts.is_empty() && state.view != View::Cards {
        return lang.tr(M::NoFilters).to_owned();
    }
    parts.join(" · ")
}
