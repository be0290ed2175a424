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
    flow, flow_people, founder_bars, founder_segments, founders, layout_flow, timeline,
    FounderState, LogScale, Node, Segment, TimeScale, TimelineItem, TimelineKind, TimelineSubject,
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
    let items = {
        let cat = cat.clone();
        use_memo(cat.clone(), move |_| timeline(&cat.data))
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
    let open_years = use_reducer(Toggles::<i32>::default);
    let state = &*props.state;
    match state.view {
        View::Timeline => timeline_view(lang, &cat, state, &navigate, &items, &open_years),
        View::Flow => match &*flow {
            Some(data) => flow_view(
                lang,
                &cat,
                &props.state,
                &navigate,
                &selected,
                &all_rows,
                data,
            ),
            None => Html::default(),
        },
        View::Founders => founders_view(lang, &cat, state),
        View::Cards | View::Methods => Html::default(),
    }
}

/// Where a timeline item links to, and what it says.
fn item_link(
    lang: Lang,
    cat: &CatalogHandle,
    state: &UrlState,
    it: &TimelineItem,
) -> (Option<String>, String) {
    let person = |i: usize| record_href(state, Tab::People, &cat.data.people[i].id);
    let org = |o: usize| record_href(state, Tab::Companies, &cat.data.organisations[o].id);
    match it.subject {
        TimelineSubject::Person(i) => (
            Some(person(i)),
            name_text(lang, &cat.data.people[i].name).to_owned(),
        ),
        TimelineSubject::Org(o) => {
            let record = &cat.data.organisations[o];
            let mut text = name_text(lang, &record.name).to_owned();
            if it.kind == TimelineKind::Funding {
                if let Some(v) = record.valuations.iter().find(|v| {
                    // The figure the funding item stands for (as in
                    // `charts::timeline`: no talks, targets or AUM).
                    v.as_of.as_ref() == Some(&it.date)
                        && matches!(
                            v.kind,
                            exodus_core::model::ValuationKind::PostMoney
                                | exodus_core::model::ValuationKind::PreMoney
                                | exodus_core::model::ValuationKind::Reported
                        )
                }) {
                    text.push_str(lang.tr(M::Colon));
                    text.push_str(&format_money(v.amount, &v.currency, lang));
                }
            }
            (Some(org(o)), text)
        }
        TimelineSubject::Event(e) => {
            let ev = &cat.data.events[e];
            // A company's events link to the company, the others to the
            // first person they name.
            let first_person = || {
                ev.people
                    .iter()
                    .find_map(|id| cat.person_index(id).map(person))
            };
            let first_org = || ev.orgs.iter().find_map(|id| cat.org_index(id).map(org));
            let href = match it.kind {
                TimelineKind::CompanyFounded | TimelineKind::Funding => {
                    first_org().or_else(first_person)
                }
                _ => first_person().or_else(first_org),
            };
            let title = match (lang, &ev.title.zh) {
                (Lang::Zh, Some(zh)) => zh.clone(),
                _ => ev.title.en.clone(),
            };
            (href, title)
        }
    }
}

/// Whether an item's words are an English name standing in for a Chinese
/// one (marked `lang="en"` in the list).
fn english_name(lang: Lang, cat: &CatalogHandle, it: &TimelineItem) -> bool {
    let name = match it.subject {
        TimelineSubject::Person(i) => &cat.data.people[i].name,
        TimelineSubject::Org(o) => &cat.data.organisations[o].name,
        TimelineSubject::Event(_) => return false,
    };
    lang == Lang::Zh && name.zh.is_none()
}

/// Rows of the flow table shown before "Show all" (the largest moves come
/// first).
const TABLE_ROWS: usize = 60;

/// People named per row of the flow table.
const TABLE_NAMES: usize = 20;

/// A timeline longer than this lists its items one year at a time, on
/// request: tens of thousands of list items would take seconds to render.
const LIST_ALL: usize = 400;

