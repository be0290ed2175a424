//! Loading the dataset: parse the six JSON files, then [`validate`] them.
//!
//! [`load`] is the one way the app turns JSON into a [`Dataset`], for the
//! bundled files and for user-supplied ones alike, so it reports every problem
//! as a [`DataError`] and never panics. Pure Rust, also compiled into
//! `build.rs` to reject invalid shipped data at build time.
//!
//! The files are parsed by the small [`json`] parser and turned into records
//! by the hand-written readers below (one plain function per type, no
//! deserializer machinery), which keeps the app's wasm small. The readers
//! follow the JSON shape the model types serialise to (`#[derive(Serialize)]`
//! in [`crate::model`]) and word their errors as serde does: an unknown field
//! or variant, a duplicate or missing field, or a value of the wrong type is
//! an error, naming the record and the line and column of the problem. Each
//! bad record gets one error, its first problem: its keys are checked first,
//! then its fields in declaration order.

use crate::json::{self, Kind, Member, Value};
use crate::model::{
    Claim, ClaimStatus, Dataset, DatasetCount, DateRef, Destination, Event, EventKind, Figure,
    OrgKind, OrgStatus, Organisation, Person, Precision, Quote, ReasonCategory, Role,
    SectorCategory, Source, SourceKind, StatusChange, StatusKind, Subject, SubjectKind, Text,
    Valuation, ValuationKind,
};
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
    let dataset = parse_files(files)?;
    let errors = validate(&dataset);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// Parses the six files into records without the cross-record checks of
/// [`validate`]. Only for data that already passed [`load`]: the files
/// compiled into the app, which `build.rs` loads and validates byte for byte
/// before they are embedded (so the app does not carry the validator twice
/// over for data it cannot fail).
pub fn parse_files(files: &DataFiles) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let people = parse(PEOPLE_FILE, files.people, &mut errors, person);
    let organisations = parse(
        ORGANISATIONS_FILE,
        files.organisations,
        &mut errors,
        organisation,
    );
    let events = parse(EVENTS_FILE, files.events, &mut errors, event);
    let sources = parse(SOURCES_FILE, files.sources, &mut errors, source);
    let claims = parse(CLAIMS_FILE, files.claims, &mut errors, claim);
    let figures = parse(FIGURES_FILE, files.figures, &mut errors, figure);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Dataset {
        people,
        organisations,
        events,
        sources,
        claims,
        figures,
    })
}

/// Parses one file as a JSON array of records read by `read`, pushing its
/// errors onto `errors` (and returning an empty vector) when it does not
/// parse. Every wrong record is reported (not only the first), with its id
/// and the line and column of the problem in the file.
fn parse<T>(
    file: &str,
    text: &str,
    errors: &mut Vec<DataError>,
    read: fn(&mut Cx, Value) -> T,
) -> Vec<T> {
    // Editors on some systems save a byte order mark, which JSON forbids.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let before = errors.len();
    let mut records = Vec::new();
    for (index, item) in items(file, text, errors).into_iter().enumerate() {
        let id = record_id(&item, index);
        let mut cx = Cx::default();
        let record = read(&mut cx, item);
        match cx.error {
            None => records.push(record),
            Some(e) => errors.push(record_error(file, text, id, e)),
        }
    }
    if errors.len() > before {
        Vec::new()
    } else {
        records
    }
}

fn record_error(file: &str, text: &str, id: String, e: json::Error) -> DataError {
    DataError {
        file: file.to_string(),
        record: Some(id),
        field: None,
        message: format!("invalid data at {}: {}", position(text, e.at), e.message),
    }
}

/// The items of a file's top-level array, or an error about the whole file.
fn items(file: &str, text: &str, errors: &mut Vec<DataError>) -> Vec<Value> {
    let message = if text.trim().is_empty() {
        "file is empty (expected a JSON array of records)".to_string()
    } else {
        match json::parse(text) {
            Ok(Value {
                kind: Kind::Array(items),
                ..
            }) => return items,
            Ok(value) => {
                let kind = match value.kind {
                    Kind::Object(_) => "an object",
                    Kind::String(_) => "a string",
                    Kind::Bool(_) => "a boolean",
                    Kind::Null => "null",
                    _ => "a number",
                };
                format!(
                    "invalid data at {}: {} (the file must be a JSON array of records, not {kind})",
                    position(text, value.at),
                    invalid_type(&value, "a sequence").message,
                )
            }
            Err(e) => format!("malformed JSON at {}: {}", position(text, e.at), e.message),
        }
    };
    errors.push(DataError::in_file(file, message));
    Vec::new()
}

/// "line L, column C" of a byte offset, both 1-based.
fn position(text: &str, at: usize) -> String {
    let (line, column) = json::line_col(text, at);
    format!("line {line}, column {column}")
}

