//! A port of linkml 1.12.1's `RelationalModelTransformer`: classes to tables with surrogate
//! keys, foreign keys, join tables and backref columns, in the same order and with the same
//! names, plus the fixes listed in the README (`__tablename__`, `typeof` chains).

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use linkml_derive::{InducedSlot, SchemaView};
use linkml_diagnostics::Span;
use linkml_load::OrderedMap;
use linkml_naming::{fit_identifier, underscore};

use crate::constraints::{Issue, SlotFacts};
use crate::ir::{
    Check, CheckRule, Column, ForeignKey, Index, Literal, Mapping, RelationalModel, SqlType, Table, UniqueKey,
    ValueConstraints,
};
use crate::types::range_types;
use crate::{Problem, Transformed};

/// linkml's `ForeignKeyPolicy`, as chosen by the CLI flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForeignKeyPolicy {
    /// Default: only inlined references become `<slot>_<pk>` columns.
    InjectForNested,
    /// Style 2 and `--rename-foreign-keys`: every reference becomes `<slot>_<pk>`.
    InjectForAllRefs,
    /// `--no-use-foreign-keys`.
    None,
}

/// A relational attribute while the transformation runs (linkml's `SlotDefinition` copy).
#[derive(Clone, Debug)]
struct Attr {
    name: String,
    range: Option<String>,
    multivalued: bool,
    inlined: bool,
    required: bool,
    identifier: bool,
    key: bool,
    shared: bool,
    singular_name: Option<String>,
    primary_key: bool,
    autoincrement: bool,
    backref: bool,
    forwardref: bool,
    original_slot: Option<String>,
    /// The referenced class and its key attribute (boxed: most attributes have none).
    foreign_key: Option<Box<(String, String)>>,
    /// Shared: a slot's description is the same in every class that has the slot.
    description: Option<Arc<str>>,
    renamed_from: Option<String>,
    values: Option<Arc<ValueConstraints>>,
    /// What the database constraints are made from (with schema constraints on).
    facts: Option<Arc<SlotFacts>>,
    /// What the facts give the attribute's column, where they give it anything.
    settled: Option<Box<Settled>>,
}

/// The CHECKs and server default that a slot's facts give its column (see
/// `Transformer::settle_constraints`).
#[derive(Clone, Debug, Default)]
struct Settled {
    checks: Vec<(&'static str, CheckRule)>,
    server_default: Option<Literal>,
}

impl Attr {
    fn from_induced(slot: &InducedSlot, description: Option<Arc<str>>) -> Self {
        Attr {
            multivalued: slot.is("multivalued"),
            inlined: slot.is("inlined") || slot.is("inlined_as_list"),
            required: slot.is("required"),
            identifier: slot.is("identifier"),
            key: slot.is("key"),
            shared: slot.annotations.contains_key("shared"),
            singular_name: slot.str("singular_name").map(str::to_string),
            description,
            renamed_from: slot
                .annotations
                .get("renamed_from")
                .and_then(|a| a.value.as_scalar())
                .map(|s| s.text.clone()),
            values: value_constraints(slot),
            ..Attr::plain(slot.column_name(), slot.range())
        }
    }

    /// An attribute with no flags set.
    fn plain(name: &str, range: Option<&str>) -> Self {
        Attr {
            name: name.to_string(),
            range: range.map(str::to_string),
            multivalued: false,
            inlined: false,
            required: false,
            identifier: false,
            key: false,
            shared: false,
            singular_name: None,
            primary_key: false,
            autoincrement: false,
            backref: false,
            forwardref: false,
            original_slot: None,
            foreign_key: None,
            description: None,
            renamed_from: None,
            values: None,
            facts: None,
            settled: None,
        }
    }

    /// linkml's injected surrogate key: integer, identifier, required, autoincrement.
    fn surrogate_key(name: &str) -> Self {
        Attr {
            required: true,
            identifier: true,
            autoincrement: true,
            ..Attr::plain(name, Some("integer"))
        }
    }

    /// The column that points a child or join row back at its owner (`<Table>_<pk>`).
    fn backref(name: &str, owner: &str) -> Self {
        Attr {
            backref: true,
            description: Some(Arc::from("Autocreated FK slot")),
            ..Attr::plain(name, Some(owner))
        }
    }
}

#[derive(Clone, Debug)]
struct RelClass {
    name: String,
    table: String,
    is_a: Option<String>,
    mixins: Vec<String>,
    abstract_: bool,
    description: Option<String>,
    join: bool,
    /// Whether the source class has an identifier (linkml's inlining test reads the source).
    source_identifier: bool,
    attrs: OrderedMap<String, Attr>,
    unique_keys: OrderedMap<String, Vec<String>>,
    mappings: Vec<Mapping>,
    renamed_from: Option<String>,
    /// The `index` annotation's indexes, each with the schema position of its columns.
    indexes: Vec<(Index, Vec<Span>)>,
    /// Slots that range over a class: relational name to the schema's slot name and `inverse`.
    slot_links: Vec<SlotLink>,
}

impl RelClass {
    /// linkml's `get_direct_identifier_attribute`: the first identifier or key attribute.
    fn direct_identifier(&self) -> Option<&Attr> {
        self.attrs.values().find(|a| a.identifier || a.key)
    }
}

pub struct Transformer<'v, 'a> {
    view: &'v SchemaView<'a>,
    policy: ForeignKeyPolicy,
    classes: OrderedMap<String, RelClass>,
    descriptions: HashMap<&'a str, Arc<str>>,
    /// The SQL type of every enum and type range, worked out once: the columns of one enum
    /// share its values.
    range_types: HashMap<&'a str, SqlType>,
    warnings: Vec<Problem>,
    schema_constraints: bool,
}

/// A slot of a class that ranges over a class, as `inverse` pairs it.
#[derive(Clone, Debug)]
pub(crate) struct SlotLink {
    /// The relational attribute name (the alias, if the slot has one).
    pub(crate) attribute: String,
    pub(crate) slot: String,
    pub(crate) inverse: Option<String>,
}

/// A reference attribute renamed `<slot>_<pk>`, and the attribute that had that name, if any,
/// under its new name.
struct Renamed {
    name: String,
    displaced: Option<String>,
}

impl<'v, 'a> Transformer<'v, 'a> {
    pub fn new(view: &'v SchemaView<'a>, policy: ForeignKeyPolicy) -> Self {
        Transformer {
            view,
            policy,
            classes: OrderedMap::default(),
            descriptions: HashMap::default(),
            range_types: range_types(view),
            warnings: Vec::new(),
            schema_constraints: false,
        }
    }

