//! Which column of a table holds what: the code, the message, the message in
//! a second language, a longer description, an HTTP status.
//!
//! - A table with no header row whose first row holds no number while the
//!   next does (HTML titles in `<td>`) takes that row as its header.
//! - The code column is a column whose every cell is an integer (a header
//!   naming a code, such as `code` or `错误码`, wins over one that does not),
//!   else a column named like a code whose every cell is an identifier-like
//!   code. A row number (`No.`, `#`, `序号`: 1, 2, 3, ...) beside a column
//!   of codes is never the code column. A table with no code column (a list
//!   of HTTP statuses) is not a code table and is skipped, unless most of
//!   such a column's cells are codes: then the others are mistakes, errors.
//! - A status column (its header says status, or every cell is 100..=599)
//!   gives each row its status; a cell in it that is not a status
//!   (`404 Not Found` is one) is an error naming the cell.
//! - The first other column is the message. A later column in another
//!   script than the message's is a second language whatever its header
//!   says, keyed by the language its header names, else by its script; a
//!   column whose header names another language is one too. The first
//!   further column in the message's script is the description.
//! - An empty message cell takes the row's second-language text, with a
//!   warning; a code listed twice is merged (see `duplicates`).

use crate::code::{Code, parse_int};
use crate::read::{ReadError, Table};

mod duplicates;
mod language;
mod status;

use language::column_script;
pub use language::{header_lang, script};

use status::{is_status_number, names_http, parse_status};

/// The code tables of a document, and the warnings about what was made of
/// the page (rows merged, empty cells filled).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeTables {
    /// The code tables, in the document's order.
    pub tables: Vec<CodeTable>,
    /// The warnings, each at its line.
    pub warnings: Vec<ReadError>,
}

/// A table of error codes, its rows typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeTable {
    /// The 1-based line of the document where the table starts.
    pub line: usize,
    /// The heading above the table, if the page has one.
    pub title: Option<String>,
    /// The header cells, as written.
    pub header: Vec<String>,
    /// The language of the message column (`zh`, `en`, ...).
    pub lang: String,
    /// The language of the second-language column, if there is one.
    pub translation_lang: Option<String>,
    /// Whether the table has a description column.
    pub has_help: bool,
    /// The rows, in document order.
    pub rows: Vec<Row>,
}

/// A row of a code table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The 1-based line of the row in the document.
    pub line: usize,
    /// The code.
    pub code: Code,
    /// The message, in the table's first language.
    pub message: String,
    /// The message in the second language, when the table has one (the cell
    /// may be empty).
    pub translation: Option<String>,
    /// The description, when the table has one (the cell may be empty).
    pub help: Option<String>,
    /// The HTTP status, when the table has a status column.
    pub http: Option<u16>,
}

/// The indexes of the columns of a code table.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Columns {
    code: usize,
    http: Option<usize>,
    message: usize,
    lang: String,
    translation: Option<(usize, String)>,
    help: Option<usize>,
}

/// The code tables among `tables`, in order, without the warnings (see
/// [`typed_tables`]).
pub fn code_tables(tables: Vec<Table>) -> Result<Vec<CodeTable>, Vec<ReadError>> {
    typed_tables(tables, false).map(|found| found.tables)
}

/// The code tables among `tables`, in order; tables without a code column
/// are left out. A code listed twice with different texts or statuses is
/// an error under `strict`, else a warning. The error is every problem found.
pub fn typed_tables(tables: Vec<Table>, strict: bool) -> Result<CodeTables, Vec<ReadError>> {
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    let mut out = Vec::new();
    for table in tables.into_iter().map(with_header) {
        if let Some(columns) = detect(&table, &mut errors)
            && let Some(found) = typed(table, &columns, &mut errors, &mut warnings)
        {
            out.push(found);
        }
    }
    duplicates::merge(&mut out, strict, &mut warnings, &mut errors);
    if errors.is_empty() {
        Ok(CodeTables {
            tables: out,
            warnings,
        })
    } else {
        errors.sort_by_key(|error| error.line);
        Err(errors)
    }
}

