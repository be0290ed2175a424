//! Checks a parsed [`Dataset`] for the mistakes a data file can contain that
//! a parser cannot see: duplicate ids, dangling references, facts without
//! sources, malformed or out-of-order dates, non-https links, one-sided
//! disputes and missing translations.
//!
//! Pure Rust (chrono only): the same code runs in native tests, in
//! `build.rs` (which rejects invalid shipped data at compile time) and, for
//! data that was not checked at build time, in the browser.

use std::fmt;

use crate::ids::IdIndex;
use crate::model::{
    Claim, ClaimStatus, Dataset, Event, Figure, Organisation, Person, Source, SubjectKind, Text,
    Wave,
};

/// Where each part of the dataset lives; used to name the file in errors.
pub const PEOPLE_FILE: &str = "data/people.json";
pub const ORGANISATIONS_FILE: &str = "data/organisations.json";
pub const EVENTS_FILE: &str = "data/events.json";
pub const SOURCES_FILE: &str = "data/sources.json";
pub const CLAIMS_FILE: &str = "data/claims.json";
pub const FIGURES_FILE: &str = "data/figures.json";
pub const WAVES_FILE: &str = "data/waves.json";

/// One problem found in the data, located as precisely as possible.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    /// The data file, e.g. `data/people.json`.
    pub file: String,
    /// The record's id (or `[index]` when it has none).
    pub record: Option<String>,
    /// A path inside the record, e.g. `status_changes[1].date`.
    pub field: Option<String>,
    pub message: String,
}

impl DataError {
    /// An error about a whole file (malformed JSON, wrong top-level shape).
    pub fn in_file(file: &str, message: impl Into<String>) -> Self {
        DataError {
            file: file.to_string(),
            record: None,
            field: None,
            message: message.into(),
        }
    }

