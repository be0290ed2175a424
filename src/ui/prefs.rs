//! The remembered colour-scheme choice, applied as `data-theme` on `<html>`.

use yew::prelude::*;

use crate::prefs::Theme;

fn storage() -> Option<web_sys::Storage> {
    // Storage can be missing or throw (private browsing, blocked cookies):
    // the app then works for the session without remembering.
    web_sys::window()?.local_storage().ok()?
}

fn apply(theme: Theme) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = match theme {
            Theme::System => html.remove_attribute("data-theme"),
            other => html.set_attribute("data-theme", other.as_str()),
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
    let initial = use_state(|| {
        let stored = storage().and_then(|s| s.get_item(Theme::STORAGE_KEY).ok().flatten());
        match Theme::parse(stored.as_deref()) {
            Ok(t) => (t, None),
            Err(bad) => {
                if let Some(s) = storage() {
                    let _ = s.remove_item(Theme::STORAGE_KEY);
                }
                (Theme::System, Some(bad))
            }
        }
    });
    let theme = use_state(|| initial.0);
    use_effect_with(*theme, |t| apply(*t));
    let toggle = {
        let theme = theme.clone();
        Callback::from(move |()| {
            let next = theme.next();
            if let Some(s) = storage() {
                let _ = s.set_item(Theme::STORAGE_KEY, next.as_str());
            }
            theme.set(next);
        })
    };
    ThemeHandle {
        theme: *theme,
        toggle,
        reset_notice: initial.1.clone(),
    }
}