/// A table without a header row (HTML with `<td>` titles) whose first row
/// holds no number while the next does: that first row is the header.
fn with_header(mut table: Table) -> Table {
    let has_number = |row: &[String]| row.iter().any(|cell| parse_int(cell).is_some());
    if table.header.is_empty()
        && table.rows.len() > 1
        && !has_number(&table.rows[0])
        && has_number(&table.rows[1])
    {
        table.header = table.rows.remove(0);
        table.lines.remove(0);
    }
    table
}

/// The columns of `table`, `None` if it is not a code table or has no
/// message column (an error). A code column with cells that are not codes
/// is still the code column: those cells go to `errors`, so that the
/// table's other problems are found in the same run.
fn detect(table: &Table, errors: &mut Vec<ReadError>) -> Option<Columns> {
    let width = table.rows.first().map_or(0, Vec::len);
    if table.rows.is_empty() || width == 0 {
        return None;
    }
    let code = code_column(table, width, errors)?;
    let http = status_column(table, width, code);
    // A column of integers beside the codes is a numbering, not text; a
    // column with no text says nothing.
    let numbering = |c: usize| table.rows.iter().all(|row| parse_int(&row[c]).is_some());
    let empty = |c: usize| table.rows.iter().all(|row| row[c].is_empty());
    let mut rest = (0..width).filter(|&c| c != code && Some(c) != http && !numbering(c));
    let Some(message) = rest.next() else {
        errors.push(ReadError::new(
            table.line,
            "the code table has no message column; add a column with each code's message",
        ));
        return None;
    };
    // A message column without text (every cell taken from the other
    // language) is in the language its header is written in.
    let lang = header_lang(header(table, message)).unwrap_or_else(|| {
        if empty(message) {
            script(header(table, message)).to_owned()
        } else {
            column_script(table, message)
        }
    });
    let (mut translation, mut help) = (None, None);
    for column in rest.filter(|&c| !empty(c)) {
        let named = header_lang(header(table, column));
        let script = column_script(table, column);
        let other = match named {
            Some(key) if key != lang => Some(key),
            Some(_) => None,
            None => (script != lang).then_some(script),
        };
        match other {
            Some(key) if translation.is_none() => translation = Some((column, key)),
            None if help.is_none() => help = Some(column),
            _ => {}
        }
    }
    Some(Columns {
        code,
        http,
        message,
        lang,
        translation,
        help,
    })
}

/// The status column: one whose header names a status, else one whose every
/// cell is a status number.
fn status_column(table: &Table, width: usize, code: usize) -> Option<usize> {
    let others = || (0..width).filter(move |&c| c != code);
    others()
        .find(|&c| names_http(header(table, c)))
        .or_else(|| others().find(|&c| table.rows.iter().all(|row| is_status_number(&row[c]))))
}

fn header(table: &Table, column: usize) -> &str {
    table.header.get(column).map_or("", String::as_str)
}

/// The code column (see the module documentation).
fn code_column(table: &Table, width: usize, errors: &mut Vec<ReadError>) -> Option<usize> {
    let all =
        |column: usize, test: fn(&str) -> bool| table.rows.iter().all(|row| test(&row[column]));
    let is_int = |cell: &str| parse_int(cell).is_some();
    let is_name = |cell: &str| matches!(Code::parse(cell), Some(Code::Str(_)));
    let named = |column: usize| names_code(header(table, column));
    let http = |column: usize| names_http(header(table, column));
    let ints: Vec<usize> = (0..width).filter(|&c| !http(c) && all(c, is_int)).collect();
    let names: Vec<usize> = (0..width)
        .filter(|&c| named(c) && all(c, is_name))
        .collect();
    let numberings: Vec<usize> = ints
        .iter()
        .copied()
        .filter(|&c| !named(c) && is_numbering(table, c))
        .collect();
    let codes = |c: &usize| !numberings.contains(c);
    let ints: Vec<usize> = if ints.iter().chain(&names).any(codes) {
        ints.iter().copied().filter(codes).collect()
    } else {
        ints
    };
    if let Some(&column) = ints.iter().find(|&&c| named(c)).or(ints.first()) {
        return Some(column);
    }
    if let Some(&column) = names.first() {
        return Some(column);
    }
    // Mostly codes: the other cells are mistakes.
    for column in (0..width).filter(|&c| c == 0 || named(c)) {
        let tests: &[fn(&str) -> bool] = if named(column) {
            &[is_int, is_name]
        } else {
            &[is_int]
        };
        for &test in tests {
            let codes = table.rows.iter().filter(|row| test(&row[column])).count();
            if codes * 2 > table.rows.len() && codes < table.rows.len() {
                errors.extend(not_codes(table, column, test));
                return Some(column);
            }
        }
    }
    None
}

