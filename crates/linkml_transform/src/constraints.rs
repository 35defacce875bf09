//! What a slot says about its values, as the database holds it: CHECK constraints from
//! `minimum_value`, `maximum_value`, `equals_string`, `equals_number`, `equals_string_in` and
//! `pattern`, a server default from a literal `ifabsent`, and a string length from the
//! `max_length` annotation. linkml 1.12.1 writes none of them; `--no-schema-constraints`
//! leaves them out here too.

use std::sync::Arc;

use linkml_derive::{InducedSlot, Val};
use linkml_diagnostics::Span;
use linkml_load::{Prop, PropValue};

use crate::ir::{CheckRule, Literal, SqlType};
use crate::regex::{translate, Engine};

/// A slot's value constraints as written, with the places to point a warning at.
#[derive(Debug, Default)]
pub(crate) struct SlotFacts {
    minimum: Option<String>,
    maximum: Option<String>,
    equals_string: Option<String>,
    equals_number: Option<String>,
    equals_string_in: Vec<String>,
    pattern: Option<(String, Span)>,
    ifabsent: Option<(String, Span)>,
    /// The `max_length` annotation, a positive integer.
    pub(crate) max_length: Option<u32>,
    /// A `max_length` annotation that is not a positive integer.
    bad_max_length: Option<(String, Span)>,
}

/// Something the constraints of a column leave out, at the schema text it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Issue {
    pub(crate) span: Span,
    pub(crate) label: &'static str,
    pub(crate) message: String,
    pub(crate) help: &'static str,
    /// A note rather than a warning: nothing the user needs to change.
    pub(crate) note: bool,
    pub(crate) kind: &'static str,
}

/// The annotation that sets a string slot's maximum length (`String(n)`, `VARCHAR(n)`).
pub const MAX_LENGTH_ANNOTATION: &str = "max_length";

/// `ifabsent` values that linkml computes in Python (an identifier, the class's CURIE, ...).
const PYTHON_ONLY_DEFAULTS: &[&str] = &[
    "bnode",
    "class_curie",
    "class_uri",
    "slot_uri",
    "slot_curie",
    "default_range",
    "default_ns",
];

impl SlotFacts {
    /// The slot's facts, or `None` where it states none of them.
    pub(crate) fn of(slot: &InducedSlot) -> Option<Arc<SlotFacts>> {
        let text = |key: &str| slot.get(key).and_then(scalar_text).map(str::to_string);
        let spanned = |key: &str| {
            let value = slot.get(key)?;
            Some((scalar_text(value)?.to_string(), value.span()?))
        };
        let mut facts = SlotFacts {
            minimum: text("minimum_value"),
            maximum: text("maximum_value"),
            equals_string: text("equals_string"),
            equals_number: slot.get("equals_number").and_then(Val::number_text).map(str::to_string),
            equals_string_in: slot.list("equals_string_in").iter().map(|t| t.value.clone()).collect(),
            pattern: spanned("pattern"),
            ifabsent: spanned("ifabsent"),
            ..SlotFacts::default()
        };
        if let Some(annotation) = slot.annotations.get(MAX_LENGTH_ANNOTATION) {
            let value = annotation
                .value
                .as_scalar()
                .map(|s| s.text.trim().to_string())
                .unwrap_or_default();
            match value.parse::<u32>() {
                Ok(n) if n > 0 => facts.max_length = Some(n),
                _ => facts.bad_max_length = Some((value, annotation.tag.span)),
            }
        }
        let empty = facts.minimum.is_none()
            && facts.maximum.is_none()
            && facts.equals_string.is_none()
            && facts.equals_number.is_none()
            && facts.equals_string_in.is_empty()
            && facts.pattern.is_none()
            && facts.ifabsent.is_none()
            && facts.max_length.is_none()
            && facts.bad_max_length.is_none();
        (!empty).then(|| Arc::new(facts))
    }

