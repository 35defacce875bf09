//! The checks linkml-runtime makes on URI, CURIE and NCName fields when it reads a schema
//! (`URIorCURIE`, `URI` and `NCName` in its `metamodelcore`): RFC 3986 URIs and relative
//! references, W3C CURIEs whose reference is a relative reference, and XML NCNames.

use std::sync::OnceLock;

use regex::Regex;

struct Patterns {
    uri: Regex,
    relative_ref: Regex,
    curie: Regex,
}

/// RFC 3986's grammar (appendix A), written as regular expressions.
fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let pct = "%[0-9A-Fa-f]{2}";
        let pchar = format!("(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|{pct})");
        let segment_nz_nc = format!("(?:[A-Za-z0-9._~!$&'()*+,;=@-]|{pct})+");
        let userinfo = format!("(?:[A-Za-z0-9._~!$&'()*+,;=:-]|{pct})*");
        let reg_name = format!("(?:[A-Za-z0-9._~!$&'()*+,;=-]|{pct})*");
        let ip_literal = r"\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\.[A-Za-z0-9._~!$&'()*+,;=:-]+)\]";
        let authority = format!("(?:{userinfo}@)?(?:{ip_literal}|{reg_name})(?::[0-9]*)?");
        let path_abempty = format!("(?:/{pchar}*)*");
        let path_absolute = format!("/(?:{pchar}+(?:/{pchar}*)*)?");
        let path_rootless = format!("{pchar}+(?:/{pchar}*)*");
        let path_noscheme = format!("{segment_nz_nc}(?:/{pchar}*)*");
        let tail = format!("(?:\\?(?:{pchar}|[/?])*)?(?:#(?:{pchar}|[/?])*)?");
        let hier_part = format!("(?://{authority}{path_abempty}|{path_absolute}|{path_rootless}|)");
        let relative_part = format!("(?://{authority}{path_abempty}|{path_absolute}|{path_noscheme}|)");
        let uri = format!("[A-Za-z][A-Za-z0-9+.-]*:{hier_part}{tail}");
        let relative_ref = format!("{relative_part}{tail}");
        let whole = |p: &str| Regex::new(&format!("^(?:{p})$")).expect("RFC 3986 patterns compile");
        Patterns {
            uri: whole(&uri),
            relative_ref: whole(&relative_ref),
            curie: whole(&format!("(?:(?:[A-Za-z_][A-Za-z0-9._-]*)?:)?{relative_ref}")),
        }
    })
}

/// linkml's `URI.is_valid`: a URI or a relative reference.
pub fn is_uri(value: &str) -> bool {
    let p = patterns();
    p.uri.is_match(value) || p.relative_ref.is_match(value)
}

/// linkml's `URIorCURIE.is_valid`: a URI, a relative reference, or a CURIE whose prefix is
/// an NCName.
pub fn is_uri_or_curie(value: &str) -> bool {
    if is_uri(value) {
        return true;
    }
    let curie = patterns().curie.is_match(value);
    match value.split_once(':') {
        Some((prefix, _)) if curie && !value.contains("://") => prefix.is_empty() || is_ncname(prefix),
        _ => false,
    }
}

/// rdflib's `is_ncname`: a letter or `_`, then letters, digits, combining marks, `.`, `-`,
/// `_` or `·`.
pub fn is_ncname(value: &str) -> bool {
    let mut chars = value.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '·') || is_combining(c))
}

/// Unicode combining marks (the `M` categories rdflib accepts after the first character), in
/// the blocks where they occur in names.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each value with what linkml-runtime 1.12.1's `NCName.is_valid` and
    /// `URIorCURIE.is_valid` say of it.
    #[test]
    fn validates_as_linkml_runtime_does() {
        let cases = [
            ("a b", false, false),
            ("my-schema", true, true),
            ("1abc", false, true),
            ("_x", true, true),
            ("é", true, false),
            ("ex:Some Place", false, false),
            ("ex:Thing", false, true),
            ("https://a.b/c d", false, false),
            ("a#b#c", false, false),
            ("http://x/é", false, false),
            ("%zz", false, false),
            ("ex:[x]", false, false),
            ("foo", true, true),
            ("../common/base", false, true),
            ("linkml:types", false, true),
            ("https://w3id.org/linkml/meta#ClassDefinition", false, true),
            ("http://[::1]:8080/x?q=1#f", false, true),
        ];
        for (value, ncname, uri_or_curie) in cases {
            assert_eq!(is_ncname(value), ncname, "NCName {value}");
            assert_eq!(is_uri_or_curie(value), uri_or_curie, "URIorCURIE {value}");
        }
    }
}
