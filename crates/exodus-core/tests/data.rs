#![cfg(not(target_arch = "wasm32"))]
//! Native tests of data loading and validation: the shipped data must be
//! valid, each kind of broken data must be reported with its own message and
//! location, and `load` must never panic.
//!
//! Broken cases are built in code by mutating the small valid fixture set in
//! `tests/fixtures/valid/` as `serde_json::Value`s, so each case states
//! exactly what it breaks.

use std::path::{Path, PathBuf};

use exodus_core::data::{load, DataFiles};
use exodus_core::model::{PartialDate, Precision};
use exodus_core::validate::{check_url, DataError};
use proptest::prelude::*;
use serde_json::{json, Value};

const NAMES: [&str; 7] = [
    "people",
    "organisations",
    "events",
    "sources",
    "claims",
    "figures",
    "waves",
];

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace root, where `data/` lives.
fn workspace_dir() -> PathBuf {
    manifest_dir().join("../..")
}

/// The seven files' texts, in [`NAMES`] order.
#[derive(Clone, Debug)]
struct Texts([String; 7]);

impl Texts {
    fn files(&self) -> DataFiles<'_> {
        DataFiles {
            people: &self.0[0],
            organisations: &self.0[1],
            events: &self.0[2],
            sources: &self.0[3],
            claims: &self.0[4],
            figures: &self.0[5],
            waves: &self.0[6],
        }
    }

    fn set(&mut self, name: &str, text: impl Into<String>) {
        self.0[index_of(name)] = text.into();
    }

    fn get(&self, name: &str) -> &str {
        &self.0[index_of(name)]
    }
}

fn index_of(name: &str) -> usize {
    NAMES
        .iter()
        .position(|n| *n == name)
        .unwrap_or_else(|| panic!("no data file called {name}"))
}

fn read_dir_texts(dir: &Path) -> Texts {
    Texts(NAMES.map(|name| {
        let path = dir.join(format!("{name}.json"));
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }))
}

fn valid_dir() -> PathBuf {
    manifest_dir().join("tests/fixtures/valid")
}

/// The valid fixture set as JSON values, in [`NAMES`] order.
#[derive(Clone, Debug)]
struct Fixture([Value; 7]);

impl Fixture {
    fn valid() -> Self {
        let texts = read_dir_texts(&valid_dir());
        Fixture(
            texts
                .0
                .map(|t| serde_json::from_str(&t).expect("fixture is JSON")),
        )
    }

    /// The value at a JSON pointer into one file, e.g. `("people", "/0/id")`.
    fn at(&mut self, name: &str, pointer: &str) -> &mut Value {
        self.0[index_of(name)]
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("fixture {name}.json has nothing at {pointer}"))
    }

    /// Sets the value at `pointer`, adding the key when its object lacks it.
    fn set(&mut self, name: &str, pointer: &str, value: Value) -> &mut Self {
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer below the root");
        match self.at(name, parent) {
            Value::Object(map) => {
                map.insert(key.to_string(), value);
            }
            _ => *self.at(name, pointer) = value,
        }
        self
    }

    fn remove_key(&mut self, name: &str, pointer: &str, key: &str) -> &mut Self {
        self.at(name, pointer)
            .as_object_mut()
            .expect("an object")
            .remove(key)
            .unwrap_or_else(|| panic!("{name}.json{pointer} has no key {key}"));
        self
    }

    fn texts(&self) -> Texts {
        Texts(
            self.0
                .clone()
                .map(|v| serde_json::to_string_pretty(&v).expect("serialises")),
        )
    }

    fn errors(&self) -> Vec<DataError> {
        load_errors(&self.texts())
    }

    /// The one error this broken fixture must produce.
    fn only_error(&self) -> DataError {
        let errors = self.errors();
        assert_eq!(
            errors.len(),
            1,
            "expected exactly one error, got:\n{}",
            list(&errors)
        );
        errors.into_iter().next().unwrap()
    }
}

fn load_errors(texts: &Texts) -> Vec<DataError> {
    match load(&texts.files()) {
        Ok(_) => panic!("broken data loaded without errors"),
        Err(errors) => {
            assert!(!errors.is_empty(), "Err with no errors");
            errors
        }
    }
}

fn list(errors: &[DataError]) -> String {
    errors
        .iter()
        .map(|e| format!("  {e}\n"))
        .collect::<String>()
}

fn err(file: &str, record: &str, field: &str, message: &str) -> DataError {
    DataError {
        file: file.to_string(),
        record: Some(record.to_string()),
        field: Some(field.to_string()),
        message: message.to_string(),
    }
}

// ---------------------------------------------------------------------------
// (a) The shipped data

#[test]
fn shipped_data_is_present_and_valid() {
    let dir = workspace_dir().join("data");
    let missing: Vec<String> = NAMES
        .iter()
        .map(|n| format!("data/{n}.json"))
        .filter(|p| !workspace_dir().join(p).is_file())
        .collect();
    assert!(
        missing.is_empty(),
        "SHIPPED DATA FILES MISSING in {}: {}",
        dir.display(),
        missing.join(", ")
    );
    // The full check (parse and validate), as build.rs runs it. That the
    // app embeds exactly these files is tested in the app crate
    // (tests/bundle.rs).
    let on_disk = read_dir_texts(&dir);
    match load(&on_disk.files()) {
        Ok(ds) => {
            let counts = [
                ds.people.len(),
                ds.organisations.len(),
                ds.events.len(),
                ds.sources.len(),
                ds.claims.len(),
                ds.figures.len(),
                ds.waves.len(),
            ];
            let empty: Vec<String> = NAMES
                .iter()
                .zip(counts)
                .filter(|(_, n)| *n == 0)
                .map(|(name, _)| format!("data/{name}.json"))
                .collect();
            assert!(
                empty.is_empty(),
                "SHIPPED DATA INCOMPLETE: no records in {}",
                empty.join(", ")
            );
        }
        Err(errors) => panic!(
            "the shipped data has {} error(s):\n{}",
            errors.len(),
            list(&errors)
        ),
    }
}

