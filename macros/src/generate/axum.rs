//! `IntoResponse` for the families and unions with the `axum` flag. Every
//! row's body is known from the table, so it is written here, at expansion,
//! as one JSON text: serving an error copies no text and runs no serializer.

use std::fmt::Write;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::check::model::{Key, Row, Table, Union};
use crate::generate::tokens::runtime_at;
use crate::parse::body::{Body, Segment};
use crate::parse::display_format::Piece;

/// The impl for a family, if it has the flag. The call is spanned at the
/// flag, so without the runtime's `axum` feature the error points there.
pub fn family(table: &Table) -> TokenStream {
    let Some(span) = table.impls.axum else {
        return TokenStream::new();
    };
    let (ident, runtime) = (&table.ident, runtime_at(&table.runtime, span));
    let (content_type, arms) = match &table.body {
        Body::Problem => (quote!(PROBLEM_JSON), arms(table, problem)),
        Body::Template(segments) => (
            quote!(JSON),
            arms(table, |row| template(segments, table, row)),
        ),
    };
    quote_spanned! {span=>
        #runtime::__private::impl_axum!(#ident, body(
            #runtime::__private::#content_type,
            |error: #ident| match error { #(#arms)* }
        ));
    }
}

/// One arm a row (a version of a row, under its predicates): the row's
/// body, written by `body`.
fn arms(table: &Table, body: impl Fn(&Row) -> String) -> Vec<TokenStream> {
    let ident = &table.ident;
    table
        .values()
        .iter()
        .map(|row| {
            let (variant, body, cfgs) = (&row.ident, body(row), row.cfg_attrs());
            quote!(#cfgs #ident::#variant => #body,)
        })
        .collect()
}

/// The impl for a union with the flag: each family's own response.
pub fn union(union: &Union, families: &[&Ident]) -> TokenStream {
    let Some(span) = union.impls.axum else {
        return TokenStream::new();
    };
    let (ident, runtime) = (&union.ident, runtime_at(&union.runtime, span));
    let cfgs = union.members.iter().map(|table| table.cfg_attrs());
    quote_spanned! {span=>
        #runtime::__private::impl_axum!(#ident, dispatch(|error: #ident| match error {
            #(#cfgs #ident::#families(error) =>
                #runtime::__private::axum_core::response::IntoResponse::into_response(error),)*
        }));
    }
}

/// The impl after a compile error, so that uses of `into_response` add no
/// follow-up error.
pub fn stub(ident: &Ident, runtime: &TokenStream, axum: Option<Span>) -> TokenStream {
    let Some(span) = axum else {
        return TokenStream::new();
    };
    let runtime = runtime_at(runtime, span);
    quote_spanned! {span=>
        #runtime::__private::impl_axum!(#ident, body(
            #runtime::__private::JSON,
            |_: #ident| "{}"
        ));
    }
}

/// RFC 9457: `{"type":"about:blank","title":..,"status":..,"code":..}`, and
/// `"detail"` where the row has a `#[help]`.
fn problem(row: &Row) -> String {
    let mut body = String::from(r#"{"type":"about:blank","title":"#);
    quoted(&mut body, &row.message);
    let _ = write!(body, r#","status":{},"code":"#, row.status);
    body.push_str(&code_value(&row.code));
    if let Some(help) = &row.help {
        body.push_str(r#","detail":"#);
        quoted(&mut body, help);
    }
    body.push('}');
    body
}

/// The family's template, `segments`, with the row's values in its
/// placeholders.
fn template(segments: &[Segment], table: &Table, row: &Row) -> String {
    let mut body = String::new();
    for segment in segments {
        match segment {
            Segment::Text(text) => body.push_str(text),
            Segment::InString(piece) => escape(&mut body, &text(table, row, piece)),
            Segment::Value(piece) => body.push_str(&value(table, row, piece)),
        }
    }
    body
}

/// A placeholder's text, as `Display` writes it.
fn text(table: &Table, row: &Row, piece: &Piece) -> String {
    match piece {
        Piece::Code => row.code.text(),
        Piece::Msg => row.message.clone(),
        Piece::Name => row.name(),
        Piece::Status => row.status.to_string(),
        Piece::Sub => sub_code(table, row).text(),
        Piece::Text(text) => text.clone(),
    }
}

/// A placeholder as a JSON value of its own: numbers bare, texts quoted.
fn value(table: &Table, row: &Row, piece: &Piece) -> String {
    match piece {
        Piece::Code => code_value(&row.code),
        Piece::Sub => code_value(&sub_code(table, row)),
        Piece::Status => text(table, row, piece),
        Piece::Msg | Piece::Name | Piece::Text(_) => {
            let mut json = String::new();
            quoted(&mut json, &text(table, row, piece));
            json
        }
    }
}

/// `{code}` (or `{sub}`) as a JSON value: an integer code is a number, a
/// string code a JSON string.
fn code_value(code: &Key) -> String {
    match code {
        Key::Int(value) => value.to_string(),
        Key::Str(text) => {
            let mut json = String::new();
            quoted(&mut json, text);
            json
        }
    }
}

/// The code without its leading status under `split`; a string code itself.
fn sub_code(table: &Table, row: &Row) -> Key {
    match (&row.code, table.divisor()) {
        (Key::Int(code), Some(divisor)) => Key::Int(code % divisor),
        (code, _) => code.clone(),
    }
}

/// `text` as a JSON string, quotes included.
fn quoted(out: &mut String, text: &str) {
    out.push('"');
    escape(out, text);
    out.push('"');
}

/// `text` escaped for the inside of a JSON string: quotes, backslashes and
/// control characters as JSON requires, and `<`, `>`, `&`, U+2028, U+2029
/// as `\uXXXX` too, so a body inlined in an HTML `<script>` cannot close it
/// (`</script>`) and stays valid JavaScript. Decoders read the same text.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' | '\0'..='\u{1f}' | '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        escape(&mut out, text);
        out
    }

    #[test]
    fn escapes_what_json_and_script_tags_need() {
        assert_eq!(escaped(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(escaped("l1\nl2\t\u{1}"), r#"l1\nl2\t\u0001"#);
        assert_eq!(escaped("</script>&"), r#"\u003c/script\u003e\u0026"#);
        assert_eq!(escaped("无效的Access-Token"), "无效的Access-Token");
    }
}
