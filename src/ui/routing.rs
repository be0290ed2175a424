//! The URL as the single source of view state: reads the hash through the
//! codec, follows Back/Forward, and writes new states with push or replace.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use exodus_core::url::{decode, encode, UrlIssue, UrlState};

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
    /// This record was opened from the list one history entry back (a card
    /// link), so closing it can go Back instead of adding an entry.
    pub from_list: bool,
}

#[derive(Clone, PartialEq)]
pub struct UrlHandle {
    pub location: Rc<Location>,
    pub navigate: Callback<(UrlState, Nav)>,
}

fn read_location() -> Location {
    let (state, issues) = decode(&current_hash());
    Location {
        state,
        issues,
        from_list: false,
    }
}

/// Follows a URL change made by the browser (a link, Back, Forward, an
/// edited address). A fragment link fires both `popstate` and `hashchange`;
/// the second finds nothing new.
fn follow(current: &RefCell<Rc<Location>>, set: &UseStateHandle<Rc<Location>>) {
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
            let on_hash =
                EventListener::new(&window, "hashchange", move |_| follow(&current, &location));
            move || drop((on_pop, on_hash))
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
