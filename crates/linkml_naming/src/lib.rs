//! Every naming rule of the toolchain: linkml's `underscore` and `camelcase`, the escaping
//! that makes a name safe as a Python identifier in a generated module, and constraint names.

pub mod constraints;

/// linkml-runtime's `underscore`: trim, runs of whitespace to `_`, drop commas, `-` to `_`.
pub fn underscore(name: &str) -> String {
    // Most names are only ASCII letters, digits and `_`, which stay as they are.
    if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    // Words are whole runs without whitespace, so each run between them becomes one `_`.
    for (i, word) in name.split_whitespace().enumerate() {
        if i > 0 {
            out.push('_');
        }
        if word.contains([',', '-']) {
            out.extend(
                word.chars()
                    .filter(|&c| c != ',')
                    .map(|c| if c == '-' { '_' } else { c }),
            );
        } else {
            out.push_str(word);
        }
    }
    out
}

/// linkml-runtime's `camelcase`: underscores and whitespace split words, commas are dropped,
/// and each word's first letter is upper-cased (the rest is kept).
pub fn camelcase(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split(|c: char| c == '_' || c.is_whitespace()) {
        // Commas are dropped, so a word starts at its first other character.
        let mut chars = word.trim_start_matches(',').chars();
        let Some(first) = chars.next() else {
            continue;
        };
        out.extend(first.to_uppercase());
        // The rest is copied whole where it has no comma (most words).
        let rest = chars.as_str();
        if rest.contains(',') {
            out.extend(rest.chars().filter(|&c| c != ','));
        } else {
            out.push_str(rest);
        }
    }
    out
}

/// Whether `name` can be written as a Python identifier as it is.
pub fn is_python_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let starts_well = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic());
    starts_well && chars.all(|c| c == '_' || c.is_alphanumeric()) && !is_keyword(name)
}

/// A Python identifier for `name` that avoids keywords and the names in `reserved` (the
/// module's own imports and helpers): characters that cannot appear become `_`, a leading digit
/// gets a `_` prefix, and a clash gets a `_` suffix.
pub fn python_identifier(name: &str, reserved: &[&str]) -> String {
    let mut out = String::with_capacity(name.len() + 1);
    if name.bytes().all(|b| b == b'_' || b.is_ascii_alphanumeric()) {
        // Most names: nothing to replace.
        out.push_str(name);
    } else {
        out.extend(
            name.chars()
                .map(|c| if c == '_' || c.is_alphanumeric() { c } else { '_' }),
        );
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    while is_keyword(&out) || reserved.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// Python's keywords (a `match` compiles to a test of the length, then of the bytes).
fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_python_s() {
        assert!(is_keyword("lambda") && is_keyword("False") && !is_keyword("lambdas") && !is_keyword("false"));
    }

    #[test]
    fn underscores_like_linkml() {
        assert_eq!(underscore(" full  name "), "full_name");
        assert_eq!(underscore("a-b,c"), "a_bc");
        assert_eq!(underscore("has_part2"), "has_part2");
        assert_eq!(underscore("caf\u{e9} au\u{a0}lait"), "caf\u{e9}_au_lait");
        // A comma between runs of whitespace goes, and each run stays one `_`.
        assert_eq!(underscore("a , b"), "a__b");
        assert_eq!(underscore(", a\t\n-b"), "_a__b");
    }

    #[test]
    fn camelcases_like_linkml() {
        assert_eq!(camelcase("Person_alias"), "PersonAlias");
        assert_eq!(camelcase("dummy class"), "DummyClass");
        assert_eq!(camelcase("named thing"), "NamedThing");
        assert_eq!(camelcase("iPhone__x"), "IPhoneX");
        assert_eq!(camelcase("a,b c"), "AbC");
        assert_eq!(camelcase(",x_,y"), "XY");
        assert_eq!(camelcase("\u{df}_x"), "SSX");
    }

    #[test]
    fn escapes_keywords_and_reserved_names() {
        assert_eq!(python_identifier("class", &[]), "class_");
        assert_eq!(python_identifier("Base", &["Base"]), "Base_");
        assert_eq!(python_identifier("1st", &[]), "_1st");
        assert_eq!(python_identifier("a.b", &[]), "a_b");
        assert!(!is_python_identifier("from"));
        assert!(is_python_identifier("frm"));
    }
}

/// The longest identifier PostgreSQL keeps (MySQL and MariaDB allow 64).
pub const MAX_IDENTIFIER_LENGTH: usize = 63;

/// `name` if it fits in [`MAX_IDENTIFIER_LENGTH`] bytes; otherwise a prefix of it followed by
/// `_` and a stable hash of the whole name, so that long names stay distinct and reproducible.
pub fn fit_identifier(name: String) -> String {
    if name.len() <= MAX_IDENTIFIER_LENGTH {
        return name;
    }
    let hash = format!("{:08x}", fnv1a(name.as_bytes()) as u32);
    let mut cut = MAX_IDENTIFIER_LENGTH - hash.len() - 1;
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}_{hash}", name[..cut].trim_end())
}

/// A stable 16-hex-digit hash of `text` (FNV-1a), for names that must not change between runs.
pub fn stable_hash(text: &str) -> String {
    format!("{:016x}", fnv1a(text.as_bytes()))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod identifier_tests {
    use super::*;

    #[test]
    fn long_names_are_cut_with_a_stable_hash() {
        let long = "observed expected frequency analysis result_equivalent_identifiers";
        let fitted = fit_identifier(long.to_string());
        assert_eq!(fitted.len(), MAX_IDENTIFIER_LENGTH);
        assert_eq!(fitted, fit_identifier(long.to_string()));
        assert!(fitted.starts_with("observed expected frequency analysis result_equi"));
        assert_eq!(fit_identifier("short".to_string()), "short");
    }
}

/// A Python string literal of `value`: quoted with `preferred` (`'` or `"`) unless the text
/// holds that quote and not the other; backslashes, the quote, newlines, tabs and control
/// characters escaped. `'` is Python's `repr()`; `"` is what `ruff format` writes.
pub fn python_string_literal(value: &str, preferred: char) -> String {
    let other = if preferred == '"' { '\'' } else { '"' };
    let quote = if value.contains(preferred) && !value.contains(other) {
        other
    } else {
        preferred
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
