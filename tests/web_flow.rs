//! Browser tests of the flow view (wasm-bindgen-test, Chromium and
//! Firefox): over a crowded dataset, and opened from another view. A file of
//! its own: tests/web.rs ends with a real panic, after which its page runs
//! no more wasm.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use exodus::ui::{App, AppProps};
use exodus_core::catalog::Catalog;
use exodus_core::model::Dataset;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{fixture_catalog, fresh_root, sleep, texts};

/// The fixture, plus OpenAI's record and 45 people who left for 45
/// companies of their own: more destinations than the drawing shows in a
/// column (40).
fn crowded() -> Dataset {
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
    data
}

/// The flow table's cells once it has rows: after the view's first frame
/// when the app opened it (not at start-up, unless the other test here ran
/// first). Waits up to 2 seconds for them.
async fn table_cells(root: &web_sys::Element) -> Vec<String> {
    for _ in 0..40 {
        yew::scheduler::flush().await;
        let cells = texts(root, ".flow-table td");
        if !cells.is_empty() {
            return cells;
        }
        sleep(50).await;
    }
    Vec::new()
}

#[wasm_bindgen_test]
async fn a_crowded_flow_draws_other_places_and_tables_every_move() {
    let data = crowded();
    // The flow by its old hash link; the app rewrites the address to the
    // view's path.
    // The page's <base> pinned to its folder, as `ui::start` does: the
    // view paths the app pushes are read against it.
    exodus::ui::pin_site_root(&gloo::utils::document());
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
    let cells = table_cells(&root).await;
    assert!(
        (0..45).all(|i| cells.contains(&format!("Place {i}"))),
        "{cells:?}"
    );
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_chart_opened_in_the_app_draws_its_table_after_the_first_frame() {
    // After the app's first render (which draws whole views), as
    // `ui::start` ends it.
    exodus::ui::env::set_hydrating(false);
    sleep(20).await;
    assert!(!exodus::ui::env::starting());
    // The page's <base> pinned to its folder, as `ui::start` does: the
    // view paths the app pushes are read against it.
    exodus::ui::pin_site_root(&gloo::utils::document());
    gloo::utils::window()
        .location()
        .set_hash("#/people")
        .unwrap();
    let root = fresh_root();
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            catalog: Ok(Rc::new(Catalog::new(crowded()))),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let link: web_sys::HtmlElement = root
        .query_selector("nav a[href$='flow/']")
        .unwrap()
        .expect("the flow's link")
        .dyn_into()
        .unwrap();
    link.click();
    yew::scheduler::flush().await;

    // The drawing in the first frame, the table after it.
    assert_eq!(texts(&root, ".chart svg").len(), 1);
    assert!(texts(&root, ".flow-table td").is_empty());
    let cells = table_cells(&root).await;
    assert!(cells.contains(&"Place 0".to_string()), "{cells:?}");
    app.destroy();
    root.remove();
}
