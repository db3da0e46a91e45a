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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Code;
    use crate::diff::TableRef;

    fn report() -> Report {
        Report {
            pairings: vec![Pairing {
                family: Some("xlink::Forbidden".into()),
                table: Some(TableRef {
                    number: 2,
                    line: 82,
                }),
                shared: 10,
                new: vec![Entry {
                    code: Code::Int(4_031_099),
                    message: "新\"的\"".into(),
                }],
                dropped: vec![Entry {
                    code: Code::Str("Gone".into()),
                    message: "old".into(),
                }],
                changed: vec![Change {
                    code: Code::Int(4_031_003),
                    field: "message".into(),
                    source: "a".into(),
                    document: "b".into(),
                }],
            }],
        }
    }

    #[test]
    fn text_names_every_difference() {
        let expected = "src.rs drifts from doc.md: 1 new code(s), 1 dropped, 1 changed text(s)
xlink::Forbidden ~ table 2 (line 82):
  new      4031099 \"新\\\"的\\\"\"
  dropped  Gone \"old\"
  changed  4031003 message: \"a\" in the source, \"b\" in the document
";
        assert_eq!(text(&report(), "src.rs", "doc.md"), expected);
        let agreeing = Report {
            pairings: vec![Pairing {
                new: vec![],
                dropped: vec![],
                changed: vec![],
                ..report().pairings[0].clone()
            }],
        };
        assert_eq!(
            text(&agreeing, "src.rs", "doc.md"),
            "src.rs agrees with doc.md: 1 enum(s), 10 code(s)\n"
        );
    }

    #[test]
    fn json_keeps_codes_as_numbers_or_strings() {
        let value = json(&report(), "src.rs", "doc.md");
        assert_eq!(value["agrees"], false);
        let pairing = &value["pairings"][0];
        assert_eq!(pairing["enum"], "xlink::Forbidden");
        assert_eq!(pairing["table"], 2);
        assert_eq!(pairing["line"], 82);
        assert_eq!(pairing["new"][0]["code"], 4_031_099);
        assert_eq!(pairing["new"][0]["message"], "新\"的\"");
        assert_eq!(pairing["dropped"][0]["code"], "Gone");
        assert_eq!(pairing["changed"][0]["field"], "message");
    }
}
