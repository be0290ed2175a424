//! The Yew user interface: components that wire the pure core to the DOM.

mod app;
mod cards;
mod common;
mod detail;
mod explorer;
mod facets;
mod header;
mod prefs;
mod routing;

pub use app::{App, AppProps};
pub use cards::{company_card, person_card, CompanyCardProps, PersonCardProps};
pub use common::CatalogHandle;
pub use facets::{facet_panel, FacetPanelProps};

use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::catalog::Catalog;

/// Shows a readable panel instead of a blank page if the app panics. Set
/// through Yew, which would otherwise replace it with its own console hook.
fn install_panic_panel() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = doc.get_element_by_id("app") {
            root.set_inner_html(
                "<div class=\"boot-panel\" role=\"alert\"><h1>Something went wrong</h1>\
                 <p>Exodus hit an internal error and stopped. Reloading the page usually helps; \
                 if it does not, please report the problem with the text below.</p><pre></pre></div>",
            );
            if let Some(pre) = root.query_selector("pre").ok().flatten() {
                pre.set_text_content(Some(&message));
            }
        }
    }));
}

/// Mounts the app into `#app`, replacing the loading panel.
pub fn start() {
    install_panic_panel();
    let doc = gloo::utils::document();
    let root = doc
        .get_element_by_id("app")
        .or_else(|| doc.body().map(|b| b.unchecked_into()))
        .expect("the page has a body");
    root.set_inner_html("");
    let catalog = crate::bundle::load_bundled().map(|d| Rc::new(Catalog::new(d)));
    yew::Renderer::<App>::with_root_and_props(root, AppProps { catalog }).render();
}
