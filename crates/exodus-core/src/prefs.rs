//! Stored user preferences and how they are read back.
//!
//! Browser storage may hold anything (an older format, another site's value,
//! a hand edit), so reading a preference returns an error for the UI to
//! mention and then falls back to the default; nothing else depends on it.

use crate::explore::Tab;
use crate::format::Lang;

crate::vocabulary! {
    /// The colour scheme: follow the system, or a fixed choice. The key is
    /// the stored value and the `data-theme` attribute.
    #[derive(Default)]
    pub enum Theme {
        #[default]
        System("system", "system", ThemeSystem),
        Light("light", "light", ThemeLight),
        Dark("dark", "dark", ThemeDark),
    }
}

impl Theme {
    pub const STORAGE_KEY: &'static str = "exodus.theme";

    /// Reads a stored value; `Err` when it is present but not understood.
    pub fn parse(stored: Option<&str>) -> Result<Theme, String> {
        match stored {
            None => Ok(Theme::System),
            Some(key) => Theme::from_key(key).ok_or_else(|| key.chars().take(40).collect()),
        }
    }

    /// The next choice of the toggle button, in [`Theme::ALL`] order.
    pub fn next(self) -> Theme {
        let i = Theme::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Theme::ALL[(i + 1) % Theme::ALL.len()]
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
    let mut pins: Vec<String> = Vec::new();
    for s in string_array(text)? {
        if !is_pin(&s) {
            return None;
        }
        if !pins.contains(&s) {
            pins.push(s);
        }
    }
    Some(pins)
}

/// Reads a JSON array of strings (`["a", "b\n"]`, any JSON whitespace and
/// escapes), or `None` for anything else. Stored pins are the app's only
/// JSON input at run time, and this reader is a fraction of the size of a
/// general JSON deserializer in the wasm.
pub fn string_array(text: &str) -> Option<Vec<String>> {
    let mut chars = text.chars().peekable();
    let mut out = Vec::new();
    skip_ws(&mut chars);
    if chars.next()? != '[' {
        return None;
    }
    skip_ws(&mut chars);
    if chars.next_if_eq(&']').is_none() {
        loop {
            skip_ws(&mut chars);
            if chars.next()? != '"' {
                return None;
            }
            out.push(string_rest(&mut chars)?);
            skip_ws(&mut chars);
            match chars.next()? {
                ',' => continue,
                ']' => break,
                _ => return None,
            }
        }
    }
    skip_ws(&mut chars);
    chars.next().is_none().then_some(out)
}

/// The rest of a JSON string after its opening quote, up to and including
/// the closing one, with its escapes decoded.
fn string_rest(chars: &mut impl Iterator<Item = char>) -> Option<String> {
    let mut s = String::new();
    loop {
        match chars.next()? {
            '"' => return Some(s),
            '\\' => match chars.next()? {
                '"' => s.push('"'),
                '\\' => s.push('\\'),
                '/' => s.push('/'),
                'b' => s.push('\u{8}'),
                'f' => s.push('\u{c}'),
                'n' => s.push('\n'),
                'r' => s.push('\r'),
                't' => s.push('\t'),
                'u' => {
                    let high = hex4(chars)?;
                    let code = if (0xD800..0xDC00).contains(&high) {
                        // A leading surrogate must be followed by a
                        // trailing one: together they are one character.
                        if chars.next()? != '\\' || chars.next()? != 'u' {
                            return None;
                        }
                        let low = hex4(chars)?;
                        if !(0xDC00..0xE000).contains(&low) {
                            return None;
                        }
                        0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        high
                    };
                    s.push(char::from_u32(code)?);
                }
                _ => return None,
            },
            c if (c as u32) < 0x20 => return None,
            c => s.push(c),
        }
    }
}

fn skip_ws(chars: &mut std::iter::Peekable<std::str::Chars>) {
    while chars
        .next_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
        .is_some()
    {}
}

fn hex4(chars: &mut impl Iterator<Item = char>) -> Option<u32> {
    let mut n = 0;
    for _ in 0..4 {
        n = n * 16 + chars.next()?.to_digit(16)?;
    }
    Some(n)
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

    /// The strings of a one-string array.
    fn string(text: &str) -> String {
        let mut items = string_array(&format!("[{text}]")).expect("reads");
        assert_eq!(items.len(), 1);
        items.remove(0)
    }

    #[test]
    fn strings_and_escapes() {
        assert_eq!(string(r#""""#), "");
        assert_eq!(string(r#""plain""#), "plain");
        assert_eq!(string(r#""中文 é""#), "中文 é");
        assert_eq!(
            string(r#""\" \\ \/ \b \f \n \r \t""#),
            "\" \\ / \u{8} \u{c} \n \r \t"
        );
        assert_eq!(string(r#""\u0041\u00e9\u4E2D""#), "Aé中");
        assert_eq!(string(r#""a\u0000b""#), "a\0b");
        // A surrogate pair: U+1F600.
        assert_eq!(string(r#""x\ud83d\uDE00y""#), "x\u{1F600}y");
        assert_eq!(string(r#""\\u0041""#), "\\u0041");
        assert_eq!(
            string_array(" [ \"a\" ,\n\"b\" ] "),
            Some(vec!["a".to_string(), "b".to_string()])
        );
        assert_eq!(string_array("[]"), Some(vec![]));
    }

    #[test]
    fn malformed_strings() {
        let malformed = [
            r#""abc"#,
            r#""a\"#,
            r#""a\x""#,
            r#""\u12G4""#,
            r#""\u12"#,
            "\"a\nb\"",
            "\"é\tb\"",
            r#""x\ud83d""#,
            r#""x\ud83d\u0041""#,
            r#""x\ude00""#,
        ];
        for text in malformed {
            assert_eq!(string_array(&format!("[{text}]")), None, "{text}");
        }
        for text in ["[", "[\"a\",]", "[,]", "[\"a\" \"b\"]", "[\"a\"] x", "[1]"] {
            assert_eq!(string_array(text), None, "{text}");
        }
    }

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

// Native only: proptest does not build for wasm32-unknown-unknown.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::string_array;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_serde_json(text in "[\\[\\]\",: a\\\\ntu0-9]{0,30}") {
            let theirs = serde_json::from_str::<Vec<String>>(&text).ok();
            prop_assert_eq!(string_array(&text), theirs, "{:?}", text);
        }

        #[test]
        fn strings_round_trip(items in proptest::collection::vec(any::<String>(), 0..4)) {
            let text = serde_json::to_string(&items).unwrap();
            prop_assert_eq!(string_array(&text), Some(items));
        }

        #[test]
        fn never_panics(text in "\\PC{0,60}") {
            let _ = string_array(&text);
        }
    }
}
