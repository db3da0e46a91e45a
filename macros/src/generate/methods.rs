//! The bodies of the methods that integer and string families share (the
//! messages in other languages, help, status, retryable, `Display`) and
//! `http_status_of`, which unions share too.

use proc_macro2::TokenStream;
use quote::quote;

use crate::check::model::{Row, Table};
use crate::generate::tokens::{code_lit, match_rows, text};
use crate::parse::display_format::Piece;
use crate::parse::options::Http;

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
            table.values(),
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
    if table.values().iter().all(|row| row.help.is_none()) {
        return quote!(::core::option::Option::None);
    }
    match_rows(
        table.values(),
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
/// no `match` over every row: on a large table that `match` was a good
/// part of every rebuild (BENCHMARKS.md has the figures).
pub fn retryable(table: &Table) -> TokenStream {
    let runtime = &table.runtime;
    let default = quote!(#runtime::__private::retryable_status(Self::http_status(self)));
    if table.values().iter().all(|row| row.retryable.is_none()) {
        return default;
    }
    match_rows(
        table.values(),
        |row| row.retryable.map(|r| r.retry).map(|r| quote!(#r)),
        Some(default),
    )
}

/// `retry_after`: for a retryable error, the row's `#[retryable(after = N)]`,
/// else the family's `retryable(after = N)`; `None` for an error not worth
/// retrying or without a delay.
pub fn retry_after(table: &Table) -> TokenStream {
    let seconds = |seconds: Option<u32>| match seconds {
        Some(seconds) => {
            let seconds = u64::from(seconds);
            quote!(::core::option::Option::Some(::core::time::Duration::from_secs(#seconds)))
        }
        None => quote!(::core::option::Option::None),
    };
    let family = seconds(table.retry_after);
    let rows = table.values();
    if table.retry_after.is_none() && rows.iter().all(|row| after(row).is_none()) {
        return quote!({
            let _ = self;
            ::core::option::Option::None
        });
    }
    let delay = if rows.iter().any(|row| after(row).is_some()) {
        match_rows(
            rows,
            |row| after(row).map(|s| seconds(Some(s))),
            Some(family),
        )
    } else {
        family
    };
    quote! {
        if Self::is_retryable(self) { #delay } else { ::core::option::Option::None }
    }
}

/// A row's own delay.
fn after(row: &Row) -> Option<u32> {
    row.retryable.and_then(|retryable| retryable.after)
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
    let first = table.values().first().map_or(500, |row| row.status);
    if table.values().iter().all(|row| row.status == first) {
        return quote!(#first);
    }
    match_rows(
        table.values(),
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
