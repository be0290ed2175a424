//! Export of a view's records as CSV (RFC 4180) or JSON, each record with
//! a citations column holding its source addresses.
//!
//! The columns are the same in both formats and stable across languages
//! (machine keys, ISO dates at their stored precision), so a file can be
//! read by a program as well as a spreadsheet. Lists (destinations,
//! citations) are one CSV cell joined by "; " and a JSON array.

use crate::catalog::Catalog;

use crate::format::datetime_attr;
use crate::format::plain_number;
use crate::model::{Dataset, PartialDate, SubjectKind, Text};

/// One exported cell: a text or a list of texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    List(Vec<String>),
}

/// Exported records: named columns and one row of cells per record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: &'static [&'static str],
    pub rows: Vec<Vec<Cell>>,
}

pub const PEOPLE_COLUMNS: &[&str] = &[
    "id",
    "name_en",
    "name_zh",
    "status",
    "status_date",
    "last_departure",
    "cofounder",
    "role_en",
    "role_zh",
    "destinations",
    "reasons",
    "summary_en",
    "summary_zh",
    "url",
    "citations",
];

pub const COMPANY_COLUMNS: &[&str] = &[
    "id",
    "name_en",
    "name_zh",
    "founded",
    "status",
    "category",
    "sector_en",
    "sector_zh",
    "founders",
    "latest_valuation",
    "valuation_currency",
    "valuation_as_of",
    "valuation_support",
    "summary_en",
    "summary_zh",
    "url",
    "citations",
];

pub(crate) fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

/// A date as ISO text at its precision (`2024`, `2024-05`, `2024-05-14`).
pub(crate) fn date(d: Option<&PartialDate>) -> Cell {
    Cell::Text(d.map(datetime_attr).unwrap_or_default())
}

/// The Chinese of a text, or empty.
pub(crate) fn zh(t: Option<&Text>) -> Cell {
    text(t.and_then(|t| t.zh.as_deref()).unwrap_or_default())
}

/// A record's citations: the address of each of its sources, or the title
/// of a source with no known address (the core article).
fn citations<'a>(cat: &'a Catalog, ids: impl IntoIterator<Item = &'a String>) -> Cell {
    Cell::List(
        cat.sources_of(ids)
            .into_iter()
            .map(|s| s.url.clone().unwrap_or_else(|| s.title.clone()))
            .collect(),
    )
}

/// The people at `rows` (indices into the dataset's people), in that order.
/// `link` gives a record's shareable address from its id.
pub fn people(cat: &Catalog, rows: &[usize], link: &dyn Fn(&str) -> String) -> Table {
    let rows = rows
        .iter()
        .map(|&i| {
            let p = &cat.data.people[i];
            let row = &cat.person_rows[i];
            vec![
                text(&p.id),
                text(&p.name.en),
                zh(Some(&p.name)),
                text(row.status.key()),
                date(row.status_date.as_ref()),
                date(row.last_departure.as_ref()),
                text(if p.cofounder { "yes" } else { "no" }),
                text(row.role.as_ref().map_or("", |r| &r.en)),
                zh(row.role.as_ref()),
                Cell::List(
                    row.destinations
                        .iter()
                        .map(|&o| cat.data.organisations[o].name.en.clone())
                        .collect(),
                ),
                Cell::List(
                    p.reason_categories
                        .iter()
                        .map(|&r| r.key().to_owned())
                        .collect(),
                ),
                text(&p.summary.en),
                zh(Some(&p.summary)),
                text(&link(&p.id)),
                citations(cat, cat.source_ids(SubjectKind::Person, i)),
            ]
        })
        .collect();
    Table {
        columns: PEOPLE_COLUMNS,
        rows,
    }
}

/// The organisations at `rows` (indices into the dataset's organisations).
pub fn companies(cat: &Catalog, rows: &[usize], link: &dyn Fn(&str) -> String) -> Table {
    let rows = rows
        .iter()
        .map(|&i| {
            let o = &cat.data.organisations[i];
            let v = cat.latest_valuation_of(i);
            vec![
                text(&o.id),
                text(&o.name.en),
                zh(Some(&o.name)),
                date(o.founded.as_ref()),
                text(o.status.key()),
                text(o.category.map_or("", |c| c.key())),
                text(o.sector.as_ref().map_or("", |s| &s.en)),
                zh(o.sector.as_ref()),
                Cell::List(
                    cat.org_rows[i]
                        .founders
                        .iter()
                        .map(|&p| cat.data.people[p].name.en.clone())
                        .collect(),
                ),
                text(&v.map(|v| plain_number(v.amount)).unwrap_or_default()),
                text(v.map_or("", |v| &v.currency)),
                date(v.and_then(|v| v.as_of.as_ref())),
                text(v.map_or("", |v| v.status.data_key())),
                text(&o.summary.en),
                zh(Some(&o.summary)),
                text(&link(&o.id)),
                citations(cat, cat.source_ids(SubjectKind::Organisation, i)),
            ]
        })
        .collect();
    Table {
        columns: COMPANY_COLUMNS,
        rows,
    }
}

