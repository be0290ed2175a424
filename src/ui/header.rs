//! The site header (name, description, navigation, theme) and the overview
//! of headline figures, each beside what the sources claim.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use exodus_core::catalog::PersonStatus;
use exodus_core::explore::{Facet, Tab, View};
use exodus_core::format::{format_money, Lang};
use exodus_core::i18n::{around, M};
use exodus_core::model::ClaimStatus;
use exodus_core::prefs::Theme;
use exodus_core::url::{encode, UrlState};

use super::common::{date_html, source_refs, status_badge, text_html, CatalogHandle};
use super::context::{use_catalog, use_lang};

#[derive(Clone, PartialEq)]
pub struct SiteHeaderProps {
    pub view: View,
    pub tab: Tab,
    pub theme: Theme,
    pub on_theme: Callback<()>,
    pub on_lang: Callback<Lang>,
}

/// A fresh view of a tab in the current language.
fn view_href(lang: Lang, tab: Tab) -> String {
    let mut s = UrlState::new(tab);
    s.lang = Some(lang);
    encode(&s)
}

pub fn site_header(lang: Lang, props: &SiteHeaderProps) -> Html {
    let current = |t: Tab| (props.view == View::Cards && props.tab == t).then_some("page");
    let chart = |v: View, label: M| {
        let mut s = UrlState::chart(v);
        s.lang = Some(lang);
        html! { <li><a href={encode(&s)} aria-current={(props.view == v).then_some("page")}>{ lang.tr(label) }</a></li> }
    };
    let on_theme = props.on_theme.reform(|_: MouseEvent| ());
    let on_lang = props.on_lang.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Lang::from_tag(&select.value()).unwrap_or_default()
    });
    let now = lang;
    html! {
        <header class="site-header">
            <div class="brand">
                <p class="site-name"><a href={view_href(lang, Tab::People)}>{"Exodus"}</a></p>
                <p class="tagline">{ lang.tr(M::Tagline) }</p>
            </div>
            <nav aria-label={lang.tr(M::NavViews)}>
                <ul>
                    <li><a href={view_href(lang, Tab::People)} aria-current={current(Tab::People)}>{ lang.tr(M::People) }</a></li>
                    <li><a href={view_href(lang, Tab::Companies)} aria-current={current(Tab::Companies)}>{ lang.tr(M::Companies) }</a></li>
                    { chart(View::Timeline, M::Timeline) }
                    { chart(View::Flow, M::Flow) }
                    { chart(View::Founders, M::Founders) }
                    { chart(View::Methods, M::Methods) }
                </ul>
            </nav>
            <div class="header-controls">
                <label for="lang" class="lang-label">{ lang.tr(M::Language) }</label>
                <select id="lang" onchange={on_lang} data-value={now.tag()}>
                    <option value="en" lang="en" selected={now == Lang::En}>{"English"}</option>
                    <option value="zh-Hant" lang="zh-Hant" selected={now == Lang::Zh}>{"繁體中文"}</option>
                </select>
                <button type="button" class="theme-toggle" onclick={on_theme}
                    title={lang.tr(M::ThemeTitle)}>{ lang.tr(props.theme.label()) }</button>
            </div>
        </header>
    }
}

fn href_with(lang: Lang, tab: Tab, facet: Option<(Facet, &[&str])>) -> String {
    let mut s = UrlState::new(tab);
    s.lang = Some(lang);
    if let Some((f, values)) = facet {
        for v in values {
            s.filters.insert(f, v.to_string());
        }
    }
    encode(&s)
}

