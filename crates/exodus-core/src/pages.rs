//! The site's pages: every view that has its own address and is written as
//! HTML at build time, and what a search engine or a link preview reads
//! about each (the meta description).

use crate::catalog::{departures, Catalog};
use crate::explore::{Tab, View};
use crate::format::{format_date, format_money, Lang};
use crate::i18n::M;
use crate::model::Person;
use crate::svg::preview::PreviewText;
use crate::url::UrlState;

/// The longest meta description written; longer ones are cut at a word.
pub const DESCRIPTION_MAX: usize = 240;

/// Every page of the site, in English then Chinese: the People list (the
/// home page), the Companies list, each person and each organisation, the
/// timeline, flow and founders charts, and the methods page.
pub fn all(cat: &Catalog) -> Vec<UrlState> {
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        let with_lang = |s: UrlState| UrlState {
            lang: Some(lang),
            ..s
        };
        pages.push(with_lang(UrlState::new(Tab::People)));
        pages.push(with_lang(UrlState::new(Tab::Companies)));
        for (tab, ids) in [
            (
                Tab::People,
                cat.data.people.iter().map(|p| &p.id).collect::<Vec<_>>(),
            ),
            (
                Tab::Companies,
                cat.data.organisations.iter().map(|o| &o.id).collect(),
            ),
        ] {
            for id in ids {
                let mut s = with_lang(UrlState::new(tab));
                s.record = Some(id.clone());
                pages.push(s);
            }
        }
        for view in View::CHARTS {
            pages.push(with_lang(UrlState::chart(view)));
        }
        pages.push(with_lang(UrlState::chart(View::Methods)));
    }
    pages
}

/// The names of the organisations a person went to, each once, in order.
fn destinations<'a>(cat: &'a Catalog, p: &Person, lang: Lang) -> Vec<&'a str> {
    let mut went: Vec<&str> = Vec::new();
    for d in &p.destinations {
        if let Some(i) = cat.org_index(&d.org) {
            let name = cat.data.organisations[i].name.in_lang(lang);
            if !went.contains(&name) {
                went.push(name);
            }
        }
    }
    went
}

/// The site's own description, for the lists, charts and methods page.
pub fn site_description(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "An explorer of the talent exodus from OpenAI: every departure and every company founded by ex-OpenAI people, with sources, dates at their precision and disputed claims shown side by side.",
        Lang::Zh => "OpenAI 人才出走探索工具：每一位離職者、每一家由前 OpenAI 成員創辦的公司，附來源、依來源精確度標示的日期，並並列呈現有爭議的說法。",
    }
}

/// A page's meta description. A person: name, when they left, where they
/// went, their role at OpenAI, then the record's summary. A company: name,
/// founders, latest valuation with its as-of date, then the summary.
pub fn description(cat: &Catalog, state: &UrlState) -> String {
    let lang = state.lang.unwrap_or_default();
    let stop = match lang {
        Lang::En => ". ",
        Lang::Zh => "。",
    };
    let record = state
        .record
        .as_deref()
        .filter(|_| state.view == View::Cards);
    let mut out = String::new();
    match (state.tab, record) {
        (Tab::People, Some(id)) => {
            let Some(p) = cat.person_index(id).map(|i| &cat.data.people[i]) else {
                return site_description(lang).to_owned();
            };
            out.push_str(p.name.in_lang(lang));
            if let Some(left) = departures(p).last() {
                out.push_str(&M::LeftOn.fill(lang, &[&format_date(left, lang)]));
            }
            let went = destinations(cat, p, lang);
            if !went.is_empty() {
                out.push_str(" → ");
                out.push_str(&went.join(lang.tr(M::ListSeparator)));
            }
            out.push_str(stop);
            if let Some(role) = p.roles.last() {
                out.push_str(role.title.in_lang(lang));
                out.push_str(stop);
            }
            out.push_str(p.summary.in_lang(lang));
        }
        (Tab::Companies, Some(id)) => {
            let Some(i) = cat.org_index(id) else {
                return site_description(lang).to_owned();
            };
            let o = &cat.data.organisations[i];
            out.push_str(o.name.in_lang(lang));
            out.push_str(stop);
            let founders: Vec<&str> = o
                .founders
                .iter()
                .filter_map(|f| cat.person_index(f))
                .map(|f| cat.data.people[f].name.in_lang(lang))
                .collect();
            if !founders.is_empty() {
                out.push_str(lang.tr(M::Founders));
                out.push_str(if lang == Lang::Zh { "：" } else { ": " });
                out.push_str(&founders.join(lang.tr(M::ListSeparator)));
                out.push_str(stop);
            }
            if let Some(v) = cat.latest_valuation_of(i) {
                out.push_str(lang.tr(M::LatestValuation));
                out.push_str(if lang == Lang::Zh { "：" } else { ": " });
                out.push_str(&format_money(v.amount, &v.currency, lang));
                if let Some(as_of) = &v.as_of {
                    out.push_str(lang.tr(M::AsOf));
                    out.push_str(&format_date(as_of, lang));
                }
                out.push_str(stop);
            }
            out.push_str(o.summary.in_lang(lang));
        }
        _ => return site_description(lang).to_owned(),
    }
    cut(out.trim_end(), DESCRIPTION_MAX)
}

