//! Stage 1 of the pipeline: LinkML schema YAML to a typed [`Schema`] with source spans.

pub mod keys;
mod metamodel_keys;
pub mod model;
pub mod pyyaml;
mod reader;
mod uri;
pub mod yaml;

use linkml_diagnostics::{Diagnostic, Diagnostics, SourceMap, Span};

/// An insertion-ordered map with a fast hasher: declaration order reaches the output, hash order never does.
pub type OrderedMap<K, V> = indexmap::IndexMap<K, V, rustc_hash::FxBuildHasher>;

pub use model::{Annotation, ClassDef, Element, EnumDef, Prop, PropValue, Schema, SlotDef, Text, TypeDef, UniqueKey};

/// Loads one schema file's bytes. Problems go to `diags`; `None` means nothing usable was read.
pub fn load_bytes(map: &mut SourceMap, name: &str, bytes: Vec<u8>, diags: &mut Diagnostics) -> Option<Schema> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            let file = map.add(name, String::from_utf8_lossy(err.as_bytes()).into_owned());
            diags.push(
                Diagnostic::error("the file is not valid UTF-8")
                    .at(
                        Span {
                            file,
                            start: at,
                            end: at + 1,
                        },
                        "this byte is not UTF-8",
                    )
                    .help("save the schema as UTF-8 (most editors offer this under 'encoding')"),
            );
            return None;
        }
    };
    load_str(map, name, text, diags)
}

