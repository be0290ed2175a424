//! Case- and accent-insensitive text search with highlighting.
//!
//! Folding maps every character to exactly one character, so a match found in
//! folded text has the same character offsets in the original text and can be
//! highlighted there. Chinese text needs no folding: substring matching on
//! characters works because Chinese has no word spaces to split on.

/// Folds one character: lower case, Latin diacritics removed, full-width
/// ASCII to ASCII. Always returns exactly one character.
pub fn fold_char(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    let lower = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(one), None) => one,
            _ => c,
        }
    };
    strip_diacritic(lower)
}

fn strip_diacritic(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}

/// Folds a whole string (same number of characters as the input).
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// A parsed query: folded, whitespace-separated terms, all of which must
/// match somewhere in a record.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    pub fn parse(raw: &str) -> Self {
        let mut terms: Vec<String> = Vec::new();
        for t in fold(raw).split_whitespace() {
            if !terms.iter().any(|x| x == t) {
                terms.push(t.to_owned());
            }
        }
        Self { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whether every term occurs in the already-folded `haystack`.
    pub fn matches(&self, folded_haystack: &str) -> bool {
        self.terms
            .iter()
            .all(|t| folded_haystack.contains(t.as_str()))
    }
}

/// A run of display text, highlighted or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub hit: bool,
}

/// Splits `text` into runs, marking every occurrence of any query term.
pub fn highlight<'a>(text: &'a str, query: &Query) -> Vec<Segment<'a>> {
    if query.is_empty() || text.is_empty() {
        return vec![Segment { text, hit: false }];
    }
    let folded: Vec<char> = text.chars().map(fold_char).collect();
    let mut marked = vec![false; folded.len()];
    for term in query.terms() {
        let t: Vec<char> = term.chars().collect();
        if t.is_empty() || t.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - t.len() {
            if folded[start..start + t.len()] == t[..] {
                marked[start..start + t.len()]
                    .iter_mut()
                    .for_each(|m| *m = true);
            }
        }
    }
    // Map character indices back to byte offsets of the original text.
    let offsets: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut out = Vec::new();
    let mut run_start = 0;
    for i in 1..=marked.len() {
        if i == marked.len() || marked[i] != marked[run_start] {
            out.push(Segment {
                text: &text[offsets[run_start]..offsets[i]],
                hit: marked[run_start],
            });
            run_start = i;
        }
    }
    out
}

// Native only: proptest does not build for wasm32-unknown-unknown.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(
            fold("Łukasz Kaiser ÉCOLE Zürich"),
            "lukasz kaiser ecole zurich"
        );
        assert_eq!(fold("ＯｐｅｎＡＩ"), "openai");
        assert_eq!(fold("奧特曼"), "奧特曼");
    }

    #[test]
    fn queries_match_all_terms() {
        let hay = fold("John Schulman co-founder Anthropic 聯合創始人");
        let cases = [
            ("schulman", true),
            ("SCHULMAN anthropic", true),
            ("schulman meta", false),
            ("聯合", true),
            ("創始人 john", true),
            ("   ", true),
            ("Schülman", true),
        ];
        for (q, want) in cases {
            assert_eq!(Query::parse(q).matches(&hay), want, "query {q:?}");
        }
    }

    #[test]
    fn highlight_marks_matches_in_original_text() {
        let q = Query::parse("sutsk ilya");
        let segs = highlight("Ilya Sutskever", &q);
        let hits: Vec<&str> = segs.iter().filter(|s| s.hit).map(|s| s.text).collect();
        assert_eq!(hits, vec!["Ilya", "Sutsk"]);
        let q = Query::parse("zurich");
        let segs = highlight("in Zürich", &q);
        assert_eq!(
            segs[1],
            Segment {
                text: "Zürich",
                hit: true
            }
        );
        let q = Query::parse("特曼");
        let segs = highlight("奧特曼", &q);
        assert_eq!(
            segs[1],
            Segment {
                text: "特曼",
                hit: true
            }
        );
    }

    proptest! {
        #[test]
        fn fold_keeps_char_count(s in ".*") {
            prop_assert_eq!(fold(&s).chars().count(), s.chars().count());
        }

        #[test]
        fn highlight_reassembles_text(s in ".{0,40}", q in ".{0,6}") {
            let segs = highlight(&s, &Query::parse(&q));
            let joined: String = segs.iter().map(|x| x.text).collect();
            prop_assert_eq!(joined, s);
        }
    }
}