fn timeline_view(
    lang: Lang,
    cat: &CatalogHandle,
    state: &UrlState,
    nav: &Callback<(UrlState, Nav)>,
    items: &[TimelineItem],
    open_years: &UseReducerHandle<Toggles<i32>>,
) -> Html {
    let kinds: Vec<TimelineKind> = state
        .filters
        .get(Facet::Kind)
        .iter()
        .filter_map(|k| TimelineKind::from_key(k))
        .collect();
    let shown = exodus_core::charts::filter_timeline(items, years(state), &kinds);
    let all_first = items.first().map(|i| i.date.year()).unwrap_or(2015);
    let all_last = items.last().map(|i| i.date.year()).unwrap_or(all_first);
    let first = state.from.unwrap_or(all_first).max(all_first);
    let last = state.to.unwrap_or(all_last).min(all_last).max(first);
    let lanes: Vec<TimelineKind> = TimelineKind::ALL
        .iter()
        .copied()
        .filter(|k| kinds.is_empty() || kinds.contains(k))
        .collect();
    let scale = TimeScale::years(first, last, W - svg::TIMELINE_LEFT - 10.0);

    // Each shown item's link and words, for the drawing and the list.
    let described: Vec<(usize, String, String)> = shown
        .iter()
        .map(|&i| {
            let (href, text) = item_link(lang, cat, state, &items[i]);
            (i, href.unwrap_or_default(), text)
        })
        .collect();
    let titles: Vec<String> = described
        .iter()
        .map(|(i, _, text)| {
            let it = &items[*i];
            format!(
                "{} · {} · {text}",
                format_date(&it.date, lang),
                lang.tr(it.kind.label())
            )
        })
        .collect();
    let marks: Vec<svg::Mark> = described
        .iter()
        .zip(&titles)
        .filter_map(|((i, href, _), title)| {
            let it = &items[*i];
            Some(svg::Mark {
                lane: lanes.iter().position(|k| *k == it.kind)?,
                date: &it.date,
                kind: it.kind.key(),
                href,
                title,
            })
        })
        .collect();
    // Named waves of the exodus (data/waves.json), drawn behind the marks.
    let waves: Vec<svg::Wave> = cat
        .data
        .waves
        .iter()
        .map(|w| svg::Wave {
            label: name_text(lang, &w.label),
            from: w.from,
            to: w.to,
        })
        .collect();
    let lane_labels: Vec<&str> = lanes.iter().map(|k| lang.tr(k.label())).collect();
    let drawing = svg::timeline(&scale, &lane_labels, &waves, &marks);

    // The same items as a list, by year.
    let mut groups: Vec<(i32, Vec<usize>)> = Vec::new();
    for (pos, (i, _, _)) in described.iter().enumerate() {
        let y = items[*i].date.year();
        match groups.last_mut() {
            Some((gy, list)) if *gy == y => list.push(pos),
            _ => groups.push((y, vec![pos])),
        }
    }
    let all_open = described.len() <= LIST_ALL;
    let list: Html = groups
        .iter()
        .map(|(y, list)| {
            let open = all_open || open_years.contains(y);
            let toggle = {
                let (open_years, y) = (open_years.dispatcher(), *y);
                Callback::from(move |_: MouseEvent| open_years.dispatch(ToggleAction::Toggle(y)))
            };
            html! {
                <section class="tl-year" aria-labelledby={format!("tl-{y}")}>
                    <h3 id={format!("tl-{y}")}>
                        if all_open {
                            { y }<span class="count">{" · "}{ list.len() }</span>
                        } else {
                            <button type="button" class="link-button" aria-expanded={open.to_string()} onclick={toggle}>
                                { y }<span class="count">{" · "}{ list.len() }</span>
                            </button>
                        }
                    </h3>
                    if open {
                        <ol>
                            { for list.iter().map(|&pos| {
                                let (i, href, text) = &described[pos];
                                let it = &items[*i];
                                html! {
                                    <li data-kind={it.kind.key()}>
                                        { date_html(lang, &it.date) }{" "}
                                        <span class={format!("tl-kind tl-{}", it.kind.key())}>{ lang.tr(it.kind.label()) }</span>{" "}
                                        if href.is_empty() { { text } } else {
                                            <a href={href.clone()} lang={english_name(lang, cat, it).then_some("en")}>{ text }</a>
                                        }
                                    </li>
                                }
                            }) }
                        </ol>
                    }
                </section>
            }
        })
        .collect();
    let kind_values: Vec<(&'static str, M)> = TimelineKind::ALL
        .iter()
        .map(|k| (k.key(), k.label()))
        .collect();
    html! {
        <section class="chart-view" aria-labelledby="view-heading">
            <div class="chart-controls">
                { year_controls(lang, state, nav, all_first, all_last) }
                { checkboxes(lang, state, nav, Facet::Kind, &kind_values) }
            </div>
            <p id="chart-summary" class="chart-summary" role="status">
                { M::TimelineSummary.fill(lang, &[&count(shown.len()), &first.to_string(), &last.to_string()]) }
            </p>
            if shown.is_empty() {
                { empty(lang, state, nav) }
            } else {
                { figure(drawing, "timeline-cap", html! { <>{ M::TimelineChart.fill(lang, &[&count(shown.len())]) }{" "}{ lang.tr(M::PrecisionLegend) }</> }) }
                <h2>{ lang.tr(M::ByYear) }</h2>
                if !all_open { <p class="hint">{ lang.tr(M::YearByYear) }</p> }
                <div class="tl-list">{ list }</div>
            }
        </section>
    }
}

/// A drawing in a figure: scrollable on narrow screens (a labelled,
/// focusable region, so the keyboard can scroll it) with its caption.
fn figure(drawing: String, caption_id: &'static str, caption: Html) -> Html {
    html! {
        <figure class="chart">
            <div class="chart-scroll" tabindex="0" role="region" aria-labelledby={caption_id}>
                { Html::from_html_unchecked(AttrValue::from(drawing)) }
            </div>
            <figcaption id={caption_id}>{ caption }</figcaption>
        </figure>
    }
}

fn node_html(lang: Lang, cat: &CatalogHandle, node: Node) -> Html {
    match node {
        Node::Org(o) => name_plain(lang, &cat.data.organisations[o].name),
        Node::Unknown => html! { lang.tr(M::NotRecorded) },
    }
}

fn node_name(lang: Lang, cat: &CatalogHandle, node: Node) -> String {
    match node {
        Node::Org(o) => name_text(lang, &cat.data.organisations[o].name).to_owned(),
        Node::Unknown => lang.tr(M::NotRecorded).to_owned(),
    }
}

/// The flow of a view state, computed once per state and language (a
/// hover only changes which band's people are listed).
pub struct FlowData {
    people: Vec<usize>,
    bands: Vec<exodus_core::charts::Band>,
    band_labels: Vec<(String, usize)>,
    drawing: AttrValue,
}

fn flow_data(lang: Lang, cat: &CatalogHandle, state: &UrlState) -> FlowData {
    let reasons: Vec<ReasonCategory> = ReasonCategory::ALL
        .iter()
        .copied()
        .filter(|r| {
            state
                .filters
                .get(Facet::Reason)
                .iter()
                .any(|k| k == r.key())
        })
        .collect();
    let people = flow_people(&cat.data, years(state), &reasons);
    let bands = flow(&cat.data, &people, 4);
    // About 9 units a person, within bounds (an integer clamp: the float
    // one would link the float formatter).
    let height = people.len().clamp(29, 266) as f64 * 9.0;
    let layout = layout_flow(&bands, W - svg::FLOW_LEFT - svg::FLOW_RIGHT, height, 12.0);
    let ncols = layout.columns.len();
    let node_labels: Vec<(String, bool)> = layout
        .columns
        .iter()
        .enumerate()
        .flat_map(|(c, col)| col.iter().map(move |b| (c, b.node)))
        .map(|(c, node)| {
            let english = match node {
                Node::Org(o) => lang == Lang::Zh && cat.data.organisations[o].name.zh.is_none(),
                Node::Unknown => false,
            };
            if c == 0 {
                return (node_name(lang, cat, node), english);
            }
            let total: usize = bands
                .iter()
                .filter(|band| usize::from(band.hop) == c && band.to == node)
                .map(|band| band.people.len())
                .sum();
            (format!("{} {total}", node_name(lang, cat, node)), english)
        })
        .collect();
    let band_labels: Vec<(String, usize)> = bands
        .iter()
        .map(|b| {
            let label = M::BandLabel.fill(
                lang,
                &[
                    &node_name(lang, cat, b.from),
                    &node_name(lang, cat, b.to),
                    &count(b.people.len()),
                ],
            );
            (label, b.people.len())
        })
        .collect();
    let heads: Vec<String> = (1..ncols)
        .map(|c| M::MoveN.fill(lang, &[&c.to_string()]))
        .collect();
    let drawing = svg::flow(
        &layout,
        height,
        &node_labels,
        &band_labels,
        &heads,
        "chart-summary",
    );
    FlowData {
        people,
        bands,
        band_labels,
        drawing: AttrValue::from(drawing),
    }
}

fn flow_view(
    lang: Lang,
    cat: &CatalogHandle,
    state: &Rc<UrlState>,
    nav: &Callback<(UrlState, Nav)>,
    selected: &UseStateHandle<Option<(Rc<UrlState>, usize)>>,
    all_rows: &UseStateHandle<bool>,
    data: &FlowData,
) -> Html {
    let FlowData {
        people,
        bands,
        band_labels,
        drawing,
    } = data;
    let chosen = selected
        .as_ref()
        .filter(|(s, _)| Rc::ptr_eq(s, state))
        .and_then(|(_, i)| bands.get(*i).map(|b| (*i, b)));
    // Focus or hover on a band (delegated: the drawing is plain markup).
    fn band_of(e: &Event) -> Option<usize> {
        let el: web_sys::Element = e.target()?.dyn_into().ok()?;
        el.closest("[data-band]")
            .ok()??
            .get_attribute("data-band")?
            .parse()
            .ok()
    }
    let onfocusin = {
        let selected = selected.clone();
        let state = state.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(i) = band_of(&e) {
                selected.set(Some((state.clone(), i)));
            }
        })
    };
    let onmouseover = {
        let selected = selected.clone();
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(i) = band_of(&e) {
                selected.set(Some((state.clone(), i)));
            }
        })
    };
    let person_link = |p: usize| {
        let person = &cat.data.people[p];
        html! { <li><a href={record_href(state, Tab::People, &person.id)}>{ name_plain(lang, &person.name) }</a></li> }
    };
    let panel = match chosen {
        Some((i, b)) => html! {
            <>
                <h3>{ band_labels.get(i).map(|l| l.0.clone()).unwrap_or_default() }</h3>
                <ul>{ for b.people.iter().map(|&p| person_link(p)) }</ul>
            </>
        },
        None => html! { <p>{ lang.tr(M::FlowHint) }</p> },
    };
    let moves = bands.iter().filter(|b| b.hop > 0).count();
    let shown_rows = if **all_rows {
        moves
    } else {
        moves.min(TABLE_ROWS)
    };
    let rows: Html = bands
        .iter()
        .filter(|b| b.hop > 0)
        .take(shown_rows)
        .map(|b| html! {
            <tr>
                <td>{ b.hop }</td>
                <td>{ node_html(lang, cat, b.from) }</td>
                <td>{ node_html(lang, cat, b.to) }</td>
                <td class="num" data-count={count(b.people.len())}>{ b.people.len() }</td>
                // A long band names its first people; focusing the band
                // lists them all.
                <td>{ for b.people.iter().take(TABLE_NAMES).enumerate().map(|(i, &p)| html! {
                    <>{ if i > 0 { lang.tr(M::NameSeparator) } else { "" } }<a href={record_href(state, Tab::People, &cat.data.people[p].id)}>{ name_plain(lang, &cat.data.people[p].name) }</a></>
                }) }
                if b.people.len() > TABLE_NAMES {
                    { M::AndMore.fill(lang, &[&count(b.people.len() - TABLE_NAMES)]) }
                }</td>
            </tr>
        })
        .collect();
    let reason_values: Vec<(&'static str, M)> = ReasonCategory::ALL
        .iter()
        .map(|r| (r.key(), r.label()))
        .collect();
    let (first, last) = (2015, this_year());
    html! {
        <section class="chart-view" aria-labelledby="view-heading">
            <div class="chart-controls">
                { year_controls(lang, state, nav, first, last) }
                { checkboxes(lang, state, nav, Facet::Reason, &reason_values) }
            </div>
            <p id="chart-summary" class="chart-summary" role="status">{ M::FlowChart.fill(lang, &[&count(people.len())]) }</p>
            if people.is_empty() {
                { empty(lang, state, nav) }
            } else {
                <div class="flow-layout">
                    <figure class="chart">
                        <div class="chart-scroll" {onfocusin} {onmouseover}>
                            { Html::from_html_unchecked(drawing.clone()) }
                        </div>
                    </figure>
                    <aside class="flow-people" aria-live="polite">{ panel }</aside>
                </div>
                <div class="table-scroll">
                    <table class="flow-table">
                        <caption>{ lang.tr(M::FlowHeading) }</caption>
                        <thead><tr>
                            <th scope="col">{ lang.tr(M::Move) }</th><th scope="col">{ lang.tr(M::FromCol) }</th>
                            <th scope="col">{ lang.tr(M::ToCol) }</th><th scope="col">{ lang.tr(M::CountCol) }</th>
                            <th scope="col">{ lang.tr(M::People) }</th>
                        </tr></thead>
                        <tbody>{ rows }</tbody>
                    </table>
                </div>
                if shown_rows < moves {
                    <div class="show-more">
                        <button type="button" onclick={{ let all_rows = all_rows.clone(); Callback::from(move |_: MouseEvent| all_rows.set(true)) }}>
                            { M::ShowAll.fill(lang, &[&count(moves)]) }
                        </button>
                    </div>
                }
            }
        </section>
    }
}

