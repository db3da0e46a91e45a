//! CSV and TSV documents, read by the `csv` crate: the first record is the
//! header, every record must have its width.

use super::{ReadError, Table, normalize};

/// The one table of a CSV (`delimiter` `,`) or TSV (`\t`) document.
pub(super) fn table(text: &str, delimiter: u8) -> Result<Vec<Table>, ReadError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|error| read_error(&error))?
        .iter()
        .map(normalize)
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| read_error(&error))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        rows.push(record.iter().map(normalize).collect());
    }
    Ok(vec![Table {
        line: 1,
        header,
        rows,
    }])
}

fn read_error(error: &csv::Error) -> ReadError {
    let line = error
        .position()
        .map_or(1, |position| usize::try_from(position.line()).unwrap_or(1));
    let message = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!(
            "ragged table: a row of {len} cells in a table of {expected_len} columns; give every row the same number of cells"
        ),
        csv::ErrorKind::Utf8 { .. } => "the document is not UTF-8; save it as UTF-8".to_owned(),
        _ => format!("cannot read the table: {error}"),
    };
    ReadError::new(line, message)
}
