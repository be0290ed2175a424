//! The Yew user interface: components that wire the pure core to the DOM.

mod app;
mod cards;
mod charts;
mod common;
mod context;
mod detail;
mod download;
pub mod env;
mod explorer;
mod export;
mod facets;
mod failure;
mod focus;
mod footer;
mod header;
mod keyboard;
mod methods;
mod notices;
mod offline;
mod prefs;
mod route;
mod routing;
mod share;

pub use app::{App, AppProps};
pub use cards::{company_card, person_card, CompanyCardProps, PersonCardProps};
pub use common::CatalogHandle;
pub use facets::{facet_panel, FacetPanelProps};
pub use failure::{install_panic_panel, show_panic_panel};
pub use footer::{NoteProps, StaticNote};

/// The document title of a view: the one the app sets in the browser, for
/// the prerenderer to write into the page's `<title>`.
pub fn document_title(catalog: &Rc<Catalog>, state: &exodus_core::url::UrlState) -> String {
    let cat = CatalogHandle(catalog.clone());
    let lang = state.lang.unwrap_or_default();
    route::Route::of(&cat, state).title(&cat, lang)
}

use std::rc::Rc;

use wasm_bindgen::JsCast;

use exodus_core::catalog::Catalog;

/// Makes every `<select data-value="…">` show that value. Yew writes an
/// option's `selected` as an attribute, which a browser stops following once
/// the reader has picked an option; without this, Back and Forward could
/// leave a select showing a choice the URL no longer has. Called after each
/// render of the components that own selects.
pub(crate) fn sync_selects() {
    let Ok(list) = gloo::utils::document().query_selector_all("select[data-value]") else {
        return;
    };
    for i in 0..list.length() {
        let Some(select) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlSelectElement>().ok())
        else {
            continue;
        };
        let want = select.get_attribute("data-value").unwrap_or_default();
        if select.value() != want {
            select.set_value(&want);
        }
    }
}

/// Mounts the app into `#app`, replacing the loading panel or the
/// prerendered page. The first render is the same markup as the page the
/// build wrote, in the same task, so the reader sees no change (no layout
/// shift) and the app takes over.
pub fn start() {
    install_panic_panel();
    let doc = gloo::utils::document();
    let root = doc
        .get_element_by_id("app")
        .or_else(|| doc.body().map(|b| b.unchecked_into()))
        .expect("the page has a body");
    root.set_inner_html("");
    // `<html data-app>`: the controls that need the app (search, filters,
    // page tools, pins) become visible; they keep their place before, so
    // nothing moves.
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-app", "");
    }
    // The footer's prerendered note: the app renders its own (FooterNote).
    if let Ok(Some(note)) = doc.query_selector("footer.site-footer > .data-version") {
        note.remove();
    }
    let catalog = crate::bundle::load_bundled().map(|d| Rc::new(Catalog::new(d)));
    yew::Renderer::<App>::with_root_and_props(root, AppProps { catalog }).render();
}