#[test]
fn valid_fixture_loads_without_errors() {
    let texts = read_dir_texts(&valid_dir());
    match load(&texts.files()) {
        Ok(ds) => {
            assert_eq!(ds.people.len(), 2);
            assert_eq!(ds.organisations.len(), 2);
            assert_eq!(ds.events.len(), 2);
            assert_eq!(ds.sources.len(), 4);
            assert_eq!(ds.claims.len(), 5);
            assert_eq!(ds.figures.len(), 1);
        }
        Err(errors) => panic!("valid fixture rejected:\n{}", list(&errors)),
    }
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut texts = read_dir_texts(&valid_dir());
    let people = format!("\u{feff}{}", texts.get("people"));
    texts.set("people", people);
    assert!(load(&texts.files()).is_ok());
}

// ---------------------------------------------------------------------------
// (b) Broken data, one case per check

#[test]
fn display_names_file_record_and_field() {
    let e = err(
        "data/people.json",
        "john-schulman",
        "status_changes[1].date",
        "date \"2024-13\" does not parse as a month (YYYY-MM)",
    );
    assert_eq!(
        e.to_string(),
        "data/people.json: record \"john-schulman\", field \"status_changes[1].date\": \
         date \"2024-13\" does not parse as a month (YYYY-MM)"
    );
    let whole_file = DataError::in_file("data/people.json", "file is empty");
    assert_eq!(whole_file.to_string(), "data/people.json: file is empty");
}

#[test]
fn malformed_json_names_line_and_column() {
    let mut texts = read_dir_texts(&valid_dir());
    // A missing comma after the name object, at line 4.
    texts.set(
        "people",
        "[\n  {\n    \"id\": \"x\",\n    \"name\": { \"en\": \"X\" }\n    \"summary\": { \"en\": \"S\" }\n  }\n]\n",
    );
    let errors = load_errors(&texts);
    assert_eq!(
        errors,
        vec![DataError {
            file: "data/people.json".into(),
            record: None,
            field: None,
            message: "malformed JSON at line 5, column 5: expected `,` or `}`".into(),
        }],
        "{}",
        list(&errors)
    );
    assert_eq!(
        errors[0].to_string(),
        "data/people.json: malformed JSON at line 5, column 5: expected `,` or `}`"
    );
}

#[test]
fn truncated_json_is_malformed_at_its_end() {
    let mut texts = read_dir_texts(&valid_dir());
    texts.set("figures", "[\n  {\n    \"id\": \"x\"");
    let errors = load_errors(&texts);
    assert_eq!(errors.len(), 1, "{}", list(&errors));
    assert_eq!(errors[0].file, "data/figures.json");
    assert_eq!(
        errors[0].message,
        "malformed JSON at line 3, column 13: EOF while parsing an object"
    );
}

#[test]
fn every_malformed_file_is_reported() {
    let mut texts = read_dir_texts(&valid_dir());
    texts.set("events", "[");
    texts.set("claims", "");
    let errors = load_errors(&texts);
    let files: Vec<&str> = errors.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(files, ["data/events.json", "data/claims.json"]);
    assert_eq!(
        errors[1].message,
        "file is empty (expected a JSON array of records)"
    );
}

#[test]
fn top_level_must_be_an_array() {
    let mut texts = read_dir_texts(&valid_dir());
    texts.set("sources", "{\"id\": \"x\"}");
    let errors = load_errors(&texts);
    assert_eq!(errors.len(), 1, "{}", list(&errors));
    assert_eq!(errors[0].file, "data/sources.json");
    assert!(
        errors[0]
            .message
            .starts_with("invalid data at line 1, column 1: invalid type: map"),
        "{}",
        errors[0]
    );
    assert!(
        errors[0]
            .message
            .ends_with("(the file must be a JSON array of records, not an object)"),
        "{}",
        errors[0]
    );
}

#[test]
fn unknown_field_is_rejected_with_record_line_and_column() {
    let mut fx = Fixture::valid();
    let summary = fx.at("people", "/0").as_object_mut().unwrap();
    let value = summary.remove("summary").unwrap();
    summary.insert("sumary".into(), value);
    let text = fx.texts().get("people").to_string();
    let line = 1 + text
        .lines()
        .position(|l| l.contains("\"sumary\""))
        .expect("typo is in the text");
    let e = fx.only_error();
    assert_eq!(e.file, "data/people.json");
    assert_eq!(e.record.as_deref(), Some("john-schulman"));
    let prefix = format!("invalid data at line {line}, column ");
    assert!(e.message.starts_with(&prefix), "{e}");
    assert!(e.message.contains("unknown field `sumary`"), "{e}");
}

