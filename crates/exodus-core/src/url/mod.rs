//! The URL codec: the one place where view state becomes a link and back.
//!
//! `zh-Hant/people/john-schulman/?q=anthropic&year=2024,2023&sort=oldest`
//!
//! The path names the language tree (English at the root, Chinese under
//! `zh-Hant/`), the tab and the open record, so every person and company
//! has a real page address that the build prerenders (`exodus-prerender`).
//! The query holds the search, the facet selections, the "pinned only"
//! switch, the sort, a chart's years and embed mode, so any view can be
//! shared, bookmarked and restored by Back/Forward. Links are relative to
//! the site's root (each page's `<base href>`), so one build works at a
//! domain's root and under any sub-path. Old hash links (`#/people/x?lang=en`)
//! still decode. Decoding never fails: whatever cannot be understood is
//! dropped and reported as a [`UrlIssue`] for a small notice.

mod sanitize;
pub use sanitize::sanitize;

use crate::explore::{Facet, Filters, Sort, Tab, View};
use crate::format::Lang;
use crate::i18n::M;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlState {
    /// The card lists or one of the charts.
    pub view: View,
    /// The card list (and the records' kind) of the card view.
    pub tab: Tab,
    /// The id of the open person (People tab) or company (Companies tab).
    pub record: Option<String>,
    pub query: String,
    pub filters: Filters,
    /// Only the records the reader pinned.
    pub pinned: bool,
    /// The range of years a chart shows (both ends included).
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub sort: Sort,
    /// The interface language; `None` when the URL does not say, and the
    /// reader's stored or browser preference applies.
    pub lang: Option<Lang>,
    /// The page is shown inside another site's frame: no site header or
    /// footer, a small link back to the full view (`embed=1`).
    pub embed: bool,
}

impl UrlState {
    pub fn new(tab: Tab) -> Self {
        Self {
            view: View::Cards,
            tab,
            record: None,
            query: String::new(),
            filters: Filters::new(),
            pinned: false,
            embed: false,
            from: None,
            to: None,
            sort: Sort::default_for(tab),
            lang: None,
        }
    }

    /// A chart view with no filters.
    pub fn chart(view: View) -> Self {
        Self {
            view,
            ..Self::new(Tab::People)
        }
    }

    /// The same list state with no record open.
    pub fn list(&self) -> Self {
        Self {
            record: None,
            ..self.clone()
        }
    }
}

impl Default for UrlState {
    fn default() -> Self {
        Self::new(Tab::People)
    }
}

/// Something in a URL that was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlIssue {
    UnknownView(String),
    UnknownParameter(String),
    UnknownSort(String),
    BadEncoding(String),
    UnknownValue { facet: String, value: String },
    UnknownRecord(String),
}

impl UrlIssue {
    /// The issue in words, in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        let (m, args): (M, [&str; 2]) = match self {
            UrlIssue::UnknownView(v) => (M::UnknownView, [v, ""]),
            UrlIssue::UnknownParameter(p) => (M::UnknownParameter, [p, ""]),
            UrlIssue::UnknownSort(s) => (M::UnknownSort, [s, ""]),
            UrlIssue::BadEncoding(s) => (M::BadEncoding, [s, ""]),
            UrlIssue::UnknownValue { facet, value } => (M::UnknownValue, [value, facet]),
            UrlIssue::UnknownRecord(id) => (M::UnknownRecord, [id, ""]),
        };
        m.fill(lang, &args)
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` as space; `None` for a broken escape or
/// invalid UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                // Two hex digits exactly (`from_str_radix` alone would take "+1").
                let hex = s.get(i + 1..i + 3)?;
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The language tree a path starts with: English at the site's root,
/// Traditional Chinese under `zh-Hant/`.
pub const ZH_PREFIX: &str = "zh-Hant";

/// The page path of a state, relative to the site's root and without the
/// query: `""` (the People list), `companies/`, `people/<id>/`,
/// `companies/<id>/`, `timeline/`, `flow/`, `founders/`, `methods/`, each
/// under `zh-Hant/` in Chinese. Every page of the site is one of these, and
/// the build writes each as `<path>index.html`.
pub fn page_path(state: &UrlState) -> String {
    let mut out = String::new();
    if state.lang == Some(Lang::Zh) {
        out.push_str(ZH_PREFIX);
        out.push('/');
    }
    match (state.view, state.tab, &state.record) {
        (View::Cards, Tab::People, None) => {}
        (View::Cards, tab, record) => {
            out.push_str(tab.key());
            out.push('/');
            if let Some(id) = record {
                out.push_str(&percent_encode(id));
                out.push('/');
            }
        }
        (view, _, _) => {
            out.push_str(view.key());
            out.push('/');
        }
    }
    out
}

/// Encodes a state as a link relative to the site's root: the page path
/// and, in the query, what is not the default (search, facets, pins, years,
/// sort, embed mode). The empty path is written `./`. Every page carries
/// `<base href>` pointing at the site's root, so the same link works from
/// any page and under any sub-path.
pub fn encode(state: &UrlState) -> String {
    let mut out = page_path(state);
    if out.is_empty() {
        out.push_str("./");
    }
    let mut params: Vec<String> = Vec::new();
    let cards = state.view == View::Cards;
    if !state.query.is_empty() && cards {
        params.push(format!("q={}", percent_encode(&state.query)));
    }
    for (facet, values) in state.filters.iter() {
        let joined: Vec<String> = values.iter().map(|v| percent_encode(v)).collect();
        params.push(format!("{}={}", facet.key(), joined.join(",")));
    }
    if state.pinned && cards {
        params.push("pinned=1".to_owned());
    }
    if let Some(y) = state.from {
        params.push(format!("from={y}"));
    }
    if let Some(y) = state.to {
        params.push(format!("to={y}"));
    }
    if state.sort != Sort::default_for(state.tab) && cards {
        params.push(format!("sort={}", state.sort.key()));
    }
    if state.embed {
        params.push("embed=1".to_owned());
    }
    if !params.is_empty() {
        out.push('?');
        out.push_str(&params.join("&"));
    }
    out
}

/// Decodes a link relative to the site's root (`zh-Hant/people/x/?q=y`, as
/// [`encode`] writes it), or an old hash link (`#/people/x?q=y&lang=en`,
/// which earlier releases wrote and readers may have saved). Never fails.
///
/// A path names its language (English unless it starts with `zh-Hant/`); a
/// hash names it only with `lang=`, and without it the language is `None`.
pub fn decode(link: &str) -> (UrlState, Vec<UrlIssue>) {
    let mut issues = Vec::new();
    if let Some(hash) = link.strip_prefix('#') {
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let state = parse(path.split('/'), query, &mut issues);
        return (state, issues);
    }
    let link = link.split('#').next().unwrap_or_default();
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    let mut segments = path
        .split('/')
        .filter(|s| !s.is_empty() && *s != "." && *s != "index.html")
        .peekable();
    let lang = if segments.peek() == Some(&ZH_PREFIX) {
        segments.next();
        Lang::Zh
    } else {
        Lang::En
    };
    let mut state = parse(segments, query, &mut issues);
    state.lang.get_or_insert(lang);
    (state, issues)
}

