//! Detail pages: the whole record of a person or an organisation, with its
//! timeline, quotes, claims (both sides of a dispute), links and sources.

use std::rc::Rc;

use yew::prelude::*;

use exodus_core::format::Lang;

use exodus_core::explore::Tab;
use exodus_core::format::format_money;
use exodus_core::i18n::{around, M};
use exodus_core::model::{PartialDate, SubjectKind, Text};
use exodus_core::order::{sort_by_key, Key};
use exodus_core::prefs::pin_key;
use exodus_core::search::Query;
use exodus_core::url::{encode, UrlState};

use super::cards::status_html;
use super::common::{
    correction_link, date_html, fact, name_html, name_plain, name_text, pin_button, record_href,
    source_refs, status_badge, text_html, with_name, CatalogHandle,
};
mod evidence;

use evidence::{claims_html, related_html};

#[derive(Clone, PartialEq)]
pub struct DetailProps {
    pub catalog: CatalogHandle,
    pub state: Rc<UrlState>,
    /// Index of the person or organisation.
    pub index: usize,
    pub pinned: bool,
    pub on_pin: Callback<String>,
}

/// Record text without search highlighting.
fn text(lang: Lang, t: &Text) -> Html {
    text_html(lang, t, &Query::default())
}

/// A sentence template with one date in it: " (from {})".
fn with_date(lang: Lang, m: M, d: &exodus_core::model::PartialDate) -> Html {
    let (before, after) = around(lang.tr(m));
    html! { <>{ before }{ date_html(lang, d) }{ after }</> }
}

/// A titled section of a detail page.
fn section(id: &'static str, title: &'static str, body: Html) -> Html {
    html! { <section aria-labelledby={id}><h2 {id}>{ title }</h2>{ body }</section> }
}

/// A list of links to records of one tab.
fn record_links<'a>(
    lang: Lang,
    state: &UrlState,
    tab: Tab,
    records: impl Iterator<Item = (&'a str, &'a Text)>,
) -> Html {
    html! {
        <ul>{ for records.map(|(id, name)| html! { <li><a href={record_href(state, tab, id)}>{ name_plain(lang, name) }</a></li> }) }</ul>
    }
}

fn people_links(lang: Lang, cat: &CatalogHandle, state: &UrlState, people: &[usize]) -> Html {
    let it = people.iter().map(|&p| {
        let person = &cat.data.people[p];
        (person.id.as_str(), &person.name)
    });
    record_links(lang, state, Tab::People, it)
}

/// The page heading (focused when the page opens) and the summary.
/// `pin` is the record's pin key, when it can be pinned (people and
/// spinouts: the records of the two card lists).
fn heading_and_summary(
    lang: Lang,
    props: &DetailProps,
    pin: Option<String>,
    name: &Text,
    summary: &Text,
) -> Html {
    let state = &props.state;
    let label = match state.tab {
        Tab::People => M::BackPeople,
        Tab::Companies => M::BackCompanies,
    };
    html! {
        <>
            <p class="back"><a href={encode(&state.list())}>{ lang.tr(label) }</a><span class="hint">{ lang.tr(M::EscapeHint) }</span></p>
            <h1 id="detail-heading" tabindex="-1">{ name_html(name, &Query::default()) }</h1>
            if let Some(key) = pin { { pin_button(lang, key, name_text(lang, name), props.pinned, &props.on_pin) } }
            <p class="summary">{ text(lang, summary) }</p>
            if let Some(id) = &state.record {
                <p class="corrections">{ correction_link(
                    lang,
                    match state.tab { Tab::People => "person", Tab::Companies => "organisation" },
                    id,
                    None,
                    name_text(lang, summary),
                    name_text(lang, name),
                ) }</p>
            }
        </>
    }
}

