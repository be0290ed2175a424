//! Browser test of the flow view over a crowded dataset (wasm-bindgen-test,
//! Chromium and Firefox). A file of its own: tests/web.rs ends with a real
//! panic, after which its page runs no more wasm.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use exodus::ui::{App, AppProps};
use exodus_core::catalog::Catalog;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{fixture_catalog, fresh_root, texts};

#[wasm_bindgen_test]
async fn a_crowded_flow_draws_other_places_and_tables_every_move() {
    // The fixture, plus 45 people who left for 45 companies of their own:
    // more destinations than the drawing shows in a column (40).
    let base = fixture_catalog();
    let mut data = base.data.clone();
    let person = data
        .people
        .iter()
        .find(|p| p.destinations.iter().any(|d| d.org != "openai"))
        .expect("a fixture person who went somewhere")
        .clone();
    let org = data
        .organisations
        .iter()
        .find(|o| o.id != "openai")
        .expect("a fixture organisation")
        .clone();
    // Every path starts at OpenAI's record, which the fixture lacks.
    let mut openai = org.clone();
    openai.id = "openai".into();
    openai.name.en = "OpenAI".into();
    openai.founders.clear();
    data.organisations.push(openai);
    for i in 0..45 {
        let mut o = org.clone();
        o.id = format!("place-{i}");
        o.name.en = format!("Place {i}");
        o.founders.clear();
        data.organisations.push(o);
        let mut p = person.clone();
        p.id = format!("person-{i}");
        p.name.en = format!("Person {i}");
        p.destinations.truncate(1);
        p.destinations[0].org = format!("place-{i}");
        data.people.push(p);
    }
    // The flow by its old hash link (the page has no <base> to name paths
    // against); the app rewrites the address to the view's path.
    gloo::utils::window().location().set_hash("#/flow").unwrap();
    let root = fresh_root();
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            catalog: Ok(Rc::new(Catalog::new(data))),
        },
    )
    .render();
    yew::scheduler::flush().await;

    let labels = texts(&root, ".flow-node text");
    let others: Vec<&String> = labels
        .iter()
        .filter(|l| l.contains("other places"))
        .collect();
    assert_eq!(others.len(), 1, "{labels:?}");
    assert!(labels.len() <= 1 + 40 + 40, "{} nodes", labels.len());
    assert_eq!(
        texts(&root, ".chart-view p.hint").len(),
        1,
        "the drawing says it merged places"
    );
    // The table still lists each of the new moves by its place.
    let cells = texts(&root, ".flow-table td");
    assert!(
        (0..45).all(|i| cells.contains(&format!("Place {i}"))),
        "{cells:?}"
    );
    app.destroy();
    root.remove();
}