    /// Whether the tables get the slots' CHECK constraints, server defaults and string lengths
    /// (off by default, as in linkml).
    pub fn with_schema_constraints(mut self, on: bool) -> Self {
        self.schema_constraints = on;
        self
    }

    pub fn transform(mut self) -> Result<Transformed, Vec<Problem>> {
        self.roll_down();
        if self.policy != ForeignKeyPolicy::None {
            self.inject_primary_keys().map_err(|p| vec![p])?;
            let multivalued = self.split_multivalued().map_err(|p| vec![p])?;
            self.mark_keys(&multivalued).map_err(|p| vec![p])?;
            self.key_nested_per_parent();
        }
        let warnings = std::mem::take(&mut self.warnings);
        let constraint_problems = self.settle_constraints();
        let model = self.build_model();
        check_case_insensitive_names(&model)?;
        check_enum_type_names(&model)?;
        self.check_named_indexes(&model)?;
        let mut warnings = warnings;
        warnings.extend(constraint_problems);
        warnings.extend(narrowed_on_mysql(&model));
        Ok(Transformed { model, warnings })
    }

    fn roll_down(&mut self) {
        let view = self.view;
        for (name, class) in view.all_classes() {
            let element = &class.element;
            let induced = view.class_induced_slots(name);
            // Room for the surrogate key too: a map grown by doubling keeps up to half unused.
            let mut attrs = OrderedMap::with_capacity_and_hasher(induced.len() + 1, Default::default());
            for slot in &induced {
                let description = slot
                    .str("description")
                    .map(|d| self.descriptions.entry(d).or_insert_with(|| Arc::from(d)).clone());
                let mut attr = Attr::from_induced(slot, description);
                if self.schema_constraints {
                    attr.facts = SlotFacts::of(slot);
                }
                attrs.insert(attr.name.clone(), attr);
            }
            let source_identifier = view.get_identifier_slot(&induced).is_some();
            let slot_links = induced
                .iter()
                .filter(|slot| slot.range().is_some_and(|r| view.get_class(r).is_some()))
                .map(|slot| SlotLink {
                    attribute: slot.column_name().to_string(),
                    slot: slot.name.to_string(),
                    inverse: slot.str("inverse").map(str::to_string),
                })
                .collect();
            let unique_keys = class
                .unique_keys
                .values()
                .map(|k| (k.name.value.clone(), k.slots.iter().map(|s| s.value.clone()).collect()))
                .collect();
            let rel = RelClass {
                name: name.to_string(),
                table: element.annotation_text("__tablename__").unwrap_or(name).to_string(),
                is_a: element.str("is_a").map(str::to_string),
                mixins: element.list("mixins").iter().map(|m| m.value.clone()).collect(),
                abstract_: element.is("abstract"),
                description: element.str("description").map(str::to_string),
                join: false,
                source_identifier,
                attrs,
                unique_keys,
                mappings: Vec::new(),
                renamed_from: element.annotation_text("renamed_from").map(str::to_string),
                indexes: named_indexes(element),
                slot_links,
            };
            self.classes.insert(name.to_string(), rel);
        }
    }

    /// linkml's `add_primary_key`: a surrogate `id` (or `uid`, `identifier`, `pk`), first.
    fn inject_primary_keys(&mut self) -> Result<(), Problem> {
        for class in self.classes.values_mut() {
            if class.direct_identifier().is_some() {
                continue;
            }
            let name = ["id", "uid", "identifier", "pk"]
                .into_iter()
                .find(|n| !class.attrs.contains_key(*n))
                .ok_or_else(|| {
                    Problem::error(
                        &class.name,
                        None,
                        format!(
                            "cannot add a primary key to class `{}`: id, uid, identifier and pk are all taken",
                            class.name
                        ),
                        "make one of its slots the `identifier`",
                    )
                })?;
            class.attrs.shift_insert(0, name.to_string(), Attr::surrogate_key(name));
        }
        Ok(())
    }

