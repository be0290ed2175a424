//! Remembered choices in browser storage: the colour scheme (applied as
//! `data-theme` on `<html>`), the interface language and the pins.
//!
//! Storage can be missing or throw (private browsing, blocked cookies): the
//! app then works for the session without remembering. A stored value that
//! cannot be read is removed and reported once in a notice.

use crate::state::{ToggleAction, Toggles};
use std::rc::Rc;

use yew::prelude::*;

use exodus_core::format::Lang;
use exodus_core::prefs::{parse_lang, parse_pins, store_pins, Theme, LANG_KEY, PINS_KEY};

use super::env::{browser_languages, storage};

fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

fn write(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

fn apply(theme: Theme) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = match theme {
            Theme::System => html.remove_attribute("data-theme"),
            other => html.set_attribute("data-theme", other.key()),
        };
    }
}

#[derive(Clone, PartialEq)]
pub struct ThemeHandle {
    pub theme: Theme,
    pub toggle: Callback<()>,
    /// Set when a stored value could not be read and was reset.
    pub reset_notice: Option<String>,
}

#[hook]
pub fn use_theme() -> ThemeHandle {
    // The theme and, when the stored value could not be read (and was
    // reset), that value: read once per visit.
    let theme = use_state(|| match Theme::parse(read(Theme::STORAGE_KEY).as_deref()) {
        Ok(t) => (t, None),
        Err(bad) => {
            remove(Theme::STORAGE_KEY);
            (Theme::System, Some(bad))
        }
    });
    use_effect_with(theme.0, |t| apply(*t));
    let toggle = {
        let theme = theme.clone();
        Callback::from(move |()| {
            let next = theme.0.next();
            write(Theme::STORAGE_KEY, next.key());
            theme.set((next, theme.1.clone()));
        })
    };
    ThemeHandle {
        theme: theme.0,
        toggle,
        reset_notice: theme.1.clone(),
    }
}

/// The language to use when the URL does not name one: the stored choice,
/// else the browser's preferred languages. The second value is a stored
/// value that could not be read (and was removed).
pub fn preferred_lang() -> (Lang, Option<String>) {
    match parse_lang(read(LANG_KEY).as_deref()) {
        Ok(Some(l)) => (l, None),
        stored => {
            let bad = stored.err();
            if bad.is_some() {
                remove(LANG_KEY);
            }
            let langs = browser_languages();
            (Lang::from_browser(langs.iter().map(String::as_str)), bad)
        }
    }
}

/// Remembers a language the reader chose.
pub fn store_lang(lang: Lang) {
    write(LANG_KEY, lang.tag());
}

#[derive(Clone, PartialEq)]
pub struct PinsHandle {
    /// `people/<id>` and `companies/<id>`, in the order pinned.
    pub pins: Rc<Vec<String>>,
    /// Pins or unpins a record.
    pub toggle: Callback<String>,
    /// Stored pins could not be read and were discarded.
    pub reset: bool,
}

#[hook]
pub fn use_pins() -> PinsHandle {
    let initial = use_state(|| match parse_pins(read(PINS_KEY).as_deref()) {
        Some(p) => (Rc::new(p), false),
        None => {
            remove(PINS_KEY);
            (Rc::new(Vec::new()), true)
        }
    });
    let pins = use_reducer({
        let initial = initial.0.clone();
        move || Toggles(initial)
    });
    // Stored whenever they change after the first render (what was read
    // needs no writing back, and a discarded value stays removed).
    let loaded = use_mut_ref(|| false);
    use_effect_with(pins.0.clone(), move |pins| {
        if loaded.replace(true) {
            write(PINS_KEY, &store_pins(pins));
        }
    });
    let toggle = {
        let pins = pins.dispatcher();
        Callback::from(move |key: String| pins.dispatch(ToggleAction::Toggle(key)))
    };
    PinsHandle {
        pins: pins.0.clone(),
        toggle,
        reset: initial.1,
    }
}
