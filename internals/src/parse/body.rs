//! The `body = ..` option: the body of a family's HTTP response, RFC
//! 9457's `problem`, a JSON template in the vendor's own shape, or an XML
//! one, `xml("..")`.

use proc_macro2::TokenStream;
use syn::{Ident, LitStr};

use crate::parse::display_format;
use crate::parse::json::{self, Item};
use crate::parse::xml;

pub use crate::parse::json::Segment;

/// A family's response body.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Body {
    /// `body = problem`: `application/problem+json`.
    Problem,
    /// `body = "<JSON template>"`: `application/json`, checked to give valid
    /// JSON for any message.
    Template(Vec<Segment>),
    /// `body = xml("<XML template>")`: `application/xml`, checked to be
    /// well-formed; its placeholders (`Segment::InString`) are XML-escaped.
    Xml(Vec<Segment>),
}

const EXPECTED: &str = "expected `body = problem`, `body = \"<JSON template>\"` such as `body = r#\"{\"code\":{code},\"message\":\"{msg}\"}\"#`, or `body = xml(\"<XML template>\")`";

/// Reads `problem`, a template literal or `xml("..")`.
pub fn parse(value: TokenStream) -> syn::Result<Body> {
    if let Ok(ident) = syn::parse2::<Ident>(value.clone()) {
        return match ident == "problem" {
            true => Ok(Body::Problem),
            false => Err(syn::Error::new(ident.span(), EXPECTED)),
        };
    }
    if let Ok(call) = syn::parse2::<XmlCall>(value.clone()) {
        let lit = call.0;
        return xml_template(&lit.value()).map_err(|message| syn::Error::new(lit.span(), message));
    }
    let lit = syn::parse2::<LitStr>(value).map_err(|e| syn::Error::new(e.span(), EXPECTED))?;
    template(&lit.value()).map_err(|message| syn::Error::new(lit.span(), message))
}

/// `xml("..")`.
struct XmlCall(LitStr);

impl syn::parse::Parse for XmlCall {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        let ident: Ident = input.parse()?;
        if ident != "xml" {
            return Err(syn::Error::new(ident.span(), EXPECTED));
        }
        let content;
        syn::parenthesized!(content in input);
        let lit = content.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `xml(\"<XML template>\")`, a string literal",
            )
        })?;
        match content.is_empty() && input.is_empty() {
            true => Ok(XmlCall(lit)),
            false => Err(syn::Error::new(lit.span(), EXPECTED)),
        }
    }
}

/// Reads a template: its placeholders, then its JSON.
pub fn template(text: &str) -> Result<Body, String> {
    let items = items(text)?;
    json::check(&items).map(Body::Template)
}

/// Reads an XML template: its placeholders, then its XML.
pub fn xml_template(text: &str) -> Result<Body, String> {
    let items = items(text)?;
    xml::check(&items).map(Body::Xml)
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
                items.push(Item::Hole(display_format::body_placeholder(name)?));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::display_format::{Piece, Placeholder};

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
                Segment::InString(Placeholder::Row(Piece::Code)),
                Segment::Text(r#"","msg":""#.into()),
                Segment::InString(Placeholder::Row(Piece::Msg)),
                Segment::Text(r#""}}"#.into()),
            ]
        );
        assert_eq!(
            segments(r#"{"code":{code},"message":"{msg}"}"#)[1],
            Segment::Value(Placeholder::Row(Piece::Code))
        );
        assert_eq!(segments("{}"), vec![Segment::Text("{}".into())]);
    }

    #[test]
    fn rejects_unknown_placeholders() {
        let error = template(r#"{"a":"{cod}"}"#).unwrap_err();
        assert!(error.contains("unknown placeholder `{cod}`"), "{error}");
    }
}
