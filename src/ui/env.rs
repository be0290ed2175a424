//! The browser around the app, or the build's stand-in for it.
//!
//! The same components render in the browser and, at build time, natively
//! in `exodus-prerender` (Yew's server renderer), which writes every page as
//! HTML. What a render reads from its surroundings (the page's address,
//! storage, the screen's width) comes through here: in the browser from the
//! web APIs, on the server from the page being written, with no storage and
//! no preferences. Effects and event handlers never run on the server, so
//! they may call the web APIs directly.

#[cfg(not(target_arch = "wasm32"))]
use std::cell::RefCell;

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The site's absolute root address (may be empty) and the link of the
    /// page being prerendered.
    static PAGE: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

/// Names the page the server renders next: the site's root address (ending
/// in `/`, or empty when no site address is configured) and the page's link
/// relative to it (as `exodus_core::url::encode` writes it).
#[cfg(not(target_arch = "wasm32"))]
pub fn set_page(site_root: &str, link: &str) {
    PAGE.with(|p| *p.borrow_mut() = (site_root.to_owned(), link.to_owned()));
}

/// The site's root address: the page's `<base href>` in the browser.
pub fn site_root() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    PAGE.with(|p| p.borrow().0.clone())
}

/// The address of a link relative to the site's root.
pub fn absolute(link: &str) -> String {
    let link = link.strip_prefix("./").unwrap_or(link);
    format!("{}{link}", site_root())
}

/// The current view's link relative to the site's root, or an old hash link
/// (`#/people/x?…`) when the address has one.
pub fn current_link() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let location = gloo::utils::window().location();
        let hash = location.hash().unwrap_or_default();
        if hash.starts_with("#/") {
            return hash;
        }
        let href = location.href().unwrap_or_default();
        let href = href.split('#').next().unwrap_or_default();
        let root = site_root();
        href.strip_prefix(root.as_str()).unwrap_or_default().to_owned()
    }
    #[cfg(not(target_arch = "wasm32"))]
    PAGE.with(|p| p.borrow().1.clone())
}

/// The current page's full address, for correction reports.
pub fn page_address() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window().location().href().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    absolute(&current_link())
}

/// The browser's local storage, if it can be used (never on the server).
pub fn storage() -> Option<web_sys::Storage> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.local_storage().ok()?
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The browser's preferred languages (`navigator.languages`); none on the
/// server.
pub fn browser_languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect()
    }
    #[cfg(not(target_arch = "wasm32"))]
    Vec::new()
}

/// Whether the window is wider than a phone (filters start open). The
/// server renders the phone layout: it cannot know the screen.
pub fn is_wide() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w > 760.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}
