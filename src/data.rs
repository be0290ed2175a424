//! Loading the dataset: parse the six JSON files, then [`validate`] them.
//!
//! [`load`] is the one way the app turns JSON into a [`Dataset`], for the
//! bundled files and for user-supplied ones alike, so it reports every problem
//! as a [`DataError`] and never panics. Pure Rust, also compiled into
//! `build.rs` to reject invalid shipped data at build time.

use serde::de::DeserializeOwned;
use serde_json::error::Category;
use serde_json::value::RawValue;

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
///
/// The array is split into raw records first and each record is then parsed
/// on its own, so every wrong record is reported (not only the first) with
/// its id and the line and column of the problem in the file.
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
    let raws: Vec<&RawValue> = match serde_json::from_str(text) {
        Ok(raws) => raws,
        Err(e) => {
            let position = format!("line {}, column {}", e.line(), column(&e));
            let message = match e.classify() {
                Category::Data => format!(
                    "invalid data at {position}: {} (the file must be a JSON array of records, not {})",
                    bare_message(&e),
                    kind_of(text)
                ),
                Category::Syntax | Category::Eof | Category::Io => {
                    format!("malformed JSON at {position}: {}", bare_message(&e))
                }
            };
            errors.push(DataError::in_file(file, message));
            return Vec::new();
        }
    };
    let before = errors.len();
    let mut records = Vec::with_capacity(raws.len());
    for (index, raw) in raws.iter().enumerate() {
        match serde_json::from_str::<T>(raw.get()) {
            Ok(record) => records.push(record),
            Err(e) => {
                // `raw` is a slice of `text`: its offset locates the record.
                let offset = raw.get().as_ptr() as usize - text.as_ptr() as usize;
                let start = &text[..offset];
                let start_line = start.matches('\n').count() + 1;
                let start_col = start.len() - start.rfind('\n').map_or(0, |i| i + 1) + 1;
                let line = start_line + e.line() - 1;
                let col = if e.line() == 1 {
                    start_col + column(&e) - 1
                } else {
                    column(&e)
                };
                let id = match serde_json::from_str::<IdOnly>(raw.get()) {
                    Ok(IdOnly { id: Some(id) }) if !id.trim().is_empty() => id,
                    _ => format!("[{index}]"),
                };
                errors.push(DataError {
                    file: file.to_string(),
                    record: Some(id),
                    field: None,
                    message: format!(
                        "invalid data at line {line}, column {col}: {}",
                        bare_message(&e)
                    ),
                });
            }
        }
    }
    if errors.len() > before {
        Vec::new()
    } else {
        records
    }
}

/// Just the id of a record that failed to parse, to name it in the error.
#[derive(serde::Deserialize)]
struct IdOnly {
    #[serde(default)]
    id: Option<String>,
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

/// What a JSON text holds at its top level, for a message.
fn kind_of(text: &str) -> &'static str {
    match text.trim_start().chars().next() {
        Some('{') => "an object",
        Some('"') => "a string",
        Some('t' | 'f') => "a boolean",
        Some('n') => "null",
        Some('[') => "an array",
        _ => "a number",
    }
}
