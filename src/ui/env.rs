//! The browser around the app, or the build's stand-in for it.
//!
//! The same components render in the browser and, at build time, natively
//! in `exodus-prerender` (Yew's server renderer), which writes every page as
//! HTML. What a render reads from its surroundings (the page's address,
//! storage, the screen's width) comes through here: in the browser from the
//! web APIs, on the server from the page being written, with no storage and
//! no preferences. Effects and event handlers never run on the server, so
//! they may call the web APIs directly.

use std::cell::Cell;
#[cfg(not(target_arch = "wasm32"))]
use std::cell::RefCell;

use yew::prelude::*;

thread_local! {
    /// The app is hydrating a prerendered page.
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
    /// The app's first render has not finished.
    static STARTING: Cell<bool> = const { Cell::new(true) };
}

/// Records whether the app's first render takes over a prerendered page by
/// hydration (its markup, node for node), and marks the end of that render
/// in the task after it: components mounted later draw as after any
/// address change.
pub fn set_hydrating(on: bool) {
    HYDRATING.with(|h| h.set(on));
    later(|| {
        HYDRATING.with(|h| h.set(false));
        STARTING.with(|s| s.set(false));
    });
}

/// Whether the render under way hydrates a prerendered page.
pub fn hydrating() -> bool {
    HYDRATING.with(Cell::get)
}

/// Whether the render under way is the app's first, which draws a whole
/// view at once: nothing is on screen yet to keep (or to move), and a
/// prerendered page's markup is all there. Always true on the server.
pub fn starting() -> bool {
    STARTING.with(Cell::get)
}

/// Runs `f` in a task of its own (`setTimeout` 0), after the current one;
/// never on the server.
pub fn later(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let callback = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = gloo::utils::window().set_timeout_with_callback(callback.unchecked_ref());
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(f);
}

/// Runs `f` in a task after the next frame is drawn (an animation frame,
/// then `setTimeout` 0): work the reader need not wait for. Never on the
/// server.
pub fn after_frame(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let callback = wasm_bindgen::closure::Closure::once_into_js(move || later(f));
        let _ = gloo::utils::window().request_animation_frame(callback.unchecked_ref());
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(f);
}

/// False during a component's first render, true from the task after the
/// next frame (so the work it unlocks does not lengthen the first one, nor
/// delay that frame). What the server cannot know (notices about stored
/// values) waits for it, so the first render in the browser is the
/// prerendered page's markup, which hydration requires.
#[hook]
pub fn use_mounted() -> bool {
    let mounted = use_state(|| false);
    {
        let mounted = mounted.clone();
        use_effect_with((), move |_| after_frame(move || mounted.set(true)));
    }
    *mounted
}

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
        flush_address();
        let location = gloo::utils::window().location();
        let hash = location.hash().unwrap_or_default();
        if hash.starts_with("#/") {
            return hash;
        }
        let href = location.href().unwrap_or_default();
        let href = href.split('#').next().unwrap_or_default();
        let root = site_root();
        href.strip_prefix(root.as_str())
            .unwrap_or_default()
            .to_owned()
    }
    #[cfg(not(target_arch = "wasm32"))]
    PAGE.with(|p| p.borrow().1.clone())
}

/// The current page's full address, for correction reports.
pub fn page_address() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        flush_address();
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
/// server renders them open; on a phone the stylesheet keeps their list
/// hidden until the app runs and closes them, so nothing moves, and on a
/// wide screen they are drawn with the page rather than revealed later.
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
    true
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// A replaced address not yet written, with the time (ms since the
    /// epoch) to write it at, and whether a timer is armed to write it (see
    /// [`replace_address_soon`]).
    static PENDING: std::cell::RefCell<(Option<(String, f64)>, bool)> = const { std::cell::RefCell::new((None, false)) };
}

/// How long typing must pause before the address follows it.
#[cfg(target_arch = "wasm32")]
const TYPING_PAUSE_MS: f64 = 250.0;

/// Replaces the current history entry's address with `link` (relative to
/// the page's `<base href>`) once typing pauses: a History API write costs
/// about 3 ms in Chromium, a fifth of a frame, and typing replaces the
/// entry on every key. Reading the address ([`current_link`],
/// [`page_address`]) or pushing a new entry writes it at once.
pub fn replace_address_soon(link: String) {
    #[cfg(target_arch = "wasm32")]
    {
        let armed = PENDING.with(|p| {
            let mut p = p.borrow_mut();
            p.0 = Some((link, js_sys::Date::now() + TYPING_PAUSE_MS));
            std::mem::replace(&mut p.1, true)
        });
        if !armed {
            arm_address_timer(TYPING_PAUSE_MS);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(link);
}

/// One timer at a time, never cancelled (each keystroke only moves the
/// time to write at): a cancelled timer would leak its callback.
#[cfg(target_arch = "wasm32")]
fn arm_address_timer(after_ms: f64) {
    use wasm_bindgen::JsCast;
    let fire = wasm_bindgen::closure::Closure::once_into_js(|| {
        let wait = PENDING.with(|p| {
            let mut p = p.borrow_mut();
            let wait = p.0.as_ref().map(|(_, at)| at - js_sys::Date::now());
            p.1 = matches!(wait, Some(w) if w > 0.0);
            wait
        });
        match wait {
            Some(w) if w > 0.0 => arm_address_timer(w),
            Some(_) => flush_address(),
            None => {}
        }
    });
    let armed = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
        fire.unchecked_ref(),
        after_ms.ceil() as i32,
    );
    if armed.is_err() {
        PENDING.with(|p| p.borrow_mut().1 = false);
        flush_address();
    }
}

/// Writes a pending replaced address now.
pub fn flush_address() {
    #[cfg(target_arch = "wasm32")]
    if let Some((link, _)) = PENDING.with(|p| p.borrow_mut().0.take()) {
        write_address(&link, false);
    }
}

/// Forgets a pending replaced address: the reader went Back or Forward,
/// and the entry it was meant for is no longer the current one.
pub fn drop_pending_address() {
    #[cfg(target_arch = "wasm32")]
    PENDING.with(|p| p.borrow_mut().0 = None);
}

/// Pushes a new history entry for `link`, or replaces the current one;
/// nothing when the address already is `link`.
pub fn write_address(link: &str, push: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        if current_link() == link {
            return;
        }
        let Ok(history) = gloo::utils::window().history() else {
            return;
        };
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            history.push_state_with_url(&null, "", Some(link))
        } else {
            history.replace_state_with_url(&null, "", Some(link))
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (link, push);
}
