//! Names of variants and enums: UpperCamelCase from a string code or an
//! English message, else `E<code>`; collisions numbered.

use std::collections::HashSet;

use crate::code::Code;

/// How many words of an English message a name keeps at most.
const MAX_WORDS: usize = 6;

/// The name of a variant: from its string code (`AuthFailure.SignatureExpire`
/// is `AuthFailureSignatureExpire`), else from its English text, up to the
/// first clause mark (`Data loading failed, please retry later.` is
/// `DataLoadingFailed`), else `E<code>` (`E4000`, `EMinus1`); a string code
/// of only punctuation (`_-`) with no English text is `E<row>`, `row` its
/// 1-based row. Always an identifier.
pub fn variant_name(code: &Code, english: Option<&str>, row: usize) -> String {
    let from_code = match code {
        Code::Str(text) => camel(text.split(|c: char| !c.is_ascii_alphanumeric()), usize::MAX),
        Code::Int(_) => None,
    };
    from_code
        .or_else(|| english.and_then(name_from_text))
        .filter(|name| is_identifier(name))
        .unwrap_or_else(|| code_name(code, row))
}

/// `E4000`, `EMinus1`: the name of a code that gives no other; `E<row>` for
/// a string code.
pub fn code_name(code: &Code, row: usize) -> String {
    match code {
        Code::Int(value) if *value < 0 => format!("EMinus{}", value.unsigned_abs()),
        Code::Int(value) => format!("E{value}"),
        Code::Str(_) => format!("E{row}"),
    }
}

/// `text` as it may stand in a `//` or `///` comment: one line, no
/// character rustc refuses there (bidirectional controls), other control
/// characters escaped (`\n`, `\u{202e}`).
pub fn comment_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_control() || is_bidi_control(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The bidirectional controls rustc denies in comments and literals
/// (`text_direction_codepoint_in_comment`, `.._in_literal`).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// UpperCamelCase from English text, `None` when it holds no ASCII word or
/// is not English (a name must not half-translate a Chinese message).
pub fn name_from_text(text: &str) -> Option<String> {
    if !text.is_ascii() {
        return None;
    }
    let clause = text
        .split([',', '.', ';', ':', '!', '?', '(', '['])
        .find(|part| part.chars().any(|c| c.is_ascii_alphabetic()))?;
    let words = clause.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'');
    camel(words.map(|word| word.trim_matches('\'')), MAX_WORDS)
}

/// Joins up to `max` words in UpperCamelCase: each word's first letter
/// upper-cased, an all-capital word (`API`) read as a word (`Api`), the
/// rest kept (`ProductType`). `None` if no word has a letter or digit.
fn camel<'a>(words: impl Iterator<Item = &'a str>, max: usize) -> Option<String> {
    let mut out = String::new();
    for word in words
        .map(|w| w.replace('\'', ""))
        .filter(|w| !w.is_empty())
        .take(max)
    {
        let acronym = word.len() > 1 && word.chars().all(|c| !c.is_ascii_lowercase());
        let mut chars = word.chars();
        let first = chars.next().expect("a word is not empty");
        out.push(first.to_ascii_uppercase());
        let rest: String = chars.collect();
        out.push_str(&if acronym {
            rest.to_ascii_lowercase()
        } else {
            rest
        });
    }
    if out.is_empty() {
        return None;
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'E');
    }
    if out == "Self" {
        out.push_str("Error");
    }
    Some(out)
}

/// Makes `names` unique in order: the second `Name` becomes `Name2`, the
/// third `Name3` (skipping any number a name already holds); names in
/// `taken` count as used.
pub fn number_collisions(names: Vec<String>, taken: &[&str]) -> Vec<String> {
    let mut used: HashSet<String> = taken.iter().map(|s| (*s).to_owned()).collect();
    used.extend(names.iter().cloned());
    let mut seen: HashSet<String> = taken.iter().map(|s| (*s).to_owned()).collect();
    names
        .into_iter()
        .map(|name| {
            if seen.insert(name.clone()) {
                return name;
            }
            let fresh = (2..)
                .map(|n| format!("{name}{n}"))
                .find(|candidate| !used.contains(candidate))
                .expect("some number is free");
            used.insert(fresh.clone());
            seen.insert(fresh.clone());
            fresh
        })
        .collect()
}

/// Whether `name` can name an enum or a module: a Rust identifier that is
/// not a keyword.
pub fn is_identifier(name: &str) -> bool {
    syn::parse_str::<syn::Ident>(name).is_ok()
}

