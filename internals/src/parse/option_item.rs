//! How one option of `#[error_table(..)]` is written: a bare `key` (a flag),
//! `key = value` or `key(args)`, its value kept as tokens until
//! [`Options`](crate::parse::options::Options) knows from the key how to
//! read it.

use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, Token};

use crate::parse::symbol;

/// `key = value`, `key(args)` or a bare `key`, the value kept as tokens
/// until the key says how to read it.
pub struct OptionItem {
    pub key: Ident,
    pub value: Value,
}

/// What follows an option's key.
pub enum Value {
    /// Nothing: a flag.
    Bare,
    /// `= value`.
    Is(TokenStream),
    /// `(args)`.
    Args(TokenStream),
}

impl Parse for OptionItem {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        // `crate` is a keyword: read any identifier.
        let key = Ident::parse_any(input).map_err(|e| {
            let expected = symbol::expected_option();
            syn::Error::new(e.span(), format_args!("malformed option: {expected}"))
        })?;
        if input.is_empty() {
            return Ok(OptionItem {
                key,
                value: Value::Bare,
            });
        }
        if input.peek(syn::token::Paren) {
            let args;
            syn::parenthesized!(args in input);
            if !input.is_empty() {
                return Err(input.error(format_args!("unexpected tokens after `{key}(..)`")));
            }
            return Ok(OptionItem {
                key,
                value: Value::Args(args.parse()?),
            });
        }
        if !input.peek(Token![=]) {
            let message = format_args!("malformed option `{key}`: expected `{key} = ...`");
            return Err(syn::Error::new(key.span(), message));
        }
        input.parse::<Token![=]>()?;
        if input.is_empty() {
            return Err(input.error(format_args!("missing value for option `{key}`")));
        }
        Ok(OptionItem {
            key,
            value: Value::Is(input.parse()?),
        })
    }
}

/// The items of an option list, split at its top-level commas (a comma
/// inside `split(..)` or a string stays in its item).
pub fn split_commas(tokens: TokenStream) -> Vec<TokenStream> {
    let mut items = vec![TokenStream::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => items.push(TokenStream::new()),
            _ => items.last_mut().map_or((), |item| item.extend([token])),
        }
    }
    items.retain(|item| !item.is_empty());
    items
}