pub fn person_detail(lang: Lang, props: &DetailProps) -> Html {
    let cat = &props.catalog;
    let state = &*props.state;
    let p = &cat.data.people[props.index];
    let row = &cat.person_rows[props.index];
    let claims = cat.claims_about(SubjectKind::Person, &p.id);
    let founded = cat.founded_by(props.index);

    let roles: Html = p
        .roles
        .iter()
        .map(|r| {
            html! {
                <li>{ text(lang, &r.title) }
                    { match (&r.from, &r.to) {
                        (Some(f), Some(t)) => {
                            let (a, rest) = around(lang.tr(M::Period2));
                            let (b, c) = around(rest);
                            html! { <>{ a }{ date_html(lang, f) }{ b }{ date_html(lang, t) }{ c }</> }
                        }
                        (Some(f), None) => with_date(lang, M::FromDate, f),
                        (None, Some(t)) => with_date(lang, M::UntilDate, t),
                        (None, None) => Html::default(),
                    } }
                    {" "}{ source_refs(lang, cat, &r.sources) }</li>
            }
        })
        .collect();
    // Listed in chronological order (checked by the validator).
    let changes: Html = p
        .status_changes
        .iter()
        .map(|c| {
            html! {
                <li>{ date_html(lang, &c.date) }{" — "}<strong>{ lang.tr(c.kind.label()) }</strong>
                    if let Some(n) = &c.note { { lang.tr(M::Colon) }{ text(lang, n) } }
                    {" "}{ source_refs(lang, cat, &c.sources) }</li>
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
                    if let Some(o) = org { <a href={record_href(state, Tab::Companies, &o.id)}>{ name_html(&o.name, &Query::default()) }</a> }
                    if let Some(r) = &d.role { { lang.tr(M::NameSeparator) }{ text(lang, r) } }
                    if let Some(date) = &d.date { {" ("}{ date_html(lang, date) }{")"} }
                    {" "}{ source_refs(lang, cat, &d.sources) }
                </li>
            }
        })
        .collect();
    let reasons = html! {
        <>
            if !p.reason_categories.is_empty() {
                <ul class="tags">{ for p.reason_categories.iter().map(|r| html! { <li>{ lang.tr(r.label()) }</li> }) }</ul>
            }
            { for p.reasons.iter().map(|q| html! {
                <figure class="quote">
                    <blockquote lang={q.language.clone()}><p>{ format!("“{}”", q.text) }</p></blockquote>
                    <figcaption>{ source_refs(lang, cat, std::slice::from_ref(&q.source)) }</figcaption>
                </figure>
            }) }
        </>
    };
    let founded_links = record_links(
        lang,
        state,
        Tab::Companies,
        founded.iter().map(|&o| {
            let org = &cat.data.organisations[o];
            (org.id.as_str(), &org.name)
        }),
    );
    html! {
        <article class="detail" aria-labelledby="detail-heading">
            { heading_and_summary(lang, props, Some(pin_key(Tab::People, &p.id)), &p.name, &p.summary) }
            <p class="status-line">
                { status_html(lang, row) }
                if p.cofounder { {" · "}{ lang.tr(M::OpenAiCofounder) } }
            </p>
            if !p.roles.is_empty() { { section("roles-h", lang.tr(M::RolesAtOpenAi), html! { <ul>{ roles }</ul> }) } }
            if !p.status_changes.is_empty() { { section("changes-h", lang.tr(M::StatusOverTime), html! { <ol class="timeline">{ changes }</ol> }) } }
            if !p.destinations.is_empty() { { section("dest-h", lang.tr(M::WhereTheyWent), html! { <ol>{ destinations }</ol> }) } }
            if !p.reasons.is_empty() || !p.reason_categories.is_empty() { { section("reasons-h", lang.tr(M::StatedReasons), reasons) } }
            if !founded.is_empty() { { section("founded-h", lang.tr(M::CompaniesFounded), founded_links) } }
            { claims_html(lang, cat, &claims) }
            { related_html(lang, cat, state, SubjectKind::Person, props.index, &p.id, name_text(lang, &p.name)) }
        </article>
    }
}

