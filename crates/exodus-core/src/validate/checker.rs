//! The checker every record goes through: id lookups for references, and
//! errors that name the file, the record and the field.

use super::*;

/// The ids defined by each file, for reference checks.
pub(super) struct Ids {
    pub(super) people: IdIndex,
    pub(super) organisations: IdIndex,
    pub(super) events: IdIndex,
    pub(super) sources: IdIndex,
    pub(super) claims: IdIndex,
    pub(super) figures: IdIndex,
}

/// What a reference points at.
#[derive(Clone, Copy)]
pub(super) enum Target {
    Person,
    Organisation,
    Event,
    Source,
    Claim,
    Figure,
}

impl Target {
    pub(super) fn noun(self) -> &'static str {
        match self {
            Target::Person => "person",
            Target::Organisation => "organisation",
            Target::Event => "event",
            Target::Source => "source",
            Target::Claim => "claim",
            Target::Figure => "figure",
        }
    }

    pub(super) fn file(self) -> &'static str {
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
pub(super) const MAX_AMOUNT: f64 = 1e15;

pub(super) fn record_label(id: &str, index: usize) -> String {
    if id.trim().is_empty() {
        format!("[{index}]")
    } else {
        id.to_string()
    }
}

/// Whether `id` is lowercase kebab-case (`john-schulman`, `src-article`):
/// letters a-z and digits in words joined by single hyphens. Ids name pages
/// (`people/<id>/`) and files the build writes, so a path step such as
/// `..`, a slash or a space never reaches them.
fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Empty, malformed and duplicate ids within one file.
pub(super) fn check_ids<'a>(
    file: &str,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<DataError>,
) {
    let ids: Vec<&str> = ids.collect();
    let first_seen = IdIndex::new(ids.iter().copied());
    for (i, id) in ids.into_iter().enumerate() {
        let record = record_label(id, i);
        if id.trim().is_empty() {
            errors.push(DataError::at(file, &record, "id", "id is empty"));
            continue;
        }
        if !is_kebab(id) {
            errors.push(DataError::at(
                file,
                &record,
                "id",
                format!("id {id:?} is not lowercase kebab-case (a-z, 0-9 and single hyphens, as in \"john-schulman\")"),
            ));
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
pub(super) struct Checker<'a, 'e> {
    file: &'static str,
    record: String,
    pub(super) ids: &'a Ids,
    errors: &'e mut Vec<DataError>,
}

impl<'a, 'e> Checker<'a, 'e> {
    pub(super) fn new(
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

    pub(super) fn error(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.errors
            .push(DataError::at(self.file, &self.record, field, message));
    }

    pub(super) fn reference(&mut self, field: impl Into<String>, target: Target, id: &str) {
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

    pub(super) fn references(&mut self, field: &str, target: Target, ids: &[String]) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(format!("{field}[{i}]"), target, id);
        }
    }

    /// A non-empty `sources` list whose ids all exist. `prefix` is the path
    /// of the record part that owns the list (`""` for the record itself).
    pub(super) fn sources(&mut self, prefix: &str, what: &str, sources: &[String]) {
        let field = join(prefix, "sources");
        if sources.is_empty() {
            self.error(field.as_str(), format!("{what} has no sources"));
        }
        self.references(&field, Target::Source, sources);
    }

    /// `text.en` must not be blank (names, titles, labels).
    pub(super) fn not_blank(&mut self, field: &str, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(field, format!("{what} is empty"));
        }
    }

    /// A text whose English must be present and which must be translated.
    pub(super) fn translated(&mut self, field: &str, what: &str, text: &Text) {
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
    pub(super) fn zh_not_blank(&mut self, field: &str, what: &str, text: &Text) {
        if let Some(zh) = &text.zh {
            if zh.trim().is_empty() {
                self.error(
                    join(field, "zh"),
                    format!("{what} has an empty Traditional Chinese form (omit zh instead)"),
                );
            }
        }
    }

    pub(super) fn url(&mut self, field: &str, url: &str) {
        if let Err(message) = check_url(url) {
            self.error(field, message);
        }
    }
}

pub(super) fn join(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_string()
    } else {
        format!("{prefix}.{field}")
    }
}
