//! `error-table check`: which enum of the source is which table of the
//! document, and how they differ.
//!
//! Enums and tables are paired by the codes they share: the pair sharing the
//! most codes first, then the next among those left (ties go to the earlier
//! enum and table), so that an enum follows its table even when another
//! table reuses some of its codes (Tencent's public 4000 and IoT 4000). An
//! enum sharing no code with any table is all dropped codes, a table sharing
//! none with any enum all new ones. `--enum Name` compares that one enum
//! with the table it shares the most codes with.

use std::collections::{HashMap, HashSet};

use crate::catalog::{Entry as SourceRow, Family};
use crate::code::Code;
use crate::columns::{CodeTable, Row};

/// A code with its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The code.
    pub code: Code,
    /// Its message.
    pub message: String,
}

/// A text that differs between the source and the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The code.
    pub code: Code,
    /// What differs: `message`, `message (en)`, `help`, `status`.
    pub field: String,
    /// The source's text.
    pub source: String,
    /// The document's text.
    pub document: String,
}

/// A table of the document as `check` refers to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableRef {
    /// Its 1-based number among the document's code tables.
    pub number: usize,
    /// The line where it starts.
    pub line: usize,
}

/// An enum and its table, or one of them alone, and their differences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairing {
    /// The enum's path in the source, `None` for a table no enum matches.
    pub family: Option<String>,
    /// The table, `None` for an enum no table matches.
    pub table: Option<TableRef>,
    /// How many codes the two share.
    pub shared: usize,
    /// Codes only in the document, in its order.
    pub new: Vec<Entry>,
    /// Codes only in the source, in its order.
    pub dropped: Vec<Entry>,
    /// Texts that differ, in the document's order.
    pub changed: Vec<Change>,
}

impl Pairing {
    /// Whether the enum and the table agree.
    pub fn agrees(&self) -> bool {
        self.new.is_empty() && self.dropped.is_empty() && self.changed.is_empty()
    }
}

/// The outcome of `check`: every pairing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The pairings, paired ones in the document's order, then lone enums.
    pub pairings: Vec<Pairing>,
}

impl Report {
    /// Whether the source and the document agree.
    pub fn agrees(&self) -> bool {
        self.pairings.iter().all(Pairing::agrees)
    }
}

/// Compares `families` with `tables`; with `only`, just the enum of that name
/// (or path), or an error message naming the enums there are.
pub fn compare(
    families: &[Family],
    tables: &[CodeTable],
    only: Option<&str>,
) -> Result<Report, String> {
    let chosen: Vec<&Family> = match only {
        None => families.iter().collect(),
        Some(name) => families
            .iter()
            .filter(|f| f.path == name || f.name() == name)
            .collect(),
    };
    if chosen.is_empty() || (only.is_some() && chosen.len() > 1) {
        return Err(no_such_enum(families, only));
    }
    let pairs = pair(&chosen, tables);
    let mut pairings: Vec<Pairing> = Vec::new();
    for (number, table) in tables.iter().enumerate() {
        let table_ref = TableRef {
            number: number + 1,
            line: table.line,
        };
        match pairs.iter().find(|(_, t)| *t == number) {
            Some(&(f, _)) => pairings.push(diff(Some(chosen[f]), Some((table_ref, table)))),
            None if only.is_none() => pairings.push(diff(None, Some((table_ref, table)))),
            None => {}
        }
    }
    for (f, family) in chosen.iter().enumerate() {
        if !pairs.iter().any(|&(paired, _)| paired == f) {
            pairings.push(diff(Some(family), None));
        }
    }
    Ok(Report { pairings })
}

fn no_such_enum(families: &[Family], only: Option<&str>) -> String {
    let names: Vec<&str> = families.iter().map(|f| f.path.as_str()).collect();
    match (only, names.is_empty()) {
        (_, true) => {
            "no #[error_table] enum in the file; give the Rust file that declares the families"
                .to_owned()
        }
        (Some(name), false) => format!(
            "--enum {name}: not exactly one #[error_table] enum of that name; the file declares {}",
            names.join(", ")
        ),
        (None, false) => unreachable!("families are chosen when there are some and no --enum"),
    }
}

