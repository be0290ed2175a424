//! View-local state of the interface as reducers, in the manner of Yew's
//! `function_todomvc`: each state is a value, each change an action, and
//! each transition a pure function tested natively. Storage, history and
//! focus stay in the components' effects.

use std::rc::Rc;

use yew::Reducible;

/// A set of chosen keys in the order they were chosen: pins
/// ("people/<id>"), expanded facets (the facet's key), opened timeline
/// years ("2024"). One type of keys for all three: each reducer type is
/// its own copy of Yew's reducer hook in the wasm.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Toggles(pub Rc<Vec<String>>);

impl Toggles {
    pub fn contains(&self, key: &str) -> bool {
        self.0.iter().any(|k| k == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToggleAction {
    /// Adds the key when absent (at the end), removes it when present.
    Toggle(String),
}

impl Reducible for Toggles {
    type Action = ToggleAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        match action {
            ToggleAction::Toggle(value) => {
                let mut next = (*self.0).clone();
                match next.iter().position(|v| *v == value) {
                    Some(i) => {
                        next.remove(i);
                    }
                    None => next.push(value),
                }
                Rc::new(Toggles(Rc::new(next)))
            }
        }
    }
}

/// Cards drawn in the frame that answers a keystroke or a filter until the
/// list has measured how many a screen holds ([`screen_of_cards`]): about
/// two screens of them on a large display. The rest of the page follows in
/// a task after that frame. Creating a card's elements is most of a
/// keystroke's work when the results change.
pub const FIRST: usize = 16;

/// How many cards the frame that answers a keystroke draws so that the
/// window shows no gap: the cards starting above `screen` (the window's
/// height), and one row more. `tops` are the drawn cards' tops in the
/// window, in order. None when they all start within it: a list that short
/// cannot tell how many the window holds.
pub fn screen_of_cards(tops: &[f64], screen: f64) -> Option<usize> {
    let (&first, &last) = (tops.first()?, tops.last()?);
    if last < screen {
        return None;
    }
    let within = tops.iter().take_while(|&&t| t < screen).count();
    let row = tops.iter().take_while(|&&t| t == first).count();
    Some(within + row)
}

/// How many cards of a result list are shown. The results are named by a
/// key (any value that changes when the results do); a new key starts again
/// from the first page, or from the page holding a record to return to.
/// New results are drawn a screen of cards first (`first`, see
/// [`screen_of_cards`]), the rest of the page once that frame is drawn; a prerendered list being hydrated shows every card
/// (as the page does) until the app has taken it over.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Paging {
    /// The results this count belongs to (none before the first "Show more").
    pub key: Option<usize>,
    /// Cards shown.
    pub shown: usize,
    /// "Show more" added cards whose first one should take focus.
    pub focus_new: bool,
    /// Every card is shown: the prerendered list being hydrated.
    pub all: bool,
    /// The results whose whole page has been drawn.
    pub drawn: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PagingAction {
    /// Show `page` more of `total` results (of the results named `key`,
    /// which start at `start` cards when they are new).
    ShowMore {
        key: usize,
        start: usize,
        page: usize,
        total: usize,
    },
    /// The first new card has taken focus.
    Focused,
    /// The app has taken over the prerendered list: page it from now on.
    Hydrated,
    /// The first cards of the results named `key` are on screen: draw the
    /// rest of their page.
    Drawn(usize),
}

impl Paging {
    /// The state of a prerendered list of the results named `key` that the
    /// app hydrates: every card, and that page counts as drawn.
    pub fn hydrating(key: usize) -> Self {
        Paging {
            all: true,
            drawn: Some(key),
            ..Paging::default()
        }
    }

    /// Cards to show of the results named `key`: this state's count when it
    /// belongs to them, else `start`; never more than `total`.
    pub fn shown_for(&self, key: usize, start: usize, total: usize) -> usize {
        let shown = if self.key == Some(key) {
            self.shown
        } else {
            start
        };
        shown.min(total)
    }

    /// Whether the results named `key` are drawn a screen of cards first:
    /// new results, unless the list shows every card or returns to a
    /// record further down (`returning`).
    pub fn progressive(&self, key: usize, returning: bool) -> bool {
        !self.all && !returning && self.drawn != Some(key)
    }

    /// Cards to draw now of the results named `key` (see [`Self::shown_for`]
    /// and [`Self::progressive`]), `first` of them in a first step.
    pub fn limit(
        &self,
        key: usize,
        start: usize,
        total: usize,
        returning: bool,
        first: usize,
    ) -> usize {
        if self.all {
            total
        } else if self.progressive(key, returning) {
            self.shown_for(key, start, total).min(first)
        } else {
            self.shown_for(key, start, total)
        }
    }
}

impl Reducible for Paging {
    type Action = PagingAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        match action {
            PagingAction::ShowMore {
                key,
                start,
                page,
                total,
            } => {
                let shown = if self.key == Some(key) {
                    self.shown
                } else {
                    start
                };
                if shown >= total {
                    return self;
                }
                Rc::new(Paging {
                    key: Some(key),
                    shown: shown + page,
                    focus_new: true,
                    ..(*self).clone()
                })
            }
            PagingAction::Focused if self.focus_new => Rc::new(Paging {
                focus_new: false,
                ..(*self).clone()
            }),
            PagingAction::Focused => self,
            PagingAction::Hydrated if self.all => Rc::new(Paging {
                all: false,
                ..(*self).clone()
            }),
            PagingAction::Hydrated => self,
            PagingAction::Drawn(key) if self.drawn != Some(key) => Rc::new(Paging {
                drawn: Some(key),
                ..(*self).clone()
            }),
            PagingAction::Drawn(_) => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toggle(state: Toggles, value: &str) -> Toggles {
        (*Rc::new(state).reduce(ToggleAction::Toggle(value.to_owned()))).clone()
    }

    #[test]
    fn toggling_adds_at_the_end_and_removes_in_place() {
        let cases: &[(&[&str], &str, &[&str])] = &[
            (&[], "2024", &["2024"]),
            (&["2024"], "2023", &["2024", "2023"]),
            (&["2024", "2023"], "2024", &["2023"]),
            (&["2022", "2023", "2024"], "2023", &["2022", "2024"]),
        ];
        let owned = |keys: &[&str]| keys.iter().map(|k| k.to_string()).collect::<Vec<_>>();
        for (before, value, after) in cases {
            let state = Toggles(Rc::new(owned(before)));
            assert_eq!(
                *toggle(state, value).0,
                owned(after),
                "{before:?} ± {value}"
            );
        }
    }

    #[test]
    fn toggling_twice_is_no_change() {
        let pins = Toggles(Rc::new(vec!["people/a".to_string()]));
        let twice = toggle(toggle(pins.clone(), "companies/b"), "companies/b");
        assert_eq!(twice, pins);
        assert!(twice.contains("people/a"));
    }

    fn more(p: Paging, key: usize, start: usize, total: usize) -> Paging {
        (*Rc::new(p).reduce(PagingAction::ShowMore {
            key,
            start,
            page: 48,
            total,
        }))
        .clone()
    }

    #[test]
    fn show_more_adds_a_page_until_all_are_shown() {
        let p = more(Paging::default(), 7, 48, 120);
        assert_eq!((p.key, p.shown, p.focus_new), (Some(7), 96, true));
        let p = more(p, 7, 48, 120);
        assert_eq!(p.shown, 144);
        assert_eq!(p.shown_for(7, 48, 120), 120, "never more than there are");
        let same = more(p.clone(), 7, 48, 120);
        assert_eq!(same, p, "nothing left to show");
    }

    #[test]
    fn the_first_results_start_at_their_start() {
        // Whatever key the first results have (0 included).
        assert_eq!(Paging::default().shown_for(0, 48, 500), 48);
        assert_eq!(Paging::default().shown_for(0, 48, 10), 10);
    }

    #[test]
    fn new_results_start_again() {
        let p = more(Paging::default(), 1, 48, 500);
        assert_eq!(p.shown_for(1, 48, 500), 96);
        assert_eq!(p.shown_for(2, 48, 500), 48, "other results: their start");
        assert_eq!(p.shown_for(2, 144, 500), 144, "a record to return to");
        let q = more(p, 2, 48, 500);
        assert_eq!((q.key, q.shown), (Some(2), 96));
    }

    #[test]
    fn focus_is_handed_over_once() {
        let p = Rc::new(more(Paging::default(), 1, 48, 500));
        let p = p.reduce(PagingAction::Focused);
        assert!(!p.focus_new);
        let again = p.clone().reduce(PagingAction::Focused);
        assert!(Rc::ptr_eq(&p, &again), "no change, no re-render");
    }

    #[test]
    fn new_results_draw_their_first_cards_then_their_page() {
        let p = Rc::new(Paging::default());
        assert!(p.progressive(3, false));
        assert_eq!(p.limit(3, 48, 500, false, FIRST), FIRST);
        assert_eq!(
            p.limit(3, 48, 10, false, FIRST),
            10,
            "never more than there are"
        );
        let p = p.reduce(PagingAction::Drawn(3));
        assert_eq!(p.limit(3, 48, 500, false, FIRST), 48);
        let again = p.clone().reduce(PagingAction::Drawn(3));
        assert!(Rc::ptr_eq(&p, &again), "no change, no re-render");
        // The next results start again with their first cards.
        assert_eq!(p.limit(4, 48, 500, false, FIRST), FIRST);
        assert_eq!(p.limit(4, 48, 500, false, 4), 4, "a measured screen");
        // Returning to a record further down draws its whole page at once.
        assert!(!p.progressive(4, true));
        assert_eq!(p.limit(4, 144, 500, true, FIRST), 144);
    }

    #[test]
    fn the_cards_a_window_holds_are_measured_from_a_list_longer_than_it() {
        // Three columns of 300 px rows from 540 px down a 900 px window: two
        // rows start within it, and one more row is drawn.
        let tops: Vec<f64> = (0..24).map(|i| 540.0 + f64::from(i / 3) * 300.0).collect();
        assert_eq!(screen_of_cards(&tops, 900.0), Some(6 + 3));
        // One column (a phone) of 350 px cards, scrolled: the list starts
        // above the window.
        let tops: Vec<f64> = (0..10).map(|i| -200.0 + f64::from(i) * 350.0).collect();
        assert_eq!(screen_of_cards(&tops, 800.0), Some(3 + 1));
        // Cards that all start within the window tell nothing.
        assert_eq!(screen_of_cards(&tops[..2], 800.0), None);
        assert_eq!(screen_of_cards(&[], 800.0), None);
    }

    #[test]
    fn a_hydrated_list_shows_every_card_until_taken_over() {
        let p = Rc::new(Paging::hydrating(0));
        assert_eq!(
            p.limit(0, 48, 500, false, FIRST),
            500,
            "as the prerendered page"
        );
        assert!(!p.progressive(0, false));
        let p = p.reduce(PagingAction::Hydrated);
        assert_eq!(
            p.limit(0, 48, 500, false, FIRST),
            48,
            "its page, all at once"
        );
        let again = p.clone().reduce(PagingAction::Hydrated);
        assert!(Rc::ptr_eq(&p, &again), "no change, no re-render");
        assert_eq!(
            p.limit(1, 48, 500, false, FIRST),
            FIRST,
            "then new results as usual"
        );
        // Show more keeps the list taken over.
        let p = more((*p).clone(), 0, 48, 500);
        assert_eq!((p.limit(0, 48, 500, false, FIRST), p.all), (96, false));
    }
}
