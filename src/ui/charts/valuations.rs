//! Valuations: a company's series over time and the comparison of the
//! latest valuations, each drawing with its table.

use super::*;

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
                crate::ui::common::status_label(lang, v.status)
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
        lang,
        drawing,
        "val-cap",
        html! { <>{ with_name(lang, M::ValuationChart, &o.name) }{" "}{ lang.tr(M::ArticleMark) }</> },
        file_props(
            format!(
                "{}: {}",
                name_text(lang, &o.name),
                lang.tr(M::ValuationsOverTime)
            ),
            &format!("valuations-{}", o.id),
            None,
        ),
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
            { figure(lang, drawing, "cmp-cap", html! { lang.tr(M::LogNote) },
                file_props(lang.tr(M::LatestCompared).to_owned(), "valuations-compared", None)) }
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
