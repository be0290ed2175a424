//! Detail pages: the whole record of a person or an organisation, with its
//! timeline, quotes, claims (both sides of a dispute), links and sources.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::{org_status_label, reason_label};
use crate::explore::Tab;
use crate::format::date_num;
use crate::format::{format_money, Lang};
use crate::model::{Claim, ClaimStatus, StatusKind, SubjectKind, Text, ValuationKind};
use crate::order::{sort_by_key, Key};
use crate::url::{encode, UrlState};

use super::cards::status_html;
use super::common::{
    date_html, fact, record_href, source_html, source_refs, status_badge, CatalogHandle,
};

#[derive(Clone, PartialEq)]
pub struct DetailProps {
    pub catalog: CatalogHandle,
    pub state: Rc<UrlState>,
    /// Index of the person or organisation.
    pub index: usize,
}

fn status_kind_label(k: StatusKind) -> &'static str {
    match k {
        StatusKind::Joined => "Joined OpenAI",
        StatusKind::Left => "Left OpenAI",
        StatusKind::Fired => "Fired",
        StatusKind::OnLeave => "On leave",
        StatusKind::Returned => "Returned to OpenAI",
        StatusKind::LeftAgain => "Left OpenAI again",
    }
}

fn valuation_kind_label(k: ValuationKind) -> &'static str {
    match k {
        ValuationKind::PostMoney => "post-money",
        ValuationKind::PreMoney => "pre-money",
        ValuationKind::Reported => "reported",
        ValuationKind::Talks => "in talks",
        ValuationKind::Target => "target",
        ValuationKind::AssetsUnderManagement => "assets under management",
    }
}

/// A claim's field as words: `openai_title` -> "OpenAI title". Field names
/// are ASCII; ASCII case mapping avoids linking Unicode case tables (~3 KB).
fn field_label(field: &str) -> String {
    let mut words = field.replace('_', " ").replace("openai", "OpenAI");
    if let Some(first) = words.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    words
}

/// A titled section of a detail page.
fn section(id: &'static str, title: &'static str, body: Html) -> Html {
    html! { <section aria-labelledby={id}><h2 {id}>{ title }</h2>{ body }</section> }
}

/// A list of links to records of one tab.
fn record_links<'a>(
    state: &UrlState,
    tab: Tab,
    records: impl Iterator<Item = (&'a str, &'a str)>,
) -> Html {
    html! {
        <ul>{ for records.map(|(id, name)| html! { <li><a href={record_href(state, tab, id)}>{ name }</a></li> }) }</ul>
    }
}

fn people_links(cat: &CatalogHandle, state: &UrlState, people: &[usize]) -> Html {
    let it = people.iter().map(|&p| {
        let person = &cat.data.people[p];
        (person.id.as_str(), person.name.en.as_str())
    });
    record_links(state, Tab::People, it)
}

/// The page heading (focused when the page opens) and the summary.
fn heading_and_summary(state: &UrlState, name: &Text, summary: &Text) -> Html {
    let label = match state.tab {
        Tab::People => "← Back to people",
        Tab::Companies => "← Back to companies",
    };
    html! {
        <>
            <p class="back"><a href={encode(&state.list())}>{ label }</a><span class="hint">{" (Escape)"}</span></p>
            <h1 id="detail-heading" tabindex="-1">
                { &name.en }
                if let Some(zh) = &name.zh { {" "}<span class="zh-name" lang="zh-Hant">{ zh }</span> }
            </h1>
            <p class="summary">{ &summary.en }</p>
            if let Some(zh) = &summary.zh { <p class="summary" lang="zh-Hant">{ zh }</p> }
        </>
    }
}

/// Every claim about a record; a conflicting claim shows the other side(s).
fn claims_html(cat: &CatalogHandle, claims: &[&Claim]) -> Html {
    if claims.is_empty() {
        return Html::default();
    }
    // A dispute is shown once: its first claim here, the others under
    // "Other sources say".
    let mut shown: Vec<&str> = Vec::new();
    let items: Html = claims
        .iter()
        .filter(|c| {
            let first = !shown.contains(&c.id.as_str());
            shown.push(&c.id);
            shown.extend(c.conflicts_with.iter().map(String::as_str));
            first
        })
        .map(|c| {
            let conflicting = c.status == ClaimStatus::Conflicting;
            html! {
                <li class={if conflicting { "claim claim-conflicting" } else { "claim" }}>
                    <p>{ status_badge(c.status) }{" "}<span class="claim-field">{ field_label(&c.field) }{": "}</span>
                       { &c.value.en }{" "}{ source_refs(cat, &c.sources) }</p>
                    if let Some(n) = &c.note { <p class="note">{ &n.en }</p> }
                    if !c.conflicts_with.is_empty() {
                        <div class="other-side">
                            <p class="other-side-label">{"Other sources say:"}</p>
                            <ul>
                                { for c.conflicts_with.iter().filter_map(|id| cat.claim(id)).map(|o| html! {
                                    <li>{ &o.value.en }{" "}{ source_refs(cat, &o.sources) }</li>
                                }) }
                            </ul>
                        </div>
                    }
                </li>
            }
        })
        .collect();
    section(
        "claims-h",
        "Claims and how well they are supported",
        html! { <ul class="claims">{ items }</ul> },
    )
}

