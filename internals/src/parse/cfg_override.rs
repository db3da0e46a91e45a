//! `#[cfg_attr(pred, error_table(..))]` on an enum in a module: options
//! that apply only when `pred` holds. The module's expansion cannot know
//! whether it does, so the enum is read twice, as rustc would see it in
//! either case: once under `#[cfg(pred)]` with the options, once under
//! `#[cfg(not(pred))]` without; each copy's impls and place in the union
//! carry its `cfg`, so one of them is compiled.

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{Attribute, DeriveInput, Meta, Token};

use crate::parse::ast::is_error_table;

/// The enum's copies, one for each way its `cfg_attr`'d options can go
/// (the enum as it is when it has none).
pub fn split(item: TokenStream) -> Vec<TokenStream> {
    // Most enums have no such attribute: no second parse of them.
    if !has_cfg_attr_override(&item) {
        return vec![item];
    }
    let Ok(input) = syn::parse2::<DeriveInput>(item.clone()) else {
        return vec![item];
    };
    let Some((at, pred, metas)) = input.attrs.iter().enumerate().find_map(|(i, attr)| {
        let (pred, metas) = cfg_attr_args(attr)?;
        metas
            .iter()
            .any(is_error_table_meta)
            .then_some((i, pred, metas))
    }) else {
        return vec![item];
    };
    let mut with = input.clone();
    let bare = metas
        .iter()
        .map(|meta| -> Attribute { syn::parse_quote!(#[#meta]) });
    with.attrs.splice(
        at..=at,
        std::iter::once(syn::parse_quote!(#[cfg(#pred)])).chain(bare),
    );
    let mut without = input;
    without.attrs[at] = syn::parse_quote!(#[cfg(not(#pred))]);
    // Each copy may have another such attribute.
    let mut copies = split(with.to_token_stream());
    copies.extend(split(without.to_token_stream()));
    copies
}

/// Whether an outer `#[cfg_attr(..)]` of the item mentions `error_table`.
fn has_cfg_attr_override(item: &TokenStream) -> bool {
    let mut tokens = item.clone().into_iter();
    while let (Some(TokenTree::Punct(pound)), Some(TokenTree::Group(group))) =
        (tokens.next(), tokens.next())
    {
        if pound.as_char() != '#' {
            return false;
        }
        let mut inside = group.stream().into_iter();
        let is_cfg_attr = matches!(inside.next(), Some(TokenTree::Ident(i)) if i == "cfg_attr");
        if is_cfg_attr && mentions_error_table(group.stream()) {
            return true;
        }
    }
    false
}

fn mentions_error_table(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => ident == "error_table",
        TokenTree::Group(group) => mentions_error_table(group.stream()),
        _ => false,
    })
}

fn is_error_table_meta(meta: &Meta) -> bool {
    let attr: Attribute = syn::parse_quote!(#[#meta]);
    is_error_table(&attr)
}

fn cfg_attr_args(attr: &Attribute) -> Option<(TokenStream, Punctuated<Meta, Token![,]>)> {
    if !attr.path().is_ident("cfg_attr") {
        return None;
    }
    attr.parse_args_with(|input: syn::parse::ParseStream| {
        let mut pred = TokenStream::new();
        while !input.is_empty() && !input.peek(Token![,]) {
            pred.extend([input.parse::<proc_macro2::TokenTree>()?]);
        }
        input.parse::<Token![,]>()?;
        Ok((pred, Punctuated::parse_terminated(input)?))
    })
    .ok()
}
