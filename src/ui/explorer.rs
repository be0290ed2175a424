//! A card view (People or Companies): search, facets, sort and the card list,
//! rendered in increments ("Show more") so that 10,000 matches never mean
//! 10,000 cards in the DOM.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::explore::{run, Facet, Results, Sort, Tab};
use crate::search::Query;
use crate::url::UrlState;

use super::cards::{company_card, person_card, CompanyCardProps, PersonCardProps};
use super::common::{record_href, CatalogHandle};
use super::facets::{facet_panel, FacetPanelProps};
use super::routing::Nav;

/// Cards added per increment.
pub const PAGE: usize = 48;

#[derive(Properties, Clone, PartialEq)]
pub struct ExplorerProps {
    pub catalog: CatalogHandle,
    pub state: Rc<UrlState>,
    pub navigate: Callback<(UrlState, Nav)>,
    pub search_ref: NodeRef,
    /// The record just closed: the list shows enough cards to include it,
    /// so focus can return to its card.
    #[prop_or_default]
    pub return_to: Option<AttrValue>,
    /// Focus the search box once mounted ("/" pressed on a detail page).
    #[prop_or_default]
    pub autofocus: bool,
}

fn noun(tab: Tab, n: usize) -> &'static str {
    match (tab, n) {
        (Tab::People, 1) => "person",
        (Tab::People, _) => "people",
        (Tab::Companies, 1) => "company",
        (Tab::Companies, _) => "companies",
    }
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let state = props.state.clone();
    let tab = state.tab;
    let catalog = props.catalog.clone();
    let results: Rc<Results> = {
        let catalog = catalog.clone();
        use_memo(
            (tab, state.query.clone(), state.filters.clone(), state.sort),
            move |(tab, q, filters, sort)| run(&catalog, *tab, &Query::parse(q), filters, *sort),
        )
    };
    let query = use_memo(state.query.clone(), |q| Query::parse(q));

    // The number of cards shown restarts at one page whenever the results
    // change, or at as many pages as it takes to show the record just closed.
    // The flag asks for focus on the first card a "Show more" added.
    let paging = use_mut_ref(|| (None::<Rc<Results>>, PAGE, false));
    {
        let mut p = paging.borrow_mut();
        if !p.0.as_ref().is_some_and(|r| Rc::ptr_eq(r, &results)) {
            let id_of = |row: usize| match tab {
                Tab::People => &catalog.data.people[row].id,
                Tab::Companies => &catalog.data.organisations[catalog.spinouts[row]].id,
            };
            let pos = props
                .return_to
                .as_ref()
                .and_then(|id| results.rows.iter().position(|&r| id_of(r) == id.as_str()))
                .unwrap_or(0);
            *p = (Some(results.clone()), (pos / PAGE + 1) * PAGE, false);
        }
    }
    let limit = paging.borrow().1.min(results.rows.len());
    let force = use_force_update();
    let show_more = {
        let paging = paging.clone();
        let total = results.rows.len();
        Callback::from(move |()| {
            let mut p = paging.borrow_mut();
            if p.1 < total {
                p.1 += PAGE;
                p.2 = true;
                drop(p);
                force.force_update();
            }
        })
    };
    {
        let paging = paging.clone();
        use_effect_with(limit, move |limit| {
            let mut p = paging.borrow_mut();
            if p.2 {
                p.2 = false;
                let first_new = limit.saturating_sub(PAGE) + 1;
                let selector = format!("#cards > li:nth-child({first_new}) h3 a");
                if let Some(el) = gloo::utils::document()
                    .query_selector(&selector)
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }
    // Long facets the user expanded ("Show all").
    let expanded_state = use_state(|| Rc::new(Vec::<Facet>::new()));
    let expanded = (*expanded_state).clone();
    let on_expand = Callback::from(move |facet: Facet| {
        let mut next = (**expanded_state).clone();
        match next.iter().position(|f| *f == facet) {
            Some(i) => {
                next.remove(i);
            }
            None => next.push(facet),
        }
        expanded_state.set(Rc::new(next));
    });
    {
        let search_ref = props.search_ref.clone();
        let autofocus = props.autofocus;
        use_effect_with((), move |_| {
            if let Some(input) = search_ref.cast::<HtmlInputElement>().filter(|_| autofocus) {
                let _ = input.focus();
            }
        });
    }
    let wide = use_state(|| {
        gloo::utils::window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w > 760.0)
    });
    let nav = props.navigate.clone();
    let oninput = {
        let state = state.clone();
        let nav = nav.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut s = state.list();
            s.query = input.value();
            // Starting a search is a step Back can undo; refining it is not.
            let how = if state.query.is_empty() {
                Nav::Push
            } else {
                Nav::Replace
            };
            nav.emit((s, how));
        })
    };
    let onsort = {
        let state = state.clone();
        let nav = nav.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(sort) = Sort::from_key(state.tab, &select.value()) {
                let mut s = state.list();
                s.sort = sort;
                nav.emit((s, Nav::Push));
            }
        })
    };
    let on_toggle = {
        let state = state.clone();
        let nav = nav.clone();
        Callback::from(move |(facet, value): (Facet, String)| {
            let mut s = state.list();
            s.filters.toggle(facet, &value);
            nav.emit((s, Nav::Push));
        })
    };
    let active = !state.query.is_empty() || !state.filters.is_empty();
    let clear_all = {
        let state = state.clone();
        let nav = nav.clone();
        Callback::from(move |_: MouseEvent| {
            let mut s = UrlState::new(state.tab);
            s.sort = state.sort;
            nav.emit((s, Nav::Push));
        })
    };

    let total = results.rows.len();
    let cards: Html = results.rows[..limit]
        .iter()
        .map(|&row| match tab {
            Tab::People => {
                let p = &catalog.data.people[row];
                html! {
                    <li key={p.id.clone()}>
                        { person_card(&PersonCardProps {
                            catalog: catalog.clone(),
                            person: row,
                            href: AttrValue::from(record_href(&state, Tab::People, &p.id)),
                            query: query.clone(),
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
                            record_href(&state, Tab::People, &catalog.data.people[p].id),
                        )
                    })
                    .collect();
                html! {
                    <li key={o.id.clone()}>
                        { company_card(&CompanyCardProps {
                            catalog: catalog.clone(),
                            org: oi,
                            href: AttrValue::from(record_href(&state, Tab::Companies, &o.id)),
                            founder_hrefs: Rc::new(founders),
                            query: query.clone(),
                        }) }
                    </li>
                }
            }
        })
        .collect();

    html! {
        <section class="explorer" aria-labelledby="explorer-heading">
            <h2 id="explorer-heading" class="visually-hidden">{"Search, filter and browse"}</h2>
            <div class="toolbar">
                <div class="search">
                    <label for="search">{"Search"}</label>
                    <input type="search" id="search" ref={props.search_ref.clone()}
                        value={state.query.clone()} {oninput}
                        placeholder={match tab { Tab::People => "Name, role, company…", Tab::Companies => "Company, founder, sector…" }}
                        autocomplete="off" spellcheck="false" aria-describedby="search-hint" />
                    <p id="search-hint" class="hint">{"Press / to search, Escape to clear. Matches English and Chinese names, roles, organisations and summaries."}</p>
                </div>
                <div class="sort">
                    <label for="sort">{"Sort by"}</label>
                    <select id="sort" onchange={onsort}>
                        { for Sort::for_tab(tab).iter().map(|s| html! {
                            <option value={s.key()} selected={*s == state.sort}>{ s.label() }</option>
                        }) }
                    </select>
                </div>
            </div>
            <div class="explorer-body">
                <details class="filters" open={*wide}>
                    <summary>{"Filters"}
                        if !state.filters.is_empty() {
                            { format!(" ({} active)", state.filters.iter().map(|(_, v)| v.len()).sum::<usize>()) }
                        }
                    </summary>
                    { facet_panel(&FacetPanelProps {
                        facets: results.facets.clone(),
                        on_toggle,
                        expanded: expanded.clone(),
                        on_expand,
                    }) }
                </details>
                <div class="results">
                    <div class="results-bar">
                        <p id="result-count" role="status" aria-live="polite" aria-atomic="true">
                            { format!("{total} {}", noun(tab, total)) }
                            if total > limit { { format!(" (showing {limit})") } }
                        </p>
                        if active {
                            <button type="button" class="link-button" onclick={clear_all.clone()}>{"Clear all filters"}</button>
                        }
                    </div>
                    if total == 0 {
                        <div class="empty">
                            <p><strong>{ format!("No {} match", noun(tab, 2)) }</strong>
                            if !state.query.is_empty() { { format!(" “{}”", state.query) } }
                            if !state.filters.is_empty() { {" with these filters"} }
                            {"."}</p>
                            <p>{"Try fewer words, another spelling, or remove a filter. Names can be searched in English or in Chinese."}</p>
                            <button type="button" onclick={clear_all}>{"Clear search and filters"}</button>
                        </div>
                    } else {
                        <ul class="cards" id="cards">{ cards }</ul>
                        if limit < total {
                            <div class="show-more">
                                <button type="button" onclick={show_more.reform(|_: MouseEvent| ())}>
                                    { format!("Show more ({} more)", total - limit) }
                                </button>
                            </div>
                        }
                    }
                </div>
            </div>
        </section>
    }
}
