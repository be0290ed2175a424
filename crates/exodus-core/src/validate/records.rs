//! The checks of each kind of record: people, organisations, events,
//! sources, claims, waves and figures.

use super::checker::*;
use super::*;

pub(super) fn check_person(c: &mut Checker, p: &Person) {
    c.not_blank("name.en", "name", &p.name.en);
    c.zh_not_blank("name", "name", &p.name);
    c.translated("summary", "summary", &p.summary);
    c.sources("", "person", &p.sources);
    for (i, role) in p.roles.iter().enumerate() {
        let at = format!("roles[{i}]");
        c.not_blank(&format!("{at}.title.en"), "role title", &role.title.en);
        c.zh_not_blank(&format!("{at}.title"), "role title", &role.title);
        c.sources(&at, "role", &role.sources);
    }
    for (i, change) in p.status_changes.iter().enumerate() {
        let at = format!("status_changes[{i}]");
        c.sources(&at, "status change", &change.sources);
        if i > 0 && change.date.precedes(&p.status_changes[i - 1].date) {
            c.error(
                format!("{at}.date"),
                format!(
                    "status change dated {:?} comes after one dated {:?}: list status changes in chronological order",
                    change.date.to_string(),
                    p.status_changes[i - 1].date.to_string()
                ),
            );
        }
    }
    for (i, dest) in p.destinations.iter().enumerate() {
        let at = format!("destinations[{i}]");
        c.reference(format!("{at}.org"), Target::Organisation, &dest.org);
        c.sources(&at, "destination", &dest.sources);
    }
    for (i, quote) in p.reasons.iter().enumerate() {
        let at = format!("reasons[{i}]");
        c.not_blank(&format!("{at}.text"), "quote text", &quote.text);
        if quote.source.trim().is_empty() {
            c.error(format!("{at}.source"), "quote has no source");
        } else {
            c.reference(format!("{at}.source"), Target::Source, &quote.source);
        }
    }
}

pub(super) fn check_org(c: &mut Checker, o: &Organisation) {
    c.not_blank("name.en", "name", &o.name.en);
    c.zh_not_blank("name", "name", &o.name);
    c.translated("summary", "summary", &o.summary);
    c.sources("", "organisation", &o.sources);
    c.references("founders", Target::Person, &o.founders);
    if let Some(website) = &o.website {
        c.url("website", website);
    }
    for (i, v) in o.valuations.iter().enumerate() {
        let at = format!("valuations[{i}]");
        if v.as_of.is_none() {
            c.error(format!("{at}.as_of"), "valuation has no as_of date");
        }
        if !(v.amount.is_finite() && v.amount > 0.0) {
            c.error(
                format!("{at}.amount"),
                format!(
                    "valuation amount {} is not a positive number",
                    crate::format::plain_number(v.amount)
                ),
            );
        } else if !(1.0..=MAX_AMOUNT).contains(&v.amount) {
            // Charts put amounts on a log scale: absurd magnitudes are typos.
            c.error(
                format!("{at}.amount"),
                format!(
                    "valuation amount {} is outside 1 to 10^15",
                    crate::format::plain_number(v.amount)
                ),
            );
        }
        c.sources(&at, "valuation", &v.sources);
        if let Some(claim) = &v.claim {
            c.reference(format!("{at}.claim"), Target::Claim, claim);
        }
    }
}

pub(super) fn check_event(c: &mut Checker, e: &Event) {
    c.not_blank("title.en", "title", &e.title.en);
    c.zh_not_blank("title", "title", &e.title);
    c.sources("", "event", &e.sources);
    c.references("people", Target::Person, &e.people);
    c.references("orgs", Target::Organisation, &e.orgs);
}

