//! How the IR lands in real databases: decisions that the SQLAlchemy and the DDL writers both
//! apply, so that a database made from either agrees with the other.

use crate::ir::{Column, Index, SqlType, Table};
use linkml_naming::constraints::index_name;

/// The length of key columns that are TEXT elsewhere, on MariaDB and MySQL, which cannot
/// index TEXT. 255 characters of utf8mb4 keep three such columns within an index's 3,072 bytes.
pub const MYSQL_KEY_LENGTH: usize = 255;

/// The longest index key InnoDB takes, in bytes (utf8mb4 counts 4 a character).
pub const MYSQL_MAX_KEY_BYTES: usize = 3072;

/// MariaDB and MySQL reject longer table comments. Columns get no comments: MariaDB cannot
/// hold the descriptions of a wide table's columns in its table definition (error 1117).
const MYSQL_TABLE_COMMENT_LENGTH: usize = 2048;

/// What a MariaDB or MySQL table can hold: indexes, and bytes per row (in the server's count,
/// where TEXT takes 12 bytes and VARCHAR(255) of utf8mb4 1,022).
const MYSQL_MAX_INDEXES: usize = 64;
const MYSQL_MAX_ROW_BYTES: usize = 65_535;

impl Table {
    /// The foreign-key columns beyond what MariaDB and MySQL can hold; their constraints are
    /// created on the other databases only. Every foreign key needs an index that starts with
    /// its column, and a bounded (VARCHAR) column, so the last ones are dropped until the
    /// table's indexes and row fit.
    pub fn foreign_keys_over_mysql_limit(&self) -> Vec<&Column> {
        let deferred = &self.mysql.deferred_foreign_keys;
        if deferred.is_empty() {
            return Vec::new();
        }
        self.columns.iter().filter(|c| deferred.contains(&c.name)).collect()
    }

    /// Works out [`Table::mysql`] once the columns, keys and indexes are final.
    pub(crate) fn settle_mysql_layout(&mut self) {
        self.mysql.narrowed = self
            .multi_column_indexes()
            .filter_map(|columns| {
                let length = self.text_length_within_key_limit(&columns)?;
                Some((columns.iter().map(|c| c.to_string()).collect(), length))
            })
            .collect();
        let foreign_keys: Vec<&Column> = self.columns.iter().filter(|c| c.foreign_key.is_some()).collect();
        let mut kept = foreign_keys.len();
        while kept > 0 && !self.fits_on_mysql(&foreign_keys[kept..]) {
            kept -= 1;
        }
        self.mysql.deferred_foreign_keys = foreign_keys[kept..].iter().map(|c| c.name.clone()).collect();
    }

    fn fits_on_mysql(&self, dropped: &[&Column]) -> bool {
        let leads_an_index = |c: &Column| {
            c.indexed()
                || c.unique
                || self.unique_keys.iter().any(|k| k.columns.first() == Some(&c.name))
                || self.indexes.iter().any(|i| i.columns.first() == Some(&c.name))
        };
        let unique_key_indexes: usize = self
            .unique_keys
            .iter()
            .map(|k| 1 + usize::from(k.index_name.is_some()))
            .sum();
        let own_indexes = 1
            + self.columns.iter().filter(|c| c.indexed() || c.unique).count()
            + unique_key_indexes
            + self.indexes.len();
        let foreign_key_indexes = self
            .columns
            .iter()
            .filter(|c| c.foreign_key.is_some() && !leads_an_index(c) && !dropped.iter().any(|d| d.name == c.name))
            .count();
        let row: usize = self
            .columns
            .iter()
            .map(|c| mysql_row_bytes(&c.sql_type, self.mysql_length(c, c.primary_key, dropped)))
            .sum();
        own_indexes + foreign_key_indexes <= MYSQL_MAX_INDEXES && row <= MYSQL_MAX_ROW_BYTES
    }

    /// The VARCHAR length of `column` on MariaDB and MySQL where it is TEXT elsewhere and must
    /// be bounded there (see [`Table::is_bounded_on_mysql`]; a primary-key column always is):
    /// [`MYSQL_KEY_LENGTH`], or less where an index over several such columns would pass
    /// [`MYSQL_MAX_KEY_BYTES`]. `None` where the column stays TEXT.
    pub fn mysql_length(&self, column: &Column, primary_key: bool, deferred: &[&Column]) -> Option<usize> {
        if !(primary_key || self.is_bounded_on_mysql(column, deferred)) {
            return None;
        }
        let narrowest = self
            .mysql
            .narrowed
            .iter()
            .filter(|(columns, _)| columns.contains(&column.name))
            .map(|(_, length)| *length)
            .min();
        Some(narrowest.map_or(MYSQL_KEY_LENGTH, |n| n.min(MYSQL_KEY_LENGTH)))
    }

    /// The columns of every index over several columns: the primary key, unique keys and
    /// named indexes.
    fn multi_column_indexes(&self) -> impl Iterator<Item = Vec<&str>> {
        let primary_key: Vec<&str> = self
            .columns
            .iter()
            .filter(|c| self.is_mapped_primary_key(c))
            .map(|c| c.name.as_str())
            .collect();
        let keys = self
            .unique_keys
            .iter()
            .map(|k| k.columns.iter().map(String::as_str).collect());
        let named = self
            .indexes
            .iter()
            .map(|i| i.columns.iter().map(String::as_str).collect());
        std::iter::once(primary_key)
            .chain(keys)
            .chain(named)
            .filter(|columns: &Vec<&str>| columns.len() > 1)
    }

