//! Small shared pieces: the catalog handle, highlighted text, dates, claim
//! status badges and source links.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use exodus_core::catalog::{Catalog, Markers};
use exodus_core::correction::{issue_url, Correction, REPOSITORY};
use exodus_core::explore::{Tab, View};
use exodus_core::format::{datetime_attr, format_date, Lang};
use exodus_core::i18n::M;
use exodus_core::model::{ClaimStatus, Origin, PartialDate, Source, Text};
use exodus_core::search::{highlight, Query};
use exodus_core::url::{encode, UrlState};

/// The catalog shared by all components; equal when it is the same catalog.
#[derive(Clone)]
pub struct CatalogHandle(pub Rc<Catalog>);

impl PartialEq for CatalogHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for CatalogHandle {
    type Target = Catalog;
    fn deref(&self) -> &Catalog {
        &self.0
    }
}

/// The URL of a record's detail page, keeping the list state of `from`.
pub fn record_href(from: &UrlState, tab: Tab, id: &str) -> String {
    let mut s = if from.tab == tab && from.view == View::Cards {
        from.list()
    } else {
        let mut s = UrlState::new(tab);
        s.lang = from.lang;
        s
    };
    s.record = Some(id.to_owned());
    encode(&s)
}

/// The element id of a card's link, used to return focus to it.
pub fn card_link_id(id: &str) -> String {
    format!("card-{id}")
}

/// Text with query matches wrapped in `<mark>`.
pub fn marked(text: &str, query: &Query) -> Html {
    highlight(text, query)
        .into_iter()
        .map(|seg| {
            if seg.hit {
                html! { <mark>{ seg.text }</mark> }
            } else {
                html! { { seg.text } }
            }
        })
        .collect()
}

/// One labelled fact of a `<dl class="facts">`.
pub fn fact(label: &'static str, value: Html) -> Html {
    html! { <div><dt>{ label }</dt><dd>{ value }</dd></div> }
}

/// A date at its stored precision, machine-readable in `datetime`.
pub fn date_html(lang: Lang, d: &PartialDate) -> Html {
    html! { <time datetime={datetime_attr(d)}>{ format_date(d, lang) }</time> }
}

/// Record text in the interface language. Where the data has no Chinese
/// text, the English is shown, marked as English for readers and for
/// assistive technology.
pub fn text_html(lang: Lang, t: &Text, query: &Query) -> Html {
    match (lang, &t.zh) {
        (Lang::Zh, Some(zh)) => marked(zh, query),
        (Lang::Zh, None) => html! {
            <><span lang="en">{ marked(&t.en, query) }</span>{" "}<span class="fallback">{ lang.tr(M::EnglishOnly) }</span></>
        },
        (Lang::En, _) => marked(&t.en, query),
    }
}

/// A record's name: its English name, with the Chinese name beside it where
/// the data has one. Names are not translated, so an English name shown in
/// the Chinese interface is not marked as a fallback.
pub fn name_html(t: &Text, query: &Query) -> Html {
    html! {
        <>
            <span lang="en">{ marked(&t.en, query) }</span>
            if let Some(zh) = &t.zh { {" "}<span class="zh-name" lang="zh-Hant">{ marked(zh, query) }</span> }
        </>
    }
}

/// A record's name in the interface language, marked `lang="en"` where the
/// data has no Chinese name and the English one stands in.
pub fn name_plain(lang: Lang, t: &Text) -> Html {
    match (lang, &t.zh) {
        (Lang::Zh, Some(zh)) => html! { zh },
        (Lang::Zh, None) => html! { <span lang="en">{ &t.en }</span> },
        (Lang::En, _) => html! { &t.en },
    }
}

/// A message around a record's name ("Valuations of {}"), the name marked
/// as English where it stands in for a Chinese one.
pub fn with_name(lang: Lang, m: M, name: &Text) -> Html {
    let (before, after) = exodus_core::i18n::around(lang.tr(m));
    html! { <>{ before }{ name_plain(lang, name) }{ after }</> }
}

/// A record's name as plain text in the interface language.
pub fn name_text(lang: Lang, t: &Text) -> &str {
    t.in_lang(lang)
}

pub fn status_label(lang: Lang, s: ClaimStatus) -> &'static str {
    lang.tr(s.label())
}

fn status_class(s: ClaimStatus) -> &'static str {
    match s {
        ClaimStatus::Confirmed => "badge badge-confirmed",
        ClaimStatus::SingleSource => "badge badge-single",
        ClaimStatus::Conflicting => "badge badge-conflicting",
        ClaimStatus::Unverified => "badge badge-unverified",
    }
}

/// A claim status as a badge with an icon, so it is not told by colour alone.
pub fn status_badge(lang: Lang, s: ClaimStatus) -> Html {
    let icon = match s {
        ClaimStatus::Confirmed => "✓",
        ClaimStatus::SingleSource => "①",
        ClaimStatus::Conflicting => "⇄",
        ClaimStatus::Unverified => "?",
    };
    html! {
        <span class={status_class(s)}><span aria-hidden="true">{ icon }{" "}</span>{ status_label(lang, s) }</span>
    }
}

/// Card markers for disputed and unverified claims.
pub fn markers_html(lang: Lang, m: Markers) -> Html {
    if !m.conflicting && !m.unverified {
        return Html::default();
    }
    html! {
        <p class="markers">
            if m.conflicting { { status_badge(lang, ClaimStatus::Conflicting) } }
            if m.unverified { { status_badge(lang, ClaimStatus::Unverified) } }
        </p>
    }
}

