//! A card view (People or Companies): search, facets, sort and the card list,
//! rendered in increments ("Show more") so that 10,000 matches never mean
//! 10,000 cards in the DOM.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use exodus_core::format::Lang;

use exodus_core::explore::{run, Facet, Results, Sort, Tab};
use exodus_core::i18n::M;
use exodus_core::search::Query;
use exodus_core::url::UrlState;

use crate::state::{Paging, PagingAction, ToggleAction, Toggles};

use super::cards::{card_items, row_pin_key};
use super::context::{use_app, AppContext};
use super::export::{export_view, DATASET_FILE_NAME, DATASET_JSON};
use super::facets::{facet_panel, FacetPanelProps};
use super::routing::Nav;

/// Generations of results, for [`Paging`] (see the Explorer).
static GENERATION: AtomicUsize = AtomicUsize::new(0);

/// Cards added per increment.
pub const PAGE: usize = 48;

#[derive(Properties, Clone, PartialEq)]
pub struct ExplorerProps {
    pub state: Rc<UrlState>,
    pub search_ref: NodeRef,
    /// The record just closed: the list shows enough cards to include it,
    /// so focus can return to its card.
    #[prop_or_default]
    pub return_to: Option<AttrValue>,
    /// Focus the search box once mounted ("/" pressed on a detail page).
    #[prop_or_default]
    pub autofocus: bool,
    /// The reader's pins (`people/<id>`, `companies/<id>`).
    pub pins: Rc<Vec<String>>,
    pub on_pin: Callback<String>,
}

