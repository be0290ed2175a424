//! The chart views, drawn as SVG by the app: the timeline, the flow of
//! people to their next places, the founders over time, and valuations.
//!
//! The layout maths is in [`exodus_core::charts`]; this module only draws it. Each
//! drawing has a text or table alternative with the same items and numbers,
//! which is also the keyboard's way through a chart with many marks: a
//! drawing whose marks would be one tab stop each is hidden from assistive
//! technology and its marks are reachable by mouse only, while the flow's
//! few bands are focusable themselves.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use exodus_core::charts::{
    flow, flow_people, founder_bars, founder_segments, founders, layout_flow, merge_small_places,
    timeline, Band, FounderState, LogScale, Node, Segment, TimeScale, TimelineItem, TimelineKind,
    TimelineSubject, FLOW_NODES,
};
use exodus_core::explore::{Facet, Tab, View};
use exodus_core::format::{format_date, format_money, Lang};
use exodus_core::i18n::M;
use exodus_core::model::{Organisation, ReasonCategory};
use exodus_core::svg::{self, W};
use exodus_core::url::UrlState;

use super::common::{
    date_html, name_plain, name_text, record_href, status_badge, with_name, CatalogHandle,
};
use crate::state::{ToggleAction, Toggles};

use super::context::{use_app, AppContext};
use super::download::today;
use super::header::figure_claims;
use super::routing::Nav;

mod download;
mod flow;
mod founders;
mod timeline;
mod valuations;

use flow::{flow_data, flow_view};
use founders::founders_view;
use timeline::timeline_view;
pub use valuations::{valuation_compare, valuation_series};

#[derive(Properties, Clone, PartialEq)]
pub struct ChartsProps {
    pub state: Rc<UrlState>,
}

fn count(x: usize) -> String {
    x.to_string()
}

/// The year range of the state, when it sets one.
fn years(state: &UrlState) -> Option<(i32, i32)> {
    match (state.from, state.to) {
        (None, None) => None,
        (a, b) => Some((a.unwrap_or(i32::MIN), b.unwrap_or(i32::MAX))),
    }
}

/// The current year, from the reader's clock.
fn this_year() -> i32 {
    today()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2026)
}

/// "From year" and "To year" selects over `first..=last`.
fn year_controls(
    lang: Lang,
    state: &UrlState,
    nav: &Callback<(UrlState, Nav)>,
    first: i32,
    last: i32,
) -> Html {
    let select = |id: &'static str, label: M, value: Option<i32>, is_from: bool| {
        let state = state.clone();
        let onchange = nav.reform(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let mut s = state.clone();
            let y: Option<i32> = select.value().parse().ok();
            // A range must not end before it starts: the other end gives way.
            if is_from {
                s.from = y;
                if let (Some(f), Some(t)) = (y, s.to) {
                    s.to = Some(t.max(f));
                }
            } else {
                s.to = y;
                if let (Some(f), Some(t)) = (s.from, y) {
                    s.from = Some(f.min(t));
                }
            }
            (s, Nav::Push)
        });
        html! {
            <div class="year-select">
                <label for={id}>{ lang.tr(label) }</label>
                <select {id} {onchange} data-value={value.map(|y| y.to_string()).unwrap_or_default()}>
                    <option value="" selected={value.is_none()}>{ lang.tr(M::AnyYear) }</option>
                    { for (first..=last).map(|y| html! {
                        <option value={y.to_string()} selected={value == Some(y)}>{ y }</option>
                    }) }
                </select>
            </div>
        }
    };
    html! {
        <>
            { select("year-from", M::YearFrom, state.from, true) }
            { select("year-to", M::YearTo, state.to, false) }
        </>
    }
}

/// A chart with nothing to show: why, and a way out.
fn empty(lang: Lang, state: &UrlState, nav: &Callback<(UrlState, Nav)>) -> Html {
    let mut clear = UrlState::chart(state.view);
    clear.lang = state.lang;
    let onclick = nav.reform(move |_: MouseEvent| (clear.clone(), Nav::Push));
    html! {
        <div class="empty">
            <p>{ lang.tr(M::NoItems) }</p>
            <button type="button" {onclick}>{ lang.tr(M::ClearFilters) }</button>
        </div>
    }
}

