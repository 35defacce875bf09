//! Stage 5 of the pipeline: SQL DDL written from the relational IR only, one dialect at a
//! time. The statements are the ones SQLAlchemy would emit for our generated models (same
//! types, keys, constraint names and indexes), so a database made from either matches the
//! other, with linkml's `--` comment header on SQLite.

mod dialect;
pub mod relmodel;
mod reserved_words;

use linkml_naming::constraints::{
    check_name, foreign_key_name, index_name, primary_key_name, truncate_generated_name, unique_name,
};
use std::fmt::Write;

use linkml_transform::{Column, RelationalModel, SqlType, Table};

use dialect::ColumnType;
pub use dialect::Dialect;

#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub dialect: Dialect,
    /// linkml's `ix_` indexes on key columns and `_idx` indexes beside unique keys.
    pub autogenerate_index: bool,
    /// Whether abstract classes get tables.
    pub abstract_tables: bool,
}

/// Writes the DDL for `model`.
pub fn write(model: &RelationalModel, options: Options) -> String {
    let tables: Vec<&Table> = model
        .tables
        .iter()
        .filter(|t| !t.columns.is_empty() && (options.abstract_tables || !t.abstract_))
        .collect();
    let writer = Writer {
        dialect: options.dialect,
        options,
        tables: &tables,
    };
    // Reserved up front: growing a multi-megabyte script by doubling copies it many times.
    let mut out = String::with_capacity(model.tables.iter().map(|t| 300 + 120 * t.columns.len()).sum());
    if options.dialect == Dialect::Sqlite {
        out.push_str(&comment_header(model));
        out.push('\n');
    }
    writer.write(&mut out);
    out
}

/// linkml's SQLite header: every class and slot, with descriptions on one line.
fn comment_header(model: &RelationalModel) -> String {
    let one_line = |d: Option<&str>| {
        d.map(|d| d.replace('\n', ""))
            .filter(|d| !d.is_empty())
            .map_or(String::new(), |d| format!(" Description: {d}"))
    };
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(text.trim_end());
        out.push('\n');
    };
    for table in &model.tables {
        let kind = if table.abstract_ { "Abstract Class" } else { "Class" };
        line(format!(
            "-- # {kind}: {}{}",
            table.class_name,
            one_line(table.description.as_deref())
        ));
        for column in &table.columns {
            line(format!(
                "--     * Slot: {}{}",
                column.attribute,
                one_line(column.description.as_deref())
            ));
        }
    }
    out
}

/// What goes between two items of a `CREATE TABLE`.
const NEXT_ITEM: &str = ",\n\t";

struct Writer<'m> {
    dialect: Dialect,
    options: Options,
    tables: &'m [&'m Table],
}

/// What a table's statements need, worked out once.
struct TablePlan<'m> {
    table: &'m Table,
    primary_key: Vec<&'m Column>,
    /// The foreign keys MariaDB and MySQL cannot hold.
    over_mysql_limit: Vec<&'m Column>,
    /// The foreign keys this database gets, and whether each lies on a reference cycle.
    foreign_keys: Vec<(&'m Column, bool)>,
}

impl<'m> TablePlan<'m> {
    fn new(table: &'m Table) -> Self {
        let marked: Vec<&Column> = table.columns.iter().filter(|c| c.primary_key).collect();
        // Without foreign keys, linkml's primary key is the identifier.
        let primary_key = if marked.is_empty() {
            table.columns.iter().filter(|c| c.identifier).collect()
        } else {
            marked
        };
        TablePlan {
            table,
            primary_key,
            over_mysql_limit: table.foreign_keys_over_mysql_limit(),
            foreign_keys: Vec::new(),
        }
    }

    fn is_primary(&self, column: &Column) -> bool {
        self.primary_key.iter().any(|c| std::ptr::eq(*c, column))
    }

