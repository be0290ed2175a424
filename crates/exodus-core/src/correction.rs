//! "Suggest a correction": the prefilled issue a reader opens on the
//! project's repository from any record or claim.
//!
//! The repository is configured in one place, `repository` under
//! `[workspace.package]` in the workspace's `Cargo.toml`; forks change it
//! there and every link follows.

use crate::url::percent_encode;

/// The project's repository, where corrections are filed as issues.
pub const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// Longest current value copied into an issue: GitHub refuses very long
/// addresses, and the record id and page address identify the value anyway.
const MAX_VALUE_CHARS: usize = 500;

/// What a reader is correcting, as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Correction<'a> {
    /// The record's file-level kind: `person`, `organisation`, `claim`...
    pub record_kind: &'a str,
    /// The record's id in `data/`.
    pub record_id: &'a str,
    /// The field being corrected (`value`, `summary`, `status`...), if one.
    pub field: Option<&'a str>,
    /// The value as currently shown (in the page's language).
    pub current: &'a str,
    /// The page address the reader was on.
    pub page: &'a str,
    /// The dataset version the page shows.
    pub version: &'a str,
}

/// The issue's title: short, and naming the record so maintainers can triage.
pub fn title(c: &Correction) -> String {
    match c.field {
        Some(field) => format!("Correction: {} ({field})", c.record_id),
        None => format!("Correction: {}", c.record_id),
    }
}

/// The issue's body: the record, field, current value, page and version,
/// then room for what is wrong and the source that shows it.
pub fn body(c: &Correction) -> String {
    let mut current: String = c.current.chars().take(MAX_VALUE_CHARS).collect();
    if current.len() < c.current.len() {
        current.push('…');
    }
    // Quoted line by line, so markup in the value cannot restructure the issue.
    let quoted: String = current.lines().map(|line| format!("> {line}\n")).collect();
    format!(
        "Record: {} `{}`\nField: {}\nCurrent value:\n{}\nPage: {}\nDataset version: {}\n\n\
         What is wrong, and the source (an address) that shows it:\n\n",
        c.record_kind,
        c.record_id,
        c.field.unwrap_or("(whole record)"),
        if quoted.is_empty() {
            "> (empty)\n".to_string()
        } else {
            quoted
        },
        c.page,
        c.version,
    )
}

/// The address that opens a new, prefilled issue on `repository` (a GitHub
/// repository address without a trailing slash).
pub fn issue_url(repository: &str, c: &Correction) -> String {
    format!(
        "{}/issues/new?labels=data-correction&title={}&body={}",
        repository.trim_end_matches('/'),
        percent_encode(&title(c)),
        percent_encode(&body(c)),
    )
}

/// Longest error message copied into a problem report.
const MAX_MESSAGE_CHARS: usize = 1500;

