//! The chart views, drawn as SVG by the app: the timeline, the flow of
//! people to their next places, the founders over time, and valuations.
//!
//! The layout maths is in [`crate::charts`]; this module only draws it. Each
//! drawing has a text or table alternative with the same items and numbers,
//! which is also the keyboard's way through a chart with many marks: a
//! drawing whose marks would be one tab stop each is hidden from assistive
//! technology and its marks are reachable by mouse only, while the flow's
//! few bands are focusable themselves.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::reason_key;
use crate::charts::{
    flow, flow_people, founder_bars, founder_segments, founders, layout_flow, svg_num, timeline,
    FounderState, LogScale, Node, TimeScale, TimelineItem, TimelineKind, TimelineSubject,
};
use crate::explore::{Facet, Tab, View};
use crate::format::{date_year, format_date, format_money, Lang};
use crate::i18n::M;
use crate::model::{DateRef, Organisation, Precision, ReasonCategory};
use crate::url::UrlState;

use super::common::{date_html, name_text, record_href, status_badge, CatalogHandle};
use super::download::today;
use super::header::figure_claims;
use super::routing::Nav;
use super::{lang, tr};

/// Width of every drawing's coordinate system; drawings scale to fit.
const W: f64 = 1000.0;

pub const REASONS: [ReasonCategory; 7] = [
    ReasonCategory::SafetyConcerns,
    ReasonCategory::FoundingCompany,
    ReasonCategory::Personal,
    ReasonCategory::HiredAway,
    ReasonCategory::Fired,
    ReasonCategory::ResearchFreedom,
    ReasonCategory::Unknown,
];

#[derive(Properties, Clone, PartialEq)]
pub struct ChartsProps {
    pub catalog: CatalogHandle,
    pub state: Rc<UrlState>,
    pub navigate: Callback<(UrlState, Nav)>,
    /// The interface language (the charts re-render when it changes).
    pub lang: Lang,
}

