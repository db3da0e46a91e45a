//! `export --format markdown`: one vendor-style table per family, for a docs
//! site, that `error-table import` reads back into the same catalog.
//!
//! Each family is a heading (its enum's name, which `import` names the enum
//! by) and a GFM table: `Code`, `HTTP status`, the message (headed by its
//! language key when messages are keyed, so `import` knows the language),
//! the second language if there is one, and `Description` (the help) when a
//! row has one. Cells escape what Markdown would read as markup, so the
//! rendered page shows the text verbatim.

use std::fmt::Write as _;

use crate::catalog::{Catalog, Family};

/// The Markdown page of `catalog`.
pub fn markdown(catalog: &Catalog) -> String {
    let mut out = String::new();
    for (index, family) in catalog.families.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        table(family, &mut out);
    }
    out
}

fn table(family: &Family, out: &mut String) {
    let _ = writeln!(out, "## {}\n", family.name());
    let _ = writeln!(
        out,
        "`{}`: `FAMILY` {}, codes of type `{}`.\n",
        escape(&family.path),
        escape(&family.family),
        escape(&family.code_type)
    );
    let langs = languages(family);
    let has_help = family.rows.iter().any(|row| row.help.is_some());
    let mut header = vec!["Code".to_owned(), "HTTP status".to_owned()];
    match &family.lang {
        Some(_) => header.extend(langs.iter().cloned()),
        None => header.push("Message".to_owned()),
    }
    if has_help {
        header.push("Description".to_owned());
    }
    line(out, &header);
    line(out, &vec!["---".to_owned(); header.len()]);
    for row in &family.rows {
        let mut cells = vec![escape(&row.code.to_string()), row.status.to_string()];
        match &family.lang {
            Some(_) => cells.extend(langs.iter().map(|lang| {
                escape(
                    row.message_in(lang, family.lang.as_deref())
                        .unwrap_or_default(),
                )
            })),
            None => cells.push(escape(&row.message)),
        }
        if has_help {
            cells.push(escape(row.help.as_deref().unwrap_or_default()));
        }
        line(out, &cells);
    }
}

/// The family's languages, the default one first, then the others in the
/// order they first appear.
fn languages(family: &Family) -> Vec<String> {
    let mut langs: Vec<String> = family.lang.iter().cloned().collect();
    for row in &family.rows {
        for (lang, _) in &row.translations {
            if !langs.contains(lang) {
                langs.push(lang.clone());
            }
        }
    }
    langs
}

fn line(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// `text` as a table cell: Markdown's markup characters backslash-escaped,
/// line breaks as spaces (a cell is one line).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '!' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