    /// The CHECKs (kind and rule) of a column of `sql_type` that stores the slot, in a fixed
    /// order: `length`, `min`, `max`, `eq`, `in`, `pattern`. Bounds and values of another type than the
    /// column's are left out, as pydantic leaves them out. A string length is checked on
    /// SQLite, which ignores `VARCHAR(n)`.
    pub(crate) fn checks(&self, sql_type: &SqlType, issues: &mut Vec<Issue>) -> Vec<(&'static str, CheckRule)> {
        let mut out = Vec::new();
        if let SqlType::String(length) = sql_type {
            out.push(("length", CheckRule::LengthAtMost(*length)));
        }
        let bound = |text: &Option<String>| text.as_deref().and_then(|t| literal_of_type(t, sql_type));
        if let Some(value) = bound(&self.minimum) {
            out.push(("min", CheckRule::AtLeast(value)));
        }
        if let Some(value) = bound(&self.maximum) {
            out.push(("max", CheckRule::AtMost(value)));
        }
        let textual = is_textual(sql_type);
        let equals = match (&self.equals_string, &self.equals_number) {
            (Some(text), _) if textual => Some(Literal::Text(text.clone())),
            (_, Some(number)) if is_numeric(sql_type) => Some(Literal::Number(number.clone())),
            _ => None,
        };
        if let Some(value) = equals {
            out.push(("eq", CheckRule::Equals(value)));
        }
        if textual && !self.equals_string_in.is_empty() {
            let values = self.equals_string_in.iter().cloned().map(Literal::Text).collect();
            out.push(("in", CheckRule::OneOf(values)));
        }
        if let Some((pattern, span)) = self.pattern.as_ref().filter(|_| textual && !is_enum(sql_type)) {
            let mut engine = |engine: Engine, name: &str| match translate(pattern, engine) {
                Ok(translated) => Some(translated),
                Err(reason) => {
                    issues.push(Issue {
                        span: *span,
                        label: "this pattern",
                        message: format!("the pattern is not checked on {name}: {reason}"),
                        help: "pydantic (generate sqlmodel) still checks it; write it without that construct to have the database check it too",
                        note: false,
                        kind: "pattern-not-checked",
                    });
                    None
                }
            };
            let postgresql = engine(Engine::Postgresql, "PostgreSQL");
            let mysql = engine(Engine::Mysql, "MariaDB and MySQL");
            if postgresql.is_some() || mysql.is_some() {
                out.push(("pattern", CheckRule::Matches { postgresql, mysql }));
            }
        }
        out
    }

    /// The server default of a column of `sql_type` from the slot's `ifabsent`, where it is
    /// a literal of the column's type.
    pub(crate) fn server_default(&self, sql_type: &SqlType, issues: &mut Vec<Issue>) -> Option<Literal> {
        let (written, span) = self.ifabsent.as_ref()?;
        let (function, value) = parse_ifabsent(written);
        if PYTHON_ONLY_DEFAULTS.contains(&function.unwrap_or(value)) {
            issues.push(Issue {
                span: *span,
                label: "this default",
                message: format!("`ifabsent: {written}` is computed by linkml's Python classes; the database gets no default"),
                help: "nothing to do: only literal defaults (string(...), int(...), float(...), True, False, date(...), datetime(...)) become server defaults",
                note: true,
                kind: "default-in-python",
            });
            return None;
        }
        let literal = match sql_type {
            SqlType::Enum(e) if !e.values.iter().any(|v| v == value) => None,
            SqlType::Text | SqlType::String(_) | SqlType::Enum(_) => Some(Literal::Text(value.to_string())),
            SqlType::Boolean => match value {
                "True" | "true" => Some(Literal::Boolean(true)),
                "False" | "false" => Some(Literal::Boolean(false)),
                _ => None,
            },
            _ => literal_of_type(value, sql_type),
        };
        if literal.is_none() {
            issues.push(Issue {
                span: *span,
                label: "this default",
                message: format!(
                    "`ifabsent: {written}` is not a value of the column's type; the database gets no default"
                ),
                help: "write a literal of the slot's range, such as int(5), True or date(\"2024-01-31\")",
                note: false,
                kind: "default-not-literal",
            });
        }
        literal
    }

    /// A `max_length` annotation that is not a positive integer.
    pub(crate) fn length_issue(&self) -> Option<Issue> {
        let (value, span) = self.bad_max_length.as_ref()?;
        Some(Issue {
            span: *span,
            label: "this annotation",
            message: format!("`{MAX_LENGTH_ANNOTATION}: {value}` is not a positive integer; the column keeps its type"),
            help: "write the maximum number of characters, such as `max_length: 64`",
            note: false,
            kind: "bad-max-length",
        })
    }
}

