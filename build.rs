//! Validates the shipped data (`data/*.json`) at compile time, so invalid data
//! fails `cargo build` and the Trunk build instead of shipping, and writes the
//! validated dataset in a compact serde encoding for the app to embed.
//!
//! It runs the core crate's own loader (`exodus_core::data::load`), so the
//! check is exactly the one the app's data went through.

use exodus_core::data;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=EXODUS_DATA_DIR");

    // The benchmarks point EXODUS_DATA_DIR at synthetic datasets; the app
    // embeds whichever directory this script validated (written to OUT_DIR,
    // see src/bundle.rs).
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    let dir = match std::env::var("EXODUS_DATA_DIR") {
        Ok(d) if !d.is_empty() => Path::new(&manifest_dir).join(d),
        _ => Path::new(&manifest_dir).join("data"),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    for file in data::FILE_NAMES {
        println!("cargo:rerun-if-changed={}", dir.join(file).display());
    }
    // Read the files afresh on every run (cargo reruns this script when one
    // changes), so the check never sees a stale copy.
    let texts = data::DataTexts::read(&dir).unwrap_or_else(|missing| {
        panic!(
            "cannot read the shipped data files:\n  {}",
            missing.join("\n  ")
        )
    });
    let files = texts.files();
    let dataset = match data::load(&files) {
        Ok(dataset) => dataset,
        Err(errors) => {
            for error in &errors {
                eprintln!("{error}");
            }
            panic!(
                "the data in {} is invalid: {} error(s), listed above \
                 (file: record, field: problem). Fix the data files and build again.",
                dir.display(),
                errors.len()
            );
        }
    };

    // The dataset's version (data/version.json), checked and handed to the
    // app as compile-time constants (src/bundle.rs): the app shows it in the
    // footer, on the methods page and in every export.
    let version_path = dir.join(exodus_core::version::VERSION_FILE);
    println!("cargo:rerun-if-changed={}", version_path.display());
    let version_text = std::fs::read_to_string(&version_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", version_path.display()));
    let version = exodus_core::version::DatasetVersion::parse(&version_text)
        .unwrap_or_else(|e| panic!("the dataset version is invalid: {e}"));
    println!("cargo:rustc-env=EXODUS_DATA_VERSION={}", version.version);
    println!("cargo:rustc-env=EXODUS_DATA_YEAR={}", version.date.year());
    println!(
        "cargo:rustc-env=EXODUS_DATA_MONTH={}",
        version.date.month().unwrap_or(1)
    );
    println!(
        "cargo:rustc-env=EXODUS_DATA_DAY={}",
        version.date.day().unwrap_or(1)
    );

    // Embed the validated records, not the JSON: the app decodes them with
    // serde and carries neither a JSON parser nor the validator. Postcard was
    // the smallest candidate measured (release wasm, brotli -11, app shell /
    // data: postcard 166.9 / 42.7 KB, bincode 2 with serde 180.0 / 42.5 KB,
    // minified JSON with serde_json 189.8 / 43.3 KB): the data costs about
    // the same in each, the decoder is what differs. Begin and end markers
    // surround the encoding, so bench/sizes.mjs can cut the data out of the
    // wasm and measure the app shell without it.
    let mut blob = b"EXODUS-DATA-BEGIN\0".to_vec();
    blob.extend(postcard::to_allocvec(&dataset).expect("the dataset serialises"));
    blob.extend(b"\0EXODUS-DATA-END");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("data.bin"), blob).expect("write to OUT_DIR");
}