/// How to name a record that failed to read: its id, or `[index]` when it
/// has no usable one.
fn record_id(record: &Value, index: usize) -> String {
    if let Kind::Object(members) = &record.kind {
        if let Some(Member {
            value: Value {
                kind: Kind::String(id),
                ..
            },
            ..
        }) = members.iter().find(|m| m.key == "id")
        {
            if !id.trim().is_empty() {
                return id.clone();
            }
        }
    }
    format!("[{index}]")
}

// ---------------------------------------------------------------------------
// Readers of values, with serde's wording of errors.
//
// A reader never stops early: it notes the first problem of the record in
// its [`Cx`] and carries on with placeholder values, which [`parse`] then
// throws away. Without error plumbing through every field, this is much
// less code than `Result`s (or derived `Deserialize`) would be.

/// The first problem found in the record being read.
#[derive(Default)]
struct Cx {
    error: Option<json::Error>,
}

impl Cx {
    fn fail(&mut self, at: usize, message: String) {
        if self.error.is_none() {
            self.error = Some(json::Error { at, message });
        }
    }

    fn invalid(&mut self, value: &Value, expected: &str) {
        let e = invalid_type(value, expected);
        self.fail(e.at, e.message);
    }
}

fn invalid_type(value: &Value, expected: &str) -> json::Error {
    json::Error {
        at: value.at,
        message: format!("invalid type: {}, expected {expected}", value.unexpected()),
    }
}

/// "expected `a` or `b`" / "expected one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let mut out = String::from(if names.len() == 2 {
        "expected "
    } else {
        "expected one of "
    });
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(if names.len() == 2 { " or " } else { ", " });
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
    out
}

fn string(cx: &mut Cx, v: Value) -> String {
    match v.kind {
        Kind::String(s) => s,
        _ => {
            cx.invalid(&v, "a string");
            String::new()
        }
    }
}

fn boolean(cx: &mut Cx, v: Value) -> bool {
    match v.kind {
        Kind::Bool(b) => b,
        _ => {
            cx.invalid(&v, "a boolean");
            false
        }
    }
}

/// A field that defaults to false.
fn flag(cx: &mut Cx, v: Option<Value>) -> bool {
    v.is_some_and(|v| boolean(cx, v))
}

fn number(cx: &mut Cx, v: Value) -> f64 {
    match v.kind {
        Kind::Number(n) => n,
        _ => {
            cx.invalid(&v, "f64");
            0.0
        }
    }
}

/// An optional field's value: absent or `null` is none.
fn opt(v: Option<Value>) -> Option<Value> {
    v.filter(|v| v.kind != Kind::Null)
}

fn opt_string(cx: &mut Cx, v: Option<Value>) -> Option<String> {
    opt(v).map(|v| string(cx, v))
}

fn opt_text(cx: &mut Cx, v: Option<Value>) -> Option<Text> {
    opt(v).map(|v| text(cx, v))
}

fn opt_date(cx: &mut Cx, v: Option<Value>) -> Option<DateRef> {
    opt(v).map(|v| date(cx, v))
}

fn list<T>(cx: &mut Cx, v: Value, read: fn(&mut Cx, Value) -> T) -> Vec<T> {
    let mut out = Vec::new();
    match v.kind {
        Kind::Array(items) => {
            for item in items {
                out.push(read(cx, item));
            }
        }
        _ => cx.invalid(&v, "a sequence"),
    }
    out
}

/// A list field that defaults to empty when absent (but not when `null`).
fn or_empty<T>(cx: &mut Cx, v: Option<Value>, read: fn(&mut Cx, Value) -> T) -> Vec<T> {
    match v {
        Some(v) => list(cx, v, read),
        None => Vec::new(),
    }
}

fn strings(cx: &mut Cx, v: Value) -> Vec<String> {
    list(cx, v, string)
}

/// The index in `names` of a unit variant of enum `what`.
fn variant(cx: &mut Cx, v: Value, what: &str, names: &[&str]) -> usize {
    match &v.kind {
        Kind::String(s) => match names.iter().position(|n| n == s) {
            Some(i) => return i,
            None => cx.fail(v.at, format!("unknown variant `{s}`, {}", one_of(names))),
        },
        _ => cx.invalid(&v, what),
    }
    0
}

/// An object's values by field index, once its keys have been checked: each
/// one of the struct's fields, given once, and every required field there.
struct Fields {
    at: usize,
    values: Vec<Option<Value>>,
}

