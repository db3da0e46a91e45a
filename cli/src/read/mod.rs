//! Readers of documents: every table of a Markdown (with HTML blocks), HTML,
//! CSV or TSV document, as normalised text cells, in document order.
//!
//! The parsing is the field's: pulldown-cmark (GFM tables) for Markdown,
//! html5ever through scraper for HTML, `csv` for CSV and TSV. What is left
//! here is the choice of reader and the normalisation of a cell.
//!
//! # Normalisation of a cell
//!
//! What a reader of the rendered page sees, and nothing more: markup is
//! dropped (`<b>错误代码</b>` is `错误代码`, `<br>` is a space), character
//! references are decoded, each run of ASCII whitespace (line breaks
//! included) becomes one space, and the cell is trimmed. Other characters,
//! full-width punctuation and U+3000 included, are kept as written.
//!
//! Block elements inside a cell (`<p>`, `<div>`, `<li>`, `<br>`, a nested
//! table) are separated by a space, never glued together.
//!
//! The text around the tables (front matter, a title line, headings, prose,
//! code blocks) is not a table; the heading or title line above a table is
//! its [`Table::title`].
//!
//! The readers are strict where leniency would hide a mangled table: a row
//! whose cell count differs from the header's, or a cell spanning columns, is
//! an error, and every such row of the document is reported.

mod delimited;
mod html;
mod markdown;

use std::fmt;
use std::path::Path;

/// A table of a document: its header row (empty if it has none) and its body
/// rows, every cell normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The 1-based line where the table starts.
    pub line: usize,
    /// The heading (or title line) above the table, if the page has one.
    pub title: Option<String>,
    /// The header cells.
    pub header: Vec<String>,
    /// The body rows, in document order.
    pub rows: Vec<Vec<String>>,
    /// The 1-based line of each body row.
    pub lines: Vec<usize>,
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The 1-based line of the document where the problem is.
    pub line: usize,
    /// What is wrong, lowercase.
    pub message: String,
}

impl ReadError {
    pub(crate) fn new(line: usize, message: impl Into<String>) -> Self {
        ReadError {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ReadError {}

/// The kinds of document the readers know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown pipe tables and HTML `<table>` blocks inside Markdown.
    Markdown,
    /// An HTML page.
    Html,
    /// Comma-separated values, the first line a header.
    Csv,
    /// Tab-separated values, the first line a header.
    Tsv,
}

impl Format {
    /// The format a file's extension says, `None` when it says nothing
    /// (`.txt`, no extension): then [`Format::sniff`] decides.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "tsv" | "tab" => Some(Format::Tsv),
            _ => None,
        }
    }

    /// The format of a document by its content: an HTML page starts with a
    /// doctype or `<html>`; lines that all hold a tab (or all a comma) and no
    /// `|` are TSV (CSV); anything else is Markdown, which also reads the
    /// HTML tables a Markdown page embeds.
    pub fn sniff(text: &str) -> Format {
        let start = text
            .trim_start()
            .get(..14)
            .unwrap_or("")
            .to_ascii_lowercase();
        if start.starts_with("<!doctype html") || start.starts_with("<html") {
            return Format::Html;
        }
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let all = |c: char| !lines.is_empty() && lines.iter().all(|l| l.contains(c));
        // A title line above a list has no separator.
        let most = |c: char| lines.iter().filter(|l| l.contains(c)).count() * 2 > lines.len();
        let piped = lines.iter().any(|l| l.trim_start().starts_with('|'));
        if all('|') || piped || text.contains("<table") || text.contains("<TABLE") {
            Format::Markdown
        } else if most('\t') {
            Format::Tsv
        } else if most(',') && lines.iter().skip(1).all(|l| l.contains(',')) {
            Format::Csv
        } else {
            Format::Markdown
        }
    }
}

/// Every table of `text`, read as `format`; or every problem found.
pub fn tables(text: &str, format: Format) -> Result<Vec<Table>, Vec<ReadError>> {
    match format {
        Format::Markdown => markdown::tables(text),
        Format::Html => html::tables(text, 0, text, None),
        Format::Csv => delimited::tables(text, b','),
        Format::Tsv => delimited::tables(text, b'\t'),
    }
}

/// Every table of the document `text` found at `path`: the format from the
/// extension, else from the content.
pub fn tables_of(path: &Path, text: &str) -> Result<Vec<Table>, Vec<ReadError>> {
    let format = Format::from_extension(path).unwrap_or_else(|| Format::sniff(text));
    tables(text, format)
}

/// Normalises the text of a cell: each run of ASCII whitespace becomes one
/// space, and the ends are trimmed.
pub fn normalize(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// The 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Every row whose cell count differs from the header's (or the first
/// row's when there is no header); `lines` gives each row's line.
pub(crate) fn check_width(
    header: &[String],
    rows: &[Vec<String>],
    lines: &[usize],
) -> Vec<ReadError> {
    let width = if header.is_empty() {
        rows.first().map_or(0, Vec::len)
    } else {
        header.len()
    };
    rows.iter()
        .zip(lines)
        .filter(|(cells, _)| cells.len() != width)
        .map(|(cells, &line)| {
            ReadError::new(
                line,
                format!(
                    "ragged table: a row of {} cells in a table of {width} columns; give every row the same number of cells",
                    cells.len()
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests;