#[test]
fn wrong_types_are_reported_for_every_bad_record() {
    let mut fx = Fixture::valid();
    fx.set("events", "/0/kind", json!("resigned"));
    fx.set("events", "/1/date", json!("2024-06"));
    let errors = fx.errors();
    assert_eq!(errors.len(), 2, "{}", list(&errors));
    assert_eq!(errors[0].record.as_deref(), Some("schulman-leaves"));
    assert!(
        errors[0].message.starts_with("invalid data at line ")
            && errors[0].message.contains("unknown variant `resigned`"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[1].record.as_deref(), Some("ssi-founded"));
    assert!(
        errors[1].message.starts_with("invalid data at line ")
            && errors[1]
                .message
                .ends_with("invalid type: string \"2024-06\", expected struct PartialDate"),
        "{}",
        errors[1]
    );
}

#[test]
fn missing_and_duplicate_fields_are_reported_with_record_and_line() {
    let mut fx = Fixture::valid();
    fx.remove_key("people", "/1", "summary");
    let text = fx.texts().get("people").to_string();
    // serde_json reports it where the record's object ends: the `}` after
    // its id.
    let lines: Vec<&str> = text.lines().collect();
    let id_line = lines
        .iter()
        .position(|l| l.contains("\"ilya-sutskever\""))
        .expect("record is in the text");
    let line = 1
        + id_line
        + lines[id_line..]
            .iter()
            .position(|l| *l == "  }")
            .expect("record ends on its own line");
    let e = fx.only_error();
    assert_eq!(e.record.as_deref(), Some("ilya-sutskever"));
    assert_eq!(
        e.message,
        format!("invalid data at line {line}, column 3: missing field `summary`")
    );

    let mut texts = read_dir_texts(&valid_dir());
    let figure =
        |members: &str| format!("[\n  {{\n    \"id\": \"departures\",\n{members}\n  }}\n]\n");
    texts.set(
        "figures",
        figure("    \"label\": 1,\n    \"claims\": [\"departures-count\"]"),
    );
    assert_eq!(
        load_errors(&texts),
        vec![DataError {
            file: "data/figures.json".into(),
            record: Some("departures".into()),
            field: None,
            message: "invalid data at line 4, column 14: invalid type: integer `1`, \
                      expected struct Text"
                .into(),
        }]
    );
    texts.set(
        "figures",
        figure("    \"id\": \"again\",\n    \"label\": {\"en\": \"L\", \"zh\": \"L\"},\n    \"claims\": []"),
    );
    assert_eq!(
        load_errors(&texts),
        vec![DataError {
            file: "data/figures.json".into(),
            record: Some("departures".into()),
            field: None,
            message: "invalid data at line 4, column 8: duplicate field `id`".into(),
        }]
    );
}

#[test]
fn other_top_level_values_and_trailing_text_are_rejected() {
    let cases = [
        (
            "  \"x\"",
            "invalid data at line 1, column 5: invalid type: string \"x\", expected a sequence \
             (the file must be a JSON array of records, not a string)",
        ),
        (
            "5",
            "invalid data at line 1, column 1: invalid type: integer `5`, expected a sequence \
             (the file must be a JSON array of records, not a number)",
        ),
        (
            "null",
            "invalid data at line 1, column 4: invalid type: null, expected a sequence \
             (the file must be a JSON array of records, not null)",
        ),
        (
            "[]\n[]",
            "malformed JSON at line 2, column 1: trailing characters",
        ),
        (
            "[{\"id\": \"a\\q\"}]",
            "malformed JSON at line 1, column 12: invalid escape",
        ),
    ];
    for (text, message) in cases {
        let mut texts = read_dir_texts(&valid_dir());
        texts.set("claims", text);
        let errors = load_errors(&texts);
        assert_eq!(
            errors,
            vec![DataError::in_file("data/claims.json", message)],
            "{text:?}"
        );
    }
}

#[test]
fn hostile_nesting_is_an_error_not_a_stack_overflow() {
    let mut texts = read_dir_texts(&valid_dir());
    texts.set("events", "[".repeat(200_000));
    let errors = load_errors(&texts);
    assert_eq!(
        errors,
        vec![DataError::in_file(
            "data/events.json",
            "malformed JSON at line 1, column 200000: EOF while parsing a list"
        )]
    );
    // Well-formed but as deep: the record is the wrong type, reported at
    // its first nested bracket.
    texts.set(
        "events",
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
    );
    let errors = load_errors(&texts);
    assert_eq!(errors.len(), 1, "{}", list(&errors));
    assert_eq!(errors[0].record.as_deref(), Some("[0]"));
    assert!(
        errors[0]
            .message
            .starts_with("invalid data at line 1, column 2: invalid type: sequence"),
        "{}",
        errors[0]
    );
}

#[test]
fn loaded_data_reads_back_from_its_serialised_form() {
    // The readers in data.rs must accept exactly what the model's Serialize
    // derives write (the synthetic generator and export rely on it).
    for dir in [valid_dir(), workspace_dir().join("data")] {
        let texts = read_dir_texts(&dir);
        let ds = load(&texts.files()).expect("loads");
        let again = Texts([
            serde_json::to_string_pretty(&ds.people).unwrap(),
            serde_json::to_string_pretty(&ds.organisations).unwrap(),
            serde_json::to_string_pretty(&ds.events).unwrap(),
            serde_json::to_string_pretty(&ds.sources).unwrap(),
            serde_json::to_string_pretty(&ds.claims).unwrap(),
            serde_json::to_string_pretty(&ds.figures).unwrap(),
            serde_json::to_string_pretty(&ds.waves).unwrap(),
        ]);
        match load(&again.files()) {
            Ok(reloaded) => assert!(reloaded == ds, "{} changed in a round trip", dir.display()),
            Err(errors) => panic!("serialised {} rejected:\n{}", dir.display(), list(&errors)),
        }
    }
}

#[test]
fn duplicate_id() {
    let mut fx = Fixture::valid();
    let copy = fx.at("sources", "/0").clone();
    fx.at("sources", "").as_array_mut().unwrap().push(copy);
    assert_eq!(
        fx.only_error(),
        err(
            "data/sources.json",
            "digitaling-2024",
            "id",
            "duplicate id \"digitaling-2024\" (first used by the record at index 0, this is index 4)"
        )
    );
}

#[test]
fn an_id_that_is_not_kebab_case_is_named_with_the_rule() {
    // A page's path is made of its record's id: a path step, a slash, a
    // space or a capital would make a page the build cannot write where it
    // belongs, or one its address does not name.
    for bad in ["..", ".", "a/b", "John-Schulman", "a b", "a--b", "-a", "a-"] {
        let mut fx = Fixture::valid();
        fx.set("sources", "/0/id", json!(bad));
        let errors = fx.errors();
        let ours: Vec<_> = errors
            .iter()
            .filter(|e| e.field.as_deref() == Some("id"))
            .collect();
        assert_eq!(
            ours,
            vec![&err(
                "data/sources.json",
                bad,
                "id",
                &format!("id {bad:?} is not lowercase kebab-case (a-z, 0-9 and single hyphens, as in \"john-schulman\")")
            )],
            "{bad}: {}",
            list(&errors)
        );
    }
}

#[test]
fn empty_id() {
    let mut fx = Fixture::valid();
    fx.set("figures", "/0/id", json!(""));
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            // The claim about that figure now dangles too.
            err(
                "data/claims.json",
                "departures-count",
                "subject.id",
                "unknown figure \"departures\" (no such id in data/figures.json)"
            ),
            err("data/figures.json", "[0]", "id", "id is empty"),
        ],
        "{}",
        list(&errors)
    );
}

