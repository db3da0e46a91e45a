//! `Serve` and `IntoResponse` for the families and unions with the `axum`
//! flag. Every row's body is known from the table, so it is written here,
//! at expansion, once a language (`bodies.rs`): serving an error copies no
//! text and runs no serializer, and a `Reply` only fills in its values.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::check::model::{Row, Table, Union};
use crate::generate::bodies::{self, Escape, Part};
use crate::generate::tokens::runtime_at;
use crate::parse::body::Body;
use crate::parse::display_format::PerRequest;

/// The impls for a family, if it has the flag. The call is spanned at the
/// flag, so without the runtime's `axum` feature the error points there.
pub fn family(table: &Table) -> TokenStream {
    let Some(span) = table.impls.axum else {
        return TokenStream::new();
    };
    let (ident, runtime) = (&table.ident, runtime_at(&table.runtime, span));
    let langs = languages(table);
    let content_type = match &table.body {
        Body::Problem => quote!(PROBLEM_JSON),
        Body::Template(_) => quote!(JSON),
        Body::Xml(_) => quote!(XML),
    };
    let arms = table.values().iter().map(|row| {
        let (variant, cfgs) = (&row.ident, row.cfg_attrs());
        let templates = templates(table, row, &runtime, &content_type);
        quote!(#cfgs #ident::#variant => &[#(#templates),*],)
    });
    let langs = langs.iter().flatten();
    quote_spanned! {span=>
        #runtime::__private::impl_axum!(#ident, family(
            |_: #ident| -> &'static [&'static ::core::primitive::str] { &[#(#langs),*] },
            |error: #ident| -> &'static [#runtime::__private::Template] {
                match error { #(#arms)* }
            }
        ));
    }
}

/// The languages of the bodies, the default one first; one `None` for a
/// family without keyed messages.
fn languages(table: &Table) -> Vec<Option<&str>> {
    match &table.lang {
        Some(lang) => std::iter::once(lang)
            .chain(&table.langs)
            .map(|lang| Some(lang.as_str()))
            .collect(),
        None => vec![None],
    }
}

/// The row's body in each language, as the runtime's `Template`s.
fn templates(
    table: &Table,
    row: &Row,
    runtime: &TokenStream,
    content_type: &TokenStream,
) -> Vec<TokenStream> {
    let private = quote!(#runtime::__private);
    let default = table.lang.as_deref();
    languages(table)
        .into_iter()
        .map(|lang| {
            let lang = lang.filter(|lang| Some(*lang) != default);
            let parts = bodies::parts(table, row, lang);
            let whole = bodies::whole(&parts);
            // A body with no place for a request's value is its whole text.
            let holes = parts.iter().any(|part| !matches!(part, Part::Text(_)));
            let parts = parts
                .iter()
                .filter(|_| holes)
                .map(|part| part_tokens(part, &private));
            quote! {
                #private::Template {
                    content_type: #private::#content_type,
                    whole: #whole,
                    parts: &[#(#parts),*],
                }
            }
        })
        .collect()
}

fn part_tokens(part: &Part, private: &TokenStream) -> TokenStream {
    let field = |field: &PerRequest| match field {
        PerRequest::RequestId => quote!(#private::Field::RequestId),
        PerRequest::Instance => quote!(#private::Field::Instance),
        PerRequest::Detail => quote!(#private::Field::Detail),
    };
    match part {
        Part::Text(text) => quote!(#private::Part::Text(#text)),
        Part::Hole {
            field: f,
            escape,
            default,
        } => {
            let (f, escape) = (
                field(f),
                match escape {
                    Escape::InJsonString => quote!(InJsonString),
                    Escape::JsonValue => quote!(JsonValue),
                    Escape::Xml => quote!(Xml),
                },
            );
            quote!(#private::Part::Hole { field: #f, escape: #private::Escape::#escape, default: #default })
        }
        Part::Member {
            key,
            field: f,
            default,
        } => {
            let f = field(f);
            quote!(#private::Part::Member { key: #key, field: #f, default: #default })
        }
    }
}

/// The impls for a union with the flag: each family's own bodies.
pub fn union(union: &Union, families: &[&Ident]) -> TokenStream {
    let Some(span) = union.impls.axum else {
        return TokenStream::new();
    };
    let (ident, runtime) = (&union.ident, runtime_at(&union.runtime, span));
    let cfgs: Vec<TokenStream> = union.members.iter().map(|t| t.cfg_attrs()).collect();
    quote_spanned! {span=>
        #runtime::__private::impl_axum!(#ident, union(
            |error: #ident| -> &'static [&'static ::core::primitive::str] {
                match error { #(#cfgs #ident::#families(error) => #runtime::Serve::__languages(error),)* }
            },
            |error: #ident| -> &'static [#runtime::__private::Template] {
                match error { #(#cfgs #ident::#families(error) => #runtime::Serve::__templates(error),)* }
            }
        ));
    }
}

/// The impls after a compile error, so that uses of `into_response` or
/// `reply` add no follow-up error.
pub fn stub(ident: &Ident, runtime: &TokenStream, axum: Option<Span>) -> TokenStream {
    let Some(span) = axum else {
        return TokenStream::new();
    };
    let runtime = runtime_at(runtime, span);
    quote_spanned! {span=>
        #runtime::__private::impl_axum!(#ident, family(
            |_: #ident| -> &'static [&'static ::core::primitive::str] { &[] },
            |_: #ident| -> &'static [#runtime::__private::Template] {
                &[#runtime::__private::Template {
                    content_type: #runtime::__private::JSON,
                    whole: "{}",
                    parts: &[],
                }]
            }
        ));
    }
}