/// A source as a citation with an external link that opens safely.
pub fn source_html(lang: Lang, s: &Source) -> Html {
    let meta = {
        let mut parts = vec![source_name(lang, s)];
        if let Some(origin) = origin_of(s) {
            parts.push(origin_label(lang, origin).to_owned());
        }
        if let Some(a) = &s.author {
            parts.push(a.clone());
        }
        parts.join(lang.tr(M::NameSeparator))
    };
    html! {
        <li class="source">
            if let Some(url) = &s.url {
                <a href={url.clone()} target="_blank" rel="noopener noreferrer" lang={s.language.clone()}>
                    { &s.title }<span class="visually-hidden">{ lang.tr(M::OpensNewTab) }</span>
                </a>
            } else {
                <cite lang={s.language.clone()}>{ &s.title }</cite>
            }
            <span class="source-meta">
                {" — "}{ meta }
                if let Some(p) = &s.published { {", "}{ date_html(lang, p) } }
                if s.url.is_none() { { lang.tr(M::NoAddress) } }
            </span>
            if let Some(url) = &s.original_url {
                {" "}<a class="source-original" href={url.clone()} target="_blank" rel="noopener noreferrer">
                    { M::CopyOf.fill(lang, &[s.original_outlet.as_deref().unwrap_or_default()]) }
                    <span class="visually-hidden">{ lang.tr(M::OpensNewTab) }</span>
                </a>
            }
            if let Some(url) = &s.url {
                <span class="source-url print-only">{ url.clone() }</span>
            }
        </li>
    }
}

/// A source's title for screen readers, inside a sentence of the interface
/// language, the title marked with the source's own language.
fn hidden_title(lang: Lang, m: M, s: &Source) -> Html {
    let (before, after) = exodus_core::i18n::around(lang.tr(m));
    html! {
        <span class="visually-hidden">{ before }<span lang={s.language.clone()}>{ &s.title }</span>{ after }</span>
    }
}

/// Where a source's account comes from. A page that names an original
/// outlet is a copy even before its origin is recorded.
pub fn origin_of(s: &Source) -> Option<Origin> {
    s.origin
        .or(s.original_outlet.as_ref().map(|_| Origin::Copy))
}

fn origin_label(lang: Lang, origin: Origin) -> &'static str {
    lang.tr(match origin {
        Origin::Primary => M::OriginPrimary,
        Origin::News => M::OriginNews,
        Origin::Copy => M::OriginCopy,
    })
}

/// The name a source is shown under: a copy under the outlet it copies,
/// "TechCrunch (copy at merklepal.com)", so a reader sees who reported it.
pub fn source_name(lang: Lang, s: &Source) -> String {
    match (&s.original_outlet, origin_of(s)) {
        (Some(original), Some(Origin::Copy)) => M::CopyAt.fill(lang, &[original, &s.outlet]),
        _ => s.outlet.clone(),
    }
}

/// Compact source references after a fact: one chip per source, named by
/// who reported it, with its origin, and a second link to the original
/// story where a copy names its address.
pub fn source_refs(lang: Lang, cat: &Catalog, ids: &[String]) -> Html {
    let sources = cat.sources_of(ids.iter());
    if sources.is_empty() {
        return Html::default();
    }
    html! {
        <span class="refs">
            { for sources.iter().map(|s| {
                let origin = origin_of(s).map(|o| html! {
                    <span class={format!("origin origin-{}", o.key())}>{ origin_label(lang, o) }</span>
                });
                let chip = match &s.url {
                    Some(url) => html! {
                        <a class="ref" href={url.clone()} target="_blank" rel="noopener noreferrer"
                           title={s.title.clone()}><span lang={s.language.clone()}>{ source_name(lang, s) }</span>{ hidden_title(lang, M::SourceLink, s) }</a>
                    },
                    None => html! { <cite class="ref ref-offline" title={s.title.clone()}><span lang={s.language.clone()}>{ source_name(lang, s) }</span>{ hidden_title(lang, M::SourceOffline, s) }</cite> },
                };
                let original = s.original_url.as_ref().map(|url| html! {
                    <a class="ref ref-original" href={url.clone()} target="_blank" rel="noopener noreferrer">
                        { s.original_outlet.clone().unwrap_or_default() }<span class="visually-hidden">{ lang.tr(M::OpensNewTab) }</span>
                    </a>
                });
                html! { <span class="ref-group">{ chip }{ origin.unwrap_or_default() }{ original.unwrap_or_default() }</span> }
            }) }
        </span>
    }
}

/// "Suggest a correction": a link that opens a prefilled issue on the
/// project's repository with the record, the field, the value as shown, the
/// page address and the dataset version.
pub fn correction_link(
    lang: Lang,
    record_kind: &str,
    record_id: &str,
    field: Option<&str>,
    current: &str,
    what: &str,
) -> Html {
    let page = super::env::page_address();
    let href = issue_url(
        REPOSITORY,
        &Correction {
            record_kind,
            record_id,
            field,
            current,
            page: &page,
            version: crate::bundle::VERSION,
        },
    );
    html! {
        <a class="correction" href={href} target="_blank" rel="noopener noreferrer"
            aria-label={M::SuggestCorrectionOf.fill(lang, &[what])}>{ lang.tr(M::SuggestCorrection) }</a>
    }
}

/// The pin switch of a card or a detail page: a toggle button whose state
/// is announced (`aria-pressed`), named after the record.
pub fn pin_button(
    lang: Lang,
    key: String,
    name: &str,
    pinned: bool,
    on_pin: &Callback<String>,
) -> Html {
    let onclick = on_pin.reform(move |_: MouseEvent| key.clone());
    html! {
        <button type="button" class="pin" aria-pressed={if pinned { "true" } else { "false" }}
            aria-label={M::PinAria.fill(lang, &[name])} {onclick}>
            <span aria-hidden="true">{ if pinned { "★ " } else { "☆ " } }</span>{ lang.tr(M::Pin) }
        </button>
    }
}
