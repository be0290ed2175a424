//! Loading the dataset: read the six JSON files with serde_json, then
//! [`validate`] them.
//!
//! [`load`] is the one way JSON becomes a [`Dataset`]: in `build.rs` (which
//! rejects invalid shipped data at compile time and embeds the result), in
//! native tests and in the benchmarks' generator. It reports every problem
//! as a [`DataError`] and never panics.
//!
//! A file is first read as an array of raw records, so one bad record does
//! not hide the next: each record is then deserialized on its own, and every
//! bad one is reported with its id and the line and column (in the file) of
//! its first problem, in serde's words. The model's derives carry the rules
//! a parser can check (`deny_unknown_fields`, required fields, enum values);
//! [`validate`] adds the rest.

use std::fmt;

use serde::de::{DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::Deserializer;
use serde_json::value::RawValue;

use crate::model::Dataset;
use crate::validate::{
    validate, DataError, CLAIMS_FILE, EVENTS_FILE, FIGURES_FILE, ORGANISATIONS_FILE, PEOPLE_FILE,
    SOURCES_FILE, WAVES_FILE,
};

/// The text of the seven data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataFiles<'a> {
    pub people: &'a str,
    pub organisations: &'a str,
    pub events: &'a str,
    pub sources: &'a str,
    pub claims: &'a str,
    pub figures: &'a str,
    pub waves: &'a str,
}

/// The seven files' names in a data directory, in [`DataFiles`] order.
pub const FILE_NAMES: [&str; 7] = [
    "people.json",
    "organisations.json",
    "events.json",
    "sources.json",
    "claims.json",
    "figures.json",
    "waves.json",
];

/// The texts of a data directory's seven files, as read from disk (by
/// `build.rs`, the tests and the benchmarks' tools; the app embeds its data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataTexts(pub [String; 7]);

impl DataTexts {
    /// Reads the seven files of `dir`; the error lists every file that could
    /// not be read, with the reason.
    pub fn read(dir: &std::path::Path) -> Result<Self, Vec<String>> {
        let mut missing = Vec::new();
        let texts = FILE_NAMES.map(|name| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).unwrap_or_else(|e| {
                missing.push(format!("{}: {e}", path.display()));
                String::new()
            })
        });
        if missing.is_empty() {
            Ok(DataTexts(texts))
        } else {
            Err(missing)
        }
    }

    /// The texts as [`DataFiles`], for [`load`].
    pub fn files(&self) -> DataFiles<'_> {
        let [people, organisations, events, sources, claims, figures, waves] = &self.0;
        DataFiles {
            people,
            organisations,
            events,
            sources,
            claims,
            figures,
            waves,
        }
    }
}

