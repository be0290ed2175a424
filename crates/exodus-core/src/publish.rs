//! The dataset as files next to the app, for readers and scripts: the whole
//! dataset as one JSON document, one CSV per table of `data/` (plus
//! `companies.csv`, the spinouts with their latest valuation, as the app
//! exports them), and a Frictionless Data
//! `datapackage.json` that describes them, all with the version and licence.
//!
//! Written at build time by the `exodus-publish` binary (run by the release
//! build's post-build hook) into `dist/`, so a static host serves them at
//! `data/…` and `datapackage.json` beside the app.

use serde_json::json;

use crate::catalog::Catalog;
use crate::export::{self, date, text, zh, Cell, Table};
use crate::format::datetime_attr;
use crate::model::Dataset;
use crate::version::DatasetVersion;

/// The licence of the data files.
/// The whole dataset as one JSON file, relative to the app; the app's
/// "Download the whole dataset" links to it.
pub const DATASET_JSON: &str = "data/exodus-dataset.json";
pub const LICENSE: &str = "CC-BY-4.0";
pub const LICENSE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

pub const EVENT_COLUMNS: &[&str] = &[
    "id",
    "date",
    "kind",
    "title_en",
    "title_zh",
    "people",
    "organisations",
    "citations",
];

pub const ORGANISATION_COLUMNS: &[&str] = &[
    "id",
    "name_en",
    "name_zh",
    "kind",
    "founded",
    "status",
    "category",
    "founders",
    "headquarters",
    "website",
    "summary_en",
    "summary_zh",
    "citations",
];

pub const FIGURE_COLUMNS: &[&str] = &["id", "label_en", "label_zh", "claims", "dataset_count"];

pub const WAVE_COLUMNS: &[&str] = &["id", "label_en", "label_zh", "from", "to"];

pub const SOURCE_COLUMNS: &[&str] = &[
    "id",
    "title",
    "outlet",
    "author",
    "published",
    "language",
    "url",
    "kind",
    "origin",
    "original_outlet",
    "original_url",
];

pub const CLAIM_COLUMNS: &[&str] = &[
    "id",
    "subject_kind",
    "subject_id",
    "field",
    "value_en",
    "value_zh",
    "status",
    "conflicts_with",
    "note_en",
    "note_zh",
    "citations",
];

/// One file to write: its path under the output folder and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub text: String,
    /// What the file holds, for the data package.
    pub title: &'static str,
}

fn opt(s: Option<&str>) -> Cell {
    text(s.unwrap_or_default())
}

fn ids(v: &[String]) -> Cell {
    Cell::List(v.to_vec())
}

/// Source addresses (or titles, for a source with no address) of `ids`.
fn citations(data: &Dataset, ids: &[String]) -> Cell {
    Cell::List(
        ids.iter()
            .filter_map(|id| data.sources.iter().find(|s| &s.id == id))
            .map(|s| s.url.clone().unwrap_or_else(|| s.title.clone()))
            .collect(),
    )
}

/// Every organisation: spinouts and the places people went.
pub fn organisations(data: &Dataset) -> Table {
    let rows = data
        .organisations
        .iter()
        .map(|o| {
            vec![
                text(&o.id),
                text(&o.name.en),
                zh(Some(&o.name)),
                text(o.kind.data_key()),
                date(o.founded.as_ref()),
                text(o.status.data_key()),
                text(o.category.map_or("", |c| c.data_key())),
                ids(&o.founders),
                opt(o.headquarters.as_deref()),
                opt(o.website.as_deref()),
                text(&o.summary.en),
                zh(Some(&o.summary)),
                citations(data, &o.sources),
            ]
        })
        .collect();
    Table {
        columns: ORGANISATION_COLUMNS,
        rows,
    }
}

/// The headline figures and the claims behind each.
pub fn figures(data: &Dataset) -> Table {
    let rows = data
        .figures
        .iter()
        .map(|f| {
            vec![
                text(&f.id),
                text(&f.label.en),
                zh(Some(&f.label)),
                ids(&f.claims),
                text(f.dataset_count.map_or("", |c| c.data_key())),
            ]
        })
        .collect();
    Table {
        columns: FIGURE_COLUMNS,
        rows,
    }
}

/// The timeline's named waves.
pub fn waves(data: &Dataset) -> Table {
    let rows = data
        .waves
        .iter()
        .map(|w| {
            vec![
                text(&w.id),
                text(&w.label.en),
                zh(Some(&w.label)),
                date(Some(&w.from)),
                date(Some(&w.to)),
            ]
        })
        .collect();
    Table {
        columns: WAVE_COLUMNS,
        rows,
    }
}

pub fn events(data: &Dataset) -> Table {
    let rows = data
        .events
        .iter()
        .map(|e| {
            vec![
                text(&e.id),
                date(Some(&e.date)),
                text(e.kind.data_key()),
                text(&e.title.en),
                zh(Some(&e.title)),
                ids(&e.people),
                ids(&e.orgs),
                citations(data, &e.sources),
            ]
        })
        .collect();
    Table {
        columns: EVENT_COLUMNS,
        rows,
    }
}