#[test]
fn dangling_source_reference() {
    let mut fx = Fixture::valid();
    fx.set(
        "people",
        "/0/status_changes/1/sources/1",
        json!("no-such-source"),
    );
    assert_eq!(
        fx.only_error(),
        err(
            "data/people.json",
            "john-schulman",
            "status_changes[1].sources[1]",
            "unknown source \"no-such-source\" (no such id in data/sources.json)"
        )
    );
}

#[test]
fn dangling_quote_source() {
    let mut fx = Fixture::valid();
    fx.set("people", "/0/reasons/0/source", json!("gone"));
    assert_eq!(
        fx.only_error(),
        err(
            "data/people.json",
            "john-schulman",
            "reasons[0].source",
            "unknown source \"gone\" (no such id in data/sources.json)"
        )
    );
}

#[test]
fn dangling_person_in_org_founders() {
    let mut fx = Fixture::valid();
    fx.set("organisations", "/1/founders/0", json!("nobody"));
    assert_eq!(
        fx.only_error(),
        err(
            "data/organisations.json",
            "ssi",
            "founders[0]",
            "unknown person \"nobody\" (no such id in data/people.json)"
        )
    );
}

#[test]
fn dangling_references_elsewhere() {
    let mut fx = Fixture::valid();
    fx.set("people", "/0/destinations/0/org", json!("no-org"));
    fx.set("events", "/0/people/0", json!("no-person"));
    fx.set("events", "/0/orgs/0", json!("no-org"));
    fx.set("organisations", "/1/valuations/1/claim", json!("no-claim"));
    fx.set("figures", "/0/claims/0", json!("no-claim"));
    fx.set("claims", "/2/subject/id", json!("no-org"));
    fx.set("claims", "/4/subject/id", json!("no-event"));
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            err(
                "data/people.json",
                "john-schulman",
                "destinations[0].org",
                "unknown organisation \"no-org\" (no such id in data/organisations.json)"
            ),
            err(
                "data/organisations.json",
                "ssi",
                "valuations[1].claim",
                "unknown claim \"no-claim\" (no such id in data/claims.json)"
            ),
            err(
                "data/events.json",
                "schulman-leaves",
                "people[0]",
                "unknown person \"no-person\" (no such id in data/people.json)"
            ),
            err(
                "data/events.json",
                "schulman-leaves",
                "orgs[0]",
                "unknown organisation \"no-org\" (no such id in data/organisations.json)"
            ),
            err(
                "data/claims.json",
                "ssi-valuation-2025",
                "subject.id",
                "unknown organisation \"no-org\" (no such id in data/organisations.json)"
            ),
            err(
                "data/claims.json",
                "schulman-left-event",
                "subject.id",
                "unknown event \"no-event\" (no such id in data/events.json)"
            ),
            err(
                "data/figures.json",
                "departures",
                "claims[0]",
                "unknown claim \"no-claim\" (no such id in data/claims.json)"
            ),
        ],
        "{}",
        list(&errors)
    );
}

#[test]
fn record_without_a_source() {
    let mut fx = Fixture::valid();
    fx.set("events", "/0/sources", json!([]));
    assert_eq!(
        fx.only_error(),
        err(
            "data/events.json",
            "schulman-leaves",
            "sources",
            "event has no sources"
        )
    );
}

