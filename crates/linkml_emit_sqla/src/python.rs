//! Python source building blocks: string literals, and statements laid out as `ruff format`
//! lays them out (88 columns; a call splits after its last opening bracket, or the whole
//! right-hand side goes in parentheses when even that first line is too long).

use std::borrow::Cow;
use std::collections::BTreeSet;

pub const LINE_LENGTH: usize = 88;

/// The bytes a string literal holds as they are: printable ASCII but quotes and backslash (a
/// table, since descriptions make up much of a module and each byte is checked).
const UNESCAPED_BYTES: [bool; 256] = {
    let mut unescaped = [false; 256];
    let mut b = 0;
    while b < 256 {
        unescaped[b] = matches!(b as u8, b' '..=b'~') && !matches!(b as u8, b'"' | b'\'' | b'\\');
        b += 1;
    }
    unescaped
};

/// A Python string literal, quoted as ruff prefers: double quotes unless that needs more
/// escapes than single quotes.
pub fn string(value: &str) -> String {
    // Most strings need no escapes at all.
    if value.bytes().all(|b| UNESCAPED_BYTES[usize::from(b)]) {
        let mut out = String::with_capacity(value.len() + 2);
        push_all(&mut out, &["\"", value, "\""]);
        return out;
    }
    // ruff keeps double quotes unless single ones need fewer escapes.
    let count = |q: char| value.chars().filter(|&c| c == q).count();
    let preferred = if count('"') > count('\'') { '\'' } else { '"' };
    linkml_naming::python_string_literal(value, preferred)
}

/// Text of an expression: most is fixed (`True`, `Text()`, `mapped_column`), so it is
/// borrowed rather than allocated per column.
pub type Text = Cow<'static, str>;

/// An expression that may need to wrap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    /// Text that stays whole, with its width: measured once, since a split measures its parts
    /// again and descriptions can be long.
    Atom(Text, usize),
    Call {
        callee: Text,
        args: Vec<Expr>,
    },
    /// A dict display, `{"key": value}`; the entries are [`Expr::Prefixed`] by their keys.
    Dict(Vec<Expr>),
    /// Text in front of an expression that stays on its line: `name=` or `lambda x_: `.
    Prefixed(Text, Box<Expr>),
    /// A method called on a call, `Enum(..).with_variant(..)`.
    Chained {
        receiver: Box<Expr>,
        method: String,
        args: Vec<Expr>,
    },
}

impl Expr {
    pub fn atom(text: impl Into<Text>) -> Self {
        let text = text.into();
        let width = width(&text);
        Expr::Atom(text, width)
    }

    pub fn call(callee: impl Into<Text>, args: Vec<Expr>) -> Self {
        Expr::Call {
            callee: callee.into(),
            args,
        }
    }

    /// `{"key": value, ..}` with string keys.
    pub fn dict(entries: Vec<(&str, Expr)>) -> Self {
        Expr::Dict(
            entries
                .into_iter()
                .map(|(key, value)| Expr::prefixed(format!("{}: ", string(key)), value))
                .collect(),
        )
    }

    pub fn keyword(name: &str, value: Expr) -> Self {
        let mut prefix = String::with_capacity(name.len() + 1);
        prefix.push_str(name);
        prefix.push('=');
        Expr::Prefixed(prefix.into(), Box::new(value))
    }

    pub fn prefixed(prefix: impl Into<Text>, value: Expr) -> Self {
        Expr::Prefixed(prefix.into(), Box::new(value))
    }

    /// What the expression is, for comparing shapes: the callee, `dict`, or the text.
    pub fn head(&self) -> &str {
        match self {
            Expr::Atom(text, _) => text,
            Expr::Call { callee, .. } => callee,
            Expr::Dict(_) => "dict",
            Expr::Prefixed(_, value) => value.head(),
            Expr::Chained { receiver, .. } => receiver.head(),
        }
    }

    /// The expression on one line.
    pub fn flat(&self) -> String {
        let mut out = String::with_capacity(self.flat_width());
        self.write_flat(&mut out);
        out
    }

    fn write_flat(&self, out: &mut String) {
        let items = |out: &mut String, args: &[Expr], (open, close): (char, char)| {
            out.push(open);
            for (i, arg) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                arg.write_flat(out);
            }
            out.push(close);
        };
        let arguments = |out: &mut String, args: &[Expr]| items(out, args, ('(', ')'));
        match self {
            Expr::Atom(text, _) => out.push_str(text),
            Expr::Call { callee, args } => {
                out.push_str(callee);
                arguments(out, args);
            }
            Expr::Dict(entries) => items(out, entries, ('{', '}')),
            Expr::Prefixed(prefix, value) => {
                out.push_str(prefix);
                value.write_flat(out);
            }
            Expr::Chained { receiver, method, args } => {
                receiver.write_flat(out);
                out.push('.');
                out.push_str(method);
                arguments(out, args);
            }
        }
    }

    /// The width of [`Expr::flat`], without building it.
    fn flat_width(&self) -> usize {
        let arguments =
            |args: &[Expr]| 2 + args.iter().map(Expr::flat_width).sum::<usize>() + 2 * args.len().saturating_sub(1);
        match self {
            Expr::Atom(_, width) => *width,
            Expr::Call { callee, args } => width(callee) + arguments(args),
            Expr::Dict(entries) => arguments(entries),
            Expr::Prefixed(prefix, value) => width(prefix) + value.flat_width(),
            Expr::Chained { receiver, method, args } => receiver.flat_width() + 1 + width(method) + arguments(args),
        }
    }
}

