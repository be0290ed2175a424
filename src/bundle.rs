//! The dataset compiled into the app, and the one function that loads it.
//!
//! The files come from `data/` unless the build sets `EXODUS_DATA_DIR`
//! (the benchmarks build the app over synthetic datasets that way).
//! `build.rs` validates them, so invalid data fails the build, and writes a
//! minified copy of all six as one NUL-separated blob to `OUT_DIR`, which is
//! what gets embedded here.

use exodus_core::data::{parse_files, DataFiles};
use exodus_core::model::Dataset;
use exodus_core::validate::DataError;

/// Begin marker, the six files, end marker (see build.rs).
const BLOB: &str = include_str!(concat!(env!("OUT_DIR"), "/data.blob"));

/// The data files compiled into the app.
pub fn bundled() -> DataFiles<'static> {
    let mut parts = BLOB.split('\0').skip(1);
    let mut next = || parts.next().unwrap_or("");
    DataFiles {
        people: next(),
        organisations: next(),
        events: next(),
        sources: next(),
        claims: next(),
        figures: next(),
    }
}

/// Loads the data compiled into the app. `build.rs` ran the full
/// [`exodus_core::data::load`] (parse and validate) on this data before embedding
/// it, so only parsing is left to do here (a test checks both agree); data
/// from anywhere else goes through `load`.
pub fn load_bundled() -> Result<Dataset, Vec<DataError>> {
    parse_files(&bundled())
}
