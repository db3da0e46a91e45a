//! The report of `check`, as text for a person and as JSON for a machine.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::diff::{Change, Entry, Pairing, Report};

/// The report as text: a summary line, then each enum or table that drifts
/// with its new, dropped and changed codes.
pub fn text(report: &Report, source: &str, document: &str) -> String {
    let codes: usize = report.pairings.iter().map(|p| p.shared).sum();
    let paired = report
        .pairings
        .iter()
        .filter(|p| p.family.is_some() && p.table.is_some())
        .count();
    if report.agrees() {
        return format!("{source} agrees with {document}: {paired} enum(s), {codes} code(s)\n");
    }
    let count = |f: fn(&Pairing) -> usize| report.pairings.iter().map(f).sum::<usize>();
    let mut out = format!(
        "{source} drifts from {document}: {} new code(s), {} dropped, {} changed text(s)\n",
        count(|p| p.new.len()),
        count(|p| p.dropped.len()),
        count(|p| p.changed.len()),
    );
    for pairing in report.pairings.iter().filter(|p| !p.agrees()) {
        out.push_str(&format!("{}:\n", title(pairing)));
        for Entry { code, message } in &pairing.new {
            let _ = writeln!(out, "  new      {code} {message:?}");
        }
        for Entry { code, message } in &pairing.dropped {
            let _ = writeln!(out, "  dropped  {code} {message:?}");
        }
        for Change {
            code,
            field,
            source,
            document,
        } in &pairing.changed
        {
            let _ = writeln!(
                out,
                "  changed  {code} {field}: {source:?} in the source, {document:?} in the document"
            );
        }
    }
    out
}

/// `PublicError ~ table 1 (line 5)`, `table 3 (line 98), no enum`.
fn title(pairing: &Pairing) -> String {
    let table = pairing
        .table
        .map(|t| format!("table {} (line {})", t.number, t.line));
    match (&pairing.family, table) {
        (Some(family), Some(table)) => format!("{family} ~ {table}"),
        (Some(family), None) => format!("{family}, no table shares a code with it"),
        (None, Some(table)) => format!("{table}, no enum shares a code with it"),
        (None, None) => String::new(),
    }
}

/// The report as JSON:
/// `{"agrees": bool, "source": .., "document": .., "pairings": [{"enum",
/// "table", "line", "shared", "new": [{"code", "message"}], "dropped": [..],
/// "changed": [{"code", "field", "source", "document"}]}]}`; a code is a
/// number or a string as the table writes it.
pub fn json(report: &Report, source: &str, document: &str) -> Value {
    let pairings: Vec<Value> = report
        .pairings
        .iter()
        .map(|p| {
            json!({
                "enum": p.family,
                "table": p.table.map(|t| t.number),
                "line": p.table.map(|t| t.line),
                "shared": p.shared,
                "new": p.new.iter().map(entry).collect::<Vec<_>>(),
                "dropped": p.dropped.iter().map(entry).collect::<Vec<_>>(),
                "changed": p.changed.iter().map(|c| json!({
                    "code": code(&c.code),
                    "field": c.field,
                    "source": c.source,
                    "document": c.document,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "agrees": report.agrees(),
        "source": source,
        "document": document,
        "pairings": pairings,
    })
}

fn entry(entry: &Entry) -> Value {
    json!({ "code": code(&entry.code), "message": entry.message })
}

fn code(code: &crate::code::Code) -> Value {
    match code {
        crate::code::Code::Int(value) => {
            i64::try_from(*value).map_or_else(|_| json!(value.to_string()), |v| json!(v))
        }
        crate::code::Code::Str(text) => json!(text),
    }
}
