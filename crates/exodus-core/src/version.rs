//! The dataset's version: `data/version.json`, a semantic version and the
//! day it was released, shown in the footer, on the methods page and in
//! every export so a reader can say which data a figure came from.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::date::PartialDate;
use crate::validate::DataError;

/// The file, as named in error messages.
pub const VERSION_FILE: &str = "version.json";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetVersion {
    /// `MAJOR.MINOR.PATCH`: a major version changes the schema, a minor one
    /// adds or corrects records, a patch fixes wording or sources.
    pub version: String,
    /// The release day.
    pub date: PartialDate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    version: String,
    date: String,
}

impl DatasetVersion {
    /// Reads `version.json`; every problem is a [`DataError`] naming the
    /// file and field.
    pub fn parse(text: &str) -> Result<Self, DataError> {
        let raw: Raw = serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text))
            .map_err(|e| DataError::in_file(VERSION_FILE, e.to_string()))?;
        let field_error = |field: &str, message: String| DataError {
            file: VERSION_FILE.to_string(),
            record: None,
            field: Some(field.to_string()),
            message,
        };
        if !is_semver(&raw.version) {
            return Err(field_error(
                "version",
                format!(
                    "\"{}\" is not a version of the form MAJOR.MINOR.PATCH (e.g. 1.1.0)",
                    raw.version
                ),
            ));
        }
        let day = NaiveDate::parse_from_str(&raw.date, "%Y-%m-%d")
            .ok()
            .filter(|_| raw.date.len() == 10)
            .ok_or_else(|| {
                field_error(
                    "date",
                    format!("\"{}\" is not a calendar day as YYYY-MM-DD", raw.date),
                )
            })?;
        let date = PartialDate::from_day(day);
        Ok(DatasetVersion {
            version: raw.version,
            date,
        })
    }
}

/// Three dot-separated numbers without leading zeros.
fn is_semver(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_version_and_its_day() {
        let v = DatasetVersion::parse(r#"{"version": "1.1.0", "date": "2026-12-04"}"#).unwrap();
        assert_eq!(v.version, "1.1.0");
        assert_eq!(v.date, PartialDate::ymd(2026, 12, 4).unwrap());
    }

    #[test]
    fn rejects_what_is_not_a_version_or_a_day() {
        for (text, field) in [
            (
                r#"{"version": "1.1", "date": "2026-12-04"}"#,
                Some("version"),
            ),
            (
                r#"{"version": "v1.1.0", "date": "2026-12-04"}"#,
                Some("version"),
            ),
            (
                r#"{"version": "1.01.0", "date": "2026-12-04"}"#,
                Some("version"),
            ),
            (
                r#"{"version": "1.1.0", "date": "2026-02-30"}"#,
                Some("date"),
            ),
            (r#"{"version": "1.1.0", "date": "2026-12"}"#, Some("date")),
            (r#"{"version": "1.1.0", "date": "2026-12-4"}"#, Some("date")),
            (r#"{"version": "1.1.0"}"#, None),
            (
                r#"{"version": "1.1.0", "date": "2026-12-04", "x": 1}"#,
                None,
            ),
            ("", None),
        ] {
            let e = DatasetVersion::parse(text).expect_err(text);
            assert_eq!(e.file, VERSION_FILE);
            assert_eq!(e.field.as_deref(), field, "{text}: {e}");
        }
    }

    #[test]
    fn the_shipped_version_reads() {
        let v = DatasetVersion::parse(include_str!("../../../data/version.json"))
            .expect("data/version.json is valid");
        assert!(v.date.year() >= 2026);
    }
}
