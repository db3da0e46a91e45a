//! The `body = ..` option: the JSON body of a family's HTTP response, RFC
//! 9457's `problem` or a template in the vendor's own shape.

use proc_macro2::TokenStream;
use syn::{Ident, LitStr};

use crate::parse::display_format;
use crate::parse::json::{self, Item};

pub use crate::parse::json::Segment;

/// A family's response body.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Body {
    /// `body = problem`: `application/problem+json`.
    Problem,
    /// `body = "<JSON template>"`: `application/json`, checked to give valid
    /// JSON for any message.
    Template(Vec<Segment>),
}

const EXPECTED: &str = "expected `body = problem` or `body = \"<JSON template>\"`, such as `body = r#\"{\"code\":{code},\"message\":\"{msg}\"}\"#`";

/// Reads `problem` or a template literal.
pub fn parse(value: TokenStream) -> syn::Result<Body> {
    if let Ok(ident) = syn::parse2::<Ident>(value.clone()) {
        return match ident == "problem" {
            true => Ok(Body::Problem),
            false => Err(syn::Error::new(ident.span(), EXPECTED)),
        };
    }
    let lit = syn::parse2::<LitStr>(value).map_err(|e| syn::Error::new(e.span(), EXPECTED))?;
    template(&lit.value()).map_err(|message| syn::Error::new(lit.span(), message))
}

/// Reads a template: its placeholders, then its JSON.
pub fn template(text: &str) -> Result<Body, String> {
    let items = items(text)?;
    json::check(&items).map(Body::Template)
}

/// The template's characters with each `{name}` read as a placeholder. A
/// JSON brace is never followed by a letter, so `{` + a name + `}` is
/// always a placeholder and every other brace is JSON's own.
fn items(text: &str) -> Result<Vec<Item>, String> {
    let mut items = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match placeholder_name(c, rest) {
            Some(name) => {
                let piece =
                    display_format::placeholder(name).map_err(|_| unknown_placeholder(name))?;
                items.push(Item::Hole(piece));
                rest = &rest[name.len() + 1..];
            }
            None => items.push(Item::Char(c)),
        }
    }
    Ok(items)
}

/// The name of a placeholder starting at `c`, `rest` being what follows it.
fn placeholder_name(c: char, rest: &str) -> Option<&str> {
    if c != '{' {
        return None;
    }
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    let name = &rest[..end];
    let starts_name = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
    (starts_name && rest[end..].starts_with('}')).then_some(name)
}

fn unknown_placeholder(name: &str) -> String {
    format!(
        "unknown placeholder `{{{name}}}` in the body template: expected {{code}}, {{msg}}, {{name}}, {{status}} or {{sub}}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::display_format::Piece;

    fn segments(text: &str) -> Vec<Segment> {
        match template(text) {
            Ok(Body::Template(segments)) => segments,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn reads_xlink_and_tencent() {
        assert_eq!(
            segments(r#"{"error":{"code":"{code}","msg":"{msg}"}}"#),
            vec![
                Segment::Text(r#"{"error":{"code":""#.into()),
                Segment::InString(Piece::Code),
                Segment::Text(r#"","msg":""#.into()),
                Segment::InString(Piece::Msg),
                Segment::Text(r#""}}"#.into()),
            ]
        );
        assert_eq!(
            segments(r#"{"code":{code},"message":"{msg}"}"#)[1],
            Segment::Value(Piece::Code)
        );
        assert_eq!(segments("{}"), vec![Segment::Text("{}".into())]);
    }

    #[test]
    fn rejects_unknown_placeholders() {
        let error = template(r#"{"a":"{cod}"}"#).unwrap_err();
        assert!(error.contains("unknown placeholder `{cod}`"), "{error}");
    }
}
