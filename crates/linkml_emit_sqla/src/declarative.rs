//! Declarative SQLAlchemy modules: style 1 (`declarative_base()` + `Column`) and style 2
//! (`DeclarativeBase` + `Mapped` + `mapped_column`), one class per table.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use linkml_transform::{Column, Mapping, RelationalModel, SqlType, Table, UniqueKey};

use crate::columns::{self, Imports, MYSQL_GUARD};
use crate::names::PythonNames;
use crate::python::{
    class_header, push_all, string, width, write_annotated, write_import, write_statement, Expr, LINE_LENGTH,
};
use linkml_naming::constraints::NAMING_CONVENTION;

#[derive(Clone, Debug)]
pub struct Options {
    pub style: Style,
    /// Give the metadata a naming convention (the default; `--naming-convention none` turns
    /// it off).
    pub naming_convention: bool,
    pub base: BaseKind,
    /// With `--no-mergeimports`: the part of the model this module defines.
    pub scope: Option<ModuleScope>,
}

/// One schema file's module, when each schema gets its own (`--no-mergeimports`).
#[derive(Clone, Debug, Default)]
pub struct ModuleScope {
    /// The classes whose tables this module defines (join tables follow their class).
    pub classes: HashSet<String>,
    /// Classes defined by other modules: class name to the module that defines it.
    pub external: std::collections::BTreeMap<String, String>,
}

/// Where the generated classes live (`--base`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BaseKind {
    /// The module defines its own `Base`.
    Own,
    /// SQLModel's registry and metadata, shared with the project's SQLModel classes.
    SqlModel,
    /// A declarative base the project owns: `from MODULE import ATTR`.
    Project { module: String, attr: String },
    /// The `_base` module beside this one, shared by the modules of one package.
    Shared,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `declarative_base()` and `Column` (linkml's default).
    One,
    /// SQLAlchemy 2.0's `DeclarativeBase`, `Mapped` and `mapped_column`.
    Two,
    /// SQLModel table models (`generate sqlmodel`): the tables of style 2 on
    /// `SQLModel.metadata`, as `Field`s and `Relationship`s that pydantic validates.
    SqlModel,
}

/// Writes the module for `model` in the given style.
pub fn write(model: &RelationalModel, options: Options) -> String {
    let mut tables = ordered_tables(model);
    if let Some(scope) = &options.scope {
        tables.retain(|t| scope.classes.contains(&t.class_name));
    }
    let extra: &[&str] = if options.style == Style::SqlModel {
        crate::names::SQLMODEL_NAMES
    } else {
        &[]
    };
    let names = PythonNames::new(model, extra, options.style == Style::SqlModel);
    if options.style == Style::SqlModel {
        crate::sqlmodel::link_models_first(&mut tables);
    }
    let enums = if options.style == Style::SqlModel {
        crate::sqlmodel::enum_classes(model, &tables, &names)
    } else {
        Vec::new()
    };
    let mut writer = Writer {
        model,
        style: options.style,
        options,
        names,
        imports: Imports::default(),
        members: HashMap::default(),
        inherited: model.tables.iter().filter_map(|t| t.is_a.as_deref()).collect(),
        with_table_args: Default::default(),
        incompatible_overrides: false,
        undeclared_attributes: false,
        needs_mysql_guard: false,
        external_imports: Default::default(),
        enums,
    };
    let emitted: HashSet<&str> = tables.iter().map(|t| t.class_name.as_str()).collect();
    // Reserved up front, generously (pages never written cost little): growing a module of
    // megabytes by doubling copies it, and holds both copies at once.
    let mut body = String::with_capacity(
        tables
            .iter()
            .map(|t| 700 + 250 * t.columns.len() + 350 * t.mappings.len())
            .sum(),
    );
    writer.write_enum_classes(&mut body);
    for table in &tables {
        body.push_str("\n\n");
        writer.class(&mut body, table, &emitted);
    }
    writer.imported_table_columns(&mut body, &tables);
    // The header lists the imports the body used, so it is written last and put in front.
    body.insert_str(0, &writer.header(model));
    body
}

/// The `_base` module that the modules of one package share (`--no-mergeimports`).
pub fn write_base(style: Style, naming_convention: bool) -> String {
    let empty = RelationalModel::new("_base".into(), String::new(), Vec::new());
    let options = Options {
        style,
        naming_convention,
        base: BaseKind::Own,
        scope: None,
    };
    let module = write(&empty, options);
    let docstring_end = module.find("\n\n").unwrap_or(0);
    format!(
        "\"\"\"The declarative base shared by the modules `linkml generate sqla --no-mergeimports` wrote.\"\"\"{}",
        &module[docstring_end..]
    )
}