    /// Multivalued slots become join tables or backref columns; returns their names.
    fn split_multivalued(&mut self) -> Result<Vec<String>, Problem> {
        let mut multivalued = Vec::new();
        let original: Vec<String> = self.classes.keys().cloned().collect();
        // Room for a join table per multivalued slot at most: a map grown by doubling copies
        // every class each time, and keeps up to half of itself unused.
        let splits = self
            .classes
            .values()
            .flat_map(|c| c.attrs.values())
            .filter(|a| a.multivalued);
        self.classes.reserve_exact(splits.count());
        for class_name in original {
            let class = &self.classes[&class_name];
            let pk = class.direct_identifier().map(|a| a.name.clone()).unwrap_or_default();
            let backref_name = [class.table.as_str(), "_", &pk].concat();
            let slots: Vec<Attr> = class.attrs.values().filter(|a| a.multivalued).cloned().collect();
            for slot in &slots {
                multivalued.push(slot.name.clone());
                let range_class = slot.range.clone().filter(|r| self.classes.contains_key(r));
                let shared = range_class.is_some() && (slot.inlined || slot.shared);
                let backref = Attr::backref(&backref_name, &class_name);
                let mapping = match (&range_class, shared) {
                    (Some(target), true) => self.add_backref(&class_name, slot, target, backref)?,
                    _ => self.add_join_table(&class_name, slot, range_class.as_deref(), backref),
                };
                self.classes[&class_name].mappings.push(mapping);
            }
            // Removed together: one by one, each removal would shift the attributes after it.
            let class = &mut self.classes[&class_name];
            class
                .attrs
                .retain(|name, attr| !(attr.multivalued && slots.iter().any(|s| &s.name == name)));
        }
        Ok(multivalued)
    }

    fn add_backref(&mut self, source: &str, slot: &Attr, target: &str, backref: Attr) -> Result<Mapping, Problem> {
        let backref_name = backref.name.clone();
        let target_class = self.classes.get_mut(target).expect("range class exists");
        target_class.attrs.insert(backref_name.clone(), backref);
        let keys: Vec<String> = target_class
            .attrs
            .values()
            .filter(|a| a.key)
            .map(|a| a.name.clone())
            .collect();
        match keys.as_slice() {
            [] => {}
            [key] => {
                target_class
                    .unique_keys
                    .insert(format!("{source}_{key}"), vec![backref_name.clone(), key.clone()]);
            }
            _ => {
                return Err(Problem::error(
                    target,
                    None,
                    format!("class `{target}` has more than one key slot: {}", keys.join(", ")),
                    "keep `key: true` on one slot (a class has one key)",
                ))
            }
        }
        Ok(Mapping::OneToMany {
            slot: slot.name.clone(),
            target_class: target.to_string(),
            backref_column: backref_name,
        })
    }

    fn add_join_table(&mut self, source: &str, slot: &Attr, range_class: Option<&str>, backref: Attr) -> Mapping {
        let singular = slot.singular_name.clone().unwrap_or_else(|| slot.name.clone());
        let source_table = &self.classes[source].table;
        let join_name = [source, "_", &singular].concat();
        let value = Attr {
            name: singular.clone(),
            multivalued: false,
            inlined: true,
            forwardref: range_class.is_some(),
            ..slot.clone()
        };
        let backref_name = backref.name.clone();
        let mut attrs = OrderedMap::with_capacity_and_hasher(2, Default::default());
        attrs.insert(backref_name.clone(), backref);
        attrs.insert(singular.clone(), value);
        let join = RelClass {
            name: join_name.clone(),
            table: [source_table.as_str(), "_", &singular].concat(),
            is_a: None,
            mixins: Vec::new(),
            abstract_: false,
            description: None,
            join: true,
            source_identifier: false,
            attrs,
            unique_keys: OrderedMap::default(),
            mappings: Vec::new(),
            renamed_from: None,
            indexes: Vec::new(),
            slot_links: Vec::new(),
        };
        self.classes.insert(join_name.clone(), join);
        match range_class {
            Some(target) => Mapping::ManyToMany {
                slot: slot.name.clone(),
                target_class: target.to_string(),
                join_class: join_name,
                source_column: backref_name,
                target_column: singular,
            },
            None => Mapping::MultivaluedScalar {
                slot: slot.name.clone(),
                join_class: join_name,
                value_column: singular,
            },
        }
    }

    /// The relational schema's `get_identifier_slot`: the first identifier, by sorted name,
    /// among the attributes of the class and its `is_a` ancestors.
    fn relational_identifier(&self, class_name: &str) -> Option<String> {
        let mut owners: Vec<&RelClass> = Vec::new();
        let mut current = Some(class_name);
        while let Some(class) = current.and_then(|n| self.classes.get(n)) {
            if owners.iter().any(|o| o.name == class.name) {
                break;
            }
            owners.push(class);
            current = class.is_a.as_deref();
        }
        // An attribute counts as its nearest owner has it.
        let nearest = |i: usize, name: &str| !owners[..i].iter().any(|o| o.attrs.contains_key(name));
        owners
            .iter()
            .enumerate()
            .flat_map(|(i, owner)| {
                owner
                    .attrs
                    .values()
                    .filter(move |a| a.identifier && nearest(i, &a.name))
            })
            .map(|a| a.name.as_str())
            .min()
            .map(str::to_string)
    }

    /// linkml's primary key is the relational `get_identifier_slot`, and every column when
    /// there is none. We keep that, except where it would name a column the table does not
    /// have, or there is a `key` but no identifier: then the direct identifier or key is the
    /// key, instead of all columns (which linkml produces and no database can use).
    fn primary_key(&self, class_name: &str) -> Option<String> {
        let class = &self.classes[class_name];
        self.relational_identifier(class_name)
            .filter(|pk| class.attrs.contains_key(pk))
            .or_else(|| class.direct_identifier().map(|a| a.name.clone()))
    }

