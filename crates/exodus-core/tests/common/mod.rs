//! Shared by the integration tests: the shipped dataset, read from the
//! workspace's `data/` and loaded exactly as `build.rs` loads it.

use std::path::Path;

use exodus_core::data::{load, DataTexts};
use exodus_core::model::Dataset;

/// The shipped data (`data/*.json`), read and validated.
pub fn shipped() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let texts = DataTexts::read(&dir).expect("the shipped data files are readable");
    load(&texts.files()).expect("shipped data is valid")
}
