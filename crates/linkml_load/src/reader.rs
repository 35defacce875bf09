//! Reads a YAML node tree into the typed [`Schema`] model, reporting every problem found.

use crate::OrderedMap;
use linkml_diagnostics::{did_you_mean, Diagnostic, Diagnostics, FileId, Span};

use crate::keys::{Check, Kind, Shape};
use crate::model::{Annotation, ClassDef, Element, EnumDef, Prop, PropValue, Schema, Text, UniqueKey};
use crate::pyyaml;
use crate::yaml::{Node, Scalar, Value};

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
        let placeholder = Text {
            value: String::new(),
            span: Span { file, start: 0, end: 0 },
        };
        let mut element = self.element(Kind::Schema, placeholder, root, entries);
        let id = self.required_text(&element, "id", root.span)?;
        let name = match element.text("name") {
            Some(name) => name,
            None => {
                let name = name_from_id(&id);
                self.check(Check::NcName, "name", &name.value, name.span);
                name
            }
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

    /// Reads an inlined collection into elements keyed by name, in order. Duplicate names are
    /// an error, as in linkml.
    fn named_map<T>(
        &mut self,
        node: &Node,
        kind: Kind,
        mut read: impl FnMut(&mut Self, Text, Option<&Node>) -> T,
    ) -> OrderedMap<String, T> {
        let mut out = OrderedMap::default();
        let mut spans: OrderedMap<String, Span> = OrderedMap::default();
        for (name, body) in self.named_entries(node, kind) {
            if let Some(first) = spans.get(&name.value) {
                self.error(
                    Diagnostic::error(format!("{} `{}` is defined twice", kind.noun(), name.value))
                        .at(name.span, "defined again here")
                        .related(*first, "first defined here")
                        .help("linkml refuses duplicate keys; merge the two entries into one"),
                );
                continue;
            }
            spans.insert(name.value.clone(), name.span);
            let value = read(self, name.clone(), body);
            out.insert(name.value, value);
        }
        out
    }

    /// The entries of an inlined collection, in every form linkml-runtime's
    /// `_normalize_inlined` reads: `{name: {fields}}`, `{name: value}` (the kind's value
    /// field), `{name: }`, one entry written as its fields (`{name: x, range: ..}`), and lists
    /// of names, of `name: {fields}` or `name: value` items, and of field mappings.
    fn named_entries<'n>(&mut self, node: &'n Node, kind: Kind) -> Vec<(Text, Option<&'n Node>)> {
        let key_name = kind.list_key();
        match &node.value {
            Value::Map(entries) => {
                let vanilla = entries
                    .iter()
                    .find(|(k, v)| key_text(k).value == key_name && v.as_scalar().is_some_and(|s| !s.is_null()));
                match vanilla {
                    Some((_, name)) => self.scalar_text(name).map(|n| (n, Some(node))).into_iter().collect(),
                    None => entries.iter().map(|(k, v)| (self.name_key(k), Some(v))).collect(),
                }
            }
            Value::Seq(items) => items.iter().filter_map(|item| self.list_entry(item, kind)).collect(),
            Value::Scalar(s) if s.is_null() => Vec::new(),
            Value::Scalar(_) => self.scalar_text(node).map(|n| (n, None)).into_iter().collect(),
        }
    }

    /// One item of a collection written as a list.
    fn list_entry<'n>(&mut self, item: &'n Node, kind: Kind) -> Option<(Text, Option<&'n Node>)> {
        let key_name = kind.list_key();
        match &item.value {
            Value::Map(entries) if entries.len() == 1 => {
                let (key, value) = &entries[0];
                if key_text(key).value == key_name && !matches!(value.value, Value::Map(_)) {
                    return self.scalar_text(value).map(|n| (n, None));
                }
                if let Value::Seq(_) = value.value {
                    self.expected(value, &format!("the {}'s fields, as a mapping", kind.noun()));
                    return None;
                }
                Some((self.name_key(key), Some(value)))
            }
            Value::Map(entries) => match entries.iter().find(|(k, _)| key_text(k).value == key_name) {
                Some((_, name)) => self.scalar_text(name).map(|n| (n, Some(item))),
                None => {
                    self.expected(item, &format!("a {} with a `{key_name}` key", kind.noun()));
                    None
                }
            },
            Value::Seq(_) => {
                self.expected(item, &format!("a {} name or mapping", kind.noun()));
                None
            }
            Value::Scalar(s) if s.is_null() => {
                self.expected(item, &format!("a {} name", kind.noun()));
                None
            }
            Value::Scalar(_) => self.scalar_text(item).map(|n| (n, None)),
        }
    }

    /// An element from its body: its fields, nothing, or the value of linkml's `name: value`
    /// shorthand (the kind's value field).
    fn plain(&mut self, kind: Kind, name: Text, body: Option<&Node>) -> Element {
        let Some(node) = body.filter(|b| !b.is_null()) else {
            let span = body.map_or(name.span, |b| b.span);
            return Element::new(name, span);
        };
        match &node.value {
            Value::Map(entries) => {
                let element = self.element(kind, name, node, entries);
                self.check_key_field(kind, &element);
                element
            }
            _ => {
                let mut element = Element::new(name, node.span);
                let field = kind.value_field();
                let shape = kind.shape(field).unwrap_or(Shape::Any);
                let key = Text {
                    value: field.to_string(),
                    span: node.span,
                };
                if let Some(prop) = self.checked_prop(kind, shape, &key, node) {
                    element.props.insert(field.to_string(), prop);
                }
                element
            }
        }
    }

    /// linkml refuses an entry whose key field names another entry than its key.
    fn check_key_field(&mut self, kind: Kind, element: &Element) {
        let Some(written) = element.text(kind.list_key()) else {
            return;
        };
        if written.value != element.name.value {
            self.error(
                Diagnostic::error(format!(
                    "`{}: {}` does not match the key `{}`",
                    kind.list_key(),
                    written.value,
                    element.name.value
                ))
                .at(written.span, "another name than the entry's key")
                .related(element.name.span, "the key")
                .help(format!("remove `{}:`, or make it the same as the key", kind.list_key())),
            );
        }
    }

    fn class(&mut self, name: Text, body: Option<&Node>) -> ClassDef {
        let element = self.plain(Kind::Class, name, body);
        let mut class = ClassDef {
            element,
            attributes: OrderedMap::default(),
            slot_usage: OrderedMap::default(),
            unique_keys: OrderedMap::default(),
        };
        for (key, value) in body.map_or(&[][..], map_entries) {
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

    fn unique_key(&mut self, name: Text, body: Option<&Node>) -> UniqueKey {
        let element = self.plain(Kind::UniqueKey, name.clone(), body);
        UniqueKey {
            name,
            slots: element.list("unique_key_slots").to_vec(),
        }
    }

    fn enumeration(&mut self, name: Text, body: Option<&Node>) -> EnumDef {
        let element = self.plain(Kind::Enum, name, body);
        let mut permissible_values = OrderedMap::default();
        if let Some((_, pvs)) = body
            .map_or(&[][..], map_entries)
            .iter()
            .find(|(k, _)| key_text(k).value == "permissible_values")
        {
            permissible_values = self.named_map(pvs, Kind::PermissibleValue, |r, n, v| {
                r.plain(Kind::PermissibleValue, n, v)
            });
        }
        EnumDef {
            element,
            permissible_values,
        }
    }

    fn prefixes(&mut self, node: &Node) -> OrderedMap<String, Text> {
        let mut out = OrderedMap::default();
        for (prefix, body) in self.named_entries(node, Kind::Prefix) {
            if let Some(reference) = self.plain(Kind::Prefix, prefix.clone(), body).text("prefix_reference") {
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
                    if let Some(prop) = self.checked_prop(kind, shape, &key, value) {
                        element.props.insert(key.value, prop);
                    }
                }
            }
        }
        element
    }

    /// A field's value, with the check linkml-runtime makes on it (an error where it raises).
    fn checked_prop(&mut self, kind: Kind, shape: Shape, key: &Text, node: &Node) -> Option<Prop> {
        let prop = self.prop(shape, key, node)?;
        if let Some(check) = kind.check(&key.value) {
            let texts: Vec<(String, Span)> = match &prop.value {
                PropValue::Text(text) => vec![(text.clone(), prop.span)],
                PropValue::List(items) => items.iter().map(|t| (t.value.clone(), t.span)).collect(),
                _ => Vec::new(),
            };
            for (text, span) in texts {
                self.check(check, &key.value, &text, span);
            }
        }
        Some(prop)
    }

    fn check(&mut self, check: Check, field: &str, text: &str, span: Span) {
        if let Err(what) = check.accepts(text) {
            self.error(
                Diagnostic::error(format!("`{field}` is not {what}: `{text}`"))
                    .at(span, format!("linkml refuses this: not {what}"))
                    .help(match check {
                        Check::NcName => "use letters, digits, `_`, `-` and `.`, starting with a letter or `_`",
                        _ => "percent-encode spaces and other characters URIs cannot hold (a space is %20), or fix the prefix",
                    }),
            );
        }
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
            let Some(body) = body else {
                continue;
            };
            let fields = map_entries(body);
            let unknown = fields
                .iter()
                .find(|(k, _)| Kind::Annotation.shape(&key_text(k).value).is_none());
            if let (Some((key, _)), Value::Map(_)) = (unknown, &body.value) {
                self.error(
                    Diagnostic::error(format!(
                        "annotation `{}` is a mapping with `{}`, which an annotation does not have",
                        tag.value,
                        key_text(key).value
                    ))
                    .at(
                        key.span,
                        "linkml reads this mapping as the annotation's fields, and fails",
                    )
                    .help("put a structured value under `value:`, as in `index: {tag: index, value: {...}}`"),
                );
                continue;
            }
            let expanded = fields.iter().find(|(k, _)| key_text(k).value == "value");
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

    /// The text linkml stores for a field that holds one string: the scalar as PyYAML reads it
    /// and Python's `str()` writes it, or the `repr` of a mapping or list.
    fn scalar_text(&mut self, node: &Node) -> Option<Text> {
        let value = match &node.value {
            Value::Scalar(s) if s.is_null() => return None,
            Value::Scalar(s) => self.as_linkml_reads(s, node.span),
            _ => {
                let value = pyyaml::node_repr(node);
                self.diags.push(
                    Diagnostic::warning(format!("{} where linkml expects one value", node.kind_name()))
                        .at(
                            node.span,
                            format!("linkml reads this as the text `{}`", shorten(&value)),
                        )
                        .help("quote the value if it is text (YAML reads `Form 1: ...` in a list as a mapping)"),
                );
                value
            }
        };
        Some(Text { value, span: node.span })
    }

    /// A key that names an element, as linkml reads it.
    fn name_key(&mut self, key: &Node) -> Text {
        match key.as_scalar() {
            Some(s) => Text {
                value: self.as_linkml_reads(s, key.span),
                span: key.span,
            },
            None => self.scalar_text(key).unwrap_or_else(|| key_text(key)),
        }
    }

    /// A scalar's text as linkml stores it; a warning where that differs from the written text.
    fn as_linkml_reads(&mut self, scalar: &Scalar, span: Span) -> String {
        let text = pyyaml::scalar_text(scalar);
        if text != scalar.text {
            self.diags.push(
                Diagnostic::warning(format!("`{}` is read as `{text}`", scalar.text))
                    .at(span, format!("Python linkml (YAML 1.1) reads this as `{text}`"))
                    .help(format!("quote it (\"{}\") to keep the text as written", scalar.text)),
            );
        }
        text.into_owned()
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
        let mut diagnostic = Diagnostic::error(format!(
            "`{}` is not a {} field of the LinkML metamodel",
            key.value,
            kind.noun()
        ))
        .at(key.span, "unknown key: linkml refuses it");
        diagnostic = match did_you_mean(&key.value, names) {
            Some(suggestion) => diagnostic.help(format!("did you mean `{suggestion}`?")),
            None => diagnostic.help("remove it, or record it under `annotations:`"),
        };
        self.diags.push(diagnostic);
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
    let value = key
        .as_scalar()
        .map_or_else(String::new, |s| pyyaml::scalar_text(s).into_owned());
    Text { value, span: key.span }
}

/// linkml's generators name a schema without `name:` after the end of its `id`.
fn name_from_id(id: &Text) -> Text {
    let value = id
        .value
        .replace('#', "/")
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string();
    Text { value, span: id.span }
}

/// A long text cut for a label.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text.to_string(),
    }
}