impl Fields {
    fn of(cx: &mut Cx, v: Value, what: &str, names: &[&str], required: &[&str]) -> Fields {
        let mut values: Vec<Option<Value>> = names.iter().map(|_| None).collect();
        match v.kind {
            Kind::Object(members) => {
                for m in members {
                    let slot = names
                        .iter()
                        .position(|n| *n == m.key)
                        .and_then(|i| values.get_mut(i));
                    match slot {
                        None => {
                            let message = format!("unknown field `{}`, {}", m.key, one_of(names));
                            cx.fail(m.at, message);
                        }
                        Some(Some(_)) => cx.fail(m.at, format!("duplicate field `{}`", m.key)),
                        Some(slot) => *slot = Some(m.value),
                    }
                }
                for name in required {
                    let i = names.iter().position(|n| n == name);
                    if i.and_then(|i| values.get(i)).is_none_or(Option::is_none) {
                        cx.fail(v.at, format!("missing field `{name}`"));
                    }
                }
            }
            _ => cx.invalid(&v, what),
        }
        Fields { at: v.at, values }
    }

    /// The value of field `i`, if present.
    fn get(&mut self, i: usize) -> Option<Value> {
        self.values.get_mut(i).and_then(Option::take)
    }

    /// The value of required field `i` (`null` when missing, which
    /// [`Fields::of`] has reported).
    fn need(&mut self, i: usize) -> Value {
        self.get(i).unwrap_or(Value {
            at: self.at,
            kind: Kind::Null,
        })
    }
}

// ---------------------------------------------------------------------------
// The model's enums, spelled as they serialise (snake_case)

fn precision(cx: &mut Cx, v: Value) -> Precision {
    use Precision::*;
    let names = &["year", "month", "day"];
    match variant(cx, v, "enum Precision", names) {
        0 => Year,
        1 => Month,
        _ => Day,
    }
}

fn claim_status(cx: &mut Cx, v: Value) -> ClaimStatus {
    use ClaimStatus::*;
    let names = &["confirmed", "single_source", "conflicting", "unverified"];
    match variant(cx, v, "enum ClaimStatus", names) {
        0 => Confirmed,
        1 => SingleSource,
        2 => Conflicting,
        _ => Unverified,
    }
}

fn source_kind(cx: &mut Cx, v: Value) -> SourceKind {
    use SourceKind::*;
    let names = &[
        "news_article",
        "own_statement",
        "company_announcement",
        "court_record",
        "paper",
        "reference",
        "podcast",
    ];
    match variant(cx, v, "enum SourceKind", names) {
        0 => NewsArticle,
        1 => OwnStatement,
        2 => CompanyAnnouncement,
        3 => CourtRecord,
        4 => Paper,
        5 => Reference,
        _ => Podcast,
    }
}

fn status_kind(cx: &mut Cx, v: Value) -> StatusKind {
    use StatusKind::*;
    let names = &[
        "joined",
        "left",
        "fired",
        "on_leave",
        "returned",
        "left_again",
    ];
    match variant(cx, v, "enum StatusKind", names) {
        0 => Joined,
        1 => Left,
        2 => Fired,
        3 => OnLeave,
        4 => Returned,
        _ => LeftAgain,
    }
}

fn reason_category(cx: &mut Cx, v: Value) -> ReasonCategory {
    use ReasonCategory::*;
    let names = &[
        "safety_concerns",
        "founding_company",
        "personal",
        "hired_away",
        "fired",
        "research_freedom",
        "unknown",
    ];
    match variant(cx, v, "enum ReasonCategory", names) {
        0 => SafetyConcerns,
        1 => FoundingCompany,
        2 => Personal,
        3 => HiredAway,
        4 => Fired,
        5 => ResearchFreedom,
        _ => Unknown,
    }
}

fn org_kind(cx: &mut Cx, v: Value) -> OrgKind {
    let names = &["spinout", "destination"];
    match variant(cx, v, "enum OrgKind", names) {
        0 => OrgKind::Spinout,
        _ => OrgKind::Destination,
    }
}

fn org_status(cx: &mut Cx, v: Value) -> OrgStatus {
    use OrgStatus::*;
    let names = &[
        "independent",
        "acqui_hire",
        "paused",
        "non_profit",
        "public",
        "unknown",
    ];
    match variant(cx, v, "enum OrgStatus", names) {
        0 => Independent,
        1 => AcquiHire,
        2 => Paused,
        3 => NonProfit,
        4 => Public,
        _ => Unknown,
    }
}

fn sector_category(cx: &mut Cx, v: Value) -> SectorCategory {
    use SectorCategory::*;
    let names = &[
        "frontier_models",
        "agents",
        "enterprise",
        "search",
        "robotics",
        "manufacturing",
        "science",
        "education",
        "finance",
        "research",
    ];
    match variant(cx, v, "enum SectorCategory", names) {
        0 => FrontierModels,
        1 => Agents,
        2 => Enterprise,
        3 => Search,
        4 => Robotics,
        5 => Manufacturing,
        6 => Science,
        7 => Education,
        8 => Finance,
        _ => Research,
    }
}

