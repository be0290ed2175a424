//! The timeline view: every dated item on one axis, with its list (a year
//! at a time when long).

use super::*;

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

/// A timeline longer than this lists its items one year at a time, on
/// request: tens of thousands of list items would take seconds to render.
const LIST_ALL: usize = 400;

pub(super) fn timeline_view(
    lang: Lang,
    cat: &CatalogHandle,
    state: &UrlState,
    nav: &Callback<(UrlState, Nav)>,
    items: &[TimelineItem],
    open_years: &UseReducerHandle<Toggles>,
    below_fold: bool,
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
    // The list waits for the view's first frame (see `Charts`).
    let list: Html = if !below_fold {
        Html::default()
    } else {
        groups
            .iter()
            .map(|(y, list)| {
                let open = all_open || open_years.contains(&y.to_string());
                let toggle = {
                    let (open_years, y) = (open_years.dispatcher(), *y);
                    Callback::from(move |_: MouseEvent| open_years.dispatch(ToggleAction::Toggle(y.to_string())))
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
            .collect()
    };
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
                { figure(lang, drawing, "timeline-cap", html! { <>{ M::TimelineChart.fill(lang, &[&count(shown.len())]) }{" "}{ lang.tr(M::PrecisionLegend) }</> },
                    file_props(lang.tr(M::TimelineHeading).to_owned(), "timeline", Some(Rc::new(state.clone())))) }
                <h2>{ lang.tr(M::ByYear) }</h2>
                if !all_open { <p class="hint">{ lang.tr(M::YearByYear) }</p> }
                <div class="tl-list">{ list }</div>
            }
        </section>
    }
}