/// The module's own `Base`, with the naming convention on its metadata.
fn own_base(style: Style, naming_convention: bool) -> String {
    let metadata = if naming_convention {
        "MetaData(naming_convention=NAMING_CONVENTION)"
    } else {
        ""
    };
    match (style, metadata) {
        (Style::One, "") => "\nBase = declarative_base()\n".into(),
        (Style::One, m) => format!("\nBase = declarative_base(metadata={m})\n"),
        (Style::Two, "") => "\n\nclass Base(DeclarativeBase):\n    pass\n\n\n".into(),
        (Style::Two, m) => format!("\n\nclass Base(DeclarativeBase):\n    metadata = {m}\n\n\n"),
        (Style::SqlModel, _) => String::new(),
    }
}

/// linkml's `order_classes_by_hierarchy`: roots first, then each class once its parent is
/// listed; tables without columns are left out.
pub(crate) fn ordered_tables(model: &RelationalModel) -> Vec<&Table> {
    let mut ordered: Vec<&Table> = model.tables.iter().filter(|t| t.is_a.is_none()).collect();
    let mut listed: rustc_hash::FxHashSet<&str> = ordered.iter().map(|t| t.class_name.as_str()).collect();
    let mut pending: Vec<&Table> = model.tables.iter().filter(|t| t.is_a.is_some()).collect();
    while !pending.is_empty() {
        let ready = |t: &&Table| {
            t.is_a
                .as_deref()
                .is_none_or(|p| listed.contains(p) || model.table(p).is_none())
        };
        let (now, later): (Vec<&Table>, Vec<&Table>) = pending.into_iter().partition(ready);
        if now.is_empty() {
            ordered.extend(later);
            break;
        }
        listed.extend(now.iter().map(|t| t.class_name.as_str()));
        ordered.extend(now);
        pending = later;
    }
    ordered.retain(|t| !t.columns.is_empty());
    ordered
}

pub(crate) struct Writer<'m> {
    pub(crate) model: &'m RelationalModel,
    pub(crate) style: Style,
    pub(crate) options: Options,
    pub(crate) names: PythonNames,
    pub(crate) imports: Imports,
    /// Per class: attribute name -> Python annotation, to spot incompatible overrides.
    members: HashMap<String, HashMap<String, String>>,
    /// The classes that tables inherit from (`is_a`): the only ones whose members are looked up.
    inherited: HashSet<&'m str>,
    /// Whether some foreign keys are left out on MariaDB and MySQL (see `table_args`).
    needs_mysql_guard: bool,
    /// Whether a subclass redefines an attribute with another type (see `header`).
    incompatible_overrides: bool,
    /// Whether the module adds columns to classes of other modules (see `header`).
    undeclared_attributes: bool,
    /// Classes that set `__table_args__`.
    with_table_args: rustc_hash::FxHashSet<String>,
    /// Classes of other modules this one uses: (module, Python name) -> needed at run time
    /// (a parent class) rather than only for type checking.
    external_imports: std::collections::BTreeMap<(String, String), bool>,
    /// SQLModel: the Python enum classes of the schema's enums.
    pub(crate) enums: Vec<crate::sqlmodel::EnumClass>,
}