fn valuation_kind(cx: &mut Cx, v: Value) -> ValuationKind {
    use ValuationKind::*;
    let names = &[
        "post_money",
        "pre_money",
        "reported",
        "talks",
        "target",
        "assets_under_management",
    ];
    match variant(cx, v, "enum ValuationKind", names) {
        0 => PostMoney,
        1 => PreMoney,
        2 => Reported,
        3 => Talks,
        4 => Target,
        _ => AssetsUnderManagement,
    }
}

fn event_kind(cx: &mut Cx, v: Value) -> EventKind {
    use EventKind::*;
    let names = &[
        "founding",
        "departure",
        "return",
        "leave",
        "firing",
        "company_founded",
        "funding",
        "acquisition",
        "lawsuit",
        "team",
        "governance",
        "research",
        "hire",
    ];
    match variant(cx, v, "enum EventKind", names) {
        0 => Founding,
        1 => Departure,
        2 => Return,
        3 => Leave,
        4 => Firing,
        5 => CompanyFounded,
        6 => Funding,
        7 => Acquisition,
        8 => Lawsuit,
        9 => Team,
        10 => Governance,
        11 => Research,
        _ => Hire,
    }
}

fn subject_kind(cx: &mut Cx, v: Value) -> SubjectKind {
    use SubjectKind::*;
    let names = &["person", "organisation", "event", "figure"];
    match variant(cx, v, "enum SubjectKind", names) {
        0 => Person,
        1 => Organisation,
        2 => Event,
        _ => Figure,
    }
}

fn dataset_count(cx: &mut Cx, v: Value) -> DatasetCount {
    use DatasetCount::*;
    let names = &[
        "departures",
        "spinouts",
        "original_founders",
        "founders_remaining",
    ];
    match variant(cx, v, "enum DatasetCount", names) {
        0 => Departures,
        1 => Spinouts,
        2 => OriginalFounders,
        _ => FoundersRemaining,
    }
}

// ---------------------------------------------------------------------------
// The model's structs. The field lists are in declaration order, as serde
// lists them in "expected one of ..." messages. The keys are checked first,
// then each field is read in that order.

fn text(cx: &mut Cx, v: Value) -> Text {
    let mut f = Fields::of(cx, v, "struct Text", &["en", "zh"], &["en"]);
    Text {
        en: string(cx, f.need(0)),
        zh: opt_string(cx, f.get(1)),
    }
}

fn date(cx: &mut Cx, v: Value) -> DateRef {
    const NAMES: &[&str] = &["date", "precision", "approx"];
    let mut f = Fields::of(cx, v, "struct DateRef", NAMES, &NAMES[..2]);
    DateRef {
        date: string(cx, f.need(0)),
        precision: precision(cx, f.need(1)),
        approx: flag(cx, f.get(2)),
    }
}

fn source(cx: &mut Cx, v: Value) -> Source {
    const NAMES: &[&str] = &[
        "id",
        "title",
        "outlet",
        "author",
        "published",
        "language",
        "url",
        "kind",
        "original_outlet",
    ];
    const REQUIRED: &[&str] = &["id", "title", "outlet", "language", "kind"];
    let mut f = Fields::of(cx, v, "struct Source", NAMES, REQUIRED);
    Source {
        id: string(cx, f.need(0)),
        title: string(cx, f.need(1)),
        outlet: string(cx, f.need(2)),
        author: opt_string(cx, f.get(3)),
        published: opt_date(cx, f.get(4)),
        language: string(cx, f.need(5)),
        url: opt_string(cx, f.get(6)),
        kind: source_kind(cx, f.need(7)),
        original_outlet: opt_string(cx, f.get(8)),
    }
}

fn status_change(cx: &mut Cx, v: Value) -> StatusChange {
    const NAMES: &[&str] = &["kind", "date", "note", "sources"];
    const REQUIRED: &[&str] = &["kind", "date", "sources"];
    let mut f = Fields::of(cx, v, "struct StatusChange", NAMES, REQUIRED);
    StatusChange {
        kind: status_kind(cx, f.need(0)),
        date: date(cx, f.need(1)),
        note: opt_text(cx, f.get(2)),
        sources: strings(cx, f.need(3)),
    }
}

fn role(cx: &mut Cx, v: Value) -> Role {
    const NAMES: &[&str] = &["title", "from", "to", "sources"];
    const REQUIRED: &[&str] = &["title", "sources"];
    let mut f = Fields::of(cx, v, "struct Role", NAMES, REQUIRED);
    Role {
        title: text(cx, f.need(0)),
        from: opt_date(cx, f.get(1)),
        to: opt_date(cx, f.get(2)),
        sources: strings(cx, f.need(3)),
    }
}

