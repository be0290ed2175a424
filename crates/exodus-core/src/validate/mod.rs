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
    Claim, ClaimStatus, Dataset, Event, Figure, Organisation, Origin, Person, Source, SubjectKind,
    Text, Wave,
};

mod checker;
mod records;
use checker::*;
use records::*;

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
    check_source_addresses(&ds.sources, |i, message| {
        Checker::new(SOURCES_FILE, &ds.sources[i].id, i, &ids, &mut errors).error("url", message)
    });

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