    /// A `key` (not an identifier) of a class that one class of the same schema file holds
    /// inlined in a multivalued slot is unique per parent only: the table's primary key is the
    /// key with the backref column, which becomes NOT NULL. linkml keys such a table by all
    /// its columns; keyed by the key alone, two parents could not hold the same key. The same
    /// file, so that `--no-mergeimports` modules key it as the merged model does (a column
    /// added to an imported class cannot join its primary key). A key that foreign keys
    /// reference stays unique across the table; otherwise too, with a warning.
    fn key_nested_per_parent(&mut self) {
        let file = |class: &str| self.view.get_class(class).map(|c| c.element.name.span.file);
        // A key that foreign keys reference must be unique across the table anyway.
        let referenced: rustc_hash::FxHashSet<(String, String)> = self
            .classes
            .values()
            .flat_map(|c| c.attrs.values().filter_map(|a| a.foreign_key.as_deref().cloned()))
            .collect();
        let mut global = Vec::new();
        for class in self.classes.values_mut() {
            let Some(key) = class.direct_identifier().filter(|a| !a.identifier && a.primary_key) else {
                continue;
            };
            if referenced.contains(&(class.name.clone(), key.name.clone())) {
                continue;
            }
            let backrefs: Vec<&Attr> = class.attrs.values().filter(|a| a.backref).collect();
            match backrefs.as_slice() {
                [backref] if file(backref.range.as_deref().unwrap_or_default()) == file(&class.name) => {
                    let name = backref.name.clone();
                    let attr = class.attrs.get_mut(&name).expect("attribute exists");
                    attr.primary_key = true;
                    attr.required = true;
                }
                [] => {}
                _ => global.push(nested_key_unique_globally(class, &backrefs)),
            }
        }
        self.warnings.extend(global);
    }

    /// The last pass: primary keys, NOT NULL, foreign keys and `<slot>_<pk>` renames.
    fn mark_keys(&mut self, multivalued: &[String]) -> Result<(), Problem> {
        let mut forward_map: OrderedMap<String, String> = OrderedMap::default();
        for class_index in 0..self.classes.len() {
            let pk = self.primary_key(&self.classes[class_index].name);
            let mut todo: std::collections::VecDeque<String> =
                self.classes[class_index].attrs.keys().cloned().collect();
            let mut done: rustc_hash::FxHashSet<String> = Default::default();
            while let Some(attr_name) = todo.pop_front() {
                if done.contains(&attr_name) {
                    continue;
                }
                let attr_index = self.classes[class_index].attrs.get_index_of(&attr_name);
                if let Some(attr_index) = attr_index {
                    if let Some(renamed) =
                        self.mark_attribute(class_index, attr_index, pk.as_deref(), &mut forward_map)?
                    {
                        done.insert(renamed.name);
                        todo.extend(renamed.displaced);
                    }
                }
                done.insert(attr_name);
            }
            let class = &mut self.classes[class_index];
            class
                .unique_keys
                .retain(|_, slots| !slots.iter().any(|s| multivalued.contains(s)));
            for slots in class.unique_keys.values_mut() {
                for slot in slots.iter_mut() {
                    if let Some(renamed) = forward_map.get(slot) {
                        *slot = renamed.clone();
                    }
                }
            }
        }
        Ok(())
    }

    /// Marks the attribute at `attr_index` of the class at `class_index` (positions in the
    /// maps, which spare looking each up by name again).
    fn mark_attribute(
        &mut self,
        class_index: usize,
        attr_index: usize,
        pk: Option<&str>,
        forward_map: &mut OrderedMap<String, String>,
    ) -> Result<Option<Renamed>, Problem> {
        let range = self.classes[class_index].attrs[attr_index].range.as_deref();
        let target = range.and_then(|r| self.classes.get_full(r));
        let target_pk = target.map(|(_, _, t)| t.direct_identifier().map(|a| a.name.clone()));
        // linkml checks the *source* schema's identifier (not key, not injected) for inlining.
        let source_has_identifier = target.is_none_or(|(_, _, t)| t.source_identifier);
        let enum_named_like_join_table =
            target.is_some_and(|(_, name, t)| t.join && self.view.get_enum(name).is_some());
        let target = target.map(|(_, name, _)| name.clone());
        let policy = self.policy;
        let (class_name, class) = self.classes.get_index_mut(class_index).expect("the class exists");
        let (attr_name, attr) = class.attrs.get_index_mut(attr_index).expect("the attribute exists");
        let attr_name = attr_name.as_str();
        attr.primary_key = pk.is_none_or(|pk| pk == attr_name);
        let (Some(target), Some(target_pk)) = (target, target_pk) else {
            return Ok(None);
        };
        if enum_named_like_join_table {
            return Err(Problem::error(
                class_name,
                Some(attr_name),
                format!("the enum `{target}` (the range of `{class_name}.{attr_name}`) and a join table of a multivalued slot have one name, `{target}`"),
                "rename the enum, or give the multivalued slot a `singular_name` (its join table is `<Class>_<singular name>`)",
            ));
        }
        let target_pk = target_pk.ok_or_else(|| {
            Problem::error(
                class_name,
                Some(attr_name),
                format!("slot `{attr_name}` of class `{class_name}` ranges over `{target}`, which has no primary key"),
                "give the range class an `identifier`, or rename what clashes with its name",
            )
        })?;
        let is_inlined = attr.inlined || !source_has_identifier;
        let rename = match policy {
            ForeignKeyPolicy::InjectForNested => is_inlined && !attr.multivalued,
            ForeignKeyPolicy::InjectForAllRefs => true,
            ForeignKeyPolicy::None => false,
        };
        attr.foreign_key = Some(Box::new((target, target_pk.clone())));
        if !rename || attr.backref {
            return Ok(None);
        }
        let (attr_name, mut attr) = class
            .attrs
            .shift_remove_index(attr_index)
            .expect("the attribute exists");
        if !attr.forwardref {
            attr.original_slot = Some(attr_name.clone());
        }
        let name = [attr_name.as_str(), "_", &target_pk].concat();
        attr.name = name.clone();
        forward_map.insert(attr_name.clone(), name.clone());
        let Some(index) = class.attrs.get_index_of(&name) else {
            class.attrs.insert(name.clone(), attr);
            return Ok(Some(Renamed { name, displaced: None }));
        };
        // The column keeps linkml's name, so that its databases keep working; the slot that
        // had the name moves beside it instead of being lost, as it is in linkml.
        let (_, mut other) = class.attrs.shift_remove_index(index).expect("the index is in range");
        let moved = (0..)
            .map(|n| {
                if n == 0 {
                    format!("{name}_value")
                } else {
                    format!("{name}_value{n}")
                }
            })
            .find(|candidate| !class.attrs.contains_key(candidate))
            .expect("a free name");
        other.name = moved.clone();
        forward_map.insert(name.clone(), moved.clone());
        class.attrs.shift_insert(index, name.clone(), attr);
        class.attrs.shift_insert(index + 1, moved.clone(), other);
        self.warnings.push(Problem::warning(
            class_name,
            Some(&name),
            format!(
                "slot `{name}` of class `{class_name}` is stored in the column `{moved}`: its name is the foreign-key column of `{attr_name}` (as linkml names it; linkml loses `{name}`'s column)"
            ),
            &format!("rename one of the two slots, or give `{name}` an `alias:`"),
        ));
        Ok(Some(Renamed {
            name,
            displaced: Some(moved),
        }))
    }