pub(super) fn check_source(c: &mut Checker, s: &Source) {
    c.not_blank("title", "title", &s.title);
    c.not_blank("outlet", "outlet", &s.outlet);
    if let Some(url) = &s.url {
        c.url("url", url);
    }
    if let Some(url) = &s.original_url {
        c.url("original_url", url);
        if s.url.as_deref() == Some(url.as_str()) {
            c.error(
                "original_url",
                "the original's address is the page's own address",
            );
        }
    }
    if let Some(outlet) = &s.original_outlet {
        c.not_blank("original_outlet", "original outlet", outlet);
    }
    // A reader must see who reported a story: every source says whose
    // account it is, every copy names the outlet it copies, and only copies
    // have an original.
    if s.origin.is_none() {
        c.error(
            "origin",
            "whose account this is is missing: set origin to \"primary\", \"news\" or \"copy\"",
        );
    }
    let is_copy = s.origin == Some(Origin::Copy);
    if is_copy && s.original_outlet.is_none() {
        c.error(
            "original_outlet",
            "a copy (origin \"copy\") must name the outlet it copies",
        );
    }
    let not_copy = matches!(s.origin, Some(Origin::Primary | Origin::News));
    if not_copy && (s.original_outlet.is_some() || s.original_url.is_some()) {
        c.error(
            "origin",
            "a source with an original outlet or address is a copy: set origin to \"copy\"",
        );
    }
}

/// No two sources share an address (ignoring a trailing slash): one page is
/// one source, so two records cannot make one story look like two.
pub(super) fn check_source_addresses(sources: &[Source], mut error: impl FnMut(usize, String)) {
    let key = |u: &str| u.trim_end_matches('/').to_string();
    let mut seen: Vec<(String, usize)> = sources
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.url.as_deref().map(|u| (key(u), i)))
        .collect();
    seen.sort();
    for pair in seen.windows(2) {
        if pair[0].0 == pair[1].0 {
            let (first, second) = (pair[0].1.min(pair[1].1), pair[0].1.max(pair[1].1));
            error(
                second,
                format!(
                    "same address as source \"{}\" (one page is one source)",
                    sources[first].id
                ),
            );
        }
    }
}

pub(super) fn check_claim(c: &mut Checker, claim: &Claim, claims: &[Claim]) {
    c.not_blank("field", "claimed field", &claim.field);
    c.translated("value", "value", &claim.value);
    c.sources("", "claim", &claim.sources);
    let target = match claim.subject.kind {
        SubjectKind::Person => Target::Person,
        SubjectKind::Organisation => Target::Organisation,
        SubjectKind::Event => Target::Event,
        SubjectKind::Figure => Target::Figure,
    };
    c.reference("subject.id", target, &claim.subject.id);

    let conflicting = claim.status == ClaimStatus::Conflicting;
    if conflicting && claim.conflicts_with.is_empty() {
        c.error(
            "conflicts_with",
            "claim is \"conflicting\" but conflicts_with is empty (name the counterpart claim)",
        );
    }
    if !conflicting && !claim.conflicts_with.is_empty() {
        c.error(
            "conflicts_with",
            format!(
                "claim has conflicts_with but its status is {:?}, not \"conflicting\"",
                claim.status.data_key()
            ),
        );
    }
    for (i, other_id) in claim.conflicts_with.iter().enumerate() {
        let field = format!("conflicts_with[{i}]");
        if *other_id == claim.id {
            c.error(field, "claim lists itself in conflicts_with");
            continue;
        }
        match c.ids.claims.get(other_id).map(|i| &claims[i]) {
            None => c.reference(field, Target::Claim, other_id),
            Some(other) => {
                if !other.conflicts_with.contains(&claim.id) {
                    c.error(
                        field,
                        format!(
                            "conflicts with claim {other_id:?}, but claim {other_id:?} does not list {:?} in its conflicts_with",
                            claim.id
                        ),
                    );
                }
            }
        }
    }
}

pub(super) fn check_wave(c: &mut Checker, w: &Wave) {
    c.translated("label", "label", &w.label);
    if w.to.precedes(&w.from) {
        c.error(
            "to",
            format!(
                "wave ends ({}) before it starts ({}): `to` is the last date it covers",
                w.to, w.from
            ),
        );
    }
}

pub(super) fn check_figure(c: &mut Checker, f: &Figure) {
    c.translated("label", "label", &f.label);
    if f.claims.is_empty() {
        c.error("claims", "figure has no claims");
    }
    c.references("claims", Target::Claim, &f.claims);
}
