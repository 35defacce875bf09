//! Constraint and index names: the naming convention the generated metadata carries, rendered
//! here too, so that the DDL names every constraint exactly as SQLAlchemy names our models'.

use std::borrow::Cow;

/// The convention, as the generated modules spell it for SQLAlchemy's `MetaData`. The CHECK
/// name holds the column so two columns of one enum type do not collide.
pub const NAMING_CONVENTION: &[(&str, &str)] = &[
    ("ix", "ix_%(column_0_label)s"),
    ("uq", "uq_%(table_name)s_%(column_0_N_name)s"),
    ("ck", "ck_%(table_name)s_%(column_0_name)s_%(constraint_name)s"),
    ("fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"),
    ("pk", "pk_%(table_name)s"),
];

/// `ix`: an index on one column (`column_0_label` is `<table>_<column>`).
pub fn index_name(table: &str, column: &str) -> String {
    ["ix_", table, "_", column].concat()
}

/// `uq`: a unique constraint over `columns`.
pub fn unique_name<S: AsRef<str>>(table: &str, columns: &[S]) -> String {
    let columns: Vec<&str> = columns.iter().map(AsRef::as_ref).collect();
    format!("uq_{table}_{}", columns.join("_"))
}

/// `ck`: a CHECK constraint named `constraint` (an enum's name) on `column`.
pub fn check_name(table: &str, column: &str, constraint: &str) -> String {
    ["ck_", table, "_", column, "_", constraint].concat()
}

/// `fk`: a foreign key from `column` to `referred_table`.
pub fn foreign_key_name(table: &str, column: &str, referred_table: &str) -> String {
    ["fk_", table, "_", column, "_", referred_table].concat()
}

/// `pk`: a table's primary key.
pub fn primary_key_name(table: &str) -> String {
    ["pk_", table].concat()
}

/// What SQLAlchemy does to a generated name longer than a database allows: keep the first
/// `max - 8` characters and append `_` and the last four hex digits of the name's MD5.
pub fn truncate_generated_name(name: &str, max: usize) -> Cow<'_, str> {
    // No more bytes than `max` is no more characters, without counting them.
    if name.len() <= max || name.chars().count() <= max {
        return Cow::Borrowed(name);
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = md5::compute(name.as_bytes()).0;
    // The first `max - 8` characters, by their byte length.
    let end = name.char_indices().nth(max - 8).map_or(name.len(), |(i, _)| i);
    let mut out = String::with_capacity(max);
    out.push_str(&name[..end]);
    out.push('_');
    // The last four hex digits of the digest: its last two bytes.
    for byte in &digest[14..] {
        out.push(HEX[usize::from(byte >> 4)] as char);
        out.push(HEX[usize::from(byte & 0xf)] as char);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_truncated_as_sqlalchemy_truncates_them() {
        // Checked against SQLAlchemy 2.1.9 on MariaDB (a 64-character limit).
        let name = format!("fk_{}_ref_{}_{}", "b".repeat(40), "c".repeat(30), "a".repeat(40));
        assert_eq!(
            truncate_generated_name(&name, 64),
            "fk_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb_ref_cccccccc_0a48"
        );
        let index = format!("ix_{}_ref_{}", "b".repeat(40), "c".repeat(30));
        assert_eq!(
            truncate_generated_name(&index, 64),
            "ix_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb_ref_cccccccc_95d3"
        );
        assert_eq!(truncate_generated_name("pk_short", 63), "pk_short");
    }
}
