//! Detail pages: the whole record of a person or an organisation, with its
//! timeline, quotes, claims (both sides of a dispute), links and sources.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::{org_status_label, reason_label};
use crate::explore::Tab;
use crate::format::date_num;
use crate::format::{format_money, Lang};
use crate::model::{Claim, ClaimStatus, Event, StatusKind, SubjectKind, ValuationKind};
use crate::order::{sort_by_key, Key};
use crate::url::{encode, UrlState};

use super::common::{
    date_html, record_href, source_html, source_refs, status_badge, CatalogHandle,
};

#[derive(Properties, Clone, PartialEq)]
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

/// Every claim about a record; a conflicting claim shows the other side(s).
fn claims_html(cat: &CatalogHandle, claims: &[&Claim]) -> Html {
    if claims.is_empty() {
        return Html::default();
    }
    html! {
        <section aria-labelledby="claims-h">
            <h2 id="claims-h">{"Claims and how well they are supported"}</h2>
            <ul class="claims">
                { for claims.iter().map(|c| html! {
                    <li class={classes!("claim", (c.status == ClaimStatus::Conflicting).then_some("claim-conflicting"))}>
                        <p>{ status_badge(c.status) }{" "}<span class="claim-field">{ c.field.replace('_', " ") }{": "}</span>
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
                }) }
            </ul>
        </section>
    }
}

