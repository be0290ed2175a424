//! The document title and focus across views: focus moves into a record's
//! page when it opens and back to its card when it closes.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use exodus_core::url::UrlState;

use super::common::card_link_id;

/// Focuses the element with this id, if it exists and can take focus.
pub fn focus_by_id(id: &str) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Sets `document.title` whenever it changes.
#[hook]
pub fn use_document_title(title: String) {
    use_effect_with(title, |title| gloo::utils::document().set_title(title));
}

/// What the focus hook hands back to the render: the record open before
/// this view (the list shows enough cards to include it) and whether the
/// search should take focus when it mounts.
pub struct FocusReturn {
    pub return_to: Option<AttrValue>,
    pub autofocus: bool,
    /// Set by "/" on a page without a search box (see the keyboard hook).
    pub focus_search: Rc<RefCell<bool>>,
}

/// Moves focus into a record's page when one opens and back to its card
/// when it closes (unless the search asked for focus).
#[hook]
pub fn use_focus_return(state: Rc<UrlState>) -> FocusReturn {
    let previous = use_mut_ref(|| None::<String>);
    let focus_search = use_mut_ref(|| false);
    let return_to = previous.borrow().clone().map(AttrValue::from);
    let autofocus = *focus_search.borrow();
    {
        let focus_search = focus_search.clone();
        use_effect_with(state, move |state| {
            // The list has mounted with the request (and focuses the search
            // itself); clear it and leave focus where it put it.
            let wants_search = focus_search.replace(false);
            let prev = previous.replace(state.record.clone());
            if prev != state.record {
                match (&state.record, prev) {
                    (Some(_), _) => {
                        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                        focus_by_id("detail-heading");
                    }
                    (None, Some(prev)) if !wants_search => focus_by_id(&card_link_id(&prev)),
                    (None, _) => {}
                }
            }
        });
    }
    FocusReturn {
        return_to,
        autofocus,
        focus_search,
    }
}
