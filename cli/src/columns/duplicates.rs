//! A code the page lists twice, in one table, or in two tables of the same
//! columns with the same message (one list cut into parts, such as an
//! object store's redirects listed under 3xx and again under another
//! heading): identical rows are one row; of rows that contradict each other
//! the first is kept, with a warning naming both lines, or an error under
//! `--strict`.
//!
//! A code with another message in another table is another list's code:
//! Tencent's public codes and its module codes both have a 4000 with
//! different meanings, and both stay.

use std::collections::HashMap;

use super::{CodeTable, Row};
use crate::code::Code;
use crate::read::ReadError;

/// Removes the repeated rows of `tables`; the warnings (errors when
/// `strict`) go to `warnings` (`errors`). Tables left without rows go.
pub(super) fn merge(
    tables: &mut Vec<CodeTable>,
    strict: bool,
    warnings: &mut Vec<ReadError>,
    errors: &mut Vec<ReadError>,
) {
    let mut seen: HashMap<(Vec<String>, Code), (usize, Row)> = HashMap::new();
    for (number, table) in tables.iter_mut().enumerate() {
        let key = table
            .header
            .iter()
            .map(|h| h.to_lowercase())
            .collect::<Vec<_>>();
        table.rows.retain(|row| {
            let first = match seen.get(&(key.clone(), row.code.clone())) {
                Some((at, first)) if *at == number || first.message == row.message => first,
                Some(_) => return true,
                None => {
                    seen.insert((key.clone(), row.code.clone()), (number, row.clone()));
                    return true;
                }
            };
            let differ = differences(first, row);
            if !differ.is_empty() {
                let message = format!(
                    "code {} is listed twice with a different {}: line {} and line {}; {}",
                    row.code,
                    differ.join(" and "),
                    first.line,
                    row.line,
                    if strict {
                        "keep one row per code (without --strict the first is kept)"
                    } else {
                        "the first is kept"
                    }
                );
                let out = if strict { &mut *errors } else { &mut *warnings };
                out.push(ReadError::new(row.line, message));
            }
            false
        });
    }
    tables.retain(|table| !table.rows.is_empty());
}

/// The fields in which two rows of one code differ.
fn differences(first: &Row, then: &Row) -> Vec<&'static str> {
    let mut out = Vec::new();
    if first.http != then.http {
        out.push("status");
    }
    if first.message != then.message {
        out.push("message");
    }
    if first.translation != then.translation {
        out.push("translation");
    }
    if first.help != then.help {
        out.push("description");
    }
    out
}
