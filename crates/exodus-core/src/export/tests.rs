//! Tests of the export: CSV against a strict RFC 4180 reader, JSON, round trips.

use super::*;
use proptest::prelude::*;

/// A strict RFC 4180 reader, to check the writer against.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("starts with a BOM");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => {
                assert!(c != '\n' && c != '"', "bare {c:?} outside quotes");
                field.push(c);
            }
        }
    }
    assert!(field.is_empty() && row.is_empty(), "last line not ended");
    rows
}

fn table(rows: Vec<Vec<String>>) -> Table {
    Table {
        columns: &["a", "b", "c"],
        rows: rows
            .into_iter()
            .map(|r| r.into_iter().map(Cell::Text).collect())
            .collect(),
    }
}

#[test]
fn csv_escapes_commas_quotes_newlines_and_keeps_chinese() {
    let t = table(vec![vec![
        "plain".into(),
        "a, b \"c\"".into(),
        "line\r\nnext 奧特曼".into(),
    ]]);
    let csv = to_csv(&t, "1.2.3");
    assert_eq!(
        csv,
        "\u{feff}a,b,c,dataset_version\r\nplain,\"a, b \"\"c\"\"\",\"line\r\nnext 奧特曼\",1.2.3\r\n"
    );
}

#[test]
fn lists_join_in_csv_and_stay_arrays_in_json() {
    let t = Table {
        columns: &["id", "citations"],
        rows: vec![vec![
            Cell::Text("x".into()),
            Cell::List(vec!["https://a".into(), "https://b".into()]),
        ]],
    };
    assert!(to_csv(&t, "1.2.3").ends_with("x,https://a; https://b,1.2.3\r\n"));
    let json = to_json(&[("licence", "CC BY 4.0")], &t);
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let members = v.as_object().expect("an object");
    assert_eq!(members.keys().collect::<Vec<_>>(), ["meta", "records"]);
    // serde_json's map sorts its keys: the order is checked on the text.
    assert!(json.starts_with(r#"{"meta":{"#), "{json}");
    assert!(json.contains(r#"{"id":"x","citations":["https://a","https://b"]}"#));
}

#[test]
fn json_strings_escape_controls() {
    let mut out = String::new();
    json_string(&mut out, "a\"b\\c\nd\u{1}e 中");
    assert_eq!(out, r#""a\"b\\c\nd\u0001e 中""#);
}

#[test]
fn csv_cells_that_look_like_formulas_stay_text() {
    let cells = [
        "=HYPERLINK(\"https://evil.example\",\"x\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tTAB",
        "\rCR",
        "a=b",
        "中=文",
    ];
    let t = table(vec![cells.iter().take(3).map(|s| s.to_string()).collect()]);
    let parsed = parse_csv(&to_csv(&t, "1.2.3"));
    assert_eq!(
        parsed[1],
        vec![
            "'=HYPERLINK(\"https://evil.example\",\"x\")".to_string(),
            "'+1+1".into(),
            "'-2+3".into(),
            "1.2.3".into()
        ]
    );
    let expected = ["'@SUM(A1)", "'\tTAB", "'\rCR", "a=b", "中=文"];
    for (cell, want) in cells[3..].iter().zip(expected) {
        assert_eq!(neutralise_formula(cell), want);
    }
    // The header is the export's own and is written as it is.
    assert_eq!(parsed[0], vec!["a", "b", "c", "dataset_version"]);
}

proptest! {
    #[test]
    fn csv_round_trips(rows in proptest::collection::vec(
        proptest::collection::vec("[a-z,\"\r\n 中文「」=+@\\-]{0,12}", 3), 0..6)) {
        let t = table(rows.clone());
        let parsed = parse_csv(&to_csv(&t, "1.2.3"));
        prop_assert_eq!(
            &parsed[0],
            &vec!["a".to_string(), "b".into(), "c".into(), "dataset_version".into()]
        );
        // What reads back is the cell, behind an apostrophe where a
        // spreadsheet would take it for a formula.
        let expected: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| neutralise_formula(c).into_owned())
                    .chain(["1.2.3".to_string()])
                    .collect()
            })
            .collect();
        prop_assert_eq!(&parsed[1..], &expected[..]);
    }

    #[test]
    fn json_round_trips(cells in proptest::collection::vec(".{0,12}", 3)) {
        let t = table(vec![cells.clone()]);
        let json = to_json(&[], &t);
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let record = &v["records"][0];
        prop_assert_eq!(record.as_object().map(|r| r.len()), Some(cells.len()));
        for (column, want) in t.columns.iter().zip(&cells) {
            prop_assert_eq!(record[*column].as_str(), Some(want.as_str()));
        }
    }
}

/// The published dataset reads as the data files are written: absent values
/// left out at any depth, whole amounts as integers, everything else as
/// serde_json writes it (the checks of the small writer this replaced).
#[test]
fn published_records_leave_out_absent_values_and_write_whole_amounts_as_integers() {
    use serde::Serialize;

    #[derive(Serialize)]
    enum E {
        Unit,
        New(u8),
        Tuple(u8, bool),
        Struct { a: Option<u8>, b: char },
    }
    #[derive(Serialize)]
    struct S<'a> {
        text: &'a str,
        none: Option<u8>,
        some: Option<f64>,
        half: f64,
        list: Vec<i32>,
        e: Vec<E>,
        unit: (),
    }
    let s = S {
        text: "a\"b\\c\n中",
        none: None,
        some: Some(18e9),
        half: 2.5,
        list: vec![-1, 2],
        e: vec![
            E::Unit,
            E::New(1),
            E::Tuple(2, true),
            E::Struct { a: None, b: 'x' },
        ],
        unit: (),
    };
    let mut v = serde_json::to_value(&s).expect("serialises");
    as_written(&mut v);
    assert_eq!(
        v.to_string(),
        r#"{"text":"a\"b\\c\n中","some":18000000000,"half":2.5,"list":[-1,2],"e":["Unit",{"New":1},{"Tuple":[2,true]},{"Struct":{"b":"x"}}]}"#
    );
}
