//! The layout maths of the four chart views: the timeline of departures and
//! company events, the flow of where people went (second and later moves
//! included), the founders' years at OpenAI, and valuations on a log scale.
//!
//! Pure functions over the [`Dataset`] that return positions in SVG user
//! units; the views only draw them. Dates are placed at their precision: a
//! date known only to the year covers its whole year and a month its whole
//! month, never a made-up point on the 1st. Lookups use sorted vectors and
//! the app's one sort ([`crate::order`]), not hash maps, to keep the wasm
//! small; every function is O(n log n) in the number of records.

use std::ops::Range;

use crate::catalog::departures;
use crate::ids::IdIndex;
use crate::model::{
    Dataset, EventKind, OrgKind, PartialDate, Person, ReasonCategory, StatusKind, ValuationKind,
};
use crate::order::{order, sort_by_key, Key};
use crate::search::fold;

mod flow;
mod flow_layout;
mod founders;
mod scale;
mod timeline;
mod valuations;
pub use flow::*;
pub use flow_layout::*;
pub use founders::*;
pub use scale::*;
pub use timeline::*;
pub use valuations::*;

/// The id of OpenAI's own record in `organisations.json`: the start of every
/// path in the flow view.
pub const OPENAI_ID: &str = "openai";

/// A coordinate for SVG markup, to a tenth of a unit, without float
/// formatting (which would add several KB of wasm): 12.0 -> "12",
/// -0.46 -> "-0.5". Not-a-number is "0".
pub fn svg_num(x: f64) -> String {
    // `as` saturates, and maps NaN to 0.
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    if t.is_multiple_of(10) {
        format!("{sign}{}", t / 10)
    } else {
        format!("{sign}{}.{}", t / 10, t % 10)
    }
}