/// A scalar metaslot value's text.
fn scalar_text(value: Val<'_>) -> Option<&str> {
    match value {
        Val::Prop(Prop {
            value: PropValue::Node(node),
            ..
        }) => node.as_scalar().map(|s| s.text.as_str()),
        other => other.as_str(),
    }
}

/// `string(draft)` to `(Some("string"), "draft")`, `"True"` to `(None, "True")`; quotes
/// around the value are dropped, as linkml's `ifabsent` processor drops them.
fn parse_ifabsent(written: &str) -> (Option<&str>, &str) {
    let written = written.trim();
    let (function, inner) = match written.split_once('(') {
        Some((name, rest)) if rest.ends_with(')') && name.chars().all(|c| c.is_alphanumeric() || c == '_') => {
            (Some(name), &rest[..rest.len() - 1])
        }
        _ => (None, written),
    };
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|q| inner.strip_prefix(*q).and_then(|s| s.strip_suffix(*q)))
        .unwrap_or(inner);
    (function, unquoted)
}

fn is_numeric(sql_type: &SqlType) -> bool {
    matches!(sql_type, SqlType::Integer | SqlType::Float | SqlType::Numeric)
}

fn is_textual(sql_type: &SqlType) -> bool {
    matches!(sql_type, SqlType::Text | SqlType::String(_) | SqlType::Enum(_))
}

fn is_enum(sql_type: &SqlType) -> bool {
    matches!(sql_type, SqlType::Enum(_))
}

/// `text` as a literal of a numeric, date or datetime column; `None` where it is not one.
fn literal_of_type(text: &str, sql_type: &SqlType) -> Option<Literal> {
    let text = text.trim();
    match sql_type {
        SqlType::Integer => text.parse::<i64>().ok().map(|_| Literal::Number(text.to_string())),
        SqlType::Float | SqlType::Numeric => text
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(|_| Literal::Number(text.to_string())),
        SqlType::Date => is_date(text).then(|| Literal::Date(text.to_string())),
        SqlType::DateTime => datetime(text).map(Literal::DateTime),
        _ => None,
    }
}

/// `YYYY-MM-DD`.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// `YYYY-MM-DD[(T| )HH:MM:SS[.ffffff]]` as `YYYY-MM-DD HH:MM:SS[.ffffff]`, the form every
/// database (and SQLAlchemy's SQLite storage) reads.
fn datetime(text: &str) -> Option<String> {
    let (date, time) = match text.get(10..11) {
        None if is_date(text) => return Some(format!("{text} 00:00:00")),
        Some("T" | " ") => (&text[..10], &text[11..]),
        _ => return None,
    };
    let (clock, fraction) = time.split_once('.').unwrap_or((time, ""));
    let clock_ok = clock.len() == 8
        && clock.bytes().enumerate().all(|(i, b)| match i {
            2 | 5 => b == b':',
            _ => b.is_ascii_digit(),
        });
    let fraction_ok = fraction.len() <= 6 && fraction.bytes().all(|b| b.is_ascii_digit());
    (is_date(date) && clock_ok && fraction_ok).then(|| format!("{date} {time}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ifabsent_forms_are_read_as_linkml_reads_them() {
        assert_eq!(parse_ifabsent("string(draft)"), (Some("string"), "draft"));
        assert_eq!(parse_ifabsent("string(\"a b\")"), (Some("string"), "a b"));
        assert_eq!(parse_ifabsent("int(5)"), (Some("int"), "5"));
        assert_eq!(parse_ifabsent("True"), (None, "True"));
        assert_eq!(parse_ifabsent("class_curie"), (None, "class_curie"));
        assert_eq!(parse_ifabsent("date(\"2024-01-31\")"), (Some("date"), "2024-01-31"));
    }

    #[test]
    fn dates_and_datetimes_take_the_databases_form() {
        assert_eq!(datetime("2024-01-31T10:00:00"), Some("2024-01-31 10:00:00".into()));
        assert_eq!(datetime("2024-01-31"), Some("2024-01-31 00:00:00".into()));
        assert_eq!(datetime("2024-01-31T10:00:00.5"), Some("2024-01-31 10:00:00.5".into()));
        assert_eq!(datetime("2024-01-31T10:00:00Z"), None);
        assert_eq!(datetime("yesterday"), None);
        assert!(is_date("2024-01-31") && !is_date("2024-1-31"));
    }
}
