//! `linkml alembic revision --from OLD --to NEW`: a reversible Alembic revision written from the
//! difference between two relational models, without a database. Downgrade is the same
//! difference taken the other way, so every step has its reverse.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

use linkml_emit_sqla::{check_sources, column_type_source, python_string as py, server_default_source, CheckSource};
use linkml_naming::constraints::{foreign_key_name, index_name, primary_key_name, unique_name};
use linkml_transform::{Column, EnumType, RelationalModel, SqlType, Table};

pub struct RevisionOptions<'a> {
    pub message: &'a str,
    pub revision: &'a str,
    pub down_revision: Option<&'a str>,
}

/// The revision file, and the steps that lose data (also marked in the file).
pub struct Revision {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Renames declared in the new model (`renamed_from`), as maps from new names to old ones.
struct Renames {
    tables: HashMap<String, String>,
    columns: HashMap<(String, String), String>,
}

impl Renames {
    fn new(old: &RelationalModel, new: &RelationalModel) -> Self {
        let mut classes: HashMap<String, String> = HashMap::default();
        let mut tables = HashMap::default();
        for table in &new.tables {
            if let Some(old_table) = table.renamed_from.as_deref().and_then(|c| old.table(c)) {
                classes.insert(table.class_name.clone(), old_table.class_name.clone());
                tables.insert(table.name.clone(), old_table.name.clone());
            }
        }
        // Join tables follow their class: `<Class>_<slot>`.
        for table in new.tables.iter().filter(|t| t.join_table) {
            for (new_class, old_class) in &classes {
                let Some(rest) = table.class_name.strip_prefix(&format!("{new_class}_")) else {
                    continue;
                };
                if let Some(old_table) = old.table(&format!("{old_class}_{rest}")) {
                    tables.insert(table.name.clone(), old_table.name.clone());
                }
            }
        }
        let mut columns = HashMap::default();
        for table in &new.tables {
            for column in &table.columns {
                if let Some(old_name) = &column.renamed_from {
                    columns.insert((table.name.clone(), column.name.clone()), old_name.clone());
                }
            }
        }
        Renames { tables, columns }
    }

    fn inverted(&self) -> Self {
        Renames {
            tables: self.tables.iter().map(|(n, o)| (o.clone(), n.clone())).collect(),
            columns: self
                .columns
                .iter()
                .map(|((t, n), o)| ((self.tables.get(t).unwrap_or(t).clone(), o.clone()), n.clone()))
                .collect(),
        }
    }
}

/// An enum column of a new table and the enum column it was in the old one.
struct EnumPair<'t> {
    previous: &'t Column,
    column: &'t Column,
    old_type: &'t EnumType,
    new_type: &'t EnumType,
}

/// The enum columns of `new` that were enum columns of `old`, renames followed.
fn enum_pairs<'t>(old: &'t Table, new: &'t Table, renames: &'t Renames) -> impl Iterator<Item = EnumPair<'t>> {
    new.columns.iter().filter_map(move |column| {
        let old_name = renames
            .columns
            .get(&(new.name.clone(), column.name.clone()))
            .unwrap_or(&column.name);
        let previous = old.column(old_name)?;
        match (&previous.sql_type, &column.sql_type) {
            (SqlType::Enum(old_type), SqlType::Enum(new_type)) => Some(EnumPair {
                previous,
                column,
                old_type,
                new_type,
            }),
            _ => None,
        }
    })
}