fn destination(cx: &mut Cx, v: Value) -> Destination {
    const NAMES: &[&str] = &["org", "role", "date", "sources"];
    const REQUIRED: &[&str] = &["org", "sources"];
    let mut f = Fields::of(cx, v, "struct Destination", NAMES, REQUIRED);
    Destination {
        org: string(cx, f.need(0)),
        role: opt_text(cx, f.get(1)),
        date: opt_date(cx, f.get(2)),
        sources: strings(cx, f.need(3)),
    }
}

fn quote(cx: &mut Cx, v: Value) -> Quote {
    const NAMES: &[&str] = &["text", "language", "source"];
    let mut f = Fields::of(cx, v, "struct Quote", NAMES, NAMES);
    Quote {
        text: string(cx, f.need(0)),
        language: string(cx, f.need(1)),
        source: string(cx, f.need(2)),
    }
}

fn person(cx: &mut Cx, v: Value) -> Person {
    const NAMES: &[&str] = &[
        "id",
        "name",
        "roles",
        "cofounder",
        "status_changes",
        "destinations",
        "reasons",
        "reason_categories",
        "summary",
        "sources",
    ];
    const REQUIRED: &[&str] = &["id", "name", "summary", "sources"];
    let mut f = Fields::of(cx, v, "struct Person", NAMES, REQUIRED);
    Person {
        id: string(cx, f.need(0)),
        name: text(cx, f.need(1)),
        roles: or_empty(cx, f.get(2), role),
        cofounder: flag(cx, f.get(3)),
        status_changes: or_empty(cx, f.get(4), status_change),
        destinations: or_empty(cx, f.get(5), destination),
        reasons: or_empty(cx, f.get(6), quote),
        reason_categories: or_empty(cx, f.get(7), reason_category),
        summary: text(cx, f.need(8)),
        sources: strings(cx, f.need(9)),
    }
}

fn valuation(cx: &mut Cx, v: Value) -> Valuation {
    const NAMES: &[&str] = &[
        "amount", "currency", "as_of", "kind", "status", "sources", "claim", "note",
    ];
    // `as_of` is an Option without a default in the model: absent is none.
    const REQUIRED: &[&str] = &["amount", "currency", "kind", "status", "sources"];
    let mut f = Fields::of(cx, v, "struct Valuation", NAMES, REQUIRED);
    Valuation {
        amount: number(cx, f.need(0)),
        currency: string(cx, f.need(1)),
        as_of: opt_date(cx, f.get(2)),
        kind: valuation_kind(cx, f.need(3)),
        status: claim_status(cx, f.need(4)),
        sources: strings(cx, f.need(5)),
        claim: opt_string(cx, f.get(6)),
        note: opt_text(cx, f.get(7)),
    }
}

fn organisation(cx: &mut Cx, v: Value) -> Organisation {
    const NAMES: &[&str] = &[
        "id",
        "name",
        "kind",
        "founders",
        "founded",
        "sector",
        "category",
        "headquarters",
        "status",
        "status_note",
        "valuations",
        "website",
        "summary",
        "sources",
    ];
    const REQUIRED: &[&str] = &["id", "name", "kind", "status", "summary", "sources"];
    let mut f = Fields::of(cx, v, "struct Organisation", NAMES, REQUIRED);
    Organisation {
        id: string(cx, f.need(0)),
        name: text(cx, f.need(1)),
        kind: org_kind(cx, f.need(2)),
        founders: or_empty(cx, f.get(3), string),
        founded: opt_date(cx, f.get(4)),
        sector: opt_text(cx, f.get(5)),
        category: f.get(6).map(|v| sector_category(cx, v)),
        headquarters: opt_string(cx, f.get(7)),
        status: org_status(cx, f.need(8)),
        status_note: opt_text(cx, f.get(9)),
        valuations: or_empty(cx, f.get(10), valuation),
        website: opt_string(cx, f.get(11)),
        summary: text(cx, f.need(12)),
        sources: strings(cx, f.need(13)),
    }
}

fn event(cx: &mut Cx, v: Value) -> Event {
    const NAMES: &[&str] = &[
        "id", "date", "kind", "title", "summary", "people", "orgs", "sources",
    ];
    const REQUIRED: &[&str] = &["id", "date", "kind", "title", "sources"];
    let mut f = Fields::of(cx, v, "struct Event", NAMES, REQUIRED);
    Event {
        id: string(cx, f.need(0)),
        date: date(cx, f.need(1)),
        kind: event_kind(cx, f.need(2)),
        title: text(cx, f.need(3)),
        summary: opt_text(cx, f.get(4)),
        people: or_empty(cx, f.get(5), string),
        orgs: or_empty(cx, f.get(6), string),
        sources: strings(cx, f.need(7)),
    }
}

fn subject(cx: &mut Cx, v: Value) -> Subject {
    const NAMES: &[&str] = &["kind", "id"];
    let mut f = Fields::of(cx, v, "struct Subject", NAMES, NAMES);
    Subject {
        kind: subject_kind(cx, f.need(0)),
        id: string(cx, f.need(1)),
    }
}

