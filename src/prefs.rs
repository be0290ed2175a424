//! Stored user preferences and how they are read back.
//!
//! Browser storage may hold anything (an older format, another site's value,
//! a hand edit), so reading a preference returns an error for the UI to
//! mention and then falls back to the default; nothing else depends on it.

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

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Theme: system",
            Theme::Light => "Theme: light",
            Theme::Dark => "Theme: dark",
        }
    }
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
}