    /// An error about one field of one record.
    pub fn at(
        file: &str,
        record: &str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        DataError {
            file: file.to_string(),
            record: Some(record.to_string()),
            field: Some(field.into()),
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        match (&self.record, &self.field) {
            (Some(record), Some(field)) => write!(f, ": record {record:?}, field {field:?}")?,
            (Some(record), None) => write!(f, ": record {record:?}")?,
            (None, Some(field)) => write!(f, ": field {field:?}")?,
            (None, None) => {}
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}

/// Checks everything a parser cannot; returns every problem found, in file and
/// record order. An empty vector means the dataset is valid.
pub fn validate(ds: &Dataset) -> Vec<DataError> {
    let ids = Ids {
        people: IdIndex::new(ds.people.iter().map(|r| r.id.as_str())),
        organisations: IdIndex::new(ds.organisations.iter().map(|r| r.id.as_str())),
        events: IdIndex::new(ds.events.iter().map(|r| r.id.as_str())),
        sources: IdIndex::new(ds.sources.iter().map(|r| r.id.as_str())),
        claims: IdIndex::new(ds.claims.iter().map(|r| r.id.as_str())),
        figures: IdIndex::new(ds.figures.iter().map(|r| r.id.as_str())),
    };
    let mut errors = Vec::new();

    check_ids(
        PEOPLE_FILE,
        ds.people.iter().map(|r| r.id.as_str()),
        &mut errors,
    );
    for (i, person) in ds.people.iter().enumerate() {
        check_person(
            &mut Checker::new(PEOPLE_FILE, &person.id, i, &ids, &mut errors),
            person,
        );
    }

    check_ids(
        ORGANISATIONS_FILE,
        ds.organisations.iter().map(|r| r.id.as_str()),
        &mut errors,
    );
    for (i, org) in ds.organisations.iter().enumerate() {
        check_org(
            &mut Checker::new(ORGANISATIONS_FILE, &org.id, i, &ids, &mut errors),
            org,
        );
    }

    check_ids(
        EVENTS_FILE,
        ds.events.iter().map(|r| r.id.as_str()),
        &mut errors,
    );
    for (i, event) in ds.events.iter().enumerate() {
        check_event(
            &mut Checker::new(EVENTS_FILE, &event.id, i, &ids, &mut errors),
            event,
        );
    }

    check_ids(
        SOURCES_FILE,
        ds.sources.iter().map(|r| r.id.as_str()),
        &mut errors,
    );
    for (i, source) in ds.sources.iter().enumerate() {
        check_source(
            &mut Checker::new(SOURCES_FILE, &source.id, i, &ids, &mut errors),
            source,
        );
    }

    check_ids(
        CLAIMS_FILE,
        ds.claims.iter().map(|r| r.id.as_str()),
        &mut errors,
    );
    for (i, claim) in ds.claims.iter().enumerate() {
        let mut c = Checker::new(CLAIMS_FILE, &claim.id, i, &ids, &mut errors);
        check_claim(&mut c, claim, &ds.claims);
    }

    check_ids(
        FIGURES_FILE,
        ds.figures.iter().map(|r| r.id.as_str()),
        &mut errors,
    );
    for (i, figure) in ds.figures.iter().enumerate() {
        check_figure(
            &mut Checker::new(FIGURES_FILE, &figure.id, i, &ids, &mut errors),
            figure,
        );
    }

    check_ids(
        WAVES_FILE,
        ds.waves.iter().map(|r| r.id.as_str()),
        &mut errors,
    );
    for (i, wave) in ds.waves.iter().enumerate() {
        check_wave(
            &mut Checker::new(WAVES_FILE, &wave.id, i, &ids, &mut errors),
            wave,
        );
    }

    errors
}

/// The ids defined by each file, for reference checks.
struct Ids {
    people: IdIndex,
    organisations: IdIndex,
    events: IdIndex,
    sources: IdIndex,
    claims: IdIndex,
    figures: IdIndex,
}

/// What a reference points at.
#[derive(Clone, Copy)]
enum Target {
    Person,
    Organisation,
    Event,
    Source,
    Claim,
    Figure,
}

impl Target {
    fn noun(self) -> &'static str {
        match self {
            Target::Person => "person",
            Target::Organisation => "organisation",
            Target::Event => "event",
            Target::Source => "source",
            Target::Claim => "claim",
            Target::Figure => "figure",
        }
    }

    fn file(self) -> &'static str {
        match self {
            Target::Person => PEOPLE_FILE,
            Target::Organisation => ORGANISATIONS_FILE,
            Target::Event => EVENTS_FILE,
            Target::Source => SOURCES_FILE,
            Target::Claim => CLAIMS_FILE,
            Target::Figure => FIGURES_FILE,
        }
    }
}

/// The largest valuation amount taken (10^15, a thousand trillion).
const MAX_AMOUNT: f64 = 1e15;

fn record_label(id: &str, index: usize) -> String {
    if id.trim().is_empty() {
        format!("[{index}]")
    } else {
        id.to_string()
    }
}

/// Empty ids and duplicate ids within one file.
fn check_ids<'a>(file: &str, ids: impl Iterator<Item = &'a str>, errors: &mut Vec<DataError>) {
    let ids: Vec<&str> = ids.collect();
    let first_seen = IdIndex::new(ids.iter().copied());
    for (i, id) in ids.into_iter().enumerate() {
        let record = record_label(id, i);
        if id.trim().is_empty() {
            errors.push(DataError::at(file, &record, "id", "id is empty"));
            continue;
        }
        match first_seen.get(id) {
            Some(first) if first != i => errors.push(DataError::at(
                file,
                &record,
                "id",
                format!("duplicate id {id:?} (first used by the record at index {first}, this is index {i})"),
            )),
            _ => {}
        }
    }
}

/// Collects the errors of one record.
struct Checker<'a, 'e> {
    file: &'static str,
    record: String,
    ids: &'a Ids,
    errors: &'e mut Vec<DataError>,
}

impl<'a, 'e> Checker<'a, 'e> {
    fn new(
        file: &'static str,
        id: &str,
        index: usize,
        ids: &'a Ids,
        errors: &'e mut Vec<DataError>,
    ) -> Self {
        Checker {
            file,
            record: record_label(id, index),
            ids,
            errors,
        }
    }

