//! What is emitted for a family with errors: the enum and its whole API with
//! bodies that never run, so the user sees the table's real errors and not
//! a cascade of "no function `from_code`" errors at every use.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Family;
use crate::derives;
use crate::gen_api::Api;

pub fn expand(family: &Family) -> TokenStream {
    let Family {
        attrs,
        vis,
        ident,
        code_type,
        ..
    } = family;
    let derives = derives::missing(attrs);
    // Codes are left out: a duplicate or out-of-range one would make rustc
    // repeat the error the macro already reported.
    let variants = family.variants.iter().map(|v| {
        let (attrs, ident) = (&v.attrs, &v.ident);
        quote!(#(#attrs)* #ident)
    });
    let name = family
        .options
        .name
        .clone()
        .unwrap_or_else(|| ident.to_string());
    let api = Api::stub(ident.clone(), quote!(#code_type), name).expand();
    quote! {
        #(#attrs)*
        #derives
        #vis enum #ident {
            #(#variants,)*
        }
        #api
    }
}
