//! The person and company cards of the two list views.

use std::rc::Rc;

use yew::prelude::*;

use exodus_core::format::Lang;

use exodus_core::catalog::{PersonRow, PersonStatus};
use exodus_core::explore::Tab;
use exodus_core::format::format_money;
use exodus_core::i18n::{around, M};
use exodus_core::prefs::pin_key;
use exodus_core::search::Query;
use exodus_core::url::UrlState;

use super::common::{
    card_link_id, date_html, fact, markers_html, name_html, name_text, pin_button, record_href,
    status_badge, text_html, CatalogHandle,
};

/// The status with its date: "Left · May 2024", or for someone who came
/// back "Returned · Nov 2024 (left Nov 2023)" ("fired" for a firing).
pub fn status_html(lang: Lang, row: &PersonRow) -> Html {
    let since = match row.status {
        PersonStatus::Returned | PersonStatus::OnLeave => row.status_date.as_ref(),
        _ => row.last_departure.as_ref(),
    };
    let earlier = match row.status {
        PersonStatus::Returned | PersonStatus::OnLeave => row.last_departure.as_ref(),
        _ => None,
    };
    html! {
        <>
            <span class={format!("status status-{}", row.status.key())}>{ lang.tr(row.status.label()) }</span>
            if let Some(d) = since { {" · "}{ date_html(lang, d) } }
            if let Some(d) = earlier {
                {{
                    let (before, after) = around(lang.tr(if row.last_departure_fired { M::FiredOn } else { M::LeftOn }));
                    html! { <>{ before }{ date_html(lang, d) }{ after }</> }
                }}
            }
        </>
    }
}

#[derive(Clone, PartialEq)]
pub struct PersonCardProps {
    pub catalog: CatalogHandle,
    /// Index into the dataset's people.
    pub person: usize,
    /// The detail page's URL.
    pub href: AttrValue,
    pub query: Rc<Query>,
    pub pinned: bool,
    pub on_pin: Callback<String>,
}

pub fn person_card(lang: Lang, props: &PersonCardProps) -> Html {
    let cat = &props.catalog;
    let p = &cat.data.people[props.person];
    let row = &cat.person_rows[props.person];
    let q = &*props.query;
    let heading_id = format!("h-{}", p.id);
    html! {
        <article class="card person-card" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                <a href={props.href.clone()} id={card_link_id(&p.id)}>{ name_html(&p.name, q) }</a>
            </h3>
            if let Some(role) = &row.role {
                <p class="role">{ text_html(lang, role, q) }</p>
            }
            <dl class="facts">
                { fact(lang.tr(M::Status), status_html(lang, row)) }
                if !row.destinations.is_empty() {
                    { fact(lang.tr(M::WentTo), row.destinations.iter().enumerate().map(|(i, &o)| html! {
                        <>{ if i > 0 { " → " } else { "" } }{ name_html(&cat.data.organisations[o].name, q) }</>
                    }).collect()) }
                }
                if !p.reason_categories.is_empty() {
                    { fact(lang.tr(M::Reasons), html! {
                        <ul class="tags">
                            { for p.reason_categories.iter().map(|r| html! { <li>{ lang.tr(r.label()) }</li> }) }
                        </ul>
                    }) }
                }
            </dl>
            if p.cofounder { <p class="cofounder">{ lang.tr(M::OpenAiCofounder) }</p> }
            { markers_html(lang, row.markers) }
            { pin_button(lang, pin_key(Tab::People, &p.id), name_text(lang, &p.name), props.pinned, &props.on_pin) }
        </article>
    }
}

#[derive(Clone, PartialEq)]
pub struct CompanyCardProps {
    pub catalog: CatalogHandle,
    /// Index into the dataset's organisations.
    pub org: usize,
    pub href: AttrValue,
    /// Detail URLs of the founders, by person index.
    pub founder_hrefs: Rc<Vec<(usize, String)>>,
    pub query: Rc<Query>,
    pub pinned: bool,
    pub on_pin: Callback<String>,
}

