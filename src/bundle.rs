//! The dataset compiled into the app, and the one function that loads it.
//!
//! The files come from `data/` unless the build sets `EXODUS_DATA_DIR`
//! (the benchmarks build the app over synthetic datasets that way).
//! `build.rs` validates them, so invalid data fails the build, and writes
//! minified copies to `OUT_DIR`, which are what gets embedded here.

use crate::data::{load, DataFiles};
use crate::model::Dataset;
use crate::validate::DataError;

/// The data files compiled into the app.
pub fn bundled() -> DataFiles<'static> {
    DataFiles {
        people: include_str!(concat!(env!("OUT_DIR"), "/people.json")),
        organisations: include_str!(concat!(env!("OUT_DIR"), "/organisations.json")),
        events: include_str!(concat!(env!("OUT_DIR"), "/events.json")),
        sources: include_str!(concat!(env!("OUT_DIR"), "/sources.json")),
        claims: include_str!(concat!(env!("OUT_DIR"), "/claims.json")),
        figures: include_str!(concat!(env!("OUT_DIR"), "/figures.json")),
    }
}

/// Loads and validates the data compiled into the app. Loading a reader's
/// own dataset will go through the same [`load`].
pub fn load_bundled() -> Result<Dataset, Vec<DataError>> {
    load(&bundled())
}