/// Whether a column of integers numbers the rows: its header says so
/// (`No.`, `#`, `序号`), or its cells are 1, 2, 3, ...
fn is_numbering(table: &Table, column: usize) -> bool {
    let lower = header(table, column).trim().to_lowercase();
    let named = [
        "no", "no.", "#", "n°", "nr", "nr.", "index", "序号", "行号", "seq",
    ]
    .contains(&lower.as_str());
    let counts = (1..)
        .zip(&table.rows)
        .all(|(n, row)| parse_int(&row[column]) == Some(n));
    named || counts
}

/// An error for each cell of a code column that fails `test`, the test
/// most of the column passes.
fn not_codes(table: &Table, column: usize, test: fn(&str) -> bool) -> Vec<ReadError> {
    let kind = if test("1") {
        "an integer like the others"
    } else {
        "an identifier-like name like the others"
    };
    table
        .rows
        .iter()
        .enumerate()
        .filter(|(_, row)| !test(&row[column]))
        .map(|(index, row)| {
            ReadError::new(
                row_line(table, index),
                format!(
                    "row {} of the code table has {:?} in its code column, not a code ({kind}); fix the cell or remove the row",
                    index + 1,
                    row[column]
                ),
            )
        })
        .collect()
}

/// The line of body row `index` of `table`.
fn row_line(table: &Table, index: usize) -> usize {
    table.lines.get(index).copied().unwrap_or(table.line)
}

/// `code`, `Error Code`, `错误码`, `错误代码`, `RetCode`.
fn names_code(header: &str) -> bool {
    let lower = header.to_lowercase();
    (lower.contains("code")
        || lower.ends_with('码')
        || lower.contains("代码")
        || lower.contains("编号")
        || ["error", "errors", "错误", "error name"].contains(&lower.trim()))
        && !names_http(header)
}

/// The rows of `table` typed by `columns`: every code parsed, every status
/// cell a status, no message empty (an empty one takes the row's other
/// language, with a warning). `None` when a row has an error.
fn typed(
    table: Table,
    columns: &Columns,
    errors: &mut Vec<ReadError>,
    warnings: &mut Vec<ReadError>,
) -> Option<CodeTable> {
    let before = errors.len();
    let mut rows = Vec::with_capacity(table.rows.len());
    for (index, cells) in table.rows.iter().enumerate() {
        let line = row_line(&table, index);
        // A cell that is not a code has its error already.
        let Some(code) = Code::parse(&cells[columns.code]) else {
            continue;
        };
        let translation = columns.translation.as_ref().map(|(c, _)| cells[*c].clone());
        let http = columns.http.and_then(|c| {
            let status = parse_status(&cells[c]);
            if status.is_none() {
                errors.push(ReadError::new(
                    line,
                    format!(
                        "code {code} has {:?} in the status column {:?}, not an HTTP status (100 to 599, such as 404 or 404 Not Found); fix the cell",
                        cells[c],
                        header(&table, c)
                    ),
                ));
            }
            status
        });
        let mut message = cells[columns.message].clone();
        if message.is_empty() {
            match translation.as_ref().filter(|t| !t.is_empty()) {
                Some(other) => {
                    warnings.push(ReadError::new(
                        line,
                        format!(
                            "code {code} has an empty message cell; its {:?} text is its message",
                            columns
                                .translation
                                .as_ref()
                                .map_or("", |(_, key)| key.as_str())
                        ),
                    ));
                    message = other.clone();
                }
                None => errors.push(ReadError::new(
                    line,
                    format!("code {code} has an empty message; fill in its message cell"),
                )),
            }
        }
        rows.push(Row {
            line,
            code,
            message,
            translation,
            help: columns.help.map(|c| cells[c].clone()),
            http,
        });
    }
    (errors.len() == before).then(|| CodeTable {
        line: table.line,
        title: table.title,
        header: table.header,
        lang: columns.lang.clone(),
        translation_lang: columns.translation.as_ref().map(|(_, key)| key.clone()),
        has_help: columns.help.is_some(),
        rows,
    })
}

#[cfg(test)]
mod tests;