    fn error(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.errors
            .push(DataError::at(self.file, &self.record, field, message));
    }

    fn reference(&mut self, field: impl Into<String>, target: Target, id: &str) {
        let known = match target {
            Target::Person => &self.ids.people,
            Target::Organisation => &self.ids.organisations,
            Target::Event => &self.ids.events,
            Target::Source => &self.ids.sources,
            Target::Claim => &self.ids.claims,
            Target::Figure => &self.ids.figures,
        };
        if !known.contains(id) {
            self.error(
                field,
                format!(
                    "unknown {} {id:?} (no such id in {})",
                    target.noun(),
                    target.file()
                ),
            );
        }
    }

    fn references(&mut self, field: &str, target: Target, ids: &[String]) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(format!("{field}[{i}]"), target, id);
        }
    }

    /// A non-empty `sources` list whose ids all exist. `prefix` is the path
    /// of the record part that owns the list (`""` for the record itself).
    fn sources(&mut self, prefix: &str, what: &str, sources: &[String]) {
        let field = join(prefix, "sources");
        if sources.is_empty() {
            self.error(field.as_str(), format!("{what} has no sources"));
        }
        self.references(&field, Target::Source, sources);
    }

    /// `text.en` must not be blank (names, titles, labels).
    fn not_blank(&mut self, field: &str, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(field, format!("{what} is empty"));
        }
    }

    /// A text whose English must be present and which must be translated.
    fn translated(&mut self, field: &str, what: &str, text: &Text) {
        self.not_blank(&join(field, "en"), what, &text.en);
        let zh = join(field, "zh");
        match &text.zh {
            None => self.error(
                zh.as_str(),
                format!("{what} has no Traditional Chinese translation ({zh} is missing)"),
            ),
            Some(s) if s.trim().is_empty() => self.error(
                zh.as_str(),
                format!("{what} has no Traditional Chinese translation ({zh} is empty)"),
            ),
            Some(_) => {}
        }
    }

    /// An optional Chinese form, when given, must not be blank.
    fn zh_not_blank(&mut self, field: &str, what: &str, text: &Text) {
        if let Some(zh) = &text.zh {
            if zh.trim().is_empty() {
                self.error(
                    join(field, "zh"),
                    format!("{what} has an empty Traditional Chinese form (omit zh instead)"),
                );
            }
        }
    }

    fn url(&mut self, field: &str, url: &str) {
        if let Err(message) = check_url(url) {
            self.error(field, message);
        }
    }
}

fn join(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_string()
    } else {
        format!("{prefix}.{field}")
    }
}

fn check_person(c: &mut Checker, p: &Person) {
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

fn check_org(c: &mut Checker, o: &Organisation) {
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

fn check_event(c: &mut Checker, e: &Event) {
    c.not_blank("title.en", "title", &e.title.en);
    c.zh_not_blank("title", "title", &e.title);
    c.sources("", "event", &e.sources);
    c.references("people", Target::Person, &e.people);
    c.references("orgs", Target::Organisation, &e.orgs);
}

fn check_source(c: &mut Checker, s: &Source) {
    c.not_blank("title", "title", &s.title);
    c.not_blank("outlet", "outlet", &s.outlet);
    if let Some(url) = &s.url {
        c.url("url", url);
    }
}

fn check_claim(c: &mut Checker, claim: &Claim, claims: &[Claim]) {
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

fn check_wave(c: &mut Checker, w: &Wave) {
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

fn check_figure(c: &mut Checker, f: &Figure) {
    c.translated("label", "label", &f.label);
    if f.claims.is_empty() {
        c.error("claims", "figure has no claims");
    }
    c.references("claims", Target::Claim, &f.claims);
}

/// Checks that a link is an absolute https URL with a host.
pub fn check_url(url: &str) -> Result<(), String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(format!(
            "URL {url:?} is not https (it must start with \"https://\")"
        ));
    };
    if url.chars().any(char::is_whitespace) {
        return Err(format!("URL {url:?} contains whitespace"));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Err(format!("URL {url:?} has no host"));
    }
    Ok(())
}
