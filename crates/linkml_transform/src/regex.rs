//! linkml's patterns (Python regular expressions) for the databases' engines: PostgreSQL's
//! advanced regular expressions (`~`) and MariaDB's and MySQL's PCRE/ICU (`REGEXP`).
//!
//! A pattern is rewritten where the engines spell a construct differently (`\b`, `\Z`,
//! `(?P<name>`, `{,n}`), and refused, with the reason, where an engine has no equivalent.

/// A database family's regular-expression engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// PostgreSQL's ARE.
    Postgresql,
    /// MariaDB's PCRE2 (and MySQL 8's ICU, which reads the same constructs).
    Mysql,
}

/// `pattern` for `engine`, or why that engine cannot run it. MariaDB's `REGEXP` follows
/// the column's collation, which ignores case by default: the result turns case back on
/// unless the pattern itself starts by turning it off.
pub fn translate(pattern: &str, engine: Engine) -> Result<String, String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut i = 0;
    let mut in_class = false;
    let mut ignore_case = false;
    if let Some(end) = leading_flags(&chars) {
        let flags: String = chars[2..end].iter().collect();
        ignore_case = flags.contains('i');
        out.push_str(&global_flags(&flags, engine)?);
        i = end + 1;
    }
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let next = *chars.get(i + 1).ok_or("it ends in a lone backslash")?;
                i += escape(&chars, i, next, in_class, engine, &mut out)?;
                continue;
            }
            '[' if !in_class => {
                in_class = true;
                out.push('[');
                // `]` right after `[` or `[^` is a literal.
                let mut j = i + 1;
                if chars.get(j) == Some(&'^') {
                    out.push('^');
                    j += 1;
                }
                if chars.get(j) == Some(&']') {
                    out.push(']');
                    j += 1;
                }
                i = j;
                continue;
            }
            ']' if in_class => in_class = false,
            '(' if !in_class && chars.get(i + 1) == Some(&'?') => {
                i += group(&chars, i, engine, &mut out)?;
                continue;
            }
            '{' if !in_class => {
                i += bound(&chars, i, &mut out);
                continue;
            }
            '*' | '+' | '?' | '}' if !in_class && chars.get(i + 1) == Some(&'+') && engine == Engine::Postgresql => {
                return Err(format!("PostgreSQL has no possessive quantifier (`{c}+`)"));
            }
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    if engine == Engine::Mysql && !ignore_case {
        out.insert_str(0, "(?-i)");
    }
    Ok(out)
}

/// The index of the `)` that closes a leading `(?flags)`, if the pattern starts with one.
fn leading_flags(chars: &[char]) -> Option<usize> {
    if chars.len() < 3 || chars[0] != '(' || chars[1] != '?' {
        return None;
    }
    let end = chars.iter().position(|&c| c == ')')?;
    chars[2..end].iter().all(|c| "aiLmsux".contains(*c)).then_some(end)
}

/// Python's global flags as the engine writes them.
fn global_flags(flags: &str, engine: Engine) -> Result<String, String> {
    let mut kept = String::new();
    for flag in flags.chars() {
        match (flag, engine) {
            ('i' | 'x', _) => kept.push(flag),
            // PostgreSQL's newline-sensitive matching is Python's MULTILINE.
            ('m', Engine::Postgresql) => kept.push('n'),
            ('m' | 's', Engine::Mysql) => kept.push(flag),
            // PostgreSQL's `.` matches a newline already; ASCII and Unicode are Python's.
            ('s' | 'a' | 'u', _) => {}
            _ => return Err(format!("the flag `{flag}` has no equivalent there")),
        }
    }
    Ok(if kept.is_empty() {
        String::new()
    } else {
        format!("(?{kept})")
    })
}

/// Writes the escape at `chars[at]` (a backslash, then `next`); returns how many characters
/// it took.
fn escape(
    chars: &[char],
    at: usize,
    next: char,
    in_class: bool,
    engine: Engine,
    out: &mut String,
) -> Result<usize, String> {
    let pg = engine == Engine::Postgresql;
    match next {
        'b' | 'B' if !in_class && pg => out.push_str(if next == 'b' { "\\y" } else { "\\Y" }),
        'Z' if !pg => out.push_str("\\z"),
        'D' | 'S' | 'W' if in_class && pg => {
            return Err(format!("PostgreSQL refuses `\\{next}` inside brackets"));
        }
        'u' | 'U' if !pg => {
            let digits = if next == 'u' { 4 } else { 8 };
            let hex: String = chars.iter().skip(at + 2).take(digits).collect();
            out.push_str(&format!("\\x{{{hex}}}"));
            return Ok(2 + hex.chars().count());
        }
        'N' => return Err("named characters (`\\N{...}`) are Python's only".into()),
        c if c.is_ascii_alphabetic() && !"abfnrtvxdDsSwWAZbBuU".contains(c) => {
            return Err(format!("`\\{c}` is not an escape of Python's regular expressions"));
        }
        _ => {
            out.push('\\');
            out.push(next);
        }
    }
    Ok(2)
}

