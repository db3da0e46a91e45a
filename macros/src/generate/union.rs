//! The union of a module's families: an enum with one variant per family,
//! implementing the same API by dispatching to the family.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::Visibility;

use crate::check::model::Union;
use crate::generate::api::Api;
use crate::generate::axum;
use crate::generate::family::code_lit;

/// The union, with `IntoResponse` when the module has the `axum` flag.
pub fn expand(union: &Union, axum: Option<Span>) -> TokenStream {
    let families: Vec<&Ident> = union.members.iter().map(|table| &table.ident).collect();
    let shell = shell(&union.ident, &union.vis, &families);
    let api = api(union).expand();
    let axum = axum::union(&union.ident, &families, axum);
    quote!(#shell #api #axum)
}

/// The union's enum and its `From` each family: all that a stub needs too.
pub fn shell(ident: &Ident, vis: &Visibility, families: &[&Ident]) -> TokenStream {
    let definition = definition(ident, vis, families);
    let conversions = from_families(ident, families);
    quote!(#definition #conversions)
}

fn definition(ident: &Ident, vis: &Visibility, families: &[&Ident]) -> TokenStream {
    let docs = families
        .iter()
        .map(|family| format!("An error of [`{family}`]."));
    let links: Vec<String> = families
        .iter()
        .map(|family| format!("[`{family}`]"))
        .collect();
    let summary = format!(
        "Every error of the module's families: {}.",
        links.join(", ")
    );
    quote! {
        #[doc = #summary]
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #vis enum #ident {
            #(#[doc = #docs] #families(#families),)*
        }
    }
}

fn from_families(ident: &Ident, families: &[&Ident]) -> TokenStream {
    let impls = families.iter().map(|family| {
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#family> for #ident {
                fn from(error: #family) -> Self {
                    #ident::#family(error)
                }
            }
        }
    });
    quote!(#(#impls)*)
}

fn api(union: &Union) -> Api {
    let ty = union.code_type;
    let all = union.members.iter().flat_map(|table| {
        let family = &table.ident;
        table.rows.iter().map(move |row| {
            let row = &row.ident;
            quote!(Self::#family(#family::#row))
        })
    });
    // Each family in turn, if the code is within its range: a few compares,
    // then the family's own lookup (a `match` or a perfect hash). The
    // families share no code, so the order does not matter.
    let (type_min, type_max) = ty.range();
    let tries = union.members.iter().map(|table| {
        let family = &table.ident;
        let (min, max) = table.code_range();
        let lookup = quote!(#family::from_code(code));
        let none = quote!(::core::option::Option::None);
        let above = (min > type_min)
            .then(|| code_lit(min))
            .map(|min| quote!(code >= #min));
        let below = (max < type_max)
            .then(|| code_lit(max))
            .map(|max| quote!(code <= #max));
        let found = match (above, below) {
            _ if min == max => {
                let only = code_lit(min);
                quote!(if code == #only { #lookup } else { #none })
            }
            (Some(above), Some(below)) => quote!(if #above && #below { #lookup } else { #none }),
            (Some(bound), None) | (None, Some(bound)) => {
                quote!(if #bound { #lookup } else { #none })
            }
            (None, None) => lookup,
        };
        quote! {
            if let ::core::option::Option::Some(error) = #found {
                return ::core::option::Option::Some(Self::#family(error));
            }
        }
    });
    let dispatch = |method: &str, args: TokenStream| {
        let method = format_ident!("{}", method);
        let families = union.members.iter().map(|table| &table.ident);
        quote!(match self { #(Self::#families(error) => #families::#method(error #args),)* })
    };
    let display = {
        let families = union.members.iter().map(|table| &table.ident);
        quote!(match self { #(Self::#families(error) => ::core::fmt::Display::fmt(error, f),)* })
    };
    Api {
        ident: union.ident.clone(),
        code_ty: quote!(#ty),
        family: union.family.clone(),
        all: quote!(#(#all),*),
        code: dispatch("code", quote!()),
        from_code: quote!({
            #(#tries)*
            ::core::option::Option::None
        }),
        message: dispatch("message", quote!()),
        message_in: dispatch("message_in", quote!(, lang)),
        help: dispatch("help", quote!()),
        http_status: dispatch("http_status", quote!()),
        sub_code: dispatch("sub_code", quote!()),
        name: dispatch("name", quote!()),
        retryable: dispatch("is_retryable", quote!()),
        display,
        items: TokenStream::new(),
    }
}