fn state_class(s: FounderState) -> &'static str {
    match s {
        FounderState::AtOpenAi => "fs-at",
        FounderState::Left => "fs-left",
        FounderState::OnLeave => "fs-leave",
        FounderState::Returned => "fs-returned",
    }
}

fn founders_view(lang: Lang, cat: &CatalogHandle, state: &UrlState) -> Html {
    let people = founders(&cat.data);
    let scale = TimeScale::years(2015, this_year(), W - svg::FOUNDERS_LEFT - 10.0);
    // Each founder's states, for the drawing and the table alike.
    let segments: Vec<Vec<Segment>> = people
        .iter()
        .map(|&p| founder_segments(&cat.data.people[p]))
        .collect();
    let described: Vec<(String, String, Vec<svg::StateBar>)> = people
        .iter()
        .zip(&segments)
        .map(|(&p, segments)| {
            let person = &cat.data.people[p];
            let bars = founder_bars(&scale, segments)
                .into_iter()
                .zip(segments)
                .map(|(b, s)| svg::StateBar {
                    class: state_class(b.state),
                    title: format!(
                        "{} · {}",
                        lang.tr(s.state.label()),
                        format_date(&s.from, lang)
                    ),
                    began: b.began,
                    x0: b.x0,
                    x1: b.x1,
                })
                .collect();
            (
                name_text(lang, &person.name).to_owned(),
                record_href(state, Tab::People, &person.id),
                bars,
            )
        })
        .collect();
    let rows: Vec<svg::FounderRow> = described
        .iter()
        .map(|(name, href, bars)| svg::FounderRow { name, href, bars })
        .collect();
    let drawing = svg::founders(&scale, &rows);
    let table_rows: Html = people
        .iter()
        .zip(&segments)
        .map(|(&p, segments)| {
            let person = &cat.data.people[p];
            let now = segments.last().map(|s| s.state);
            html! {
                <tr>
                    <th scope="row"><a href={record_href(state, Tab::People, &person.id)}>{ name_plain(lang, &person.name) }</a></th>
                    <td><ol class="segments">{ for segments.iter().map(|s| html! {
                        <li><span class={format!("swatch {}", state_class(s.state))} aria-hidden="true"></span>
                            { lang.tr(s.state.label()) }{" · "}{ M::Since.fill(lang, &[&format_date(&s.from, lang)]) }</li>
                    }) }</ol></td>
                    <td data-state={now.map(state_class).unwrap_or_default()}>{ now.map(|s| lang.tr(s.label())).unwrap_or_default() }</td>
                </tr>
            }
        })
        .collect();
    let remaining = cat.overview.founders_remaining.len();
    let legend = [
        FounderState::AtOpenAi,
        FounderState::Left,
        FounderState::OnLeave,
        FounderState::Returned,
    ];
    html! {
        <section class="chart-view" aria-labelledby="view-heading">
            <section class="remain" aria-labelledby="remain-h">
                <h2 id="remain-h">{ lang.tr(M::HowManyRemain) }</h2>
                <p class="remain-figure">
                    <strong>{ M::OfTotal.fill(lang, &[&count(remaining), &count(people.len())]) }</strong>{" "}
                    { exodus_core::i18n::around(lang.tr(M::FigFounders)).1 }{" "}{ status_badge(lang, exodus_core::model::ClaimStatus::Conflicting) }
                </p>
                <p>{ lang.tr(M::FigFoundersCaveat) }</p>
                { figure_claims(lang, cat, "founders-remaining", true) }
            </section>
            <figure class="chart">
                <ul class="legend">
                    { for legend.iter().map(|s| html! {
                        <li><span class={format!("swatch {}", state_class(*s))} aria-hidden="true"></span>{ lang.tr(s.label()) }</li>
                    }) }
                </ul>
                <div class="chart-scroll" tabindex="0" role="region" aria-labelledby="founders-cap">
                    { Html::from_html_unchecked(AttrValue::from(drawing)) }
                </div>
                <figcaption id="founders-cap">{ lang.tr(M::FoundersChart) }{" "}{ lang.tr(M::UncertainStart) }</figcaption>
            </figure>
            <div class="table-scroll">
                <table class="founders-table">
                    <caption>{ lang.tr(M::FoundersHeading) }</caption>
                    <thead><tr><th scope="col">{ lang.tr(M::Founders) }</th><th scope="col">{ lang.tr(M::StatusOverTime) }</th><th scope="col">{ lang.tr(M::Status) }</th></tr></thead>
                    <tbody>{ table_rows }</tbody>
                </table>
            </div>
        </section>
    }
}

