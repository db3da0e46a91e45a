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

/// `#[derive(..)]` of the needed derives that `attrs` does not derive
/// already, leaving out those in `except` (which the caller writes itself).
pub fn missing(attrs: &[Attribute], except: &[&str]) -> TokenStream {
    let written = written(attrs);
    let missing: Vec<TokenStream> = NEEDED
        .iter()
        .filter(|(name, _)| !written.iter().any(|w| w == name) && !except.contains(name))
        .filter_map(|(_, path)| path.parse().ok())
        .collect();
    if missing.is_empty() {
        return TokenStream::new();
    }
    quote!(#[derive(#(#missing),*)])
}

/// Whether `attrs` derive `name` (by the last segment of its path).
pub fn derives(attrs: &[Attribute], name: &str) -> bool {
    written(attrs).iter().any(|w| w == name)
}

/// The names of the derives in `attrs`.
fn written(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("derive"))
        .filter_map(|attr| {
            attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
                .ok()
        })
        .flatten()
        .filter_map(|path| path.segments.last().map(|s| s.ident.to_string()))
        .collect()
}
