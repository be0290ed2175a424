//! The dataset compiled into the app is exactly `data/*.json` on disk: the
//! records the app decodes at start-up equal the records the full check of
//! `build.rs` (read and validate) makes of the files.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use exodus::bundle::load_bundled;
use exodus_core::data::{load, DataTexts};
use exodus_core::model::Dataset;

/// `data/*.json` read and validated as `build.rs` does.
fn dataset_on_disk() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let texts = DataTexts::read(&dir).expect("the data files are readable");
    load(&texts.files()).expect("the data on disk is valid")
}

#[test]
fn compiled_data_equals_the_files_on_disk() {
    let disk = dataset_on_disk();
    let compiled = load_bundled().expect("the compiled data decodes");
    assert!(!compiled.people.is_empty() && !compiled.sources.is_empty());
    assert!(
        compiled == disk,
        "the data compiled into the app differs from data/*.json on disk (rebuild)"
    );
}

#[test]
fn compiled_version_equals_the_file_on_disk() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/version.json");
    let text = std::fs::read_to_string(&path).expect("data/version.json exists");
    let disk = exodus_core::version::DatasetVersion::parse(&text).expect("it is valid");
    assert_eq!(exodus::bundle::version(), disk);
    assert_eq!(exodus::bundle::VERSION, disk.version);
}

#[test]
fn a_cut_short_or_foreign_encoding_is_a_data_error_not_a_panic() {
    let dataset = dataset_on_disk();
    let bytes = postcard::to_allocvec(&dataset).expect("the dataset serialises");
    assert!(exodus::bundle::decode(&bytes).is_ok_and(|d| d == dataset));
    for broken in [&bytes[..bytes.len() / 2], &[0xff; 16][..], &[][..]] {
        let errors = exodus::bundle::decode(broken).expect_err("broken bytes do not decode");
        assert_eq!(errors.len(), 1);
        let message = errors[0].to_string();
        assert!(
            message.contains("the data compiled into the app cannot be decoded: Deserialize"),
            "{message}"
        );
    }
}