    /// The tables, each built from its class's attributes, which it takes: the attributes
    /// and the columns made of them are never all in memory at once.
    fn build_model(&mut self) -> RelationalModel {
        // What a reference column needs of its target, worked out while every class has its
        // attributes.
        let reference_types: Vec<SqlType> = self
            .classes
            .values()
            .map(|class| self.reference_type(class, 0))
            .collect();
        let mappings: Vec<Vec<Mapping>> = self
            .classes
            .values()
            .map(|class| {
                class
                    .mappings
                    .iter()
                    .map(|m| self.mapping_with_column_names(m))
                    .collect()
            })
            .collect();
        let mut tables = Vec::with_capacity(self.classes.len());
        for (index, mappings) in mappings.into_iter().enumerate() {
            let attrs = std::mem::take(&mut self.classes[index].attrs);
            tables.push(self.table(&self.classes[index], attrs, mappings, &reference_types));
        }
        mark_referenced_columns_unique(&mut tables);
        for table in &mut tables {
            table.settle_mysql_layout();
        }
        let links = self
            .classes
            .values()
            .map(|c| (c.name.as_str(), c.slot_links.as_slice()));
        crate::inverse::pair_inverses(&mut tables, links.collect());
        let id = self.view.id().unwrap_or_default().to_string();
        RelationalModel::new(self.view.name().to_string(), id, tables)
    }

    fn table(
        &self,
        class: &RelClass,
        attrs: OrderedMap<String, Attr>,
        mappings: Vec<Mapping>,
        reference_types: &[SqlType],
    ) -> Table {
        let mut checks = Vec::new();
        let columns: Vec<Column> = attrs
            .into_values()
            .map(|mut attr| {
                let settled = attr.settled.take().map(|s| *s).unwrap_or_default();
                let column = self.column(&mut attr, settled.server_default, reference_types);
                checks.extend(settled.checks.into_iter().map(|(kind, rule)| Check {
                    column: column.name.clone(),
                    kind,
                    rule,
                }));
                column
            })
            .collect();
        let name = fit_identifier(class.table.clone());
        let unique_keys = unique_keys(&name, &columns, &class.unique_keys);
        let mut table = Table {
            class_name: class.name.clone(),
            name,
            is_a: class.is_a.clone(),
            mixins: class.mixins.clone(),
            abstract_: class.abstract_,
            description: class.description.clone(),
            join_table: class.join,
            columns,
            unique_keys,
            mappings,
            renamed_from: class.renamed_from.clone(),
            indexes: class.indexes.iter().map(|(index, _)| index.clone()).collect(),
            inverses: Vec::new(),
            checks,
            mysql: Default::default(),
        };
        // linkml skips an index named like a generated one before it looks at its columns.
        let kept: Vec<String> = table.named_indexes(true).map(|i| i.name.clone()).collect();
        let has_columns = |i: &Index| i.columns.iter().all(|c| table.columns.iter().any(|col| &col.name == c));
        table.indexes.retain(|i| kept.contains(&i.name) || has_columns(i));
        table
    }

