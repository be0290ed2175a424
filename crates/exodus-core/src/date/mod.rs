//! A date known to the year, the month or the day ([`PartialDate`]), parsed
//! once when the data loads and backed by chrono for calendar checks and
//! arithmetic (day counts, weekdays).
//!
//! The data files write it as `{"date": "2024-05", "precision": "month"}`
//! (plus `"approx": true` for "about"); the app's embedded copy uses a
//! compact tuple. Both forms are checked on the way in, so a value of this
//! type is always a real date at its precision.

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::de::{self, Deserializer};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::model::Precision;

/// A date at the precision the sources give: a year, a month or a day, and
/// whether the sources say "about". Ordered by its known parts, a year
/// before any of its months and a month before any of its days (as the data
/// files' `YYYY`, `YYYY-MM`, `YYYY-MM-DD` sort as text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: i32,
    /// 1-12, or 0 when only the year is known.
    month: u8,
    /// 1-31, or 0 when the day is not known.
    day: u8,
    approx: bool,
}

impl PartialDate {
    /// A year. `None` outside the years chrono can place on a calendar.
    pub fn y(year: i32) -> Option<Self> {
        Self::from_parts(year, 0, 0, false)
    }

    /// A month of a year. `None` for a month outside 1-12.
    pub fn ym(year: i32, month: u32) -> Option<Self> {
        Self::from_parts(year, u8::try_from(month).ok().filter(|&m| m > 0)?, 0, false)
    }

    /// A calendar day. `None` for a day that does not exist.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        let month = u8::try_from(month).ok().filter(|&m| m > 0)?;
        let day = u8::try_from(day).ok().filter(|&d| d > 0)?;
        Self::from_parts(year, month, day, false)
    }

    /// A calendar day known exactly.
    pub fn from_day(day: NaiveDate) -> Self {
        Self::ymd(day.year(), day.month(), day.day()).expect("a chrono date is on the calendar")
    }

    /// The same date marked as approximate (or not).
    pub fn approx(self, approx: bool) -> Self {
        Self { approx, ..self }
    }

    /// Checks the parts with chrono: month 0 means "year only", day 0
    /// "month only", and a known day must exist in its month.
    fn from_parts(year: i32, month: u8, day: u8, approx: bool) -> Option<Self> {
        if day > 0 && month == 0 {
            return None;
        }
        NaiveDate::from_ymd_opt(year, u32::from(month.max(1)), u32::from(day.max(1)))?;
        Some(Self {
            year,
            month,
            day,
            approx,
        })
    }

    /// Reads the data files' text form, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
    /// which must agree with `precision`. The error says what is wrong in
    /// the words a contributor needs.
    pub fn parse(text: &str, precision: Precision, approx: bool) -> Result<Self, String> {
        let name = precision_name(precision);
        let pattern = precision_pattern(precision);
        let shape = shape_of(text)
            .ok_or_else(|| format!("date {text:?} does not parse as a {name} ({pattern})"))?;
        if shape != precision {
            return Err(format!(
                "date {text:?} disagrees with its precision {name:?}: it is written as a {} ({}), \
                 a {name} needs {pattern}",
                precision_name(shape),
                precision_pattern(shape),
            ));
        }
        // The shape is ASCII digits and dashes, so every part parses.
        let part = |range: std::ops::Range<usize>| text[range].parse::<u16>().unwrap_or(0);
        let year = i32::from(part(0..4));
        let month = if text.len() >= 7 { part(5..7) } else { 0 };
        let day = if text.len() == 10 { part(8..10) } else { 0 };
        let (Ok(month), Ok(day)) = (u8::try_from(month), u8::try_from(day)) else {
            return Err(format!(
                "date {text:?} does not parse as a {name} ({pattern})"
            ));
        };
        match Self::from_parts(year, month, day, approx) {
            Some(date) if month > 0 || precision == Precision::Year => Ok(date),
            _ if precision == Precision::Day => Err(format!(
                "date {text:?} is not a real calendar date (YYYY-MM-DD)"
            )),
            _ => Err(format!(
                "date {text:?} does not parse as a {name} ({pattern})"
            )),
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1-12), when known.
    pub fn month(&self) -> Option<u32> {
        (self.month > 0).then_some(u32::from(self.month))
    }

    /// The day of the month, when known.
    pub fn day(&self) -> Option<u32> {
        (self.day > 0).then_some(u32::from(self.day))
    }

    pub fn is_approx(&self) -> bool {
        self.approx
    }

    /// A sort key of the known parts (unknown ones count as 0, so a year
    /// sorts before its months), ignoring `approx`.
    pub fn key(&self) -> (i32, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// The same key as one ascending number, `yyyymmdd`, for the catalog's
    /// integer sort keys.
    pub fn key_num(&self) -> i64 {
        i64::from(self.year) * 10_000 + i64::from(self.month) * 100 + i64::from(self.day)
    }

    /// The first calendar day the date covers (1 January for a year).
    pub fn first_day(&self) -> NaiveDate {
        self.ymd_or(1, 1)
    }

    /// The last calendar day the date covers (31 December for a year, the
    /// month's last day for a month).
    pub fn last_day(&self) -> NaiveDate {
        match (self.month(), self.day()) {
            (None, _) => self.ymd_or(12, 31),
            (Some(m), None) => {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(self.year, m + 1, 1)
                };
                next.and_then(|d| d.pred_opt()).unwrap_or(self.first_day())
            }
            (Some(_), Some(_)) => self.first_day(),
        }
    }

    /// The number of days the date covers: 1 for a day, 28-31 for a month,
    /// 365 or 366 for a year.
    pub fn days(&self) -> i64 {
        (self.last_day() - self.first_day()).num_days() + 1
    }

    /// Days from `self`'s first day to `other`'s first day (negative when
    /// `other` is earlier).
    pub fn days_until(&self, other: &PartialDate) -> i64 {
        (other.first_day() - self.first_day()).num_days()
    }

    /// The day of the week, for a date known to the day.
    pub fn weekday(&self) -> Option<Weekday> {
        self.day().map(|_| self.first_day().weekday())
    }

    /// Whether `self` certainly comes before `other`, comparing only the
    /// parts both know: "Oct 2023" precedes "17 Nov 2023", but "Nov 2023"
    /// does not precede "17 Nov 2023" (nor the other way round).
    pub fn precedes(&self, other: &PartialDate) -> bool {
        let known = |d: &PartialDate, month: bool, day: bool| {
            (
                d.year,
                if month { d.month } else { 0 },
                if day { d.day } else { 0 },
            )
        };
        let month = self.month > 0 && other.month > 0;
        let day = month && self.day > 0 && other.day > 0;
        known(self, month, day) < known(other, month, day)
    }

    /// The date's own calendar day, or the given month and day in its year
    /// for the parts it does not know.
    fn ymd_or(&self, month: u32, day: u32) -> NaiveDate {
        let m = self.month().unwrap_or(month);
        let d = self.day().unwrap_or(day);
        // from_parts checked the known parts; the defaults exist in every
        // month and year they are used with.
        NaiveDate::from_ymd_opt(self.year, m, d).unwrap_or(NaiveDate::MIN)
    }
}