/// One CSV field, quoted when it holds a comma, a quote, CR or LF.
fn csv_field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

fn csv_line<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, f);
    }
    out.push_str("\r\n");
}

/// A cell that a spreadsheet would run as a formula (it starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so
/// spreadsheet programs show text from the data as text.
pub fn neutralise_formula(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// The table as RFC 4180 CSV: a header line, CRLF line ends, and a UTF-8
/// byte order mark so spreadsheet programs read Chinese correctly. Data
/// cells go through [`neutralise_formula`]. The last column,
/// `dataset_version`, names the dataset release on every row, so a row
/// pasted elsewhere still says which release it came from.
pub fn to_csv(table: &Table, version: &str) -> String {
    let mut out = String::from('\u{feff}');
    csv_line(
        &mut out,
        table.columns.iter().copied().chain(["dataset_version"]),
    );
    for row in &table.rows {
        let joined: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(s) => neutralise_formula(s).into_owned(),
                Cell::List(items) => neutralise_formula(&items.join("; ")).into_owned(),
            })
            .collect();
        csv_line(&mut out, joined.iter().map(String::as_str).chain([version]));
    }
    out
}

/// Appends `s` as a JSON string literal.
pub fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The table as a JSON document: `meta` (name/value pairs such as the
/// view's address, the export date and the licence) and the records as
/// objects keyed by column.
pub fn to_json(meta: &[(&str, &str)], table: &Table) -> String {
    let mut out = String::from("{\"meta\":{");
    for (i, (k, v)) in meta.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_string(&mut out, k);
        out.push(':');
        json_string(&mut out, v);
    }
    out.push_str("},\"records\":[");
    for (r, row) in table.rows.iter().enumerate() {
        out.push_str(if r > 0 { ",\n{" } else { "\n{" });
        for (i, (col, cell)) in table.columns.iter().zip(row).enumerate() {
            if i > 0 {
                out.push(',');
            }
            json_string(&mut out, col);
            out.push(':');
            match cell {
                Cell::Text(s) => json_string(&mut out, s),
                Cell::List(items) => {
                    out.push('[');
                    for (j, item) in items.iter().enumerate() {
                        if j > 0 {
                            out.push(',');
                        }
                        json_string(&mut out, item);
                    }
                    out.push(']');
                }
            }
        }
        out.push('}');
    }
    out.push_str("\n]}\n");
    out
}

/// A download's file name: `exodus-people-2026-11-30.csv`.
pub fn file_name(view: &str, today: &str, extension: &str) -> String {
    format!("exodus-{view}-{today}.{extension}")
}

/// The whole dataset as one JSON document with its licence, how to cite it
/// and its version's release day, the records in the data files' own form
/// (`data/README.md`). Published beside the app as
/// `data/exodus-dataset.json` (see `publish`), which the app links to; it
/// is written natively at build time, so serde_json writes it.
pub fn dataset_json(
    data: &Dataset,
    version: &str,
    released: &str,
) -> Result<String, serde_json::Error> {
    let mut out = String::from(
        "{\"name\":\"Exodus dataset\",\"license\":\"CC BY 4.0\",\
         \"license_url\":\"https://creativecommons.org/licenses/by/4.0/\",\
         \"citation\":\"Exodus dataset: departures from OpenAI and the companies they founded. CC BY 4.0.\",\
         \"version\":",
    );
    json_string(&mut out, version);
    out.push_str(",\"released\":");
    json_string(&mut out, released);
    let files = [
        ("people", serde_json::to_value(&data.people)?),
        ("organisations", serde_json::to_value(&data.organisations)?),
        ("events", serde_json::to_value(&data.events)?),
        ("sources", serde_json::to_value(&data.sources)?),
        ("claims", serde_json::to_value(&data.claims)?),
        ("figures", serde_json::to_value(&data.figures)?),
        ("waves", serde_json::to_value(&data.waves)?),
    ];
    for (name, mut records) in files {
        as_written(&mut records);
        out.push_str(",\n");
        json_string(&mut out, name);
        out.push(':');
        out.push_str(&records.to_string());
    }
    out.push_str("}\n");
    Ok(out)
}

/// Makes serialised records read as the data files are written: an absent
/// value is left out (serde writes `None` as null; the model cannot skip it
/// itself, as postcard, which build.rs embeds, needs every field), and a
/// whole amount is an integer (`124000000`, not `124000000.0`).
fn as_written(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(fields) => {
            fields.retain(|_, v| !v.is_null());
            fields.values_mut().for_each(as_written);
        }
        Value::Array(items) => items.iter_mut().for_each(as_written),
        Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15) {
                *value = Value::from(f as i64);
            }
        }
        _ => {}
    }
}

// Native only: proptest does not build for wasm32-unknown-unknown.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