    /// linkml fails on a named index over a column its table lacks; here each such column is
    /// an error at its place in the `index` annotation.
    fn check_named_indexes(&self, model: &RelationalModel) -> Result<(), Vec<Problem>> {
        let mut problems = Vec::new();
        for table in &model.tables {
            let Some(class) = self.classes.get(&table.class_name) else {
                continue;
            };
            for (index, spans) in &class.indexes {
                if !table.indexes.contains(index) {
                    continue;
                }
                for (column, span) in index.columns.iter().zip(spans) {
                    if table.column(column).is_none() {
                        problems.push(missing_index_column(table, index, column, *span));
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// The column of `attr`, whose text it takes, with the server default its facts give it;
    /// `reference_types` holds each class's [`Transformer::reference_type`], by class index.
    fn column(&self, attr: &mut Attr, server_default: Option<Literal>, reference_types: &[SqlType]) -> Column {
        let foreign_key = attr.foreign_key.take().map(|target| {
            let (class, column) = *target;
            Box::new(ForeignKey {
                table: fit_identifier(self.classes[&class].table.clone()),
                class,
                column: column_name(&column),
            })
        });
        let range = attr.range.take();
        let target = range.as_deref().and_then(|r| self.classes.get_index_of(r));
        let sql_type = match (target, range.as_deref()) {
            (Some(index), _) => reference_types[index].clone(),
            (None, Some(range)) => self.value_type(range, attr),
            (None, None) => SqlType::Text,
        };
        Column {
            name: column_name(&attr.name),
            attribute: std::mem::take(&mut attr.name),
            sql_type,
            server_default: server_default.map(Box::new),
            primary_key: attr.primary_key,
            nullable: !attr.required,
            autoincrement: attr.autoincrement,
            foreign_key,
            original_slot: attr.original_slot.take(),
            range_class: range.filter(|_| target.is_some()),
            unique: false,
            identifier: attr.identifier,
            key: attr.key,
            description: attr.description.take(),
            renamed_from: attr.renamed_from.as_deref().map(column_name),
            values: attr.values.take(),
        }
    }

    /// A reference column takes the type of the target's key (linkml's `get_sql_range`).
    fn attr_type(&self, attr: &Attr, depth: usize) -> SqlType {
        let Some(range) = attr.range.as_deref() else {
            return SqlType::Text;
        };
        match self.classes.get(range) {
            Some(target) => self.reference_type(target, depth),
            None => self.value_type(range, attr),
        }
    }

    /// The type of a column that references `target`: its key's type, followed through keys
    /// that are references themselves (at most 16 deep), else text.
    fn reference_type(&self, target: &RelClass, depth: usize) -> SqlType {
        let key = target.direct_identifier().or_else(|| {
            let name = self.relational_identifier(&target.name)?;
            target.attrs.get(&name)
        });
        match key {
            Some(key) if depth < 16 => self.attr_type(key, depth + 1),
            _ => SqlType::Text,
        }
    }

    /// The type of an enum or type range; text with the slot's `max_length` is a string of
    /// that length.
    fn value_type(&self, range: &str, attr: &Attr) -> SqlType {
        let sql_type = self.range_types.get(range).cloned().unwrap_or(SqlType::Text);
        match (sql_type, attr.facts.as_ref().and_then(|f| f.max_length)) {
            (SqlType::Text, Some(length)) => SqlType::String(length),
            (other, _) => other,
        }
    }

    /// Works out each attribute's CHECKs and server default from its slot's facts, once its
    /// type is final; returns what they leave out, once per place in the schema: patterns a
    /// database cannot run, `ifabsent` values that are not literals, bad lengths.
    fn settle_constraints(&mut self) -> Vec<Problem> {
        let mut settled = Vec::new();
        let mut issues: Vec<(String, String, Issue)> = Vec::new();
        for class in self.classes.values() {
            for attr in class.attrs.values() {
                let Some(facts) = attr.facts.as_deref() else {
                    continue;
                };
                let sql_type = self.attr_type(attr, 0);
                let mut found = Vec::new();
                let checks = facts.checks(&sql_type, &mut found);
                let server_default = facts.server_default(&sql_type, &mut found);
                found.extend(facts.length_issue());
                settled.push((class.name.clone(), attr.name.clone(), checks, server_default));
                for issue in found {
                    if !issues.iter().any(|(_, _, seen)| seen == &issue) {
                        issues.push((class.name.clone(), attr.name.clone(), issue));
                    }
                }
            }
        }
        for (class, name, checks, server_default) in settled {
            let attr = self.classes[&class].attrs.get_mut(&name).expect("attribute exists");
            attr.settled =
                (!checks.is_empty() || server_default.is_some()).then(|| Box::new(Settled { checks, server_default }));
        }
        issues
            .into_iter()
            .map(|(class, slot, issue)| Problem {
                at: Some(Box::new((issue.span, issue.label.to_string()))),
                note: issue.note,
                kind: Some(issue.kind),
                ..Problem::warning(&class, Some(&slot), issue.message, issue.help)
            })
            .collect()
    }

    fn mapping_with_column_names(&self, mapping: &Mapping) -> Mapping {
        match mapping.clone() {
            Mapping::OneToMany {
                slot,
                target_class,
                backref_column,
            } => Mapping::OneToMany {
                slot,
                target_class,
                backref_column: column_name(&backref_column),
            },
            Mapping::ManyToMany {
                slot,
                target_class,
                join_class,
                source_column,
                target_column,
            } => {
                let join = &self.classes[&join_class];
                let renamed = join
                    .attrs
                    .values()
                    .find(|a| a.forwardref)
                    .map_or(target_column, |a| a.name.clone());
                Mapping::ManyToMany {
                    slot,
                    target_class,
                    join_class,
                    source_column: column_name(&source_column),
                    target_column: column_name(&renamed),
                }
            }
            Mapping::MultivaluedScalar {
                slot,
                join_class,
                value_column,
            } => Mapping::MultivaluedScalar {
                slot,
                join_class,
                value_column: column_name(&value_column),
            },
        }
    }
}

/// linkml's unique keys over the table's columns: keys naming a column the table lacks are
/// left out, as linkml leaves them out, and so are repeats of a key over the same columns and
/// keys over exactly the primary key, which is unique already. Each gets linkml's
/// `<table>_<columns>_idx` index, unless an `ix_` index has that name.
fn unique_keys(table: &str, columns: &[Column], keys: &OrderedMap<String, Vec<String>>) -> Vec<UniqueKey> {
    let mut primary_key: Vec<&str> = columns
        .iter()
        .filter(|c| c.primary_key)
        .map(|c| c.name.as_str())
        .collect();
    primary_key.sort_unstable();
    let mut out: Vec<UniqueKey> = Vec::new();
    for (name, slots) in keys {
        let names: Vec<String> = slots.iter().map(|s| column_name(s)).collect();
        let complete = names.iter().all(|n| columns.iter().any(|c| &c.name == n));
        let mut sorted: Vec<&str> = names.iter().map(String::as_str).collect();
        sorted.sort_unstable();
        if names.is_empty() || !complete || sorted == primary_key || out.iter().any(|k| k.columns == names) {
            continue;
        }
        let index_name = fit_identifier(format!("{table}_{}_idx", names.join("_")));
        let clashes = columns
            .iter()
            .any(|c| c.indexed() && linkml_naming::constraints::index_name(table, &c.name) == index_name);
        out.push(UniqueKey {
            name: name.clone(),
            columns: names,
            index_name: (!clashes).then_some(index_name),
        });
    }
    out
}

/// A foreign key must reference a unique column on PostgreSQL and MariaDB. linkml points
/// foreign keys at the target's first identifier-or-key column, which is not always its whole
/// primary key; such columns are marked unique.
fn mark_referenced_columns_unique(tables: &mut [Table]) {
    let referenced: rustc_hash::FxHashSet<(&str, &str)> = tables
        .iter()
        .flat_map(|t| t.columns.iter().filter_map(|c| c.foreign_key.as_ref()))
        .map(|fk| (fk.class.as_str(), fk.column.as_str()))
        .collect();
    let unique: Vec<Vec<bool>> = tables
        .iter()
        .map(|table| {
            let primary: Vec<&str> = table
                .columns
                .iter()
                .filter(|c| c.primary_key)
                .map(|c| c.name.as_str())
                .collect();
            table
                .columns
                .iter()
                .map(|column| {
                    let own = [column.name.as_str()];
                    // A unique key over just this column already makes it unique, under the same name.
                    let keyed = table.unique_keys.iter().any(|k| k.columns == own);
                    referenced.contains(&(table.class_name.as_str(), column.name.as_str())) && primary != own && !keyed
                })
                .collect()
        })
        .collect();
    for (table, unique) in tables.iter_mut().zip(unique) {
        for (column, unique) in table.columns.iter_mut().zip(unique) {
            column.unique = unique;
        }
    }
}

/// SQLite and MariaDB compare column names (and SQLite table names) without case; linkml
/// writes such clashes and the database rejects them at `create_all`.
fn check_case_insensitive_names(model: &RelationalModel) -> Result<(), Vec<Problem>> {
    const HELP: &str = "rename one of the two, or give the slot an `alias:` (a class: the annotation `__tablename__`)";
    let mut problems = Vec::new();
    for table in &model.tables {
        let columns = table
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.attribute.as_str()))
            .collect();
        for (other, other_origin, name, origin) in clashes(columns) {
            let (class, slot) = owner(model, table, origin);
            problems.push(Problem::error(
                &class,
                slot.as_deref(),
                format!(
                    "table `{}` has columns `{other}` (from {other_origin}) and `{name}` (from {origin}), which databases that ignore case in names cannot tell apart",
                    table.name
                ),
                HELP,
            ));
        }
    }
    let tables = model
        .tables
        .iter()
        .map(|t| (t.name.as_str(), t.class_name.as_str()))
        .collect();
    for (other, other_class, name, class) in clashes(tables) {
        problems.push(Problem::error(
            class,
            None,
            format!("the tables `{other}` (class `{other_class}`) and `{name}` (class `{class}`) differ only in case, which SQLite and some MariaDB setups cannot tell apart"),
            HELP,
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// MariaDB and MySQL cannot index more than 3,072 bytes: the text columns of a wider unique
/// key or index are narrower there, and longer values are refused.
fn narrowed_on_mysql(model: &RelationalModel) -> Vec<Problem> {
    model
        .tables
        .iter()
        .flat_map(|table| {
            table.narrowed_on_mysql().iter().map(move |(columns, length)| {
                Problem::warning(
                    &table.class_name,
                    None,
                    format!(
                        "on MariaDB and MySQL, the text columns of the key over ({}) of table `{}` are VARCHAR({length}), so that its index fits 3,072 bytes: longer values are refused there",
                        columns.join(", "),
                        table.name
                    ),
                    "uniqueness holds on every database; use fewer or shorter columns if values can be longer",
                )
            })
        })
        .collect()
}

/// PostgreSQL keeps enum types and tables in one namespace: an enum type named like a table
/// cannot be created beside it.
fn check_enum_type_names(model: &RelationalModel) -> Result<(), Vec<Problem>> {
    let by_name: HashMap<&str, &Table> = model.tables.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut problems = Vec::new();
    for table in &model.tables {
        for column in &table.columns {
            let SqlType::Enum(enum_type) = &column.sql_type else {
                continue;
            };
            let (name, values) = (&enum_type.name, &enum_type.values);
            let Some(clash) = by_name.get(name.as_str()) else {
                continue;
            };
            if values.is_empty()
                || problems
                    .iter()
                    .any(|p: &Problem| p.message.contains(&format!("`{name}`")))
            {
                continue;
            }
            problems.push(Problem::error(
                &clash.class_name,
                None,
                format!(
                    "the enum `{name}` (the range of `{}.{}`) and the table of class `{}` have one name, `{name}`, which PostgreSQL cannot give both",
                    table.class_name, column.attribute, clash.class_name
                ),
                "rename the enum, or set the class's table name with the annotation `__tablename__`",
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Pairs of (name, origin) whose names are equal but for case: (first, its origin, second, its
/// origin).
fn clashes<'n>(names: Vec<(&'n str, &'n str)>) -> Vec<(&'n str, &'n str, &'n str, &'n str)> {
    // Most sets of names have no such pair: sorting finds that without a map of new strings
    // (by length first, which settles most comparisons; names equal but for case have one).
    let mut sorted: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
    sorted.sort_unstable_by(|a, b| a.len().cmp(&b.len()).then_with(|| lowered(a).cmp(lowered(b))));
    if !sorted.windows(2).any(|pair| pair[0].eq_ignore_ascii_case(pair[1])) {
        return Vec::new();
    }
    let mut seen: HashMap<String, (&str, &str)> = HashMap::default();
    let mut out = Vec::new();
    for (name, origin) in names {
        match seen.get(&name.to_ascii_lowercase()) {
            Some(&(other, other_origin)) => out.push((other, other_origin, name, origin)),
            None => {
                seen.insert(name.to_ascii_lowercase(), (name, origin));
            }
        }
    }
    out
}

/// `name`'s bytes in ASCII lower case.
fn lowered(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes().map(|b| b.to_ascii_lowercase())
}

/// The schema class and slot behind a column: a join table's column belongs to the slot that
/// the join table stores.
fn owner(model: &RelationalModel, table: &Table, attribute: &str) -> (String, Option<String>) {
    if !table.join_table {
        return (table.class_name.clone(), Some(attribute.to_string()));
    }
    model
        .tables
        .iter()
        .flat_map(|t| t.mappings.iter().map(move |m| (t, m)))
        .find(|(_, m)| m.join_class() == Some(table.class_name.as_str()))
        .map_or((table.class_name.clone(), None), |(t, m)| {
            (t.class_name.clone(), Some(m.slot().to_string()))
        })
}

/// linkml's `index` class annotation: index name to the columns it covers (underscored slot
/// names, as linkml's `sql_name`), with the position of each.
fn named_indexes(element: &linkml_load::Element) -> Vec<(Index, Vec<Span>)> {
    let Some(annotation) = element.annotations.get("index") else {
        return Vec::new();
    };
    let linkml_load::yaml::Value::Map(entries) = &annotation.value.value else {
        return Vec::new();
    };
    entries
        .iter()
        .filter_map(|(name, slots)| {
            let name = name.as_scalar()?;
            let linkml_load::yaml::Value::Seq(items) = &slots.value else {
                return None;
            };
            let (columns, spans) = items
                .iter()
                .filter_map(|i| Some((column_name(&linkml_load::pyyaml::scalar_text(i.as_scalar()?)), i.span)))
                .unzip();
            let index = Index {
                name: fit_identifier(linkml_load::pyyaml::scalar_text(name).into()),
                columns,
            };
            Some((index, spans))
        })
        .collect()
}

fn nested_key_unique_globally(class: &RelClass, backrefs: &[&Attr]) -> Problem {
    let holders: Vec<&str> = backrefs.iter().filter_map(|a| a.range.as_deref()).collect();
    let why = match holders.as_slice() {
        [holder] => format!("{holder}, which holds it inlined, is in another schema file"),
        _ => format!("{} hold it inlined", holders.join(" and ")),
    };
    Problem::warning(
        &class.name,
        None,
        format!(
            "the key of class `{}` is unique across its whole table, not per parent: {why}",
            class.name
        ),
        "hold it inlined in one class of its own schema file to key it per parent, or make it an `identifier`",
    )
}

fn missing_index_column(table: &Table, index: &Index, column: &str, span: Span) -> Problem {
    let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    Problem {
        at: Some(Box::new((span, "not a column of the table".to_string()))),
        ..Problem::error(
            &table.class_name,
            None,
            format!(
                "index `{}` of class `{}` names `{column}`, which table `{}` does not have",
                index.name, table.class_name, table.name
            ),
            &format!(
                "name columns of the table ({}); linkml fails on such an index",
                names.join(", ")
            ),
        )
    }
}

/// A slot's value constraints, if it has any; bounds that are not numbers (linkml allows any
/// value) are left out, since neither pydantic nor a CHECK constraint could compare with them.
fn value_constraints(slot: &InducedSlot) -> Option<Arc<ValueConstraints>> {
    let number = |key: &str| {
        slot.get(key)
            .and_then(linkml_derive::Val::number_text)
            .map(str::to_string)
    };
    let values = ValueConstraints {
        minimum: number("minimum_value"),
        maximum: number("maximum_value"),
        pattern: slot.str("pattern").map(str::to_string),
    };
    (values != ValueConstraints::default()).then(|| Arc::new(values))
}

/// The database name of a relational attribute: linkml's underscored alias, fitted to the
/// identifier length every supported database accepts.
fn column_name(attribute: &str) -> String {
    fit_identifier(underscore(attribute))
}
