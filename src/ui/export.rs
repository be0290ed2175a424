//! Exports of what the reader sees: the view's records as CSV or JSON
//! (every match, not only the cards shown) and the whole dataset, each with
//! the dataset's version.

use exodus_core::explore::Tab;
use exodus_core::export;
use exodus_core::model::Dataset;
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

/// Downloads the whole bundled dataset as one JSON file with its licence.
pub fn download_dataset(data: &Dataset) {
    let day = today();
    download(
        &export::file_name("dataset", &day, "json"),
        "application/json",
        &export::dataset_json(data, crate::bundle::VERSION, &day),
    );
}
