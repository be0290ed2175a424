//! A small JSON parser for the data files.
//!
//! It builds a plain [`Value`] tree in which every value (and every object
//! key) remembers the byte offset where it starts, so [`crate::data`] can
//! report a problem at its line and column. It is deliberately non-generic:
//! one parser and one tree type, instead of a deserializer instantiated for
//! every record type, which keeps the app's wasm small.
//!
//! It accepts exactly RFC 8259 JSON: strings with every escape (including
//! `\u` escapes with surrogate pairs), numbers with fractions and exponents, and
//! nesting up to [`MAX_DEPTH`] levels, so hostile input cannot overflow the
//! stack. Error messages follow serde_json's wording.

/// How deeply arrays and objects may nest (serde_json's limit too).
pub const MAX_DEPTH: usize = 128;

/// A JSON value and the byte offset in the text where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub at: usize,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    /// The members in the order of the text, duplicate keys included.
    Object(Vec<Member>),
}

/// One `"key": value` of an object; `at` is the offset of the key.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub at: usize,
    pub key: String,
    pub value: Value,
}

/// A problem at byte offset `at` of the text (see [`line_col`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub at: usize,
    pub message: String,
}

impl Value {
    /// What the value is, as serde words an "invalid type" error:
    /// `map`, `sequence`, `string "x"`, `integer `5``, `null`, ...
    pub fn unexpected(&self) -> String {
        match &self.kind {
            Kind::Null => "null".into(),
            Kind::Bool(b) => format!("boolean `{b}`"),
            Kind::Number(n) if n.fract() == 0.0 && n.abs() < 1e16 => {
                format!("integer `{}`", *n as i64)
            }
            Kind::Number(n) => format!("floating point `{}`", plain_number(*n)),
            Kind::String(s) => format!("string {s:?}"),
            Kind::Array(_) => "sequence".into(),
            Kind::Object(_) => "map".into(),
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

/// The 1-based line and column (counted in characters) of byte offset `at`.
/// At the very end of the text it is the column of the last character, as
/// serde_json reports errors there (a truncated file ends "at" its last
/// character), and never less than 1.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let before = &bytes[..at.min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    let chars = before[line_start..]
        .iter()
        .filter(|&&b| b & 0xC0 != 0x80)
        .count();
    let column = if at >= bytes.len() { chars } else { chars + 1 };
    (line, column.max(1))
}

/// Parses one JSON text (surrounding whitespace allowed, nothing else).
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser {
        text,
        i: 0,
        depth: 0,
    };
    let value = p.value()?;
    p.ws();
    if p.i < text.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    /// Byte offset of the next unread byte; always on a character boundary.
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    fn error(&self, message: &str) -> Error {
        Error {
            at: self.i,
            message: message.into(),
        }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Value, Error> {
        self.ws();
        let at = self.i;
        let kind = match self.peek() {
            None => return Err(self.error("EOF while parsing a value")),
            Some(b'[') => self.array()?,
            Some(b'{') => self.object()?,
            Some(b'"') => Kind::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Kind::Number(self.number()?),
            Some(b't') => self.word("true", Kind::Bool(true))?,
            Some(b'f') => self.word("false", Kind::Bool(false))?,
            Some(b'n') => self.word("null", Kind::Null)?,
            Some(_) => return Err(self.error("expected value")),
        };
        Ok(Value { at, kind })
    }

    fn word(&mut self, word: &str, kind: Kind) -> Result<Kind, Error> {
        for &b in word.as_bytes() {
            match self.peek() {
                None => return Err(self.error("EOF while parsing a value")),
                Some(c) if c == b => self.i += 1,
                Some(_) => return Err(self.error("expected ident")),
            }
        }
        Ok(kind)
    }

    /// Consumes the `[` or `{` of a container one level deeper.
    fn enter(&mut self) -> Result<(), Error> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.depth += 1;
        self.i += 1;
        Ok(())
    }

    /// After a container's item: consumes `,` (returning true) or the
    /// closing bracket (returning false and leaving the container).
    fn separator(&mut self, close: u8, eof: &str, expected: &str) -> Result<bool, Error> {
        self.ws();
        match self.peek() {
            Some(b',') => {
                self.i += 1;
                self.ws();
                if self.peek() == Some(close) {
                    return Err(self.error("trailing comma"));
                }
                Ok(true)
            }
            Some(b) if b == close => {
                self.i += 1;
                self.depth -= 1;
                Ok(false)
            }
            Some(_) => Err(self.error(expected)),
            None => Err(self.error(eof)),
        }
    }

    fn array(&mut self) -> Result<Kind, Error> {
        self.enter()?;
        let mut items = Vec::new();
        self.ws();
        match self.peek() {
            Some(b']') => {
                self.i += 1;
                self.depth -= 1;
                return Ok(Kind::Array(items));
            }
            None => return Err(self.error("EOF while parsing a list")),
            _ => {}
        }
        loop {
            items.push(self.value()?);
            if !self.separator(b']', "EOF while parsing a list", "expected `,` or `]`")? {
                return Ok(Kind::Array(items));
            }
        }
    }

    fn object(&mut self) -> Result<Kind, Error> {
        const EOF: &str = "EOF while parsing an object";
        self.enter()?;
        let mut members = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Kind::Object(members));
        }
        loop {
            self.ws();
            let at = self.i;
            match self.peek() {
                Some(b'"') => {}
                Some(_) => return Err(self.error("key must be a string")),
                None => return Err(self.error(EOF)),
            }
            let key = self.string()?;
            self.ws();
            match self.peek() {
                Some(b':') => self.i += 1,
                Some(_) => return Err(self.error("expected `:`")),
                None => return Err(self.error(EOF)),
            }
            let value = self.value()?;
            members.push(Member { at, key, value });
            if !self.separator(b'}', EOF, "expected `,` or `}`")? {
                return Ok(Kind::Object(members));
            }
        }
    }

    /// A string, from its opening quote (at `self.i`) to its closing one.
    fn string(&mut self) -> Result<String, Error> {
        self.i += 1;
        let mut out = String::new();
        // Unescaped text is copied in runs. Runs start and end next to ASCII
        // bytes (quotes, backslashes), so they are whole UTF-8 characters.
        let mut run = self.i;
        loop {
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    out.push_str(&self.text[run..self.i]);
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.i]);
                    out.push(self.escape()?);
                    run = self.i;
                }
                Some(0..=0x1f) => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(_) => self.i += 1,
            }
        }
    }

    /// One escape sequence, from its backslash (at `self.i`).
    fn escape(&mut self) -> Result<char, Error> {
        let backslash = self.i;
        self.i += 1;
        let c = match self.peek() {
            None => return Err(self.error("EOF while parsing a string")),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.i += 1;
                let unit = self.hex4()?;
                let code = match unit {
                    0xD800..=0xDBFF => {
                        let lone = Error {
                            at: backslash,
                            message: "lone leading surrogate in hex escape".into(),
                        };
                        if self.text.as_bytes().get(self.i..self.i + 2) != Some(b"\\u") {
                            return Err(lone);
                        }
                        self.i += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(lone);
                        }
                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => {
                        return Err(Error {
                            at: backslash,
                            message: "lone trailing surrogate in hex escape".into(),
                        })
                    }
                    _ => unit,
                };
                // Every code reaching here is a valid scalar value.
                return Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            Some(_) => return Err(self.error("invalid escape")),
        };
        self.i += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b) => (b as char).to_digit(16),
            };
            match digit {
                Some(d) => n = n * 16 + d,
                None => return Err(self.error("invalid escape")),
            }
            self.i += 1;
        }
        Ok(n)
    }

    fn digit(&mut self) -> Option<u64> {
        match self.peek() {
            Some(b @ b'0'..=b'9') => {
                self.i += 1;
                Some(u64::from(b - b'0'))
            }
            _ => None,
        }
    }

    /// Checks that a digit comes next (after `-`, `.` or `e`).
    fn need_digit(&self) -> Result<(), Error> {
        match self.peek() {
            Some(b'0'..=b'9') => Ok(()),
            Some(_) => Err(self.error("invalid number")),
            None => Err(self.error("EOF while parsing a value")),
        }
    }

    /// A number: up to 19 significant digits and a decimal exponent, scaled
    /// in f64 (exact when both fit, as for every amount in the data; within a
    /// few units in the last place otherwise).
    fn number(&mut self) -> Result<f64, Error> {
        const BIG: u64 = 1_000_000_000_000_000_000;
        let start = self.i;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        self.need_digit()?;
        let mut mantissa: u64 = 0;
        let mut exponent: i64 = 0;
        if self.digit() == Some(0) {
            if self.need_digit().is_ok() {
                return Err(self.error("invalid number"));
            }
        } else {
            self.i -= 1;
            while let Some(d) = self.digit() {
                if mantissa < BIG {
                    mantissa = mantissa * 10 + d;
                } else {
                    exponent += 1;
                }
            }
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            self.need_digit()?;
            while let Some(d) = self.digit() {
                if mantissa < BIG {
                    mantissa = mantissa * 10 + d;
                    exponent -= 1;
                }
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            let sign = match self.peek() {
                Some(b'-') => -1,
                Some(b'+') => 1,
                _ => 0,
            };
            if sign != 0 {
                self.i += 1;
            }
            self.need_digit()?;
            let mut e: i64 = 0;
            while let Some(d) = self.digit() {
                e = (e * 10 + d as i64).min(100_000);
            }
            exponent += if sign < 0 { -e } else { e };
        }
        let value = scale(mantissa, exponent);
        if value.is_infinite() {
            return Err(Error {
                at: start,
                message: "number out of range".into(),
            });
        }
        Ok(if negative { -value } else { value })
    }
}

