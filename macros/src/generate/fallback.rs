//! What is emitted for a family with errors: the enum and its whole API, so
//! the user sees the table's real errors and not a cascade of "no function
//! `from_code`" errors at every use. The codes that are fine keep their
//! variant in `code` and `from_code`, so that a constant such as
//! `E::from_code(4031003).unwrap()` evaluates and stays silent too.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::check::family::{RESERVED, cfg_key};
use crate::check::model::{Impls, Key};
use crate::generate::api::Api;
use crate::generate::axum;
use crate::generate::derives;
use crate::parse::ast::{CodeValue, Family, Variant};
use crate::parse::code_type::CodeType;

pub fn expand(family: &Family) -> TokenStream {
    let Family {
        attrs,
        vis,
        ident,
        code_type,
        ..
    } = family;
    let derives = derives::missing(attrs, &[]);
    // A variant named like a generated item would clash with it again, and
    // a second variant of one name would make the matches below fail.
    let mut variants: Vec<&Variant> = Vec::new();
    for variant in &family.variants {
        let reserved = RESERVED.iter().any(|name| variant.ident == name);
        let repeated = variants
            .iter()
            .any(|v| v.ident == variant.ident && cfg_key(v) == cfg_key(variant));
        if !reserved && !repeated {
            variants.push(variant);
        }
    }
    // Codes are left out of the enum: a duplicate or out-of-range one would
    // make rustc repeat the error the macro already reported.
    let declared = variants.iter().map(|v| {
        let (attrs, ident) = (&v.attrs, &v.ident);
        quote!(#(#attrs)* #ident)
    });
    let name = family
        .options
        .name
        .clone()
        .unwrap_or_else(|| ident.to_string());
    let mut api = Api::stub(ident.clone(), family.options.runtime(), *code_type, name);
    api.impls = Impls::of(&family.options);
    let codes = usable_codes(family, &variants);
    if !codes.is_empty() {
        let to_code = codes
            .iter()
            .map(|(v, code, cfgs)| quote!(#cfgs Self::#v => #code,));
        let from_code = codes
            .iter()
            .map(|(v, code, cfgs)| quote!(#cfgs #code => ::core::option::Option::Some(Self::#v),));
        // The catch-all arm only where a variant is left out: rustc warns of
        // an unreachable pattern otherwise.
        let others = (codes.len() < variants.len()).then_some(());
        let zero = if *code_type == CodeType::Str {
            quote!("")
        } else {
            quote!(0)
        };
        let others = others.map(|_| quote!(_ => #zero,));
        api.code = quote!(match self { #(#to_code)* #others });
        api.from_code = if *code_type == CodeType::Str {
            let runtime = family.options.runtime();
            let tries = codes.iter().map(|(v, code, cfgs)| {
                quote!(#cfgs {
                    if #runtime::__private::str_eq(code, #code) {
                        return ::core::option::Option::Some(Self::#v);
                    }
                })
            });
            quote!({ #(#tries)* ::core::option::Option::None })
        } else {
            quote!(match code { #(#from_code)* _ => ::core::option::Option::None })
        };
    }
    let api = api.expand();
    let axum = axum::stub(ident, &family.options.runtime(), family.options.axum);
    let body = quote_spanned!(ident.span()=> enum #ident { #(#declared,)* });
    quote! {
        #(#attrs)*
        #derives
        #vis #body
        #api
        #axum
    }
}

/// The variants whose code is fine: it fits the code type and no variant
/// before has it (under the same `#[cfg]`s). Each with its code as a
/// literal and its `#[cfg]`s.
fn usable_codes<'a>(
    family: &Family,
    variants: &[&'a Variant],
) -> Vec<(&'a syn::Ident, TokenStream, TokenStream)> {
    let (min, max) = family.code_type.range();
    let strings = family.code_type == CodeType::Str;
    let mut seen = HashSet::new();
    variants
        .iter()
        .filter_map(|v| {
            let code = v.code.as_ref()?;
            let key = match &code.value {
                CodeValue::Str(text) if strings && !text.is_empty() => Key::Str(text.clone()),
                CodeValue::Int(Some(value)) if !strings && (min..=max).contains(value) => {
                    Key::Int(*value)
                }
                _ => return None,
            };
            let lit = key.lit();
            let cfgs = &v.helpers.cfgs;
            seen.insert((key, cfg_key(v)))
                .then(|| (&v.ident, lit, quote!(#(#[cfg(#cfgs)])*)))
        })
        .collect()
}