    /// The longest VARCHAR that lets an index over `columns` fit MariaDB's key limit, if its
    /// TEXT columns at [`MYSQL_KEY_LENGTH`] would not.
    fn text_length_within_key_limit(&self, columns: &[&str]) -> Option<usize> {
        let columns: Vec<&Column> = columns.iter().filter_map(|c| self.column(c)).collect();
        let text = columns.iter().filter(|c| c.sql_type == SqlType::Text).count();
        let other: usize = columns
            .iter()
            .filter(|c| c.sql_type != SqlType::Text)
            .map(|c| mysql_bytes(&c.sql_type, true))
            .sum();
        if text == 0 || other + text * 4 * MYSQL_KEY_LENGTH <= MYSQL_MAX_KEY_BYTES {
            return None;
        }
        Some((MYSQL_MAX_KEY_BYTES.saturating_sub(other) / (4 * text)).max(1))
    }

    /// The unique keys and named indexes whose text columns are narrowed on MariaDB and MySQL
    /// (see [`Table::mysql_length`]), each with the length they get.
    pub fn narrowed_on_mysql(&self) -> &[(Vec<String>, usize)] {
        &self.mysql.narrowed
    }

    /// Whether `column`, if TEXT, must be VARCHAR on MariaDB and MySQL: it is part of a key,
    /// an index (named ones included), a unique constraint, or a foreign key those databases
    /// create.
    pub fn is_bounded_on_mysql(&self, column: &Column, deferred: &[&Column]) -> bool {
        let has_foreign_key = column.foreign_key.is_some() && !deferred.iter().any(|d| d.name == column.name);
        column.indexed()
            || column.unique
            || has_foreign_key
            || self.unique_keys.iter().any(|k| k.columns.contains(&column.name))
            || self.indexes.iter().any(|i| i.columns.contains(&column.name))
    }

    /// Whether the models map `column` as part of the primary key: the marked columns, or, in
    /// a table with none (generated without foreign keys), every column, since SQLAlchemy maps
    /// a table only with a key (linkml's models do the same).
    pub fn is_mapped_primary_key(&self, column: &Column) -> bool {
        column.primary_key || !self.columns.iter().any(|c| c.primary_key)
    }

    /// The indexes the schema names, as linkml creates them: always, except one whose name a
    /// generated index already has (`ix_<table>_<column>`, `<table>_<columns>_idx`) when
    /// indexes are generated (`autogenerate`, `--autogenerate_index`; the models always are).
    pub fn named_indexes(&self, autogenerate: bool) -> impl Iterator<Item = &Index> {
        let generated: Vec<String> = if autogenerate && !self.indexes.is_empty() {
            self.columns
                .iter()
                .filter(|c| c.indexed())
                .map(|c| index_name(&self.name, &c.name))
                .chain(self.unique_keys.iter().filter_map(|k| k.index_name.clone()))
                .collect()
        } else {
            Vec::new()
        };
        self.indexes.iter().filter(move |i| !generated.contains(&i.name))
    }

    /// The table's comment: its description, within MariaDB's limit.
    pub fn comment(&self) -> Option<&str> {
        comment(self.description.as_deref(), MYSQL_TABLE_COMMENT_LENGTH)
    }
}

/// A column's share of a MariaDB or MySQL row, at most, given its VARCHAR length if bounded.
fn mysql_row_bytes(sql_type: &SqlType, length: Option<usize>) -> usize {
    match (sql_type, length) {
        (SqlType::Text, Some(length)) => 4 * length + 2,
        _ => mysql_bytes(sql_type, length.is_some()),
    }
}

/// A column's share of a MariaDB or MySQL row (or index key), at most.
fn mysql_bytes(sql_type: &SqlType, bounded: bool) -> usize {
    match sql_type {
        SqlType::Text if bounded => 4 * MYSQL_KEY_LENGTH + 2,
        SqlType::String(length) => 4 * *length as usize + 2,
        SqlType::Enum(e) if !e.as_string_on.is_empty() => 4 * e.length + 2,
        SqlType::Text | SqlType::Enum(_) | SqlType::Numeric => 12,
        _ => 8,
    }
}

fn comment(description: Option<&str>, limit: usize) -> Option<&str> {
    let text = description.filter(|d| !d.trim().is_empty())?;
    Some(match text.char_indices().nth(limit) {
        Some((end, _)) => &text[..end],
        None => text,
    })
}

/// Databases whose native ENUM cannot hold these values: MariaDB and MySQL compare labels
/// without case or trailing spaces and cap them at 255 characters; PostgreSQL caps them at 63
/// bytes. Those databases store such an enum as a VARCHAR column instead.
pub fn enum_as_string_on(values: &[String]) -> Vec<&'static str> {
    let mut folded: Vec<String> = values.iter().map(|v| v.trim_end().to_lowercase()).collect();
    folded.sort_unstable();
    let mysql_clash =
        folded.windows(2).any(|pair| pair[0] == pair[1]) || values.iter().any(|v| v.chars().count() > 255);
    let mut dialects = Vec::new();
    if mysql_clash {
        dialects.extend(["mysql", "mariadb"]);
    }
    if values.iter().any(|v| v.len() > 63) {
        dialects.push("postgresql");
    }
    dialects
}