#[test]
fn nested_parts_without_a_source() {
    let mut fx = Fixture::valid();
    fx.set("people", "/1/sources", json!([]));
    fx.set("people", "/0/roles/0/sources", json!([]));
    fx.set("people", "/0/status_changes/0/sources", json!([]));
    fx.set("people", "/0/destinations/0/sources", json!([]));
    fx.set("people", "/0/reasons/0/source", json!(""));
    fx.set("organisations", "/0/sources", json!([]));
    fx.set("organisations", "/1/valuations/0/sources", json!([]));
    fx.set("claims", "/3/sources", json!([]));
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            err(
                "data/people.json",
                "john-schulman",
                "roles[0].sources",
                "role has no sources"
            ),
            err(
                "data/people.json",
                "john-schulman",
                "status_changes[0].sources",
                "status change has no sources"
            ),
            err(
                "data/people.json",
                "john-schulman",
                "destinations[0].sources",
                "destination has no sources"
            ),
            err(
                "data/people.json",
                "john-schulman",
                "reasons[0].source",
                "quote has no source"
            ),
            err(
                "data/people.json",
                "ilya-sutskever",
                "sources",
                "person has no sources"
            ),
            err(
                "data/organisations.json",
                "anthropic",
                "sources",
                "organisation has no sources"
            ),
            err(
                "data/organisations.json",
                "ssi",
                "valuations[0].sources",
                "valuation has no sources"
            ),
            err(
                "data/claims.json",
                "departures-count",
                "sources",
                "claim has no sources"
            ),
        ],
        "{}",
        list(&errors)
    );
}

/// A bad date is a read error: dates are parsed when the data loads. serde
/// reports it where it stopped reading: the end of the date's object (the
/// first `}` after `needle`), or the end of the enclosing object when the
/// date is its last field.
fn assert_date_error(fx: &Fixture, file: &str, record: &str, needle: &str, message: &str) {
    let name = file.trim_start_matches("data/").trim_end_matches(".json");
    let text = fx.texts().get(name).to_string();
    let at = text.find(needle).expect("the date is in the text");
    let mut end = at + text[at..].find('}').expect("the date's object ends");
    let rest = text[end + 1..].trim_start();
    if rest.starts_with('}') {
        end = text.len() - rest.len();
    }
    let line = 1 + text[..end].matches('\n').count();
    let column = end - text[..end].rfind('\n').map_or(0, |i| i + 1) + 1;
    let e = fx.only_error();
    assert_eq!(
        e,
        DataError {
            file: file.into(),
            record: Some(record.into()),
            field: None,
            message: format!("invalid data at line {line}, column {column}: {message}"),
        }
    );
}

#[test]
fn date_that_does_not_parse() {
    let mut fx = Fixture::valid();
    fx.set(
        "people",
        "/0/status_changes/1/date",
        json!({"date": "2024-13", "precision": "month"}),
    );
    assert_date_error(
        &fx,
        "data/people.json",
        "john-schulman",
        "\"2024-13\"",
        "date \"2024-13\" does not parse as a month (YYYY-MM)",
    );
    let e = fx.only_error();
    assert!(
        e.to_string()
            .starts_with("data/people.json: record \"john-schulman\": invalid data at line "),
        "{e}"
    );
}

#[test]
fn date_in_words_does_not_parse() {
    let mut fx = Fixture::valid();
    fx.set("sources", "/1/published/date", json!("6 Aug 2024"));
    assert_date_error(
        &fx,
        "data/sources.json",
        "neowin-schulman",
        "\"6 Aug 2024\"",
        "date \"6 Aug 2024\" does not parse as a day (YYYY-MM-DD)",
    );
}

#[test]
fn date_disagreeing_with_its_precision() {
    let mut fx = Fixture::valid();
    fx.set(
        "events",
        "/0/date",
        json!({"date": "2024-05", "precision": "day"}),
    );
    assert_date_error(
        &fx,
        "data/events.json",
        "schulman-leaves",
        "\"2024-05\"",
        "date \"2024-05\" disagrees with its precision \"day\": it is written as a month \
         (YYYY-MM), a day needs YYYY-MM-DD",
    );
}

#[test]
fn impossible_calendar_date() {
    let mut fx = Fixture::valid();
    fx.set(
        "people",
        "/0/roles/0/to",
        json!({"date": "2023-02-30", "precision": "day"}),
    );
    assert_date_error(
        &fx,
        "data/people.json",
        "john-schulman",
        "\"2023-02-30\"",
        "date \"2023-02-30\" is not a real calendar date (YYYY-MM-DD)",
    );
}

#[test]
fn date_table() {
    let d = |date: &str, precision| PartialDate::parse(date, precision, false);
    use Precision::*;
    for (text, precision) in [
        ("2024", Year),
        ("2024-05", Month),
        ("2024-12", Month),
        ("2024-02-29", Day),
        ("2024-12-31", Day),
    ] {
        let ok = d(text, precision);
        assert!(ok.is_ok(), "{text}: {ok:?}");
        assert_eq!(ok.unwrap().to_string(), text);
    }
    for (text, precision) in [
        ("", Year),
        ("24", Year),
        ("2024-1", Month),
        ("2024-00", Month),
        ("2024-5-14", Day),
        ("2023-02-29", Day),
        ("2024-04-31", Day),
        ("2024-13-01", Day),
        ("+2024", Year),
        ("2024-05-14T00:00", Day),
        ("２０２４", Year),
        ("2024", Day),
        ("2024-05-14", Year),
        ("2024-05-14", Month),
    ] {
        assert!(d(text, precision).is_err(), "{text} should be rejected");
    }
}

