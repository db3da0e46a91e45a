//! What a doc comment means for a row: the message, when no `#[msg]` says
//! otherwise. One place for it (as clap_derive's `doc_comments.rs`), used
//! by the helpers on a variant and under `cfg_attr`.

use proc_macro2::TokenStream;
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, ExprLit, Lit, Meta, Token};

use crate::errors::Errors;

/// One `#[doc = ..]` line: its text, or a value whose text the macro
/// cannot know (`include_str!`).
pub(crate) enum DocLine {
    Text(String),
    Unreadable,
}

/// The line of a `#[doc = ..]` attribute (a `///` line, or a `concat!` of
/// literals, also as a `macro_rules!` fragment); `None` for other attributes.
pub(crate) fn doc_line(attr: &Attribute) -> Option<DocLine> {
    let Meta::NameValue(nv) = &attr.meta else {
        return None;
    };
    if !nv.path.is_ident("doc") {
        return None;
    }
    Some(match text_of(&nv.value) {
        Some(text) => DocLine::Text(text),
        None => DocLine::Unreadable,
    })
}

/// The text of a literal, or of `concat!` of literals, as rustc would make it.
pub(crate) fn text_of(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Group(group) => text_of(&group.expr),
        Expr::Paren(paren) => text_of(&paren.expr),
        Expr::Lit(ExprLit { lit, .. }) => match lit {
            Lit::Str(lit) => Some(lit.value()),
            Lit::Char(lit) => Some(lit.value().to_string()),
            Lit::Int(lit) => Some(lit.base10_digits().to_owned()),
            Lit::Float(lit) => Some(lit.base10_digits().to_owned()),
            Lit::Bool(lit) => Some(lit.value.to_string()),
            _ => None,
        },
        Expr::Macro(mac) if mac.mac.path.is_ident("concat") => {
            let parts = mac
                .mac
                .parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
                .ok()?;
            parts.iter().map(text_of).collect()
        }
        _ => None,
    }
}

/// Doc lines trimmed and joined with a space; `None` if they hold no text.
/// A line whose text cannot be read is an error: the message would be
/// silently wrong without it.
pub(crate) fn join_doc(lines: &[(DocLine, TokenStream)], errors: &mut Errors) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for (line, at) in lines {
        match line {
            DocLine::Text(text) => {
                words.extend(text.lines().map(str::trim).filter(|l| !l.is_empty()))
            }
            DocLine::Unreadable => {
                errors.spanned(
                    at,
                    "#[error_table] cannot read the text of this doc attribute for the message (only literals and `concat!` of literals): write the message in #[msg(\"...\")]",
                );
                return Some(String::new());
            }
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}
