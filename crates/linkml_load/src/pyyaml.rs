//! Plain scalars as Python linkml reads them: resolved by PyYAML's `SafeLoader` (YAML 1.1
//! implicit types), then turned into text by Python's `str()` where linkml wants a string.
//! `1.10` is the float 1.1, hence the text `1.1`; `yes` is `True`; `0x1F` is `31`; `null` is
//! `None`. Structured values where linkml wants a string become their Python `repr`.
//!
//! The patterns are PyYAML's `Resolver` patterns (`yaml/resolver.py`), matched on the whole
//! scalar.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::Regex;

use crate::yaml::{Node, Scalar, Value};

/// A plain scalar's value after PyYAML's implicit resolution.
#[derive(Clone, Debug, PartialEq)]
pub enum PyValue<'a> {
    None,
    Bool(bool),
    /// An integer; one beyond 128 bits keeps its text.
    Int(i128),
    Float(f64),
    /// A timestamp, as Python's `str()` writes the `date` or `datetime` PyYAML makes.
    Timestamp(String),
    Str(&'a str),
}

struct Patterns {
    bool_: Regex,
    int: Regex,
    float: Regex,
    timestamp: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let whole = |p: &str| Regex::new(&format!("^(?:{p})$")).expect("PyYAML's patterns compile");
        Patterns {
            bool_: whole("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"),
            int: whole(
                r"[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
            ),
            float: whole(
                r"[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
            ),
            timestamp: whole(
                r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?",
            ),
        }
    })
}

/// Whether PyYAML could read the text as anything but a string: each implicit type starts with
/// one of these characters (or is empty, for null).
fn may_resolve(text: &str) -> bool {
    text.chars()
        .next()
        .is_none_or(|c| c.is_ascii_digit() || "-+.~yYnNtTfFoO".contains(c))
}

/// The value PyYAML's `SafeLoader` constructs for `scalar`.
pub fn resolve(scalar: &Scalar) -> PyValue<'_> {
    let text = scalar.text.as_str();
    if !scalar.plain || !may_resolve(text) {
        return PyValue::Str(text);
    }
    if matches!(text, "" | "~" | "null" | "Null" | "NULL") {
        return PyValue::None;
    }
    let p = patterns();
    if p.bool_.is_match(text) {
        return PyValue::Bool(
            matches!(text.as_bytes()[0], b'y' | b'Y' | b't' | b'T') || text.eq_ignore_ascii_case("on"),
        );
    }
    if p.int.is_match(text) {
        return int(text).map_or(PyValue::Str(text), PyValue::Int);
    }
    if p.float.is_match(text) {
        return PyValue::Float(float(text));
    }
    if p.timestamp.is_match(text) {
        return timestamp(text).map_or(PyValue::Str(text), PyValue::Timestamp);
    }
    PyValue::Str(text)
}