/// A group of checkboxes for one facet of a chart.
fn checkboxes(
    lang: Lang,
    state: &UrlState,
    nav: &Callback<(UrlState, Nav)>,
    facet: Facet,
    values: &[(&'static str, M)],
) -> Html {
    let chosen = state.filters.get(facet);
    html! {
        <fieldset class="facet chart-facet">
            <legend>{ lang.tr(facet.label()) }</legend>
            <ul>
                { for values.iter().map(|&(key, label)| {
                    let state = state.clone();
                    let onchange = nav.reform(move |_: Event| {
                        let mut s = state.clone();
                        s.filters.toggle(facet, key);
                        (s, Nav::Push)
                    });
                    let id = format!("f-{}-{key}", facet.key());
                    html! {
                        <li>
                            <input type="checkbox" id={id.clone()} checked={chosen.iter().any(|c| c == key)} {onchange}
                                data-facet={facet.key()} data-value={key} />
                            <label for={id}>{ lang.tr(label) }</label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}

#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let AppContext {
        catalog: cat,
        lang,
        navigate,
    } = use_app();
    // The timeline's items, for the timeline only (each chart view mounts
    // afresh, so the others never compute them).
    let items = {
        let cat = cat.clone();
        let on = props.state.view == View::Timeline;
        use_memo((cat.clone(), on), move |&(_, on)| {
            if on {
                timeline(&cat.data)
            } else {
                Vec::new()
            }
        })
    };
    // The flow band whose people are listed, with the view state it was
    // picked in (a band of another state's flow is not shown).
    let selected = use_state_eq(|| None::<(Rc<UrlState>, usize)>);
    let flow = {
        let cat = cat.clone();
        use_memo((props.state.clone(), lang), move |(state, _)| {
            (state.view == View::Flow).then(|| flow_data(lang, &cat, state))
        })
    };
    // Selects show the URL's value after Back and Forward too.
    use_effect(super::sync_selects);
    // Whether a long flow table shows all its rows.
    let all_rows = use_state(|| false);
    // Years whose items a long timeline lists.
    let open_years = use_reducer(Toggles::default);
    let state = &*props.state;
    // A chart's list or table below its drawing waits for the view's first
    // frame: they are most of its elements (at 10,000 records the flow
    // table's 1,500 of 2,300) and start at the bottom of the first screen
    // or below it, so the drawing appears sooner. (The switch mounts each
    // chart view afresh.) The app's first render draws everything (see
    // `env::starting`).
    let drawn = super::env::use_mounted() || super::env::starting();
    match state.view {
        View::Timeline => timeline_view(lang, &cat, state, &navigate, &items, &open_years, drawn),
        View::Flow => match &*flow {
            Some(data) => flow_view(
                lang,
                &cat,
                &props.state,
                &navigate,
                &selected,
                data,
                drawn.then_some(&all_rows),
            ),
            None => Html::default(),
        },
        View::Founders => founders_view(lang, &cat, state),
        View::Cards | View::Methods => Html::default(),
    }
}

/// A drawing in a figure: scrollable on narrow screens (a labelled,
/// focusable region, so the keyboard can scroll it) with its caption.
/// `file` names the drawing's downloads: its title, its file name and the
/// view state whose filters it shows.
fn figure(
    lang: Lang,
    drawing: String,
    caption_id: &'static str,
    caption: Html,
    file: FileProps,
) -> Html {
    html! {
        <figure class="chart">
            <div class="chart-scroll" tabindex="0" role="region" aria-labelledby={caption_id}>
                { Html::from_html_unchecked(AttrValue::from(drawing)) }
            </div>
            <figcaption id={caption_id}>{ caption }</figcaption>
            { download::chart_downloads(lang, file) }
        </figure>
    }
}

use download::ChartDownloadsProps as FileProps;

/// What a drawing's downloads need: the title in the file, the file name and
/// the view state (for the filters), if the chart has filters.
fn file_props(title: String, name: &str, state: Option<Rc<UrlState>>) -> FileProps {
    FileProps {
        title: title.into(),
        name: name.to_owned().into(),
        state,
    }
}