/// A company's valuations over time: each figure at its as-of date (a
/// month or a year drawn as a span), on a log scale; the core article's
/// figures as diamonds. The valuations table below is its alternative.
pub fn valuation_series(lang: Lang, o: &Organisation) -> Html {
    let points: Vec<_> = o
        .valuations
        .iter()
        .filter(|v| v.amount > 0.0)
        .filter_map(|v| Some((v, v.as_of.as_ref()?)))
        .collect();
    let lo = points.iter().map(|(v, _)| v.amount).reduce(f64::min);
    let hi = points.iter().map(|(v, _)| v.amount).reduce(f64::max);
    let first = points.iter().map(|(_, d)| d.year()).min();
    let last = points.iter().map(|(_, d)| d.year()).max();
    let (Some(lo), Some(hi), Some(first), Some(last)) = (lo, hi, first, last) else {
        return Html::default();
    };
    let Some(money) = LogScale::new(lo, hi, 220.0) else {
        return Html::default();
    };
    let time = TimeScale::years(first, last, W - 90.0 - 120.0);
    let texts: Vec<(String, String, bool)> = points
        .iter()
        .map(|(v, d)| {
            let amount = format_money(v.amount, &v.currency, lang);
            let article = v.sources.iter().any(|s| s == "src-article");
            let support = if article {
                lang.tr(M::FromArticle)
            } else {
                super::common::status_label(lang, v.status)
            };
            let title = format!("{amount} · {} · {support}", format_date(d, lang));
            (amount, title, article)
        })
        .collect();
    let marks: Vec<svg::Point> = points
        .iter()
        .zip(&texts)
        .map(|((v, d), (label, title, article))| svg::Point {
            date: d,
            amount: v.amount,
            label,
            title,
            article: *article,
        })
        .collect();
    let currency = points.first().map_or("USD", |(v, _)| v.currency.as_str());
    let drawing =
        svg::valuation_series(&time, &money, &marks, &|t| format_money(t, currency, lang));
    figure(
        drawing,
        "val-cap",
        html! { <>{ with_name(lang, M::ValuationChart, &o.name) }{" "}{ lang.tr(M::ArticleMark) }</> },
    )
}

