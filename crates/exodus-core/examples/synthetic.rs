//! Generates a valid synthetic dataset of N people for the benchmarks and
//! scale tests (never shipped):
//!
//!     cargo run --example synthetic -- 10000 target/bench/data-10000
//!
//! Names, roles and summaries are made up and deterministic (a fixed-seed
//! generator), with accents and Chinese text so search does real work.

use std::path::PathBuf;

use exodus_core::model::*;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() as usize) % items.len()]
    }
}

const FIRST: [&str; 16] = [
    "Ada", "Bruno", "Chloé", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Ismaël", "Jun",
    "Kasia", "Léa", "Mateo", "Nadia", "Óscar", "Priya",
];
const LAST: [&str; 16] = [
    "Abara",
    "Brandt",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fujita",
    "García",
    "Håkansson",
    "Iyer",
    "Jovanović",
    "Kowalski",
    "Lindqvist",
    "Müller",
    "Nakamura",
    "Okafor",
    "Petrov",
];
const ROLES: [&str; 8] = [
    "Research scientist",
    "Member of technical staff",
    "Engineering manager",
    "Policy researcher",
    "Product lead",
    "Safety researcher",
    "Infrastructure engineer",
    "VP of Research",
];
const ZH: [&str; 6] = [
    "研究員",
    "工程師",
    "安全研究",
    "產品負責人",
    "政策研究",
    "技術人員",
];
const SECTORS: [&str; 6] = [
    "Frontier AI",
    "Robotics",
    "Search",
    "Education",
    "Developer tools",
    "Healthcare",
];

fn date(y: u32, m: u32, d: u32, p: Precision) -> PartialDate {
    let y = y as i32;
    let date = match p {
        Precision::Year => PartialDate::y(y),
        Precision::Month => PartialDate::ym(y, m),
        // Days up to 28 exist in every month.
        Precision::Day => PartialDate::ymd(y, m, d.min(28)),
    };
    date.expect("the generator picks real dates")
}

fn text(en: String, zh: String) -> Text {
    Text { en, zh: Some(zh) }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| format!("target/bench/data-{n}")),
    );
    std::fs::create_dir_all(&dir).expect("create output directory");
    let mut rng = Rng(42);
    let src = vec!["src-synthetic".to_string()];

    let sources = vec![Source {
        id: "src-synthetic".into(),
        title: "Synthetic benchmark record".into(),
        outlet: "Exodus benchmark generator".into(),
        author: None,
        published: None,
        language: "en".into(),
        url: Some("https://example.org/synthetic".into()),
        kind: SourceKind::Reference,
        origin: Some(exodus_core::model::Origin::News),
        original_outlet: None,
        original_url: None,
    }];

    let orgs_n = (n / 20).clamp(5, 500);
    let organisations: Vec<Organisation> = (0..orgs_n)
        .map(|i| {
            let y = 2016 + (rng.next() % 10) as u32;
            Organisation {
                // The first is OpenAI itself, so the flow view has its origin.
                id: if i == 0 {
                    "openai".to_string()
                } else {
                    format!("org-{i}")
                },
                name: if i == 0 {
                    text("OpenAI".into(), "OpenAI".into())
                } else {
                    text(
                        format!("{} Labs {i}", rng.pick(&LAST)),
                        format!("實驗室{i}"),
                    )
                },
                kind: if i % 4 == 0 {
                    OrgKind::Destination
                } else {
                    OrgKind::Spinout
                },
                founders: Vec::new(),
                founded: Some(date(y, 1 + (rng.next() % 12) as u32, 1, Precision::Month)),
                sector: Some(text(rng.pick(&SECTORS).to_string(), "人工智慧".into())),
                category: None,
                headquarters: None,
                status: OrgStatus::Independent,
                status_note: None,
                valuations: vec![Valuation {
                    amount: ((rng.next() % 500) + 1) as f64 * 1e8,
                    currency: "USD".into(),
                    as_of: Some(date(y + 1, 6, 1, Precision::Month)),
                    kind: ValuationKind::PostMoney,
                    status: ClaimStatus::SingleSource,
                    sources: src.clone(),
                    claim: None,
                    note: None,
                }],
                website: None,
                summary: text(
                    format!("Synthetic company number {i}."),
                    format!("第{i}號合成公司。"),
                ),
                sources: src.clone(),
            }
        })
        .collect();

    let people: Vec<Person> = (0..n)
        .map(|i| {
            let first = rng.pick(&FIRST);
            let last = rng.pick(&LAST);
            let role = rng.pick(&ROLES);
            let y = 2016 + (rng.next() % 10) as u32;
            let m = 1 + (rng.next() % 12) as u32;
            let p = *rng.pick(&[Precision::Year, Precision::Month, Precision::Day]);
            let org = format!("org-{}", 1 + rng.next() as usize % (orgs_n - 1).max(1));
            // Every third person moved on again: a second hop for the flow.
            let next = format!("org-{}", 1 + rng.next() as usize % (orgs_n - 1).max(1));
            Person {
                id: format!("person-{i}"),
                name: Text {
                    en: format!("{first} {last} {i}"),
                    zh: None,
                },
                roles: vec![Role {
                    title: text(role.to_string(), rng.pick(&ZH).to_string()),
                    from: None,
                    to: None,
                    sources: src.clone(),
                }],
                cofounder: i % 997 == 0,
                status_changes: vec![StatusChange {
                    kind: *rng.pick(&[StatusKind::Left, StatusKind::Left, StatusKind::Fired]),
                    date: date(y, m, 1 + (rng.next() % 28) as u32, p),
                    note: None,
                    sources: src.clone(),
                }],
                destinations: std::iter::once(org)
                    .chain((i % 3 == 0).then_some(next))
                    .map(|org| Destination {
                        org,
                        role: None,
                        date: None,
                        sources: src.clone(),
                    })
                    .collect(),
                reasons: Vec::new(),
                reason_categories: vec![*rng.pick(&[
                    ReasonCategory::SafetyConcerns,
                    ReasonCategory::FoundingCompany,
                    ReasonCategory::HiredAway,
                    ReasonCategory::Personal,
                ])],
                summary: text(
                    format!("{first} {last} worked at OpenAI as a {role} and left in {y}."),
                    format!("曾在OpenAI擔任{}，於{y}年離職。", rng.pick(&ZH)),
                ),
                sources: src.clone(),
            }
        })
        .collect();

    let write = |name: &str, value: serde_json::Value| {
        let path = dir.join(name);
        std::fs::write(&path, serde_json::to_string(&value).expect("serialise"))
            .expect("write file");
    };
    write("people.json", serde_json::to_value(&people).unwrap());
    write(
        "organisations.json",
        serde_json::to_value(&organisations).unwrap(),
    );
    write("events.json", serde_json::json!([]));
    write("sources.json", serde_json::to_value(&sources).unwrap());
    write("claims.json", serde_json::json!([]));
    write("figures.json", serde_json::json!([]));
    write("waves.json", serde_json::json!([]));
    write(
        "version.json",
        serde_json::json!({"version": "0.0.0", "date": "2026-01-01"}),
    );
    println!(
        "wrote {n} people and {orgs_n} organisations to {}",
        dir.display()
    );
}
