//! Stored user preferences and how they are read back.
//!
//! Browser storage may hold anything (an older format, another site's value,
//! a hand edit), so reading a preference returns an error for the UI to
//! mention and then falls back to the default; nothing else depends on it.

use crate::explore::Tab;
use crate::format::Lang;
use crate::i18n::M;
use crate::json::{self, Kind};

/// The colour scheme: follow the system, or a fixed choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const STORAGE_KEY: &'static str = "exodus.theme";

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Reads a stored value; `Err` when it is present but not understood.
    pub fn parse(stored: Option<&str>) -> Result<Theme, String> {
        match stored {
            None | Some("system") => Ok(Theme::System),
            Some("light") => Ok(Theme::Light),
            Some("dark") => Ok(Theme::Dark),
            Some(other) => Err(other.chars().take(40).collect()),
        }
    }

    /// The next choice of the toggle button.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    pub fn label(self) -> M {
        match self {
            Theme::System => M::ThemeSystem,
            Theme::Light => M::ThemeLight,
            Theme::Dark => M::ThemeDark,
        }
    }
}

/// Where the chosen interface language is remembered.
pub const LANG_KEY: &str = "exodus.lang";

/// Reads a stored language: `Ok(None)` when nothing is stored, `Err` with
/// the (shortened) value when it is not a language the interface has.
pub fn parse_lang(stored: Option<&str>) -> Result<Option<Lang>, String> {
    match stored {
        None => Ok(None),
        Some(tag) => Lang::from_tag(tag)
            .map(Some)
            .ok_or_else(|| tag.chars().take(40).collect()),
    }
}

/// Where pins are remembered: a JSON array of `"people/<id>"` and
/// `"companies/<id>"` strings, in the order they were pinned.
pub const PINS_KEY: &str = "exodus.pins";

/// Reads stored pins. Anything but an array of such strings (another
/// program's value, a truncated write, a hand edit) is `Err`: the caller
/// discards it with a notice rather than guess: `None`.
pub fn parse_pins(stored: Option<&str>) -> Option<Vec<String>> {
    let Some(text) = stored else {
        return Some(Vec::new());
    };
    let Kind::Array(items) = json::parse(text).ok()?.kind else {
        return None;
    };
    let mut pins = Vec::with_capacity(items.len());
    for item in items {
        match item.kind {
            Kind::String(s) if is_pin(&s) => {
                if !pins.contains(&s) {
                    pins.push(s);
                }
            }
            _ => return None,
        }
    }
    Some(pins)
}

/// The pin of a record of a card list: `people/<id>` or `companies/<id>`.
pub fn pin_key(tab: Tab, id: &str) -> String {
    format!("{}/{id}", tab.key())
}

/// `people/<id>` or `companies/<id>` with a non-empty id.
fn is_pin(s: &str) -> bool {
    matches!(s.split_once('/'), Some(("people" | "companies", id)) if !id.is_empty() && !id.contains('/'))
}

/// Pins as stored: a JSON array of strings.
pub fn store_pins(pins: &[String]) -> String {
    let mut out = String::from("[");
    for (i, p) in pins.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        crate::export::json_string(&mut out, p);
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_themes_parse_or_report() {
        assert_eq!(Theme::parse(None), Ok(Theme::System));
        assert_eq!(Theme::parse(Some("dark")), Ok(Theme::Dark));
        assert_eq!(
            Theme::parse(Some("{\"x\":1}")),
            Err("{\"x\":1}".to_string())
        );
        assert_eq!(Theme::parse(Some("")), Err(String::new()));
        let mut t = Theme::System;
        for _ in 0..3 {
            t = t.next();
        }
        assert_eq!(t, Theme::System);
    }

    #[test]
    fn stored_languages_parse_or_report() {
        assert_eq!(parse_lang(None), Ok(None));
        assert_eq!(parse_lang(Some("zh-Hant")), Ok(Some(Lang::Zh)));
        assert_eq!(parse_lang(Some("en")), Ok(Some(Lang::En)));
        assert_eq!(parse_lang(Some("klingon")), Err("klingon".to_string()));
    }

    #[test]
    fn stored_pins_parse_or_are_rejected() {
        assert_eq!(parse_pins(None), Some(vec![]));
        assert_eq!(
            parse_pins(Some(
                r#"["people/jan-leike","companies/anthropic","people/jan-leike"]"#
            )),
            Some(vec![
                "people/jan-leike".to_string(),
                "companies/anthropic".to_string()
            ])
        );
        let corrupt = [
            "",
            "[",
            "null",
            "{\"people\":[]}",
            "[1,2]",
            r#"["people/"]"#,
            r#"["events/x"]"#,
            r#"["people/a/b"]"#,
            "[\"people/jan-leike\"] trailing",
            "\u{feff}garbage",
        ];
        for c in corrupt {
            assert_eq!(parse_pins(Some(c)), None, "{c:?}");
        }
        let pins = vec![pin_key(Tab::People, "a\"b"), pin_key(Tab::Companies, "安")];
        assert_eq!(pins[1], "companies/安");
        assert_eq!(parse_pins(Some(&store_pins(&pins))), Some(pins));
    }
}