/// The claims behind a headline figure, each with its status and sources,
/// folded away unless `open`; `lead` (the figure's caveat) comes first
/// inside.
pub(crate) fn figure_claims(
    lang: Lang,
    cat: &CatalogHandle,
    figure: &str,
    open: bool,
    lead: Html,
) -> Html {
    let Some(fig) = cat.figure(figure) else {
        return Html::default();
    };
    html! {
        <details class="figure-sources" {open}>
            <summary>{ lang.tr(M::WhatSourcesSay) }</summary>
            { lead }
            <ul class="figure-claims">
                { for fig.claims.iter().filter_map(|id| cat.claim(id)).map(|c| html! {
                    <li>
                        { text_html(lang, &c.value, &Default::default()) }{" "}{ status_badge(lang, c.status) }{" "}{ source_refs(lang, cat, &c.sources) }
                    </li>
                }) }
            </ul>
        </details>
    }
}

#[component]
pub fn Overview() -> Html {
    let cat = &use_catalog();
    let lang = use_lang();
    let ov = &cat.overview;
    let gone = cat
        .person_rows
        .iter()
        .filter(|r| matches!(r.status, PersonStatus::Left | PersonStatus::Fired))
        .count();
    let founders_disputed = cat
        .figure("founders-remaining")
        .map(|f| {
            f.claims
                .iter()
                .filter_map(|id| cat.claim(id))
                .any(|c| c.status == ClaimStatus::Conflicting)
        })
        .unwrap_or(false);
    let l = lang;
    // A figure: a bold number inside its sentence.
    let figure = |m: M, number: String, rest: &[&str]| {
        let (before, after) = around(m.t(l));
        html! { <>{ before }<strong>{ number }</strong>{ exodus_core::i18n::fill(after, rest) }</> }
    };
    html! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading" class="visually-hidden">{ lang.tr(M::Overview) }</h2>
            <ul class="figures">
                <li class="figure">
                    <a class="figure-number" href={href_with(lang, Tab::People, Some((Facet::Status, &["left", "fired"])))}>
                        { figure(M::FigGone, gone.to_string(), &[]) }
                    </a>
                    { figure_claims(lang, cat, "key-departures", false,
                        html! { <p class="caveat">{ M::FigGoneCaveat.fill(l, &[&ov.departures.to_string()]) }</p> }) }
                </li>
                <li class="figure">
                    <a class="figure-number" href={href_with(lang, Tab::Companies, None)}>
                        { figure(M::FigSpinouts, ov.spinouts.to_string(), &[]) }
                    </a>
                    { figure_claims(lang, cat, "companies-founded", false,
                        html! { <p class="caveat">{ lang.tr(M::FigSpinoutsCaveat) }</p> }) }
                </li>
                <li class="figure">
                    <a class="figure-number" href={href_with(lang, Tab::People, Some((Facet::Cofounder, &["yes"])))}>
                        { figure(M::FigFounders, M::OfTotal.fill(l, &[&ov.founders_remaining.len().to_string(), &ov.original_founders.to_string()]), &[]) }
                    </a>
                    // A disputed figure says so on the first screen; its
                    // readings are one click away.
                    if founders_disputed { <p class="caveat">{ status_badge(lang, ClaimStatus::Conflicting) }</p> }
                    { figure_claims(lang, cat, "founders-remaining", false,
                        html! { <p class="caveat">{ lang.tr(M::FigFoundersCaveat) }</p> }) }
                </li>
                <li class="figure">
                    <a class="figure-number" href={href_with(lang, Tab::Companies, None)}>
                        { figure(M::FigValuation, format_money(ov.combined_valuation, "USD", l), &[&ov.combined_count.to_string()]) }
                    </a>
                    // What the sum leaves out and its as-of dates, folded
                    // like the other figures' disclosures.
                    <details class="figure-sources">
                        <summary>{ lang.tr(M::AboutFigure) }</summary>
                        <p class="caveat">
                            { lang.tr(M::FigValuationCaveat) }
                            if let Some((lo, hi)) = &ov.valuation_range {
                                { lang.tr(M::Colon) }
                                {{ let (a, b) = around(M::DateRange.t(l)); html! { <>{ a }{ date_html(lang, lo) }{ exodus_core::i18n::around(b).0 }{ date_html(lang, hi) }</> } }}
                            }
                            { lang.tr(M::Period) }
                        </p>
                    </details>
                </li>
            </ul>
        </section>
    }
}