/// Related events, the full source list and a citation line.
fn related_html(
    cat: &CatalogHandle,
    state: &UrlState,
    kind: SubjectKind,
    id: &str,
    name: &str,
    sources: &[String],
) -> Html {
    let events = cat.events_about(kind, id);
    let events_html = (!events.is_empty()).then(|| {
        let items: Html = events
            .iter()
            .map(|e| {
                let people: Vec<usize> = e.people.iter().filter_map(|p| cat.person_index(p)).collect();
                html! {
                    <li>
                        { date_html(&e.date) }{" — "}<strong>{ &e.title.en }</strong>
                        if let Some(s) = &e.summary { {" "}{ &s.en } }
                        {" "}{ source_refs(cat, &e.sources) }
                        if !people.is_empty() {
                            <span class="people-links">{ for people.iter().enumerate().map(|(i, &p)| {
                                let person = &cat.data.people[p];
                                html! { <>{ if i == 0 { " (" } else { ", " } }<a href={record_href(state, Tab::People, &person.id)}>{ &person.name.en }</a></> }
                            }) }{")"}</span>
                        }
                    </li>
                }
            })
            .collect();
        section("events-h", "Related events", html! { <ol class="timeline">{ items }</ol> })
    });
    // The record's own address, without the list state it was opened from.
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    let mut plain = UrlState::new(state.tab);
    plain.record = Some(id.to_owned());
    let url = format!("{page}{}", encode(&plain));
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    let today = iso.get(..10).unwrap_or_default();
    html! {
        <>
            { events_html.unwrap_or_default() }
            { section("sources-h", "Sources", html! {
                <ul class="sources">{ for cat.sources_of(sources.iter()).into_iter().map(source_html) }</ul>
            }) }
            <section aria-labelledby="cite-h" class="cite">
                <h2 id="cite-h">{"Cite this"}</h2>
                <p><code>{ format!("Exodus dataset, “{name}”, {url} (accessed {today}). Licence: CC BY 4.0.") }</code></p>
            </section>
        </>
    }
}

pub fn person_detail(props: &DetailProps) -> Html {
    let cat = &props.catalog;
    let state = &*props.state;
    let p = &cat.data.people[props.index];
    let row = &cat.person_rows[props.index];
    let claims = cat.claims_about(SubjectKind::Person, &p.id);
    let founded = cat.founded_by(props.index);
    let mut all_sources: Vec<String> = p.sources.clone();
    all_sources.extend(claims.iter().flat_map(|c| c.sources.iter().cloned()));

    let roles: Html = p
        .roles
        .iter()
        .map(|r| html! {
            <li>{ &r.title.en }
                { match (&r.from, &r.to) {
                    (Some(f), Some(t)) => html! { <>{" ("}{ date_html(f) }{" – "}{ date_html(t) }{")"}</> },
                    (Some(f), None) => html! { <>{" (from "}{ date_html(f) }{")"}</> },
                    (None, Some(t)) => html! { <>{" (until "}{ date_html(t) }{")"}</> },
                    (None, None) => Html::default(),
                } }
                {" "}{ source_refs(cat, &r.sources) }</li>
        })
        .collect();
    // Listed in chronological order (checked by the validator).
    let changes: Html = p
        .status_changes
        .iter()
        .map(|c| {
            html! {
                <li>{ date_html(&c.date) }{" — "}<strong>{ status_kind_label(c.kind) }</strong>
                    if let Some(n) = &c.note { {": "}{ &n.en } }
                    {" "}{ source_refs(cat, &c.sources) }</li>
            }
        })
        .collect();
    let destinations: Html = p
        .destinations
        .iter()
        .map(|d| {
            let org = cat.org_index(&d.org).map(|o| &cat.data.organisations[o]);
            html! {
                <li>
                    if let Some(o) = org { <a href={record_href(state, Tab::Companies, &o.id)}>{ &o.name.en }</a> }
                    if let Some(r) = &d.role { {", "}{ &r.en } }
                    if let Some(date) = &d.date { {" ("}{ date_html(date) }{")"} }
                    {" "}{ source_refs(cat, &d.sources) }
                </li>
            }
        })
        .collect();
    let reasons = html! {
        <>
            if !p.reason_categories.is_empty() {
                <ul class="tags">{ for p.reason_categories.iter().map(|r| html! { <li>{ reason_label(*r) }</li> }) }</ul>
            }
            { for p.reasons.iter().map(|q| html! {
                <figure class="quote">
                    <blockquote lang={q.language.clone()}><p>{ format!("“{}”", q.text) }</p></blockquote>
                    <figcaption>{ source_refs(cat, std::slice::from_ref(&q.source)) }</figcaption>
                </figure>
            }) }
        </>
    };
    let founded_links = record_links(
        state,
        Tab::Companies,
        founded.iter().map(|&o| {
            let org = &cat.data.organisations[o];
            (org.id.as_str(), org.name.en.as_str())
        }),
    );
    html! {
        <article class="detail" aria-labelledby="detail-heading">
            { heading_and_summary(state, &p.name, &p.summary) }
            <p class="status-line">
                { status_html(row) }
                if p.cofounder { {" · OpenAI co-founder"} }
            </p>
            if !p.roles.is_empty() { { section("roles-h", "Roles at OpenAI", html! { <ul>{ roles }</ul> }) } }
            if !p.status_changes.is_empty() { { section("changes-h", "Status over time", html! { <ol class="timeline">{ changes }</ol> }) } }
            if !p.destinations.is_empty() { { section("dest-h", "Where they went", html! { <ol>{ destinations }</ol> }) } }
            if !p.reasons.is_empty() || !p.reason_categories.is_empty() { { section("reasons-h", "Stated reasons", reasons) } }
            if !founded.is_empty() { { section("founded-h", "Companies founded", founded_links) } }
            { claims_html(cat, &claims) }
            { related_html(cat, state, SubjectKind::Person, &p.id, &p.name.en, &all_sources) }
        </article>
    }
}

