//! Loading the dataset: parse the six JSON files, then [`validate`] them.
//!
//! [`load`] is the one way the app turns JSON into a [`Dataset`], for the
//! bundled files and for user-supplied ones alike, so it reports every problem
//! as a [`DataError`] and never panics. Pure Rust, also compiled into
//! `build.rs` to reject invalid shipped data at build time.

use serde::de::DeserializeOwned;
use serde_json::error::Category;
use serde_json::Value;

use crate::model::Dataset;
use crate::validate::{
    validate, DataError, CLAIMS_FILE, EVENTS_FILE, FIGURES_FILE, ORGANISATIONS_FILE, PEOPLE_FILE,
    SOURCES_FILE,
};

/// The text of the six data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataFiles<'a> {
    pub people: &'a str,
    pub organisations: &'a str,
    pub events: &'a str,
    pub sources: &'a str,
    pub claims: &'a str,
    pub figures: &'a str,
}

/// Parses all six files and validates the result. Returns every parse error
/// of every file (validation needs all six, so it runs only when they all
/// parse), or else every validation error.
pub fn load(files: &DataFiles) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let people = parse(PEOPLE_FILE, files.people, &mut errors);
    let organisations = parse(ORGANISATIONS_FILE, files.organisations, &mut errors);
    let events = parse(EVENTS_FILE, files.events, &mut errors);
    let sources = parse(SOURCES_FILE, files.sources, &mut errors);
    let claims = parse(CLAIMS_FILE, files.claims, &mut errors);
    let figures = parse(FIGURES_FILE, files.figures, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let dataset = Dataset {
        people,
        organisations,
        events,
        sources,
        claims,
        figures,
    };
    let errors = validate(&dataset);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// Parses one file as a JSON array of `T`, pushing its errors onto `errors`
/// (and returning an empty vector) when it does not parse.
fn parse<T: DeserializeOwned>(file: &str, text: &str, errors: &mut Vec<DataError>) -> Vec<T> {
    // Editors on some systems save a byte order mark, which JSON forbids.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        errors.push(DataError::in_file(
            file,
            "file is empty (expected a JSON array of records)",
        ));
        return Vec::new();
    }
    match serde_json::from_str::<Vec<T>>(text) {
        Ok(records) => records,
        Err(e) => {
            match e.classify() {
                Category::Data => errors.extend(type_errors::<T>(file, text, &e)),
                Category::Syntax | Category::Eof | Category::Io => {
                    errors.push(DataError::in_file(
                        file,
                        format!(
                            "malformed JSON at line {}, column {}: {}",
                            e.line(),
                            column(&e),
                            bare_message(&e)
                        ),
                    ));
                }
            }
            Vec::new()
        }
    }
}

/// The error's 1-based column. serde_json says column 0 for an error at a
/// line's very start (a character peeked at but not consumed, or the end of
/// the file); editors count from 1.
fn column(e: &serde_json::Error) -> usize {
    e.column().max(1)
}

/// serde_json's message without its " at line L column C" suffix, which the
/// callers put in front instead.
fn bare_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&suffix) {
        Some(bare) => bare.to_string(),
        None => full,
    }
}

/// Explains a file that is valid JSON but not a valid array of `T`.
///
/// serde stops at the first wrong value and knows its line and column but
/// not its record; re-checking each element as a [`Value`] finds the record
/// of that first error and the other wrong records too (without positions,
/// which a `Value` no longer has).
fn type_errors<T: DeserializeOwned>(
    file: &str,
    text: &str,
    first: &serde_json::Error,
) -> Vec<DataError> {
    let at = format!(
        "invalid data at line {}, column {}: {}",
        first.line(),
        column(first),
        bare_message(first)
    );
    let records = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(records)) => records,
        Ok(other) => {
            return vec![DataError::in_file(
                file,
                format!(
                    "{at} (the file must be a JSON array of records, not {})",
                    kind_of(&other)
                ),
            )]
        }
        Err(_) => return vec![DataError::in_file(file, at)],
    };
    let mut errors = Vec::new();
    for (index, record) in records.iter().enumerate() {
        if let Err(e) = T::deserialize(record) {
            let id = match record.get("id") {
                Some(Value::String(id)) if !id.trim().is_empty() => id.clone(),
                _ => format!("[{index}]"),
            };
            let message = if errors.is_empty() {
                at.clone()
            } else {
                format!("invalid data: {e}")
            };
            errors.push(DataError {
                file: file.to_string(),
                record: Some(id),
                field: None,
                message,
            });
        }
    }
    if errors.is_empty() {
        errors.push(DataError::in_file(file, at));
    }
    errors
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
