//! `--relmodel-output`: the relational model as a LinkML schema, one class per table and one
//! attribute per column, with linkml's `primary_key` and `foreign_key` annotations.

use std::fmt::Write;

use linkml_transform::{Column, RelationalModel, SqlType, Table};

/// The relational model as LinkML YAML. Unlike linkml, the schema keeps its own name (linkml
/// calls every one `foo`), and foreign keys show as renamed.
pub fn write(model: &RelationalModel) -> String {
    let mut out = String::new();
    let id = format!("{}_relational", model.schema_id);
    let _ = writeln!(out, "id: {}", scalar(&id));
    let _ = writeln!(out, "name: {}", scalar(&format!("{}_relational", model.schema_name)));
    out.push_str("prefixes:\n  linkml: https://w3id.org/linkml/\n");
    out.push_str("imports:\n- linkml:types\ndefault_range: string\n");
    write_enums(&mut out, model);
    out.push_str("classes:\n");
    for table in &model.tables {
        write_class(&mut out, table);
    }
    out
}

fn write_enums(out: &mut String, model: &RelationalModel) {
    let mut written: Vec<&str> = Vec::new();
    for column in model.tables.iter().flat_map(|t| &t.columns) {
        let SqlType::Enum(enum_type) = &column.sql_type else {
            continue;
        };
        let (name, values) = (&enum_type.name, &enum_type.values);
        if written.contains(&name.as_str()) {
            continue;
        }
        if written.is_empty() {
            out.push_str("enums:\n");
        }
        written.push(name);
        let _ = writeln!(out, "  {}:", scalar(name));
        out.push_str("    permissible_values:\n");
        for value in values.iter() {
            let _ = writeln!(out, "      {}: {{}}", scalar(value));
        }
    }
}

fn write_class(out: &mut String, table: &Table) {
    let _ = writeln!(out, "  {}:", scalar(&table.class_name));
    if let Some(description) = &table.description {
        let _ = writeln!(out, "    description: {}", scalar(description));
    }
    if let Some(parent) = &table.is_a {
        let _ = writeln!(out, "    is_a: {}", scalar(parent));
    }
    if table.abstract_ {
        out.push_str("    abstract: true\n");
    }
    let _ = writeln!(out, "    annotations:\n      __tablename__: {}", scalar(&table.name));
    if table.columns.is_empty() {
        return;
    }
    out.push_str("    attributes:\n");
    for column in &table.columns {
        write_attribute(out, column);
    }
    if !table.unique_keys.is_empty() {
        out.push_str("    unique_keys:\n");
        for key in &table.unique_keys {
            let slots: Vec<String> = key.columns.iter().map(|c| scalar(c)).collect();
            let _ = writeln!(
                out,
                "      {}:\n        unique_key_slots: [{}]",
                scalar(&key.name),
                slots.join(", ")
            );
        }
    }
}

fn write_attribute(out: &mut String, column: &Column) {
    let _ = writeln!(out, "      {}:", scalar(&column.name));
    let range = match (&column.foreign_key, &column.sql_type) {
        (Some(fk), _) => fk.class.as_str(),
        (None, SqlType::Enum(e)) if !e.values.is_empty() => e.name.as_str(),
        (None, sql_type) => type_name(sql_type),
    };
    let _ = writeln!(out, "        range: {}", scalar(range));
    if let Some(description) = &column.description {
        let _ = writeln!(out, "        description: {}", scalar(description));
    }
    for (flag, set) in [
        ("required", !column.nullable),
        ("identifier", column.identifier),
        ("key", column.key),
    ] {
        if set {
            let _ = writeln!(out, "        {flag}: true");
        }
    }
    let mut annotations = Vec::new();
    if column.primary_key {
        annotations.push(("primary_key", "'true'".to_string()));
    }
    if let Some(fk) = &column.foreign_key {
        annotations.push(("foreign_key", scalar(&format!("{}.{}", fk.table, fk.column))));
    }
    if !annotations.is_empty() {
        out.push_str("        annotations:\n");
        for (tag, value) in annotations {
            let _ = writeln!(out, "          {tag}: {value}");
        }
    }
}

fn type_name(sql_type: &SqlType) -> &'static str {
    match sql_type {
        SqlType::Text | SqlType::String(_) | SqlType::Enum(_) => "string",
        SqlType::Integer => "integer",
        SqlType::Boolean => "boolean",
        SqlType::Float => "float",
        SqlType::Numeric => "decimal",
        SqlType::Date => "date",
        SqlType::DateTime => "datetime",
        SqlType::Time => "time",
    }
}

/// A YAML scalar: plain where it is a simple name, otherwise double-quoted.
fn scalar(text: &str) -> String {
    let simple = text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
        );
    if simple {
        return text.to_string();
    }
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
