//! Python source building blocks: string literals and calls laid out as `ruff format` lays
//! them out (88 columns, one argument per line with a trailing comma when a call must split).

pub const LINE_LENGTH: usize = 88;

/// A Python string literal, quoted as ruff prefers: double quotes unless that needs more
/// escapes than single quotes.
pub fn string(value: &str) -> String {
    let quote = if value.contains('"') && !value.contains('\'') {
        '\''
    } else {
        '"'
    };
    let mut out = String::with_capacity(value.len() + 2);
    out.push(quote);
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An expression that may need to wrap: an atom, or a call with arguments.
#[derive(Clone, Debug)]
pub enum Expr {
    Atom(String),
    Call {
        callee: String,
        args: Vec<Expr>,
    },
    /// `name=value`
    Keyword(String, Box<Expr>),
}

impl Expr {
    pub fn atom(text: impl Into<String>) -> Self {
        Expr::Atom(text.into())
    }

    pub fn call(callee: impl Into<String>, args: Vec<Expr>) -> Self {
        Expr::Call {
            callee: callee.into(),
            args,
        }
    }

    pub fn keyword(name: &str, value: Expr) -> Self {
        Expr::Keyword(name.to_string(), Box::new(value))
    }

    /// The expression on one line.
    pub fn flat(&self) -> String {
        match self {
            Expr::Atom(text) => text.clone(),
            Expr::Call { callee, args } => {
                let args: Vec<String> = args.iter().map(Expr::flat).collect();
                format!("{callee}({})", args.join(", "))
            }
            Expr::Keyword(name, value) => format!("{name}={}", value.flat()),
        }
    }
}

/// Writes `head` + `expr` + `tail` at `indent` spaces, splitting the outermost call the way
/// ruff does when the line is longer than 88 columns.
pub fn write_statement(out: &mut String, indent: usize, head: &str, expr: &Expr, tail: &str) {
    let pad = " ".repeat(indent);
    let line = format!("{pad}{head}{}{tail}", expr.flat());
    if line.chars().count() <= LINE_LENGTH {
        out.push_str(&line);
        out.push('\n');
        return;
    }
    match expr {
        Expr::Call { callee, args } if !args.is_empty() => {
            out.push_str(&format!("{pad}{head}{callee}(\n"));
            write_arguments(out, indent + 4, args);
            out.push_str(&format!("{pad}){tail}\n"));
        }
        Expr::Keyword(name, value) => write_statement(out, indent, &format!("{head}{name}="), value, tail),
        _ => {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

/// The inside of a split call: all on one line if it fits (and there is one argument, or the
/// arguments fit without a trailing comma), otherwise one argument per line.
fn write_arguments(out: &mut String, indent: usize, args: &[Expr]) {
    let pad = " ".repeat(indent);
    let joined = args.iter().map(Expr::flat).collect::<Vec<_>>().join(", ");
    if args.len() == 1 {
        write_statement(out, indent, "", &args[0], "");
        return;
    }
    if pad.len() + joined.chars().count() <= LINE_LENGTH {
        out.push_str(&format!("{pad}{joined}\n"));
        return;
    }
    for arg in args {
        write_statement(out, indent, "", arg, ",");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_ruff() {
        assert_eq!(string("plain"), "\"plain\"");
        assert_eq!(string("say \"hi\""), "'say \"hi\"'");
        assert_eq!(string("it's \"x\""), "\"it's \\\"x\\\"\"");
        assert_eq!(string("a\\b"), "\"a\\\\b\"");
    }

    #[test]
    fn splits_long_calls() {
        let args = (0..12).map(|i| Expr::atom(format!("\"value_{i}\""))).collect();
        let mut out = String::new();
        write_statement(&mut out, 4, "x = ", &Expr::call("Enum", args), "");
        assert!(out.starts_with("    x = Enum(\n        \"value_0\",\n"), "{out}");
        assert!(out.ends_with("        \"value_11\",\n    )\n"), "{out}");
    }
}