/// The address that opens a new, prefilled bug report on `repository` when
/// the app fails (a panic or a dataset that does not load). It carries the
/// dataset version (the release the footer names), the page address and the error message, and
/// nothing about the reader: no browser, no preferences, no pins.
pub fn problem_report_url(repository: &str, version: &str, page: &str, message: &str) -> String {
    let mut shown: String = message.chars().take(MAX_MESSAGE_CHARS).collect();
    if shown.len() < message.len() {
        shown.push('…');
    }
    let first_line = shown.lines().next().unwrap_or_default();
    let title: String = first_line.chars().take(80).collect();
    // Fenced, so markup in the message stays text in the issue.
    let body = format!(
        "Exodus stopped with an error.\n\nPage: {page}\nDataset version: {version}\n\n\
         Message:\n```\n{}\n```\n\nWhat I was doing when it happened:\n\n",
        shown.replace("```", "` ` `"),
    );
    format!(
        "{}/issues/new?labels=bug&title={}&body={}",
        repository.trim_end_matches('/'),
        percent_encode(&format!("Problem: {title}")),
        percent_encode(&body),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::percent_decode;

    fn sample<'a>(current: &'a str, field: Option<&'a str>) -> Correction<'a> {
        Correction {
            record_kind: "person",
            record_id: "kyle-kosic",
            field,
            current,
            page: "https://example.org/exodus/#/people/kyle-kosic?lang=en",
            version: "1.1.0",
        }
    }

    /// Splits `…?a=1&b=2` into decoded (key, value) pairs.
    fn query(url: &str) -> Vec<(String, String)> {
        let (_, q) = url.split_once('?').expect("has a query");
        q.split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').expect("key=value");
                (k.to_string(), percent_decode(v).expect("valid escapes"))
            })
            .collect()
    }

    #[test]
    fn the_link_opens_a_prefilled_issue_on_the_repository() {
        let url = issue_url(
            "https://github.com/o/r/",
            &sample("Status: back at OpenAI", Some("status")),
        );
        assert!(
            url.starts_with("https://github.com/o/r/issues/new?"),
            "{url}"
        );
        let q = query(&url);
        assert_eq!(q[0], ("labels".into(), "data-correction".into()));
        assert_eq!(
            q[1],
            ("title".into(), "Correction: kyle-kosic (status)".into())
        );
        let body = &q[2].1;
        assert_eq!(q[2].0, "body");
        for needle in [
            "Record: person `kyle-kosic`",
            "Field: status",
            "> Status: back at OpenAI",
            "Page: https://example.org/exodus/#/people/kyle-kosic?lang=en",
            "Dataset version: 1.1.0",
        ] {
            assert!(body.contains(needle), "{needle:?} missing from {body:?}");
        }
    }

    #[test]
    fn chinese_and_markup_survive_the_round_trip_and_are_quoted() {
        let value = "離開後創辦 <script>x</script> & \"co\"\nsecond line";
        let url = issue_url("https://github.com/o/r", &sample(value, None));
        assert!(!url.contains(' ') && !url.contains('<') && !url.contains('\n'));
        let body = &query(&url)[2].1;
        assert!(body.contains("> 離開後創辦 <script>x</script> & \"co\"\n> second line\n"));
        assert!(body.contains("Field: (whole record)"));
        assert_eq!(query(&url)[1].1, "Correction: kyle-kosic");
    }

    #[test]
    fn long_values_are_cut_with_a_mark() {
        let long = "字".repeat(MAX_VALUE_CHARS + 50);
        let body = body(&sample(&long, Some("summary")));
        let quoted = body.lines().find(|l| l.starts_with("> ")).unwrap();
        assert_eq!(quoted.chars().count(), 2 + MAX_VALUE_CHARS + 1);
        assert!(quoted.ends_with('…'));
        let short = super::body(&sample("short", Some("summary")));
        assert!(short.contains("> short\n") && !short.contains('…'));
    }

    #[test]
    fn the_repository_is_configured() {
        assert!(REPOSITORY.starts_with("https://"), "{REPOSITORY}");
    }

    #[test]
    fn a_problem_report_names_version_page_and_message() {
        let message = "panicked at src/ui/detail.rs:12:5:\nindex out of bounds <b>```x```";
        let url = problem_report_url(
            "https://github.com/o/r",
            "1.1.0",
            "https://example.org/exodus/#/flow?lang=zh-Hant",
            message,
        );
        assert!(url.starts_with("https://github.com/o/r/issues/new?labels=bug&"));
        let q = query(&url);
        assert_eq!(q[1].1, "Problem: panicked at src/ui/detail.rs:12:5:");
        let body = &q[2].1;
        for needle in [
            "Page: https://example.org/exodus/#/flow?lang=zh-Hant",
            "Dataset version: 1.1.0",
            "index out of bounds <b>` ` `x` ` `",
        ] {
            assert!(body.contains(needle), "{needle:?} missing from {body:?}");
        }
        // The fence is not closed early by the message.
        assert_eq!(body.matches("```").count(), 2, "{body}");
    }

    #[test]
    fn a_long_problem_message_is_cut() {
        let message = "x".repeat(10_000);
        let url = problem_report_url("https://github.com/o/r", "1.1.0", "p", &message);
        let body = &query(&url)[2].1;
        assert!(body.contains(&format!("{}…", "x".repeat(MAX_MESSAGE_CHARS))));
        assert!(!body.contains(&"x".repeat(MAX_MESSAGE_CHARS + 1)));
    }
}
