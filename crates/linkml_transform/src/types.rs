//! LinkML ranges to generic SQL types (linkml's `get_sql_range`), following `typeof` chains to
//! their base where linkml stops at the type itself.

use linkml_derive::SchemaView;
use rustc_hash::FxHashMap as HashMap;

use std::sync::Arc;

use crate::ir::{EnumType, SqlType};

/// linkml's `METAMODEL_TYPE_TO_BASE`: built-in type names, looked up by name first.
const BUILTIN_BASES: &[(&str, &str)] = &[
    ("string", "str"),
    ("integer", "int"),
    ("boolean", "Bool"),
    ("float", "float"),
    ("double", "double"),
    ("decimal", "Decimal"),
    ("time", "XSDTime"),
    ("date", "XSDDate"),
    ("datetime", "XSDDateTime"),
    ("uriorcurie", "URIorCURIE"),
    ("uri", "URI"),
    ("ncname", "NCName"),
    ("objectidentifier", "ElementIdentifier"),
    ("nodeidentifier", "NodeIdentifier"),
];

/// linkml's `RANGEMAP`: a Python base type to its SQL type; anything else is text.
fn from_base(base: &str) -> SqlType {
    match base {
        "int" => SqlType::Integer,
        "Decimal" => SqlType::Numeric,
        "double" | "float" => SqlType::Float,
        "Bool" => SqlType::Boolean,
        "XSDTime" => SqlType::Time,
        "XSDDateTime" => SqlType::DateTime,
        "XSDDate" => SqlType::Date,
        _ => SqlType::Text,
    }
}

/// The SQL type of a type or enum range (class ranges are resolved by the transformer).
pub fn sql_type(view: &SchemaView, range: &str) -> SqlType {
    if let Some(definition) = view.get_enum(range) {
        let values = definition.permissible_values.keys().cloned().collect();
        return SqlType::Enum(Arc::new(EnumType::new(definition.element.name().to_string(), values)));
    }
    if let Some((_, base)) = BUILTIN_BASES.iter().find(|(name, _)| *name == range) {
        return from_base(base);
    }
    let Some((name, _)) = view.all_types().get_key_value(range) else {
        return SqlType::Text;
    };
    view.induced_type_field(name, "base").map_or(SqlType::Text, from_base)
}

/// The SQL type of every enum and type that a range can name, built-in type names included;
/// other ranges are text (as [`sql_type`] finds).
pub fn range_types<'a>(view: &SchemaView<'a>) -> HashMap<&'a str, SqlType> {
    let enums_and_types = view.all_enums().keys().chain(view.all_types().keys()).copied();
    let builtins = BUILTIN_BASES.iter().map(|(name, _)| *name);
    enums_and_types
        .chain(builtins)
        .map(|name| (name, sql_type(view, name)))
        .collect()
}
