//! The derives every family needs, merged with the ones the user wrote.

use proc_macro2::TokenStream;
use quote::quote;
use syn::punctuated::Punctuated;
use syn::{Attribute, Path, Token};

/// The derives `ErrorCode` needs, by name and by absolute path.
const NEEDED: [(&str, &str); 6] = [
    ("Debug", "::core::fmt::Debug"),
    ("Clone", "::core::clone::Clone"),
    ("Copy", "::core::marker::Copy"),
    ("PartialEq", "::core::cmp::PartialEq"),
    ("Eq", "::core::cmp::Eq"),
    ("Hash", "::core::hash::Hash"),
];

/// `#[derive(..)]` of the needed derives that `attrs` does not derive already.
pub fn missing(attrs: &[Attribute]) -> TokenStream {
    let written: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("derive"))
        .filter_map(|attr| {
            attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
                .ok()
        })
        .flatten()
        .filter_map(|path| path.segments.last().map(|s| s.ident.to_string()))
        .collect();
    let missing: Vec<TokenStream> = NEEDED
        .iter()
        .filter(|(name, _)| !written.iter().any(|w| w == name))
        .filter_map(|(_, path)| path.parse().ok())
        .collect();
    if missing.is_empty() {
        return TokenStream::new();
    }
    quote!(#[derive(#(#missing),*)])
}
