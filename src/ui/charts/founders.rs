//! The founders view: the original founders over time, with the disputed
//! "how many remain" figure beside the dataset's count.

use super::*;

fn state_class(s: FounderState) -> &'static str {
    match s {
        FounderState::AtOpenAi => "fs-at",
        FounderState::Left => "fs-left",
        FounderState::OnLeave => "fs-leave",
        FounderState::Returned => "fs-returned",
    }
}

pub(super) fn founders_view(lang: Lang, cat: &CatalogHandle, state: &UrlState) -> Html {
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
                { figure_claims(lang, cat, "founders-remaining", true, Html::default()) }
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
                { download::chart_downloads(lang, file_props(lang.tr(M::FoundersHeading).to_owned(), "founders", None)) }
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
