//! The loaded schema: every element with its source spans, in declaration order.
//!
//! Elements keep their metamodel fields in a generic, typed property map. Stages after loading
//! read them through accessors, and SchemaView-style inheritance can walk any field uniformly.

use crate::OrderedMap;
use linkml_diagnostics::{FileId, Span};

use crate::yaml::Node;

/// A string with the span it was read from.
#[derive(Clone, Debug)]
pub struct Text {
    pub value: String,
    pub span: Span,
}

impl Text {
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

#[derive(Clone, Debug)]
pub enum PropValue {
    Bool(bool),
    Text(String),
    List(Vec<Text>),
    /// A structured value (expressions, examples, ...) kept as read.
    Node(Node),
}

#[derive(Clone, Debug)]
pub struct Prop {
    pub value: PropValue,
    pub span: Span,
}

/// An annotation value, from either `tag: value` or `{tag: .., value: ..}`.
#[derive(Clone, Debug)]
pub struct Annotation {
    pub tag: Text,
    pub value: Node,
}

/// Any named schema element: the fields common to classes, slots, enums, types and the rest.
#[derive(Clone, Debug)]
pub struct Element {
    pub name: Text,
    pub span: Span,
    pub props: OrderedMap<String, Prop>,
    pub annotations: OrderedMap<String, Annotation>,
}

impl Element {
    pub fn new(name: Text, span: Span) -> Self {
        Element {
            name,
            span,
            props: OrderedMap::default(),
            annotations: OrderedMap::default(),
        }
    }

    pub fn name(&self) -> &str {
        &self.name.value
    }

    pub fn prop(&self, key: &str) -> Option<&Prop> {
        self.props.get(key)
    }

    /// A boolean field; `None` when unset.
    pub fn flag(&self, key: &str) -> Option<bool> {
        match self.prop(key)?.value {
            PropValue::Bool(b) => Some(b),
            _ => None,
        }
    }

    pub fn is(&self, key: &str) -> bool {
        self.flag(key).unwrap_or(false)
    }

    pub fn text(&self, key: &str) -> Option<Text> {
        let prop = self.prop(key)?;
        match &prop.value {
            PropValue::Text(value) => Some(Text {
                value: value.clone(),
                span: prop.span,
            }),
            _ => None,
        }
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        match &self.prop(key)?.value {
            PropValue::Text(value) => Some(value),
            _ => None,
        }
    }

    pub fn list(&self, key: &str) -> &[Text] {
        match self.prop(key).map(|p| &p.value) {
            Some(PropValue::List(items)) => items,
            _ => &[],
        }
    }

    pub fn annotation_text(&self, tag: &str) -> Option<&str> {
        self.annotations.get(tag)?.value.as_scalar().map(|s| s.text.as_str())
    }
}

pub type SlotDef = Element;
pub type TypeDef = Element;

#[derive(Clone, Debug)]
pub struct ClassDef {
    pub element: Element,
    pub attributes: OrderedMap<String, SlotDef>,
    pub slot_usage: OrderedMap<String, SlotDef>,
    pub unique_keys: OrderedMap<String, UniqueKey>,
}

#[derive(Clone, Debug)]
pub struct UniqueKey {
    pub name: Text,
    pub slots: Vec<Text>,
}

#[derive(Clone, Debug)]
pub struct EnumDef {
    pub element: Element,
    pub permissible_values: OrderedMap<String, Element>,
}

/// One schema file, as written (imports not yet followed).
#[derive(Clone, Debug)]
pub struct Schema {
    pub file: FileId,
    pub element: Element,
    pub id: Text,
    pub prefixes: OrderedMap<String, Text>,
    pub imports: Vec<Text>,
    pub classes: OrderedMap<String, ClassDef>,
    pub slots: OrderedMap<String, SlotDef>,
    pub enums: OrderedMap<String, EnumDef>,
    pub types: OrderedMap<String, TypeDef>,
    pub subsets: OrderedMap<String, Element>,
}

impl Schema {
    pub fn name(&self) -> &str {
        self.element.name()
    }

    pub fn default_range(&self) -> Option<&str> {
        self.element.str("default_range")
    }

    pub fn id(&self) -> Option<&str> {
        self.element.str("id")
    }
}
