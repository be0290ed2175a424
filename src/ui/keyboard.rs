//! Keyboard shortcuts: "/" focuses the search (going to the list first from
//! other views), Escape closes an open record or clears the search while
//! typing in it.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use exodus_core::explore::{Tab, View};
use exodus_core::url::UrlState;

use super::routing::Nav;

/// Whether a key event is aimed at a text field (where "/" is a character).
fn is_typing_target(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false)
}

/// Listens for the shortcuts while `state` is the view. `focus_search` is
/// set when "/" leaves a page without a search box, so the list focuses its
/// search once it mounts; `from_list` says the open record was reached from
/// the list one entry back, so Escape can go Back instead of adding one.
#[hook]
pub fn use_keyboard_shortcuts(
    state: Rc<UrlState>,
    search_ref: NodeRef,
    focus_search: Rc<RefCell<bool>>,
    from_list: bool,
    navigate: Callback<(UrlState, Nav)>,
) {
    use_effect_with(state, move |state| {
        let state = state.clone();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let plain = !e.ctrl_key() && !e.meta_key() && !e.alt_key();
                if e.key() == "/" && plain && !is_typing_target(e) {
                    e.prevent_default();
                    match search_ref.cast::<web_sys::HtmlInputElement>() {
                        Some(input) => {
                            let _ = input.focus();
                            input.select();
                        }
                        None => {
                            *focus_search.borrow_mut() = true;
                            let mut list = state.list();
                            if list.view != View::Cards {
                                list = UrlState::new(Tab::People);
                                list.lang = state.lang;
                            }
                            navigate.emit((list, Nav::Push));
                        }
                    }
                } else if e.key() == "Escape" && state.record.is_some() {
                    e.prevent_default();
                    match gloo::utils::window().history() {
                        Ok(h) if from_list => {
                            let _ = h.back();
                        }
                        _ => navigate.emit((state.list(), Nav::Push)),
                    }
                } else if e.key() == "Escape" && !state.query.is_empty() && is_typing_target(e) {
                    e.prevent_default();
                    let mut s = state.list();
                    s.query.clear();
                    navigate.emit((s, Nav::Replace));
                }
            },
        );
        move || drop(listener)
    });
}
