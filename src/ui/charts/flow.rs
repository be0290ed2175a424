//! The flow view: where people went from OpenAI, move by move, with the
//! table of the same counts.

use super::*;

/// Rows of the flow table shown before "Show all" (the largest moves come
/// first).
const TABLE_ROWS: usize = 60;

/// People named per row of the flow table.
const TABLE_NAMES: usize = 20;

/// A node in the table, which lists moves as they are (never merged).
fn node_html(lang: Lang, cat: &CatalogHandle, node: Node) -> Html {
    match node {
        Node::Org(o) => name_plain(lang, &cat.data.organisations[o].name),
        Node::Unknown | Node::Others => html! { lang.tr(M::NotRecorded) },
    }
}

/// A node's name in the drawing; `others` is how many places the column's
/// merged node stands for.
fn node_name(lang: Lang, cat: &CatalogHandle, node: Node, others: usize) -> String {
    match node {
        Node::Org(o) => name_text(lang, &cat.data.organisations[o].name).to_owned(),
        Node::Unknown => lang.tr(M::NotRecorded).to_owned(),
        Node::Others => M::OtherPlaces.fill(lang, &[&count(others)]),
    }
}

/// The flow of a view state, computed once per state and language (a
/// hover only changes which band's people are listed).
pub struct FlowData {
    people: Vec<usize>,
    /// Every move, for the table.
    bands: Vec<Band>,
    /// The bands drawn (crowded columns merge their smallest places), with
    /// their labels: the drawing's `data-band` indexes these.
    drawn: Vec<Band>,
    band_labels: Vec<(String, usize)>,
    /// Whether the drawing merged places.
    merged: bool,
    drawing: AttrValue,
}

pub(super) fn flow_data(lang: Lang, cat: &CatalogHandle, state: &UrlState) -> FlowData {
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
    let (drawn, others) = merge_small_places(&bands, FLOW_NODES);
    let others_in = |col: usize| others.get(col).copied().unwrap_or(0);
    // About 9 units a person, within bounds (an integer clamp: the float
    // one would link the float formatter).
    let height = people.len().clamp(29, 266) as f64 * 9.0;
    let layout = layout_flow(&drawn, W - svg::FLOW_LEFT - svg::FLOW_RIGHT, height, 12.0);
    let ncols = layout.columns.len();
    let node_labels: Vec<(String, bool)> = layout
        .columns
        .iter()
        .enumerate()
        .flat_map(|(c, col)| col.iter().map(move |b| (c, b.node)))
        .map(|(c, node)| {
            let english = match node {
                Node::Org(o) => lang == Lang::Zh && cat.data.organisations[o].name.zh.is_none(),
                Node::Unknown | Node::Others => false,
            };
            let name = node_name(lang, cat, node, others_in(c));
            if c == 0 {
                return (name, english);
            }
            let total: usize = drawn
                .iter()
                .filter(|band| usize::from(band.hop) == c && band.to == node)
                .map(|band| band.people.len())
                .sum();
            (format!("{name} {total}"), english)
        })
        .collect();
    let band_labels: Vec<(String, usize)> = drawn
        .iter()
        .map(|b| {
            let hop = usize::from(b.hop);
            let label = M::BandLabel.fill(
                lang,
                &[
                    &node_name(lang, cat, b.from, others_in(hop.saturating_sub(1))),
                    &node_name(lang, cat, b.to, others_in(hop)),
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
        drawn,
        band_labels,
        merged: others.iter().any(|&n| n > 0),
        drawing: AttrValue::from(drawing),
    }
}

pub(super) fn flow_view(
    lang: Lang,
    cat: &CatalogHandle,
    state: &Rc<UrlState>,
    nav: &Callback<(UrlState, Nav)>,
    selected: &UseStateHandle<Option<(Rc<UrlState>, usize)>>,
    data: &FlowData,
    // Whether the table shows all its rows; `None` until the view's first
    // frame is drawn, when the table waits (see `Charts`).
    all_rows: Option<&UseStateHandle<bool>>,
) -> Html {
    let FlowData {
        people,
        bands,
        drawn,
        band_labels,
        merged,
        drawing,
    } = data;
    let chosen = selected
        .as_ref()
        .filter(|(s, _)| Rc::ptr_eq(s, state))
        .and_then(|(_, i)| drawn.get(*i).map(|b| (*i, b)));
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
    let shown_rows = match all_rows {
        None => 0,
        Some(all) if **all => moves,
        Some(_) => moves.min(TABLE_ROWS),
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
            if *merged {
                <p class="hint">{ lang.tr(M::OtherPlacesNote) }</p>
            }
            if people.is_empty() {
                { empty(lang, state, nav) }
            } else {
                <div class="flow-layout">
                    <figure class="chart">
                        <div class="chart-scroll" {onfocusin} {onmouseover}>
                            { Html::from_html_unchecked(drawing.clone()) }
                        </div>
                        { download::chart_downloads(lang, file_props(lang.tr(M::FlowHeading).to_owned(), "flow", Some(state.clone()))) }
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
                if let Some(all_rows) = all_rows.filter(|_| shown_rows < moves) {
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