/// The latest valuations of the companies in view, compared on a log
/// scale, each with its own as-of date; with the same figures as a table.
pub fn valuation_compare(lang: Lang, cat: &CatalogHandle, orgs: &[usize]) -> Html {
    let mut rows: Vec<(usize, &exodus_core::model::Valuation)> = orgs
        .iter()
        .filter_map(|&o| cat.latest_valuation_of(o).map(|v| (o, v)))
        .filter(|(_, v)| v.amount > 0.0)
        .collect();
    exodus_core::order::sort_by_key(&mut rows, |(_, v)| {
        exodus_core::order::Key::num(-(v.amount as i64))
    });
    let (Some(lo), Some(hi)) = (
        rows.iter().map(|r| r.1.amount).reduce(f64::min),
        rows.iter().map(|r| r.1.amount).reduce(f64::max),
    ) else {
        return Html::default();
    };
    let Some(scale) = LogScale::new(lo, hi, W - svg::COMPARE_LEFT - 250.0) else {
        return Html::default();
    };
    let labels: Vec<String> = rows
        .iter()
        .map(|(_, v)| {
            let as_of = v
                .as_of
                .as_ref()
                .map(|d| format_date(d, lang))
                .unwrap_or_default();
            format!(
                "{}{}{as_of}",
                format_money(v.amount, &v.currency, lang),
                lang.tr(M::AsOf)
            )
        })
        .collect();
    let bars: Vec<svg::Bar> = rows
        .iter()
        .zip(&labels)
        .map(|((o, v), label)| svg::Bar {
            name: name_text(lang, &cat.data.organisations[*o].name),
            amount: v.amount,
            weak: matches!(
                v.status,
                exodus_core::model::ClaimStatus::Unverified
                    | exodus_core::model::ClaimStatus::SingleSource
            ),
            label,
        })
        .collect();
    let drawing = svg::compare(&scale, &bars, &|t| format_money(t, "USD", lang));
    let table: Html = rows
        .iter()
        .map(|(o, v)| {
            let org = &cat.data.organisations[*o];
            html! {
                <tr>
                    <th scope="row">{ name_plain(lang, &org.name) }</th>
                    <td class="num">{ format_money(v.amount, &v.currency, lang) }</td>
                    <td>{ v.as_of.as_ref().map(|d| date_html(lang, d)).unwrap_or_default() }</td>
                    <td>{ status_badge(lang, v.status) }</td>
                </tr>
            }
        })
        .collect();
    html! {
        <section class="compare" aria-labelledby="compare-h">
            <h2 id="compare-h">{ lang.tr(M::LatestCompared) }</h2>
            { figure(drawing, "cmp-cap", html! { lang.tr(M::LogNote) }) }
            <details class="compare-table">
                <summary>{ lang.tr(M::LatestValuation) }</summary>
                <div class="table-scroll">
                    <table>
                        <thead><tr><th scope="col">{ lang.tr(M::Companies) }</th><th scope="col">{ lang.tr(M::Amount) }</th><th scope="col">{ lang.tr(M::AsOfCol) }</th><th scope="col">{ lang.tr(M::Support) }</th></tr></thead>
                        <tbody>{ table }</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