/// Pairs enums with tables, most shared codes first: `(family, table)`.
fn pair(families: &[&Family], tables: &[CodeTable]) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (f, family) in families.iter().enumerate() {
        let codes: HashSet<&Code> = family.rows.iter().map(|v| &v.code).collect();
        for (t, table) in tables.iter().enumerate() {
            let shared = table
                .rows
                .iter()
                .filter(|row| codes.contains(&row.code))
                .count();
            if shared > 0 {
                candidates.push((shared, f, t));
            }
        }
    }
    candidates.sort_by_key(|&(shared, f, t)| (std::cmp::Reverse(shared), f, t));
    let (mut used_f, mut used_t, mut pairs) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, f, t) in candidates {
        if !used_f.contains(&f) && !used_t.contains(&t) {
            used_f.insert(f);
            used_t.insert(t);
            pairs.push((f, t));
        }
    }
    pairs
}

/// The differences of an enum and a table (either may be missing).
fn diff(family: Option<&Family>, table: Option<(TableRef, &CodeTable)>) -> Pairing {
    let rows: &[Row] = table.map_or(&[], |(_, t)| &t.rows);
    let entries: &[SourceRow] = family.map_or(&[], |f| &f.rows);
    let by_code: HashMap<&Code, &SourceRow> = entries.iter().map(|v| (&v.code, v)).collect();
    let in_doc: HashSet<&Code> = rows.iter().map(|row| &row.code).collect();
    let mut pairing = Pairing {
        family: family.map(|f| f.path.clone()),
        table: table.map(|(r, _)| r),
        shared: 0,
        new: Vec::new(),
        dropped: Vec::new(),
        changed: Vec::new(),
    };
    for row in rows {
        match (by_code.get(&row.code), family, table) {
            (Some(entry), Some(family), Some((_, table))) => {
                pairing.shared += 1;
                pairing.changed.extend(changes(family, entry, table, row));
            }
            _ => pairing.new.push(Entry {
                code: row.code.clone(),
                message: row.message.clone(),
            }),
        }
    }
    for entry in entries.iter().filter(|v| !in_doc.contains(&v.code)) {
        pairing.dropped.push(Entry {
            code: entry.code.clone(),
            message: entry.message.clone(),
        });
    }
    pairing
}

/// The fields of `entry` that differ from `row`: the message in the page's
/// language, the second language and the help where the family writes them
/// at all, and the status where the page has a status column.
fn changes(family: &Family, entry: &SourceRow, table: &CodeTable, row: &Row) -> Vec<Change> {
    let mut out = Vec::new();
    let mut compare = |field: String, source: &str, document: &str| {
        if source != document {
            out.push(Change {
                code: row.code.clone(),
                field,
                source: source.to_owned(),
                document: document.to_owned(),
            });
        }
    };
    let lang = family.lang.as_deref();
    // The page's first language, where the family has it; else its default.
    let message = entry
        .message_in(&table.lang, lang)
        .unwrap_or(&entry.message);
    compare("message".to_owned(), message, &row.message);
    if let Some(key) = &table.translation_lang {
        let has = |e: &SourceRow| e.message_in(key, lang).is_some();
        if lang.is_some() && family.rows.iter().any(has) {
            compare(
                format!("message ({key})"),
                entry.message_in(key, lang).unwrap_or(""),
                row.translation.as_deref().unwrap_or(""),
            );
        }
    }
    if table.has_help && family.rows.iter().any(|e| e.help.is_some()) {
        compare(
            "help".to_owned(),
            entry.help.as_deref().unwrap_or(""),
            row.help.as_deref().unwrap_or(""),
        );
    }
    if let Some(status) = row.http {
        compare(
            "status".to_owned(),
            &entry.status.to_string(),
            &status.to_string(),
        );
    }
    out
}

#[cfg(test)]
mod tests;