fn events_html(cat: &CatalogHandle, state: &UrlState, events: &[&Event]) -> Html {
    if events.is_empty() {
        return Html::default();
    }
    html! {
        <section aria-labelledby="events-h">
            <h2 id="events-h">{"Related events"}</h2>
            <ol class="timeline">
                { for events.iter().map(|e| html! {
                    <li>
                        { date_html(&e.date) }{" — "}<strong>{ &e.title.en }</strong>
                        if let Some(s) = &e.summary { {" "}{ &s.en } }
                        {" "}{ source_refs(cat, &e.sources) }
                        { links_to_people(cat, state, &e.people) }
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn links_to_people(cat: &CatalogHandle, state: &UrlState, ids: &[String]) -> Html {
    let people: Vec<_> = ids.iter().filter_map(|id| cat.person_index(id)).collect();
    if people.is_empty() {
        return Html::default();
    }
    html! {
        <span class="people-links">
            {" ("}
            { for people.iter().enumerate().map(|(i, &p)| {
                let person = &cat.data.people[p];
                html! { <>if i > 0 { {", "} }<a href={record_href(state, Tab::People, &person.id)}>{ &person.name.en }</a></> }
            }) }
            {")"}
        </span>
    }
}

fn sources_html(cat: &CatalogHandle, ids: &[String]) -> Html {
    html! {
        <section aria-labelledby="sources-h">
            <h2 id="sources-h">{"Sources"}</h2>
            <ul class="sources">{ for cat.sources_of(ids.iter()).into_iter().map(source_html) }</ul>
        </section>
    }
}

fn cite_html(name: &str) -> Html {
    let url = gloo::utils::window().location().href().unwrap_or_default();
    let now = js_sys::Date::new_0();
    let today = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    html! {
        <section aria-labelledby="cite-h" class="cite">
            <h2 id="cite-h">{"Cite this"}</h2>
            <p><code>{ format!("Exodus dataset, “{name}”, {url} (accessed {today}). Licence: CC BY 4.0.") }</code></p>
        </section>
    }
}

fn back_link(state: &UrlState) -> Html {
    let label = match state.tab {
        Tab::People => "← Back to people",
        Tab::Companies => "← Back to companies",
    };
    html! { <p class="back"><a href={encode(&state.list())}>{ label }</a><span class="hint">{" (Escape)"}</span></p> }
}

#[component]
pub fn PersonDetail(props: &DetailProps) -> Html {
    let cat = &props.catalog;
    let state = &*props.state;
    let p = &cat.data.people[props.index];
    let row = &cat.person_rows[props.index];
    let claims = cat.claims_about(SubjectKind::Person, &p.id);
    let events = cat.events_about(SubjectKind::Person, &p.id);
    let founded = cat.founded_by(props.index);
    // Listed in chronological order (checked by the validator).
    let changes = &p.status_changes;
    let mut all_sources: Vec<String> = p.sources.clone();
    all_sources.extend(claims.iter().flat_map(|c| c.sources.iter().cloned()));
    html! {
        <article class="detail" aria-labelledby="detail-heading">
            { back_link(state) }
            <h1 id="detail-heading" tabindex="-1">
                { &p.name.en }
                if let Some(zh) = &p.name.zh { {" "}<span class="zh-name" lang="zh-Hant">{ zh }</span> }
            </h1>
            <p class="status-line">
                <span class={format!("status status-{}", row.status.key())}>{ row.status.label().en }</span>
                if p.cofounder { {" · OpenAI co-founder"} }
            </p>
            <p class="summary">{ &p.summary.en }</p>
            if let Some(zh) = &p.summary.zh { <p class="summary" lang="zh-Hant">{ zh }</p> }
            if !p.roles.is_empty() {
                <section aria-labelledby="roles-h">
                    <h2 id="roles-h">{"Roles at OpenAI"}</h2>
                    <ul>
                        { for p.roles.iter().map(|r| html! {
                            <li>{ &r.title.en }
                                if r.from.is_some() || r.to.is_some() {
                                    {" ("}
                                    if let Some(f) = &r.from { { date_html(f) } }
                                    {" – "}
                                    if let Some(t) = &r.to { { date_html(t) } }
                                    {")"}
                                }
                                {" "}{ source_refs(cat, &r.sources) }</li>
                        }) }
                    </ul>
                </section>
            }
            if !changes.is_empty() {
                <section aria-labelledby="changes-h">
                    <h2 id="changes-h">{"Status over time"}</h2>
                    <ol class="timeline">
                        { for changes.iter().map(|c| html! {
                            <li>{ date_html(&c.date) }{" — "}<strong>{ status_kind_label(c.kind) }</strong>
                                if let Some(n) = &c.note { {": "}{ &n.en } }
                                {" "}{ source_refs(cat, &c.sources) }</li>
                        }) }
                    </ol>
                </section>
            }
            if !p.destinations.is_empty() {
                <section aria-labelledby="dest-h">
                    <h2 id="dest-h">{"Where they went"}</h2>
                    <ol>
                        { for p.destinations.iter().map(|d| {
                            let org = cat.org_index(&d.org).map(|o| &cat.data.organisations[o]);
                            html! {
                                <li>
                                    if let Some(o) = org {
                                        <a href={record_href(state, Tab::Companies, &o.id)}>{ &o.name.en }</a>
                                    }
                                    if let Some(r) = &d.role { {", "}{ &r.en } }
                                    if let Some(date) = &d.date { {" ("}{ date_html(date) }{")"} }
                                    {" "}{ source_refs(cat, &d.sources) }
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }
            if !p.reasons.is_empty() || !p.reason_categories.is_empty() {
                <section aria-labelledby="reasons-h">
                    <h2 id="reasons-h">{"Stated reasons"}</h2>
                    if !p.reason_categories.is_empty() {
                        <ul class="tags">{ for p.reason_categories.iter().map(|r| html! { <li>{ reason_label(*r).en }</li> }) }</ul>
                    }
                    { for p.reasons.iter().map(|q| html! {
                        <figure class="quote">
                            <blockquote lang={q.language.clone()}><p>{ format!("“{}”", q.text) }</p></blockquote>
                            <figcaption>{ source_refs(cat, std::slice::from_ref(&q.source)) }</figcaption>
                        </figure>
                    }) }
                </section>
            }
            if !founded.is_empty() {
                <section aria-labelledby="founded-h">
                    <h2 id="founded-h">{"Companies founded"}</h2>
                    <ul>{ for founded.iter().map(|&o| {
                        let org = &cat.data.organisations[o];
                        html! { <li><a href={record_href(state, Tab::Companies, &org.id)}>{ &org.name.en }</a></li> }
                    }) }</ul>
                </section>
            }
            { claims_html(cat, &claims) }
            { events_html(cat, state, &events) }
            { sources_html(cat, &all_sources) }
            { cite_html(&p.name.en) }
        </article>
    }
}

#[component]
pub fn CompanyDetail(props: &DetailProps) -> Html {
    let cat = &props.catalog;
    let state = &*props.state;
    let o = &cat.data.organisations[props.index];
    let row = &cat.org_rows[props.index];
    let claims = cat.claims_about(SubjectKind::Organisation, &o.id);
    let events = cat.events_about(SubjectKind::Organisation, &o.id);
    let went = cat.people_who_went_to(props.index);
    let mut valuations: Vec<_> = o.valuations.iter().collect();
    sort_by_key(&mut valuations, |v| {
        Key::num(v.as_of.as_ref().map_or(i64::MIN, date_num))
    });
    let mut all_sources: Vec<String> = o.sources.clone();
    all_sources.extend(o.valuations.iter().flat_map(|v| v.sources.iter().cloned()));
    all_sources.extend(claims.iter().flat_map(|c| c.sources.iter().cloned()));
    html! {
        <article class="detail" aria-labelledby="detail-heading">
            { back_link(state) }
            <h1 id="detail-heading" tabindex="-1">
                { &o.name.en }
                if let Some(zh) = &o.name.zh { {" "}<span class="zh-name" lang="zh-Hant">{ zh }</span> }
            </h1>
            <p class="summary">{ &o.summary.en }</p>
            if let Some(zh) = &o.summary.zh { <p class="summary" lang="zh-Hant">{ zh }</p> }
            <dl class="facts">
                if let Some(f) = &o.founded { <div><dt>{"Founded"}</dt><dd>{ date_html(f) }</dd></div> }
                if let Some(s) = &o.sector { <div><dt>{"Sector"}</dt><dd>{ &s.en }</dd></div> }
                if let Some(h) = &o.headquarters { <div><dt>{"Headquarters"}</dt><dd>{ h }</dd></div> }
                <div><dt>{"Status"}</dt><dd>{ org_status_label(o.status).en }
                    if let Some(n) = &o.status_note { {": "}{ &n.en } }</dd></div>
                if let Some(w) = &o.website {
                    <div><dt>{"Website"}</dt><dd><a href={w.clone()} target="_blank" rel="noopener noreferrer">{ w }</a></dd></div>
                }
            </dl>
            if !row.founders.is_empty() {
                <section aria-labelledby="founders-h">
                    <h2 id="founders-h">{"Ex-OpenAI founders"}</h2>
                    <ul>{ for row.founders.iter().map(|&p| {
                        let person = &cat.data.people[p];
                        html! { <li><a href={record_href(state, Tab::People, &person.id)}>{ &person.name.en }</a></li> }
                    }) }</ul>
                </section>
            }
            if !went.is_empty() {
                <section aria-labelledby="went-h">
                    <h2 id="went-h">{"People from OpenAI who went here"}</h2>
                    <ul>{ for went.iter().map(|&p| {
                        let person = &cat.data.people[p];
                        html! { <li><a href={record_href(state, Tab::People, &person.id)}>{ &person.name.en }</a></li> }
                    }) }</ul>
                </section>
            }
            if !valuations.is_empty() {
                <section aria-labelledby="val-h">
                    <h2 id="val-h">{"Valuations over time"}</h2>
                    <table class="valuations">
                        <caption class="visually-hidden">{ format!("Valuations of {}", o.name.en) }</caption>
                        <thead><tr><th scope="col">{"As of"}</th><th scope="col">{"Amount"}</th><th scope="col">{"Kind"}</th><th scope="col">{"Support"}</th><th scope="col">{"Sources"}</th></tr></thead>
                        <tbody>
                            { for valuations.iter().map(|v| html! {
                                <tr class={classes!(v.sources.iter().any(|s| s == "src-article").then_some("from-article"))}>
                                    <td>{ v.as_of.as_ref().map(date_html).unwrap_or_else(|| html!{"no date"}) }</td>
                                    <td>{ format_money(v.amount, &v.currency, Lang::En) }</td>
                                    <td>{ valuation_kind_label(v.kind) }
                                        if let Some(n) = &v.note { <br/><span class="note">{ &n.en }</span> }</td>
                                    <td>{ status_badge(v.status) }
                                        if v.sources.iter().any(|s| s == "src-article") { <br/><span class="note">{"figure from the source article"}</span> }</td>
                                    <td>{ source_refs(cat, &v.sources) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </section>
            }
            { claims_html(cat, &claims) }
            { events_html(cat, state, &events) }
            { sources_html(cat, &all_sources) }
            { cite_html(&o.name.en) }
        </article>
    }
}
