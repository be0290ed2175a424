//! The evidence under a record: its claims (both sides of a dispute), related
//! events, its sources counted by origin, and the citation line printed with
//! the page.

use yew::prelude::*;

use exodus_core::explore::Tab;
use exodus_core::format::Lang;
use exodus_core::i18n::{field_label, M};
use exodus_core::model::{Claim, ClaimStatus, Origin, SubjectKind};
use exodus_core::url::{encode, UrlState};

use super::{section, text};
use crate::ui::common::{
    correction_link, date_html, name_plain, name_text, origin_of, record_href, source_html,
    source_refs, status_badge, CatalogHandle,
};
use crate::ui::download::today_date;

/// Every claim about a record; a conflicting claim shows the other side(s).
pub(super) fn claims_html(lang: Lang, cat: &CatalogHandle, claims: &[&Claim]) -> Html {
    if claims.is_empty() {
        return Html::default();
    }
    // A dispute is shown once: its first claim here, the others under
    // "Other sources say".
    let mut shown: Vec<&str> = Vec::new();
    let items: Html = claims
        .iter()
        .filter(|c| {
            let first = !shown.contains(&c.id.as_str());
            shown.push(&c.id);
            shown.extend(c.conflicts_with.iter().map(String::as_str));
            first
        })
        .map(|c| {
            let conflicting = c.status == ClaimStatus::Conflicting;
            html! {
                <li class={if conflicting { "claim claim-conflicting" } else { "claim" }}>
                    <p>{ status_badge(lang, c.status) }{" "}<span class="claim-field">{ field_label(&c.field, lang) }{ lang.tr(M::Colon) }</span>
                       { text(lang, &c.value) }{" "}{ source_refs(lang, cat, &c.sources) }</p>
                    if let Some(n) = &c.note { <p class="note">{ text(lang, n) }</p> }
                    <p class="corrections">{ correction_link(
                        lang,
                        "claim",
                        &c.id,
                        Some(&c.field),
                        name_text(lang, &c.value),
                        &format!("{}{}{}", field_label(&c.field, lang), lang.tr(M::Colon), name_text(lang, &c.value)),
                    ) }</p>
                    if !c.conflicts_with.is_empty() {
                        <div class="other-side">
                            <p class="other-side-label">{ lang.tr(M::OtherSourcesSay) }</p>
                            <ul>
                                { for c.conflicts_with.iter().filter_map(|id| cat.claim(id)).map(|o| html! {
                                    <li>{ text(lang, &o.value) }{" "}{ source_refs(lang, cat, &o.sources) }</li>
                                }) }
                            </ul>
                        </div>
                    }
                </li>
            }
        })
        .collect();
    section(
        "claims-h",
        lang.tr(M::ClaimsHeading),
        html! { <ul class="claims">{ items }</ul> },
    )
}

/// A record's sources counted by origin (primary, news, copies), when every
/// one of them has a known origin.
fn origin_counts(cat: &CatalogHandle, kind: SubjectKind, index: usize) -> Option<[usize; 3]> {
    let mut counts = [0; 3];
    for s in cat.sources_of(cat.source_ids(kind, index)) {
        counts[match origin_of(s)? {
            Origin::Primary => 0,
            Origin::News => 1,
            Origin::Copy => 2,
        }] += 1;
    }
    Some(counts)
}

/// Related events, the full source list and a citation line.
pub(super) fn related_html(
    lang: Lang,
    cat: &CatalogHandle,
    state: &UrlState,
    kind: SubjectKind,
    index: usize,
    id: &str,
    name: &str,
) -> Html {
    let events = cat.events_about(kind, id);
    let events_html = (!events.is_empty()).then(|| {
        let items: Html = events
            .iter()
            .map(|e| {
                let people: Vec<usize> = e.people.iter().filter_map(|p| cat.person_index(p)).collect();
                html! {
                    <li>
                        { date_html(lang, &e.date) }{" — "}<strong>{ text(lang, &e.title) }</strong>
                        if let Some(s) = &e.summary { {" "}{ text(lang, s) } }
                        {" "}{ source_refs(lang, cat, &e.sources) }
                        if !people.is_empty() {
                            <span class="people-links">{ for people.iter().enumerate().map(|(i, &p)| {
                                let person = &cat.data.people[p];
                                html! { <>{ if i == 0 { " (" } else { lang.tr(M::NameSeparator) } }<a href={record_href(state, Tab::People, &person.id)}>{ name_plain(lang, &person.name) }</a></> }
                            }) }{")"}</span>
                        }
                    </li>
                }
            })
            .collect();
        section("events-h", lang.tr(M::RelatedEvents), html! { <ol class="timeline">{ items }</ol> })
    });
    // The record's own address, without the list state it was opened from.
    let mut plain = UrlState::new(state.tab);
    plain.record = Some(id.to_owned());
    plain.lang = state.lang;
    let url = crate::ui::env::absolute(&encode(&plain));
    // The same short citation as the page's Cite control, printed with the
    // page (the control is hidden in print).
    let accessed = today_date();
    let cite_line = exodus_core::cite::short(
        &exodus_core::cite::Citable {
            title: name,
            record: Some(id),
            key: id,
            url: &url,
            version: crate::bundle::VERSION,
            accessed: &accessed,
        },
        lang,
    );
    html! {
        <>
            { events_html.unwrap_or_default() }
            { section("sources-h", lang.tr(M::Sources), html! {
                <>
                if let Some(counts) = origin_counts(cat, kind, index) {
                    <p class="origin-counts">{ M::OriginCounts.fill(lang, &counts.map(|n| n.to_string()).each_ref().map(String::as_str)) }</p>
                }
                <ul class="sources">{ for cat.sources_of(cat.source_ids(kind, index)).into_iter().map(|s| source_html(lang, s)) }</ul>
                </>
            }) }
            <section aria-labelledby="cite-h" class="cite">
                <h2 id="cite-h">{ lang.tr(M::CiteThis) }</h2>
                <p><code>{ cite_line }</code></p>
            </section>
        </>
    }
}