/// The changes between two versions that a revision cannot migrate, one message each: an
/// enum column whose enum is renamed, and an enum whose values change where some database
/// stores it as a string column. Empty when the revision can be written.
pub fn unsupported(old: &RelationalModel, new: &RelationalModel) -> Vec<String> {
    let renames = Renames::new(old, new);
    let mut out = Vec::new();
    for table in &new.tables {
        let old_table_name = renames.tables.get(&table.name).unwrap_or(&table.name);
        let Some(old_table) = old.tables.iter().find(|t| &t.name == old_table_name) else {
            continue;
        };
        for EnumPair {
            column,
            old_type,
            new_type,
            ..
        } in enum_pairs(old_table, table, &renames)
        {
            let (old_enum, name) = (&old_type.name, &new_type.name);
            let place = format!("`{}.{}`", table.name, column.name);
            if old_enum != name {
                out.push(format!(
                    "{place} changes its enum from `{old_enum}` to `{name}`: a renamed enum type is not migrated; keep the enum's name, or write this step by hand"
                ));
            } else if old_type.values != new_type.values {
                let strings: BTreeSet<&str> = old_type
                    .as_string_on
                    .iter()
                    .chain(&new_type.as_string_on)
                    .copied()
                    .collect();
                if !strings.is_empty() {
                    out.push(format!(
                        "the values of enum `{name}` ({place}) change, and {} store it as a string column (values that differ only in case, or too long for an enum label): not migrated; write this step by hand",
                        strings.into_iter().collect::<Vec<_>>().join(" and ")
                    ));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

pub fn write(old: &RelationalModel, new: &RelationalModel, options: &RevisionOptions) -> Revision {
    let renames = Renames::new(old, new);
    let mut imports = BTreeSet::new();
    let mut warnings = Vec::new();
    let upgrade = Steps {
        from: old,
        to: new,
        renames: &renames,
        imports: &mut imports,
        warnings: &mut warnings,
        upgrade: true,
        lines: Vec::new(),
    }
    .body();
    let inverted = renames.inverted();
    let downgrade = Steps {
        from: new,
        to: old,
        renames: &inverted,
        imports: &mut imports,
        warnings: &mut warnings,
        upgrade: false,
        lines: Vec::new(),
    }
    .body();
    // A pattern CHECK compiles for each database through the models' `_Matches` helper.
    let matches = upgrade.contains("_Matches(") || downgrade.contains("_Matches(");
    let mut other_imports = String::new();
    let mut helper = "";
    if matches {
        for (module, name) in linkml_emit_sqla::MATCHES_IMPORTS {
            match module {
                "sqlalchemy" => {
                    imports.insert(name);
                }
                "typing" => {}
                _ => other_imports.push_str(&format!("from {module} import {name}\n")),
            }
        }
        helper = linkml_emit_sqla::MATCHES_HELPER;
    }
    let typing = if matches { "from typing import Any\n\n" } else { "" };
    let names: Vec<&str> = imports.iter().copied().collect();
    let down = options.down_revision.map_or("None".to_string(), py);
    let text = format!(
        "\"\"\"{}\n\nRevision ID: {}\nRevises: {}\n\nWritten by `linkml alembic revision` from two versions of the schema.\n\"\"\"\n\n\
         {typing}import sqlalchemy as sa\nfrom alembic import op\nfrom sqlalchemy import {}\n{other_imports}\n\
         revision = {}\ndown_revision = {down}\nbranch_labels = None\ndepends_on = None\n\n{CHANGE_ENUM}{helper}\n\n\
         def upgrade() -> None:\n{upgrade}\n\ndef downgrade() -> None:\n{downgrade}",
        options.message.replace("\"\"\"", "'''"),
        options.revision,
        options.down_revision.unwrap_or(""),
        names.join(", "),
        py(options.revision),
    );
    Revision { text, warnings }
}

/// Changes an enum's values in place, on each database as it stores enums.
const CHANGE_ENUM: &str = r#"
def change_enum(name, old_values, new_values, columns):
    """PostgreSQL: a new type replaces the old one. MariaDB and MySQL: the columns' ENUM lists
    change. SQLite: the columns' CHECK constraints change. `columns`: (table, column, check)."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(f'ALTER TYPE "{name}" RENAME TO "{name}_old"')
        sa.Enum(*new_values, name=name).create(bind)
        for table, column, _ in columns:
            op.execute(
                f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE "{name}" USING "{column}"::text::"{name}"'
            )
        op.execute(f'DROP TYPE "{name}_old"')
        return
    for table, column, check in columns:
        with op.batch_alter_table(table) as batch_op:
            if bind.dialect.name == "sqlite":
                batch_op.drop_constraint(op.f(check), type_="check")
                batch_op.alter_column(
                    column,
                    type_=sa.String(max(map(len, new_values))),
                    existing_type=sa.String(max(map(len, old_values))),
                )
                batch_op.create_check_constraint(op.f(check), sa.column(column).in_(new_values))
            else:
                batch_op.alter_column(
                    column, type_=sa.Enum(*new_values, name=name), existing_type=sa.Enum(*old_values, name=name)
                )
"#;

struct Steps<'a> {
    from: &'a RelationalModel,
    to: &'a RelationalModel,
    renames: &'a Renames,
    imports: &'a mut BTreeSet<&'static str>,
    warnings: &'a mut Vec<String>,
    upgrade: bool,
    lines: Vec<String>,
}

impl Steps<'_> {
    fn body(mut self) -> String {
        let from_tables: HashMap<&str, &Table> = tables(self.from).map(|t| (t.name.as_str(), t)).collect();
        let matched: Vec<(&Table, &Table)> = tables(self.to)
            .filter_map(|t| {
                let old_name = self.renames.tables.get(&t.name).unwrap_or(&t.name);
                from_tables.get(old_name.as_str()).map(|old| (*old, t))
            })
            .collect();
        let kept: BTreeSet<&str> = matched.iter().map(|(old, _)| old.name.as_str()).collect();
        let added: Vec<&Table> = tables(self.to)
            .filter(|t| !matched.iter().any(|(_, new)| new.name == t.name))
            .collect();
        let dropped: Vec<&Table> = tables(self.from).filter(|t| !kept.contains(t.name.as_str())).collect();
        for (old, new) in &matched {
            if old.name != new.name {
                self.line(format!("op.rename_table({}, {})", py(&old.name), py(&new.name)));
            }
        }
        for (old, new) in &matched {
            self.drop_constraints(old, new);
        }
        for table in dependency_order(&dropped, true) {
            self.drop_table(table);
        }
        self.enum_changes(&matched);
        for table in dependency_order(&added, false) {
            self.create_table(table);
        }
        self.create_enums_for_new_columns(&added);
        for (old, new) in &matched {
            self.alter_columns(old, new);
        }
        for (old, new) in &matched {
            self.create_constraints(old, new);
        }
        self.drop_unused_enums();
        if self.lines.is_empty() {
            return "    pass\n".into();
        }
        self.lines.iter().map(|l| indent(l, 4)).collect()
    }

    fn line(&mut self, text: String) {
        self.lines.push(text);
    }

    fn warn(&mut self, what: String) {
        let direction = if self.upgrade { "upgrade" } else { "downgrade" };
        self.line(format!("# WARNING: {what}: its data is lost."));
        self.warnings.push(format!("{direction}: {what}"));
    }

    fn column_source(&mut self, table: &Table, column: &Column) -> String {
        let (type_source, names) = column_type_source(table, column);
        self.imports.extend(names);
        let mut args = vec![py(&column.name), type_source];
        let primary_key = table.is_mapped_primary_key(column);
        if primary_key && column.autoincrement {
            args.push("autoincrement=True".into());
        }
        args.push(format!("nullable={}", py_bool(column.nullable && !primary_key)));
        if let Some(default) = self.default_source(column) {
            args.push(format!("server_default={default}"));
        }
        format!("sa.Column({})", args.join(", "))
    }

    fn default_source(&mut self, column: &Column) -> Option<String> {
        let (source, names) = server_default_source(column.server_default.as_ref()?);
        self.imports.extend(names);
        Some(source)
    }

    /// The table's CHECK constraints from the schema, with their imports noted.
    fn checks(&mut self, table: &Table) -> Vec<CheckSource> {
        let (checks, names) = check_sources(table);
        self.imports.extend(names);
        checks
    }

    fn create_table(&mut self, table: &Table) {
        let mut items: Vec<String> = table.columns.iter().map(|c| self.column_source(table, c)).collect();
        let primary: Vec<&str> = table
            .columns
            .iter()
            .filter(|c| table.is_mapped_primary_key(c))
            .map(|c| c.name.as_str())
            .collect();
        if !primary.is_empty() {
            items.push(format!(
                "sa.PrimaryKeyConstraint({}, name=op.f({}))",
                list_items(&primary),
                py(&primary_key_name(&table.name))
            ));
        }
        for column in table.columns.iter().filter(|c| c.foreign_key.is_some()) {
            items.push(foreign_key_constraint(table, column));
        }
        for columns in unique_constraints(table) {
            items.push(format!(
                "sa.UniqueConstraint({}, name=op.f({}))",
                list_items(&columns),
                py(&unique_name(&table.name, &columns))
            ));
        }
        for check in self.checks(table) {
            let constraint = format!(
                "sa.CheckConstraint({}, name=op.f({}))",
                check.condition.flat(),
                py(&check.name)
            );
            items.push(match check.dialects {
                Some(dialects) => format!("{constraint}.ddl_if(dialect={dialects})"),
                None => constraint,
            });
        }
        if let Some(comment) = table.comment() {
            items.push(format!("comment={}", py(comment)));
        }
        self.line(format!(
            "op.create_table(\n    {},\n    {},\n)",
            py(&table.name),
            items.join(",\n    ")
        ));
        for (name, columns) in indexes(table) {
            self.line(format!(
                "op.create_index(op.f({}), {}, [{}])",
                py(&name),
                py(&table.name),
                list_items(&columns)
            ));
        }
    }

    fn drop_table(&mut self, table: &Table) {
        self.warn(format!("drops table `{}`", table.name));
        self.line(format!("op.drop_table({})", py(&table.name)));
    }

    /// Constraints and indexes that go before the columns change: every one the new table
    /// does not have by the same name and definition.
    fn drop_constraints(&mut self, old: &Table, new: &Table) {
        let table = &new.name;
        let mut batch = Vec::new();
        let old_fks = foreign_keys(old);
        let new_fks = foreign_keys(new);
        for (name, _) in old_fks.iter().filter(|fk| !new_fks.contains(fk)) {
            batch.push(format!(
                "batch_op.drop_constraint(op.f({}), type_=\"foreignkey\")",
                py(name)
            ));
        }
        let new_uniques = unique_constraints(new);
        for columns in unique_constraints(old) {
            let renamed = self.renamed_columns(new, &columns);
            if !new_uniques.contains(&renamed) || old.name != new.name {
                batch.push(format!(
                    "batch_op.drop_constraint(op.f({}), type_=\"unique\")",
                    py(&unique_name(&old.name, &columns))
                ));
            }
        }
        let new_indexes = indexes(new);
        for (name, columns) in indexes(old) {
            if !new_indexes
                .iter()
                .any(|(n, c)| *n == name && *c == self.renamed_columns(new, &columns))
            {
                batch.push(format!("batch_op.drop_index(op.f({}))", py(&name)));
            }
        }
        let new_checks = self.checks(new);
        for check in self.checks(old) {
            if !new_checks.contains(&check) {
                let drop = format!("batch_op.drop_constraint(op.f({}), type_=\"check\")", py(&check.name));
                batch.push(on_dialects(check.dialects, drop));
            }
        }
        let old_key = primary_key(old);
        // Dropping all of a key's columns drops the key (MariaDB refuses to drop the key of an
        // AUTO_INCREMENT column first).
        let key_columns_stay = old_key
            .iter()
            .any(|c| self.renamed_columns(new, std::slice::from_ref(c))[0] != *c || new.column(c).is_some());
        if old_key != self.renamed_columns(new, &primary_key(new)) && key_columns_stay {
            // Only the key's columns changed; its name is the table's.
            batch.push(format!(
                "batch_op.drop_constraint(op.f({}), type_=\"primary\")",
                py(&primary_key_name(&old.name))
            ));
        }
        self.batch(table, batch);
    }

    fn create_constraints(&mut self, old: &Table, new: &Table) {
        let mut batch = Vec::new();
        if primary_key(old) != self.renamed_columns(new, &primary_key(new)) {
            let columns = primary_key(new);
            batch.push(format!(
                "batch_op.create_primary_key(op.f({}), [{}])",
                py(&primary_key_name(&new.name)),
                list_items(&columns)
            ));
        }
        let old_fks = foreign_keys(old);
        for column in new.columns.iter().filter(|c| c.foreign_key.is_some()) {
            let key = foreign_key(new, column);
            if !old_fks.contains(&key) {
                let fk = column.foreign_key.as_ref().expect("filtered");
                batch.push(format!(
                    "batch_op.create_foreign_key(op.f({}), {}, [{}], [{}])",
                    py(&key.0),
                    py(&fk.table),
                    py(&column.name),
                    py(&fk.column)
                ));
            }
        }
        let old_uniques: Vec<Vec<String>> = unique_constraints(old)
            .iter()
            .map(|c| self.renamed_columns(new, c))
            .collect();
        for columns in unique_constraints(new) {
            if !old_uniques.contains(&columns) || old.name != new.name {
                batch.push(format!(
                    "batch_op.create_unique_constraint(op.f({}), [{}])",
                    py(&unique_name(&new.name, &columns)),
                    list_items(&columns)
                ));
            }
        }
        let old_indexes: Vec<(String, Vec<String>)> = indexes(old);
        for (name, columns) in indexes(new) {
            let existed = old_indexes
                .iter()
                .any(|(n, c)| *n == name && self.renamed_columns(new, c) == columns);
            if !existed {
                batch.push(format!(
                    "batch_op.create_index(op.f({}), [{}])",
                    py(&name),
                    list_items(&columns)
                ));
            }
        }
        let old_checks = self.checks(old);
        for check in self.checks(new) {
            if !old_checks.contains(&check) {
                let create = format!(
                    "batch_op.create_check_constraint(op.f({}), {})",
                    py(&check.name),
                    check.condition.flat()
                );
                batch.push(on_dialects(check.dialects, create));
            }
        }
        self.batch(&new.name, batch);
    }

    /// Old column names as they are called in `new`.
    fn renamed_columns(&self, new: &Table, columns: &[String]) -> Vec<String> {
        columns
            .iter()
            .map(|c| {
                new.columns
                    .iter()
                    .find(|n| self.renames.columns.get(&(new.name.clone(), n.name.clone())) == Some(c))
                    .map_or(c.clone(), |n| n.name.clone())
            })
            .collect()
    }

    fn alter_columns(&mut self, old: &Table, new: &Table) {
        let mut batch = Vec::new();
        let mut after_renames = Vec::new();
        let mut matched_old: BTreeSet<&str> = BTreeSet::new();
        for column in &new.columns {
            let old_name = self
                .renames
                .columns
                .get(&(new.name.clone(), column.name.clone()))
                .unwrap_or(&column.name);
            let Some(previous) = old.column(old_name) else {
                if !column.nullable && column.server_default.is_none() {
                    batch.push(format!(
                        "# NOTE: `{}` is NOT NULL without a default: the table must be empty.",
                        column.name
                    ));
                }
                batch.push(format!("batch_op.add_column({})", self.column_source(new, column)));
                continue;
            };
            matched_old.insert(previous.name.as_str());
            let (old_type, _) = column_type_source(old, previous);
            let (new_type, names) = column_type_source(new, column);
            self.imports.extend(names);
            let enum_change = matches!((&previous.sql_type, &column.sql_type),
                (SqlType::Enum(a), SqlType::Enum(b)) if a.name == b.name);
            let mut changes = Vec::new();
            if previous.name != column.name {
                changes.push(format!("new_column_name={}", py(&column.name)));
            }
            if old_type != new_type && !enum_change {
                if narrows(&previous.sql_type, &column.sql_type) {
                    batch.push(format!(
                        "# WARNING: `{}` changes from {old_type} to {new_type}: values may not fit.",
                        column.name
                    ));
                    self.warnings.push(format!(
                        "`{}.{}` narrows from {old_type} to {new_type}",
                        new.name, column.name
                    ));
                }
                changes.push(format!("type_={new_type}"));
                // PostgreSQL converts only with an explicit cast.
                let cast = format!("\"{}\"::{}", previous.name, postgresql_type(&column.sql_type));
                changes.push(format!("postgresql_using={}", py(&cast)));
            }
            let (was_nullable, nullable) = (
                previous.nullable && !old.is_mapped_primary_key(previous),
                column.nullable && !new.is_mapped_primary_key(column),
            );
            if was_nullable != nullable {
                changes.push(format!("nullable={}", py_bool(nullable)));
            }
            if previous.server_default != column.server_default {
                let default = self.default_source(column).unwrap_or_else(|| "None".into());
                changes.push(format!("server_default={default}"));
            }
            // MariaDB and MySQL restate the whole column: an unchanged default is restated too.
            if let Some(existing) = self.default_source(previous).filter(|_| !changes.is_empty()) {
                changes.push(format!("existing_server_default={existing}"));
            }
            if !changes.is_empty() {
                // An enum's values have changed by now (see `enum_changes`): MariaDB rewrites the
                // column with its existing type.
                let (old_source, names) = if enum_change {
                    column_type_source(new, column)
                } else {
                    column_type_source(old, previous)
                };
                self.imports.extend(names);
                let renamed_check =
                    sqlite_check(old, previous).filter(|c| sqlite_check(new, column).as_ref() != Some(c));
                if let Some(check) = &renamed_check {
                    batch.push(drop_sqlite_check(check));
                }
                batch.push(format!(
                    "batch_op.alter_column({}, existing_type={old_source}, existing_nullable={}, {})",
                    py(&previous.name),
                    py_bool(was_nullable),
                    changes.join(", ")
                ));
                // A batch refers to a renamed column by its old name: the new CHECK goes in
                // a batch of its own, after the rename.
                if let (Some(_), Some(check), SqlType::Enum(enum_type)) =
                    (&renamed_check, sqlite_check(new, column), &column.sql_type)
                {
                    after_renames.push(format!(
                        "if op.get_bind().dialect.name == \"sqlite\":\n    batch_op.create_check_constraint(op.f({}), sa.column({}).in_([{}]))",
                        py(&check),
                        py(&column.name),
                        list_items(&enum_type.values)
                    ));
                }
            }
        }
        for column in old.columns.iter().filter(|c| !matched_old.contains(c.name.as_str())) {
            self.warn(format!("drops column `{}.{}`", old.name, column.name));
            // SQLite's batch copy would keep a CHECK on the column it drops.
            if let Some(check) = sqlite_check(old, column) {
                batch.push(drop_sqlite_check(&check));
            }
            batch.push(format!("batch_op.drop_column({})", py(&column.name)));
        }
        self.batch(&new.name, batch);
        self.batch(&new.name, after_renames);
    }

    fn batch(&mut self, table: &str, statements: Vec<String>) {
        if statements.is_empty() {
            return;
        }
        let body: String = statements.iter().map(|s| indent(s, 4)).collect();
        self.line(format!(
            "with op.batch_alter_table({}) as batch_op:\n{}",
            py(table),
            body.trim_end()
        ));
    }

    /// Enums whose values differ, on the columns that keep them.
    fn enum_changes(&mut self, matched: &[(&Table, &Table)]) {
        let mut changes: Vec<EnumChange> = Vec::new();
        for (old, new) in matched {
            for EnumPair {
                previous,
                old_type,
                new_type,
                ..
            } in enum_pairs(old, new, self.renames)
            {
                let (name, old_values, values) = (&new_type.name, &old_type.values, &new_type.values);
                if old_type.name != *name || old_values == values {
                    continue;
                }
                // Enum values change before columns are renamed: the column and its CHECK still
                // have their old names then.
                let check = linkml_naming::constraints::check_name(&old.name, &previous.name, name);
                let entry = format!("({}, {}, {})", py(&new.name), py(&previous.name), py(&check));
                match changes.iter_mut().find(|c| &c.name == name) {
                    Some(change) => change.columns.push(entry),
                    None => changes.push(EnumChange {
                        name: name.clone(),
                        old_values: old_values.to_vec(),
                        new_values: values.to_vec(),
                        columns: vec![entry],
                    }),
                }
            }
        }
        for EnumChange {
            name,
            old_values,
            new_values,
            columns,
        } in changes
        {
            let removed: Vec<&String> = old_values.iter().filter(|v| !new_values.contains(v)).collect();
            if !removed.is_empty() {
                self.line(format!(
                    "# WARNING: `{name}` loses {}: rows holding them must be changed first.",
                    removed.iter().map(|v| format!("'{v}'")).collect::<Vec<_>>().join(", ")
                ));
            }
            let values = |v: &[String]| format!("[{}]", list_items(v));
            self.line(format!(
                "change_enum({}, {}, {}, [{}])",
                py(&name),
                values(&old_values),
                values(&new_values),
                columns.join(", ")
            ));
        }
    }

    /// PostgreSQL creates an enum type with the table that first uses it, but not for a column
    /// added to an existing table.
    fn create_enums_for_new_columns(&mut self, added: &[&Table]) {
        let existing: BTreeSet<&str> = tables(self.from)
            .flat_map(|t| &t.columns)
            .filter_map(enum_name)
            .collect();
        let with_tables: BTreeSet<&str> = added.iter().flat_map(|t| &t.columns).filter_map(enum_name).collect();
        let mut created = BTreeSet::new();
        for column in tables(self.to).flat_map(|t| &t.columns) {
            let (Some(name), SqlType::Enum(enum_type)) = (enum_name(column), &column.sql_type) else {
                continue;
            };
            if !existing.contains(name) && !with_tables.contains(name) && created.insert(name) {
                self.line(format!(
                    "sa.Enum({}, name={}).create(op.get_bind(), checkfirst=True)",
                    list_items(&enum_type.values),
                    py(name)
                ));
            }
        }
    }

    /// PostgreSQL keeps enum types after the tables and columns using them are dropped.
    fn drop_unused_enums(&mut self) {
        let still_used: BTreeSet<&str> = tables(self.to).flat_map(|t| &t.columns).filter_map(enum_name).collect();
        let mut done = BTreeSet::new();
        for name in tables(self.from).flat_map(|t| &t.columns).filter_map(enum_name) {
            if !still_used.contains(name) && done.insert(name) {
                self.line(format!(
                    "sa.Enum(name={}).drop(op.get_bind(), checkfirst=True)",
                    py(name)
                ));
            }
        }
    }
}

/// The name of the CHECK constraint that holds an enum column's values on SQLite, if it has
/// one (an enum with values that SQLite keeps as an enum).
fn sqlite_check(table: &Table, column: &Column) -> Option<String> {
    match &column.sql_type {
        SqlType::Enum(e) if !e.values.is_empty() && !e.as_string_on.contains(&"sqlite") => Some(
            linkml_naming::constraints::check_name(&table.name, &column.name, &e.name),
        ),
        _ => None,
    }
}

/// `statement`, run only on `dialects` where a constraint is for some databases only.
fn on_dialects(dialects: Option<&str>, statement: String) -> String {
    match dialects {
        None => statement,
        Some(tuple) if tuple.starts_with('(') => {
            format!("if op.get_bind().dialect.name in {tuple}:\n    {statement}")
        }
        Some(name) => format!("if op.get_bind().dialect.name == {name}:\n    {statement}"),
    }
}

/// The batch step that drops a CHECK constraint on SQLite, the only database that has it.
fn drop_sqlite_check(check: &str) -> String {
    format!(
        "if op.get_bind().dialect.name == \"sqlite\":\n    batch_op.drop_constraint(op.f({}), type_=\"check\")",
        py(check)
    )
}

/// An enum whose values change, and the columns (as `(table, column, check)` tuples) using it.
struct EnumChange {
    name: String,
    old_values: Vec<String>,
    new_values: Vec<String>,
    columns: Vec<String>,
}

fn enum_name(column: &Column) -> Option<&str> {
    match &column.sql_type {
        SqlType::Enum(e) if !e.values.is_empty() => Some(&e.name),
        _ => None,
    }
}

/// The tables a database gets (classes without columns have none).
fn tables(model: &RelationalModel) -> impl Iterator<Item = &Table> {
    model.tables.iter().filter(|t| !t.columns.is_empty())
}

/// Referenced tables first (or last, for drops).
fn dependency_order<'t>(tables: &[&'t Table], reverse: bool) -> Vec<&'t Table> {
    let edges: Vec<Vec<usize>> = tables
        .iter()
        .enumerate()
        .map(|(i, table)| {
            let targets = table.columns.iter().filter_map(|c| c.foreign_key.as_ref());
            targets
                .filter_map(|fk| tables.iter().position(|t| t.name == fk.table))
                .filter(|&target| target != i)
                .collect()
        })
        .collect();
    let (order, _) = linkml_transform::order::creation_order(&edges);
    let mut ordered: Vec<&Table> = order.into_iter().map(|i| tables[i]).collect();
    if reverse {
        ordered.reverse();
    }
    ordered
}

fn primary_key(table: &Table) -> Vec<String> {
    table
        .columns
        .iter()
        .filter(|c| table.is_mapped_primary_key(c))
        .map(|c| c.name.clone())
        .collect()
}

/// (name, definition) of each foreign key.
fn foreign_keys(table: &Table) -> Vec<(String, String)> {
    table
        .columns
        .iter()
        .filter(|c| c.foreign_key.is_some())
        .map(|c| foreign_key(table, c))
        .collect()
}

fn foreign_key(table: &Table, column: &Column) -> (String, String) {
    let fk = column.foreign_key.as_ref().expect("a foreign-key column");
    (
        foreign_key_name(&table.name, &column.name, &fk.table),
        format!("{}.{}", fk.table, fk.column),
    )
}

fn foreign_key_constraint(table: &Table, column: &Column) -> String {
    let fk = column.foreign_key.as_ref().expect("a foreign-key column");
    format!(
        "sa.ForeignKeyConstraint([{}], [{}], name=op.f({}))",
        py(&column.name),
        py(&format!("{}.{}", fk.table, fk.column)),
        py(&foreign_key_name(&table.name, &column.name, &fk.table))
    )
}

/// Unique constraints as the models declare them: unique columns, then unique keys.
fn unique_constraints(table: &Table) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = table
        .columns
        .iter()
        .filter(|c| c.unique)
        .map(|c| vec![c.name.clone()])
        .collect();
    out.extend(table.unique_keys.iter().map(|k| k.columns.clone()));
    out
}

/// The models' indexes: `ix_` on key columns, the unique keys' `_idx`, and the schema's named
/// indexes.
fn indexes(table: &Table) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = table
        .columns
        .iter()
        .filter(|c| c.indexed())
        .map(|c| (index_name(&table.name, &c.name), vec![c.name.clone()]))
        .collect();
    out.extend(
        table
            .unique_keys
            .iter()
            .filter_map(|k| Some((k.index_name.clone()?, k.columns.clone()))),
    );
    out.extend(table.named_indexes(true).map(|i| (i.name.clone(), i.columns.clone())));
    out
}

/// The PostgreSQL name of a type, for casts.
fn postgresql_type(sql_type: &SqlType) -> String {
    match sql_type {
        SqlType::Text => "TEXT".into(),
        SqlType::String(length) => format!("VARCHAR({length})"),
        SqlType::Integer => "INTEGER".into(),
        SqlType::Boolean => "BOOLEAN".into(),
        SqlType::Float => "FLOAT".into(),
        SqlType::Numeric => "NUMERIC".into(),
        SqlType::Date => "DATE".into(),
        SqlType::DateTime => "TIMESTAMP".into(),
        SqlType::Time => "TIME".into(),
        SqlType::Enum(e) if e.values.is_empty() => "TEXT".into(),
        SqlType::Enum(e) => format!("\"{}\"", e.name),
    }
}

/// Whether values of `from` may not fit `to`.
fn narrows(from: &SqlType, to: &SqlType) -> bool {
    !matches!(
        (from, to),
        (_, SqlType::Text) | (SqlType::Integer, SqlType::Numeric | SqlType::Float) | (SqlType::Date, SqlType::DateTime)
    ) && !matches!((from, to), (SqlType::String(a), SqlType::String(b)) if a <= b)
}

fn list_items<S: AsRef<str>>(items: &[S]) -> String {
    items.iter().map(|i| py(i.as_ref())).collect::<Vec<_>>().join(", ")
}

fn py_bool(value: bool) -> &'static str {
    if value {
        "True"
    } else {
        "False"
    }
}

fn indent(text: &str, spaces: usize) -> String {
    let pad = " ".repeat(spaces);
    text.lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("{pad}{l}\n")
            }
        })
        .collect()
}
