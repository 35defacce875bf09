//! Source files, byte spans and diagnostics shared by every stage of the pipeline.
//!
//! Every stage reports problems into a [`Diagnostics`] collection instead of stopping at the
//! first one, so a user sees all of them in one run.

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(usize);

/// A byte range in one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: usize,
    pub end: usize,
}

/// A 1-based line and column, for messages that do not render a snippet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// All source texts read during one run, so that any stage can point into them.
#[derive(Default)]
pub struct SourceMap {
    files: SimpleFiles<String, String>,
}

impl SourceMap {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        FileId(self.files.add(name.into(), text.into()))
    }

    pub fn name(&self, file: FileId) -> &str {
        self.files.get(file.0).map(|f| f.name().as_str()).unwrap_or("<unknown>")
    }

    pub fn text(&self, file: FileId) -> &str {
        self.files.get(file.0).map(|f| f.source().as_str()).unwrap_or("")
    }

    /// The 1-based line and column (in characters) where `span` starts.
    pub fn position(&self, span: Span) -> Position {
        let text = self.text(span.file);
        let before = &text[..span.start.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    /// Something left out that needs no change; never an error, even with `--strict`.
    Note,
}

/// One problem, with where it is and how to fix it.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub span: Option<Span>,
    pub label: String,
    pub related: Vec<(Span, String)>,
    pub help: Option<String>,
    /// What the diagnostic is about, for callers that treat one kind differently: a kind
    /// such as `unknown-range`, and the name it concerns.
    pub about: Option<(&'static str, String)>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Self::new(Severity::Error, message.into())
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, message.into())
    }

    pub fn note(message: impl Into<String>) -> Self {
        Self::new(Severity::Note, message.into())
    }

    fn new(severity: Severity, message: String) -> Self {
        Diagnostic {
            severity,
            message,
            span: None,
            label: String::new(),
            related: Vec::new(),
            help: None,
            about: None,
        }
    }

    /// Points the diagnostic at `span`, with a short label under the snippet.
    pub fn at(mut self, span: Span, label: impl Into<String>) -> Self {
        self.span = Some(span);
        self.label = label.into();
        self
    }

    pub fn related(mut self, span: Span, label: impl Into<String>) -> Self {
        self.related.push((span, label.into()));
        self
    }

    /// Marks what the diagnostic is about (see [`Diagnostic::about`]).
    pub fn about(mut self, kind: &'static str, name: impl Into<String>) -> Self {
        self.about = Some((kind, name.into()));
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    fn to_codespan(&self, map: &SourceMap) -> CsDiagnostic<usize> {
        let base = match self.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
            Severity::Note => CsDiagnostic::note(),
        };
        let mut labels = Vec::new();
        if let Some(span) = self.span {
            labels.push(Label::primary(span.file.0, span.start..span.end).with_message(&self.label));
        }
        for (span, label) in &self.related {
            labels.push(Label::secondary(span.file.0, span.start..span.end).with_message(label));
        }
        let mut notes = Vec::new();
        if let Some(help) = &self.help {
            notes.push(format!("help: {help}"));
        }
        let message = match self.span {
            Some(span) => {
                let pos = map.position(span);
                format!("{}:{}:{}: {}", map.name(span.file), pos.line, pos.column, self.message)
            }
            None => self.message.clone(),
        };
        base.with_message(message).with_labels(labels).with_notes(notes)
    }

    /// Renders the diagnostic with a source snippet, as plain text.
    pub fn render(&self, map: &SourceMap) -> String {
        let config = term::Config::default();
        term::emit_into_string(&config, &map.files, &self.to_codespan(map))
            .unwrap_or_else(|_| format!("{}\n", self.message))
    }
}

/// The problems found so far in a run, in the order they were found.
#[derive(Default, Debug)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Turns every warning into an error, for `--strict`.
    pub fn make_strict(&mut self) {
        for item in self.items.iter_mut().filter(|i| i.severity == Severity::Warning) {
            item.severity = Severity::Error;
        }
    }

    pub fn render(&self, map: &SourceMap) -> String {
        self.items.iter().map(|d| d.render(map)).collect()
    }
}

/// Renders `items` in order, each once. Warnings of one kind (see [`Diagnostic::about`])
/// between the same files are grouped unless `verbose`: the first in full, then one note that
/// names the others.
pub fn render_grouped(items: &[&Diagnostic], map: &SourceMap, verbose: bool) -> Vec<String> {
    type Key = (&'static str, Option<FileId>, Vec<FileId>);
    let key = |d: &Diagnostic| -> Option<Key> {
        let (kind, _) = d.about.as_ref()?;
        let related = d.related.iter().map(|(span, _)| span.file).collect();
        (d.severity != Severity::Error && !verbose).then(|| (*kind, d.span.map(|s| s.file), related))
    };
    let mut groups: Vec<(Option<Key>, Vec<&Diagnostic>)> = Vec::new();
    for item in items {
        let item_key = key(item);
        match groups.iter_mut().find(|(k, _)| item_key.is_some() && *k == item_key) {
            Some((_, members)) => members.push(item),
            None => groups.push((item_key, vec![item])),
        }
    }
    groups
        .into_iter()
        .map(|(_, members)| {
            let mut text = members[0].render(map);
            if let [_, rest @ ..] = members.as_slice() {
                if !rest.is_empty() {
                    text.push_str(&group_note(rest, map));
                }
            }
            text
        })
        .collect()
}

/// The note after the first warning of a group: how many more, where, and which names.
fn group_note(rest: &[&Diagnostic], map: &SourceMap) -> String {
    const SHOWN: usize = 12;
    let names: Vec<String> = rest
        .iter()
        .filter_map(|d| d.about.as_ref().map(|(_, name)| format!("`{name}`")))
        .collect();
    let more = if names.len() > SHOWN {
        format!(" and {} more", names.len() - SHOWN)
    } else {
        String::new()
    };
    let mut files: Vec<&str> = rest[0].span.iter().map(|s| map.name(s.file)).collect();
    files.extend(rest[0].related.iter().map(|(s, _)| map.name(s.file)));
    files.dedup();
    format!(
        "note: {} more like this in {}: {}{more} (--verbose shows each)\n\n",
        rest.len(),
        files.join(" and "),
        names[..names.len().min(SHOWN)].join(", "),
    )
}

/// Case-aware edit distance, used for "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The closest candidate to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (edit_distance(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        assert_eq!(
            did_you_mean("multivalue", ["multivalued", "range"]),
            Some("multivalued")
        );
        assert_eq!(did_you_mean("zzz", ["multivalued", "range"]), None);
    }

    #[test]
    fn renders_position_and_help() {
        let mut map = SourceMap::new();
        let file = map.add("s.yaml", "a: 1\nbb: 2\n");
        let d = Diagnostic::error("bad key")
            .at(Span { file, start: 5, end: 7 }, "here")
            .help("fix it");
        let out = d.render(&map);
        assert!(out.contains("s.yaml:2:1: bad key"), "{out}");
        assert!(out.contains("help: fix it"), "{out}");
    }
}