fn count_text(lang: Lang, tab: Tab, n: usize) -> String {
    let m = match (tab, n) {
        (Tab::People, 1) => M::CountPerson,
        (Tab::People, _) => M::CountPeople,
        (Tab::Companies, 1) => M::CountCompany,
        (Tab::Companies, _) => M::CountCompanies,
    };
    m.fill(lang, &[&n.to_string()])
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let AppContext {
        catalog,
        lang,
        navigate,
    } = use_app();
    let state = props.state.clone();
    let tab = state.tab;
    let pins = state.pinned.then(|| props.pins.clone());
    // The results, and a new generation of them whenever they are
    // recomputed: the paging belongs to one generation.
    let computed: Rc<(usize, Rc<Results>)> = {
        let catalog = catalog.clone();
        use_memo(
            (
                tab,
                state.query.clone(),
                state.filters.clone(),
                state.sort,
                pins,
            ),
            move |(tab, q, filters, sort, pins)| {
                let only: Option<Vec<bool>> = pins.as_ref().map(|pins| {
                    let n = match tab {
                        Tab::People => catalog.data.people.len(),
                        Tab::Companies => catalog.spinouts.len(),
                    };
                    (0..n)
                        .map(|r| pins.contains(&row_pin_key(&catalog, *tab, r)))
                        .collect()
                });
                let results = run(
                    &catalog,
                    *tab,
                    &Query::parse(q),
                    filters,
                    only.as_deref(),
                    *sort,
                );
                (GENERATION.fetch_add(1, Ordering::Relaxed), Rc::new(results))
            },
        )
    };
    let (generation, results) = (computed.0, computed.1.clone());
    let query = use_memo(state.query.clone(), |q| Query::parse(q));
    // The sort select shows the URL's order after Back and Forward too.
    use_effect(super::sync_selects);

    // The number of cards shown restarts at one page whenever the results
    // change, or at as many pages as it takes to show the record just closed.
    // A prerendered list shows every card, for readers without scripts (and
    // search engines), and the first render that hydrates it too; the app
    // then pages it (the cards past the first page are below the fold, so
    // taking over moves nothing in view). New results are drawn a screen of
    // cards first, the rest of their page after that frame.
    let paging = use_reducer(|| {
        if super::env::hydrating() {
            Paging::hydrating(generation)
        } else {
            Paging::default()
        }
    });
    let start = {
        let pos = props
            .return_to
            .as_ref()
            .and_then(|id| {
                results
                    .rows
                    .iter()
                    .position(|&r| catalog.row_id(tab, r) == id.as_str())
            })
            .unwrap_or(0);
        (pos / PAGE + 1) * PAGE
    };
    let total = results.rows.len();
    let returning = props.return_to.is_some();
    // The server renders every card.
    let limit = if cfg!(target_arch = "wasm32") {
        let first = super::window::first_step();
        paging.limit(generation, start, total, returning, first)
    } else {
        total
    };
    // How many cards the window holds below the list's top, measured once
    // the cards drawn have been laid out (after their frame, where reading
    // the layout costs nothing): new results draw that many first. Typing
    // leaves the list where it is, so the next results fill the same space.
    use_effect_with(limit, |_| super::env::after_frame(super::window::measure));
    {
        let (all, paging) = (paging.all, paging.dispatcher());
        use_effect_with((), move |_| {
            if all {
                super::env::later(move || paging.dispatch(PagingAction::Hydrated));
            }
        });
    }
    {
        let progressive = paging.progressive(generation, returning);
        let paging = paging.dispatcher();
        use_effect_with(
            (generation, progressive),
            move |&(generation, progressive)| {
                if progressive {
                    super::env::after_frame(move || {
                        paging.dispatch(PagingAction::Drawn(generation))
                    });
                }
            },
        );
    }
    let show_more = {
        let paging = paging.dispatcher();
        Callback::from(move |()| {
            paging.dispatch(PagingAction::ShowMore {
                key: generation,
                start,
                page: PAGE,
                total,
            })
        })
    };
    {
        // Focus the first card a "Show more" added.
        let focus_new = paging.focus_new;
        let paging = paging.dispatcher();
        use_effect_with((limit, focus_new), move |&(limit, focus_new)| {
            if focus_new {
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
                paging.dispatch(PagingAction::Focused);
            }
        });
    }
    // Long facets the user expanded ("Show all").
    let expanded_state = use_reducer(Toggles::default);
    let expanded = expanded_state.0.clone();
    let on_expand = {
        let expanded = expanded_state.dispatcher();
        Callback::from(move |facet: Facet| {
            expanded.dispatch(ToggleAction::Toggle(facet.key().to_owned()))
        })
    };
    {
        let search_ref = props.search_ref.clone();
        let autofocus = props.autofocus;
        use_effect_with((), move |_| {
            if let Some(input) = search_ref.cast::<HtmlInputElement>().filter(|_| autofocus) {
                let _ = input.focus();
            }
        });
    }
    let wide = use_state(super::env::is_wide);

    let nav = navigate.clone();
    let oninput = {
        let state = state.clone();
        let nav = nav.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut s = state.list();
            s.query = input.value();
            // Starting a search is a step Back can undo; refining it is not
            // (and the address follows once typing pauses).
            let how = if state.query.is_empty() {
                Nav::Push
            } else {
                Nav::Typing
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
    let active = !state.query.is_empty() || !state.filters.is_empty() || state.pinned;
    let clear_all = {
        let state = state.clone();
        let nav = nav.clone();
        Callback::from(move |_: MouseEvent| {
            let mut s = UrlState::new(state.tab);
            s.sort = state.sort;
            s.lang = state.lang;
            nav.emit((s, Nav::Push));
        })
    };

    let on_pinned = {
        let state = state.clone();
        let nav = nav.clone();
        Callback::from(move |_: Event| {
            let mut s = state.list();
            s.pinned = !s.pinned;
            nav.emit((s, Nav::Push));
        })
    };
    let on_export = {
        let (catalog, state, results) = (catalog.clone(), state.clone(), results.clone());
        Callback::from(move |json: bool| export_view(&catalog, &state, &results.rows, json))
    };
    // Pins of records this dataset has (a stored pin may name one it lost).
    let pin_count = props
        .pins
        .iter()
        .filter_map(|p| p.strip_prefix(tab.key())?.strip_prefix('/'))
        .filter(|id| match tab {
            Tab::People => catalog.person_index(id).is_some(),
            Tab::Companies => catalog
                .org_index(id)
                .is_some_and(|o| catalog.spinouts.contains(&o)),
        })
        .count();

    let total = results.rows.len();
    let cards = card_items(
        lang,
        &catalog,
        &state,
        &results.rows[..limit],
        &query,
        &props.pins,
        &props.on_pin,
    );

    html! {
        <section class="explorer" aria-labelledby="explorer-heading">
            <h2 id="explorer-heading" class="visually-hidden">{ lang.tr(M::SearchFilterBrowse) }</h2>
            <div class="toolbar">
                <div class="search">
                    <label for="search">{ lang.tr(M::Search) }</label>
                    <input type="search" id="search" ref={props.search_ref.clone()}
                        value={state.query.clone()} {oninput}
                        placeholder={lang.tr(match tab { Tab::People => M::PlaceholderPeople, Tab::Companies => M::PlaceholderCompanies })}
                        autocomplete="off" spellcheck="false" aria-describedby="search-hint" />
                    <p id="search-hint" class="hint">{ lang.tr(M::SearchHint) }</p>
                </div>
                <div class="sort">
                    <label for="sort">{ lang.tr(M::SortBy) }</label>
                    <select id="sort" onchange={onsort} data-value={state.sort.key()}>
                        { for Sort::for_tab(tab).iter().map(|s| html! {
                            <option value={s.key()} selected={*s == state.sort}>{ lang.tr(s.label()) }</option>
                        }) }
                    </select>
                </div>
                <div class="pinned-only">
                    <input type="checkbox" id="pinned-only" checked={state.pinned} onchange={on_pinned} />
                    <label for="pinned-only">{ M::PinnedOnly.fill(lang, &[&pin_count.to_string()]) }</label>
                </div>
            </div>
            <div class="explorer-body">
                <details class="filters" open={*wide}>
                    <summary>{ lang.tr(M::Filters) }
                        if !state.filters.is_empty() {
                            { M::ActiveFilters.fill(lang, &[&state.filters.iter().map(|(_, v)| v.len()).sum::<usize>().to_string()]) }
                        }
                    </summary>
                    { facet_panel(lang, &FacetPanelProps {
                        facets: results.facets.clone(),
                        on_toggle,
                        expanded: expanded.clone(),
                        on_expand,
                    }) }
                </details>
                <div class="results">
                    <div class="results-bar">
                        <p id="result-count" role="status" aria-live="polite" aria-atomic="true">
                            { count_text(lang, tab, total) }
                            if total > limit { { M::Showing.fill(lang, &[&limit.to_string()]) } }
                        </p>
                        if active {
                            <button type="button" class="link-button" onclick={clear_all.clone()}>{ lang.tr(M::ClearAll) }</button>
                        }
                        if total > 0 {
                            <div class="export" role="group" aria-label={M::ExportHint.fill(lang, &[&total.to_string()])}>
                                <button type="button" onclick={on_export.reform(|_: MouseEvent| false)}>{ lang.tr(M::ExportCsv) }</button>
                                <button type="button" onclick={on_export.reform(|_: MouseEvent| true)}>{ lang.tr(M::ExportJson) }</button>
                            </div>
                        }
                    </div>
                    if total == 0 && state.pinned && pin_count == 0 {
                        <div class="empty"><p>{ lang.tr(M::NoPins) }</p></div>
                    } else if total == 0 {
                        <div class="empty">
                            <p><strong>{ lang.tr(match tab { Tab::People => M::NoPeopleMatch, Tab::Companies => M::NoCompaniesMatch }) }</strong>
                            if !state.query.is_empty() { { M::Quoted.fill(lang, &[&state.query]) } }
                            if !state.filters.is_empty() { { lang.tr(M::WithTheseFilters) } }
                            { lang.tr(M::Period) }</p>
                            <p>{ lang.tr(M::EmptyHint) }</p>
                            <button type="button" onclick={clear_all}>{ lang.tr(M::ClearSearchFilters) }</button>
                        </div>
                    } else {
                        if tab == Tab::Companies {
                            { super::charts::valuation_compare(lang, &catalog, &results.rows.iter().map(|&r| catalog.spinouts[r]).collect::<Vec<_>>()) }
                        }
                        <ul class="cards" id="cards">{ cards }</ul>
                        if limit < total {
                            <div class="show-more">
                                <button type="button" onclick={show_more.reform(|_: MouseEvent| ())}>
                                    { M::ShowMore.fill(lang, &[&(total - limit).to_string()]) }
                                </button>
                            </div>
                        }
                    }
                    <p class="dataset-download">
                        <a href={DATASET_JSON} download={DATASET_FILE_NAME}>{ lang.tr(M::DownloadDataset) }</a>
                    </p>
                </div>
            </div>
        </section>
    }
}
