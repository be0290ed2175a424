//! How many cards the window holds: new results draw that many with the
//! keystroke, the rest of their page after that frame (see the Explorer
//! and [`crate::state::Paging`]).

use std::cell::Cell;

use crate::state::{screen_of_cards, FIRST};

thread_local! {
    /// Cards drawn in the frame that answers a keystroke: as many as the
    /// window holds, as last measured ([`measure`]).
    static FIRST_STEP: Cell<usize> = const { Cell::new(FIRST) };
}

/// Measures how many cards the window holds from the cards as they lie in
/// it ([`screen_of_cards`]), reading no further than one card below it;
/// keeps the last measure when the list ends within the window.
pub fn measure() {
    let Some(list) = gloo::utils::document().get_element_by_id("cards") else {
        return;
    };
    let Some(screen) = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
    else {
        return;
    };
    let cards = list.children();
    let mut tops = Vec::new();
    for i in 0..cards.length() {
        let Some(card) = cards.item(i) else { break };
        let top = card.get_bounding_client_rect().top();
        tops.push(top);
        if top >= screen {
            break;
        }
    }
    if let Some(n) = screen_of_cards(&tops, screen) {
        FIRST_STEP.with(|f| f.set(n));
    }
}

/// Cards to draw in the frame that answers a keystroke.
pub fn first_step() -> usize {
    FIRST_STEP.with(Cell::get)
}
