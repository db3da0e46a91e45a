//! What is emitted for a family with errors: the enum and its whole API, so
//! the user sees the table's real errors and not a cascade of "no function
//! `from_code`" errors at every use. The variants and codes are those check
//! could still vouch for (`check::found`): the codes that are fine keep their
//! variant in `code` and `from_code`, so that a constant such as
//! `E::from_code(4031003).unwrap()` evaluates and stays silent too.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::check::found::Partial;
use crate::check::model::Impls;
use crate::generate::api::Api;
use crate::generate::axum;
use crate::generate::derives;
use crate::generate::grpc;
use crate::generate::strings::compare_each;
use crate::generate::utoipa;
use crate::parse::ast::Family;
use crate::parse::code_type::CodeType;

pub fn expand(partial: &Partial) -> TokenStream {
    let Partial { family, found } = partial;
    let Family {
        attrs,
        vis,
        ident,
        code_type,
        options,
        ..
    } = family;
    let derives = derives::missing(attrs, &[]);
    // A variant named like a generated item would clash with it again, and
    // a second variant of one name would make the matches below fail.
    let variants: Vec<_> = family
        .variants
        .iter()
        .zip(found)
        .filter(|(_, found)| found.declared)
        .collect();
    // Codes are left out of the enum: a duplicate or out-of-range one would
    // make rustc repeat the error the macro already reported.
    let declared = variants.iter().map(|(v, _)| {
        let (attrs, ident) = (&v.attrs, &v.ident);
        quote!(#(#attrs)* #ident)
    });
    let name = options.family_name(ident);
    let mut api = Api::stub(ident.clone(), options.runtime(), *code_type, name);
    api.impls = Impls::of(options);
    // The variants whose code is fine, each with its `#[cfg]`s and literal.
    let codes: Vec<_> = variants
        .iter()
        .filter_map(|(v, found)| {
            let cfgs = &v.helpers.cfgs;
            let code = found.code.as_ref()?.lit();
            Some((quote!(#(#[cfg(#cfgs)])*), &v.ident, code))
        })
        .collect();
    if !codes.is_empty() {
        let to_code = codes
            .iter()
            .map(|(cfgs, v, code)| quote!(#cfgs Self::#v => #code,));
        let from_code = codes
            .iter()
            .map(|(cfgs, v, code)| quote!(#cfgs #code => ::core::option::Option::Some(Self::#v),));
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
            compare_each(&options.runtime(), &codes)
        } else {
            quote!(match code { #(#from_code)* _ => ::core::option::Option::None })
        };
    }
    let api = api.expand();
    let axum = axum::stub(ident, &options.runtime(), options.axum);
    // `utoipa` without `axum` is the error reported: no impl needing `Serve`.
    let utoipa_flag = options.utoipa.filter(|_| options.axum.is_some());
    let openapi = utoipa::impls(ident, &options.runtime(), utoipa_flag);
    let grpc = grpc::stub(ident, &options.runtime(), options.tonic);
    let body = quote_spanned!(ident.span()=> enum #ident { #(#declared,)* });
    quote! {
        #(#attrs)*
        #derives
        #vis #body
        #api
        #axum
        #openapi
        #grpc
    }
}