/// Writes the group opening `(?...` at `chars[at]`; returns how many characters it took.
fn group(chars: &[char], at: usize, engine: Engine, out: &mut String) -> Result<usize, String> {
    let rest: String = chars[at + 2..].iter().take(3).collect();
    let pg = engine == Engine::Postgresql;
    if rest.starts_with(':') || rest.starts_with('=') || rest.starts_with('!') {
        out.push_str("(?");
        return Ok(2);
    }
    if rest.starts_with("<=") || rest.starts_with("<!") {
        out.push_str("(?<");
        return Ok(3);
    }
    if rest.starts_with("P<") {
        // A named group: PostgreSQL numbers groups only.
        let close = chars[at..]
            .iter()
            .position(|&c| c == '>')
            .ok_or("a group name is not closed")?;
        if pg {
            out.push('(');
        } else {
            out.extend(&chars[at..=at + close]);
        }
        return Ok(close + 1);
    }
    if rest.starts_with("P=") && pg {
        return Err("PostgreSQL has no named backreference (`(?P=name)`)".into());
    }
    if rest.starts_with('>') && pg {
        return Err("PostgreSQL has no atomic group (`(?>...)`)".into());
    }
    if rest.starts_with('(') {
        return Err("conditional groups (`(?(1)...)`) are not portable".into());
    }
    if rest.starts_with('#') && pg {
        return Err("PostgreSQL has no comment group (`(?#...)`)".into());
    }
    if pg && rest.chars().next().is_some_and(|c| "aiLmsux-".contains(c)) {
        return Err("PostgreSQL takes flags only at the start of a pattern".into());
    }
    out.push_str("(?");
    Ok(2)
}

/// Writes a `{` at `chars[at]`: `{,n}` becomes `{0,n}`, which every engine reads as a bound;
/// a `{` that does not start a bound is escaped, as Python reads it as a literal.
fn bound(chars: &[char], at: usize, out: &mut String) -> usize {
    let close = chars[at..].iter().position(|&c| c == '}');
    let body: Option<String> = close.map(|c| chars[at + 1..at + c].iter().collect());
    let is_bound = body.as_deref().is_some_and(|b| {
        let (low, high) = b.split_once(',').unwrap_or((b, b));
        !b.is_empty()
            && low.chars().all(|c| c.is_ascii_digit())
            && high.chars().all(|c| c.is_ascii_digit())
            && !(low.is_empty() && high.is_empty())
    });
    match (is_bound, body, close) {
        (true, Some(body), Some(close)) => {
            let zero = if body.starts_with(',') { "0" } else { "" };
            out.push_str(&format!("{{{zero}{body}}}"));
            close + 1
        }
        _ => {
            out.push_str("\\{");
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pg(p: &str) -> Result<String, String> {
        translate(p, Engine::Postgresql)
    }

    fn my(p: &str) -> Result<String, String> {
        translate(p, Engine::Mysql)
    }

    #[test]
    fn plain_patterns_pass_through() {
        assert_eq!(pg(r"^[0-9-]{10,17}$").unwrap(), r"^[0-9-]{10,17}$");
        assert_eq!(my(r"^[A-Z]{2}-\d+$").unwrap(), r"(?-i)^[A-Z]{2}-\d+$");
        assert_eq!(pg(r"^\S+@\S+\.\w+$").unwrap(), r"^\S+@\S+\.\w+$");
    }

    #[test]
    fn engines_spell_some_constructs_apart() {
        assert_eq!(pg(r"\bcat\B").unwrap(), r"\ycat\Y");
        assert_eq!(pg(r"[\b]").unwrap(), r"[\b]");
        assert_eq!(my(r"^a\Z").unwrap(), r"(?-i)^a\z");
        assert_eq!(pg(r"(?P<year>\d{4})-(?P<m>\d\d)").unwrap(), r"(\d{4})-(\d\d)");
        assert_eq!(my(r"(?P<year>\d{4})").unwrap(), r"(?-i)(?P<year>\d{4})");
        assert_eq!(pg(r"a{,3}").unwrap(), r"a{0,3}");
        assert_eq!(pg(r"a{x}").unwrap(), r"a\{x}");
        assert_eq!(my(r"\u00e9").unwrap(), r"(?-i)\x{00e9}");
        assert_eq!(pg(r"(?i)^abc$").unwrap(), r"(?i)^abc$");
        assert_eq!(my(r"(?i)^abc$").unwrap(), r"(?i)^abc$");
        assert_eq!(pg(r"(?<=a)b(?!c)").unwrap(), r"(?<=a)b(?!c)");
    }

    #[test]
    fn what_an_engine_cannot_run_is_refused() {
        assert!(pg(r"a++").is_err());
        assert_eq!(my(r"a++").unwrap(), r"(?-i)a++");
        assert!(pg(r"(?>ab)").is_err());
        assert!(pg(r"(?P<x>a)(?P=x)").is_err());
        assert!(pg(r"[\W]").is_err());
        assert!(pg(r"a(?i:b)").is_err());
        assert!(pg(r"\p{L}").is_err());
        assert!(my(r"\N{DASH}").is_err());
        assert!(pg("abc\\").is_err());
    }
}