    /// SQLAlchemy's `autoincrement="auto"`: a lone integer primary key that is not a foreign
    /// key, or a surrogate key.
    fn is_autoincrement(&self, column: &Column) -> bool {
        match self.primary_key.as_slice() {
            [only] => {
                std::ptr::eq(*only, column)
                    && only.sql_type == SqlType::Integer
                    && (only.autoincrement || only.foreign_key.is_none())
            }
            _ => false,
        }
    }
}

impl<'m> Writer<'m> {
    fn write(&self, out: &mut String) {
        let position: rustc_hash::FxHashMap<&str, usize> = self
            .tables
            .iter()
            .enumerate()
            .map(|(i, t)| (t.class_name.as_str(), i))
            .collect();
        let mut plans: Vec<TablePlan> = self.tables.iter().map(|t| TablePlan::new(t)).collect();
        // References to tables that exist, without MariaDB's and MySQL's surplus.
        let mut references: Vec<Vec<(&Column, usize)>> = Vec::with_capacity(plans.len());
        for plan in &plans {
            let kept = plan.table.columns.iter().filter_map(|c| {
                let target = *position.get(c.foreign_key.as_ref()?.class.as_str())?;
                let dropped = self.dialect == Dialect::Mysql && plan.over_mysql_limit.iter().any(|o| o.name == c.name);
                (!dropped).then_some((c, target))
            });
            references.push(kept.collect());
        }
        let edges: Vec<Vec<usize>> = references
            .iter()
            .enumerate()
            .map(|(i, refs)| refs.iter().map(|r| r.1).filter(|&t| t != i).collect())
            .collect();
        let (order, cyclic) = linkml_transform::order::creation_order(&edges);
        for (i, refs) in references.into_iter().enumerate() {
            let mut on_cycle = cyclic[i].iter();
            plans[i].foreign_keys = refs
                .into_iter()
                .map(|(column, target)| (column, target != i && *on_cycle.next().unwrap_or(&false)))
                .collect();
        }
        self.enum_types(out, &order, &plans);
        let mut after_tables = String::new();
        for &i in &order {
            let plan = &plans[i];
            // SQLite cannot add constraints later; it checks them only when rows are written.
            let later = |on_cycle: bool| on_cycle && self.dialect != Dialect::Sqlite;
            let inline: Vec<&Column> = plan
                .foreign_keys
                .iter()
                .filter(|(_, c)| !later(*c))
                .map(|(c, _)| *c)
                .collect();
            self.table(out, plan, &inline);
            for (column, _) in plan.foreign_keys.iter().filter(|(_, c)| later(*c)) {
                self.add_foreign_key(&mut after_tables, plan.table, column);
            }
        }
        out.push_str(&after_tables);
        while out.ends_with("\n\n") {
            out.pop();
        }
    }

    /// PostgreSQL's `CREATE TYPE` for each enum, before the tables that use it.
    fn enum_types(&self, out: &mut String, order: &[usize], plans: &[TablePlan]) {
        if self.dialect != Dialect::Postgresql {
            return;
        }
        let mut created: Vec<String> = Vec::new();
        for &i in order {
            for column in &plans[i].table.columns {
                // Each enum's values are listed once, for its first column.
                if matches!(&column.sql_type, SqlType::Enum(e) if created.contains(&e.name)) {
                    continue;
                }
                let ColumnType::NamedEnum(enum_type) = self.column_type(&plans[i], column) else {
                    continue;
                };
                let labels: Vec<String> = enum_type.values.iter().map(|v| self.dialect.literal(v)).collect();
                out.push_str(&format!(
                    "CREATE TYPE {} AS ENUM ({});\n\n",
                    self.dialect.quote(&enum_type.name),
                    labels.join(", ")
                ));
                created.push(enum_type.name.clone());
            }
        }
    }