impl Writer<'_> {
    fn header(&mut self, model: &RelationalModel) -> String {
        // Concrete inheritance lets a subclass redefine a column or relationship with another
        // type; mypy would call that an incompatible override.
        // Columns added to another module's classes are not declared on them.
        let codes: Vec<&str> = [
            (self.incompatible_overrides, "assignment"),
            (self.undeclared_attributes && self.style != Style::One, "attr-defined"),
        ]
        .into_iter()
        .filter_map(|(on, code)| on.then_some(code))
        .collect();
        let mypy = if codes.is_empty() {
            String::new()
        } else {
            format!("# mypy: disable-error-code=\"{}\"\n", codes.join(","))
        };
        let what = match self.style {
            Style::SqlModel => {
                "SQLModel table models for the LinkML schema `{}`, generated by `linkml generate sqlmodel`."
            }
            _ => "SQLAlchemy models for the LinkML schema `{}`, generated by `linkml generate sqla`.",
        };
        let mut out = format!(
            "{mypy}{}\n\n",
            string_docstring(&what.replace("{}", &model.schema_name))
        );
        if self.style == Style::Two {
            out.push_str("from __future__ import annotations\n\n");
        }
        if self.external_imports.values().any(|at_run_time| !at_run_time) {
            self.imports.add("typing", "TYPE_CHECKING");
        }
        match (&self.options.base, self.style) {
            (BaseKind::Project { .. } | BaseKind::Shared, _)
            | (BaseKind::SqlModel, Style::One)
            | (_, Style::SqlModel) => {}
            (_, Style::One) => self.imports.add("sqlalchemy.orm", "declarative_base"),
            (_, Style::Two) => self.imports.add("sqlalchemy.orm", "DeclarativeBase"),
        }
        match &self.options.base {
            BaseKind::Own if self.options.naming_convention => self.imports.add("sqlalchemy", "MetaData"),
            _ if self.style == Style::SqlModel => self.imports.add("sqlmodel", "SQLModel"),
            BaseKind::SqlModel => {
                self.imports.add("sqlmodel", "SQLModel");
                self.imports.add("sqlmodel.main", "default_registry");
            }
            _ => {}
        }
        if self.needs_mysql_guard {
            self.imports.add("sqlalchemy.engine", "Dialect");
        }
        // isort's sections: the standard library, third-party packages, then the project.
        let third_party = |m: &str| m.starts_with("sqlalchemy") || m.starts_with("sqlmodel");
        let std_modules: Vec<_> = self.imports.modules.iter().filter(|(m, _)| !third_party(m)).collect();
        for (module, names) in &std_modules {
            write_import(&mut out, module, names);
        }
        if !std_modules.is_empty() {
            out.push('\n');
        }
        for (module, names) in self.imports.modules.iter().filter(|(m, _)| third_party(m)) {
            write_import(&mut out, module, names);
        }
        if let BaseKind::Project { module, attr } = &self.options.base {
            let imported = if attr == "Base" {
                attr.clone()
            } else {
                format!("{attr} as Base")
            };
            out.push_str(&format!("\nfrom {module} import {imported}\n"));
        }
        out.push_str(&self.sibling_imports());
        out.push_str(&self.base_definition());
        if self.needs_mysql_guard {
            out.push_str(MYSQL_GUARD);
        }
        if columns::needs_matches_helper(&self.imports) {
            out.push_str(columns::MATCHES_HELPER);
        }
        out
    }

    /// Imports from the other modules of the package: the shared base, parent classes, and
    /// (for type checking only) relationship targets.
    fn sibling_imports(&mut self) -> String {
        let mut run_time: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        let mut typing_only: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        if self.options.base == BaseKind::Shared {
            run_time.entry("._base".into()).or_default().push("Base".into());
        }
        for ((module, name), at_run_time) in &self.external_imports {
            let target = if *at_run_time { &mut run_time } else { &mut typing_only };
            target.entry(module.clone()).or_default().push(name.clone());
        }
        let mut out = String::new();
        if !run_time.is_empty() {
            out.push('\n');
        }
        for (module, names) in &run_time {
            out.push_str(&format!("from {module} import {}\n", names.join(", ")));
        }
        if !typing_only.is_empty() {
            out.push_str("\nif TYPE_CHECKING:\n");
            for (module, names) in &typing_only {
                out.push_str(&format!("    from {module} import {}\n", names.join(", ")));
            }
        }
        out
    }

    /// `Base` and `metadata`; with a naming convention, so that Alembic can name, alter and
    /// drop every constraint (and foreign-key cycles can be dropped at all).
    fn base_definition(&self) -> String {
        let defines_base =
            matches!(self.options.base, BaseKind::Own | BaseKind::SqlModel) || self.style == Style::SqlModel;
        let convention = if self.options.naming_convention && defines_base {
            let entries: String = NAMING_CONVENTION
                .iter()
                .map(|(k, v)| format!("    {}: {},\n", string(k), string(v)))
                .collect();
            format!("\nNAMING_CONVENTION = {{\n{entries}}}\n")
        } else {
            String::new()
        };
        if self.style == Style::SqlModel {
            let convention_line = if self.options.naming_convention {
                "SQLModel.metadata.naming_convention = NAMING_CONVENTION\n"
            } else {
                ""
            };
            return format!(
                "{convention}\n# The tables are on SQLModel.metadata, with the project's own SQLModel models.\n\
                 {convention_line}metadata = SQLModel.metadata\n"
            );
        }
        let base = match (&self.options.base, self.style) {
            (_, Style::SqlModel) => unreachable!("SQLModel modules have no Base"),
            (BaseKind::Own, style) => own_base(style, self.options.naming_convention),
            (BaseKind::SqlModel, style) => {
                let mut text = String::from(
                    "\n# The classes share SQLModel's registry and metadata: SQLModel.metadata holds every\n\
                     # table, and relationships between SQLModel and generated classes resolve.\n",
                );
                if self.options.naming_convention {
                    text.push_str("SQLModel.metadata.naming_convention = NAMING_CONVENTION\n");
                }
                text.push_str(match style {
                    Style::One | Style::SqlModel => "Base = default_registry.generate_base()\n",
                    Style::Two => "\n\nclass Base(DeclarativeBase):\n    registry = default_registry\n\n\n",
                });
                text
            }
            (BaseKind::Project { .. } | BaseKind::Shared, _) => "\n".into(),
        };
        format!("{convention}{base}metadata = Base.metadata\n")
    }

    /// The module that defines `class`, if another module does.
    fn external_module(&self, class: &str) -> Option<String> {
        self.options.scope.as_ref()?.external.get(class).cloned()
    }

    /// Records that this module uses `class` from another module.
    fn use_external(&mut self, class: &str, at_run_time: bool) {
        if let Some(module) = self.external_module(class) {
            let entry = self
                .external_imports
                .entry((module, self.names.class(class).to_string()))
                .or_default();
            *entry |= at_run_time;
        }
    }

    fn class(&mut self, out: &mut String, table: &Table, emitted: &HashSet<&str>) {
        // SQLModel table models cannot inherit table models: each class stands alone, with
        // all of its (concrete) table's columns.
        let parent = table
            .is_a
            .as_deref()
            .filter(|_| self.style != Style::SqlModel)
            .filter(|p| emitted.contains(p) || self.external_module(p).is_some());
        if let Some(parent) = parent {
            self.use_external(parent, true);
        }
        let class_name = self.names.class(&table.class_name).to_string();
        let root = if self.style == Style::SqlModel {
            "SQLModel, table=True"
        } else {
            "Base"
        };
        let base = parent.map_or(root.to_string(), |p| self.names.class(p).to_string());
        out.push_str(&class_header(&class_name, &base));
        if let Some(description) = table.description.as_deref().filter(|d| !d.trim().is_empty()) {
            out.push_str(&indent_docstring(description));
            out.push('\n');
        }
        out.push_str("    __tablename__ = ");
        out.push_str(&string(&table.name));
        out.push('\n');
        let deferred = table.foreign_keys_over_mysql_limit();
        self.table_args(out, table, &deferred, parent);
        if self.style == Style::SqlModel {
            out.push_str(crate::sqlmodel::model_config(table).unwrap_or_default());
        }
        out.push('\n');

        for column in &table.columns {
            self.column(out, table, column, &deferred, parent);
        }
        self.relationships(out, table, parent);
        if self.style != Style::SqlModel {
            self.repr(out, table);
        }
        if parent.is_some() {
            out.push_str(&self.concrete_mapper_args());
        }
    }

    /// Unique keys, the table's comment, and foreign keys past MariaDB's and MySQL's 64
    /// indexes per table, as table-level constraints that only PostgreSQL and SQLite create.
    /// A subclass of a class with table arguments states its own, so that it does not inherit
    /// the parent's.
    fn table_args(&mut self, out: &mut String, table: &Table, deferred: &[&Column], parent: Option<&str>) {
        let parent_has_args = parent.is_some_and(|p| self.with_table_args.contains(p));
        let naming_convention = self.options.naming_convention;
        let mut items = columns::table_constraints(&mut self.imports, table, deferred, naming_convention);
        if let Some(comment) = table.comment() {
            items.push(Expr::dict(vec![("comment", Expr::atom(string(comment)))]));
        }
        if items.is_empty() && !parent_has_args {
            return;
        }
        self.with_table_args.insert(table.class_name.clone());
        if self.style == Style::Two {
            // mypy types `__table_args__` by its elements; a subclass's may differ.
            let shape: Vec<&str> = items.iter().map(Expr::head).collect();
            self.note_member(table, parent, "__table_args__", &shape.join(","));
        }
        if items.is_empty() {
            out.push_str("    __table_args__ = ()\n");
            return;
        }
        if !deferred.is_empty() {
            self.needs_mysql_guard = true;
            out.push_str("    # MariaDB and MySQL index every foreign key, and a table holds only so many indexed\n");
            out.push_str("    # key columns: the ForeignKeyConstraints below are not created there.\n");
        }
        // ruff keeps a one-element tuple on one line where it fits; a longer tuple keeps the
        // magic trailing comma, one element per line.
        if let [only] = items.as_slice() {
            let line = format!("    __table_args__ = ({},)", only.flat());
            if line.chars().count() <= LINE_LENGTH {
                out.push_str(&line);
                out.push('\n');
                return;
            }
        }
        out.push_str("    __table_args__ = (\n");
        for item in &items {
            write_statement(out, 8, "", item, ",");
        }
        out.push_str("    )\n");
    }

    fn column(&mut self, out: &mut String, table: &Table, column: &Column, deferred: &[&Column], parent: Option<&str>) {
        let primary_key = table.is_mapped_primary_key(column);
        if self.style == Style::SqlModel {
            let (attr, annotation, field) = self.sqlmodel_field(table, column, primary_key, deferred);
            write_annotated(out, &attr, &annotation, &field);
            return;
        }
        let (attr, value) = self.column_value(table, column, primary_key, deferred, true);
        match self.style {
            Style::One | Style::SqlModel => write_statement(out, 4, &[attr.as_str(), " = "].concat(), &value, ""),
            Style::Two => {
                let python = python_type(&column.sql_type, &mut self.imports);
                let annotation = if column.nullable && !primary_key {
                    ["Mapped[", python, " | None]"].concat()
                } else {
                    ["Mapped[", python, "]"].concat()
                };
                self.imports.add("sqlalchemy.orm", "Mapped");
                self.note_member(table, parent, &attr, &annotation);
                write_annotated(out, &attr, &annotation, &value);
            }
        }
    }

    /// A column's attribute name and its `Column(...)` or `mapped_column(...)`. Style 2 takes
    /// nullability from the `Mapped` annotation where the column has one.
    fn column_value(
        &mut self,
        table: &Table,
        column: &Column,
        primary_key: bool,
        deferred: &[&Column],
        annotated: bool,
    ) -> (String, Expr) {
        let attr = self.names.column(&table.class_name, &column.name).to_string();
        let mut args = Vec::new();
        if attr != column.name {
            args.push(Expr::atom(string(&column.name)));
        }
        args.extend(columns::column_arguments(
            &mut self.imports,
            table,
            column,
            primary_key,
            deferred,
        ));
        let nullability_from_annotation = annotated && self.style == Style::Two;
        if !(column.nullable || nullability_from_annotation) {
            args.push(Expr::keyword("nullable", Expr::atom("False")));
        }
        let function = match self.style {
            Style::One | Style::SqlModel => "Column",
            Style::Two => "mapped_column",
        };
        self.imports.add(
            if function == "Column" {
                "sqlalchemy"
            } else {
                "sqlalchemy.orm"
            },
            function,
        );
        (attr, Expr::call(function, args))
    }

    /// With `--no-mergeimports`: the backref columns that this module's inlined lists need in
    /// the tables of classes that other modules define, with their keys, so that the modules
    /// together give the merged model. SQLAlchemy adds a column set on a mapped class to its
    /// table and mapper, and a constraint built from a table's columns to that table.
    fn imported_table_columns(&mut self, out: &mut String, tables: &[&Table]) {
        let mut added: Vec<(&str, Vec<&str>)> = Vec::new();
        for mapping in tables.iter().flat_map(|t| &t.mappings) {
            let Mapping::OneToMany {
                target_class,
                backref_column,
                ..
            } = mapping
            else {
                continue;
            };
            if self.external_module(target_class).is_none() {
                continue;
            }
            match added.iter_mut().find(|(target, _)| target == target_class) {
                Some((_, columns)) if columns.contains(&backref_column.as_str()) => {}
                Some((_, columns)) => columns.push(backref_column),
                None => added.push((target_class, vec![backref_column])),
            }
        }
        if added.is_empty() {
            return;
        }
        out.push_str(
            "\n\n# Columns that this module's inlined lists add to the tables of imported classes\n\
             # (SQLAlchemy adds a column set on a mapped class to its table and mapper).\n",
        );
        for (target, added_columns) in added {
            let table = self.model.table(target).expect("mapping targets are tables");
            self.use_external(target, true);
            let class = self.names.class(target).to_string();
            let deferred = table.foreign_keys_over_mysql_limit();
            for column in added_columns.iter().filter_map(|c| table.column(c)) {
                let (attr, value) = self.column_value(table, column, false, &deferred, false);
                write_statement(out, 0, &format!("{class}.{attr} = "), &value, "");
            }
            self.undeclared_attributes = true;
            let own_deferred: Vec<&Column> = deferred
                .into_iter()
                .filter(|c| added_columns.contains(&c.name.as_str()))
                .collect();
            self.needs_mysql_guard |= !own_deferred.is_empty();
            let keys: Vec<&UniqueKey> = table
                .unique_keys
                .iter()
                .filter(|k| k.columns.iter().any(|c| added_columns.contains(&c.as_str())))
                .collect();
            let refer = |name: &str| format!("{class}.__table__.c[{}]", string(name));
            for constraint in columns::constraints(&mut self.imports, &own_deferred, &keys, &refer) {
                write_statement(out, 0, "", &constraint, "");
            }
        }
    }

    /// Concrete-table inheritance, as linkml maps `is_a`. Style 2's `DeclarativeBase` already
    /// declares `__mapper_args__`, so mypy rejects a `ClassVar` there.
    fn concrete_mapper_args(&mut self) -> String {
        match self.style {
            Style::One => {
                self.imports.add("typing", "Any");
                self.imports.add("typing", "ClassVar");
                "\n    __mapper_args__: ClassVar[dict[str, Any]] = {\"concrete\": True}\n".into()
            }
            Style::Two | Style::SqlModel => "\n    __mapper_args__ = {\"concrete\": True}  # noqa: RUF012\n".into(),
        }
    }

    /// Records an attribute's annotation, and whether it redefines an ancestor's with another
    /// type (allowed by concrete inheritance, rejected by mypy unless told).
    fn note_member(&mut self, table: &Table, parent: Option<&str>, attr: &str, annotation: &str) {
        if self.inherited.contains(table.class_name.as_str()) {
            self.members
                .entry(table.class_name.clone())
                .or_default()
                .insert(attr.to_string(), annotation.to_string());
        }
        let mut ancestor = parent;
        while let Some(name) = ancestor {
            if let Some(inherited) = self.members.get(name).and_then(|m| m.get(attr)) {
                self.incompatible_overrides |= inherited != annotation;
                return;
            }
            ancestor = self.model.table(name).and_then(|t| t.is_a.as_deref());
        }
    }

    fn relationships(&mut self, out: &mut String, table: &Table, parent: Option<&str>) {
        if self.style != Style::One {
            // Style 2 and SQLModel annotate relationships with their target classes.
            let targets: Vec<String> = table
                .columns
                .iter()
                .filter(|c| c.original_slot.is_some() && c.foreign_key.is_some())
                .filter_map(|c| c.range_class.clone())
                .chain(table.mappings.iter().filter_map(|m| match m {
                    Mapping::OneToMany { target_class, .. } | Mapping::ManyToMany { target_class, .. } => {
                        Some(target_class.clone())
                    }
                    Mapping::MultivaluedScalar { .. } => None,
                }))
                .collect();
            for target in targets {
                self.use_external(&target, false);
            }
        }
        let references = table
            .columns
            .iter()
            .filter(|c| c.original_slot.is_some() && c.foreign_key.is_some());
        // Every reference and mapping writes at least one line.
        if references.clone().next().is_some() || !table.mappings.is_empty() {
            out.push('\n');
        }
        for column in references {
            self.many_to_one(out, table, column, parent);
        }
        for mapping in &table.mappings {
            self.mapping(out, table, mapping, parent);
        }
    }

    fn relationship_line(&mut self, out: &mut String, table: &Table, parent: Option<&str>, relationship: Relationship) {
        let Relationship {
            attr,
            target,
            kind,
            mut args,
        } = relationship;
        if self.style != Style::SqlModel {
            self.imports.add("sqlalchemy.orm", "relationship");
        }
        match self.style {
            Style::One => {
                if let Some(target) = target {
                    args.insert(0, Expr::atom(string(target)));
                }
                write_statement(out, 4, &[attr, " = "].concat(), &Expr::call("relationship", args), "");
            }
            Style::SqlModel => self.sqlmodel_relationship(out, attr, target.unwrap_or(""), kind, args),
            Style::Two => {
                self.imports.add("sqlalchemy.orm", "Mapped");
                let target = target.unwrap_or("");
                let annotation = match kind {
                    RelKind::One => ["Mapped[", target, " | None]"].concat(),
                    RelKind::Many => ["Mapped[list[", target, "]]"].concat(),
                };
                self.note_member(table, parent, attr, &annotation);
                write_annotated(out, attr, &annotation, &Expr::call("relationship", args));
            }
        }
    }

    fn many_to_one(&mut self, out: &mut String, table: &Table, column: &Column, parent: Option<&str>) {
        let slot = column.original_slot.as_deref().unwrap_or_default();
        let attr = self.names.relationship(&table.class_name, slot).to_string();
        let fk_attr = self.names.column(&table.class_name, &column.name).to_string();
        let target = column.range_class.as_deref().map(|c| self.names.class(c).to_string());
        let mut args = Vec::new();
        if self.style == Style::One {
            args.push(Expr::keyword("uselist", Expr::atom("False")));
        }
        let foreign_keys = match self.style {
            // A SQLModel class body cannot name its own fields: SQLAlchemy reads the string.
            Style::SqlModel => string(&format!("[{}.{fk_attr}]", self.names.class(&table.class_name))),
            _ => ["[", fk_attr.as_str(), "]"].concat(),
        };
        args.push(Expr::keyword("foreign_keys", Expr::atom(foreign_keys)));
        if let Some(class) = column.range_class.as_deref() {
            args.extend(self.back_populates(table, slot, class));
        }
        self.relationship_line(
            out,
            table,
            parent,
            Relationship::new(&attr, target.as_deref(), RelKind::One, args),
        );
    }

    fn mapping(&mut self, out: &mut String, table: &Table, mapping: &Mapping, parent: Option<&str>) {
        let source = table.class_name.as_str();
        let source_py = self.names.class(source).to_string();
        match mapping {
            Mapping::OneToMany {
                slot,
                target_class,
                backref_column,
            } => {
                let attr = self.names.relationship(source, slot).to_string();
                let target_py = self.names.class(target_class).to_string();
                let backref = self.names.column(target_class, backref_column);
                let mut args = vec![Expr::keyword(
                    "foreign_keys",
                    Expr::atom(string(&["[", target_py.as_str(), ".", backref, "]"].concat())),
                )];
                let overlapping = self.sharing_backref(table, slot, target_class, backref_column);
                // A child keyed per parent cannot outlive it (its key holds the parent's).
                let owned = self
                    .model
                    .table(target_class)
                    .and_then(|t| t.column(backref_column))
                    .is_some_and(|c| c.primary_key);
                if owned {
                    args.push(Expr::keyword("cascade", Expr::atom(string("all, delete-orphan"))));
                }
                if !overlapping.is_empty() {
                    args.push(Expr::keyword("overlaps", Expr::atom(string(&overlapping.join(",")))));
                }
                args.extend(self.back_populates(table, slot, target_class));
                self.relationship_line(
                    out,
                    table,
                    parent,
                    Relationship::new(&attr, Some(&target_py), RelKind::Many, args),
                );
            }
            Mapping::ManyToMany {
                slot,
                target_class,
                join_class,
                source_column,
                target_column,
            } => {
                let attr = self.names.relationship(source, slot).to_string();
                let target_py = self.names.class(target_class).to_string();
                let join = self.model.table(join_class);
                let join_py = self.names.class(join_class).to_string();
                let join_table = join.map_or(join_class.as_str(), |j| j.name.as_str()).to_string();
                let key_of = |column: &str| {
                    join.and_then(|j| j.column(column))
                        .and_then(|c| c.foreign_key.as_ref())
                        .map(|fk| fk.column.clone())
                        .unwrap_or_default()
                };
                let (source_key, target_key) = (key_of(source_column), key_of(target_column));
                let join_condition = |class_py: &str, class: &str, key: &str, column: &str| {
                    let (key, column) = (self.names.column(class, key), self.names.column(join_class, column));
                    [class_py, ".", key, " == ", &join_py, ".", column].concat()
                };
                let primary = join_condition(&source_py, source, &source_key, source_column);
                let secondary = join_condition(&target_py, target_class, &target_key, target_column);
                let through = match self.style {
                    // SQLModel's link model: the join table's class, defined before its users.
                    Style::SqlModel => Expr::keyword("link_model", Expr::atom(join_py.clone())),
                    _ => Expr::keyword("secondary", Expr::atom(string(&join_table))),
                };
                let mut args = vec![
                    through,
                    Expr::keyword("primaryjoin", Expr::atom(string(&primary))),
                    Expr::keyword("secondaryjoin", Expr::atom(string(&secondary))),
                ];
                args.extend(self.back_populates(table, slot, target_class));
                self.relationship_line(
                    out,
                    table,
                    parent,
                    Relationship::new(&attr, Some(&target_py), RelKind::Many, args),
                );
            }
            Mapping::MultivaluedScalar {
                slot,
                join_class,
                value_column,
            } => {
                let attr = self.names.relationship(source, slot).to_string();
                let join_py = self.names.class(join_class).to_string();
                if self.style == Style::SqlModel {
                    // pydantic refuses to set a class variable on an instance, so SQLModel
                    // models hold the join table's rows themselves.
                    self.relationship_line(
                        out,
                        table,
                        parent,
                        Relationship::new(&attr, Some(&join_py), RelKind::Many, vec![]),
                    );
                    return;
                }
                let value_attr = self.names.column(join_class, value_column).to_string();
                let rel_attr = format!("{attr}_rel");
                self.relationship_line(
                    out,
                    table,
                    parent,
                    Relationship::new(&rel_attr, Some(&join_py), RelKind::Many, vec![]),
                );
                self.imports.add("sqlalchemy.ext.associationproxy", "association_proxy");
                let proxy = Expr::call(
                    "association_proxy",
                    vec![
                        Expr::atom(string(&rel_attr)),
                        Expr::atom(string(&value_attr)),
                        Expr::keyword(
                            "creator",
                            Expr::prefixed(
                                "lambda x_: ",
                                Expr::call(join_py.clone(), vec![Expr::keyword(&value_attr, Expr::atom("x_"))]),
                            ),
                        ),
                    ],
                );
                match self.style {
                    Style::One => write_statement(out, 4, &[attr.as_str(), " = "].concat(), &proxy, ""),
                    Style::Two | Style::SqlModel => {
                        self.imports.add("sqlalchemy.ext.associationproxy", "AssociationProxy");
                        write_annotated(out, &attr, "AssociationProxy[list[str]]", &proxy);
                    }
                }
            }
        }
    }

    /// SQLModel's `back_populates`, naming the target's relationship that `slot`'s is paired
    /// with (see [`Table::inverses`]).
    fn back_populates(&self, table: &Table, slot: &str, target: &str) -> Option<Expr> {
        let partner = table.inverse_of(slot).filter(|_| self.style == Style::SqlModel)?;
        let attr = self.names.relationship(target, partner);
        Some(Expr::keyword("back_populates", Expr::atom(string(attr))))
    }

    /// Other one-to-many relationships of the class that write the same backref column (linkml
    /// gives the child one column per owning class); SQLAlchemy wants them named as overlaps.
    fn sharing_backref(&self, table: &Table, slot: &str, target: &str, column: &str) -> Vec<String> {
        table
            .mappings
            .iter()
            .filter_map(|m| match m {
                Mapping::OneToMany {
                    slot: other,
                    target_class,
                    backref_column,
                } if other != slot && target_class == target && backref_column == column => {
                    Some(self.names.relationship(&table.class_name, other).to_string())
                }
                _ => None,
            })
            .collect()
    }

    fn repr(&self, out: &mut String, table: &Table) {
        // The f-string's text: `Class(attr={self.attr},...)`, braces of the label doubled.
        let mut text = String::with_capacity(table.class_name.len() + 2 + 32 * table.columns.len());
        if table.class_name.contains(['{', '}']) {
            text.push_str(&table.class_name.replace('{', "{{").replace('}', "}}"));
        } else {
            text.push_str(&table.class_name);
        }
        text.push('(');
        for column in &table.columns {
            let attr = self.names.column(&table.class_name, &column.name);
            push_all(&mut text, &[attr, "={self.", attr, "},"]);
        }
        text.push(')');
        let literal = string(&text);
        let signature = match self.style {
            Style::One => "def __repr__(self):",
            Style::Two | Style::SqlModel => "def __repr__(self) -> str:",
        };
        push_all(out, &["\n    ", signature, "\n"]);
        // As ruff: a return value too long for its line goes in parentheses if that helps.
        let literal_width = width(&literal);
        if "        return f".len() + literal_width > LINE_LENGTH && 12 + 1 + literal_width <= LINE_LENGTH {
            push_all(out, &["        return (\n            f", &literal, "\n        )\n"]);
        } else {
            push_all(out, &["        return f", &literal, "\n"]);
        }
    }
}