/// The width of `text` in characters, as a line length counts it.
pub(crate) fn width(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// `indent` spaces.
fn pad(indent: usize) -> &'static str {
    const SPACES: &str = "                                                                ";
    &SPACES[..indent.min(SPACES.len())]
}

/// Appends `parts` to `out`, in order.
pub(crate) fn push_all(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
}

/// Writes `head` + `expr` + `tail` at `indent` spaces as ruff formats it.
pub fn write_statement(out: &mut String, indent: usize, head: &str, expr: &Expr, tail: &str) {
    write_measured(out, indent, head, (expr, expr.flat_width()), tail);
}

/// [`write_statement`] for an expression whose flat width is known: each level of a split
/// passes its parts' widths down instead of measuring them again.
fn write_measured(out: &mut String, indent: usize, head: &str, (expr, expr_width): (&Expr, usize), tail: &str) {
    let pad = pad(indent);
    if indent + width(head) + expr_width + width(tail) <= LINE_LENGTH {
        write_line(out, pad, head, expr, tail);
        return;
    }
    match expr {
        Expr::Prefixed(prefix, value) => {
            let value_width = expr_width - width(prefix);
            write_measured(out, indent, &[head, prefix].concat(), (value, value_width), tail);
        }
        // ruff splits the method's arguments when the line up to them fits, else the receiver's.
        Expr::Chained { receiver, method, args } => {
            let callee = format!("{}.{method}", receiver.flat());
            if width(pad) + width(head) + width(&callee) < LINE_LENGTH {
                write_statement(out, indent, head, &Expr::call(callee, args.clone()), tail);
            } else {
                let suffix = Expr::call(format!(".{method}"), args.clone()).flat();
                write_statement(out, indent, head, receiver, &format!("{suffix}{tail}"));
            }
        }
        Expr::Dict(entries) if !entries.is_empty() => {
            push_all(out, &[pad, head, "{\n"]);
            if entries.len() > 1 {
                // ruff splits a collection one element per line, with a trailing comma.
                for entry in entries {
                    write_statement(out, indent + 4, "", entry, ",");
                }
            } else {
                write_arguments(out, indent + 4, entries);
            }
            push_all(out, &[pad, "}", tail, "\n"]);
        }
        Expr::Call { callee, args } if !args.is_empty() && width(pad) + width(head) + width(callee) < LINE_LENGTH => {
            write_split_call(out, indent, head, callee, args, tail);
        }
        // ruff wraps the value in parentheses, except a call that would still split after an
        // assignment target without brackets or `|`: that splits at its own bracket instead.
        _ if !head.is_empty()
            && width(pad) + width(head) < LINE_LENGTH
            && !(matches!(expr, Expr::Call { .. })
                && head.ends_with(" = ")
                && !head.contains(['[', '|'])
                && indent + 4 + expr_width > LINE_LENGTH) =>
        {
            push_all(out, &[pad, head, "(\n"]);
            write_measured(out, indent + 4, "", (expr, expr_width), "");
            push_all(out, &[pad, ")", tail, "\n"]);
        }
        Expr::Call { callee, args } if !args.is_empty() => write_split_call(out, indent, head, callee, args, tail),
        _ => write_line(out, pad, head, expr, tail),
    }
}

/// `head` + `expr` + `tail` on one line after `pad`.
fn write_line(out: &mut String, pad: &str, head: &str, expr: &Expr, tail: &str) {
    push_all(out, &[pad, head]);
    expr.write_flat(out);
    push_all(out, &[tail, "\n"]);
}

/// `head callee(`, the arguments on their own lines, then `)tail`.
fn write_split_call(out: &mut String, indent: usize, head: &str, callee: &str, args: &[Expr], tail: &str) {
    let pad = pad(indent);
    push_all(out, &[pad, head, callee, "(\n"]);
    write_arguments(out, indent + 4, args);
    push_all(out, &[pad, ")", tail, "\n"]);
}

/// The inside of a split call: on one line if it fits, otherwise one argument per line with a
/// trailing comma (a single argument is split in turn instead).
fn write_arguments(out: &mut String, indent: usize, args: &[Expr]) {
    if let [only] = args {
        write_statement(out, indent, "", only, "");
        return;
    }
    let widths: Vec<usize> = args.iter().map(Expr::flat_width).collect();
    let joined_width = widths.iter().sum::<usize>() + 2 * args.len().saturating_sub(1);
    if indent + joined_width <= LINE_LENGTH {
        out.push_str(pad(indent));
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            arg.write_flat(out);
        }
        out.push('\n');
        return;
    }
    for measured in args.iter().zip(widths) {
        write_measured(out, indent, "", measured, ",");
    }
}