pub fn sources(data: &Dataset) -> Table {
    let rows = data
        .sources
        .iter()
        .map(|s| {
            vec![
                text(&s.id),
                text(&s.title),
                text(&s.outlet),
                opt(s.author.as_deref()),
                date(s.published.as_ref()),
                text(&s.language),
                opt(s.url.as_deref()),
                text(s.kind.data_key()),
                text(s.origin.map_or("", |o| o.data_key())),
                opt(s.original_outlet.as_deref()),
                opt(s.original_url.as_deref()),
            ]
        })
        .collect();
    Table {
        columns: SOURCE_COLUMNS,
        rows,
    }
}

pub fn claims(data: &Dataset) -> Table {
    let rows = data
        .claims
        .iter()
        .map(|c| {
            vec![
                text(&c.id),
                text(c.subject.kind.data_key()),
                text(&c.subject.id),
                text(&c.field),
                text(&c.value.en),
                zh(Some(&c.value)),
                text(c.status.data_key()),
                ids(&c.conflicts_with),
                opt(c.note.as_ref().map(|n| n.en.as_str())),
                zh(c.note.as_ref()),
                citations(data, &c.sources),
            ]
        })
        .collect();
    Table {
        columns: CLAIM_COLUMNS,
        rows,
    }
}

/// Every file of the published dataset. `site` is the app's public address
/// (e.g. `https://example.org/exodus/`), used for each record's `url`
/// column; without one the column holds the address relative to the app.
/// Fails only if the records cannot be written as JSON.
pub fn files(
    data: &Dataset,
    version: &DatasetVersion,
    site: &str,
) -> Result<Vec<File>, serde_json::Error> {
    let day = datetime_attr(&version.date);
    let cat = Catalog::new(data.clone());
    let person_link = |id: &str| format!("{site}#/people/{id}");
    let company_link = |id: &str| format!("{site}#/companies/{id}");
    let everyone: Vec<usize> = (0..cat.data.people.len()).collect();
    let tables = [
        (
            "people",
            "Everyone who left OpenAI (or left and returned)",
            export::people(&cat, &everyone, &person_link),
        ),
        (
            "companies",
            "Companies founded by people who left OpenAI",
            export::companies(&cat, &cat.spinouts, &company_link),
        ),
        (
            "organisations",
            "Every organisation: spinouts and where people went",
            organisations(data),
        ),
        ("events", "Dated events", events(data)),
        (
            "sources",
            "Every source cited, with its origin",
            sources(data),
        ),
        (
            "claims",
            "Claims as the sources assert them, disputes paired",
            claims(data),
        ),
        (
            "figures",
            "The headline figures and their claims",
            figures(data),
        ),
        ("waves", "The timeline's named waves", waves(data)),
    ];
    let mut out = vec![File {
        path: DATASET_JSON.into(),
        text: export::dataset_json(data, &version.version, &day)?,
        title: "The whole dataset, in the data files' own form",
    }];
    for (name, title, table) in tables {
        out.push(File {
            path: format!("data/{name}.csv"),
            text: export::to_csv(&table, &version.version),
            title,
        });
    }
    let package = datapackage(&out, version);
    out.push(File {
        path: "datapackage.json".into(),
        text: package,
        title: "Frictionless Data package descriptor",
    });
    Ok(out)
}

/// The Frictionless Data descriptor of `files` (data package v1: name,
/// version, licences, and one resource per file with its CSV schema).
fn datapackage(files: &[File], version: &DatasetVersion) -> String {
    let resources: Vec<serde_json::Value> = files
        .iter()
        .map(|f| {
            let name = f
                .path
                .trim_start_matches("data/")
                .split('.')
                .next()
                .unwrap_or_default()
                .to_owned();
            if f.path.ends_with(".csv") {
                let header = f
                    .text
                    .trim_start_matches('\u{feff}')
                    .split("\r\n")
                    .next()
                    .unwrap_or_default();
                let fields: Vec<serde_json::Value> = header
                    .split(',')
                    .map(|c| json!({ "name": c, "type": "string" }))
                    .collect();
                json!({
                    "name": name,
                    "title": f.title,
                    "path": f.path,
                    "format": "csv",
                    "mediatype": "text/csv",
                    "encoding": "utf-8-sig",
                    "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                    "schema": { "fields": fields, "primaryKey": "id" },
                })
            } else {
                json!({
                    "name": name,
                    "title": f.title,
                    "path": f.path,
                    "format": "json",
                    "mediatype": "application/json",
                    "encoding": "utf-8",
                })
            }
        })
        .collect();
    let package = json!({
        "name": "exodus-openai-departures",
        "title": "Exodus: departures from OpenAI and the companies they founded",
        "description": "Every person who left OpenAI and every company founded by ex-OpenAI people, with dated events, sources (each with its origin) and claims, disputed claims paired. Dates carry their precision (YYYY, YYYY-MM or YYYY-MM-DD).",
        "version": version.version,
        "created": datetime_attr(&version.date),
        "licenses": [{ "name": LICENSE, "path": LICENSE_URL, "title": "Creative Commons Attribution 4.0" }],
        "resources": resources,
    });
    let mut text = serde_json::to_string_pretty(&package).unwrap_or_default();
    text.push('\n');
    text
}
