//! Exports of what the reader sees: the view's records as CSV or JSON
//! (every match, not only the cards shown), and the link to the whole
//! dataset, each with the dataset's version.

use exodus_core::explore::Tab;
use exodus_core::export;
use exodus_core::url::{encode, UrlState};

use super::common::CatalogHandle;
use super::download::{download, today};

/// Downloads the view's records (all of them, not only the cards shown).
pub fn export_view(cat: &CatalogHandle, state: &UrlState, rows: &[usize], json: bool) {
    let tab = state.tab;
    let link = |id: &str| {
        let mut s = UrlState::new(tab);
        s.record = Some(id.to_owned());
        s.lang = state.lang;
        super::env::absolute(&encode(&s))
    };
    let table = match tab {
        Tab::People => export::people(cat, rows, &link),
        Tab::Companies => {
            let orgs: Vec<usize> = rows.iter().map(|&r| cat.spinouts[r]).collect();
            export::companies(cat, &orgs, &link)
        }
    };
    let day = today();
    let (text, ext, mime) = if json {
        let view = super::env::absolute(&encode(state));
        let meta = [
            ("dataset", "Exodus"),
            ("dataset_version", crate::bundle::VERSION),
            ("view", view.as_str()),
            ("exported", day.as_str()),
            ("license", "CC BY 4.0"),
        ];
        (export::to_json(&meta, &table), "json", "application/json")
    } else {
        (
            export::to_csv(&table, crate::bundle::VERSION),
            "csv",
            "text/csv;charset=utf-8",
        )
    };
    download(&export::file_name(tab.key(), &day, ext), mime, &text);
}

/// The whole dataset as one JSON file with its licence, published beside
/// the app by the build ([`exodus_core::publish`], from the same data that
/// is compiled in), relative to the site's root (every page's `<base>`). A
/// plain link: it works before the app starts and without scripts, and the
/// wasm carries no JSON writer (2.0 KB brotli less than writing the
/// file in the page). The service worker precaches it for offline use.
pub use exodus_core::publish::DATASET_JSON;

/// The name the dataset is saved under, `exodus-dataset-1.2.0.json` (the
/// pattern of [`export::file_name`], with the version for the day: the file
/// is the release's), fixed at compile time.
pub const DATASET_FILE_NAME: &str =
    concat!("exodus-dataset-", env!("EXODUS_DATA_VERSION"), ".json");
