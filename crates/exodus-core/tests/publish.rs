//! The dataset published beside the app (`exodus_core::publish`): every
//! file parses, holds every record once, and the data package describes
//! exactly the files and columns written; CITATION.cff follows the version.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::Path;

use exodus_core::publish::files;
use exodus_core::version::DatasetVersion;

fn shipped_version() -> DatasetVersion {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    DatasetVersion::parse(&std::fs::read_to_string(dir.join("version.json")).unwrap()).unwrap()
}

/// Rows of a CSV file read by the `csv` crate, strictly: every row as long
/// as the header, a byte order mark first.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    assert!(text.starts_with('\u{feff}'), "a byte order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.expect("a well-formed row")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect()
}

#[test]
fn every_table_holds_every_record_once_with_the_version() {
    let data = common::shipped();
    let version = shipped_version();
    let out = files(&data, &version, "https://example.org/exodus/").expect("publishes");
    let get = |path: &str| {
        &out.iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("{path} missing"))
            .text
    };
    let spinouts = data
        .organisations
        .iter()
        .filter(|o| o.kind.key() == "spinout")
        .count();
    for (path, want) in [
        ("data/people.csv", data.people.len()),
        ("data/companies.csv", spinouts),
        ("data/organisations.csv", data.organisations.len()),
        ("data/events.csv", data.events.len()),
        ("data/figures.csv", data.figures.len()),
        ("data/waves.csv", data.waves.len()),
        ("data/sources.csv", data.sources.len()),
        ("data/claims.csv", data.claims.len()),
    ] {
        let rows = csv_rows(get(path));
        assert_eq!(rows.len() - 1, want, "{path}");
        assert_eq!(rows[0][0], "id", "{path}");
        assert_eq!(rows[0].last().unwrap(), "dataset_version", "{path}");
        assert!(rows[1..].iter().all(|r| r.last() == Some(&version.version)));
        let mut ids: Vec<&String> = rows[1..].iter().map(|r| &r[0]).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), want, "{path}: ids repeat");
    }
    let people = csv_rows(get("data/people.csv"));
    let url = people[0].iter().position(|c| c == "url").unwrap();
    assert_eq!(
        people[1][url],
        format!("https://example.org/exodus/#/people/{}", people[1][0])
    );

    let whole: serde_json::Value = serde_json::from_str(get("data/exodus-dataset.json")).unwrap();
    assert_eq!(whole["version"], version.version.as_str());
    assert_eq!(whole["license"], "CC BY 4.0");
    assert_eq!(whole["people"].as_array().unwrap().len(), data.people.len());
    assert_eq!(whole["claims"].as_array().unwrap().len(), data.claims.len());
}

#[test]
fn the_data_package_describes_exactly_the_files_written() {
    let data = common::shipped();
    let version = shipped_version();
    let out = files(&data, &version, "./").expect("publishes");
    let package: serde_json::Value = serde_json::from_str(
        &out.iter()
            .find(|f| f.path == "datapackage.json")
            .unwrap()
            .text,
    )
    .unwrap();
    assert_eq!(package["version"], version.version.as_str());
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    let resources = package["resources"].as_array().unwrap();
    let described: Vec<&str> = resources
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    let written: Vec<&str> = out
        .iter()
        .map(|f| f.path.as_str())
        .filter(|p| *p != "datapackage.json")
        .collect();
    assert_eq!(described, written);
    for r in resources.iter().filter(|r| r["format"] == "csv") {
        let file = out.iter().find(|f| f.path == r["path"]).unwrap();
        let header = &csv_rows(&file.text)[0];
        let fields: Vec<&str> = r["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(&fields, header, "{}", r["path"]);
        let name = r["name"].as_str().unwrap();
        assert!(name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._".contains(c)));
    }
}

#[test]
fn citation_cff_names_the_dataset_version_and_date() {
    let version = shipped_version();
    let cff =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../CITATION.cff"))
            .unwrap();
    let line = |key: &str| {
        cff.lines()
            .find_map(|l| l.strip_prefix(key))
            .unwrap_or_else(|| panic!("{key} missing"))
            .trim()
            .trim_matches('"')
            .to_string()
    };
    assert_eq!(line("version:"), version.version);
    assert_eq!(
        line("date-released:"),
        exodus_core::format::datetime_attr(&version.date)
    );
}