pub fn company_detail(lang: Lang, props: &DetailProps) -> Html {
    let cat = &props.catalog;
    let state = &*props.state;
    let o = &cat.data.organisations[props.index];
    let row = &cat.org_rows[props.index];
    let claims = cat.claims_about(SubjectKind::Organisation, &o.id);
    let went = cat.people_who_went_to(props.index);
    let mut valuations: Vec<_> = o.valuations.iter().collect();
    sort_by_key(&mut valuations, |v| {
        Key::num(v.as_of.as_ref().map_or(i64::MIN, PartialDate::key_num))
    });

    let status = html! { <>{ lang.tr(o.status.label()) }if let Some(n) = &o.status_note { { lang.tr(M::Colon) }{ text(lang, n) } }</> };
    let rows: Html = valuations
        .iter()
        .map(|v| {
            let from_article = v.sources.iter().any(|s| s == "src-article");
            html! {
                <tr class={from_article.then_some("from-article")}>
                    <td>{ v.as_of.as_ref().map(|d| date_html(lang, d)).unwrap_or_else(|| html!{ lang.tr(M::NoDate) }) }</td>
                    <td>{ format_money(v.amount, &v.currency, lang) }</td>
                    <td>{ lang.tr(v.kind.label()) }
                        if let Some(n) = &v.note { <br/><span class="note">{ text(lang, n) }</span> }</td>
                    <td>{ status_badge(lang, v.status) }
                        if from_article { <br/><span class="note">{ lang.tr(M::FromArticle) }</span> }</td>
                    <td>{ source_refs(lang, cat, &v.sources) }</td>
                </tr>
            }
        })
        .collect();
    let table = html! {
        <div class="table-scroll"><table class="valuations">
            <caption class="visually-hidden">{ with_name(lang, M::ValuationsOf, &o.name) }</caption>
            <thead><tr><th scope="col">{ lang.tr(M::AsOfCol) }</th><th scope="col">{ lang.tr(M::Amount) }</th><th scope="col">{ lang.tr(M::Kind) }</th><th scope="col">{ lang.tr(M::Support) }</th><th scope="col">{ lang.tr(M::Sources) }</th></tr></thead>
            <tbody>{ rows }</tbody>
        </table></div>
    };
    html! {
        <article class="detail" aria-labelledby="detail-heading">
            { heading_and_summary(lang,
                props,
                (o.kind == exodus_core::model::OrgKind::Spinout).then(|| pin_key(Tab::Companies, &o.id)),
                &o.name,
                &o.summary,
            ) }
            <dl class="facts">
                if let Some(f) = &o.founded { { fact(lang.tr(M::Founded), date_html(lang, f)) } }
                if let Some(s) = &o.sector { { fact(lang.tr(M::Sector), text(lang, s)) } }
                if let Some(h) = &o.headquarters { { fact(lang.tr(M::Headquarters), html! { h }) } }
                { fact(lang.tr(M::Status), status) }
                if let Some(w) = &o.website {
                    { fact(lang.tr(M::Website), html! { <a href={w.clone()} target="_blank" rel="noopener noreferrer">{ w }</a> }) }
                }
            </dl>
            if !row.founders.is_empty() { { section("founders-h", lang.tr(M::ExFounders), people_links(lang, cat, state, &row.founders)) } }
            if !went.is_empty() { { section("went-h", lang.tr(M::PeopleWentHere), people_links(lang, cat, state, &went)) } }
            if !valuations.is_empty() {
                { section("val-h", lang.tr(M::ValuationsOverTime), html! { <>{ super::charts::valuation_series(lang, o) }{ table }</> }) }
            }
            { claims_html(lang, cat, &claims) }
            { related_html(lang, cat, state, SubjectKind::Organisation, props.index, &o.id, name_text(lang, &o.name)) }
        </article>
    }
}