#[test]
fn valuation_without_as_of() {
    let mut fx = Fixture::valid();
    fx.remove_key("organisations", "/1/valuations/0", "as_of");
    fx.set("organisations", "/1/valuations/1/as_of", Value::Null);
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            err(
                "data/organisations.json",
                "ssi",
                "valuations[0].as_of",
                "valuation has no as_of date"
            ),
            err(
                "data/organisations.json",
                "ssi",
                "valuations[1].as_of",
                "valuation has no as_of date"
            ),
        ],
        "{}",
        list(&errors)
    );
}

#[test]
fn valuation_amount_must_be_a_sane_magnitude() {
    let mut fx = Fixture::valid();
    fx.set("organisations", "/1/valuations/0/amount", json!(5e15));
    assert_eq!(
        fx.only_error(),
        err(
            "data/organisations.json",
            "ssi",
            "valuations[0].amount",
            "valuation amount 5000000000000000 is outside 1 to 10^15"
        )
    );
}

#[test]
fn valuation_amount_must_be_positive() {
    let mut fx = Fixture::valid();
    fx.set("organisations", "/1/valuations/0/amount", json!(0));
    assert_eq!(
        fx.only_error(),
        err(
            "data/organisations.json",
            "ssi",
            "valuations[0].amount",
            "valuation amount 0 is not a positive number"
        )
    );
}

#[test]
fn http_url() {
    let mut fx = Fixture::valid();
    fx.set(
        "sources",
        "/1/url",
        json!("http://www.neowin.net/news/example"),
    );
    fx.set(
        "organisations",
        "/0/website",
        json!("http://www.anthropic.com"),
    );
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            err(
                "data/organisations.json",
                "anthropic",
                "website",
                "URL \"http://www.anthropic.com\" is not https (it must start with \"https://\")"
            ),
            err(
                "data/sources.json",
                "neowin-schulman",
                "url",
                "URL \"http://www.neowin.net/news/example\" is not https (it must start with \"https://\")"
            ),
        ],
        "{}",
        list(&errors)
    );
}

#[test]
fn url_table() {
    assert_eq!(check_url("https://example.org"), Ok(()));
    assert_eq!(check_url("https://example.org/a?b=c#d"), Ok(()));
    assert_eq!(
        check_url("https://"),
        Err("URL \"https://\" has no host".to_string())
    );
    assert_eq!(
        check_url("https://exa mple.org"),
        Err("URL \"https://exa mple.org\" contains whitespace".to_string())
    );
    for bad in ["", "example.org", "HTTP://x.org", "ftp://x.org", "//x.org"] {
        assert!(check_url(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn conflicting_claim_without_counterpart() {
    let mut fx = Fixture::valid();
    fx.set("claims", "/2/status", json!("conflicting"));
    assert_eq!(
        fx.only_error(),
        err(
            "data/claims.json",
            "ssi-valuation-2025",
            "conflicts_with",
            "claim is \"conflicting\" but conflicts_with is empty (name the counterpart claim)"
        )
    );
}

#[test]
fn asymmetric_conflicts_with() {
    let mut fx = Fixture::valid();
    fx.set("claims", "/2/status", json!("conflicting"));
    fx.set(
        "claims",
        "/2/conflicts_with",
        json!(["schulman-joined-as-student"]),
    );
    assert_eq!(
        fx.only_error(),
        err(
            "data/claims.json",
            "ssi-valuation-2025",
            "conflicts_with[0]",
            "conflicts with claim \"schulman-joined-as-student\", but claim \
             \"schulman-joined-as-student\" does not list \"ssi-valuation-2025\" in its conflicts_with"
        )
    );
}

#[test]
fn conflicts_with_on_a_claim_that_is_not_conflicting() {
    let mut fx = Fixture::valid();
    fx.set(
        "claims",
        "/3/conflicts_with",
        json!(["schulman-left-event"]),
    );
    fx.set("claims", "/4/conflicts_with", json!(["departures-count"]));
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            err(
                "data/claims.json",
                "departures-count",
                "conflicts_with",
                "claim has conflicts_with but its status is \"unverified\", not \"conflicting\""
            ),
            err(
                "data/claims.json",
                "schulman-left-event",
                "conflicts_with",
                "claim has conflicts_with but its status is \"confirmed\", not \"conflicting\""
            ),
        ],
        "{}",
        list(&errors)
    );
}

#[test]
fn claim_conflicting_with_itself_or_a_missing_claim() {
    let mut fx = Fixture::valid();
    fx.set(
        "claims",
        "/0/conflicts_with",
        json!([
            "schulman-joined-after-phd",
            "schulman-joined-as-student",
            "nope"
        ]),
    );
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            err(
                "data/claims.json",
                "schulman-joined-as-student",
                "conflicts_with[1]",
                "claim lists itself in conflicts_with"
            ),
            err(
                "data/claims.json",
                "schulman-joined-as-student",
                "conflicts_with[2]",
                "unknown claim \"nope\" (no such id in data/claims.json)"
            ),
        ],
        "{}",
        list(&errors)
    );
}

#[test]
fn missing_zh_summary() {
    let mut fx = Fixture::valid();
    fx.remove_key("people", "/1/summary", "zh");
    assert_eq!(
        fx.only_error(),
        err(
            "data/people.json",
            "ilya-sutskever",
            "summary.zh",
            "summary has no Traditional Chinese translation (summary.zh is missing)"
        )
    );
}