/// Reads all seven files and validates the result. Returns every read error
/// of every file (validation needs them all, so it runs only when they all
/// read), or else every validation error.
pub fn load(files: &DataFiles) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let dataset = Dataset {
        people: read(PEOPLE_FILE, files.people, &mut errors),
        organisations: read(ORGANISATIONS_FILE, files.organisations, &mut errors),
        events: read(EVENTS_FILE, files.events, &mut errors),
        sources: read(SOURCES_FILE, files.sources, &mut errors),
        claims: read(CLAIMS_FILE, files.claims, &mut errors),
        figures: read(FIGURES_FILE, files.figures, &mut errors),
        waves: read(WAVES_FILE, files.waves, &mut errors),
    };
    if errors.is_empty() {
        errors = validate(&dataset);
    }
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// Reads one file as a JSON array of `T`, pushing its errors onto `errors`
/// (and returning no records) when it does not read.
pub fn read<T: DeserializeOwned>(file: &str, text: &str, errors: &mut Vec<DataError>) -> Vec<T> {
    // Editors on some systems save a byte order mark, which JSON forbids.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        errors.push(DataError::in_file(
            file,
            "file is empty (expected a JSON array of records)",
        ));
        return Vec::new();
    }
    let raw: Vec<&RawValue> = match serde_json::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            errors.push(DataError::in_file(file, file_error(text, &e)));
            return Vec::new();
        }
    };
    let before = errors.len();
    let mut records = Vec::with_capacity(raw.len());
    for (index, record) in raw.into_iter().enumerate() {
        match serde_json::from_str::<T>(record.get()) {
            Ok(r) => records.push(r),
            Err(e) => {
                let (line, column) = in_file(text, record.get(), &e);
                errors.push(DataError {
                    file: file.to_string(),
                    record: Some(record_id(record.get(), index)),
                    field: None,
                    message: format!(
                        "invalid data at line {line}, column {column}: {}",
                        message(&e)
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

/// The message of an error about a whole file: malformed JSON, or a file
/// that is not an array.
fn file_error(text: &str, e: &serde_json::Error) -> String {
    // serde_json reports a value it only peeked at (a map where the array
    // should start) at column 0; a reader counts columns from 1.
    let at = format!("line {}, column {}", e.line(), e.column().max(1));
    if !e.is_data() {
        return format!("malformed JSON at {at}: {}", message(e));
    }
    let kind = match text.trim_start().as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    };
    format!(
        "invalid data at {at}: {} (the file must be a JSON array of records, not {kind})",
        message(e)
    )
}

/// serde_json's message without the position it appends (written in our
/// own form, and for records converted from the record to the file).
fn message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&suffix) {
        Some(m) => m.to_string(),
        None => full,
    }
}

/// The line and column in the file of an error in one of its records.
/// `record` is a slice of `text` (serde_json's raw values borrow from the
/// input), so its offset is known; serde_json counts a column as the bytes
/// read on the line, and so does this conversion.
fn in_file(text: &str, record: &str, e: &serde_json::Error) -> (usize, usize) {
    let base = (record.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    let line_start = match e.line() {
        0 | 1 => 0,
        n => record
            .match_indices('\n')
            .nth(n - 2)
            .map_or(record.len(), |(i, _)| i + 1),
    };
    let at = (base + line_start + e.column()).min(text.len());
    let before = &text.as_bytes()[..at];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = at
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
    (line, column.max(1))
}

/// How to name a record that failed to read: its first `id` when that is a
/// non-blank string, or `[index]`.
fn record_id(record: &str, index: usize) -> String {
    let mut de = serde_json::Deserializer::from_str(record);
    match de.deserialize_map(FirstId) {
        Ok(Some(id)) if !id.trim().is_empty() => id,
        _ => format!("[{index}]"),
    }
}

/// Finds the first `id` member of an object, ignoring everything else
/// (unknown, duplicate or ill-typed members are the record's own errors).
struct FirstId;

impl<'de> Visitor<'de> for FirstId {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // The whole map is read (serde_json checks that it ends), keeping
        // the first `id`.
        let mut id = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "id" && id.is_none() {
                id = Some(map.next_value::<serde_json::Value>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(id.and_then(|v| v.as_str().map(str::to_owned)))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn records_are_named_by_id_or_index() {
        let id = |text: &str| record_id(text, 3);
        assert_eq!(id(r#"{"id": "abc", "x": 1}"#), "abc");
        assert_eq!(id(r#"{"x": 1, "id": "abc"}"#), "abc");
        assert_eq!(id(r#"{"id": "abc", "id": "def"}"#), "abc");
        assert_eq!(id(r#"{"id": "  "}"#), "[3]");
        assert_eq!(id(r#"{"id": 7}"#), "[3]");
        assert_eq!(id(r#"{}"#), "[3]");
        assert_eq!(id(r#""abc""#), "[3]");
    }

    #[test]
    fn positions_in_a_record_become_positions_in_the_file() {
        let text = "[\n  {\"a\": 1},\n  {\n    \"id\": \"x\"\n  }\n]";
        let raw: Vec<&RawValue> = serde_json::from_str(text).unwrap();
        // The first record: its line 1 is the file's line 2, shifted by the
        // record's start.
        let e = serde_json::from_str::<Vec<u8>>(raw[0].get()).unwrap_err();
        // serde_json puts a peeked value at column 0: the record starts after
        // the two spaces of line 2.
        assert_eq!((e.line(), e.column()), (1, 0));
        assert_eq!(in_file(text, raw[0].get(), &e), (2, 2));
        // The second record's line 2 is the file's line 4.
        let bad = raw[1].get();
        let e = serde_json::from_str::<std::collections::BTreeMap<String, u8>>(bad).unwrap_err();
        assert_eq!(e.line(), 2);
        assert_eq!(in_file(text, bad, &e), (4, e.column()));
    }
}