fn claim(cx: &mut Cx, v: Value) -> Claim {
    const NAMES: &[&str] = &[
        "id",
        "subject",
        "field",
        "value",
        "status",
        "sources",
        "conflicts_with",
        "note",
    ];
    const REQUIRED: &[&str] = &["id", "subject", "field", "value", "status", "sources"];
    let mut f = Fields::of(cx, v, "struct Claim", NAMES, REQUIRED);
    Claim {
        id: string(cx, f.need(0)),
        subject: subject(cx, f.need(1)),
        field: string(cx, f.need(2)),
        value: text(cx, f.need(3)),
        status: claim_status(cx, f.need(4)),
        sources: strings(cx, f.need(5)),
        conflicts_with: or_empty(cx, f.get(6), string),
        note: opt_text(cx, f.get(7)),
    }
}

fn figure(cx: &mut Cx, v: Value) -> Figure {
    const NAMES: &[&str] = &["id", "label", "claims", "dataset_count"];
    const REQUIRED: &[&str] = &["id", "label", "claims"];
    let mut f = Fields::of(cx, v, "struct Figure", NAMES, REQUIRED);
    Figure {
        id: string(cx, f.need(0)),
        label: text(cx, f.need(1)),
        claims: strings(cx, f.need(2)),
        dataset_count: opt(f.get(3)).map(|v| dataset_count(cx, v)),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::fmt::Debug;

    type R<T> = Result<T, json::Error>;

    /// Reads a value, returning the first problem as an error.
    fn run<T>(read: fn(&mut Cx, Value) -> T, v: Value) -> R<T> {
        let mut cx = Cx::default();
        let x = read(&mut cx, v);
        match cx.error {
            None => Ok(x),
            Some(e) => Err(e),
        }
    }

    fn value_of<T: Serialize>(x: &T) -> Value {
        json::parse(&serde_json::to_string(x).expect("serialises")).expect("parses")
    }

    /// What the model serialises to reads back as the same value.
    fn round_trip<T: Serialize + PartialEq + Debug>(x: T, read: fn(&mut Cx, Value) -> T) {
        assert_eq!(run(read, value_of(&x)), Ok(x));
    }

    fn t(en: &str, zh: &str) -> Text {
        Text {
            en: en.into(),
            zh: Some(zh.into()),
        }
    }

    fn d(date: &str, precision: Precision, approx: bool) -> DateRef {
        DateRef {
            date: date.into(),
            precision,
            approx,
        }
    }

    fn s(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_variant_reads_as_it_serialises() {
        for x in [Precision::Year, Precision::Month, Precision::Day] {
            round_trip(x, precision);
        }
        use ClaimStatus as C;
        for x in [C::Confirmed, C::SingleSource, C::Conflicting, C::Unverified] {
            round_trip(x, claim_status);
        }
        use SourceKind as S;
        for x in [
            S::NewsArticle,
            S::OwnStatement,
            S::CompanyAnnouncement,
            S::CourtRecord,
            S::Paper,
            S::Reference,
            S::Podcast,
        ] {
            round_trip(x, source_kind);
        }
        use StatusKind as K;
        for x in [
            K::Joined,
            K::Left,
            K::Fired,
            K::OnLeave,
            K::Returned,
            K::LeftAgain,
        ] {
            round_trip(x, status_kind);
        }
        use ReasonCategory as RC;
        for x in [
            RC::SafetyConcerns,
            RC::FoundingCompany,
            RC::Personal,
            RC::HiredAway,
            RC::Fired,
            RC::ResearchFreedom,
            RC::Unknown,
        ] {
            round_trip(x, reason_category);
        }
        for x in [OrgKind::Spinout, OrgKind::Destination] {
            round_trip(x, org_kind);
        }
        use OrgStatus as O;
        for x in [
            O::Independent,
            O::AcquiHire,
            O::Paused,
            O::NonProfit,
            O::Public,
            O::Unknown,
        ] {
            round_trip(x, org_status);
        }
        use SectorCategory as SC;
        for x in [
            SC::FrontierModels,
            SC::Agents,
            SC::Enterprise,
            SC::Search,
            SC::Robotics,
            SC::Manufacturing,
            SC::Science,
            SC::Education,
            SC::Finance,
            SC::Research,
        ] {
            round_trip(x, sector_category);
        }
        use ValuationKind as V;
        for x in [
            V::PostMoney,
            V::PreMoney,
            V::Reported,
            V::Talks,
            V::Target,
            V::AssetsUnderManagement,
        ] {
            round_trip(x, valuation_kind);
        }
        use EventKind as E;
        for x in [
            E::Founding,
            E::Departure,
            E::Return,
            E::Leave,
            E::Firing,
            E::CompanyFounded,
            E::Funding,
            E::Acquisition,
            E::Lawsuit,
            E::Team,
            E::Governance,
            E::Research,
            E::Hire,
        ] {
            round_trip(x, event_kind);
        }
        use SubjectKind as SK;
        for x in [SK::Person, SK::Organisation, SK::Event, SK::Figure] {
            round_trip(x, subject_kind);
        }
        use DatasetCount as DC;
        for x in [
            DC::Departures,
            DC::Spinouts,
            DC::OriginalFounders,
            DC::FoundersRemaining,
        ] {
            round_trip(x, dataset_count);
        }
    }

    #[test]
    fn every_field_reads_as_it_serialises() {
        round_trip(t("en", "zh"), text);
        round_trip(d("2024-05", Precision::Month, true), date);
        round_trip(
            Source {
                id: "id".into(),
                title: "title".into(),
                outlet: "outlet".into(),
                author: Some("author".into()),
                published: Some(d("2024", Precision::Year, false)),
                language: "zh-Hant".into(),
                url: Some("https://example.org".into()),
                kind: SourceKind::Podcast,
                original_outlet: Some("original".into()),
            },
            source,
        );
        round_trip(
            Person {
                id: "id".into(),
                name: t("name", "名"),
                roles: vec![Role {
                    title: t("title", "職"),
                    from: Some(d("2015", Precision::Year, false)),
                    to: Some(d("2024-08-05", Precision::Day, true)),
                    sources: s(&["r1", "r2"]),
                }],
                cofounder: true,
                status_changes: vec![StatusChange {
                    kind: StatusKind::LeftAgain,
                    date: d("2024-08", Precision::Month, false),
                    note: Some(t("note", "註")),
                    sources: s(&["sc"]),
                }],
                destinations: vec![Destination {
                    org: "org".into(),
                    role: Some(t("role", "角")),
                    date: Some(d("2024", Precision::Year, true)),
                    sources: s(&["de"]),
                }],
                reasons: vec![Quote {
                    text: "quote \"with\" escapes\n".into(),
                    language: "en".into(),
                    source: "q".into(),
                }],
                reason_categories: vec![ReasonCategory::HiredAway, ReasonCategory::Personal],
                summary: t("summary", "摘要"),
                sources: s(&["p1"]),
            },
            person,
        );
        round_trip(
            Organisation {
                id: "id".into(),
                name: t("name", "名"),
                kind: OrgKind::Destination,
                founders: s(&["f1", "f2"]),
                founded: Some(d("2021", Precision::Year, false)),
                sector: Some(t("sector", "業")),
                category: Some(SectorCategory::Robotics),
                headquarters: Some("hq".into()),
                status: OrgStatus::AcquiHire,
                status_note: Some(t("note", "註")),
                valuations: vec![Valuation {
                    amount: 32_000_000_000.0,
                    currency: "USD".into(),
                    as_of: Some(d("2025-04", Precision::Month, true)),
                    kind: ValuationKind::AssetsUnderManagement,
                    status: ClaimStatus::SingleSource,
                    sources: s(&["v"]),
                    claim: Some("c".into()),
                    note: Some(t("note", "註")),
                }],
                website: Some("https://example.org".into()),
                summary: t("summary", "摘要"),
                sources: s(&["o"]),
            },
            organisation,
        );
        round_trip(
            Event {
                id: "id".into(),
                date: d("2024-06-19", Precision::Day, false),
                kind: EventKind::Lawsuit,
                title: t("title", "題"),
                summary: Some(t("summary", "摘要")),
                people: s(&["p"]),
                orgs: s(&["o"]),
                sources: s(&["e"]),
            },
            event,
        );
        round_trip(
            Claim {
                id: "id".into(),
                subject: Subject {
                    kind: SubjectKind::Figure,
                    id: "f".into(),
                },
                field: "valuation".into(),
                value: t("value", "值"),
                status: ClaimStatus::Conflicting,
                sources: s(&["c"]),
                conflicts_with: s(&["other"]),
                note: Some(t("note", "註")),
            },
            claim,
        );
        round_trip(
            Figure {
                id: "id".into(),
                label: t("label", "標"),
                claims: s(&["c"]),
                dataset_count: Some(DatasetCount::FoundersRemaining),
            },
            figure,
        );
    }

    #[test]
    fn optional_fields_may_be_absent_or_null() {
        let read = |text: &str| run(organisation, json::parse(text).unwrap());
        let minimal = r#"{"id": "x", "name": {"en": "X"}, "kind": "spinout",
            "status": "public", "summary": {"en": "S", "zh": null}, "sources": []}"#;
        let o = read(minimal).unwrap();
        assert_eq!(o.founders, Vec::<String>::new());
        assert_eq!((o.founded, o.sector, o.website), (None, None, None));
        assert_eq!(o.summary.zh, None);
        // `as_of` has no default in the model but is an Option: absent is none.
        let v = r#"{"amount": 1e9, "currency": "USD", "kind": "talks",
            "status": "unverified", "sources": ["s"]}"#;
        let v = run(valuation, json::parse(v).unwrap()).unwrap();
        assert_eq!((v.amount, v.as_of), (1e9, None));
    }

    /// The error message and the (line, column) it points at.
    fn fails(text: &str, read: fn(&mut Cx, Value) -> Person) -> (String, (usize, usize)) {
        let e = run(read, json::parse(text).expect("valid JSON")).expect_err("must not read");
        (e.message, json::line_col(text, e.at))
    }

    #[test]
    fn errors_are_worded_as_serde_words_them() {
        let ok = r#""id": "x", "name": {"en": "X"}, "summary": {"en": "S"}, "sources": []"#;
        let case = |extra: &str| fails(&format!("{{{ok}{extra}}}"), person);
        assert_eq!(
            case(r#", "sumary": 1"#),
            (
                "unknown field `sumary`, expected one of `id`, `name`, `roles`, `cofounder`, \
                 `status_changes`, `destinations`, `reasons`, `reason_categories`, `summary`, \
                 `sources`"
                    .to_string(),
                (1, 73)
            )
        );
        assert_eq!(case(r#", "id": "y""#).0, "duplicate field `id`".to_string());
        assert_eq!(
            case(r#", "cofounder": "yes""#).0,
            "invalid type: string \"yes\", expected a boolean"
        );
        assert_eq!(
            case(r#", "roles": {}"#).0,
            "invalid type: map, expected a sequence"
        );
        assert_eq!(
            case(r#", "reason_categories": ["resigned"]"#).0,
            "unknown variant `resigned`, expected one of `safety_concerns`, `founding_company`, \
             `personal`, `hired_away`, `fired`, `research_freedom`, `unknown`"
        );
        assert_eq!(
            case(r#", "reason_categories": [1]"#).0,
            "invalid type: integer `1`, expected enum ReasonCategory"
        );
        assert_eq!(
            case(r#", "status_changes": [{"kind": "left", "date": "2024-06", "sources": []}]"#),
            (
                "invalid type: string \"2024-06\", expected struct DateRef".to_string(),
                (1, 117)
            )
        );
        assert_eq!(
            case(r#", "name": {"en": "X", "fr": "X"}"#).0,
            "duplicate field `name`"
        );
        assert_eq!(
            fails(r#"{"id": "x", "name": {"en": "X", "fr": "X"}, "summary": {"en": "S"}, "sources": []}"#, person).0,
            "unknown field `fr`, expected `en` or `zh`"
        );
        assert_eq!(
            fails(r#"{"name": {"en": "X"}, "sources": []}"#, person),
            ("missing field `id`".to_string(), (1, 1))
        );
        assert_eq!(
            fails(
                r#"{"id": "x", "name": {"en": "X"}, "summary": {"en": "S"}, "sources": 5}"#,
                person
            )
            .0,
            "invalid type: integer `5`, expected a sequence"
        );
        assert_eq!(
            fails(
                r#"{"id": "x", "name": {"zh": "X"}, "summary": {"en": "S"}, "sources": []}"#,
                person
            )
            .0,
            "missing field `en`"
        );
        assert_eq!(
            fails("[]", person).0,
            "invalid type: sequence, expected struct Person"
        );
        let v = |text: &str| {
            run(valuation, json::parse(text).unwrap())
                .unwrap_err()
                .message
        };
        assert_eq!(
            v(
                r#"{"amount": "5", "currency": "USD", "kind": "talks", "status": "confirmed", "sources": []}"#
            ),
            "invalid type: string \"5\", expected f64"
        );
        assert_eq!(
            v(
                r#"{"amount": 5, "currency": "USD", "kind": "spinout", "status": "confirmed", "sources": []}"#
            ),
            "unknown variant `spinout`, expected one of `post_money`, `pre_money`, `reported`, \
             `talks`, `target`, `assets_under_management`"
        );
        let k = |text: &str| {
            run(org_kind, json::parse(text).unwrap())
                .unwrap_err()
                .message
        };
        assert_eq!(
            k(r#""x""#),
            "unknown variant `x`, expected `spinout` or `destination`"
        );
    }

    #[test]
    fn records_are_named_by_id_or_index() {
        let id = |text: &str| record_id(&json::parse(text).unwrap(), 3);
        assert_eq!(id(r#"{"id": "abc", "x": 1}"#), "abc");
        assert_eq!(id(r#"{"x": 1, "id": "abc"}"#), "abc");
        assert_eq!(id(r#"{"id": "  "}"#), "[3]");
        assert_eq!(id(r#"{"id": 7}"#), "[3]");
        assert_eq!(id(r#"{}"#), "[3]");
        assert_eq!(id(r#""abc""#), "[3]");
    }
}