/// `mantissa * 10^exponent` in f64.
fn scale(mantissa: u64, exponent: i64) -> f64 {
    let mut value = mantissa as f64;
    if value == 0.0 {
        return 0.0;
    }
    let mut exponent = exponent.clamp(-1000, 1000) as i32;
    while exponent < -300 {
        value /= 1e300;
        exponent += 300;
    }
    if exponent < 0 {
        value / 10f64.powi(-exponent)
    } else {
        value * 10f64.powi(exponent)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kind(text: &str) -> Kind {
        parse(text)
            .unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
            .kind
    }

    fn number(text: &str) -> f64 {
        match kind(text) {
            Kind::Number(n) => n,
            other => panic!("{text:?} parsed as {other:?}"),
        }
    }

    fn string(text: &str) -> String {
        match kind(text) {
            Kind::String(s) => s,
            other => panic!("{text:?} parsed as {other:?}"),
        }
    }

    /// The error's line, column and message.
    fn error(text: &str) -> (usize, usize, String) {
        match parse(text) {
            Ok(v) => panic!("{text:?} parsed as {v:?}"),
            Err(e) => {
                let (line, column) = line_col(text, e.at);
                (line, column, e.message)
            }
        }
    }

    fn err(line: usize, column: usize, message: &str) -> (usize, usize, String) {
        (line, column, message.to_string())
    }

    #[test]
    fn literals() {
        assert_eq!(kind("null"), Kind::Null);
        assert_eq!(kind(" true "), Kind::Bool(true));
        assert_eq!(kind("\n\tfalse\r\n"), Kind::Bool(false));
        assert_eq!(error("nul"), err(1, 3, "EOF while parsing a value"));
        assert_eq!(error("nulL"), err(1, 4, "expected ident"));
        assert_eq!(error("True"), err(1, 1, "expected value"));
        assert_eq!(error("true false"), err(1, 6, "trailing characters"));
    }

    #[test]
    fn numbers() {
        assert_eq!(number("0"), 0.0);
        assert_eq!(number("-0"), 0.0);
        assert_eq!(number("7"), 7.0);
        assert_eq!(number("-12"), -12.0);
        assert_eq!(number("5000000000"), 5e9);
        assert_eq!(number("32000000000"), 32e9);
        assert_eq!(number("1.5"), 1.5);
        assert_eq!(number("-0.25"), -0.25);
        assert_eq!(number("0.1"), 0.1);
        assert_eq!(number("12.375"), 12.375);
        assert_eq!(number("6.02214076e23"), 6.02214076e23);
        assert_eq!(number("1e3"), 1000.0);
        assert_eq!(number("1E+3"), 1000.0);
        assert_eq!(number("2.5e-3"), 0.0025);
        assert_eq!(number("18e9"), 18e9);
        assert_eq!(number("9007199254740993"), 9007199254740992.0);
        assert_eq!(number("1e-400"), 0.0);
        assert_eq!(number("0e999999999999"), 0.0);
        let big = number("123456789012345678901234567890");
        assert!((big / 1.2345678901234568e29 - 1.0).abs() < 1e-15, "{big}");
        let huge = number("1.5e308");
        assert!((huge / 1.5e308 - 1.0).abs() < 1e-15, "{huge}");
        let small = number("2.2250738585072014e-308");
        assert!((small / f64::MIN_POSITIVE - 1.0).abs() < 1e-15, "{small}");
    }

    #[test]
    fn malformed_numbers() {
        assert_eq!(error("-"), err(1, 1, "EOF while parsing a value"));
        assert_eq!(error("-x"), err(1, 2, "invalid number"));
        assert_eq!(error("01"), err(1, 2, "invalid number"));
        assert_eq!(error("1."), err(1, 2, "EOF while parsing a value"));
        assert_eq!(error("1.e5"), err(1, 3, "invalid number"));
        assert_eq!(error("1e"), err(1, 2, "EOF while parsing a value"));
        assert_eq!(error("1e+"), err(1, 3, "EOF while parsing a value"));
        assert_eq!(error("1e+x"), err(1, 4, "invalid number"));
        assert_eq!(error("+1"), err(1, 1, "expected value"));
        assert_eq!(error(".5"), err(1, 1, "expected value"));
        assert_eq!(error("1e999"), err(1, 1, "number out of range"));
        assert_eq!(error("[0, -1e400]"), err(1, 5, "number out of range"));
        assert_eq!(error("0x10"), err(1, 2, "trailing characters"));
        assert_eq!(error("[1 2]"), err(1, 4, "expected `,` or `]`"));
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
    }

    #[test]
    fn malformed_strings() {
        assert_eq!(error(r#""abc"#), err(1, 4, "EOF while parsing a string"));
        assert_eq!(error(r#""a\"#), err(1, 3, "EOF while parsing a string"));
        assert_eq!(error(r#""a\x""#), err(1, 4, "invalid escape"));
        assert_eq!(error(r#""\u12G4""#), err(1, 6, "invalid escape"));
        assert_eq!(error(r#""\u12"#), err(1, 5, "EOF while parsing a string"));
        assert_eq!(
            error("\"a\nb\""),
            err(
                1,
                3,
                "control character (\\u0000-\\u001F) found while parsing a string"
            )
        );
        assert_eq!(
            error("\"é\tb\""),
            err(
                1,
                3,
                "control character (\\u0000-\\u001F) found while parsing a string"
            )
        );
        assert_eq!(
            error(r#""x\ud83d""#),
            err(1, 3, "lone leading surrogate in hex escape")
        );
        assert_eq!(
            error(r#""x\ud83d\u0041""#),
            err(1, 3, "lone leading surrogate in hex escape")
        );
        assert_eq!(
            error(r#""x\ude00""#),
            err(1, 3, "lone trailing surrogate in hex escape")
        );
    }

    #[test]
    fn arrays_and_objects_keep_order_and_positions() {
        let text = "[1, {\"b\": [true, null], \"a\": \"x\", \"b\": {}}]";
        let value = parse(text).unwrap();
        assert_eq!(value.at, 0);
        let Kind::Array(items) = value.kind else {
            panic!("not an array")
        };
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0],
            Value {
                at: 1,
                kind: Kind::Number(1.0)
            }
        );
        assert_eq!(items[1].at, 4);
        let Kind::Object(members) = &items[1].kind else {
            panic!("not an object")
        };
        let keys: Vec<(&str, usize)> = members.iter().map(|m| (m.key.as_str(), m.at)).collect();
        assert_eq!(keys, [("b", 5), ("a", 24), ("b", 34)]);
        assert_eq!(
            members[0].value,
            Value {
                at: 10,
                kind: Kind::Array(vec![
                    Value {
                        at: 11,
                        kind: Kind::Bool(true)
                    },
                    Value {
                        at: 17,
                        kind: Kind::Null
                    },
                ])
            }
        );
        assert_eq!(members[1].value.kind, Kind::String("x".into()));
        assert_eq!(members[2].value.kind, Kind::Object(Vec::new()));
        assert_eq!(kind("[]"), Kind::Array(Vec::new()));
        assert_eq!(kind(" [ ] "), Kind::Array(Vec::new()));
        assert_eq!(kind("{ }"), Kind::Object(Vec::new()));
        assert_eq!(
            kind("[[[]]]"),
            Kind::Array(vec![Value {
                at: 1,
                kind: Kind::Array(vec![Value {
                    at: 2,
                    kind: Kind::Array(Vec::new())
                }])
            }])
        );
    }

    #[test]
    fn malformed_containers_name_line_and_column() {
        assert_eq!(error(""), err(1, 1, "EOF while parsing a value"));
        assert_eq!(error("   "), err(1, 3, "EOF while parsing a value"));
        assert_eq!(error("["), err(1, 1, "EOF while parsing a list"));
        assert_eq!(error("[1,"), err(1, 3, "EOF while parsing a value"));
        assert_eq!(error("[1,]"), err(1, 4, "trailing comma"));
        assert_eq!(error("[1\n,\n]"), err(3, 1, "trailing comma"));
        assert_eq!(error("{"), err(1, 1, "EOF while parsing an object"));
        assert_eq!(error("{\"a\""), err(1, 4, "EOF while parsing an object"));
        assert_eq!(error("{\"a\" 1}"), err(1, 6, "expected `:`"));
        assert_eq!(error("{\"a\":}"), err(1, 6, "expected value"));
        assert_eq!(error("{\"a\":1,}"), err(1, 8, "trailing comma"));
        assert_eq!(error("{a:1}"), err(1, 2, "key must be a string"));
        assert_eq!(error("{\"a\":1 \"b\":2}"), err(1, 8, "expected `,` or `}`"));
        assert_eq!(error("[1]]"), err(1, 4, "trailing characters"));
        assert_eq!(
            error("[\n  {\n    \"id\": \"x\",\n    \"name\": 1\n    \"summary\": 2\n  }\n]"),
            err(5, 5, "expected `,` or `}`")
        );
        // Columns count characters, not bytes.
        assert_eq!(error("[\"中文\" x]"), err(1, 7, "expected `,` or `]`"));
        // At the very end, the column of the last character.
        assert_eq!(
            error("[\n  {\n    \"id\": \"x\""),
            err(3, 13, "EOF while parsing an object")
        );
        assert_eq!(error("[\n"), err(2, 1, "EOF while parsing a list"));
    }

    #[test]
    fn nesting_is_limited() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let objects = format!("{}1{}", "{\"a\":".repeat(MAX_DEPTH), "}".repeat(MAX_DEPTH));
        assert!(parse(&objects).is_ok());
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert_eq!(
            error(&deep),
            err(1, MAX_DEPTH + 1, "recursion limit exceeded")
        );
        // Far deeper input fails the same way instead of overflowing the stack.
        let hostile = "[{\"a\":".repeat(100_000);
        assert_eq!(error(&hostile).2, "recursion limit exceeded");
    }

    #[test]
    fn unexpected_describes_values_as_serde_does() {
        let describe = |text: &str| parse(text).unwrap().unexpected();
        assert_eq!(describe("null"), "null");
        assert_eq!(describe("true"), "boolean `true`");
        assert_eq!(describe("5"), "integer `5`");
        assert_eq!(describe("-5"), "integer `-5`");
        assert_eq!(describe("1.5"), "floating point `1.5`");
        assert_eq!(describe("\"2024-06\""), "string \"2024-06\"");
        assert_eq!(describe("[]"), "sequence");
        assert_eq!(describe("{}"), "map");
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,60}|[\\[\\]{}\",:0-9.eE+\\-\\\\u tfnrl]{0,60}") {
            if let Err(e) = parse(&text) {
                prop_assert!(e.at <= text.len());
                let (line, column) = line_col(&text, e.at);
                prop_assert!(line >= 1 && column >= 1);
            }
        }

        #[test]
        fn agrees_with_serde_json(text in "[\\[\\]{}\",:0-9.eE+\\- a\\\\ntu]{0,30}") {
            let ours = parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}: {:?} vs {:?}", text, ours, theirs);
        }

        #[test]
        fn strings_round_trip(s in any::<String>()) {
            let text = serde_json::to_string(&s).unwrap();
            prop_assert_eq!(string(&text), s);
        }

        #[test]
        fn numbers_match_serde_json(
            n in any::<f64>().prop_filter("normal, below 1e300", |n| *n == 0.0 || (1e-300..1e300).contains(&n.abs())),
        ) {
            let text = serde_json::to_string(&n).unwrap();
            let ours = number(&text);
            prop_assert!(ours == n || ((ours - n) / n).abs() < 1e-14, "{} -> {}", text, ours);
        }

        #[test]
        fn integers_are_exact(n in -(1i64 << 53)..(1i64 << 53)) {
            prop_assert_eq!(number(&n.to_string()), n as f64);
        }
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
