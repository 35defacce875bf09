//! YAML 1.2 text to a tree of nodes that keep their byte spans and key order.
//!
//! We build our own tree from parser events (rather than a map type) so that duplicate keys,
//! scalar styles and positions all survive for diagnostics.

use std::collections::HashMap;

use linkml_diagnostics::{Diagnostic, Diagnostics, FileId, Span};
use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError};

#[derive(Clone, Debug)]
pub struct Node {
    pub value: Value,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Value {
    Scalar(Scalar),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Clone, Debug)]
pub struct Scalar {
    pub text: String,
    /// Plain (unquoted, untagged) scalars are the only ones YAML resolves to null, bool or number.
    pub plain: bool,
}

impl Node {
    pub fn as_scalar(&self) -> Option<&Scalar> {
        match &self.value {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        self.as_scalar().is_some_and(Scalar::is_null)
    }

    pub fn kind_name(&self) -> &'static str {
        match &self.value {
            Value::Scalar(s) if s.is_null() => "null",
            Value::Scalar(_) => "a scalar",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

impl Scalar {
    pub fn is_null(&self) -> bool {
        self.plain && matches!(self.text.as_str(), "" | "~" | "null" | "Null" | "NULL")
    }

    /// The YAML 1.2 core-schema boolean, if the scalar is one.
    pub fn as_bool(&self) -> Option<bool> {
        if !self.plain {
            return None;
        }
        match self.text.as_str() {
            "true" | "True" | "TRUE" => Some(true),
            "false" | "False" | "FALSE" => Some(false),
            _ => None,
        }
    }

    /// The boolean that YAML 1.1 (PyYAML, hence Python linkml) would read, if any.
    pub fn as_yaml11_bool(&self) -> Option<bool> {
        if !self.plain {
            return None;
        }
        match self.text.as_str() {
            "yes" | "Yes" | "YES" | "on" | "On" | "ON" => Some(true),
            "no" | "No" | "NO" | "off" | "Off" | "OFF" => Some(false),
            _ => self.as_bool(),
        }
    }
}

/// Parses one YAML document. Returns `None` (with diagnostics) when there is no usable tree.
pub fn parse(file: FileId, text: &str, diags: &mut Diagnostics) -> Option<Node> {
    let offsets = CharOffsets::new(text);
    let mut builder = TreeBuilder {
        file,
        offsets,
        anchors: HashMap::new(),
        diags,
    };
    match builder.document(Parser::new_from_str(text)) {
        Ok(node) => node,
        Err(err) => {
            builder.scan_error(&err);
            None
        }
    }
}

/// saphyr's message for a quoted scalar's continuation line that is not indented past its key.
const QUOTED_INDENT: &str = "invalid indentation in quoted scalar";

/// PyYAML reads a quoted scalar whose continuation lines are not indented past its key (YAML
/// 1.2 forbids it). The text with those lines indented past the key, which changes no value
/// (a quoted scalar folds its lines' leading spaces), and the lines patched (0-based); `None`
/// if the text has no such scalar or fails otherwise.
pub fn indent_quoted_continuations(text: &str) -> Option<(String, Vec<usize>)> {
    let mut text = text.to_string();
    let mut patched: Vec<usize> = Vec::new();
    for _ in 0..10_000 {
        let Some(err) = first_scan_error(&text) else {
            return (!patched.is_empty()).then_some((text, patched));
        };
        if err.info() != QUOTED_INDENT {
            return None;
        }
        // saphyr points at the scalar's opening quote.
        let quote_at = text.char_indices().nth(err.marker().index())?.0;
        let first_line = text[..quote_at].matches('\n').count();
        let last_line = first_line + text[quote_at..quote_end(&text, quote_at)?].matches('\n').count();
        let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
        let key_indent = indentation(&lines[first_line]);
        let mut changed = false;
        for (index, line) in lines.iter_mut().enumerate().take(last_line + 1).skip(first_line + 1) {
            let indent = indentation(line);
            if indent <= key_indent && !line.trim().is_empty() {
                line.insert_str(0, &" ".repeat(key_indent + 2 - indent));
                patched.push(index);
                changed = true;
            }
        }
        if !changed {
            return None;
        }
        text = lines.concat();
    }
    None
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The byte offset just past the quoted scalar that opens at `at`.
fn quote_end(text: &str, at: usize) -> Option<usize> {
    let quote = text[at..].chars().next()?;
    let mut chars = text[at + 1..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            '\'' if quote == '\'' && chars.peek().is_some_and(|(_, n)| *n == '\'') => {
                chars.next();
            }
            c if c == quote => return Some(at + 1 + offset + 1),
            _ => {}
        }
    }
    None
}

fn first_scan_error(text: &str) -> Option<ScanError> {
    let mut parser = Parser::new_from_str(text);
    while let Some(event) = parser.next_event() {
        if let Err(err) = event {
            return Some(err);
        }
    }
    None
}

/// saphyr reports character indexes; spans are byte offsets.
struct CharOffsets {
    bytes: Option<Vec<usize>>,
    len: usize,
}

impl CharOffsets {
    fn new(text: &str) -> Self {
        let bytes = (!text.is_ascii()).then(|| {
            text.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .collect()
        });
        CharOffsets { bytes, len: text.len() }
    }

    fn byte(&self, marker: &Marker) -> usize {
        match &self.bytes {
            Some(bytes) => bytes.get(marker.index()).copied().unwrap_or(self.len),
            None => marker.index().min(self.len),
        }
    }
}

struct TreeBuilder<'d> {
    file: FileId,
    offsets: CharOffsets,
    anchors: HashMap<usize, Node>,
    diags: &'d mut Diagnostics,
}

type Events<'a> = Parser<'a, saphyr_parser::StrInput<'a>>;

impl TreeBuilder<'_> {
    fn span(&self, start: &Marker, end: &Marker) -> Span {
        Span {
            file: self.file,
            start: self.offsets.byte(start),
            end: self.offsets.byte(end),
        }
    }

    fn scan_error(&mut self, err: &ScanError) {
        let at = self.offsets.byte(err.marker());
        let span = Span {
            file: self.file,
            start: at,
            end: at,
        };
        self.diags.push(
            Diagnostic::error(format!("malformed YAML: {}", err.info()))
                .at(span, "the YAML parser stopped here")
                .help("check the indentation and quoting around this line"),
        );
    }

    fn document(&mut self, mut events: Events<'_>) -> Result<Option<Node>, ScanError> {
        let mut root = None;
        while let Some(event) = events.next_event() {
            let (event, span) = event?;
            match event {
                Event::DocumentStart(_) if root.is_some() => {
                    let at = self.span(&span.start, &span.end);
                    self.diags.push(
                        Diagnostic::error("a schema file must hold exactly one YAML document")
                            .at(at, "a second document starts here")
                            .help("remove the `---` separator, or split the documents into files"),
                    );
                    return Ok(None);
                }
                Event::DocumentStart(_) => root = Some(self.node(&mut events)?),
                _ => {}
            }
        }
        Ok(root)
    }

    fn node(&mut self, events: &mut Events<'_>) -> Result<Node, ScanError> {
        loop {
            let Some(next) = events.next_event() else {
                return Err(ScanError::new(Marker::new(0, 1, 0), "unexpected end of input".into()));
            };
            let (event, span) = next?;
            let node = match event {
                Event::Scalar(text, style, anchor, tag) => {
                    let plain = style == ScalarStyle::Plain && tag.is_none();
                    let node = Node {
                        value: Value::Scalar(Scalar {
                            text: text.into_owned(),
                            plain,
                        }),
                        span: self.span(&span.start, &span.end),
                    };
                    self.remember(anchor, node)
                }
                Event::SequenceStart(anchor, _) => {
                    let node = self.sequence(events, &span.start)?;
                    self.remember(anchor, node)
                }
                Event::MappingStart(anchor, _) => {
                    let node = self.mapping(events, &span.start)?;
                    self.remember(anchor, node)
                }
                Event::Alias(id) => self.alias(id, self.span(&span.start, &span.end)),
                _ => continue,
            };
            return Ok(node);
        }
    }

    fn remember(&mut self, anchor: usize, node: Node) -> Node {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        node
    }

    fn alias(&mut self, id: usize, span: Span) -> Node {
        self.anchors.get(&id).cloned().map_or_else(
            || Node {
                value: Value::Scalar(Scalar {
                    text: String::new(),
                    plain: true,
                }),
                span,
            },
            |node| Node { span, ..node },
        )
    }

    fn sequence(&mut self, events: &mut Events<'_>, start: &Marker) -> Result<Node, ScanError> {
        let mut items = Vec::new();
        loop {
            if let Some(Ok((Event::SequenceEnd, end))) = events.peek() {
                let span = self.span(start, &end.end);
                events.next_event();
                return Ok(Node {
                    value: Value::Seq(items),
                    span,
                });
            }
            items.push(self.node(events)?);
        }
    }

    fn mapping(&mut self, events: &mut Events<'_>, start: &Marker) -> Result<Node, ScanError> {
        let mut entries: Vec<(Node, Node)> = Vec::new();
        let mut seen: rustc_hash::FxHashMap<String, usize> = Default::default();
        loop {
            if let Some(Ok((Event::MappingEnd, end))) = events.peek() {
                let span = self.span(start, &end.end);
                events.next_event();
                return Ok(Node {
                    value: Value::Map(entries),
                    span,
                });
            }
            let key = self.node(events)?;
            let value = self.node(events)?;
            // Keys are compared as PyYAML constructs them: `null` and `~`, or `1` and `1.0`, are one key.
            let identity = key.as_scalar().map(|s| crate::pyyaml::resolve(s).identity());
            if let Some(&first) = identity.as_ref().and_then(|t| seen.get(t)) {
                self.duplicate_key(&entries[first].0, &key);
                continue;
            }
            if let Some(identity) = identity {
                seen.insert(identity, entries.len());
            }
            entries.push((key, value));
        }
    }

    fn duplicate_key(&mut self, first: &Node, again: &Node) {
        let name = first.as_scalar().map_or("", |s| s.text.as_str());
        self.diags.push(
            Diagnostic::error(format!("duplicate key `{name}`"))
                .at(again.span, "defined again here")
                .related(first.span, "first defined here")
                .help("YAML keeps only one of them; merge the two entries into one"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use linkml_diagnostics::SourceMap;

    fn parse_str(text: &str) -> (Option<Node>, Diagnostics) {
        let mut map = SourceMap::new();
        let file = map.add("t.yaml", text);
        let mut diags = Diagnostics::new();
        (parse(file, text, &mut diags), diags)
    }

    #[test]
    fn keeps_order_and_spans() {
        let (node, diags) = parse_str("b: 1\na: é\nc: [x, y]\n");
        assert!(diags.items().is_empty());
        let Value::Map(entries) = node.unwrap().value else {
            panic!("not a map")
        };
        let keys: Vec<_> = entries
            .iter()
            .map(|(k, _)| k.as_scalar().unwrap().text.clone())
            .collect();
        assert_eq!(keys, ["b", "a", "c"]);
        assert_eq!(entries[2].0.span.start, 11, "byte offset after a two-byte character");
    }

    #[test]
    fn reports_duplicate_keys() {
        let (_, diags) = parse_str("a: 1\na: 2\n");
        assert!(diags.has_errors());
    }

    #[test]
    fn reports_malformed_yaml() {
        let (node, diags) = parse_str("a: [1, 2\n");
        assert!(node.is_none());
        assert!(diags.has_errors());
    }
}