/// `XlinkError` as a module name: `xlink_error`.
pub fn snake_case(name: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
        } else if c.is_ascii_uppercase() {
            if previous.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit()) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
        previous = Some(c);
    }
    let out = out.trim_matches('_').to_owned();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) || !is_identifier(&out) {
        format!("errors_{out}").trim_end_matches('_').to_owned()
    } else {
        out
    }
}

/// The enum of a table whose codes all carry the HTTP status `status`: the
/// status's reason phrase (`BadRequest` for 400).
pub fn status_name(status: u16) -> Option<String> {
    let reason = http::StatusCode::from_u16(status)
        .ok()?
        .canonical_reason()?;
    camel(
        reason.split(|c: char| !c.is_ascii_alphanumeric()),
        usize::MAX,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<String> {
        name_from_text(text)
    }

    #[test]
    fn names_from_english_messages() {
        assert_eq!(
            name("Data loading failed, please retry later.").as_deref(),
            Some("DataLoadingFailed")
        );
        assert_eq!(name("Request Success.").as_deref(), Some("RequestSuccess"));
        assert_eq!(
            name("API Error Or Service unavailable").as_deref(),
            Some("ApiErrorOrServiceUnavailable")
        );
        assert_eq!(
            name("Action , ProductType unauthorized error").as_deref(),
            Some("Action")
        );
        assert_eq!(
            name("This operation request has timed out, please").as_deref(),
            Some("ThisOperationRequestHasTimedOut")
        );
        assert_eq!(name("Don't retry").as_deref(), Some("DontRetry"));
        assert_eq!(name("3rd party failed").as_deref(), Some("E3rdPartyFailed"));
        assert_eq!(name("self").as_deref(), Some("SelfError"));
        assert_eq!(name("... , ..."), None);
        assert_eq!(name("请求成功"), None);
        assert_eq!(name("Token错误"), None);
    }

    #[test]
    fn names_from_codes() {
        let str_code = |s: &str| Code::Str(s.to_owned());
        assert_eq!(
            variant_name(&str_code("BlobNotFound"), Some("The blob"), 1),
            "BlobNotFound"
        );
        assert_eq!(
            variant_name(&str_code("AuthFailure.SignatureExpire"), None, 1),
            "AuthFailureSignatureExpire"
        );
        assert_eq!(
            variant_name(&str_code("NotEnoughMapsInConfig:"), None, 1),
            "NotEnoughMapsInConfig"
        );
        assert_eq!(variant_name(&str_code("ALL"), None, 1), "All");
        assert_eq!(
            variant_name(&Code::Int(4000), Some("Bad request"), 1),
            "BadRequest"
        );
        assert_eq!(variant_name(&Code::Int(4000), None, 1), "E4000");
        assert_eq!(variant_name(&Code::Int(-1), Some("请求"), 1), "EMinus1");
        // Only punctuation: the row's number.
        assert_eq!(variant_name(&str_code("_-"), None, 3), "E3");
        assert_eq!(variant_name(&str_code("__"), Some("Bad"), 3), "Bad");
    }

    #[test]
    fn comments_hold_one_line_without_bidi_controls() {
        assert_eq!(comment_text("a\nb.md"), "a\\nb.md");
        assert_eq!(comment_text("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(comment_text("错误码.md"), "错误码.md");
    }

    #[test]
    fn collisions_are_numbered() {
        let names = ["A", "B", "A", "A2", "A"].map(String::from).to_vec();
        assert_eq!(number_collisions(names, &[]), ["A", "B", "A3", "A2", "A4"]);
        let taken = number_collisions(vec!["XlinkError".to_owned()], &["XlinkError"]);
        assert_eq!(taken, ["XlinkError2"]);
    }

    #[test]
    fn identifiers_and_module_names() {
        assert!(is_identifier("XlinkError"));
        assert!(!is_identifier("type"));
        assert!(!is_identifier("Xlink Error"));
        assert_eq!(snake_case("XlinkError"), "xlink_error");
        assert_eq!(snake_case("tencent-iot"), "tencent_iot");
        assert_eq!(snake_case("HTTPError"), "httperror");
        assert_eq!(snake_case("type"), "errors_type");
    }

    #[test]
    fn enums_named_after_their_status() {
        assert_eq!(status_name(400).as_deref(), Some("BadRequest"));
        assert_eq!(status_name(503).as_deref(), Some("ServiceUnavailable"));
        assert_eq!(status_name(499), None);
    }
}