fn n(x: f64) -> AttrValue {
    AttrValue::from(svg_num(x))
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
fn year_controls(state: &UrlState, nav: &Callback<(UrlState, Nav)>, first: i32, last: i32) -> Html {
    let select = |id: &'static str, label: M, value: Option<i32>, is_from: bool| {
        let state = state.clone();
        let onchange = nav.reform(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let mut s = state.clone();
            let y = select.value().parse().ok();
            if is_from {
                s.from = y;
            } else {
                s.to = y;
            }
            (s, Nav::Push)
        });
        html! {
            <div class="year-select">
                <label for={id}>{ tr(label) }</label>
                <select {id} {onchange}>
                    <option value="" selected={value.is_none()}>{ tr(M::AnyYear) }</option>
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

/// A group of checkboxes for one facet of a chart.
fn checkboxes(
    state: &UrlState,
    nav: &Callback<(UrlState, Nav)>,
    facet: Facet,
    values: &[(&'static str, M)],
) -> Html {
    let chosen = state.filters.get(facet);
    html! {
        <fieldset class="facet chart-facet">
            <legend>{ tr(facet.label()) }</legend>
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
                            <label for={id}>{ tr(label) }</label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}

#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let cat = props.catalog.clone();
    let items = {
        let cat = cat.clone();
        use_memo(cat.clone(), move |_| timeline(&cat.data))
    };
    // The flow band whose people are listed; cleared when the view changes.
    let selected = use_state(|| None::<usize>);
    {
        let selected = selected.clone();
        use_effect_with(props.state.clone(), move |_| selected.set(None));
    }
    let state = &*props.state;
    match state.view {
        View::Timeline => timeline_view(&cat, state, &props.navigate, &items),
        View::Flow => flow_view(&cat, state, &props.navigate, &selected),
        View::Founders => founders_view(&cat, state),
        View::Cards => Html::default(),
    }
}

/// Where a timeline item links to, and what it says.
fn item_link(cat: &CatalogHandle, state: &UrlState, it: &TimelineItem) -> (Option<String>, String) {
    let person = |i: usize| record_href(state, Tab::People, &cat.data.people[i].id);
    let org = |o: usize| record_href(state, Tab::Companies, &cat.data.organisations[o].id);
    match it.subject {
        TimelineSubject::Person(i) => (
            Some(person(i)),
            name_text(&cat.data.people[i].name).to_owned(),
        ),
        TimelineSubject::Org(o) => {
            let record = &cat.data.organisations[o];
            let mut text = name_text(&record.name).to_owned();
            if it.kind == TimelineKind::Funding {
                if let Some(v) = record
                    .valuations
                    .iter()
                    .find(|v| v.as_of.as_ref() == Some(&it.date))
                {
                    text.push_str(tr(M::Colon));
                    text.push_str(&format_money(v.amount, &v.currency, lang()));
                }
            }
            (Some(org(o)), text)
        }
        TimelineSubject::Event(e) => {
            let ev = &cat.data.events[e];
            let href = ev
                .people
                .iter()
                .find_map(|id| cat.person_index(id).map(person))
                .or_else(|| ev.orgs.iter().find_map(|id| cat.org_index(id).map(org)));
            let title = match (lang(), &ev.title.zh) {
                (Lang::Zh, Some(zh)) => zh.clone(),
                _ => ev.title.en.clone(),
            };
            (href, title)
        }
    }
}

/// Named waves of the exodus, drawn behind the timeline's marks.
const WAVES: [(M, &str, &str); 6] = [
    (M::WaveAnthropic, "2020-12", "2021-05"),
    (M::WaveBoard, "2023-11", "2023-11"),
    (M::WaveSafety, "2024-02", "2024-05"),
    (M::WaveOneDay, "2024-09", "2024-09"),
    (M::WaveMeta, "2025-06", "2025-07"),
    (M::WaveReturns, "2026-01", "2026-01"),
];

fn month(date: &str) -> DateRef {
    DateRef {
        date: date.to_owned(),
        precision: Precision::Month,
        approx: false,
    }
}

fn timeline_view(
    cat: &CatalogHandle,
    state: &UrlState,
    nav: &Callback<(UrlState, Nav)>,
    items: &[TimelineItem],
) -> Html {
    let kinds: Vec<TimelineKind> = state
        .filters
        .get(Facet::Kind)
        .iter()
        .filter_map(|k| TimelineKind::from_key(k))
        .collect();
    let shown = crate::charts::filter_timeline(items, years(state), &kinds);
    let all_first = items
        .first()
        .and_then(|i| date_year(&i.date))
        .unwrap_or(2015);
    let all_last = items
        .last()
        .and_then(|i| date_year(&i.date))
        .unwrap_or(all_first);
    let first = state.from.unwrap_or(all_first).max(all_first);
    let last = state.to.unwrap_or(all_last).min(all_last).max(first);
    let lanes: Vec<TimelineKind> = TimelineKind::ALL
        .into_iter()
        .filter(|k| kinds.is_empty() || kinds.contains(k))
        .collect();

    let left = 150.0;
    let plot = W - left - 10.0;
    let scale = TimeScale::years(first, last, plot);
    let top = 74.0;
    let lane_h = 26.0;
    let height = top + lane_h * lanes.len() as f64 + 8.0;

    // Marks, nudged down a little when they would sit on the one before.
    let mut last_x = vec![f64::MIN; lanes.len()];
    let mut nudge = vec![0.0f64; lanes.len()];
    let marks: Html = shown
        .iter()
        .filter_map(|&i| {
            let it = &items[i];
            let lane = lanes.iter().position(|k| *k == it.kind)?;
            let (x0, x1) = scale.span(&it.date)?;
            nudge[lane] = if x0 - last_x[lane] < 4.0 { (nudge[lane] + 4.0) % 16.0 } else { 0.0 };
            last_x[lane] = x0;
            let y = top + lane_h * lane as f64 + 8.0 + nudge[lane];
            let (href, text) = item_link(cat, state, it);
            let title = format!("{} · {} · {}", format_date(&it.date, lang()), tr(it.kind.label()), text);
            let mark = if x1 - x0 < 1.0 {
                html! { <circle class={format!("tl-mark tl-{}", it.kind.key())} cx={n(left + x0)} cy={n(y)} r="4.5" /> }
            } else {
                html! { <rect class={format!("tl-mark tl-range tl-{}", it.kind.key())} x={n(left + x0)} y={n(y - 3.0)} width={n(x1 - x0)} height="6" /> }
            };
            Some(html! { <a href={href.unwrap_or_default()} tabindex="-1"><title>{ title }</title>{ mark }</a> })
        })
        .collect();
    let waves: Html = WAVES
        .iter()
        .enumerate()
        .filter_map(|(i, (label, from, to))| {
            let x0 = scale.span(&month(from))?.0;
            let x1 = scale.span(&month(to))?.1;
            let row = (i % 3) as f64;
            Some(html! {
                <g class="tl-wave">
                    <rect x={n(left + x0)} y={n(top - 4.0)} width={n((x1 - x0).max(3.0))} height={n(height - top)} />
                    <text x={n(left + x0)} y={n(30.0 + row * 14.0)}>{ tr(*label) }</text>
                </g>
            })
        })
        .collect();
    let axis: Html = scale
        .year_ticks()
        .into_iter()
        .map(|(y, x)| {
            html! {
                <g class="axis">
                    <line x1={n(left + x)} x2={n(left + x)} y1="14" y2={n(height)} />
                    <text x={n(left + x + 3.0)} y="12">{ y }</text>
                </g>
            }
        })
        .collect();
    let lane_labels: Html = lanes
        .iter()
        .enumerate()
        .map(|(i, k)| html! {
            <text class="lane-label" x="0" y={n(top + lane_h * i as f64 + 12.0)}>{ tr(k.label()) }</text>
        })
        .collect();

    // The same items as a list, by year.
    let mut groups: Vec<(i32, Vec<usize>)> = Vec::new();
    for &i in &shown {
        let y = date_year(&items[i].date).unwrap_or(0);
        match groups.last_mut() {
            Some((gy, list)) if *gy == y => list.push(i),
            _ => groups.push((y, vec![i])),
        }
    }
    let list: Html = groups
        .iter()
        .map(|(y, list)| html! {
            <section class="tl-year" aria-labelledby={format!("tl-{y}")}>
                <h3 id={format!("tl-{y}")}>{ y }<span class="count">{" · "}{ list.len() }</span></h3>
                <ol>
                    { for list.iter().map(|&i| {
                        let it = &items[i];
                        let (href, text) = item_link(cat, state, it);
                        html! {
                            <li data-kind={it.kind.key()}>
                                { date_html(&it.date) }{" "}
                                <span class={format!("tl-kind tl-{}", it.kind.key())}>{ tr(it.kind.label()) }</span>{" "}
                                if let Some(href) = href { <a {href}>{ text }</a> } else { { text } }
                            </li>
                        }
                    }) }
                </ol>
            </section>
        })
        .collect();
    let kind_values: Vec<(&'static str, M)> = TimelineKind::ALL
        .iter()
        .map(|k| (k.key(), k.label()))
        .collect();
    html! {
        <section class="chart-view" aria-labelledby="view-heading">
            <div class="chart-controls">
                { year_controls(state, nav, all_first, all_last) }
                { checkboxes(state, nav, Facet::Kind, &kind_values) }
            </div>
            <p id="chart-summary" class="chart-summary" role="status">
                { M::TimelineSummary.fill(lang(), &[&count(shown.len()), &first.to_string(), &last.to_string()]) }
            </p>
            if shown.is_empty() {
                <p class="empty">{ tr(M::NoItems) }</p>
            } else {
                <figure class="chart">
                    <div class="chart-scroll" tabindex="0" role="region" aria-labelledby="timeline-cap">
                        <svg class="timeline-chart" viewBox={format!("0 0 {} {}", svg_num(W), svg_num(height))} aria-hidden="true" focusable="false">
                            { axis }{ waves }{ lane_labels }{ marks }
                        </svg>
                    </div>
                    <figcaption id="timeline-cap">{ M::TimelineChart.fill(lang(), &[&count(shown.len())]) }{" "}{ tr(M::PrecisionLegend) }</figcaption>
                </figure>
                <h2>{ tr(M::ByYear) }</h2>
                <div class="tl-list">{ list }</div>
            }
        </section>
    }
}

fn node_name(cat: &CatalogHandle, node: Node) -> String {
    match node {
        Node::Org(o) => name_text(&cat.data.organisations[o].name).to_owned(),
        Node::Unknown => tr(M::NotRecorded).to_owned(),
    }
}

fn flow_view(
    cat: &CatalogHandle,
    state: &UrlState,
    nav: &Callback<(UrlState, Nav)>,
    selected: &UseStateHandle<Option<usize>>,
) -> Html {
    let reasons: Vec<ReasonCategory> = REASONS
        .into_iter()
        .filter(|r| {
            state
                .filters
                .get(Facet::Reason)
                .iter()
                .any(|k| k == reason_key(*r))
        })
        .collect();
    let people = flow_people(&cat.data, years(state), &reasons);
    let bands = flow(&cat.data, &people, 4);
    let height = (people.len() as f64 * 9.0).max(260.0).min(2400.0);
    let (left, right) = (10.0, 170.0);
    let layout = layout_flow(&bands, W - left - right, height, 12.0);
    let ncols = layout.columns.len();
    let chosen = selected.and_then(|i| bands.get(i).map(|b| (i, b)));

    let nodes: Html = layout
        .columns
        .iter()
        .enumerate()
        .flat_map(|(c, col)| col.iter().map(move |b| (c, b)))
        .map(|(c, b)| {
            let label_x = left + b.x + 8.0;
            let total: usize = bands
                .iter()
                .filter(|band| usize::from(band.hop) == c && band.to == b.node)
                .map(|band| band.people.len())
                .sum();
            let label = if c == 0 {
                node_name(cat, b.node)
            } else {
                format!("{} {}", node_name(cat, b.node), total)
            };
            html! {
                <g class="flow-node">
                    <rect x={n(left + b.x - 4.0)} y={n(b.y0)} width="8" height={n((b.y1 - b.y0).max(1.0))} />
                    <text x={n(label_x)} y={n((b.y0 + b.y1) / 2.0 + 4.0)}>{ label }</text>
                </g>
            }
        })
        .collect();
    let paths: Html = layout
        .bands
        .iter()
        .map(|p| {
            let b = &bands[p.band];
            let label = M::BandLabel.fill(
                lang(),
                &[&node_name(cat, b.from), &node_name(cat, b.to), &count(b.people.len())],
            );
            let i = p.band;
            let pick = {
                let selected = selected.clone();
                Callback::from(move |_: FocusEvent| selected.set(Some(i)))
            };
            let hover = {
                let selected = selected.clone();
                Callback::from(move |_: MouseEvent| selected.set(Some(i)))
            };
            let on = chosen.is_some_and(|(c, _)| c == i);
            html! {
                <path class={if on { "band band-on" } else { "band" }} d={p.d()} transform={format!("translate({} 0)", svg_num(left))}
                    tabindex="0" role="img" aria-label={label.clone()} data-count={count(b.people.len())}
                    onfocus={pick} onmouseenter={hover}>
                    <title>{ label }</title>
                </path>
            }
        })
        .collect();
    let heads: Html = (1..ncols)
        .map(|c| {
            let x = left + (W - left - right) * c as f64 / (ncols - 1).max(1) as f64;
            html! { <text class="flow-head" x={n(x - 4.0)} y="-8">{ M::MoveN.fill(lang(), &[&c.to_string()]) }</text> }
        })
        .collect();
    let person_link = |p: usize| {
        let person = &cat.data.people[p];
        html! { <li><a href={record_href(state, Tab::People, &person.id)}>{ name_text(&person.name) }</a></li> }
    };
    let panel = match chosen {
        Some((_, b)) => html! {
            <>
                <h3>{ M::BandLabel.fill(lang(), &[&node_name(cat, b.from), &node_name(cat, b.to), &count(b.people.len())]) }</h3>
                <ul>{ for b.people.iter().map(|&p| person_link(p)) }</ul>
            </>
        },
        None => html! { <p>{ tr(M::FlowHint) }</p> },
    };
    let rows: Html = bands
        .iter()
        .filter(|b| b.hop > 0)
        .map(|b| html! {
            <tr>
                <td>{ b.hop }</td>
                <td>{ node_name(cat, b.from) }</td>
                <td>{ node_name(cat, b.to) }</td>
                <td class="num" data-count={count(b.people.len())}>{ b.people.len() }</td>
                <td>{ for b.people.iter().enumerate().map(|(i, &p)| html! {
                    <>{ if i > 0 { tr(M::NameSeparator) } else { "" } }<a href={record_href(state, Tab::People, &cat.data.people[p].id)}>{ name_text(&cat.data.people[p].name) }</a></>
                }) }</td>
            </tr>
        })
        .collect();
    let reason_values: Vec<(&'static str, M)> = REASONS
        .iter()
        .map(|r| (reason_key(*r), crate::catalog::reason_label(*r)))
        .collect();
    let (first, last) = (2015, this_year());
    html! {
        <section class="chart-view" aria-labelledby="view-heading">
            <div class="chart-controls">
                { year_controls(state, nav, first, last) }
                { checkboxes(state, nav, Facet::Reason, &reason_values) }
            </div>
            <p id="chart-summary" class="chart-summary" role="status">{ M::FlowChart.fill(lang(), &[&count(people.len())]) }</p>
            if people.is_empty() {
                <p class="empty">{ tr(M::NoItems) }</p>
            } else {
                <div class="flow-layout">
                    <figure class="chart">
                        <div class="chart-scroll" tabindex="-1">
                            <svg class="flow-chart" viewBox={format!("0 -24 {} {}", svg_num(W), svg_num(height + 30.0))} role="group" aria-labelledby="chart-summary">
                                { heads }{ paths }{ nodes }
                            </svg>
                        </div>
                    </figure>
                    <aside class="flow-people" aria-live="polite">{ panel }</aside>
                </div>
                <div class="table-scroll">
                    <table class="flow-table">
                        <caption>{ tr(M::FlowHeading) }</caption>
                        <thead><tr>
                            <th scope="col">{ tr(M::Move) }</th><th scope="col">{ tr(M::FromCol) }</th>
                            <th scope="col">{ tr(M::ToCol) }</th><th scope="col">{ tr(M::CountCol) }</th>
                            <th scope="col">{ tr(M::People) }</th>
                        </tr></thead>
                        <tbody>{ rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

fn state_label(s: FounderState) -> M {
    match s {
        FounderState::AtOpenAi => M::StatusAtOpenAi,
        FounderState::Left => M::StatusLeft,
        FounderState::OnLeave => M::StatusOnLeave,
        FounderState::Returned => M::StatusReturned,
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

fn founders_view(cat: &CatalogHandle, state: &UrlState) -> Html {
    let people = founders(&cat.data);
    let left = 190.0;
    let plot = W - left - 10.0;
    let scale = TimeScale::years(2015, this_year(), plot);
    let row_h = 30.0;
    let top = 22.0;
    let height = top + row_h * people.len() as f64;
    let axis: Html = scale
        .year_ticks()
        .into_iter()
        .map(|(y, x)| {
            html! {
                <g class="axis">
                    <line x1={n(left + x)} x2={n(left + x)} y1="14" y2={n(height)} />
                    <text x={n(left + x + 3.0)} y="12">{ y }</text>
                </g>
            }
        })
        .collect();
    let rows: Html = people
        .iter()
        .enumerate()
        .map(|(r, &p)| {
            let person = &cat.data.people[p];
            let y = top + row_h * r as f64;
            let segments = founder_segments(person);
            let bars = founder_bars(&scale, &segments);
            html! {
                <g class="founder-row">
                    <a href={record_href(state, Tab::People, &person.id)} tabindex="-1">
                        <text x="0" y={n(y + 15.0)}>{ name_text(&person.name) }</text>
                    </a>
                    { for bars.iter().zip(&segments).map(|(b, s)| html! {
                        <>
                            <rect class={format!("fbar {}", state_class(b.state))} x={n(left + b.x0)} y={n(y + 4.0)} width={n(b.x1 - b.x0)} height="16">
                                <title>{ format!("{} · {}", tr(state_label(s.state)), format_date(&s.from, lang())) }</title>
                            </rect>
                            if b.began.1 - b.began.0 > 1.0 {
                                <rect class={format!("fbar fbar-uncertain {}", state_class(b.state))} x={n(left + b.began.0)} y={n(y + 4.0)} width={n(b.began.1 - b.began.0)} height="16" />
                            }
                        </>
                    }) }
                </g>
            }
        })
        .collect();
    let table_rows: Html = people
        .iter()
        .map(|&p| {
            let person = &cat.data.people[p];
            let segments = founder_segments(person);
            let now = segments.last().map(|s| s.state);
            html! {
                <tr>
                    <th scope="row"><a href={record_href(state, Tab::People, &person.id)}>{ name_text(&person.name) }</a></th>
                    <td><ol class="segments">{ for segments.iter().map(|s| html! {
                        <li><span class={format!("swatch {}", state_class(s.state))} aria-hidden="true"></span>
                            { tr(state_label(s.state)) }{" · "}{ M::Since.fill(lang(), &[&format_date(&s.from, lang())]) }</li>
                    }) }</ol></td>
                    <td data-state={now.map(state_class).unwrap_or_default()}>{ now.map(|s| tr(state_label(s))).unwrap_or_default() }</td>
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
                <h2 id="remain-h">{ tr(M::HowManyRemain) }</h2>
                <p class="remain-figure">
                    <strong>{ M::OfTotal.fill(lang(), &[&count(remaining), &count(people.len())]) }</strong>{" "}
                    { crate::i18n::around(tr(M::FigFounders)).1 }{" "}{ status_badge(crate::model::ClaimStatus::Conflicting) }
                </p>
                <p>{ tr(M::FigFoundersCaveat) }</p>
                { figure_claims(cat, "founders-remaining", true) }
            </section>
            <figure class="chart">
                <ul class="legend">
                    { for legend.iter().map(|s| html! {
                        <li><span class={format!("swatch {}", state_class(*s))} aria-hidden="true"></span>{ tr(state_label(*s)) }</li>
                    }) }
                </ul>
                <div class="chart-scroll" tabindex="0" role="region" aria-labelledby="founders-cap">
                    <svg class="founders-chart" viewBox={format!("0 0 {} {}", svg_num(W), svg_num(height + 4.0))} aria-hidden="true" focusable="false">
                        { axis }{ rows }
                    </svg>
                </div>
                <figcaption id="founders-cap">{ tr(M::FoundersChart) }{" "}{ tr(M::UncertainStart) }</figcaption>
            </figure>
            <div class="table-scroll">
                <table class="founders-table">
                    <caption>{ tr(M::FoundersHeading) }</caption>
                    <thead><tr><th scope="col">{ tr(M::Founders) }</th><th scope="col">{ tr(M::StatusOverTime) }</th><th scope="col">{ tr(M::Status) }</th></tr></thead>
                    <tbody>{ table_rows }</tbody>
                </table>
            </div>
        </section>
    }
}

/// Horizontal gridlines of a log scale with their money labels.
fn log_grid(scale: &LogScale, x0: f64, x1: f64, y_of: &dyn Fn(f64) -> f64, currency: &str) -> Html {
    scale
        .ticks()
        .into_iter()
        .map(|t| {
            let y = y_of(t);
            html! {
                <g class="axis">
                    <line x1={n(x0)} x2={n(x1)} y1={n(y)} y2={n(y)} />
                    <text x={n(x0 - 6.0)} y={n(y + 4.0)} text-anchor="end">{ format_money(t, currency, lang()) }</text>
                </g>
            }
        })
        .collect()
}

/// A company's valuations over time: each figure at its as-of date (a
/// month or a year drawn as a span), on a log scale; the core article's
/// figures as diamonds. The valuations table below is its alternative.
pub fn valuation_series(o: &Organisation) -> Html {
    let points: Vec<_> = o
        .valuations
        .iter()
        .filter(|v| v.as_of.is_some() && v.amount > 0.0)
        .collect();
    let (Some(lo), Some(hi)) = (
        points.iter().map(|v| v.amount).reduce(f64::min),
        points.iter().map(|v| v.amount).reduce(f64::max),
    ) else {
        return Html::default();
    };
    let (Some(first), Some(last)) = (
        points
            .iter()
            .filter_map(|v| v.as_of.as_ref().and_then(date_year))
            .min(),
        points
            .iter()
            .filter_map(|v| v.as_of.as_ref().and_then(date_year))
            .max(),
    ) else {
        return Html::default();
    };
    let (left, top, h) = (90.0, 16.0, 220.0);
    let time = TimeScale::years(first, last, W - left - 120.0);
    let Some(money) = LogScale::new(lo, hi, h) else {
        return Html::default();
    };
    let y_of = |v: f64| top + h - money.pos(v);
    let currency = points.first().map_or("USD", |v| v.currency.as_str());
    let marks: Html = points
        .iter()
        .filter_map(|v| {
            let d = v.as_of.as_ref()?;
            let (x0, x1) = time.span(d)?;
            let (x0, x1) = (left + x0, left + x1);
            let y = y_of(v.amount);
            let article = v.sources.iter().any(|s| s == "src-article");
            let mid = (x0 + x1) / 2.0;
            let title = format!(
                "{} · {} · {}",
                format_money(v.amount, &v.currency, lang()),
                format_date(d, lang()),
                if article { tr(M::FromArticle) } else { super::common::status_label(v.status) }
            );
            Some(html! {
                <g class={if article { "val-point val-article" } else { "val-point" }}>
                    <title>{ title }</title>
                    if x1 - x0 > 1.0 { <line class="val-span" x1={n(x0)} x2={n(x1)} y1={n(y)} y2={n(y)} /> }
                    if article {
                        <rect x={n(mid - 5.0)} y={n(y - 5.0)} width="10" height="10" transform={format!("rotate(45 {} {})", svg_num(mid), svg_num(y))} />
                    } else {
                        <circle cx={n(mid)} cy={n(y)} r="5" />
                    }
                    <text x={n(mid + 9.0)} y={n(y - 6.0)}>{ format_money(v.amount, &v.currency, lang()) }</text>
                </g>
            })
        })
        .collect();
    let years: Html = time
        .year_ticks()
        .into_iter()
        .map(|(y, x)| html! { <text class="axis" x={n(left + x + 3.0)} y={n(top + h + 18.0)}>{ y }</text> })
        .collect();
    html! {
        <figure class="chart valuation-chart">
            <div class="chart-scroll" tabindex="0" role="region" aria-labelledby="val-cap">
                <svg viewBox={format!("0 0 {} {}", svg_num(W), svg_num(top + h + 26.0))} aria-hidden="true" focusable="false">
                    { log_grid(&money, left, W - 10.0, &y_of, currency) }{ years }{ marks }
                </svg>
            </div>
            <figcaption id="val-cap">{ M::ValuationChart.fill(lang(), &[name_text(&o.name)]) }{" "}{ tr(M::ArticleMark) }</figcaption>
        </figure>
    }
}

/// The latest valuations of the companies in view, compared on a log
/// scale, each with its own as-of date; with the same figures as a table.
pub fn valuation_compare(cat: &CatalogHandle, orgs: &[usize]) -> Html {
    let mut rows: Vec<(usize, &crate::model::Valuation)> = orgs
        .iter()
        .filter_map(|&o| cat.latest_valuation_of(o).map(|v| (o, v)))
        .filter(|(_, v)| v.amount > 0.0)
        .collect();
    crate::order::sort_by_key(&mut rows, |(_, v)| {
        crate::order::Key::num(-(v.amount as i64))
    });
    let (Some(lo), Some(hi)) = (
        rows.iter().map(|r| r.1.amount).reduce(f64::min),
        rows.iter().map(|r| r.1.amount).reduce(f64::max),
    ) else {
        return Html::default();
    };
    let (left, bar_h, gap) = (200.0, 18.0, 8.0);
    let Some(scale) = LogScale::new(lo, hi, W - left - 250.0) else {
        return Html::default();
    };
    let height = 20.0 + (bar_h + gap) * rows.len() as f64;
    let grid: Html = scale
        .ticks()
        .into_iter()
        .map(|t| {
            let x = left + scale.pos(t);
            html! {
                <g class="axis">
                    <line x1={n(x)} x2={n(x)} y1="14" y2={n(height)} />
                    <text x={n(x + 3.0)} y="12">{ format_money(t, "USD", lang()) }</text>
                </g>
            }
        })
        .collect();
    let bars: Html = rows
        .iter()
        .enumerate()
        .map(|(i, (o, v))| {
            let org = &cat.data.organisations[*o];
            let y = 20.0 + (bar_h + gap) * i as f64;
            let w = scale.pos(v.amount).max(2.0);
            let as_of = v.as_of.as_ref().map(|d| format_date(d, lang())).unwrap_or_default();
            html! {
                <g class="cmp-bar">
                    <text x={n(left - 8.0)} y={n(y + 13.0)} text-anchor="end">{ name_text(&org.name) }</text>
                    <rect x={n(left)} y={n(y)} width={n(w)} height={n(bar_h)} />
                    <text x={n(left + w + 6.0)} y={n(y + 13.0)}>{ format_money(v.amount, &v.currency, lang()) }{ tr(M::AsOf) }{ as_of }</text>
                </g>
            }
        })
        .collect();
    let table: Html = rows
        .iter()
        .map(|(o, v)| {
            let org = &cat.data.organisations[*o];
            html! {
                <tr>
                    <th scope="row">{ name_text(&org.name) }</th>
                    <td class="num">{ format_money(v.amount, &v.currency, lang()) }</td>
                    <td>{ v.as_of.as_ref().map(date_html).unwrap_or_default() }</td>
                    <td>{ status_badge(v.status) }</td>
                </tr>
            }
        })
        .collect();
    html! {
        <section class="compare" aria-labelledby="compare-h">
            <h2 id="compare-h">{ tr(M::LatestCompared) }</h2>
            <figure class="chart">
                <div class="chart-scroll" tabindex="0" role="region" aria-labelledby="cmp-cap">
                    <svg class="compare-chart" viewBox={format!("0 0 {} {}", svg_num(W), svg_num(height))} aria-hidden="true" focusable="false">
                        { grid }{ bars }
                    </svg>
                </div>
                <figcaption id="cmp-cap">{ tr(M::LogNote) }</figcaption>
            </figure>
            <details class="compare-table">
                <summary>{ tr(M::LatestValuation) }</summary>
                <div class="table-scroll">
                    <table>
                        <thead><tr><th scope="col">{ tr(M::Companies) }</th><th scope="col">{ tr(M::Amount) }</th><th scope="col">{ tr(M::AsOfCol) }</th><th scope="col">{ tr(M::Support) }</th></tr></thead>
                        <tbody>{ table }</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
