//! What is emitted for a family with errors: the enum and its whole API, so
//! the user sees the table's real errors and not a cascade of "no function
//! `from_code`" errors at every use. The codes that are fine keep their
//! variant in `code` and `from_code`, so that a constant such as
//! `E::from_code(4031003).unwrap()` evaluates and stays silent too.

use std::collections::HashSet;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::check::family::RESERVED;
use crate::generate::api::Api;
use crate::generate::axum;
use crate::generate::derives;
use crate::generate::family::code_lit;
use crate::parse::ast::{Family, Variant};

pub fn expand(family: &Family) -> TokenStream {
    let Family {
        attrs,
        vis,
        ident,
        code_type,
        ..
    } = family;
    let derives = derives::missing(attrs, &[]);
    // A variant named like a generated constant would clash with it again.
    let variants: Vec<&Variant> = family
        .variants
        .iter()
        .filter(|v| !RESERVED.iter().any(|name| v.ident == name))
        .collect();
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
    let mut api = Api::stub(ident.clone(), quote!(#code_type), name);
    let codes = usable_codes(family, &variants);
    if !codes.is_empty() {
        let to_code = codes.iter().map(|(v, code)| quote!(Self::#v => #code,));
        let from_code = codes
            .iter()
            .map(|(v, code)| quote!(#code => ::core::option::Option::Some(Self::#v),));
        // The catch-all arm only where a variant is left out: rustc warns of
        // an unreachable pattern otherwise.
        let others = (codes.len() < variants.len()).then(|| quote!(_ => 0,));
        api.code = quote!(match self { #(#to_code)* #others });
        api.from_code = quote!(match code { #(#from_code)* _ => ::core::option::Option::None });
    }
    let api = api.expand();
    let axum = axum::stub(ident, family.options.axum);
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
/// before has it. Each with its code as a literal.
fn usable_codes<'a>(
    family: &Family,
    variants: &[&'a Variant],
) -> Vec<(&'a syn::Ident, TokenStream)> {
    let (min, max) = family.code_type.range();
    let mut seen = HashSet::new();
    variants
        .iter()
        .filter_map(|v| {
            let value = v.code.as_ref()?.value?;
            let fits = (min..=max).contains(&value) && seen.insert(value);
            fits.then(|| (&v.ident, code_lit(value)))
        })
        .collect()
}
