//! Validates the shipped data (`data/*.json`) at compile time, so invalid data
//! fails `cargo build` and the Trunk build instead of shipping.
//!
//! It runs the core crate's own loader (`exodus_core::data::load`), so the
//! check is exactly the one the app's data went through.

use exodus_core::data;
use std::path::Path;

const DATA_FILES: [&str; 6] = [
    "people.json",
    "organisations.json",
    "events.json",
    "sources.json",
    "claims.json",
    "figures.json",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=EXODUS_DATA_DIR");

    // The benchmarks point EXODUS_DATA_DIR at synthetic datasets; the app
    // embeds a minified copy of whichever directory this script validated
    // (written to OUT_DIR, see src/bundle.rs).
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    let dir = match std::env::var("EXODUS_DATA_DIR") {
        Ok(d) if !d.is_empty() => Path::new(&manifest_dir).join(d),
        _ => Path::new(&manifest_dir).join("data"),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    for file in DATA_FILES {
        println!("cargo:rerun-if-changed={}", dir.join(file).display());
    }
    // Read the files afresh rather than through `data::bundled()`, so the
    // check can never see a stale copy compiled into this script.
    let mut texts = Vec::new();
    let mut missing = Vec::new();
    for file in DATA_FILES {
        match std::fs::read_to_string(dir.join(file)) {
            Ok(text) => texts.push(text),
            Err(e) => {
                missing.push(format!("{}: {e}", dir.join(file).display()));
                texts.push(String::new());
            }
        }
    }
    if !missing.is_empty() {
        panic!(
            "cannot read the shipped data files:\n  {}",
            missing.join("\n  ")
        );
    }

    let files = data::DataFiles {
        people: &texts[0],
        organisations: &texts[1],
        events: &texts[2],
        sources: &texts[3],
        claims: &texts[4],
        figures: &texts[5],
    };
    if let Err(errors) = data::load(&files) {
        for error in &errors {
            eprintln!("{error}");
        }
        panic!(
            "the shipped data in data/*.json is invalid: {} error(s), listed above \
             (file: record, field: problem). Fix the data files and build again.",
            errors.len()
        );
    }

    // Embed the data as one blob, without indentation (the app parses it once
    // and never shows its line numbers, so whitespace is dead weight):
    // "EXODUS-DATA-BEGIN", the six files and "EXODUS-DATA-END", separated by
    // NUL. The markers let bench/sizes.mjs find the data inside the wasm and
    // measure the app shell without it.
    let mut blob = String::from("EXODUS-DATA-BEGIN");
    for text in &texts {
        let value: serde_json::Value =
            serde_json::from_str(text).expect("validated data is valid JSON");
        blob.push('\0');
        blob.push_str(&serde_json::to_string(&value).expect("JSON values serialise"));
    }
    blob.push_str("\0EXODUS-DATA-END");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("data.blob"), blob).expect("write to OUT_DIR");
}