/// The link-preview card of a person's or a company's page, in English
/// (the shipped font has no Chinese glyphs; both languages share the image).
/// `None` for pages that are not a record's.
pub fn preview(cat: &Catalog, state: &UrlState) -> Option<PreviewText> {
    let lang = Lang::En;
    let id = state
        .record
        .as_deref()
        .filter(|_| state.view == View::Cards)?;
    match state.tab {
        Tab::People => {
            let p = &cat.data.people[cat.person_index(id)?];
            let mut lines = Vec::new();
            if let Some(role) = p.roles.last() {
                lines.push(role.title.en.clone());
            }
            let mut moved = match departures(p).last() {
                Some(left) => format!("Left OpenAI {}", format_date(left, lang)),
                None => String::new(),
            };
            let went = destinations(cat, p, lang);
            if !went.is_empty() {
                moved.push_str(if moved.is_empty() { "→ " } else { " → " });
                moved.push_str(&went.join(", "));
            }
            if !moved.is_empty() {
                lines.push(moved);
            }
            Some(PreviewText {
                kind: "Person".into(),
                name: p.name.en.clone(),
                lines,
            })
        }
        Tab::Companies => {
            let i = cat.org_index(id)?;
            let o = &cat.data.organisations[i];
            let mut lines = Vec::new();
            let founders: Vec<&str> = o
                .founders
                .iter()
                .filter_map(|f| cat.person_index(f))
                .map(|f| cat.data.people[f].name.en.as_str())
                .collect();
            if !founders.is_empty() {
                lines.push(format!("Founded by {}", founders.join(", ")));
            }
            if let Some(v) = cat.latest_valuation_of(i) {
                let mut line = format!(
                    "Latest valuation {}",
                    format_money(v.amount, &v.currency, lang)
                );
                if let Some(as_of) = &v.as_of {
                    line.push_str(&format!(" as of {}", format_date(as_of, lang)));
                }
                lines.push(line);
            }
            if let Some(sector) = &o.sector {
                lines.push(sector.en.clone());
            }
            Some(PreviewText {
                kind: "Company".into(),
                name: o.name.en.clone(),
                lines,
            })
        }
    }
}

/// The path of a record's preview image, relative to the site's root.
pub fn preview_path(state: &UrlState) -> Option<String> {
    let id = state
        .record
        .as_deref()
        .filter(|_| state.view == View::Cards)?;
    Some(format!(
        "previews/{}/{}.png",
        state.tab.key(),
        crate::url::percent_encode(id)
    ))
}

/// Cuts a text to at most `max` characters, at a space where there is one
/// in the second half, with an ellipsis.
fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let head: String = s.chars().take(max - 1).collect();
    let at = head
        .rfind(' ')
        .filter(|&i| i > head.len() / 2)
        .unwrap_or(head.len());
    format!("{}…", head[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_a_word_with_an_ellipsis() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("one two three four", 12), "one two…");
        let zh = "離".repeat(300);
        let cut_zh = cut(&zh, DESCRIPTION_MAX);
        assert_eq!(cut_zh.chars().count(), DESCRIPTION_MAX);
        assert!(cut_zh.ends_with('…'));
    }
}
