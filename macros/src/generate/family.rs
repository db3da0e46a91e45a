//! The code generated for a checked family: the enum and the bodies of its API.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::check::model::{Row, Table, cfg_key};
use crate::generate::api::Api;
use crate::generate::axum;
use crate::generate::derives;
use crate::generate::docs;
use crate::generate::grpc;
use crate::generate::lookup::{self, Lookup};
use crate::generate::methods::{
    display, help, http_status, message_in, retry_after, retryable, status_of,
};
use crate::generate::strings;
use crate::generate::tokens::{code_lit, match_rows, respan, text};
use crate::generate::utoipa;

pub fn expand(table: &Table) -> TokenStream {
    let definition = definition(table);
    let api = api(table).expand();
    let debug = debug(table);
    let axum = axum::family(table);
    let openapi = utoipa::impls(&table.ident, &table.runtime, table.impls.utoipa);
    let axum = quote!(#axum #openapi);
    let grpc = grpc::family(table);
    if table.cfgs.is_empty() {
        return quote!(#definition #api #debug #axum #grpc);
    }
    // The enum keeps its own `#[cfg]`; the impls go in one block under the
    // same predicates, so that none of them names an enum compiled out.
    let cfgs = table.cfg_attrs();
    quote! {
        #definition
        #cfgs
        const _: () = { #api #debug #axum #grpc };
    }
}

/// `Debug` as the derive writes it for a unit variant, its name, unless the
/// user derives it.
fn debug(table: &Table) -> TokenStream {
    if derives::derives(&table.attrs, "Debug") {
        return TokenStream::new();
    }
    let ident = &table.ident;
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(Self::name(*self))
            }
        }
    }
}

/// The enum itself: the user's attributes, the codes table in its docs, our
/// `#[repr]` and derives, and each variant with its code as discriminant.
fn definition(table: &Table) -> TokenStream {
    let Table {
        attrs,
        vis,
        ident,
        code_type,
        ..
    } = table;
    let docs = docs::codes_table(table);
    // Debug is written by hand through `name()` (below): the same output as
    // the derive, and a large table compiles faster without the derive's
    // match over every variant.
    let derives = derives::missing(attrs, &["Debug"]);
    // A string family's enum has no discriminants: `code()` is a `match`.
    let repr = (!table.is_str()).then(|| repr(table, code_type.ident()));
    let variants = table.rows.iter().map(|row| {
        let Row {
            attrs, ident, code, ..
        } = row;
        let doc = variant_doc(table, row);
        if table.is_str() {
            return quote_spanned!(ident.span()=> #(#attrs)* #doc #ident);
        }
        // The whole variant on the name's span, as for the enum above.
        let code = respan(code.lit(), ident.span());
        quote_spanned!(ident.span()=> #(#attrs)* #doc #ident = #code)
    });
    // The keyword and braces take the name's span, so that the item (and a
    // lint about it) points at the user's enum, not at the attribute.
    let body = quote_spanned!(ident.span()=> enum #ident { #(#variants,)* });
    quote! {
        #(#attrs)*
        #docs
        #derives
        #repr
        #vis #body
    }
}

/// The message as the variant's doc when it has no doc comment of its own;
/// a row whose docs differ by version has the doc of each version under
/// its predicate.
fn variant_doc(table: &Table, row: &Row) -> TokenStream {
    if table.value_rows.is_empty() {
        let message = &row.message;
        if row.has_doc {
            return TokenStream::new();
        }
        return quote!(#[doc = #message]);
    }
    let versions = table.value_rows.iter().filter(|version| {
        !version.has_doc
            && version.ident == row.ident
            && version.cfgs.len() >= row.cfgs.len()
            && cfg_key(&version.cfgs[..row.cfgs.len()]) == cfg_key(&row.cfgs)
    });
    versions
        .map(|version| {
            let message = &version.message;
            match &version.cfgs[row.cfgs.len()..] {
                [] => quote!(#[doc = #message]),
                cfgs => quote!(#[cfg_attr(all(#(#cfgs),*), doc = #message)]),
            }
        })
        .collect()
}

/// `#[repr(..)]`, which rustc refuses on an enum without variants: when
/// every row has a `#[cfg]`, only while one of them is compiled in.
fn repr(table: &Table, repr: impl quote::ToTokens) -> TokenStream {
    if table.rows.iter().any(|row| row.cfgs.is_empty()) {
        return quote!(#[repr(#repr)]);
    }
    let rows = table.rows.iter().map(|row| {
        let cfgs = &row.cfgs;
        quote!(all(#(#cfgs),*))
    });
    quote!(#[cfg_attr(any(#(#rows),*), repr(#repr))])
}

fn api(table: &Table) -> Api {
    if table.is_str() {
        return strings::api(table);
    }
    let ty = table.code_type;
    let runtime = &table.runtime;
    // A perfect hash places every code once; rows under `#[cfg]` may share
    // a code, and may not be there at all: they keep the `match`.
    let lookup = (!table.has_cfgs())
        .then(|| lookup::perfect_hash(table))
        .flatten()
        .unwrap_or_else(|| match_lookup(table));
    let all = table.rows.iter().map(|row| {
        let (cfgs, ident) = (row.cfg_attrs(), &row.ident);
        quote!(#cfgs Self::#ident)
    });
    Api {
        ident: table.ident.clone(),
        runtime: runtime.clone(),
        impls: table.impls,
        code_type: ty,
        family: table.family.clone(),
        all: quote!(#(#all),*),
        code: quote!(self as #ty),
        from_code: lookup.from_code,
        message: lookup.message,
        message_in: message_in(table),
        help: help(table),
        http_status: http_status(table),
        http_status_of: status_of(table.http, runtime),
        sub_code: match table.divisor() {
            Some(divisor) => {
                let divisor = code_lit(divisor);
                quote!(self as #ty % #divisor)
            }
            None => quote!(self as #ty),
        },
        name: lookup.name,
        category: None,
        retryable: retryable(table),
        retry_after: retry_after(table),
        display: display(&table.display, runtime),
        items: lookup.items,
    }
}

/// Lookup by `match`: for small or dense families, a jump table or a few
/// compares.
fn match_lookup(table: &Table) -> Lookup {
    let arms = table.rows.iter().map(|row| {
        let (cfgs, ident, code) = (row.cfg_attrs(), &row.ident, row.code.lit());
        quote!(#cfgs #code => ::core::option::Option::Some(Self::#ident),)
    });
    Lookup {
        items: TokenStream::new(),
        from_code: quote! {
            match code {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        },
        message: match_rows(table.values(), |row| Some(text(&row.message)), None),
        name: match_rows(&table.rows, |row| Some(text(&row.name())), None),
    }
}