/// The view named by path segments, and the query's parameters.
fn parse<'a>(
    segments: impl Iterator<Item = &'a str>,
    query: &str,
    issues: &mut Vec<UrlIssue>,
) -> UrlState {
    let mut segments = segments.filter(|s| !s.is_empty());
    let (view, tab) = match segments.next() {
        None | Some("people") => (View::Cards, Tab::People),
        Some("companies") => (View::Cards, Tab::Companies),
        Some("methods") => (View::Methods, Tab::People),
        Some(other) => match View::CHARTS.into_iter().find(|v| v.key() == other) {
            Some(chart) => (chart, Tab::People),
            None => {
                issues.push(UrlIssue::UnknownView(other.chars().take(40).collect()));
                (View::Cards, Tab::People)
            }
        },
    };
    let mut state = UrlState::new(tab);
    state.view = view;
    if let Some(raw) = segments.next() {
        match percent_decode(raw) {
            Some(id) if !id.is_empty() && view == View::Cards => state.record = Some(id),
            Some(_) if view != View::Cards => {
                issues.push(UrlIssue::UnknownView(raw.chars().take(40).collect()))
            }
            _ => issues.push(UrlIssue::BadEncoding(raw.chars().take(40).collect())),
        }
    }
    if let Some(extra) = segments.next() {
        issues.push(UrlIssue::UnknownView(extra.chars().take(40).collect()));
    }
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "q" if view == View::Cards => match percent_decode(raw) {
                Some(q) => state.query = q,
                None => issues.push(UrlIssue::BadEncoding(raw.chars().take(40).collect())),
            },
            "pinned" if raw == "1" && view == View::Cards => state.pinned = true,
            "embed" if raw == "1" => state.embed = true,
            "from" | "to" if view.has_years() => match raw.parse::<i32>() {
                Ok(y) if (1900..=2200).contains(&y) => {
                    if key == "from" {
                        state.from = Some(y);
                    } else {
                        state.to = Some(y);
                    }
                }
                _ => issues.push(UrlIssue::UnknownValue {
                    facet: key.into(),
                    value: raw.chars().take(40).collect(),
                }),
            },
            "lang" => match Lang::from_tag(raw) {
                Some(l) => state.lang = Some(l),
                None => issues.push(UrlIssue::UnknownValue {
                    facet: key.into(),
                    value: raw.chars().take(40).collect(),
                }),
            },
            "sort" if view == View::Cards => match Sort::from_key(tab, raw) {
                Some(s) => state.sort = s,
                None => issues.push(UrlIssue::UnknownSort(raw.chars().take(40).collect())),
            },
            _ => match Facet::for_view(view, tab)
                .iter()
                .copied()
                .find(|f| f.key() == key)
            {
                Some(facet) => {
                    for v in raw.split(',').filter(|v| !v.is_empty()) {
                        match percent_decode(v) {
                            Some(v) if !v.is_empty() => state.filters.insert(facet, v),
                            _ => issues.push(UrlIssue::BadEncoding(v.chars().take(40).collect())),
                        }
                    }
                }
                None => issues.push(UrlIssue::UnknownParameter(key.chars().take(40).collect())),
            },
        }
    }
    state
}

// Native only: proptest does not build for wasm32-unknown-unknown.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
