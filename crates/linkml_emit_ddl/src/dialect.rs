//! What differs between the databases: identifier quoting, type names, literal escaping and
//! name lengths, each as SQLAlchemy renders it for our models.

use linkml_transform::physical::MYSQL_KEY_LENGTH;
use linkml_transform::{CheckRule, EnumType, Literal, SqlType};

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashSet;

use crate::reserved_words;

/// `VARCHAR(MYSQL_KEY_LENGTH)`.
const MYSQL_KEY_VARCHAR: &str = "VARCHAR(255)";

/// The bytes an unquoted name may hold: lower-case ASCII letters, digits, `_` and `$` (a
/// table, since every name of the script is checked byte by byte).
const PLAIN_BYTES: [bool; 256] = {
    let mut plain = [false; 256];
    let mut b = 0;
    while b < 256 {
        plain[b] = matches!(b as u8, b'a'..=b'z' | b'0'..=b'9' | b'_' | b'$');
        b += 1;
    }
    plain
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgresql,
    /// MySQL and MariaDB.
    Mysql,
}

/// How a column's type is written.
pub enum ColumnType {
    /// A plain type name, such as `TEXT` or `VARCHAR(7)`.
    Plain(Cow<'static, str>),
    /// A PostgreSQL enum type, created before the tables.
    NamedEnum(Arc<EnumType>),
    /// A string column checked against the enum's values (SQLite).
    CheckedEnum(Arc<EnumType>),
}

impl Dialect {
    /// The name SQLAlchemy uses for it, in `--dialect` and in `with_variant`.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Sqlite => "sqlite",
            Dialect::Postgresql => "postgresql",
            Dialect::Mysql => "mysql",
        }
    }

    /// The longest generated constraint or index name, beyond which SQLAlchemy truncates.
    pub fn max_name_length(self) -> usize {
        match self {
            Dialect::Sqlite => 9999,
            Dialect::Postgresql => 63,
            Dialect::Mysql => 64,
        }
    }

    /// SQLAlchemy's reserved words of the database, as a set built on first use (a table
    /// has many names to look up, and MySQL has hundreds of words).
    fn reserved_words(self) -> &'static FxHashSet<&'static str> {
        static SETS: [OnceLock<FxHashSet<&str>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let (set, words) = match self {
            Dialect::Sqlite => (&SETS[0], reserved_words::SQLITE),
            Dialect::Postgresql => (&SETS[1], reserved_words::POSTGRESQL),
            Dialect::Mysql => (&SETS[2], reserved_words::MYSQL),
        };
        set.get_or_init(|| words.iter().copied().collect())
    }

    /// `name` quoted where SQLAlchemy quotes it: reserved words, upper case, and anything
    /// beyond letters, digits, `_` and `$` (or a digit or `$` first).
    pub fn quote(self, name: &str) -> Cow<'_, str> {
        if self.is_plain(name) {
            return Cow::Borrowed(name);
        }
        let mut quoted = String::with_capacity(name.len() + 2);
        self.push_delimited(&mut quoted, name);
        Cow::Owned(quoted)
    }

    /// Appends `name` to `out` as [`Dialect::quote`] writes it.
    pub fn push_quoted(self, out: &mut String, name: &str) {
        if self.is_plain(name) {
            out.push_str(name);
        } else {
            self.push_delimited(out, name);
        }
    }

    /// Lower-case ASCII letters, digits, `_` and `$`, not first a digit or `$`, and not a
    /// reserved word (the words are lower case).
    fn is_plain(self, name: &str) -> bool {
        !name.is_empty()
            && !name.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            && name.bytes().all(|b| PLAIN_BYTES[usize::from(b)])
            && !self.reserved_words().contains(name)
    }

    /// `name` between the database's identifier quotes, a quote inside it doubled.
    fn push_delimited(self, out: &mut String, name: &str) {
        let quote = if self == Dialect::Mysql { '`' } else { '"' };
        out.push(quote);
        for (i, part) in name.split(quote).enumerate() {
            if i > 0 {
                out.push(quote);
                out.push(quote);
            }
            out.push_str(part);
        }
        out.push(quote);
    }

    /// A string literal.
    pub fn literal(self, text: &str) -> String {
        let escaped = text.replace('\'', "''");
        match self {
            // MariaDB and MySQL read backslashes as escapes inside literals.
            Dialect::Mysql => format!("'{}'", escaped.replace('\\', "\\\\")),
            _ => format!("'{escaped}'"),
        }
    }

    /// A literal of the schema (a default or a CHECK's operand).
    pub fn value(self, literal: &Literal) -> String {
        match literal {
            Literal::Number(n) => n.clone(),
            // As the models state it (see `server_default` there); PostgreSQL reads '1' as true.
            Literal::Boolean(b) => if *b { "'1'" } else { "'0'" }.into(),
            Literal::Text(t) | Literal::Date(t) | Literal::DateTime(t) => self.literal(t),
        }
    }

    /// A CHECK's condition on `column` (quoted), as SQLAlchemy compiles the models' one;
    /// `None` where this database does not get it (a length, which only SQLite checks).
    pub fn check_condition(self, column: &str, rule: &CheckRule) -> Option<String> {
        Some(match rule {
            CheckRule::AtLeast(v) => format!("{column} >= {}", self.value(v)),
            CheckRule::AtMost(v) => format!("{column} <= {}", self.value(v)),
            CheckRule::Equals(v) => format!("{column} = {}", self.value(v)),
            CheckRule::OneOf(values) => {
                let values: Vec<String> = values.iter().map(|v| self.value(v)).collect();
                format!("{column} IN ({})", values.join(", "))
            }
            CheckRule::LengthAtMost(n) if self == Dialect::Sqlite => format!("length({column}) <= {n}"),
            CheckRule::LengthAtMost(_) => return None,
            // Where the database has no such regular expression, the constraint keeps its
            // name with a condition that always holds, as the models' `_Matches` compiles.
            CheckRule::Matches { postgresql, mysql } => match (self, postgresql, mysql) {
                (Dialect::Postgresql, Some(p), _) => format!("{column} ~ {}", self.literal(p)),
                (Dialect::Mysql, _, Some(p)) => format!("{column} REGEXP {}", self.literal(p)),
                _ => "1 = 1".into(),
            },
        })
    }

    /// The column type; key columns are VARCHAR of `mysql_length` on MariaDB and MySQL.
    pub fn column_type(self, sql_type: &SqlType, mysql_length: Option<usize>, autoincrement: bool) -> ColumnType {
        let plain = |name: &'static str| ColumnType::Plain(Cow::Borrowed(name));
        match (sql_type, self) {
            (SqlType::Enum(e), _) if e.values.is_empty() => self.column_type(&SqlType::Text, mysql_length, false),
            (SqlType::Enum(e), _) if e.as_string_on.contains(&self.name()) => {
                ColumnType::Plain(format!("VARCHAR({})", e.length.max(1)).into())
            }
            (SqlType::Enum(e), Dialect::Postgresql) => ColumnType::NamedEnum(e.clone()),
            (SqlType::Enum(e), Dialect::Mysql) => {
                let labels: Vec<String> = e.values.iter().map(|v| self.literal(v)).collect();
                ColumnType::Plain(format!("ENUM({})", labels.join(",")).into())
            }
            (SqlType::Enum(e), Dialect::Sqlite) => ColumnType::CheckedEnum(e.clone()),
            (SqlType::Text, Dialect::Mysql) => match mysql_length {
                Some(MYSQL_KEY_LENGTH) => ColumnType::Plain(Cow::Borrowed(MYSQL_KEY_VARCHAR)),
                Some(length) => ColumnType::Plain(format!("VARCHAR({length})").into()),
                None => plain("TEXT"),
            },
            (SqlType::Text, _) => plain("TEXT"),
            (SqlType::String(length), _) => ColumnType::Plain(format!("VARCHAR({length})").into()),
            (SqlType::Integer, Dialect::Postgresql) if autoincrement => plain("SERIAL"),
            (SqlType::Integer, _) => plain("INTEGER"),
            (SqlType::Boolean, Dialect::Mysql) => plain("BOOL"),
            (SqlType::Boolean, _) => plain("BOOLEAN"),
            (SqlType::Float, _) => plain("FLOAT"),
            (SqlType::Numeric, _) => plain("NUMERIC"),
            (SqlType::Date, _) => plain("DATE"),
            (SqlType::DateTime, Dialect::Postgresql) => plain("TIMESTAMP WITHOUT TIME ZONE"),
            (SqlType::DateTime, _) => plain("DATETIME"),
            (SqlType::Time, Dialect::Postgresql) => plain("TIME WITHOUT TIME ZONE"),
            (SqlType::Time, _) => plain("TIME"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_where_sqlalchemy_quotes() {
        assert_eq!(Dialect::Sqlite.quote("name"), "name");
        assert_eq!(Dialect::Sqlite.quote("Person"), "\"Person\"");
        assert_eq!(Dialect::Postgresql.quote("user"), "\"user\"");
        assert_eq!(Dialect::Mysql.quote("dummy class"), "`dummy class`");
        assert_eq!(Dialect::Mysql.quote("a`b"), "`a``b`");
        assert_eq!(Dialect::Postgresql.quote("1st"), "\"1st\"");
    }

    #[test]
    fn mysql_key_columns_have_the_shared_length() {
        let expected = format!("VARCHAR({})", linkml_transform::physical::MYSQL_KEY_LENGTH);
        assert_eq!(MYSQL_KEY_VARCHAR, expected);
    }

    #[test]
    fn literals_escape_quotes_and_mysql_backslashes() {
        assert_eq!(Dialect::Postgresql.literal(r"it's a\b"), r"'it''s a\b'");
        assert_eq!(Dialect::Mysql.literal(r"it's a\b"), r"'it''s a\\b'");
    }
}
