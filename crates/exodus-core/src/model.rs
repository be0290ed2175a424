//! The dataset's record types, exactly as they are stored in `data/*.json`.
//!
//! Plain types with no web dependencies. Their serde derives define the JSON
//! shape (field names, snake_case enum values); [`crate::data`] reads the
//! files with serde_json at build time and in native tests. Unknown fields
//! are rejected (`deny_unknown_fields`) so that a typo in a data file is an
//! error, not a silently dropped fact; an optional field may be absent or
//! `null`. No field is skipped when serialising: the app's embedded copy is a
//! non-self-describing encoding (see `build.rs`), which needs every field.

use serde::{Deserialize, Serialize};

/// A piece of text in English with an optional Traditional Chinese form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: String,
    pub zh: Option<String>,
}

impl Text {
    /// The text in `lang`: the Chinese where there is one, else the English.
    pub fn in_lang(&self, lang: crate::format::Lang) -> &str {
        match (lang, &self.zh) {
            (crate::format::Lang::Zh, Some(zh)) => zh,
            _ => &self.en,
        }
    }
}

crate::vocabulary! {
    /// How much of a date is known.
    pub enum Precision {
        Year("year", "year"),
        Month("month", "month"),
        Day("day", "day"),
    }
}

pub use crate::date::PartialDate;

crate::vocabulary! {
    /// How well a fact is supported (see the fact sheet's status labels).
    pub enum ClaimStatus {
        Confirmed("confirmed", "confirmed", ClaimConfirmed),
        SingleSource("single_source", "single-source", ClaimSingle),
        Conflicting("conflicting", "conflicting", ClaimConflicting),
        Unverified("unverified", "unverified", ClaimUnverified),
    }
}

crate::vocabulary! {
    pub enum SourceKind {
        NewsArticle("news_article", "news-article"),
        OwnStatement("own_statement", "own-statement"),
        CompanyAnnouncement("company_announcement", "company-announcement"),
        CourtRecord("court_record", "court-record"),
        Paper("paper", "paper"),
        Reference("reference", "reference"),
        Podcast("podcast", "podcast"),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub author: Option<String>,
    pub published: Option<PartialDate>,
    /// BCP 47 tag of the page's language, e.g. `en`, `zh-Hant`, `it`.
    pub language: String,
    /// Absent only for a source with no known online address (the core
    /// article); when present it must be https.
    pub url: Option<String>,
    pub kind: SourceKind,
    /// Whose words the page carries: the subject's own, a reporter's, or a
    /// copy of another outlet's story.
    pub origin: Option<Origin>,
    /// The outlet whose story this page copies, when the page says so.
    pub original_outlet: Option<String>,
    /// The https address of the story a copy republishes, where the copy
    /// names it.
    pub original_url: Option<String>,
}

crate::vocabulary! {
    /// Where a source's account comes from, so that two copies of one story are
    /// not counted as two independent sources.
    pub enum Origin {
        /// The person's own post, a company announcement, a court filing, a
        /// paper by its authors.
        Primary("primary", "primary"),
        /// The outlet that reported it.
        News("news", "news"),
        /// A page republishing another outlet's story.
        Copy("copy", "copy"),
    }
}

crate::vocabulary! {
    pub enum StatusKind {
        Joined("joined", "joined", KindJoined),
        Left("left", "left", KindLeft),
        Fired("fired", "fired", StatusFired),
        OnLeave("on_leave", "on-leave", StatusOnLeave),
        Returned("returned", "returned", KindReturned),
        LeftAgain("left_again", "left-again", KindLeftAgain),
    }
}

/// One change of a person's status at OpenAI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub kind: StatusKind,
    pub date: PartialDate,
    pub note: Option<Text>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub title: Text,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub sources: Vec<String>,
}

/// Where a person went after (or between) stints at OpenAI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Destination {
    /// An organisation id from `organisations.json`.
    pub org: String,
    pub role: Option<Text>,
    pub date: Option<PartialDate>,
    pub sources: Vec<String>,
}

/// A short quote (a phrase, never a paragraph) of a stated reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    /// Language of `text` (`en` or `zh-Hant`).
    pub language: String,
    pub source: String,
}