pub fn load_str(map: &mut SourceMap, name: &str, text: String, diags: &mut Diagnostics) -> Option<Schema> {
    let is_blank = text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    let file = map.add(name, text);
    let text = map.text(file);
    if is_blank {
        diags.push(
            Diagnostic::error("the schema file is empty")
                .at(Span { file, start: 0, end: 0 }, "nothing to read")
                .help("a schema needs at least `id:` and `name:`"),
        );
        return None;
    }
    let mut parse_diags = Diagnostics::new();
    if let Some(root) = yaml::parse(file, text, &mut parse_diags) {
        diags.extend(parse_diags);
        return reader::Reader { diags }.schema(file, &root);
    }
    let Some((patched, lines)) = yaml::indent_quoted_continuations(text) else {
        diags.extend(parse_diags);
        return None;
    };
    let file = map.add(name, patched);
    let text = map.text(file);
    let mut start = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if lines.contains(&index) {
            let end = start + line.trim_end().len();
            diags.push(
                Diagnostic::warning("a quoted value's continuation line is not indented past its key")
                    .at(
                        Span { file, start, end },
                        "read as Python linkml (PyYAML) reads it; YAML 1.2 refuses it",
                    )
                    .help("indent the line more than the key it belongs to"),
            );
        }
        start += line.len();
    }
    let root = yaml::parse(file, text, diags)?;
    reader::Reader { diags }.schema(file, &root)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> (Option<Schema>, Diagnostics) {
        let mut map = SourceMap::new();
        let mut diags = Diagnostics::new();
        let schema = load_str(&mut map, "t.yaml", text.to_string(), &mut diags);
        (schema, diags)
    }

    #[test]
    fn reads_elements_in_order() {
        let (schema, diags) = load(
            "id: https://x.org/s\nname: s\nclasses:\n  B:\n    is_a: A\n    mixins: M\n  A:\n    attributes:\n      x:\n        multivalued: true\n",
        );
        assert!(!diags.has_errors(), "{diags:?}");
        let schema = schema.unwrap();
        assert_eq!(schema.classes.keys().collect::<Vec<_>>(), ["B", "A"]);
        assert_eq!(schema.classes["B"].element.str("is_a"), Some("A"));
        assert_eq!(schema.classes["B"].element.list("mixins")[0].value, "M");
        assert_eq!(schema.classes["A"].attributes["x"].flag("multivalued"), Some(true));
    }

    #[test]
    fn reads_permissible_value_forms() {
        let (schema, _) = load("id: x\nname: s\nenums:\n  E:\n    permissible_values:\n      A:\n      B: {description: b}\n  F:\n    permissible_values: [X, {text: Y}]\n");
        let schema = schema.unwrap();
        assert_eq!(
            schema.enums["E"].permissible_values.keys().collect::<Vec<_>>(),
            ["A", "B"]
        );
        assert_eq!(
            schema.enums["F"].permissible_values.keys().collect::<Vec<_>>(),
            ["X", "Y"]
        );
    }

    #[test]
    fn reads_annotation_and_prefix_forms() {
        let (schema, _) = load("id: x\nname: s\nprefixes:\n  a: http://a/\n  b: {prefix_prefix: b, prefix_reference: http://b/}\nannotations:\n  t1: v1\n  t2: {tag: t2, value: v2}\n");
        let schema = schema.unwrap();
        assert_eq!(schema.prefixes["b"].value, "http://b/");
        assert_eq!(schema.element.annotation_text("t2"), Some("v2"));
        assert_eq!(schema.element.annotation_text("t1"), Some("v1"));
    }

    #[test]
    fn rejects_wrong_value_types_and_warns_on_unknown_keys() {
        let (_, diags) = load("id: x\nname: s\nslots:\n  a:\n    multivalued: maybe\n    rnage: string\n");
        let messages: Vec<_> = diags.items().iter().map(|d| d.message.clone()).collect();
        assert!(
            messages.iter().any(|m| m.contains("must be true or false")),
            "{messages:?}"
        );
        assert!(diags
            .items()
            .iter()
            .any(|d| d.help.as_deref() == Some("did you mean `range`?")));
    }

    #[test]
    fn requires_an_id_and_names_the_schema_after_it() {
        let (schema, diags) = load("classes: {}\n");
        assert!(schema.is_none());
        assert_eq!(diags.items().len(), 1);
        // As linkml's generators: the end of the id, after `/` or `#`.
        let (schema, diags) = load("id: https://example.org/schemas/core#v2\n");
        assert_eq!(schema.expect("loads").name(), "v2", "{diags:?}");
        let (schema, _) = load("id: https://example.org/schemas/core\n");
        assert_eq!(schema.expect("loads").name(), "core");
    }

    #[test]
    fn reads_every_form_of_an_inlined_collection_as_linkml_does() {
        let (schema, diags) = load(
            "id: https://example.org/t\nslots: [x, y]\nclasses:\n  P:\n    attributes:\n      - file_content: {range: integer}\n      - plain\n      - z: hello\n      - {name: w, range: date}\n  Q:\n    attributes: {name: only, range: integer}\nenums:\n  E:\n    permissible_values: [A, {text: B}, C: described]\n",
        );
        assert!(!diags.has_errors(), "{diags:?}");
        let schema = schema.expect("loads");
        assert_eq!(schema.slots.keys().collect::<Vec<_>>(), ["x", "y"]);
        let p = &schema.classes["P"];
        assert_eq!(
            p.attributes.keys().collect::<Vec<_>>(),
            ["file_content", "plain", "z", "w"]
        );
        assert_eq!(p.attributes["file_content"].str("range"), Some("integer"));
        assert_eq!(p.attributes["w"].str("range"), Some("date"));
        assert_eq!(schema.classes["Q"].attributes.keys().collect::<Vec<_>>(), ["only"]);
        let e = &schema.enums["E"];
        assert_eq!(e.permissible_values.keys().collect::<Vec<_>>(), ["A", "B", "C"]);
        assert_eq!(e.permissible_values["C"].str("description"), Some("described"));
    }

    #[test]
    fn refuses_duplicates_and_keys_that_name_another_entry() {
        let (_, diags) = load("id: https://example.org/t\nslots: [x, x]\n");
        assert!(
            diags.items().iter().any(|d| d.message.contains("defined twice")),
            "{diags:?}"
        );
        let (_, diags) = load("id: https://example.org/t\nslots:\n  x:\n    name: y\n");
        assert!(
            diags
                .items()
                .iter()
                .any(|d| d.message.contains("does not match the key")),
            "{diags:?}"
        );
        let (_, diags) =
            load("id: https://example.org/t\nenums:\n  E:\n    permissible_values:\n      null:\n      ~:\n");
        assert!(
            diags.items().iter().any(|d| d.message.contains("duplicate key")),
            "{diags:?}"
        );
    }

    #[test]
    fn text_fields_hold_what_python_linkml_stores() {
        let (schema, diags) = load(
            "id: https://example.org/t\nclasses:\n  P:\n    description: 1.10\n    comments:\n      - Form 1: a mapping\n    aliases: [0x1F, '0x1F']\n",
        );
        let p = &schema.expect("loads").classes["P"].element;
        assert_eq!(p.str("description"), Some("1.1"));
        assert_eq!(p.list("comments")[0].value, "{'Form 1': 'a mapping'}");
        let aliases: Vec<&str> = p.list("aliases").iter().map(|t| t.value.as_str()).collect();
        assert_eq!(aliases, ["31", "0x1F"]);
        assert_eq!(diags.items().len(), 3, "one warning per changed value: {diags:?}");
    }

    #[test]
    fn rejects_empty_and_non_mapping_files() {
        assert!(load("# nothing\n").1.has_errors());
        assert!(load("- a\n- b\n").1.has_errors());
    }

    #[test]
    fn rejects_non_utf8() {
        let mut map = SourceMap::new();
        let mut diags = Diagnostics::new();
        assert!(load_bytes(&mut map, "t.yaml", b"id: \xff\n".to_vec(), &mut diags).is_none());
        assert!(diags.has_errors());
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_arbitrary_text(text in "\\PC*") {
            let _ = load(&text);
        }

        #[test]
        fn never_panics_on_yaml_like_text(text in "[a-z:{}\\[\\],\\-'\"&*!|> \n#]{0,80}") {
            let _ = load(&text);
        }
    }
}
