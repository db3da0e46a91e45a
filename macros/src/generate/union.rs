//! The union of a module's families: an enum with one variant per family,
//! implementing the same API by dispatching to the family.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::Visibility;

use crate::check::model::Union;
use crate::generate::api::Api;
use crate::generate::axum;
use crate::generate::grpc;
use crate::generate::methods::status_of;
use crate::generate::tokens::code_lit;
use crate::generate::utoipa;

/// The union, with `IntoResponse` when the module has the `axum` flag.
pub fn expand(union: &Union) -> TokenStream {
    let families: Vec<&Ident> = union.members.iter().map(|table| &table.ident).collect();
    let members: Vec<(&Ident, TokenStream)> = union
        .members
        .iter()
        .map(|table| (&table.ident, table.cfg_attrs()))
        .collect();
    let shell = shell(&union.ident, &union.vis, &members);
    let api = api(union).expand();
    let axum = axum::union(union, &families);
    let openapi = utoipa::union_impls(&union.ident, &union.runtime, union.impls.utoipa);
    let grpc = grpc::union(union, &families);
    quote!(#shell #api #axum #openapi #grpc)
}

/// The union's enum and its conversions from and to each family: all that
/// a stub needs too. Each family comes with its `#[cfg]`s, for every piece
/// of the union that names it.
pub fn shell(ident: &Ident, vis: &Visibility, families: &[(&Ident, TokenStream)]) -> TokenStream {
    let definition = definition(ident, vis, families);
    let conversions = from_families(ident, families);
    let back = to_families(ident, families);
    quote!(#definition #conversions #back)
}

/// A stub's `from_code`: each family's own lookup in turn, for the families
/// (sound or not: a family's fallback still finds its sound codes) that
/// have the union's code type.
pub fn try_each(families: &[&Ident]) -> TokenStream {
    let tries = families.iter().map(|family| {
        quote! {
            if let ::core::option::Option::Some(error) = #family::from_code(code) {
                return ::core::option::Option::Some(Self::#family(error));
            }
        }
    });
    quote!({
        #(#tries)*
        ::core::option::Option::None
    })
}

fn definition(ident: &Ident, vis: &Visibility, families: &[(&Ident, TokenStream)]) -> TokenStream {
    let docs = families
        .iter()
        .map(|(family, _)| format!("An error of [`{family}`]."));
    let mut links: Vec<String> = Vec::new();
    for (family, _) in families {
        let link = format!("[`{family}`]");
        if !links.contains(&link) {
            links.push(link);
        }
    }
    let (families, cfgs): (Vec<&Ident>, Vec<&TokenStream>) = families
        .iter()
        .map(|(family, cfgs)| (*family, cfgs))
        .unzip();
    let summary = format!(
        "Every error of the module's families: {}.",
        links.join(", ")
    );
    quote! {
        #[doc = #summary]
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #vis enum #ident {
            #(#cfgs #[doc = #docs] #families(#families),)*
        }
    }
}

fn from_families(ident: &Ident, families: &[(&Ident, TokenStream)]) -> TokenStream {
    let impls = families.iter().map(|(family, cfgs)| {
        quote! {
            #cfgs
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

/// `TryFrom<Union> for Family`: the family's error, or the union back.
fn to_families(ident: &Ident, families: &[(&Ident, TokenStream)]) -> TokenStream {
    // With families under `#[cfg]`s, one build may have only this one.
    let allow = families
        .iter()
        .any(|(_, cfgs)| !cfgs.is_empty())
        .then(|| quote!(#[allow(unreachable_patterns)]));
    let impls = families.iter().map(|(family, cfgs)| {
        let other = (families.len() > 1)
            .then(|| quote!(#allow other => ::core::result::Result::Err(other),));
        quote! {
            #cfgs
            #[automatically_derived]
            impl ::core::convert::TryFrom<#ident> for #family {
                type Error = #ident;
                fn try_from(error: #ident) -> ::core::result::Result<Self, #ident> {
                    match error {
                        #ident::#family(error) => ::core::result::Result::Ok(error),
                        #other
                    }
                }
            }
        }
    });
    quote!(#(#impls)*)
}

/// `http_status_of`: a known code's family's status; for an unknown code,
/// the status every family's scheme gives it, else `None` (one family
/// answering 200 and another 503 for a code would make two retry
/// decisions for it).
fn union_status_of(union: &Union) -> TokenStream {
    let first = union.members[0].http;
    let one_scheme = union
        .members
        .iter()
        .all(|table| table.http == first && table.cfgs.is_empty());
    if one_scheme {
        return status_of(first, &union.runtime);
    }
    let runtime = &union.runtime;
    let families = union.members.iter().map(|table| &table.ident);
    let cfgs = union.members.iter().map(|table| table.cfg_attrs());
    quote! {
        match Self::from_code(code) {
            ::core::option::Option::Some(error) => ::core::option::Option::Some(Self::http_status(error)),
            ::core::option::Option::None => #runtime::__private::agreed_status(&[
                #(#cfgs #families::http_status_of(code)),*
            ]),
        }
    }
}

fn api(union: &Union) -> Api {
    let ty = union.code_type;
    let all = union.members.iter().flat_map(|table| {
        let (family, family_cfgs) = (&table.ident, table.cfg_attrs());
        table.rows.iter().map(move |row| {
            let (cfgs, row) = (row.cfg_attrs(), &row.ident);
            quote!(#family_cfgs #cfgs Self::#family(#family::#row))
        })
    });
    // Each family in turn, if the code is within its range: a few compares,
    // then the family's own lookup (a `match` or a perfect hash). The
    // families share no code, so the order does not matter.
    let (type_min, type_max) = ty.range();
    let tries = union.members.iter().map(|table| {
        let (family, cfgs) = (&table.ident, table.cfg_attrs());
        let (min, max) = table.code_range();
        let lookup = quote!(#family::from_code(code));
        let none = quote!(::core::option::Option::None);
        if table.is_str() {
            return quote! {
                #cfgs
                if let ::core::option::Option::Some(error) = #lookup {
                    return ::core::option::Option::Some(Self::#family(error));
                }
            };
        }
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
            #cfgs
            if let ::core::option::Option::Some(error) = #found {
                return ::core::option::Option::Some(Self::#family(error));
            }
        }
    });
    let dispatch = |method: &str, args: TokenStream| {
        let method = format_ident!("{}", method);
        let families = union.members.iter().map(|table| &table.ident);
        let cfgs = union.members.iter().map(|table| table.cfg_attrs());
        quote!(match self { #(#cfgs Self::#families(error) => #families::#method(error #args),)* })
    };
    let display = {
        let families = union.members.iter().map(|table| &table.ident);
        let cfgs = union.members.iter().map(|table| table.cfg_attrs());
        // By value: with every family compiled out, `match` on a reference
        // to the empty union would need an arm.
        quote!(match *self { #(#cfgs Self::#families(error) => ::core::fmt::Display::fmt(&error, f),)* })
    };
    Api {
        ident: union.ident.clone(),
        runtime: union.runtime.clone(),
        impls: union.impls,
        code_type: ty,
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
        http_status_of: union_status_of(union),
        sub_code: dispatch("sub_code", quote!()),
        name: dispatch("name", quote!()),
        category: union.members[0]
            .is_str()
            .then(|| dispatch("category", quote!())),
        retryable: dispatch("is_retryable", quote!()),
        retry_after: dispatch("retry_after", quote!()),
        display,
        items: TokenStream::new(),
    }
}