/// The data files' form at the date's precision: `2024`, `2024-05`,
/// `2024-05-14` (also `<time datetime>` and exports).
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month() {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day() {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// The text form alone, its precision read from its shape (`2024`,
/// `2024-05`, `2024-05-14`), never approximate: for dates written in code
/// and tests. The data files state their precision and go through
/// [`PartialDate::parse`].
impl std::str::FromStr for PartialDate {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let precision = shape_of(text).unwrap_or(Precision::Day);
        PartialDate::parse(text, precision, false)
    }
}

fn precision_name(precision: Precision) -> &'static str {
    match precision {
        Precision::Year => "year",
        Precision::Month => "month",
        Precision::Day => "day",
    }
}

fn precision_pattern(precision: Precision) -> &'static str {
    match precision {
        Precision::Year => "YYYY",
        Precision::Month => "YYYY-MM",
        Precision::Day => "YYYY-MM-DD",
    }
}

/// Which precision a date text is shaped like, by its digits and dashes
/// alone (no range checks): `DDDD`, `DDDD-DD` or `DDDD-DD-DD`.
fn shape_of(date: &str) -> Option<Precision> {
    let b = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| range.clone().all(|i| b[i].is_ascii_digit());
    match b.len() {
        4 if digits(0..4) => Some(Precision::Year),
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) => Some(Precision::Month),
        10 if digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) => {
            Some(Precision::Day)
        }
        _ => None,
    }
}

/// The data files' form of a date, named like the type so that serde's
/// messages ("expected struct PartialDate") name what a contributor wrote.
mod written {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct PartialDate {
        pub date: String,
        pub precision: crate::model::Precision,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub approx: bool,
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            written::PartialDate {
                date: self.to_string(),
                precision: self.precision(),
                approx: self.approx,
            }
            .serialize(serializer)
        } else {
            // Compact: year, month (0: unknown), day (0: unknown), approx.
            (self.year, self.month, self.day, self.approx).serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            let w = written::PartialDate::deserialize(deserializer)?;
            PartialDate::parse(&w.date, w.precision, w.approx).map_err(de::Error::custom)
        } else {
            let (year, month, day, approx) = <(i32, u8, u8, bool)>::deserialize(deserializer)?;
            PartialDate::from_parts(year, month, day, approx)
                .ok_or_else(|| de::Error::custom("not a calendar date"))
        }
    }
}

mod tests;
