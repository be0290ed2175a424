//! What the browser tests share: the fixture's catalog, a fresh mount point
//! and reading texts out of the DOM.
#![allow(dead_code)] // each test file uses its own part

use std::rc::Rc;

use exodus_core::catalog::Catalog;
use exodus_core::data::{load, DataFiles};
use web_sys::Element;

/// The catalog of the fixture dataset (crates/exodus-core/tests/fixtures/valid).
pub fn fixture_catalog() -> Rc<Catalog> {
    let files = DataFiles {
        people: include_str!("../../crates/exodus-core/tests/fixtures/valid/people.json"),
        organisations: include_str!(
            "../../crates/exodus-core/tests/fixtures/valid/organisations.json"
        ),
        events: include_str!("../../crates/exodus-core/tests/fixtures/valid/events.json"),
        sources: include_str!("../../crates/exodus-core/tests/fixtures/valid/sources.json"),
        claims: include_str!("../../crates/exodus-core/tests/fixtures/valid/claims.json"),
        figures: include_str!("../../crates/exodus-core/tests/fixtures/valid/figures.json"),
        waves: include_str!("../../crates/exodus-core/tests/fixtures/valid/waves.json"),
    };
    Rc::new(Catalog::new(load(&files).expect("fixtures are valid")))
}

/// A new element at the end of the body to mount into.
pub fn fresh_root() -> Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    root
}

/// The text of each element that matches `selector` under `root`.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

/// Waits `ms` milliseconds on the browser's clock.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