#[test]
fn other_missing_translations() {
    let mut fx = Fixture::valid();
    fx.set("organisations", "/0/summary/zh", json!("  "));
    fx.remove_key("claims", "/1/value", "zh");
    fx.remove_key("figures", "/0/label", "zh");
    fx.set("events", "/0/title/zh", json!(""));
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            err(
                "data/organisations.json",
                "anthropic",
                "summary.zh",
                "summary has no Traditional Chinese translation (summary.zh is empty)"
            ),
            err(
                "data/events.json",
                "schulman-leaves",
                "title.zh",
                "title has an empty Traditional Chinese form (omit zh instead)"
            ),
            err(
                "data/claims.json",
                "schulman-joined-after-phd",
                "value.zh",
                "value has no Traditional Chinese translation (value.zh is missing)"
            ),
            err(
                "data/figures.json",
                "departures",
                "label.zh",
                "label has no Traditional Chinese translation (label.zh is missing)"
            ),
        ],
        "{}",
        list(&errors)
    );
}

#[test]
fn empty_names_and_titles() {
    let mut fx = Fixture::valid();
    fx.set("people", "/0/name/en", json!(""));
    fx.set("people", "/0/roles/0/title/en", json!(" "));
    fx.set("organisations", "/0/name/en", json!(""));
    fx.set("events", "/1/title/en", json!(""));
    fx.set("sources", "/0/title", json!(""));
    fx.set("figures", "/0/label/en", json!(""));
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            err(
                "data/people.json",
                "john-schulman",
                "name.en",
                "name is empty"
            ),
            err(
                "data/people.json",
                "john-schulman",
                "roles[0].title.en",
                "role title is empty"
            ),
            err(
                "data/organisations.json",
                "anthropic",
                "name.en",
                "name is empty"
            ),
            err(
                "data/events.json",
                "ssi-founded",
                "title.en",
                "title is empty"
            ),
            err(
                "data/sources.json",
                "digitaling-2024",
                "title",
                "title is empty"
            ),
            err(
                "data/figures.json",
                "departures",
                "label.en",
                "label is empty"
            ),
        ],
        "{}",
        list(&errors)
    );
}

#[test]
fn figure_without_claims() {
    let mut fx = Fixture::valid();
    fx.set("figures", "/0/claims", json!([]));
    assert_eq!(
        fx.only_error(),
        err(
            "data/figures.json",
            "departures",
            "claims",
            "figure has no claims"
        )
    );
}

#[test]
fn wave_that_ends_before_it_starts() {
    let mut fx = Fixture::valid();
    fx.set(
        "waves",
        "/0/to",
        json!({"date": "2024-01", "precision": "month"}),
    );
    assert_eq!(
        fx.only_error(),
        err(
            "data/waves.json",
            "wave-safety",
            "to",
            "wave ends (2024-01) before it starts (2024-02): `to` is the last date it covers"
        )
    );
    // A day inside a month-long wave is not "before" it.
    fx.set(
        "waves",
        "/0/to",
        json!({"date": "2024-02-10", "precision": "day"}),
    );
    assert!(load(&fx.texts().files()).is_ok());
}

#[test]
fn wave_records_are_checked_like_the_others() {
    let mut fx = Fixture::valid();
    fx.remove_key("waves", "/0/label", "zh");
    let mut dup = fx.at("waves", "/0").clone();
    dup["label"]["zh"] = json!("重複");
    fx.0[index_of("waves")].as_array_mut().unwrap().push(dup);
    let errors = fx.errors();
    assert_eq!(
        errors,
        vec![
            err(
                "data/waves.json",
                "wave-safety",
                "id",
                "duplicate id \"wave-safety\" (first used by the record at index 0, this is index 1)"
            ),
            err(
                "data/waves.json",
                "wave-safety",
                "label.zh",
                "label has no Traditional Chinese translation (label.zh is missing)"
            ),
        ],
        "{}",
        list(&errors)
    );
    let mut fx = Fixture::valid();
    fx.set("waves", "/0/colour", json!("red"));
    let e = fx.only_error();
    assert_eq!(
        (e.file.as_str(), e.record.as_deref()),
        ("data/waves.json", Some("wave-safety"))
    );
    assert!(
        e.message.starts_with("invalid data at line ")
            && e.message.contains("unknown field `colour`"),
        "{e}"
    );
}

// ---------------------------------------------------------------------------
// load() never panics

/// Every string leaf of a JSON value, as a JSON pointer.
fn string_pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::String(_) => out.push(at),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                string_pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let key = k.replace('~', "~0").replace('/', "~1");
                string_pointers(v, format!("{at}/{key}"), out);
            }
        }
        _ => {}
    }
}