crate::vocabulary! {
    pub enum ReasonCategory {
        SafetyConcerns("safety_concerns", "safety", ReasonSafety),
        FoundingCompany("founding_company", "founding", ReasonFounding),
        Personal("personal", "personal", ReasonPersonal),
        HiredAway("hired_away", "hired-away", ReasonHiredAway),
        Fired("fired", "fired", StatusFired),
        ResearchFreedom("research_freedom", "research-freedom", ReasonResearchFreedom),
        Unknown("unknown", "unknown", ReasonNotStated),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub cofounder: bool,
    #[serde(default)]
    pub status_changes: Vec<StatusChange>,
    #[serde(default)]
    pub destinations: Vec<Destination>,
    #[serde(default)]
    pub reasons: Vec<Quote>,
    #[serde(default)]
    pub reason_categories: Vec<ReasonCategory>,
    pub summary: Text,
    pub sources: Vec<String>,
}

crate::vocabulary! {
    pub enum OrgKind {
        /// Founded by ex-OpenAI people.
        Spinout("spinout", "spinout"),
        /// Somewhere ex-OpenAI people went (Amazon, Meta, ...), or OpenAI itself.
        Destination("destination", "destination"),
    }
}

crate::vocabulary! {
    pub enum OrgStatus {
        Independent("independent", "independent", OrgIndependent),
        AcquiHire("acqui_hire", "acqui-hire", OrgAcquiHire),
        Paused("paused", "paused", OrgPaused),
        NonProfit("non_profit", "non-profit", OrgNonProfit),
        Public("public", "public", OrgPublic),
        Unknown("unknown", "unknown", NotRecorded),
    }
}

crate::vocabulary! {
    /// A coarse sector, for filtering; `sector` keeps the sources' wording.
    pub enum SectorCategory {
        FrontierModels("frontier_models", "frontier-models", SectorFrontier),
        Agents("agents", "agents", SectorAgents),
        Enterprise("enterprise", "enterprise", SectorEnterprise),
        Search("search", "search", SectorSearch),
        Robotics("robotics", "robotics", SectorRobotics),
        Manufacturing("manufacturing", "manufacturing", SectorManufacturing),
        Science("science", "science", SectorScience),
        Education("education", "education", SectorEducation),
        Finance("finance", "finance", SectorFinance),
        Research("research", "research", SectorResearch),
    }
}

crate::vocabulary! {
    pub enum ValuationKind {
        PostMoney("post_money", "post-money", ValPostMoney),
        PreMoney("pre_money", "pre-money", ValPreMoney),
        Reported("reported", "reported", ValReported),
        Talks("talks", "talks", ValTalks),
        Target("target", "target", ValTarget),
        AssetsUnderManagement("assets_under_management", "assets-under-management", ValAum),
    }
}

/// One point of a valuation series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Valuation {
    /// In whole units of `currency`, e.g. `18000000000` for $18B.
    pub amount: f64,
    pub currency: String,
    pub as_of: Option<PartialDate>,
    pub kind: ValuationKind,
    pub status: ClaimStatus,
    pub sources: Vec<String>,
    /// The claim that carries a dispute about this figure, if any.
    pub claim: Option<String>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: Text,
    pub kind: OrgKind,
    #[serde(default)]
    pub founders: Vec<String>,
    pub founded: Option<PartialDate>,
    pub sector: Option<Text>,
    pub category: Option<SectorCategory>,
    pub headquarters: Option<String>,
    pub status: OrgStatus,
    pub status_note: Option<Text>,
    #[serde(default)]
    pub valuations: Vec<Valuation>,
    pub website: Option<String>,
    pub summary: Text,
    pub sources: Vec<String>,
}

crate::vocabulary! {
    pub enum EventKind {
        Founding("founding", "founding"),
        Departure("departure", "departure"),
        Return("return", "return"),
        Leave("leave", "leave"),
        Firing("firing", "firing"),
        CompanyFounded("company_founded", "company-founded"),
        Funding("funding", "funding"),
        Acquisition("acquisition", "acquisition"),
        Lawsuit("lawsuit", "lawsuit"),
        Team("team", "team"),
        Governance("governance", "governance"),
        Research("research", "research"),
        Hire("hire", "hire"),
        /// A product launch or developer event (e.g. DevDay).
        Product("product", "product"),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: PartialDate,
    pub kind: EventKind,
    pub title: Text,
    pub summary: Option<Text>,
    #[serde(default)]
    pub people: Vec<String>,
    #[serde(default)]
    pub orgs: Vec<String>,
    pub sources: Vec<String>,
}

crate::vocabulary! {
    /// What a claim is about.
    pub enum SubjectKind {
        Person("person", "person"),
        Organisation("organisation", "organisation"),
        Event("event", "event"),
        Figure("figure", "figure"),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: String,
}

/// A fact as one or more sources assert it. Disputed facts come as pairs (or
/// groups) of conflicting claims that name each other in `conflicts_with`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    pub subject: Subject,
    /// Which property is claimed, e.g. `openai_title`, `valuation`, `left_date`.
    pub field: String,
    pub value: Text,
    pub status: ClaimStatus,
    pub sources: Vec<String>,
    #[serde(default)]
    pub conflicts_with: Vec<String>,
    pub note: Option<Text>,
}

crate::vocabulary! {
    /// What the dataset itself counts, shown beside a headline figure.
    pub enum DatasetCount {
        Departures("departures", "departures"),
        Spinouts("spinouts", "spinouts"),
        OriginalFounders("original_founders", "original-founders"),
        FoundersRemaining("founders_remaining", "founders-remaining"),
    }
}

/// A headline number (e.g. "nearly 75 departures"), carried by claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub label: Text,
    pub claims: Vec<String>,
    pub dataset_count: Option<DatasetCount>,
}

/// A named wave of the exodus, drawn as a band behind the timeline's marks:
/// a stretch of time in which related departures cluster. The grouping is
/// this dataset's reading of the dated records it covers, which carry the
/// sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wave {
    pub id: String,
    /// A short name, in both languages.
    pub label: Text,
    pub from: PartialDate,
    /// The last date the wave covers (the same as `from` for one day or one
    /// month).
    pub to: PartialDate,
}

/// The whole dataset as bundled with the app. `build.rs` writes it in a
/// compact serde encoding that the app decodes at start-up.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Dataset {
    pub people: Vec<Person>,
    pub organisations: Vec<Organisation>,
    pub events: Vec<Event>,
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    pub figures: Vec<Figure>,
    pub waves: Vec<Wave>,
}
