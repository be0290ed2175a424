//! How to cite a page of Exodus: a short citation, a long one and a BibTeX
//! entry, each naming the dataset version and the day the reader accessed
//! the page. Person and company pages cite the record; other pages cite the
//! view.

use crate::date::PartialDate;
use crate::format::{datetime_attr, format_date, Lang};

/// The dataset's name in a citation.
pub const DATASET: &str = "Exodus: departures from OpenAI and the companies they founded";
pub const AUTHOR: &str = "Exodus contributors";
pub const LICENSE: &str = "CC BY 4.0";

/// What is cited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citable<'a> {
    /// The page's title as shown: a person's or company's name, or a view's
    /// heading ("People in the OpenAI exodus").
    pub title: &'a str,
    /// The record's id, when the page is a person's or a company's.
    pub record: Option<&'a str>,
    /// The BibTeX key's middle: the record's id, or the view's URL key
    /// (`people`, `timeline`...), so the key is ASCII in every language.
    pub key: &'a str,
    /// The page's address.
    pub url: &'a str,
    /// The dataset version the page shows.
    pub version: &'a str,
    /// The day of access.
    pub accessed: &'a PartialDate,
}

/// "Exodus contributors, “John Schulman”, Exodus dataset v1.2.0, https://…
/// (accessed 4 December 2026)."
pub fn short(c: &Citable, lang: Lang) -> String {
    let day = format_date(c.accessed, lang);
    match lang {
        Lang::En => format!(
            "{AUTHOR}, “{}”, Exodus dataset v{}, {} (accessed {day}).",
            c.title, c.version, c.url
        ),
        Lang::Zh => format!(
            "{AUTHOR}，〈{}〉，Exodus 資料集 {} 版，{}（{day}存取）。",
            c.title, c.version, c.url
        ),
    }
}

/// The long form: author, title, dataset, version and release, licence,
/// record id, address and access day.
pub fn long(c: &Citable, lang: Lang) -> String {
    let day = format_date(c.accessed, lang);
    let record = c.record.map(|id| match lang {
        Lang::En => format!(" Record “{id}”."),
        Lang::Zh => format!("紀錄「{id}」。"),
    });
    match lang {
        Lang::En => format!(
            "{AUTHOR}. “{}.” In {DATASET}, dataset version {}. Licensed {LICENSE}.{} {} (accessed {day}).",
            c.title,
            c.version,
            record.unwrap_or_default(),
            c.url
        ),
        Lang::Zh => format!(
            "{AUTHOR}。〈{}〉，收錄於《{DATASET}》，資料集 {} 版，授權 {LICENSE}。{}{}（{day}存取）。",
            c.title,
            c.version,
            record.unwrap_or_default(),
            c.url
        ),
    }
}

/// Escapes the characters BibTeX treats specially in a field.
fn bib_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '#' | '_' | '$' => {
                out.push('\\');
                out.push(ch);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

/// A BibTeX `@misc` entry. The key is `exodus-<record or view>-<year>`,
/// letters, digits and dashes only.
pub fn bibtex(c: &Citable) -> String {
    let slug: String = c
        .key
        .chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() {
                ch.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let year = c.accessed.year();
    let accessed = datetime_attr(c.accessed);
    format!(
        "@misc{{exodus-{slug}-{year},\n  author = {{{{{AUTHOR}}}}},\n  title = {{{{{}}}}},\n  \
         howpublished = {{{}}},\n  year = {{{year}}},\n  note = {{{}, dataset version {}, {LICENSE}. Accessed {accessed}}},\n  \
         url = {{{}}},\n  urldate = {{{accessed}}}\n}}\n",
        bib_escape(c.title),
        bib_escape(DATASET),
        bib_escape(DATASET),
        bib_escape(c.version),
        c.url,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> PartialDate {
        PartialDate::ymd(2026, 12, 4).unwrap()
    }

    fn sample<'a>(day: &'a PartialDate, record: Option<&'a str>, title: &'a str) -> Citable<'a> {
        Citable {
            title,
            record,
            key: record.unwrap_or("people"),
            url: "https://example.org/exodus/#/people/john-schulman?lang=en",
            version: "1.2.0",
            accessed: day,
        }
    }

    #[test]
    fn short_and_long_name_version_address_and_access_day() {
        let d = day();
        let c = sample(&d, Some("john-schulman"), "John Schulman");
        assert_eq!(
            short(&c, Lang::En),
            "Exodus contributors, “John Schulman”, Exodus dataset v1.2.0, \
             https://example.org/exodus/#/people/john-schulman?lang=en (accessed 4 December 2026)."
        );
        let l = long(&c, Lang::En);
        for needle in [
            "dataset version 1.2.0",
            "Licensed CC BY 4.0",
            "Record “john-schulman”",
            "(accessed 4 December 2026)",
            DATASET,
        ] {
            assert!(l.contains(needle), "{needle:?} missing from {l}");
        }
        let z = long(&c, Lang::Zh);
        assert!(
            z.contains("資料集 1.2.0 版") && z.contains("2026年12月4日存取"),
            "{z}"
        );
        assert!(short(&c, Lang::Zh).contains("〈John Schulman〉"));
    }

    #[test]
    fn a_view_has_no_record_line() {
        let d = day();
        let c = sample(&d, None, "People in the OpenAI exodus");
        assert!(!long(&c, Lang::En).contains("Record"));
        assert!(bibtex(&c).starts_with("@misc{exodus-people-2026,\n"));
        // A Chinese title still gives an ASCII key.
        let zh = sample(&d, None, "出走潮時間軸");
        assert!(bibtex(&zh).starts_with("@misc{exodus-people-2026,\n"));
    }

    #[test]
    fn bibtex_is_a_misc_entry_with_escaped_fields() {
        let d = day();
        let c = sample(&d, Some("john-schulman"), "Schulman & co {50%} #1_a");
        let b = bibtex(&c);
        assert!(b.starts_with("@misc{exodus-john-schulman-2026,\n"), "{b}");
        assert!(
            b.contains("  title = {{Schulman \\& co \\{50\\%\\} \\#1\\_a}},\n"),
            "{b}"
        );
        assert!(b.contains("  author = {{Exodus contributors}},\n"), "{b}");
        assert!(b.contains("  urldate = {2026-12-04}\n"), "{b}");
        assert!(b.contains("dataset version 1.2.0"), "{b}");
        // Balanced braces: the entry closes where it should.
        let depth = b.chars().fold(0i32, |d, ch| match ch {
            '{' => d + 1,
            '}' => d - 1,
            _ => d,
        });
        let escaped = b.matches("\\{").count() as i32 - b.matches("\\}").count() as i32;
        assert_eq!(depth - escaped, 0, "{b}");
        assert!(b.trim_end().ends_with('}'));
    }
}