/// An annotated class attribute, `name: annotation = value`. When even `name: annotation = (`
/// is too long, ruff splits the annotation's brackets and continues with `] = value`.
pub fn write_annotated(out: &mut String, name: &str, annotation: &str, value: &Expr) {
    let mut head = String::with_capacity(name.len() + annotation.len() + 5);
    push_all(&mut head, &[name, ": ", annotation, " = "]);
    let value_width = value.flat_width();
    let fits_before_value = 4 + width(&head) < LINE_LENGTH;
    let flat_fits = 4 + width(&head) + value_width <= LINE_LENGTH;
    if !flat_fits && !fits_before_value && !annotation.contains('[') && annotation.contains(" | ") {
        // ruff puts a union annotation that does not fit in parentheses of its own.
        push_all(out, &["    ", name, ": (\n        ", annotation, "\n"]);
        write_measured(out, 4, ") = ", (value, value_width), "");
        return;
    }
    if flat_fits {
        write_line(out, "    ", &head, value, "");
        return;
    }
    if fits_before_value || !annotation.contains('[') {
        write_measured(out, 4, &head, (value, value_width), "");
        return;
    }
    push_all(out, &["    ", name, ": "]);
    open_subscript(out, 4, annotation);
    write_measured(out, 4, "] = ", (value, value_width), "");
}

/// Writes `outer[`, then the inside on its own lines (split further if needed); the caller
/// writes the closing `]`.
fn open_subscript(out: &mut String, indent: usize, annotation: &str) {
    let (outer, inner) = annotation.split_once('[').unwrap_or((annotation, "]"));
    let inner = inner.strip_suffix(']').unwrap_or(inner);
    let pad = " ".repeat(indent + 4);
    out.push_str(&format!("{outer}[\n{pad}"));
    if indent + 4 + width(inner) > LINE_LENGTH && inner.contains('[') {
        open_subscript(out, indent + 4, inner);
        out.push_str(&format!("{pad}]\n"));
    } else {
        out.push_str(&format!("{inner}\n"));
    }
}

/// `class Name(Base):`, split as ruff does when it is too long.
pub fn class_header(name: &str, base: &str) -> String {
    let line = ["class ", name, "(", base, "):\n"].concat();
    if width(&line) - 1 <= LINE_LENGTH {
        line
    } else {
        format!("class {name}(\n    {base}\n):\n")
    }
}

/// `from module import a, b`, sorted as isort (constants, classes, functions), wrapped when long.
pub fn write_import(out: &mut String, module: &str, names: &BTreeSet<&str>) {
    let mut sorted: Vec<&str> = names.iter().copied().collect();
    // isort's order by type: CONSTANTS, then Classes, then functions.
    let kind = |n: &str| match n.chars().next() {
        Some(c) if c.is_uppercase() && n.len() > 1 && n == n.to_uppercase() => 0,
        Some(c) if c.is_uppercase() => 1,
        _ => 2,
    };
    sorted.sort_by_key(|n| (kind(n), *n));
    let line = format!("from {module} import {}", sorted.join(", "));
    if line.len() <= LINE_LENGTH {
        out.push_str(&line);
        out.push('\n');
        return;
    }
    out.push_str(&format!("from {module} import (\n"));
    for name in sorted {
        out.push_str(&format!("    {name},\n"));
    }
    out.push_str(")\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_ruff() {
        assert_eq!(string("plain"), "\"plain\"");
        assert_eq!(string("say \"hi\""), "'say \"hi\"'");
        // Fewer escapes win (ruff formats biolink's `author's ... "surname, ..."` so).
        assert_eq!(string("it's \"x\""), "'it\\'s \"x\"'");
        assert_eq!(string("it's \"x\" 'y'"), "\"it's \\\"x\\\" 'y'\"");
        assert_eq!(string("a\\b"), "\"a\\\\b\"");
    }

    #[test]
    fn splits_long_calls_one_argument_per_line() {
        let args = (0..12).map(|i| Expr::atom(format!("\"value_{i}\""))).collect();
        let mut out = String::new();
        write_statement(&mut out, 4, "x = ", &Expr::call("Enum", args), "");
        assert!(out.starts_with("    x = Enum(\n        \"value_0\",\n"), "{out}");
        assert!(out.ends_with("        \"value_11\",\n    )\n"), "{out}");
    }

    #[test]
    fn parenthesizes_the_value_when_the_head_is_too_long() {
        let head = format!("{}: Mapped[str] = ", "n".repeat(60));
        let mut out = String::new();
        write_statement(
            &mut out,
            4,
            &head,
            &Expr::call("mapped_column", vec![Expr::atom("Text()")]),
            "",
        );
        assert_eq!(out, format!("    {head}(\n        mapped_column(Text())\n    )\n"));
    }
}
