//! The site header (name, description, navigation, theme) and the overview
//! of headline figures, each beside what the sources claim.

use yew::prelude::*;

use crate::catalog::PersonStatus;
use crate::explore::{Facet, Tab};
use crate::format::{format_money, Lang};
use crate::model::ClaimStatus;
use crate::prefs::Theme;
use crate::url::{encode, UrlState};

use super::common::{date_html, source_refs, status_badge, CatalogHandle};

#[derive(Clone, PartialEq)]
pub struct SiteHeaderProps {
    pub tab: Tab,
    pub theme: Theme,
    pub on_theme: Callback<()>,
}

pub fn site_header(props: &SiteHeaderProps) -> Html {
    let current = |t: Tab| (props.tab == t).then_some("page");
    let on_theme = props.on_theme.reform(|_: MouseEvent| ());
    html! {
        <header class="site-header">
            <div class="brand">
                <p class="site-name"><a href="#/people">{"Exodus"}</a></p>
                <p class="tagline">{"Who left OpenAI, when, why and where they went, with every claim sourced."}</p>
            </div>
            <nav aria-label="Views">
                <ul>
                    <li><a href={encode(&UrlState::new(Tab::People))} aria-current={current(Tab::People)}>{"People"}</a></li>
                    <li><a href={encode(&UrlState::new(Tab::Companies))} aria-current={current(Tab::Companies)}>{"Companies"}</a></li>
                </ul>
            </nav>
            <button type="button" class="theme-toggle" onclick={on_theme}
                title="Switch between the system, light and dark colour schemes">{ props.theme.label() }</button>
        </header>
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct OverviewProps {
    pub catalog: CatalogHandle,
}

fn href_with(tab: Tab, facet: Option<(Facet, &[&str])>) -> String {
    let mut s = UrlState::new(tab);
    if let Some((f, values)) = facet {
        for v in values {
            s.filters.insert(f, v.to_string());
        }
    }
    encode(&s)
}

/// The claims behind a headline figure, each with its status and sources,
/// folded away unless `open` (a disputed figure shows its readings at once).
fn figure_claims(cat: &CatalogHandle, figure: &str, open: bool) -> Html {
    let Some(fig) = cat.figure(figure) else {
        return Html::default();
    };
    html! {
        <details class="figure-sources" {open}>
            <summary>{"What the sources say"}</summary>
            <ul class="figure-claims">
                { for fig.claims.iter().filter_map(|id| cat.claim(id)).map(|c| html! {
                    <li>
                        { &c.value.en }{" "}{ status_badge(c.status) }{" "}{ source_refs(cat, &c.sources) }
                    </li>
                }) }
            </ul>
        </details>
    }
}

#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let cat = &props.catalog;
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
    html! {
        <section class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading" class="visually-hidden">{"Overview"}</h2>
            <ul class="figures">
                <li class="figure">
                    <a class="figure-number" href={href_with(Tab::People, Some((Facet::Status, &["left", "fired"])))}>
                        <strong>{ gone }</strong>{" people in this dataset have left or were fired"}
                    </a>
                    <p class="caveat">{ format!("{} departures recorded in all, including people who later returned. The source article's count differs.", ov.departures) }</p>
                    { figure_claims(cat, "key-departures", false) }
                </li>
                <li class="figure">
                    <a class="figure-number" href={href_with(Tab::Companies, None)}>
                        <strong>{ ov.spinouts }</strong>{" companies founded by ex-OpenAI people"}
                    </a>
                    <p class="caveat">{"Only companies with sourced ex-OpenAI founders are listed; estimates elsewhere are higher."}</p>
                    { figure_claims(cat, "companies-founded", false) }
                </li>
                <li class="figure">
                    <a class="figure-number" href={href_with(Tab::People, Some((Facet::Cofounder, &["yes"])))}>
                        <strong>{ format!("{} of {}", ov.founders_remaining.len(), ov.original_founders) }</strong>
                        {" original founders at OpenAI today, per this dataset"}
                    </a>
                    <p class="caveat">
                        if founders_disputed { { status_badge(ClaimStatus::Conflicting) }{" "} }
                        {"In August 2024 the sources disagreed on how many remained:"}
                    </p>
                    { figure_claims(cat, "founders-remaining", founders_disputed) }
                </li>
                <li class="figure">
                    <a class="figure-number" href={href_with(Tab::Companies, None)}>
                        <strong>{ format_money(ov.combined_valuation, "USD", Lang::En) }</strong>
                        { format!(" combined latest valuation of {} spinouts", ov.combined_count) }
                    </a>
                    <p class="caveat">
                        {"Latest reported figure per company; unverified figures and assets under management are left out. As-of dates differ"}
                        if let Some((lo, hi)) = &ov.valuation_range { {": "}{ date_html(lo) }{" to "}{ date_html(hi) } }
                        {"."}
                    </p>
                </li>
            </ul>
        </section>
    }
}
