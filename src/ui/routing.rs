//! The URL as the single source of view state: reads the address (a page
//! path and its query, or an old hash link) through the codec, follows
//! Back/Forward and links between pages, and writes new states with push
//! or replace (History API).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use exodus_core::url::{decode, encode, UrlIssue, UrlState};

use super::env::{
    current_link, drop_pending_address, replace_address_soon, site_root, write_address,
};

/// How a new state enters the browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// Deliberate navigation: a new history entry.
    Push,
    /// Corrections: the current entry is replaced.
    Replace,
    /// Typing: the current entry is replaced once typing pauses.
    Typing,
}

/// Writes a state into the address bar: a new entry, the current one
/// replaced, or replaced once typing pauses. The link is relative, and the
/// page's `<base href>` (the site's root) resolves it, so the app moves
/// between real page paths.
fn write_history(state: &UrlState, nav: Nav) {
    let url = encode(state);
    match nav {
        Nav::Push => write_address(&url, true),
        Nav::Replace => write_address(&url, false),
        Nav::Typing => replace_address_soon(url),
    }
}

/// The decoded URL and what had to be ignored to decode it.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub state: UrlState,
    pub issues: Vec<UrlIssue>,
    /// This record was opened from the list one history entry back (a card
    /// link), so closing it can go Back instead of adding an entry.
    pub from_list: bool,
    /// The address was an old hash link (`#/people/x?…`), to be rewritten
    /// as the page's path.
    pub legacy: bool,
}

#[derive(Clone, PartialEq)]
pub struct UrlHandle {
    pub location: Rc<Location>,
    pub navigate: Callback<(UrlState, Nav)>,
}

fn read_location() -> Location {
    let link = current_link();
    let (state, issues) = decode(&link);
    Location {
        state,
        issues,
        from_list: false,
        legacy: link.starts_with('#'),
    }
}

/// The link an ordinary click on `<a>` would follow inside the app: same
/// site, same window, no modifier key, and a link the codec reads without
/// complaint (a data file or a fragment link is left to the browser).
fn app_link(e: &web_sys::MouseEvent) -> Option<String> {
    if e.default_prevented()
        || e.button() != 0
        || e.ctrl_key()
        || e.meta_key()
        || e.shift_key()
        || e.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    let a: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    let raw = a.get_attribute("href")?;
    if raw.starts_with('#') || !a.target().is_empty() || a.has_attribute("download") {
        return None;
    }
    // A link with a fragment (the skip link) stays on its page.
    let link = a.href().strip_prefix(site_root().as_str())?.to_owned();
    if link.contains('#') {
        return None;
    }
    decode(&link).1.is_empty().then_some(link)
}

/// Follows a URL change made by the browser (a link, Back, Forward, an
/// edited address). A fragment link fires both `popstate` and `hashchange`;
/// the second finds nothing new.
fn follow(current: &RefCell<Rc<Location>>, set: &UseStateHandle<Rc<Location>>) {
    drop_pending_address();
    let mut next = read_location();
    let prev = current.borrow().clone();
    if next.state == prev.state && next.issues == prev.issues {
        return;
    }
    next.from_list = next.state.record.is_some()
        && prev.state.record.is_none()
        && next.state.list() == prev.state;
    let next = Rc::new(next);
    *current.borrow_mut() = next.clone();
    set.set(next);
}

/// Tracks the URL hash: follows `popstate` and `hashchange` (Back, Forward,
/// an edited address bar) and navigates by pushing or replacing entries.
#[hook]
pub fn use_url_state() -> UrlHandle {
    let location = use_state(|| Rc::new(read_location()));
    // The latest location, for the listeners (a state handle they captured
    // would only ever show the first one).
    let current = use_mut_ref(|| (*location).clone());
    {
        let location = location.clone();
        let current = current.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_pop = {
                let (location, current) = (location.clone(), current.clone());
                EventListener::new(&window, "popstate", move |_| follow(&current, &location))
            };
            let on_hash = {
                let (location, current) = (location.clone(), current.clone());
                EventListener::new(&window, "hashchange", move |_| follow(&current, &location))
            };
            // Links between pages stay in the app: the new path is pushed
            // and followed like Back and Forward, without a page load.
            let on_click = EventListener::new_with_options(
                &gloo::utils::document(),
                "click",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(link) = e.dyn_ref::<web_sys::MouseEvent>().and_then(app_link) else {
                        return;
                    };
                    e.prevent_default();
                    write_address(&link, true);
                    follow(&current, &location);
                },
            );
            move || drop((on_pop, on_hash, on_click))
        });
    }
    // One callback for the whole visit: the app context holds it, and a
    // new one on every render would make the context differ on every
    // keystroke and re-render every consumer.
    let navigate = {
        let set_location = location.setter();
        use_callback((), move |(state, nav): (UrlState, Nav), _| {
            write_history(&state, nav);
            let next = Rc::new(Location {
                state,
                issues: Vec::new(),
                from_list: false,
                legacy: false,
            });
            *current.borrow_mut() = next.clone();
            set_location.set(next);
        })
    };
    UrlHandle {
        location: (*location).clone(),
        navigate,
    }
}
