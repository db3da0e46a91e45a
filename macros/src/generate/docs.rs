//! The table of codes added to a family's rustdoc, so the vendor's table
//! reads on docs.rs as it did in the vendor's documentation.

use proc_macro2::TokenStream;
use quote::quote;

use crate::check::model::{Key, Table};

pub fn codes_table(table: &Table) -> TokenStream {
    let head = [
        String::new(),
        "# Codes".to_owned(),
        String::new(),
        "| Code | HTTP | Variant | Message |".to_owned(),
        "|---:|---:|---|---|".to_owned(),
    ];
    let ident = &table.ident;
    // A `#[doc(hidden)]` row is not part of the documented API.
    let shown = table.values().iter().filter(|row| !is_doc_hidden(row));
    let rows = shown.map(|row| {
        let name = row.name();
        // rustdoc does not resolve `Enum::r#type`: a raw name links to its
        // anchor on the enum's page instead.
        let target = if row.ident == name {
            format!("{ident}::{name}")
        } else {
            format!("#variant.{name}")
        };
        let line = format!(
            "| {} | {} | [`{name}`]({target}) | {} |",
            code(&row.code),
            row.status,
            escape(&row.message)
        );
        // A row compiled out is out of the table too.
        match row.cfgs.as_slice() {
            [] => quote!(#[doc = #line]),
            cfgs => quote!(#[cfg_attr(all(#(#cfgs),*), doc = #line)]),
        }
    });
    quote!(#(#[doc = #head])* #(#rows)*)
}

/// Whether the row has `#[doc(hidden)]`.
fn is_doc_hidden(row: &crate::check::model::Row) -> bool {
    row.attrs.iter().any(|attr| {
        attr.path().is_ident("doc")
            && matches!(&attr.meta, syn::Meta::List(list) if list.tokens.to_string() == "hidden")
    })
}

/// An integer code as it is, a string code escaped.
fn code(code: &Key) -> String {
    match code {
        Key::Int(value) => value.to_string(),
        Key::Str(text) => escape(text),
    }
}

/// Escapes what Markdown would read as table cells, markup or HTML, and
/// keeps a message of several lines in its cell.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '&' => escaped.push_str("&amp;"),
            '\n' => escaped.push_str("<br>"),
            '\r' => {}
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '#' | '~' => {
                escaped.push('\\');
                escaped.push(c);
            }
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markdown() {
        assert_eq!(
            super::escape("a|b <c> *d* [e]_"),
            "a\\|b &lt;c&gt; \\*d\\* \\[e\\]\\_"
        );
        assert_eq!(
            super::escape("line 1\nline 2 `x`"),
            "line 1<br>line 2 \\`x\\`"
        );
    }
}
