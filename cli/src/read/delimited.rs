//! CSV and TSV documents, read by the `csv` crate, as a spreadsheet export
//! or a hand-kept list is published.
//!
//! - A run of records between blank lines is a block. Leading records of one
//!   cell (a title line) are text, not a table; the first record of two or
//!   more cells is the header, and the last title line above it the table's
//!   title. A block without such a record is text.
//! - A cell that runs onto the next line without quotes splits its row in
//!   two: a record that is too short, followed by one whose first cell is
//!   the rest of that cell (not a code: a code starts a row). Such records
//!   are joined back (the line break becomes a space, as in every cell); a
//!   record that is still not the header's width is a ragged row, an error.

use super::{ReadError, Table, line_of, normalize};
use crate::code::Code;

/// A record: its 1-based line and its cells as written.
type Record = (usize, Vec<String>);

/// The tables of a CSV (`delimiter` `,`) or TSV (`\t`) document.
pub(super) fn tables(text: &str, delimiter: u8) -> Result<Vec<Table>, Vec<ReadError>> {
    let mut tables = Vec::new();
    let mut errors = Vec::new();
    let mut title = None;
    for block in blocks(text, delimiter).map_err(|error| vec![error])? {
        match table(&block, title.take()) {
            Ok(Some(found)) => tables.push(found),
            Ok(None) => title = block.last().map(|(_, cells)| normalize(&cells.join(" "))),
            Err(mut found) => errors.append(&mut found),
        }
    }
    if errors.is_empty() {
        Ok(tables)
    } else {
        Err(errors)
    }
}

/// The records of `text` in runs separated by blank lines.
fn blocks(text: &str, delimiter: u8) -> Result<Vec<Vec<Record>>, ReadError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let lines: Vec<&str> = text.lines().collect();
    let blank_before = |line: usize| line >= 2 && lines[line - 2].trim().is_empty();
    let mut blocks: Vec<Vec<Record>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| read_error(&error))?;
        // The position is where the reader was: before the blank lines it
        // skipped.
        let byte = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0));
        let skipped = text[byte.min(text.len())..]
            .bytes()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        let line = line_of(text, byte + skipped);
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            blocks.push(Vec::new());
            continue;
        }
        match blocks.last_mut() {
            Some(block) if !blank_before(line) => block.push((line, cells)),
            _ => blocks.push(vec![(line, cells)]),
        }
    }
    blocks.retain(|block| !block.is_empty());
    Ok(blocks)
}

/// The table of a block, `None` when the block is text.
fn table(block: &[Record], title: Option<String>) -> Result<Option<Table>, Vec<ReadError>> {
    let Some(start) = block.iter().position(|(_, cells)| cells.len() > 1) else {
        return Ok(None);
    };
    let title = block[..start]
        .last()
        .map(|(_, cells)| normalize(&cells.join(" ")))
        .or(title);
    let (line, header) = &block[start];
    let width = header.len();
    let mut rows: Vec<Record> = Vec::new();
    for (at, cells) in &block[start + 1..] {
        match rows.last_mut() {
            Some((_, row))
                if row.len() + cells.len() - 1 <= width
                    && Code::parse(cells[0].trim()).is_none() =>
            {
                join(row, cells);
            }
            _ => rows.push((*at, cells.clone())),
        }
    }
    let errors: Vec<ReadError> = rows
        .iter()
        .filter(|(_, cells)| cells.len() != width)
        .map(|(at, cells)| {
            ReadError::new(
                *at,
                format!(
                    "ragged table: a row of {} cells in a table of {width} columns; give every row the same number of cells",
                    cells.len()
                ),
            )
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Some(Table {
        line: *line,
        title,
        header: header.iter().map(|cell| normalize(cell)).collect(),
        lines: rows.iter().map(|(at, _)| *at).collect(),
        rows: rows
            .into_iter()
            .map(|(_, cells)| cells.iter().map(|cell| normalize(cell)).collect())
            .collect(),
    }))
}

/// Joins the record `rest` onto `row`: the first cell of `rest` continues
/// the last cell of `row`.
fn join(row: &mut Vec<String>, rest: &[String]) {
    let mut rest = rest.iter();
    if let (Some(last), Some(first)) = (row.last_mut(), rest.next()) {
        last.push('\n');
        last.push_str(first);
    }
    row.extend(rest.cloned());
}

fn read_error(error: &csv::Error) -> ReadError {
    let line = error
        .position()
        .map_or(1, |position| usize::try_from(position.line()).unwrap_or(1));
    let message = match error.kind() {
        csv::ErrorKind::Utf8 { .. } => "the document is not UTF-8; save it as UTF-8".to_owned(),
        _ => format!("cannot read the table: {error}"),
    };
    ReadError::new(line, message)
}
