//! Display formatting of dates (at their precision) and money, per language.
//!
//! A date known only to the month is never shown as a day: "May 2024", not
//! "1 May 2024". Approximate dates carry a visible "c." / "約".

use crate::model::PartialDate;

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The BCP 47 tag, as used in `<html lang>`, the URL and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hant",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The first supported language in a browser's preference list
    /// (`navigator.languages`): any Chinese variant reads the Traditional
    /// Chinese interface, any English one the English. Default English.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in tags {
            let primary = tag.split('-').next().unwrap_or_default();
            if primary.eq_ignore_ascii_case("zh") {
                return Lang::Zh;
            }
            if primary.eq_ignore_ascii_case("en") {
                return Lang::En;
            }
        }
        Lang::En
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "2020", "May 2024", "14 May 2024" (English) or "2020年", "2024年5月",
/// "2024年5月14日" (Chinese), prefixed when approximate.
pub fn format_date(d: &PartialDate, lang: Lang) -> String {
    let y = d.year();
    let month_en = |m: u32| MONTHS_EN[(m - 1) as usize];
    let body = match (lang, d.month(), d.day()) {
        (Lang::En, None, _) => y.to_string(),
        (Lang::En, Some(m), None) => format!("{} {y}", month_en(m)),
        (Lang::En, Some(m), Some(day)) => format!("{day} {} {y}", month_en(m)),
        (Lang::Zh, None, _) => format!("{y}年"),
        (Lang::Zh, Some(m), None) => format!("{y}年{m}月"),
        (Lang::Zh, Some(m), Some(day)) => format!("{y}年{m}月{day}日"),
    };
    match (d.is_approx(), lang) {
        (false, _) => body,
        (true, Lang::En) => format!("c. {body}"),
        (true, Lang::Zh) => format!("約{body}"),
    }
}

/// Machine-readable form for `<time datetime>`: exactly the stored precision.
pub fn datetime_attr(d: &PartialDate) -> String {
    d.to_string()
}

/// One decimal at most, without float formatting (which would add several
/// KB of wasm for this one use): 18.0 -> "18", 1.64 -> "1.6".
fn trim_decimal(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, (tenths % 10).abs())
    }
}

/// "$18B", "$1.6B", "$40M", "$965B" (English) or "180億美元", "16億美元",
/// "4000萬美元" (Chinese). Other currencies are written with their code.
pub fn format_money(amount: f64, currency: &str, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let (value, suffix) = if amount >= 1e12 {
                (amount / 1e12, "T")
            } else if amount >= 1e9 {
                (amount / 1e9, "B")
            } else if amount >= 1e6 {
                (amount / 1e6, "M")
            } else if amount >= 1e3 {
                (amount / 1e3, "K")
            } else {
                (amount, "")
            };
            let n = trim_decimal(value);
            if currency == "USD" {
                format!("${n}{suffix}")
            } else {
                format!("{n}{suffix} {currency}")
            }
        }
        Lang::Zh => {
            let unit = if currency == "USD" {
                "美元"
            } else {
                currency
            };
            // 兆 for 10^12, as written in Taiwan (萬億 in Hong Kong and the
            // mainland).
            let (value, suffix) = if amount >= 1e12 {
                (amount / 1e12, "兆")
            } else if amount >= 1e8 {
                (amount / 1e8, "億")
            } else if amount >= 1e4 {
                (amount / 1e4, "萬")
            } else {
                (amount, "")
            };
            format!("{}{suffix}{unit}", trim_decimal(value))
        }
    }
}

