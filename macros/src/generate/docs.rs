//! The table of codes added to a family's rustdoc, so the vendor's table
//! reads on docs.rs as it did in the vendor's documentation.

use proc_macro2::TokenStream;
use quote::quote;

use crate::check::model::{Key, Table};

pub fn codes_table(table: &Table) -> TokenStream {
    let mut lines = vec![
        String::new(),
        "# Codes".to_owned(),
        String::new(),
        "| Code | HTTP | Variant | Message |".to_owned(),
        "|---:|---:|---|---|".to_owned(),
    ];
    let ident = &table.ident;
    lines.extend(table.rows.iter().map(|row| {
        let name = &row.ident;
        format!(
            "| {} | {} | [`{name}`]({ident}::{name}) | {} |",
            code(&row.code),
            row.status,
            escape(&row.message)
        )
    }));
    quote!(#(#[doc = #lines])*)
}

/// An integer code as it is, a string code escaped.
fn code(code: &Key) -> String {
    match code {
        Key::Int(value) => value.to_string(),
        Key::Str(text) => escape(text),
    }
}

/// Escapes what Markdown would read as table cells, markup or HTML.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '&' => escaped.push_str("&amp;"),
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '#' => {
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
    }
}