pub fn company_card(lang: Lang, props: &CompanyCardProps) -> Html {
    let cat = &props.catalog;
    let o = &cat.data.organisations[props.org];
    let row = &cat.org_rows[props.org];
    let q = &*props.query;
    let heading_id = format!("h-{}", o.id);
    let valuation = cat.latest_valuation_of(props.org);
    html! {
        <article class="card company-card" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                <a href={props.href.clone()} id={card_link_id(&o.id)}>{ name_html(&o.name, q) }</a>
            </h3>
            if let Some(sector) = &o.sector {
                <p class="role">{ text_html(lang, sector, q) }</p>
            }
            <dl class="facts">
                if !props.founder_hrefs.is_empty() {
                    { fact(lang.tr(M::ExFounders), props.founder_hrefs.iter().enumerate().map(|(i, (p, href))| html! {
                        <>{ if i > 0 { lang.tr(M::NameSeparator) } else { "" } }<a href={href.clone()}>{ name_html(&cat.data.people[*p].name, q) }</a></>
                    }).collect()) }
                }
                if let Some(f) = &o.founded { { fact(lang.tr(M::Founded), date_html(lang, f)) } }
                { fact(lang.tr(M::Status), html! { lang.tr(o.status.label()) }) }
                if let Some(v) = valuation {
                    { fact(lang.tr(M::LatestValuation), html! {
                        <>
                            <strong>{ format_money(v.amount, &v.currency, lang) }</strong>
                            if let Some(d) = &v.as_of { { lang.tr(M::AsOf) }{ date_html(lang, d) } }
                            {" "}{ status_badge(lang, v.status) }
                        </>
                    }) }
                }
            </dl>
            { markers_html(lang, row.markers) }
            { pin_button(lang, pin_key(Tab::Companies, &o.id), name_text(lang, &o.name), props.pinned, &props.on_pin) }
        </article>
    }
}

/// The pin key of a row of a tab's table.
pub fn row_pin_key(cat: &CatalogHandle, tab: Tab, row: usize) -> String {
    exodus_core::prefs::pin_key(tab, cat.row_id(tab, row))
}

/// The list items of the cards of `rows` (rows of the tab's table).
pub fn card_items(
    lang: Lang,
    catalog: &CatalogHandle,
    state: &UrlState,
    rows: &[usize],
    query: &Rc<Query>,
    pins: &[String],
    on_pin: &Callback<String>,
) -> Html {
    let tab = state.tab;
    rows.iter()
        .map(|&row| match tab {
            Tab::People => {
                let p = &catalog.data.people[row];
                html! {
                    <li key={p.id.clone()}>
                        { person_card(lang, &PersonCardProps {
                            catalog: catalog.clone(),
                            person: row,
                            href: AttrValue::from(record_href(state, Tab::People, &p.id)),
                            query: query.clone(),
                            pinned: pins.contains(&row_pin_key(catalog, tab, row)),
                            on_pin: on_pin.clone(),
                        }) }
                    </li>
                }
            }
            Tab::Companies => {
                let oi = catalog.spinouts[row];
                let o = &catalog.data.organisations[oi];
                let founders: Vec<(usize, String)> = catalog.org_rows[oi]
                    .founders
                    .iter()
                    .map(|&p| {
                        (
                            p,
                            record_href(state, Tab::People, &catalog.data.people[p].id),
                        )
                    })
                    .collect();
                html! {
                    <li key={o.id.clone()}>
                        { company_card(lang, &CompanyCardProps {
                            catalog: catalog.clone(),
                            org: oi,
                            href: AttrValue::from(record_href(state, Tab::Companies, &o.id)),
                            founder_hrefs: Rc::new(founders),
                            query: query.clone(),
                            pinned: pins.contains(&row_pin_key(catalog, tab, row)),
                            on_pin: on_pin.clone(),
                        }) }
                    </li>
                }
            }
        })
        .collect()
}
