//! The dataset's record types, exactly as they are stored in `data/*.json`.
//!
//! Plain types with no web dependencies. Their `Serialize` derives define the
//! JSON shape (field names, snake_case enum values, omitted empty options);
//! [`crate::data`] reads that same shape with hand-written readers (smaller in
//! the wasm than derived `Deserialize`), in the browser, in native tests and
//! in the build-time check. Unknown fields are rejected there so that a typo
//! in a data file is an error, not a silently dropped fact.

use serde::Serialize;

/// A piece of text in English with an optional Traditional Chinese form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Text {
    pub en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
}

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date stored with its precision: `"2024"`/year, `"2024-05"`/month or
/// `"2024-05-14"`/day. `approx` marks dates the sources give as "about".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateRef {
    pub date: String,
    pub precision: Precision,
    #[serde(skip_serializing_if = "is_false")]
    pub approx: bool,
}

impl DateRef {
    /// A date at the precision its text shows: `"2024"` is a year,
    /// `"2024-05"` a month, `"2024-05-14"` a day; never approximate.
    pub fn from_text(date: &str) -> DateRef {
        let precision = match date.len() {
            4 => Precision::Year,
            7 => Precision::Month,
            _ => Precision::Day,
        };
        DateRef {
            date: date.to_owned(),
            precision,
            approx: false,
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// How well a fact is supported (see the fact sheet's status labels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    Confirmed,
    SingleSource,
    Conflicting,
    Unverified,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    NewsArticle,
    OwnStatement,
    CompanyAnnouncement,
    CourtRecord,
    Paper,
    Reference,
    Podcast,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub outlet: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<DateRef>,
    /// BCP 47 tag of the page's language, e.g. `en`, `zh-Hant`, `it`.
    pub language: String,
    /// Absent only for a source with no known online address (the core
    /// article); when present it must be https.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub kind: SourceKind,
    /// The outlet whose story this page syndicates, when the page says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_outlet: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    Joined,
    Left,
    Fired,
    OnLeave,
    Returned,
    LeftAgain,
}

/// One change of a person's status at OpenAI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusChange {
    pub kind: StatusKind,
    pub date: DateRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<DateRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<DateRef>,
    pub sources: Vec<String>,
}

/// Where a person went after (or between) stints at OpenAI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Destination {
    /// An organisation id from `organisations.json`.
    pub org: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<DateRef>,
    pub sources: Vec<String>,
}

/// A short quote (a phrase, never a paragraph) of a stated reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub text: String,
    /// Language of `text` (`en` or `zh-Hant`).
    pub language: String,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonCategory {
    SafetyConcerns,
    FoundingCompany,
    Personal,
    HiredAway,
    Fired,
    ResearchFreedom,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: String,
    pub name: Text,
    pub roles: Vec<Role>,
    pub cofounder: bool,
    pub status_changes: Vec<StatusChange>,
    pub destinations: Vec<Destination>,
    pub reasons: Vec<Quote>,
    pub reason_categories: Vec<ReasonCategory>,
    pub summary: Text,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    /// Founded by ex-OpenAI people.
    Spinout,
    /// Somewhere ex-OpenAI people went (Amazon, Meta, ...), or OpenAI itself.
    Destination,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgStatus {
    Independent,
    AcquiHire,
    Paused,
    NonProfit,
    Public,
    Unknown,
}

/// A coarse sector, for filtering; `sector` keeps the sources' wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectorCategory {
    FrontierModels,
    Agents,
    Enterprise,
    Search,
    Robotics,
    Manufacturing,
    Science,
    Education,
    Finance,
    Research,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValuationKind {
    PostMoney,
    PreMoney,
    Reported,
    Talks,
    Target,
    AssetsUnderManagement,
}

/// One point of a valuation series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Valuation {
    /// In whole units of `currency`, e.g. `18000000000` for $18B.
    pub amount: f64,
    pub currency: String,
    pub as_of: Option<DateRef>,
    pub kind: ValuationKind,
    pub status: ClaimStatus,
    pub sources: Vec<String>,
    /// The claim that carries a dispute about this figure, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organisation {
    pub id: String,
    pub name: Text,
    pub kind: OrgKind,
    pub founders: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub founded: Option<DateRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sector: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<SectorCategory>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headquarters: Option<String>,
    pub status: OrgStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_note: Option<Text>,
    pub valuations: Vec<Valuation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    pub summary: Text,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Founding,
    Departure,
    Return,
    Leave,
    Firing,
    CompanyFounded,
    Funding,
    Acquisition,
    Lawsuit,
    Team,
    Governance,
    Research,
    Hire,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub id: String,
    pub date: DateRef,
    pub kind: EventKind,
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    pub people: Vec<String>,
    pub orgs: Vec<String>,
    pub sources: Vec<String>,
}

/// What a claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectKind {
    Person,
    Organisation,
    Event,
    Figure,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: String,
}

/// A fact as one or more sources assert it. Disputed facts come as pairs (or
/// groups) of conflicting claims that name each other in `conflicts_with`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    pub id: String,
    pub subject: Subject,
    /// Which property is claimed, e.g. `openai_title`, `valuation`, `left_date`.
    pub field: String,
    pub value: Text,
    pub status: ClaimStatus,
    pub sources: Vec<String>,
    pub conflicts_with: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// What the dataset itself counts, shown beside a headline figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatasetCount {
    Departures,
    Spinouts,
    OriginalFounders,
    FoundersRemaining,
}

/// A headline number (e.g. "nearly 75 departures"), carried by claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub id: String,
    pub label: Text,
    pub claims: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset_count: Option<DatasetCount>,
}

/// The whole dataset as bundled with the app.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dataset {
    pub people: Vec<Person>,
    pub organisations: Vec<Organisation>,
    pub events: Vec<Event>,
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    pub figures: Vec<Figure>,
}
