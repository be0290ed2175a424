//! The URL as the single source of view state: reads the hash through the
//! codec, follows Back/Forward, and writes new states with push or replace.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::url::{decode, encode, UrlIssue, UrlState};

/// How a new state enters the browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// Deliberate navigation: a new history entry.
    Push,
    /// Typing and corrections: the current entry is replaced.
    Replace,
}

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

fn write_history(state: &UrlState, nav: Nav) {
    let url = encode(state);
    if current_hash() == url {
        return;
    }
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let _ = match nav {
        Nav::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        Nav::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

/// The decoded URL and what had to be ignored to decode it.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub state: UrlState,
    pub issues: Vec<UrlIssue>,
}

#[derive(Clone, PartialEq)]
pub struct UrlHandle {
    pub location: Rc<Location>,
    pub navigate: Callback<(UrlState, Nav)>,
}

fn read_location() -> Location {
    let (state, issues) = decode(&current_hash());
    Location { state, issues }
}

/// Tracks the URL hash: follows `popstate` and `hashchange` (Back, Forward,
/// an edited address bar) and navigates by pushing or replacing entries.
#[hook]
pub fn use_url_state() -> UrlHandle {
    let location = use_state(|| Rc::new(read_location()));
    {
        let location = location.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_pop = {
                let location = location.clone();
                EventListener::new(&window, "popstate", move |_| {
                    location.set(Rc::new(read_location()))
                })
            };
            let on_hash = EventListener::new(&window, "hashchange", move |_| {
                location.set(Rc::new(read_location()))
            });
            move || drop((on_pop, on_hash))
        });
    }
    let navigate = {
        let location = location.clone();
        Callback::from(move |(state, nav): (UrlState, Nav)| {
            write_history(&state, nav);
            location.set(Rc::new(Location {
                state,
                issues: Vec::new(),
            }));
        })
    };
    UrlHandle {
        location: (*location).clone(),
        navigate,
    }
}