/// A number for a message, without the standard float formatter (which adds
/// about 10 KB to the wasm): up to six decimals, e.g. `1.5`, `-0.25`, `3`.
pub fn plain_number(n: f64) -> String {
    if !n.is_finite() {
        return "not a finite number".into();
    }
    if n.abs() >= 1e18 {
        return if n > 0.0 {
            "over 10^18"
        } else {
            "under -10^18"
        }
        .into();
    }
    let sign = if n < 0.0 { "-" } else { "" };
    // Millionths fit a u64 below about 1.8 * 10^13; larger numbers are
    // written as whole numbers (their fraction is below f64's precision
    // for a message anyway).
    if n.abs() >= 1e13 {
        return format!("{sign}{}", n.abs().round() as u64);
    }
    let micros = (n.abs() * 1e6).round() as u64;
    let (int, frac) = (micros / 1_000_000, micros % 1_000_000);
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let digits = format!("{frac:06}");
    format!("{sign}{int}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::Precision;

    fn d(date: &str, precision: Precision, approx: bool) -> PartialDate {
        PartialDate::parse(date, precision, approx).expect("a date")
    }

    #[test]
    fn dates_show_their_precision() {
        let cases = [
            (d("2020", Precision::Year, false), "2020", "2020年"),
            (
                d("2024-05", Precision::Month, false),
                "May 2024",
                "2024年5月",
            ),
            (
                d("2024-05-14", Precision::Day, false),
                "14 May 2024",
                "2024年5月14日",
            ),
            (
                d("2024-07", Precision::Month, true),
                "c. July 2024",
                "約2024年7月",
            ),
            (
                d("2024-08", Precision::Month, false),
                "August 2024",
                "2024年8月",
            ),
        ];
        for (date, en, zh) in cases {
            assert_eq!(format_date(&date, Lang::En), en, "{date:?}");
            assert_eq!(format_date(&date, Lang::Zh), zh, "{date:?}");
        }
    }

    #[test]
    fn unparsable_dates_never_become_dates() {
        // Shown raw before dates were typed; now they are load errors.
        assert!(PartialDate::parse("May 2024", Precision::Month, false).is_err());
        assert!(PartialDate::parse("2024-13", Precision::Month, false).is_err());
        assert!(PartialDate::parse("2024-08", Precision::Day, false).is_err());
    }

    #[test]
    fn date_keys_sort_by_known_parts() {
        let year = d("2024", Precision::Year, false);
        let month = d("2024-05", Precision::Month, false);
        let day = d("2024-05-14", Precision::Day, false);
        assert!(year < month);
        assert!(month < day);
        assert_eq!(datetime_attr(&month), "2024-05");
        assert!(d("2023-12-31", Precision::Day, false) < year);
    }

    #[test]
    fn languages_from_tags_and_browsers() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Lang::from_tag("zh"), None);
        let cases: [(&[&str], Lang); 6] = [
            (&["zh-TW", "en"], Lang::Zh),
            (&["fr-FR", "zh-CN"], Lang::Zh),
            (&["en-GB", "zh-Hant"], Lang::En),
            (&["ZH-hk"], Lang::Zh),
            (&["de", "fr"], Lang::En),
            (&[], Lang::En),
        ];
        for (tags, want) in cases {
            assert_eq!(Lang::from_browser(tags.iter().copied()), want, "{tags:?}");
        }
    }

    #[test]
    fn money_in_both_languages() {
        let cases = [
            (18e9, "$18B", "180億美元"),
            (1.6e9, "$1.6B", "16億美元"),
            (40e6, "$40M", "4000萬美元"),
            (965e9, "$965B", "9650億美元"),
            (1.2e12, "$1.2T", "1.2兆美元"),
        ];
        for (amount, en, zh) in cases {
            assert_eq!(format_money(amount, "USD", Lang::En), en);
            assert_eq!(format_money(amount, "USD", Lang::Zh), zh);
        }
        assert_eq!(format_money(5e6, "EUR", Lang::En), "5M EUR");
    }
}

#[cfg(test)]
mod plain_number_tests {
    use super::plain_number;

    #[test]
    fn numbers_for_messages() {
        let cases = [
            (1.5, "1.5"),
            (-0.25, "-0.25"),
            (3.0, "3"),
            (18e9, "18000000000"),
            (0.1234567, "0.123457"),
            (f64::NAN, "not a finite number"),
            (2e19, "over 10^18"),
            (5e15, "5000000000000000"),
            (-1.5e13, "-15000000000000"),
            (1.8e13 + 0.5, "18000000000001"),
        ];
        for (n, want) in cases {
            assert_eq!(plain_number(n), want, "{n}");
        }
    }
}