    fn column_type(&self, plan: &TablePlan, column: &Column) -> ColumnType {
        let length = plan
            .table
            .mysql_length(column, plan.is_primary(column), &plan.over_mysql_limit);
        self.dialect
            .column_type(&column.sql_type, length, plan.is_autoincrement(column))
    }

    /// A generated constraint or index name, truncated and quoted as SQLAlchemy renders it.
    fn name(&self, out: &mut String, generated: &str) {
        let name = truncate_generated_name(generated, self.dialect.max_name_length());
        self.dialect.push_quoted(out, &name);
    }

    /// `CONSTRAINT <name> `, the start of a named constraint.
    fn constraint_name(&self, out: &mut String, generated: &str) {
        out.push_str("CONSTRAINT ");
        self.name(out, generated);
        out.push(' ');
    }

    /// `(a, b)`: the columns quoted, in parentheses.
    fn columns_list<'c>(&self, out: &mut String, columns: impl IntoIterator<Item = &'c str>) {
        out.push('(');
        for (i, column) in columns.into_iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.dialect.push_quoted(out, column);
        }
        out.push(')');
    }

    fn table(&self, out: &mut String, plan: &TablePlan, foreign_keys: &[&Column]) {
        let table = plan.table;
        let types: Vec<ColumnType> = table.columns.iter().map(|c| self.column_type(plan, c)).collect();
        out.push_str("CREATE TABLE ");
        self.dialect.push_quoted(out, &table.name);
        out.push_str(" (");
        // Every table written has a column, so each constraint follows an item.
        for (i, (column, column_type)) in table.columns.iter().zip(&types).enumerate() {
            out.push_str(if i == 0 { "\n\t" } else { NEXT_ITEM });
            self.column(out, plan, column, column_type);
        }
        self.constraints(out, plan, foreign_keys, &types);
        out.push_str("\n)");
        if let (Dialect::Mysql, Some(comment)) = (self.dialect, table.comment()) {
            out.push_str("COMMENT=");
            out.push_str(&self.dialect.literal(comment));
        }
        out.push_str(";\n");
        self.indexes(out, table);
        if self.dialect == Dialect::Postgresql {
            self.postgresql_comment(out, table);
        }
        out.push('\n');
    }

    fn column(&self, out: &mut String, plan: &TablePlan, column: &Column, column_type: &ColumnType) {
        self.dialect.push_quoted(out, &column.name);
        out.push(' ');
        match column_type {
            ColumnType::Plain(name) => out.push_str(name),
            ColumnType::NamedEnum(e) => self.dialect.push_quoted(out, &e.name),
            ColumnType::CheckedEnum(e) => {
                let _ = write!(out, "VARCHAR({})", e.length);
            }
        }
        if let Some(default) = &column.server_default {
            out.push_str(" DEFAULT ");
            out.push_str(&self.dialect.value(default));
        }
        if !column.nullable || plan.is_primary(column) {
            out.push_str(" NOT NULL");
        }
        if self.dialect == Dialect::Mysql && plan.is_autoincrement(column) {
            out.push_str(" AUTO_INCREMENT");
        }
    }

    /// The table's constraints, each after [`NEXT_ITEM`].
    fn constraints(&self, out: &mut String, plan: &TablePlan, foreign_keys: &[&Column], types: &[ColumnType]) {
        let table = plan.table;
        if !plan.primary_key.is_empty() {
            out.push_str(NEXT_ITEM);
            self.constraint_name(out, &primary_key_name(&table.name));
            out.push_str("PRIMARY KEY ");
            self.columns_list(out, plan.primary_key.iter().map(|c| c.name.as_str()));
        }
        for column in foreign_keys {
            out.push_str(NEXT_ITEM);
            self.foreign_key_clause(out, table, column);
        }
        for column in table.columns.iter().filter(|c| c.unique) {
            self.unique_clause(out, table, &[column.name.as_str()]);
        }
        for (column, column_type) in table.columns.iter().zip(types) {
            if let ColumnType::CheckedEnum(enum_type) = column_type {
                out.push_str(NEXT_ITEM);
                self.constraint_name(out, &check_name(&table.name, &column.name, &enum_type.name));
                out.push_str("CHECK (");
                self.dialect.push_quoted(out, &column.name);
                out.push_str(" IN (");
                let labels: Vec<String> = enum_type.values.iter().map(|v| self.dialect.literal(v)).collect();
                out.push_str(&labels.join(", "));
                out.push_str("))");
            }
        }
        for key in &table.unique_keys {
            let columns: Vec<&str> = key.columns.iter().map(String::as_str).collect();
            self.unique_clause(out, table, &columns);
        }
        for check in &table.checks {
            let column = self.dialect.quote(&check.column);
            if let Some(condition) = self.dialect.check_condition(&column, &check.rule) {
                out.push_str(NEXT_ITEM);
                self.constraint_name(out, &check_name(&table.name, &check.column, check.kind));
                out.push_str("CHECK (");
                out.push_str(&condition);
                out.push(')');
            }
        }
    }

    fn unique_clause(&self, out: &mut String, table: &Table, columns: &[&str]) {
        out.push_str(NEXT_ITEM);
        self.constraint_name(out, &unique_name(&table.name, columns));
        out.push_str("UNIQUE ");
        self.columns_list(out, columns.iter().copied());
    }

    fn foreign_key_clause(&self, out: &mut String, table: &Table, column: &Column) {
        let fk = column.foreign_key.as_ref().expect("a foreign-key column");
        self.constraint_name(out, &foreign_key_name(&table.name, &column.name, &fk.table));
        out.push_str("FOREIGN KEY(");
        self.dialect.push_quoted(out, &column.name);
        out.push_str(") REFERENCES ");
        self.dialect.push_quoted(out, &fk.table);
        out.push_str(" (");
        self.dialect.push_quoted(out, &fk.column);
        out.push(')');
    }

    /// `ALTER TABLE … ADD CONSTRAINT …;` and a blank line.
    fn add_foreign_key(&self, out: &mut String, table: &Table, column: &Column) {
        out.push_str("ALTER TABLE ");
        self.dialect.push_quoted(out, &table.name);
        out.push_str(" ADD ");
        self.foreign_key_clause(out, table, column);
        out.push_str(";\n\n");
    }

    /// linkml's generated indexes (with `--autogenerate_index`), then the schema's named ones.
    fn indexes(&self, out: &mut String, table: &Table) {
        let autogenerate = self.options.autogenerate_index;
        let on_table = |out: &mut String| {
            out.push_str(" ON ");
            self.dialect.push_quoted(out, &table.name);
            out.push(' ');
        };
        for column in table.columns.iter().filter(|c| autogenerate && c.indexed()) {
            out.push_str("CREATE INDEX ");
            self.name(out, &index_name(&table.name, &column.name));
            on_table(out);
            self.columns_list(out, [column.name.as_str()]);
            out.push_str(";\n");
        }
        let key_indexes = table
            .unique_keys
            .iter()
            .filter(|_| autogenerate)
            .filter_map(|k| Some((k.index_name.as_ref()?, &k.columns)));
        let named = table.named_indexes(autogenerate).map(|i| (&i.name, &i.columns));
        for (name, columns) in key_indexes.chain(named) {
            out.push_str("CREATE INDEX ");
            self.dialect.push_quoted(out, name);
            on_table(out);
            self.columns_list(out, columns.iter().map(String::as_str));
            out.push_str(";\n");
        }
    }

    fn postgresql_comment(&self, out: &mut String, table: &Table) {
        if let Some(comment) = table.comment() {
            out.push_str("COMMENT ON TABLE ");
            self.dialect.push_quoted(out, &table.name);
            out.push_str(" IS ");
            out.push_str(&self.dialect.literal(comment));
            out.push_str(";\n");
        }
    }
}