pub fn company_detail(props: &DetailProps) -> Html {
    let cat = &props.catalog;
    let state = &*props.state;
    let o = &cat.data.organisations[props.index];
    let row = &cat.org_rows[props.index];
    let claims = cat.claims_about(SubjectKind::Organisation, &o.id);
    let went = cat.people_who_went_to(props.index);
    let mut valuations: Vec<_> = o.valuations.iter().collect();
    sort_by_key(&mut valuations, |v| {
        Key::num(v.as_of.as_ref().map_or(i64::MIN, date_num))
    });
    let mut all_sources: Vec<String> = o.sources.clone();
    all_sources.extend(o.valuations.iter().flat_map(|v| v.sources.iter().cloned()));
    all_sources.extend(claims.iter().flat_map(|c| c.sources.iter().cloned()));

    let status = html! { <>{ org_status_label(o.status) }if let Some(n) = &o.status_note { {": "}{ &n.en } }</> };
    let rows: Html = valuations
        .iter()
        .map(|v| {
            let from_article = v.sources.iter().any(|s| s == "src-article");
            html! {
                <tr class={from_article.then_some("from-article")}>
                    <td>{ v.as_of.as_ref().map(date_html).unwrap_or_else(|| html!{"no date"}) }</td>
                    <td>{ format_money(v.amount, &v.currency, Lang::En) }</td>
                    <td>{ valuation_kind_label(v.kind) }
                        if let Some(n) = &v.note { <br/><span class="note">{ &n.en }</span> }</td>
                    <td>{ status_badge(v.status) }
                        if from_article { <br/><span class="note">{"figure from the source article"}</span> }</td>
                    <td>{ source_refs(cat, &v.sources) }</td>
                </tr>
            }
        })
        .collect();
    let table = html! {
        <div class="table-scroll"><table class="valuations">
            <caption class="visually-hidden">{ format!("Valuations of {}", o.name.en) }</caption>
            <thead><tr><th scope="col">{"As of"}</th><th scope="col">{"Amount"}</th><th scope="col">{"Kind"}</th><th scope="col">{"Support"}</th><th scope="col">{"Sources"}</th></tr></thead>
            <tbody>{ rows }</tbody>
        </table></div>
    };
    html! {
        <article class="detail" aria-labelledby="detail-heading">
            { heading_and_summary(state, &o.name, &o.summary) }
            <dl class="facts">
                if let Some(f) = &o.founded { { fact("Founded", date_html(f)) } }
                if let Some(s) = &o.sector { { fact("Sector", html! { &s.en }) } }
                if let Some(h) = &o.headquarters { { fact("Headquarters", html! { h }) } }
                { fact("Status", status) }
                if let Some(w) = &o.website {
                    { fact("Website", html! { <a href={w.clone()} target="_blank" rel="noopener noreferrer">{ w }</a> }) }
                }
            </dl>
            if !row.founders.is_empty() { { section("founders-h", "Ex-OpenAI founders", people_links(cat, state, &row.founders)) } }
            if !went.is_empty() { { section("went-h", "People from OpenAI who went here", people_links(cat, state, &went)) } }
            if !valuations.is_empty() { { section("val-h", "Valuations over time", table) } }
            { claims_html(cat, &claims) }
            { related_html(cat, state, SubjectKind::Organisation, &o.id, &o.name.en, &all_sources) }
        </article>
    }
}
