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
use std::borrow::Cow;

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
        let mut after_tables = Vec::new();
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
                after_tables.push(self.add_foreign_key(plan.table, column));
            }
        }
        for statement in after_tables {
            out.push_str(&statement);
            out.push_str("\n\n");
        }
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

    fn name(&self, generated: &str) -> String {
        self.dialect
            .quote(&truncate_generated_name(generated, self.dialect.max_name_length()))
            .into_owned()
    }

    fn columns_list(&self, columns: &[&str]) -> String {
        let quoted: Vec<Cow<str>> = columns.iter().map(|c| self.dialect.quote(c)).collect();
        quoted.join(", ")
    }

    fn table(&self, out: &mut String, plan: &TablePlan, foreign_keys: &[&Column]) {
        let table = plan.table;
        let quoted = self.dialect.quote(&table.name);
        let types: Vec<ColumnType> = table.columns.iter().map(|c| self.column_type(plan, c)).collect();
        let mut lines: Vec<String> = table
            .columns
            .iter()
            .zip(&types)
            .map(|(c, t)| self.column(plan, c, t))
            .collect();
        lines.extend(self.constraints(plan, foreign_keys, &types));
        out.push_str("CREATE TABLE ");
        out.push_str(&quoted);
        out.push_str(" (\n\t");
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                out.push_str(",\n\t");
            }
            out.push_str(line);
        }
        out.push_str("\n)");
        if let (Dialect::Mysql, Some(comment)) = (self.dialect, table.comment()) {
            out.push_str("COMMENT=");
            out.push_str(&self.dialect.literal(comment));
        }
        out.push_str(";\n");
        for statement in self.indexes(table) {
            out.push_str(&statement);
            out.push('\n');
        }
        if self.dialect == Dialect::Postgresql {
            self.postgresql_comment(out, table);
        }
        out.push('\n');
    }

    fn column(&self, plan: &TablePlan, column: &Column, column_type: &ColumnType) -> String {
        let type_name = match column_type {
            ColumnType::Plain(name) => name.clone(),
            ColumnType::NamedEnum(e) => Cow::Owned(self.dialect.quote(&e.name).into_owned()),
            ColumnType::CheckedEnum(e) => Cow::Owned(format!("VARCHAR({})", e.length)),
        };
        let mut line = [&self.dialect.quote(&column.name), " ", type_name.as_ref()].concat();
        if let Some(default) = &column.server_default {
            line.push_str(&format!(" DEFAULT {}", self.dialect.value(default)));
        }
        if !column.nullable || plan.is_primary(column) {
            line.push_str(" NOT NULL");
        }
        if self.dialect == Dialect::Mysql && plan.is_autoincrement(column) {
            line.push_str(" AUTO_INCREMENT");
        }
        line
    }

    fn constraints(&self, plan: &TablePlan, foreign_keys: &[&Column], types: &[ColumnType]) -> Vec<String> {
        let table = plan.table;
        let mut out = Vec::new();
        let primary: Vec<&str> = plan.primary_key.iter().map(|c| c.name.as_str()).collect();
        if !primary.is_empty() {
            out.push(format!(
                "CONSTRAINT {} PRIMARY KEY ({})",
                self.name(&primary_key_name(&table.name)),
                self.columns_list(&primary)
            ));
        }
        out.extend(foreign_keys.iter().map(|c| self.foreign_key_clause(table, c)));
        for column in table.columns.iter().filter(|c| c.unique) {
            out.push(self.unique_clause(table, &[column.name.as_str()]));
        }
        for (column, column_type) in table.columns.iter().zip(types) {
            if let ColumnType::CheckedEnum(enum_type) = column_type {
                let labels: Vec<String> = enum_type.values.iter().map(|v| self.dialect.literal(v)).collect();
                out.push(format!(
                    "CONSTRAINT {} CHECK ({} IN ({}))",
                    self.name(&check_name(&table.name, &column.name, &enum_type.name)),
                    self.dialect.quote(&column.name),
                    labels.join(", ")
                ));
            }
        }
        for key in &table.unique_keys {
            let columns: Vec<&str> = key.columns.iter().map(String::as_str).collect();
            out.push(self.unique_clause(table, &columns));
        }
        for check in &table.checks {
            let column = self.dialect.quote(&check.column);
            if let Some(condition) = self.dialect.check_condition(&column, &check.rule) {
                out.push(format!(
                    "CONSTRAINT {} CHECK ({condition})",
                    self.name(&check_name(&table.name, &check.column, check.kind))
                ));
            }
        }
        out
    }
    fn unique_clause(&self, table: &Table, columns: &[&str]) -> String {
        format!(
            "CONSTRAINT {} UNIQUE ({})",
            self.name(&unique_name(&table.name, columns)),
            self.columns_list(columns)
        )
    }

    fn foreign_key_clause(&self, table: &Table, column: &Column) -> String {
        let fk = column.foreign_key.as_ref().expect("a foreign-key column");
        let quote = |name| self.dialect.quote(name);
        [
            "CONSTRAINT ",
            &self.name(&foreign_key_name(&table.name, &column.name, &fk.table)),
            " FOREIGN KEY(",
            &quote(&column.name),
            ") REFERENCES ",
            &quote(&fk.table),
            " (",
            &quote(&fk.column),
            ")",
        ]
        .concat()
    }

    fn add_foreign_key(&self, table: &Table, column: &Column) -> String {
        format!(
            "ALTER TABLE {} ADD {};",
            self.dialect.quote(&table.name),
            self.foreign_key_clause(table, column)
        )
    }

    /// linkml's generated indexes (with `--autogenerate_index`), then the schema's named ones.
    fn indexes(&self, table: &Table) -> Vec<String> {
        let autogenerate = self.options.autogenerate_index;
        let quoted = self.dialect.quote(&table.name);
        let mut out: Vec<String> = table
            .columns
            .iter()
            .filter(|c| autogenerate && c.indexed())
            .map(|c| {
                format!(
                    "CREATE INDEX {} ON {quoted} ({});",
                    self.name(&index_name(&table.name, &c.name)),
                    self.dialect.quote(&c.name)
                )
            })
            .collect();
        let key_indexes = table
            .unique_keys
            .iter()
            .filter(|_| autogenerate)
            .filter_map(|k| Some((k.index_name.as_ref()?, &k.columns)));
        let named = table.named_indexes(autogenerate).map(|i| (&i.name, &i.columns));
        for (name, columns) in key_indexes.chain(named) {
            let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
            out.push(format!(
                "CREATE INDEX {} ON {quoted} ({});",
                self.dialect.quote(name),
                self.columns_list(&columns)
            ));
        }
        out
    }

    fn postgresql_comment(&self, out: &mut String, table: &Table) {
        if let Some(comment) = table.comment() {
            let quoted = self.dialect.quote(&table.name);
            out.push_str(&format!(
                "COMMENT ON TABLE {quoted} IS {};\n",
                self.dialect.literal(comment)
            ));
        }
    }
}