fn nasty_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{0,5}(-[0-9]{0,3}){0,3}",
        "(https?://)?[a-zé /]{0,6}",
        Just(String::new()),
        Just("john-schulman".to_string()),
        Just("digitaling-2024".to_string()),
        Just("schulman-joined-as-student".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn load_never_panics_on_any_string_in_any_file(file in 0usize..7, text in any::<String>()) {
        let mut texts = read_dir_texts(&valid_dir());
        texts.0[file] = text;
        let _ = load(&texts.files());
    }

    #[test]
    fn load_never_panics_on_seven_arbitrary_strings(
        texts in proptest::array::uniform7("\\PC{0,40}|\\[.{0,40}\\]|.*"),
    ) {
        let texts = Texts(texts);
        let _ = load(&texts.files());
    }

    #[test]
    fn load_never_panics_on_spliced_json(
        file in 0usize..7,
        start in 0usize..4000,
        len in 0usize..40,
        insert in ".{0,10}",
    ) {
        let mut texts = read_dir_texts(&valid_dir());
        let text = &texts.0[file];
        let floor = |mut i: usize| {
            i = i.min(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let (a, b) = (floor(start), floor(start + len));
        texts.0[file] = format!("{}{}{}", &text[..a], insert, &text[b..]);
        let _ = load(&texts.files());
    }

    #[test]
    fn load_never_panics_when_strings_in_valid_data_change(
        file in 0usize..7,
        picks in proptest::collection::vec((any::<prop::sample::Index>(), nasty_string()), 1..6),
    ) {
        let mut fx = Fixture::valid();
        let mut pointers = Vec::new();
        string_pointers(&fx.0[file], String::new(), &mut pointers);
        for (index, replacement) in picks {
            let pointer = pointers[index.index(pointers.len())].clone();
            fx.set(NAMES[file], &pointer, Value::String(replacement));
        }
        // Data errors are fine; only a panic fails the test.
        let _ = load(&fx.texts().files());
    }
}

#[test]
fn dataset_download_reads_back_as_the_same_records() {
    let texts = read_dir_texts(&workspace_dir().join("data"));
    let ds = load(&texts.files()).expect("loads");
    let doc = exodus_core::export::dataset_json(&ds, "1.1.0", "2026-12-04").expect("writes");
    let v: Value = serde_json::from_str(&doc).expect("the download is JSON");
    assert_eq!(v["license"], "CC BY 4.0");
    assert_eq!(v["version"], "1.1.0");
    assert_eq!(v["released"], "2026-12-04");
    let file = |name: &str| serde_json::to_string(&v[name]).expect("serialises");
    let again = Texts(NAMES.map(file));
    assert!(
        load(&again.files()).expect("the download loads") == ds,
        "the download differs from the data"
    );
}

// ---------------------------------------------------------------------------
// Sources readers can trust: origins, originals, one page one source

#[test]
fn every_source_says_whose_account_it_is() {
    let mut fx = Fixture::valid();
    fx.remove_key("sources", "/1", "origin");
    assert_eq!(
        fx.only_error(),
        err(
            "data/sources.json",
            "neowin-schulman",
            "origin",
            "whose account this is is missing: set origin to \"primary\", \"news\" or \"copy\""
        )
    );
}

#[test]
fn a_copy_must_name_its_original_outlet() {
    let mut fx = Fixture::valid();
    fx.set("sources", "/1/origin", json!("copy"));
    assert_eq!(
        fx.only_error(),
        err(
            "data/sources.json",
            "neowin-schulman",
            "original_outlet",
            "a copy (origin \"copy\") must name the outlet it copies"
        )
    );
    fx.set("sources", "/1/original_outlet", json!("TechCrunch"));
    assert!(
        load(&fx.texts().files()).is_ok(),
        "a copy naming its outlet is valid"
    );
}

#[test]
fn only_a_copy_has_an_original() {
    for origin in ["news", "primary"] {
        let mut fx = Fixture::valid();
        fx.set("sources", "/1/origin", json!(origin));
        fx.set(
            "sources",
            "/1/original_url",
            json!("https://techcrunch.com/2024/08/05/example/"),
        );
        assert_eq!(
            fx.only_error(),
            err(
                "data/sources.json",
                "neowin-schulman",
                "origin",
                "a source with an original outlet or address is a copy: set origin to \"copy\""
            ),
            "{origin}"
        );
    }
}

#[test]
fn an_original_address_is_https_and_not_the_page_itself() {
    let mut fx = Fixture::valid();
    fx.set("sources", "/1/origin", json!("copy"));
    fx.set("sources", "/1/original_outlet", json!("TechCrunch"));
    fx.set("sources", "/1/original_url", json!("javascript:alert(1)"));
    assert_eq!(
        fx.only_error(),
        err(
            "data/sources.json",
            "neowin-schulman",
            "original_url",
            "URL \"javascript:alert(1)\" is not https (it must start with \"https://\")"
        )
    );
    fx.set(
        "sources",
        "/1/original_url",
        json!("https://www.neowin.net/news/example"),
    );
    assert_eq!(
        fx.only_error(),
        err(
            "data/sources.json",
            "neowin-schulman",
            "original_url",
            "the original's address is the page's own address"
        )
    );
}

#[test]
fn an_unknown_origin_is_rejected() {
    let mut fx = Fixture::valid();
    fx.set("sources", "/1/origin", json!("blog"));
    let e = fx.only_error();
    assert_eq!(e.file, "data/sources.json");
    assert!(e.message.contains("unknown variant `blog`"), "{e}");
}

#[test]
fn two_sources_with_one_address_are_rejected() {
    let mut fx = Fixture::valid();
    // The same page with and without a trailing slash is one page.
    fx.set(
        "sources",
        "/3/url",
        json!("https://example.org/schulman-note/"),
    );
    assert_eq!(
        fx.only_error(),
        err(
            "data/sources.json",
            "ssi-funding",
            "url",
            "same address as source \"schulman-note\" (one page is one source)"
        )
    );
}

#[test]
fn links_other_than_https_are_rejected_with_file_record_and_field() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,<script>x</script>",
        "http://example.org/a",
    ] {
        let mut fx = Fixture::valid();
        fx.set("sources", "/2/url", json!(bad));
        assert_eq!(
            fx.only_error(),
            err(
                "data/sources.json",
                "schulman-note",
                "url",
                &format!("URL {bad:?} is not https (it must start with \"https://\")")
            )
        );
    }
}
