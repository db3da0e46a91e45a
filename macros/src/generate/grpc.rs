//! `From<E> for tonic::Status` and `GrpcStatus` for the families and unions
//! with the `tonic` flag. What the table knows is written here: each row's
//! gRPC code (its `#[grpc]`, the family's `grpc = ..`, else the runtime's
//! mapping of its HTTP status) and its `ErrorInfo` reason; the runtime
//! builds the status from them.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::check::model::{Row, Table, Union};
use crate::generate::tokens::{self, runtime_at, text};
use crate::parse::grpc_code::GrpcCode;

/// The impls for a family, if it has the flag. The call is spanned at the
/// flag, so without the runtime's `tonic` feature the error points there.
pub fn family(table: &Table) -> TokenStream {
    let Some(span) = table.impls.tonic else {
        return TokenStream::new();
    };
    let (ident, runtime) = (&table.ident, runtime_at(&table.runtime, span));
    let code = grpc_code(table, &runtime);
    let reason = match_error(
        table,
        &table.rows,
        |row| Some(text(&upper_snake(&row.name()))),
        None,
    );
    let lang = match &table.lang {
        Some(lang) => quote!(::core::option::Option::Some(#lang)),
        None => quote!(::core::option::Option::None),
    };
    quote_spanned! {span=>
        #runtime::__private::impl_tonic!(#ident, family(
            |error: #ident| #code,
            |error: #ident| #reason,
            |_: #ident| #lang
        ));
    }
}

/// The gRPC code of `error`: the rows' own `#[grpc]`, else the family's
/// `grpc = ..`, else the mapping of the row's HTTP status (which, like
/// `is_retryable`, needs no `match` over the rows when nothing overrides it).
fn grpc_code(table: &Table, runtime: &TokenStream) -> TokenStream {
    let ident = &table.ident;
    let mapped = quote!(#runtime::__private::grpc_code_for_status(#ident::http_status(error)));
    let code = |code: GrpcCode| {
        let variant = format_ident!("{}", code.name());
        quote!(#runtime::__private::tonic::Code::#variant)
    };
    let rest = match table.grpc {
        Some(family) => code(family),
        None => mapped,
    };
    let rows = table.values();
    if rows.iter().all(|row| row.grpc.is_none()) {
        return rest;
    }
    match_error(table, rows, |row| row.grpc.map(code), Some(rest))
}

/// The impls for a union with the flag: each family's own code, reason
/// and language.
pub fn union(union: &Union, families: &[&Ident]) -> TokenStream {
    let Some(span) = union.impls.tonic else {
        return TokenStream::new();
    };
    let (ident, runtime) = (&union.ident, runtime_at(&union.runtime, span));
    let dispatch = |method: &str| {
        let method = format_ident!("{}", method);
        let cfgs = union.members.iter().map(|table| table.cfg_attrs());
        quote! {
            |error: #ident| match error {
                #(#cfgs #ident::#families(error) => #runtime::__private::GrpcStatus::#method(error),)*
            }
        }
    };
    let (code, reason, lang) = (
        dispatch("grpc_code"),
        dispatch("reason"),
        dispatch("message_lang"),
    );
    quote_spanned! {span=>
        #runtime::__private::impl_tonic!(#ident, union(#code, #reason, #lang));
    }
}

/// The impls after a compile error in a family, so that uses of
/// `Status::from` add no follow-up error.
pub fn stub(ident: &Ident, runtime: &TokenStream, tonic: Option<Span>) -> TokenStream {
    stub_of(quote!(family), ident, runtime, tonic)
}

/// The impls of a union after a compile error in one of its families.
pub fn union_stub(ident: &Ident, runtime: &TokenStream, tonic: Option<Span>) -> TokenStream {
    stub_of(quote!(union), ident, runtime, tonic)
}

/// A stub of `kind`: a union's says nothing without the feature, as its
/// families already do.
fn stub_of(
    kind: TokenStream,
    ident: &Ident,
    runtime: &TokenStream,
    tonic: Option<Span>,
) -> TokenStream {
    let Some(span) = tonic else {
        return TokenStream::new();
    };
    let runtime = runtime_at(runtime, span);
    quote_spanned! {span=>
        #runtime::__private::impl_tonic!(#ident, #kind(
            |_: #ident| #runtime::__private::tonic::Code::Unknown,
            |_: #ident| "",
            |_: #ident| ::core::option::Option::None
        ));
    }
}

/// `match error` over `rows` of `table`, inside the closures the runtime's
/// `impl_tonic!` takes.
fn match_error(
    table: &Table,
    rows: &[Row],
    value: impl Fn(&Row) -> Option<TokenStream>,
    rest: Option<TokenStream>,
) -> TokenStream {
    let ident = &table.ident;
    tokens::match_error(&quote!(error), &quote!(#ident), rows, value, rest)
}

/// A variant's name in UPPER_SNAKE_CASE, AIP-193's form of a reason:
/// `InvalidAccessToken` is `INVALID_ACCESS_TOKEN`, `HTTPVersion` is
/// `HTTP_VERSION`, `Error404Page` is `ERROR404_PAGE`.
fn upper_snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|i| chars[i]);
        let next = chars.get(i + 1);
        let word_starts = c.is_uppercase()
            && prev.is_some_and(|prev| {
                prev.is_lowercase()
                    || prev.is_ascii_digit()
                    || (prev.is_uppercase() && next.is_some_and(|next| next.is_lowercase()))
            });
        if word_starts {
            out.push('_');
        }
        out.extend(c.to_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::upper_snake;

    #[test]
    fn reasons_are_upper_snake_case() {
        assert_eq!(upper_snake("InvalidAccessToken"), "INVALID_ACCESS_TOKEN");
        assert_eq!(upper_snake("HTTPVersion"), "HTTP_VERSION");
        assert_eq!(upper_snake("Error404Page"), "ERROR404_PAGE");
        assert_eq!(upper_snake("Http2Error"), "HTTP2_ERROR");
        assert_eq!(upper_snake("type"), "TYPE");
        assert_eq!(upper_snake("Auth_Failure"), "AUTH_FAILURE");
        assert_eq!(upper_snake("ALREADY_UPPER"), "ALREADY_UPPER");
        assert_eq!(upper_snake("A"), "A");
    }
}
