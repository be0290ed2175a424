//! The dataset compiled into the app, and the one function that decodes it.
//!
//! The files come from `data/` unless the build sets `EXODUS_DATA_DIR`
//! (the benchmarks build the app over synthetic datasets that way).
//! `build.rs` loads and validates them, so invalid data fails the build, and
//! writes the validated [`Dataset`] in postcard's encoding between two
//! markers to `OUT_DIR`, which is what gets embedded here.

use exodus_core::date::PartialDate;
use exodus_core::model::Dataset;
use exodus_core::validate::DataError;
use exodus_core::version::DatasetVersion;

/// The dataset's version as `build.rs` read it from `version.json`.
pub const VERSION: &str = env!("EXODUS_DATA_VERSION");

/// The dataset's version and release day.
pub fn version() -> DatasetVersion {
    let n = |s: &str| s.parse().unwrap_or(1);
    DatasetVersion {
        version: VERSION.to_string(),
        date: PartialDate::ymd(
            n(env!("EXODUS_DATA_YEAR")) as i32,
            n(env!("EXODUS_DATA_MONTH")),
            n(env!("EXODUS_DATA_DAY")),
        )
        .expect("build.rs checked the day"),
    }
}

/// "EXODUS-DATA-BEGIN\0", the encoded dataset, "\0EXODUS-DATA-END".
const BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/data.bin"));
/// The markers' lengths. The markers themselves are not written here: a
/// second copy of them in the wasm would mislead bench/sizes.mjs, which
/// looks for the first one.
const BEGIN_LEN: usize = "EXODUS-DATA-BEGIN\0".len();
const END_LEN: usize = "\0EXODUS-DATA-END".len();

/// Decodes the data compiled into the app. `build.rs` ran the full
/// [`exodus_core::data::load`] (read and validate) before encoding it, so
/// only decoding is left to do here (a test checks both agree).
pub fn load_bundled() -> Result<Dataset, Vec<DataError>> {
    match BLOB.get(BEGIN_LEN..BLOB.len().saturating_sub(END_LEN)) {
        Some(bytes) => decode(bytes),
        None => Err(undecodable("it is shorter than its markers")),
    }
}

/// Decodes a dataset in the encoding `build.rs` writes. Failing is only
/// possible for an app built against another version of the model than its
/// `build.rs`; the app's data error page says so, naming postcard's error by
/// its variant (its `Debug`: postcard's `Display` sentences cost 0.3 KB of
/// the shell, brotli, for a message no reader of a correct build sees).
pub fn decode(bytes: &[u8]) -> Result<Dataset, Vec<DataError>> {
    postcard::from_bytes(bytes).map_err(|e| undecodable(&format!("{e:?}")))
}

fn undecodable(why: &str) -> Vec<DataError> {
    vec![DataError::in_file(
        "data/",
        format!("the data compiled into the app cannot be decoded: {why}"),
    )]
}