#[derive(Clone, Copy)]
pub(crate) enum RelKind {
    One,
    Many,
}

/// A relationship attribute to write: its name, target class (the Python name), direction
/// and `relationship(...)` arguments.
struct Relationship<'r> {
    attr: &'r str,
    target: Option<&'r str>,
    kind: RelKind,
    args: Vec<Expr>,
}

impl<'r> Relationship<'r> {
    fn new(attr: &'r str, target: Option<&'r str>, kind: RelKind, args: Vec<Expr>) -> Self {
        Relationship {
            attr,
            target,
            kind,
            args,
        }
    }
}

pub(crate) fn python_type(sql_type: &SqlType, imports: &mut Imports) -> &'static str {
    match sql_type {
        SqlType::Text | SqlType::String(_) | SqlType::Enum(_) => "str",
        SqlType::Integer => "int",
        SqlType::Boolean => "bool",
        SqlType::Float => "float",
        SqlType::Numeric => {
            imports.add("decimal", "Decimal");
            "Decimal"
        }
        SqlType::Date => {
            imports.add("datetime", "date");
            "date"
        }
        SqlType::DateTime => {
            imports.add("datetime", "datetime");
            "datetime"
        }
        SqlType::Time => {
            imports.add("datetime", "time");
            "time"
        }
    }
}

fn docstring_text(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    let trimmed: Vec<&str> = escaped.trim().lines().map(str::trim_end).collect();
    let mut joined = trimmed.join("\n");
    if joined.ends_with('"') {
        joined.push(' ');
    }
    joined
}

fn string_docstring(text: &str) -> String {
    format!("\"\"\"{}\"\"\"", docstring_text(text))
}

/// A class docstring at four spaces, on one line when it has one line.
fn indent_docstring(text: &str) -> String {
    let body = docstring_text(text);
    if !body.contains('\n') {
        return format!("    \"\"\"{body}\"\"\"\n");
    }
    let lines: Vec<String> = body
        .lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("    {}", l.trim_start())
            }
        })
        .collect();
    format!("    \"\"\"\n{}\n    \"\"\"\n", lines.join("\n"))
}
