//! The Yew user interface: components that wire the pure core to the DOM.

mod app;
mod cards;
mod charts;
mod common;
mod context;
mod detail;
mod download;
mod explorer;
mod export;
mod facets;
mod focus;
mod footer;
mod header;
mod keyboard;
mod methods;
mod notices;
mod prefs;
mod route;
mod routing;

pub use app::{App, AppProps};
pub use cards::{company_card, person_card, CompanyCardProps, PersonCardProps};
pub use common::CatalogHandle;
pub use facets::{facet_panel, FacetPanelProps};

use std::rc::Rc;

use wasm_bindgen::JsCast;

use exodus_core::catalog::Catalog;
use exodus_core::format::Lang;
use exodus_core::i18n::M;

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

/// Shows a readable panel instead of a blank page if the app panics. Set
/// through Yew, which would otherwise replace it with its own console hook.
fn install_panic_panel() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // The language the page was last rendered in (the App keeps
        // `<html lang>` current); a panic can happen outside any render.
        let lang = doc
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|tag| Lang::from_tag(&tag))
            .unwrap_or_default();
        if let Some(root) = doc.get_element_by_id("app") {
            root.set_inner_html(
                "<div class=\"boot-panel\" role=\"alert\"><h1></h1><p></p><pre></pre></div>",
            );
            for (tag, text) in [
                ("h1", lang.tr(M::PanicTitle)),
                ("p", lang.tr(M::PanicBody)),
                ("pre", &message),
            ] {
                if let Some(el) = root.query_selector(tag).ok().flatten() {
                    el.set_text_content(Some(text));
                }
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
