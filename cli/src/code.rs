//! A code as a vendor's table writes it: a decimal integer, or an
//! identifier-like name (`BlobNotFound`, `AuthFailure.SignatureExpire`).

use std::fmt;

/// A vendor's error code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// A decimal integer code, possibly negative (`-1`, `4031003`).
    Int(i128),
    /// A string code (`BlobNotFound`).
    Str(String),
}

impl Code {
    /// Reads `"-1"` or `"4000"` as an integer code, `"BlobNotFound"` as a
    /// string code; `None` for anything else (`"1.5"`, `"HTTP/1.1 200"`).
    pub fn parse(cell: &str) -> Option<Code> {
        parse_int(cell)
            .map(Code::Int)
            .or_else(|| is_string_code(cell).then(|| Code::Str(cell.to_owned())))
    }

    /// The integer, for an integer code.
    pub fn as_int(&self) -> Option<i128> {
        match self {
            Code::Int(value) => Some(*value),
            Code::Str(_) => None,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Int(value) => write!(f, "{value}"),
            Code::Str(text) => f.write_str(text),
        }
    }
}

/// `"-1"`, `"+7"`, `"4000"`: an optionally signed decimal integer.
pub fn parse_int(cell: &str) -> Option<i128> {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    cell.parse().ok()
}

/// An identifier-like code: ASCII identifiers joined by `.`
/// (`AuthFailure.SignatureExpire`), with a `:` allowed at the end as some
/// vendors write (`NotEnoughMapsInConfig:`).
pub fn is_string_code(cell: &str) -> bool {
    let body = cell.strip_suffix(':').unwrap_or(cell);
    !body.is_empty() && body.split('.').all(is_identifier)
}

fn is_identifier(part: &str) -> bool {
    let mut chars = part.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_signed_and_not() {
        assert_eq!(Code::parse("-1"), Some(Code::Int(-1)));
        assert_eq!(Code::parse("+1"), Some(Code::Int(1)));
        assert_eq!(Code::parse("4031003"), Some(Code::Int(4_031_003)));
        assert_eq!(parse_int("1.5"), None);
        assert_eq!(parse_int("0x10"), None);
        assert_eq!(parse_int("-"), None);
    }

    #[test]
    fn string_codes_are_identifier_like() {
        for code in [
            "BlobNotFound",
            "AuthFailure.SignatureExpire",
            "Not_Found",
            "NotEnoughMapsInConfig:",
        ] {
            assert_eq!(
                Code::parse(code),
                Some(Code::Str(code.to_owned())),
                "{code}"
            );
        }
        for text in [
            "HTTP/1.1 200 OK",
            "请求成功",
            "a b",
            "1abc",
            ".x",
            "x..y",
            "",
        ] {
            assert_eq!(Code::parse(text), None, "{text}");
        }
    }
}
