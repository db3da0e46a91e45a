//! The code generated for a checked family: the enum and the bodies of its API.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use crate::check::model::{Row, Table, cfg_key};
use crate::generate::api::Api;
use crate::generate::axum;
use crate::generate::derives;
use crate::generate::docs;
use crate::generate::lookup::{self, Lookup};
use crate::generate::strings;
use crate::parse::display_format::Piece;
use crate::parse::options::Http;

pub fn expand(table: &Table) -> TokenStream {
    let definition = definition(table);
    let api = api(table).expand();
    let debug = debug(table);
    let axum = axum::family(table);
    quote!(#definition #api #debug #axum)
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
    let repr = (!table.is_str()).then(|| {
        let repr = code_type.ident();
        quote!(#[repr(#repr)])
    });
    let variants = table.rows.iter().map(|row| {
        let Row {
            attrs, ident, code, ..
        } = row;
        let doc = (!row.has_doc).then(|| {
            let message = &row.message;
            quote!(#[doc = #message])
        });
        if table.is_str() {
            return quote_spanned!(ident.span()=> #(#attrs)* #doc #ident);
        }
        // The whole variant on the name's span, as for the enum above.
        let code: TokenStream = code
            .lit()
            .into_iter()
            .map(|mut token| {
                token.set_span(ident.span());
                token
            })
            .collect();
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
        code_ty: quote!(#ty),
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
        display: display(&table.display, runtime),
        items: lookup.items,
    }
}

/// `http_status_of(code)` of a family or union with the `http` option
/// `http`: the status of the error with that code, else what the option
/// says of a code the table does not know.
pub fn status_of(http: Option<Http>, runtime: &TokenStream) -> TokenStream {
    let unknown = match http {
        Some(Http::Split { digits }) => {
            let divisor = code_lit(10i128.pow(digits));
            quote!(#runtime::__private::http_status_in((code / #divisor) as ::core::primitive::i128))
        }
        Some(Http::Fixed(status)) => quote!(::core::option::Option::Some(#status)),
        None => quote!(::core::option::Option::None),
    };
    quote! {
        match Self::from_code(code) {
            ::core::option::Option::Some(error) => ::core::option::Option::Some(Self::http_status(error)),
            ::core::option::Option::None => #unknown,
        }
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
        message: match_rows(&table.rows, |row| Some(text(&row.message)), None),
        name: match_rows(&table.rows, |row| Some(text(&row.name())), None),
    }
}

/// `match self`, with the rows that give the same value (under the same
/// `#[cfg]`s) in one arm; rows for which `value` is `None` go to `rest` (a
/// `_` arm), if given.
pub fn match_rows(
    rows: &[Row],
    value: impl Fn(&Row) -> Option<TokenStream>,
    rest: Option<TokenStream>,
) -> TokenStream {
    match_rows_keyed(
        rows,
        |row| value(row).map(|value| (value.to_string(), value)),
        rest,
    )
}

/// [`match_rows`] with each value's key given beside it (the text it is made
/// of), which spares turning every value back into text: through the
/// compiler's bridge that is most of the time of a large table.
pub fn match_rows_keyed(
    rows: &[Row],
    value: impl Fn(&Row) -> Option<(String, TokenStream)>,
    rest: Option<TokenStream>,
) -> TokenStream {
    // Arms in the order first seen, found by value through a map: a search
    // of the arms for each row is quadratic in a table of distinct values.
    let mut arms: Vec<(TokenStream, Vec<&syn::Ident>, TokenStream)> = Vec::new();
    let mut by_key: std::collections::HashMap<(String, String), usize> =
        std::collections::HashMap::new();
    let mut covered = 0;
    for row in rows {
        let Some((key, value)) = value(row) else {
            continue;
        };
        covered += 1;
        let cfgs = row.cfg_attrs();
        let key = (cfg_key(&row.cfgs), key);
        match by_key.get(&key) {
            Some(&arm) => arms[arm].1.push(&row.ident),
            None => {
                by_key.insert(key, arms.len());
                arms.push((value, vec![&row.ident], cfgs));
            }
        }
    }
    let arms = arms
        .iter()
        .map(|(value, idents, cfgs)| quote!(#cfgs #(Self::#idents)|* => #value,));
    let rest = rest
        .filter(|_| covered < rows.len())
        .map(|rest| quote!(_ => #rest,));
    quote!(match self { #(#arms)* #rest })
}

pub fn message_in(table: &Table) -> TokenStream {
    if table.langs.is_empty() {
        return quote! {
            let _ = lang;
            Self::message(self)
        };
    }
    let default = quote!(Self::message(self));
    let langs = table.langs.iter().map(|lang| {
        let in_lang = match_rows(
            &table.rows,
            |row| {
                row.translations
                    .iter()
                    .find(|(l, _)| l == lang)
                    .map(|(_, t)| text(t))
            },
            Some(default.clone()),
        );
        quote!(#lang => #in_lang,)
    });
    quote! {
        match lang {
            #(#langs)*
            _ => #default,
        }
    }
}

pub fn help(table: &Table) -> TokenStream {
    if table.rows.iter().all(|row| row.help.is_none()) {
        return quote!(::core::option::Option::None);
    }
    match_rows(
        &table.rows,
        |row| {
            Some(match &row.help {
                Some(help) => quote!(::core::option::Option::Some(#help)),
                None => quote!(::core::option::Option::None),
            })
        },
        None,
    )
}

/// `is_retryable`: the rows' own `#[retryable(..)]`, else whether the
/// row's status is one worth retrying. The status comes from
/// `http_status()`, a constant or arithmetic for most families, so there is
/// no `match` over every row (on 2,000 codes that `match` was 0.24 s of
/// every rebuild: run C8 of BENCHMARKS.md).
pub fn retryable(table: &Table) -> TokenStream {
    let runtime = &table.runtime;
    let default = quote!(#runtime::retryable_status(Self::http_status(self)));
    if table.rows.iter().all(|row| row.retryable.is_none()) {
        return default;
    }
    match_rows(
        &table.rows,
        |row| row.retryable.map(|r| quote!(#r)),
        Some(default),
    )
}

pub fn http_status(table: &Table) -> TokenStream {
    let ty = table.code_type;
    if let Some(divisor) = table.divisor() {
        let divisor = code_lit(divisor);
        // Every code was checked to split into a status in 100..=599.
        return quote! {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let status = (self as #ty / #divisor) as ::core::primitive::u16;
            status
        };
    }
    let first = table.rows.first().map_or(500, |row| row.status);
    if table.rows.iter().all(|row| row.status == first) {
        return quote!(#first);
    }
    match_rows(
        &table.rows,
        |row| Some(row.status).map(|s| quote!(#s)),
        None,
    )
}

pub fn display(pieces: &[Piece], runtime: &TokenStream) -> TokenStream {
    if pieces == [Piece::Msg] {
        return quote!(f.pad(Self::message(*self)));
    }
    let pieces = pieces.iter().map(|piece| match piece {
        Piece::Text(text) => quote!(#runtime::__private::Piece::Text(#text)),
        Piece::Code => quote!(#runtime::__private::Piece::Code),
        Piece::Msg => quote!(#runtime::__private::Piece::Msg),
        Piece::Name => quote!(#runtime::__private::Piece::Name),
        Piece::Status => quote!(#runtime::__private::Piece::Status),
        Piece::Sub => quote!(#runtime::__private::Piece::Sub),
    });
    quote!(#runtime::__private::write_pieces(*self, &[#(#pieces),*], f))
}

/// A string literal, emitted as written (never read as a format string).
pub fn text(value: &str) -> TokenStream {
    let lit = Literal::string(value);
    quote!(#lit)
}

pub use crate::check::model::code_lit;
