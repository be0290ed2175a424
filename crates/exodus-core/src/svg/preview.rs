//! Link-preview images: a 1200 × 630 card per person and per company, the
//! picture a chat app or a social site shows beside a shared link
//! (`og:image`). The build (`exodus-prerender`) rasterises these drawings to
//! PNG with the font it ships (`assets/fonts/`, DejaVu Sans), which has no
//! Chinese glyphs: the cards are written in English, and a name with no
//! English form falls back to its Chinese text only if the font can draw it
//! (the caller decides; see [`PreviewText`]).

use super::esc;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// What a preview card says: a name, then up to three lines under it.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewText {
    /// "Person" or "Company": a small label above the name.
    pub kind: String,
    pub name: String,
    pub lines: Vec<String>,
}

/// The font's average advance in ems, for fitting text without measuring.
const AVERAGE_ADVANCE: f64 = 0.6;
/// The width text may take: the card's inner width.
const TEXT_WIDTH: f64 = 1040.0;

/// The largest size (at most `max`) at which `text` fits the card's width.
fn fit(text: &str, max: f64) -> f64 {
    let n = text.chars().count().max(1) as f64;
    (TEXT_WIDTH / (n * AVERAGE_ADVANCE)).min(max).floor()
}

/// Cuts a line that would need a size below `min` to fit, with an ellipsis.
fn clip(text: &str, size: f64) -> String {
    let max = (TEXT_WIDTH / (size * AVERAGE_ADVANCE)) as usize;
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let head: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", head.trim_end())
}

/// The preview card as a standalone SVG document.
pub fn card(t: &PreviewText) -> String {
    let name_size = fit(&t.name, 84.0).max(44.0);
    let name = clip(&t.name, name_size);
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans">
<rect width="{WIDTH}" height="{HEIGHT}" fill="#eef2fb"/>
<rect x="40" y="40" width="1120" height="550" rx="28" fill="#ffffff" stroke="#c7d2ea" stroke-width="2"/>
<rect x="40" y="40" width="14" height="550" rx="7" fill="#1d4ed8"/>
<text x="90" y="118" font-size="34" font-weight="bold" fill="#1d4ed8">Exodus</text>
<text x="1120" y="118" font-size="26" fill="#5b6478" text-anchor="end">{kind}</text>
<text x="90" y="{name_y}" font-size="{name_size}" font-weight="bold" fill="#111827">{name}</text>
"##,
        kind = esc(&t.kind),
        name = esc(&name),
        name_y = 210.0 + name_size * 0.55,
    );
    let mut y = 300.0 + name_size * 0.55;
    for line in t.lines.iter().take(3) {
        let line = clip(line, 34.0);
        out.push_str(&format!(
            "<text x=\"90\" y=\"{y}\" font-size=\"34\" fill=\"#374151\">{}</text>\n",
            esc(&line)
        ));
        y += 56.0;
    }
    out.push_str(
        "<text x=\"90\" y=\"555\" font-size=\"24\" fill=\"#5b6478\">Who left OpenAI, when, why and where they went, with every claim sourced</text>\n</svg>\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_names_its_record_and_escapes_text() {
        let svg = card(&PreviewText {
            kind: "Person".into(),
            name: "Ada <Lovelace> & co".into(),
            lines: vec!["Left May 2024 → Anthropic".into(), "Chief scientist".into()],
        });
        assert!(svg.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""
        ));
        assert!(svg.contains("Ada &lt;Lovelace&gt; &amp; co"));
        assert!(svg.contains("Left May 2024 → Anthropic"));
        assert!(!svg.contains("<Lovelace>"));
    }

    #[test]
    fn long_text_is_made_smaller_then_cut() {
        assert_eq!(fit("Anthropic", 84.0), 84.0);
        let long = "A".repeat(40);
        assert!(fit(&long, 84.0) < 84.0);
        let very_long = "word ".repeat(60);
        let cut = clip(&very_long, 34.0);
        assert!(cut.ends_with('…'));
        assert!(cut.chars().count() <= (TEXT_WIDTH / (34.0 * AVERAGE_ADVANCE)) as usize);
    }
}
