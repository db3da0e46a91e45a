//! Choosing a response's language from `Accept-Language` (RFC 9110 §12.5.4).
//!
//! The header is parsed by the `accept-language` crate (its ranges, sorted
//! by q-value, the header's order kept between equals); the ranges are
//! matched against a family's languages as RFC 4647's "lookup" does.

/// The index in `languages` (the default first) of the language `header`
/// prefers: for each range, best q-value first, a language equal to it
/// (ignoring ASCII case), else to its prefix (`zh-Hant-TW` then `zh-Hant`
/// then `zh`); `*` is the default. A range with `q=0` is refused, not
/// wanted. Nothing found: 0, the default.
pub fn negotiate(header: &str, languages: &[&str]) -> usize {
    if languages.len() < 2 {
        return 0;
    }
    for (range, quality) in accept_language::parse_with_quality(header) {
        if quality <= 0.0 {
            // Sorted by quality: every range left is refused too.
            break;
        }
        if range == "*" {
            return 0;
        }
        if let Some(found) = lookup(&range, languages) {
            return found;
        }
    }
    0
}

/// The language of `languages` that `range` or one of its prefixes names.
fn lookup(mut range: &str, languages: &[&str]) -> Option<usize> {
    loop {
        if let Some(found) = languages.iter().position(|l| l.eq_ignore_ascii_case(range)) {
            return Some(found);
        }
        range = &range[..range.rfind('-')?];
        // A single-letter subtag (`x` of `zh-x-private`) goes with the next one.
        if range.len() >= 2 && range.as_bytes()[range.len() - 2] == b'-' {
            range = &range[..range.len() - 2];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    const LANGS: &[&str] = &["zh", "en", "pt-BR"];

    #[test]
    fn q_values_choose() {
        assert_eq!(negotiate("en;q=0.8, zh", LANGS), 0);
        assert_eq!(negotiate("zh;q=0.5, en", LANGS), 1);
        assert_eq!(negotiate("fr, en;q=0.9, zh;q=0.8", LANGS), 1);
        assert_eq!(negotiate("en, zh", LANGS), 1);
    }

    #[test]
    fn ranges_are_looked_up_by_prefix_and_case() {
        assert_eq!(negotiate("EN-gb", LANGS), 1);
        assert_eq!(negotiate("zh-Hant-TW", LANGS), 0);
        assert_eq!(negotiate("pt-br", LANGS), 2);
        assert_eq!(
            negotiate("pt", LANGS),
            0,
            "pt-BR is more specific than asked"
        );
        assert_eq!(negotiate("en-x-private", LANGS), 1);
    }

    #[test]
    fn unknown_refused_and_malformed_fall_back_to_the_default() {
        assert_eq!(negotiate("fr", LANGS), 0);
        assert_eq!(negotiate("en;q=0", &["zh", "en"]), 0);
        assert_eq!(negotiate("*, en;q=0.5", LANGS), 0);
        assert_eq!(negotiate("", LANGS), 0);
        assert_eq!(negotiate(";;,,q=x", LANGS), 0);
        assert_eq!(negotiate("en", &["zh"]), 0);
    }
}
