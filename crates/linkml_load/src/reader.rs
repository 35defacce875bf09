//! Reads a YAML node tree into the typed [`Schema`] model, reporting every problem found.

use crate::OrderedMap;
use linkml_diagnostics::{did_you_mean, Diagnostic, Diagnostics, FileId, Span};

use crate::keys::{Kind, Shape};
use crate::model::{Annotation, ClassDef, Element, EnumDef, Prop, PropValue, Schema, Text, UniqueKey};
use crate::yaml::{yaml11_difference, Node, Scalar, Value};

pub struct Reader<'d> {
    pub diags: &'d mut Diagnostics,
}

/// Keys whose values the reader turns into nested elements instead of plain properties.
fn nested_keys(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Schema => &["classes", "slots", "enums", "types", "subsets", "prefixes", "imports"],
        Kind::Class => &["attributes", "slot_usage", "unique_keys"],
        Kind::Enum => &["permissible_values"],
        _ => &[],
    }
}

impl Reader<'_> {
    fn error(&mut self, diagnostic: Diagnostic) {
        self.diags.push(diagnostic);
    }

    pub fn schema(&mut self, file: FileId, root: &Node) -> Option<Schema> {
        let Value::Map(entries) = &root.value else {
            self.error(
                Diagnostic::error(format!("the top level of a schema must be a mapping, not {}", root.kind_name()))
                    .at(root.span, "expected `id:`, `name:`, `classes:` and so on here")
                    .help("a LinkML schema starts with keys such as `id: https://example.org/my-schema` and `name: my_schema`"),
            );
            return None;
        };
        self.warn_yaml11(root);
        let placeholder = Text {
            value: String::new(),
            span: Span { file, start: 0, end: 0 },
        };
        let mut element = self.element(Kind::Schema, placeholder, root, entries);
        let id = self.required_text(&element, "id", root.span);
        let name = self.required_text(&element, "name", root.span);
        let (Some(id), Some(name)) = (id, name) else {
            return None;
        };
        element.name = name;
        let mut schema = Schema {
            file,
            element,
            id,
            prefixes: OrderedMap::default(),
            imports: Vec::new(),
            classes: OrderedMap::default(),
            slots: OrderedMap::default(),
            enums: OrderedMap::default(),
            types: OrderedMap::default(),
            subsets: OrderedMap::default(),
        };
        for (key, value) in entries {
            self.schema_section(&mut schema, key_text(key).as_str(), value);
        }
        Some(schema)
    }

    fn schema_section(&mut self, schema: &mut Schema, key: &str, value: &Node) {
        match key {
            "classes" => schema.classes = self.named_map(value, Kind::Class, |r, name, node| r.class(name, node)),
            "slots" => {
                schema.slots = self.named_map(value, Kind::Slot, |r, name, node| r.plain(Kind::Slot, name, node))
            }
            "enums" => schema.enums = self.named_map(value, Kind::Enum, |r, name, node| r.enumeration(name, node)),
            "types" => {
                schema.types = self.named_map(value, Kind::Type, |r, name, node| r.plain(Kind::Type, name, node))
            }
            "subsets" => {
                schema.subsets = self.named_map(value, Kind::Subset, |r, name, node| r.plain(Kind::Subset, name, node))
            }
            "prefixes" => schema.prefixes = self.prefixes(value),
            "imports" => schema.imports = self.text_list(value),
            _ => {}
        }
    }

    fn required_text(&mut self, element: &Element, key: &str, at: Span) -> Option<Text> {
        let text = element.text(key);
        if text.is_none() {
            let (article, example) = if key == "id" {
                ("an", "id: https://example.org/my-schema")
            } else {
                ("a", "name: my_schema")
            };
            self.error(
                Diagnostic::error(format!("the schema has no `{key}`"))
                    .at(Span { end: at.start, ..at }, format!("add `{key}:` at the top level"))
                    .help(format!(
                        "every LinkML schema needs {article} `{key}`, for example `{example}`"
                    )),
            );
        }
        text
    }

    /// Reads `{name: body}` or `[{name: .., ...}]` into elements keyed by name, in order.
    fn named_map<T>(
        &mut self,
        node: &Node,
        kind: Kind,
        mut read: impl FnMut(&mut Self, Text, &Node) -> T,
    ) -> OrderedMap<String, T> {
        let mut out = OrderedMap::default();
        for (name, body) in self.named_entries(node, kind) {
            let value = read(self, name.clone(), body);
            out.insert(name.value, value);
        }
        out
    }

    fn named_entries<'n>(&mut self, node: &'n Node, kind: Kind) -> Vec<(Text, &'n Node)> {
        match &node.value {
            Value::Map(entries) => entries.iter().map(|(k, v)| (key_text(k), v)).collect(),
            Value::Seq(items) => items
                .iter()
                .filter_map(|item| self.named_list_item(item, kind))
                .collect(),
            Value::Scalar(s) if s.is_null() => Vec::new(),
            Value::Scalar(_) => {
                self.expected(node, &format!("a mapping of {} names to definitions", kind.noun()));
                Vec::new()
            }
        }
    }

    fn named_list_item<'n>(&mut self, item: &'n Node, kind: Kind) -> Option<(Text, &'n Node)> {
        let name_key = kind.list_key();
        if let Value::Map(entries) = &item.value {
            if let Some((_, name)) = entries.iter().find(|(k, _)| key_text(k).value == name_key) {
                return self.scalar_text(name).map(|n| (n, item));
            }
        }
        if kind == Kind::PermissibleValue {
            return self.scalar_text(item).map(|text| (text, item));
        }
        self.expected(item, &format!("a {} with a `{name_key}` key", kind.noun()));
        None
    }

    fn plain(&mut self, kind: Kind, name: Text, node: &Node) -> Element {
        match &node.value {
            Value::Map(entries) => self.element(kind, name, node, entries),
            Value::Scalar(s) if s.is_null() => Element::new(name, node.span),
            _ => {
                self.expected(node, &format!("a mapping with the {}'s fields", kind.noun()));
                Element::new(name, node.span)
            }
        }
    }

    fn class(&mut self, name: Text, node: &Node) -> ClassDef {
        let element = self.plain(Kind::Class, name, node);
        let mut class = ClassDef {
            element,
            attributes: OrderedMap::default(),
            slot_usage: OrderedMap::default(),
            unique_keys: OrderedMap::default(),
        };
        for (key, value) in map_entries(node) {
            match key_text(key).as_str() {
                "attributes" => {
                    class.attributes = self.named_map(value, Kind::Slot, |r, n, v| r.plain(Kind::Slot, n, v))
                }
                "slot_usage" => {
                    class.slot_usage = self.named_map(value, Kind::Slot, |r, n, v| r.plain(Kind::Slot, n, v))
                }
                "unique_keys" => class.unique_keys = self.named_map(value, Kind::UniqueKey, Self::unique_key),
                _ => {}
            }
        }
        class
    }

    fn unique_key(&mut self, name: Text, node: &Node) -> UniqueKey {
        let element = self.plain(Kind::UniqueKey, name.clone(), node);
        UniqueKey {
            name,
            slots: element.list("unique_key_slots").to_vec(),
        }
    }

    fn enumeration(&mut self, name: Text, node: &Node) -> EnumDef {
        let element = self.plain(Kind::Enum, name, node);
        let mut permissible_values = OrderedMap::default();
        if let Some((_, pvs)) = map_entries(node)
            .iter()
            .find(|(k, _)| key_text(k).value == "permissible_values")
        {
            permissible_values = self.named_map(pvs, Kind::PermissibleValue, Self::permissible_value);
        }
        EnumDef {
            element,
            permissible_values,
        }
    }

    /// `A:` (null), `A: {description: ..}`, `A: some description`, or a list item.
    fn permissible_value(&mut self, text: Text, node: &Node) -> Element {
        match &node.value {
            Value::Scalar(s) if !s.is_null() && s.text != text.value => {
                let mut element = Element::new(text, node.span);
                let value = PropValue::Text(s.text.clone());
                element
                    .props
                    .insert("description".into(), Prop { value, span: node.span });
                element
            }
            Value::Scalar(_) => Element::new(text, node.span),
            _ => self.plain(Kind::PermissibleValue, text, node),
        }
    }

    fn prefixes(&mut self, node: &Node) -> OrderedMap<String, Text> {
        let mut out = OrderedMap::default();
        for (prefix, body) in self.named_entries(node, Kind::Prefix) {
            let reference = match &body.value {
                Value::Map(entries) => entries
                    .iter()
                    .find(|(k, _)| key_text(k).value == "prefix_reference")
                    .and_then(|(_, v)| self.scalar_text(v)),
                _ => self.scalar_text(body),
            };
            if let Some(reference) = reference {
                out.insert(prefix.value, reference);
            }
        }
        out
    }

    /// Reads a mapping's keys into an element's properties, checking each key and value shape.
    fn element(&mut self, kind: Kind, name: Text, node: &Node, entries: &[(Node, Node)]) -> Element {
        let mut element = Element::new(name, node.span);
        for (key, value) in entries {
            let key = key_text(key);
            match kind.shape(&key.value) {
                None => self.unknown_key(kind, &key),
                Some(_) if key.value == "annotations" => element.annotations = self.annotations(value),
                Some(_) if nested_keys(kind).contains(&key.value.as_str()) => {}
                Some(shape) => {
                    if let Some(prop) = self.prop(shape, &key, value) {
                        element.props.insert(key.value, prop);
                    }
                }
            }
        }
        element
    }

    fn prop(&mut self, shape: Shape, key: &Text, node: &Node) -> Option<Prop> {
        if node.is_null() {
            return None;
        }
        let value = match shape {
            Shape::Bool => PropValue::Bool(self.boolean(key, node)?),
            Shape::Text => PropValue::Text(self.scalar_text(node)?.value),
            Shape::TextList => PropValue::List(self.text_list(node)),
            Shape::Any => PropValue::Node(node.clone()),
        };
        Some(Prop { value, span: node.span })
    }

    fn boolean(&mut self, key: &Text, node: &Node) -> Option<bool> {
        let value = node.as_scalar().and_then(linkml_bool);
        if value.is_none() {
            let shown = node
                .as_scalar()
                .map_or_else(|| node.kind_name().to_string(), |s| format!("`{}`", s.text));
            self.error(
                Diagnostic::error(format!("`{}` must be true or false, not {shown}", key.value))
                    .at(node.span, "expected true or false")
                    .help(format!("write `{}: true` or `{}: false`", key.value, key.value)),
            );
        }
        value
    }

    fn annotations(&mut self, node: &Node) -> OrderedMap<String, Annotation> {
        let mut out = OrderedMap::default();
        for (tag, body) in self.named_entries(node, Kind::Annotation) {
            let expanded = map_entries(body).iter().find(|(k, _)| key_text(k).value == "value");
            let value = expanded.map_or_else(|| body.clone(), |(_, v)| v.clone());
            out.insert(tag.value.clone(), Annotation { tag, value });
        }
        out
    }

    fn text_list(&mut self, node: &Node) -> Vec<Text> {
        match &node.value {
            Value::Seq(items) => items.iter().filter_map(|item| self.scalar_text(item)).collect(),
            Value::Scalar(s) if s.is_null() => Vec::new(),
            _ => self.scalar_text(node).into_iter().collect(),
        }
    }

    fn scalar_text(&mut self, node: &Node) -> Option<Text> {
        match node.as_scalar() {
            Some(s) if !s.is_null() => Some(Text {
                value: s.text.clone(),
                span: node.span,
            }),
            Some(_) => None,
            None => {
                self.expected(node, "a single value");
                None
            }
        }
    }

    fn expected(&mut self, node: &Node, what: &str) {
        self.error(
            Diagnostic::error(format!("expected {what}, found {}", node.kind_name()))
                .at(node.span, format!("expected {what}"))
                .help("see https://linkml.io/linkml-model/latest/docs/ for the shape of each field"),
        );
    }

    fn unknown_key(&mut self, kind: Kind, key: &Text) {
        let names = kind.keys().iter().map(|(k, _)| *k);
        let mut diagnostic = Diagnostic::warning(format!(
            "`{}` is not a {} field of the LinkML metamodel",
            key.value,
            kind.noun()
        ))
        .at(key.span, "unknown key, ignored");
        diagnostic = match did_you_mean(&key.value, names) {
            Some(suggestion) => diagnostic.help(format!("did you mean `{suggestion}`?")),
            None => diagnostic.help("remove it, or record it under `annotations:`"),
        };
        self.diags.push(diagnostic);
    }

    /// Warns about every plain scalar that PyYAML (YAML 1.1) would read differently.
    fn warn_yaml11(&mut self, node: &Node) {
        match &node.value {
            Value::Scalar(s) => {
                if let Some(reading) = yaml11_difference(s) {
                    self.diags.push(
                        Diagnostic::warning(format!("`{}` reads differently in YAML 1.1", s.text))
                            .at(node.span, format!("Python linkml (YAML 1.1) reads this as {reading}"))
                            .help(format!(
                                "quote it (\"{}\") if you mean the text, or write the value explicitly",
                                s.text
                            )),
                    );
                }
            }
            Value::Seq(items) => items.iter().for_each(|item| self.warn_yaml11(item)),
            Value::Map(entries) => entries.iter().for_each(|(k, v)| {
                self.warn_yaml11(k);
                self.warn_yaml11(v);
            }),
        }
    }
}

/// A boolean as Python linkml reads it: a YAML 1.1 boolean, or linkml's `Bool` of the text
/// (`true...`/`True...` or `1`, `false...`/`False...` or `0`, quoted or not).
fn linkml_bool(scalar: &Scalar) -> Option<bool> {
    let text = scalar.text.as_str();
    scalar.as_yaml11_bool().or_else(|| {
        if text.starts_with("true") || text.starts_with("True") || text == "1" {
            Some(true)
        } else if text.starts_with("false") || text.starts_with("False") || text == "0" {
            Some(false)
        } else {
            None
        }
    })
}

fn map_entries(node: &Node) -> &[(Node, Node)] {
    match &node.value {
        Value::Map(entries) => entries,
        _ => &[],
    }
}

fn key_text(key: &Node) -> Text {
    let value = key.as_scalar().map_or_else(String::new, |s| s.text.clone());
    Text { value, span: key.span }
}
