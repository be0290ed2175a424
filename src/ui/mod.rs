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
mod window;

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
use exodus_core::url::decode;

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

/// Adapts a prerendered page to this browser before it is hydrated, where
/// the server had to guess: the filters are open (a wide screen's layout)
/// and the share button hidden. Hydration sets the attributes the first
/// render names but never removes one it leaves out, so these are set on
/// the page first, to what that render will say.
fn fit_to_browser(root: &web_sys::Element) {
    if let Ok(Some(filters)) = root.query_selector("details.filters") {
        let _ = filters.toggle_attribute_with_force("open", env::is_wide());
    }
    if let Ok(Some(share)) = root.query_selector(".page-tools button.share") {
        let _ = share.toggle_attribute_with_force("hidden", !share::can_share());
    }
}

/// Gives a page without `<base href>` one: the address it was opened at.
/// Every prerendered page has one (the site's root, which links and the
/// app's paths are relative to), but a build without prerendering (`trunk
/// serve`, the benchmarks' builds) has only `index.html`, opened at the
/// root; without a base element, the first path the app pushed would
/// become the root that every later link resolved against.
pub fn pin_site_root(doc: &web_sys::Document) {
    if doc.query_selector("base").ok().flatten().is_some() {
        return;
    }
    let (Ok(Some(root)), Ok(base), Some(head)) =
        (doc.base_uri(), doc.create_element("base"), doc.head())
    else {
        return;
    };
    // The folder of the address, without its query or fragment.
    let root = root.split(['?', '#']).next().unwrap_or_default();
    let root = &root[..root.rfind('/').map_or(root.len(), |i| i + 1)];
    let _ = base.set_attribute("href", root);
    let _ = head.prepend_with_node_1(&base);
}

/// Mounts the app into `#app`: hydrates the prerendered page (the app's
/// first render is the page's markup, and hydration adopts its elements
/// instead of drawing new ones, so nothing moves or repaints), or replaces
/// the loading panel or a page of another view.
pub fn start() {
    install_panic_panel();
    let doc = gloo::utils::document();
    let root = doc
        .get_element_by_id("app")
        .or_else(|| doc.body().map(|b| b.unchecked_into()))
        .expect("the page has a body");
    pin_site_root(&doc);
    let catalog = crate::bundle::load_bundled().map(|d| Rc::new(Catalog::new(d)));
    // The page the build wrote (`<div id=app data-page>`) is hydrated when
    // the address names exactly that view; another view (an old hash link,
    // a query) replaces it.
    let page = root.get_attribute("data-page").map(|p| decode(&p).0);
    let hydrate = catalog.is_ok() && page == Some(decode(&env::current_link()).0);
    env::set_hydrating(hydrate);
    if hydrate {
        fit_to_browser(&root);
    } else {
        root.set_inner_html("");
    }
    // In one go: over a prerendered page the app starts inside the reader's
    // first interaction (scripts/defer-start.mjs), and its listeners must be
    // in place before that event reaches them.
    let renderer = yew::Renderer::<App>::with_root_and_props(root, AppProps { catalog });
    if hydrate {
        renderer.hydrate();
    } else {
        renderer.render();
    }
    // `<html data-app>`: the app is in charge (the stylesheet's
    // prerendered-only rules stop applying; the tests wait for it).
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-app", "");
    }
}