/// PyYAML's `construct_yaml_int`.
fn int(text: &str) -> Option<i128> {
    let cleaned = text.replace('_', "");
    let (sign, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let value = if digits == "0" {
        0
    } else if let Some(binary) = digits.strip_prefix("0b") {
        i128::from_str_radix(binary, 2).ok()?
    } else if let Some(hex) = digits.strip_prefix("0x") {
        i128::from_str_radix(hex, 16).ok()?
    } else if digits.starts_with('0') {
        i128::from_str_radix(digits, 8).ok()?
    } else if digits.contains(':') {
        digits
            .split(':')
            .try_fold(0i128, |acc, part| acc.checked_mul(60)?.checked_add(part.parse().ok()?))?
    } else {
        digits.parse().ok()?
    };
    Some(sign * value)
}

/// PyYAML's `construct_yaml_float`.
fn float(text: &str) -> f64 {
    let cleaned = text.replace('_', "").to_ascii_lowercase();
    let (sign, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let value = match digits {
        ".inf" => f64::INFINITY,
        ".nan" => f64::NAN,
        _ if digits.contains(':') => digits
            .split(':')
            .fold(0.0, |acc, part| acc * 60.0 + part.parse::<f64>().unwrap_or(0.0)),
        _ => digits.parse().unwrap_or(f64::NAN),
    };
    sign * value
}

/// `str()` of the `date` or `datetime` PyYAML's `construct_yaml_timestamp` makes; `None` for
/// a date that does not exist (PyYAML refuses the file then; linkml too).
fn timestamp(text: &str) -> Option<String> {
    let (date, time) = match text.find(['T', 't', ' ', '\t']) {
        Some(at) => (&text[..at], Some(text[at..].trim_start_matches(['T', 't', ' ', '\t']))),
        None => (text, None),
    };
    let mut parts = date.split('-').map(|p| p.parse::<u32>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    if day == 0 || day > days_in_month {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    let Some(time) = time else {
        return Some(date);
    };
    let zone_at = time.find(['Z', '+', '-', ' ', '\t']).unwrap_or(time.len());
    let (clock, zone) = (&time[..zone_at], time[zone_at..].trim());
    let (hms, fraction) = clock.split_once('.').unwrap_or((clock, ""));
    let mut hms = hms.split(':').map(|p| p.parse::<u32>().ok());
    let (hour, minute, second) = (hms.next()??, hms.next()??, hms.next()??);
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let mut out = format!("{date} {hour:02}:{minute:02}:{second:02}");
    let micros: String = fraction.chars().chain(std::iter::repeat('0')).take(6).collect();
    if micros != "000000" {
        out.push('.');
        out.push_str(&micros);
    }
    match zone {
        "" => {}
        "Z" => out.push_str("+00:00"),
        _ => {
            let (hours, minutes) = zone[1..].split_once(':').unwrap_or((&zone[1..], "0"));
            let (hours, minutes) = (hours.parse::<u32>().ok()?, minutes.parse::<u32>().ok()?);
            out.push_str(&format!("{}{hours:02}:{minutes:02}", &zone[..1]));
        }
    }
    Some(out)
}

impl PyValue<'_> {
    /// Python's `str()` of the value; `None` is `"None"`.
    pub fn to_str(&self) -> Cow<'_, str> {
        match self {
            PyValue::None => "None".into(),
            PyValue::Bool(true) => "True".into(),
            PyValue::Bool(false) => "False".into(),
            PyValue::Int(i) => i.to_string().into(),
            PyValue::Float(f) => float_repr(*f).into(),
            PyValue::Timestamp(text) => text.as_str().into(),
            PyValue::Str(text) => (*text).into(),
        }
    }

    /// Python's `repr()` of the value.
    fn repr(&self) -> String {
        match self {
            PyValue::Str(text) => string_repr(text),
            PyValue::Timestamp(text) => string_repr(text),
            other => other.to_str().into_owned(),
        }
    }

    /// The value as a mapping key: equal for the keys Python's `dict` takes as one
    /// (`True == 1 == 1.0`, `'1'` apart from `1`).
    pub fn identity(&self) -> String {
        match self {
            PyValue::None => "none".into(),
            PyValue::Bool(b) => format!("n{}", u8::from(*b)),
            PyValue::Int(i) => format!("n{i}"),
            PyValue::Float(f) if f.fract() == 0.0 && f.abs() < 1e30 => format!("n{}", *f as i128),
            PyValue::Float(f) => format!("f{}", float_repr(*f)),
            PyValue::Timestamp(text) => format!("t{text}"),
            PyValue::Str(text) => ["s", text].concat(),
        }
    }
}

/// The text linkml stores for a scalar that a string field holds: `str()` of its value.
pub fn scalar_text(scalar: &Scalar) -> Cow<'_, str> {
    match resolve(scalar) {
        PyValue::Str(_) => Cow::Borrowed(scalar.text.as_str()),
        other => Cow::Owned(other.to_str().into_owned()),
    }
}

/// Python's `repr()` of what PyYAML constructs for `node`: the text linkml stores when a
/// mapping or a list stands where it wants one string (`str({'a': 1})` is `{'a': 1}`).
pub fn node_repr(node: &Node) -> String {
    match &node.value {
        Value::Scalar(s) => resolve(s).repr(),
        Value::Seq(items) => format!("[{}]", items.iter().map(node_repr).collect::<Vec<_>>().join(", ")),
        Value::Map(entries) => {
            let entries: Vec<String> = entries
                .iter()
                .map(|(k, v)| format!("{}: {}", node_repr(k), node_repr(v)))
                .collect();
            format!("{{{}}}", entries.join(", "))
        }
    }
}

/// Python's `repr()` of a float: the shortest round-trip digits, in positional notation for
/// exponents from -4 to 15 and scientific (`1e+16`, `1e-05`) beyond.
pub fn float_repr(value: f64) -> String {
    if value.is_nan() {
        return "nan".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.into();
    }
    let scientific = format!("{:e}", value.abs());
    let (mantissa, exponent) = scientific.split_once('e').expect("`{:e}` has an exponent");
    let exponent: i32 = exponent.parse().expect("an integer exponent");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if (-4..16).contains(&exponent) {
        let point = exponent + 1;
        let body = if point <= 0 {
            format!("0.{}{digits}", "0".repeat((-point) as usize))
        } else if point as usize >= digits.len() {
            format!("{digits}{}.0", "0".repeat(point as usize - digits.len()))
        } else {
            format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
        };
        format!("{sign}{body}")
    } else {
        let fraction = if digits.len() > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        let exponent_sign = if exponent < 0 { '-' } else { '+' };
        format!("{sign}{}{fraction}e{exponent_sign}{:02}", &digits[..1], exponent.abs())
    }
}

/// Python's `repr()` of a string: single quotes unless the text has one and no double quote.
fn string_repr(text: &str) -> String {
    linkml_naming::python_string_literal(text, '\'')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        scalar_text(&Scalar {
            text: text.into(),
            plain: true,
        })
        .into_owned()
    }

    #[test]
    fn scalars_read_as_python_linkml_reads_them() {
        let cases = [
            ("1.10", "1.1"),
            ("null", "None"),
            ("~", "None"),
            (".5", "0.5"),
            ("0x1F", "31"),
            ("0_20", "16"),
            ("1.0e+5", "100000.0"),
            ("1e5", "1e5"),
            ("1.0e5", "1.0e5"),
            ("0_80", "0_80"),
            ("0o17", "0o17"),
            ("08_1", "08_1"),
            ("yes", "True"),
            ("Off", "False"),
            ("y", "y"),
            ("1:30", "90"),
            ("017", "15"),
            ("+12", "12"),
            ("-0", "0"),
            ("1_000", "1000"),
            ("3.", "3.0"),
            ("1e+16", "1e+16"),
            ("1.5e+16", "1.5e+16"),
            ("0.00001", "1e-05"),
            ("0.0001", "0.0001"),
            ("-.inf", "-inf"),
            ("2020-01-05", "2020-01-05"),
            ("2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.100000-05:00"),
            ("2001-12-14 21:59:43Z", "2001-12-14 21:59:43+00:00"),
            ("2020-02-30", "2020-02-30"),
            ("ex:Thing", "ex:Thing"),
        ];
        for (written, read) in cases {
            assert_eq!(plain(written), read, "{written}");
        }
        let quoted = Scalar {
            text: "1.10".into(),
            plain: false,
        };
        assert_eq!(scalar_text(&quoted), "1.10");
    }

    #[test]
    fn keys_compare_as_python_compares_them() {
        let key = |text: &str, plain: bool| {
            resolve(&Scalar {
                text: text.into(),
                plain,
            })
            .identity()
        };
        assert_eq!(key("null", true), key("~", true));
        assert_eq!(key("yes", true), key("1", true));
        assert_eq!(key("1.0", true), key("1", true));
        assert_eq!(key("1.10", true), key("1.1", true));
        assert_ne!(key("1", true), key("1", false));
    }

    #[test]
    fn float_repr_matches_python() {
        for (value, text) in [
            (0.1, "0.1"),
            (100.0, "100.0"),
            (1e22, "1e+22"),
            (-2.5e-7, "-2.5e-07"),
            (123456789012345.6, "123456789012345.6"),
        ] {
            assert_eq!(float_repr(value), text);
        }
    }
}
