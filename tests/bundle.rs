//! The dataset compiled into the app is exactly `data/*.json` on disk, and
//! the app's parse-only loading agrees with the full check `build.rs` ran.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use exodus::bundle::{bundled, load_bundled};
use exodus_core::data::{load, DataFiles};

const NAMES: [&str; 6] = [
    "people",
    "organisations",
    "events",
    "sources",
    "claims",
    "figures",
];

#[test]
fn compiled_data_equals_the_files_on_disk() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let texts = NAMES.map(|name| {
        let path = dir.join(format!("{name}.json"));
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    });
    let compiled = bundled();
    let pairs = [
        (&texts[0], compiled.people),
        (&texts[1], compiled.organisations),
        (&texts[2], compiled.events),
        (&texts[3], compiled.sources),
        (&texts[4], compiled.claims),
        (&texts[5], compiled.figures),
    ];
    for (disk, compiled) in pairs {
        let a: serde_json::Value = serde_json::from_str(disk).expect("data on disk is JSON");
        let b: serde_json::Value = serde_json::from_str(compiled).expect("compiled data is JSON");
        assert!(
            a == b,
            "the data compiled into the app differs from data/*.json on disk (rebuild)"
        );
    }
    let disk = DataFiles {
        people: &texts[0],
        organisations: &texts[1],
        events: &texts[2],
        sources: &texts[3],
        claims: &texts[4],
        figures: &texts[5],
    };
    assert_eq!(load(&disk), load_bundled(), "parse-only loading must agree");
    assert!(load_bundled().is_ok());
}
