//! Name mangling that SchemaView applies.

/// linkml-runtime's `underscore`: trim, runs of whitespace to `_`, drop commas, `-` to `_`.
pub fn underscore(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut in_space = false;
    for c in name.trim().chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push('_');
            }
            in_space = true;
            continue;
        }
        in_space = false;
        match c {
            ',' => {}
            '-' => out.push('_'),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn underscores_like_linkml() {
        assert_eq!(super::underscore(" full  name "), "full_name");
        assert_eq!(super::underscore("a-b,c"), "a_bc");
    }
}
