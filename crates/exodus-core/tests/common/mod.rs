//! Shared by the integration tests: the shipped dataset, read from the
//! workspace's `data/` and loaded exactly as `build.rs` loads it.

use exodus_core::data::{load, DataFiles};
use exodus_core::model::Dataset;

/// The shipped data (`data/*.json`), parsed and validated.
pub fn shipped() -> Dataset {
    let files = DataFiles {
        people: include_str!("../../../../data/people.json"),
        organisations: include_str!("../../../../data/organisations.json"),
        events: include_str!("../../../../data/events.json"),
        sources: include_str!("../../../../data/sources.json"),
        claims: include_str!("../../../../data/claims.json"),
        figures: include_str!("../../../../data/figures.json"),
        waves: include_str!("../../../../data/waves.json"),
    };
    load(&files).expect("shipped data is valid")
}
