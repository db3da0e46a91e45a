//! Markdown documents: GFM pipe tables parsed by pulldown-cmark, and the HTML
//! `<table>` blocks a page embeds, handed to the HTML reader in place so that
//! tables come out in document order. Front matter (YAML `---` or TOML
//! `+++`) is metadata, the last heading above a table its title.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{ReadError, Table, html, line_of, normalize};

/// Every table of the Markdown document `text`, pipe tables and HTML tables.
pub(super) fn tables(text: &str) -> Result<Vec<Table>, Vec<ReadError>> {
    let mut reader = Reader {
        text,
        tables: Vec::new(),
        errors: Vec::new(),
        table: None,
        row: Vec::new(),
        cell: None,
        html: None,
        heading: None,
        title: None,
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        reader.event(event, range);
    }
    if let Some((start, _)) = reader.html.take() {
        reader.html_tables(start..text.len());
    }
    if reader.errors.is_empty() {
        Ok(reader.tables)
    } else {
        Err(reader.errors)
    }
}

/// The state of the walk over pulldown-cmark's events.
struct Reader<'a> {
    text: &'a str,
    tables: Vec<Table>,
    /// The problems found so far.
    errors: Vec<ReadError>,
    /// The pipe table being read.
    table: Option<Table>,
    /// The cells of the row being read, each with its source range.
    row: Vec<(String, Range<usize>)>,
    /// The text of the cell being read.
    cell: Option<String>,
    /// An HTML table being skipped over: where it starts, how many
    /// `<table>`s are open.
    html: Option<(usize, isize)>,
    /// The text of the heading being read.
    heading: Option<String>,
    /// The last heading.
    title: Option<String>,
}

impl Reader<'_> {
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(Tag::Heading { .. }) => self.heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                let heading = normalize(&self.heading.take().unwrap_or_default());
                self.title = Some(heading).filter(|h| !h.is_empty());
            }
            Event::Start(Tag::Table(_)) => {
                self.table = Some(Table {
                    line: line_of(self.text, range.start),
                    title: self.title.clone(),
                    header: Vec::new(),
                    rows: Vec::new(),
                    lines: Vec::new(),
                });
            }
            Event::End(TagEnd::Table) => self.tables.extend(self.table.take()),
            Event::Start(Tag::TableHead | Tag::TableRow) => self.row.clear(),
            Event::End(TagEnd::TableHead) => {
                let cells = self.end_row(&range);
                if let (Some(table), Some(cells)) = (self.table.as_mut(), cells) {
                    table.header = cells;
                }
            }
            Event::End(TagEnd::TableRow) => {
                let line = line_of(self.text, range.start);
                let cells = self.end_row(&range);
                if let (Some(table), Some(cells)) = (self.table.as_mut(), cells) {
                    table.rows.push(cells);
                    table.lines.push(line);
                }
            }
            Event::Start(Tag::TableCell) => self.cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let text = self.cell.take().unwrap_or_default();
                self.row.push((normalize(&text), range));
            }
            Event::Text(text) | Event::Code(text) => self.push_text(&text),
            Event::SoftBreak | Event::HardBreak => self.push_text(" "),
            Event::Html(html) | Event::InlineHtml(html) => self.html(&html, range),
            _ => {}
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(cell) = self.cell.as_mut() {
            cell.push_str(text);
        } else if let Some(heading) = self.heading.as_mut() {
            heading.push_str(text);
        }
    }

    /// Inline HTML in a cell (`<br>` and block tags such as `<p>` are a
    /// space, other tags are dropped), or a piece of an HTML block, which may
    /// open or close a `<table>`.
    fn html(&mut self, html: &str, range: Range<usize>) {
        if self.cell.is_some() {
            let name: String = html
                .trim_start_matches(['<', '/'])
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            if name.eq_ignore_ascii_case("br") || html::is_block(&name) {
                self.push_text(" ");
            }
            return;
        }
        let lower = html.to_ascii_lowercase();
        let opened = lower.matches("<table").count();
        let closed = lower.matches("</table").count();
        let open = match self.html.take() {
            Some((start, depth)) => (start, depth),
            None if opened > 0 => (range.start, 0),
            None => return,
        };
        let depth = open.1 + count(opened) - count(closed);
        if depth > 0 {
            self.html = Some((open.0, depth));
        } else {
            self.html_tables(open.0..range.end);
        }
    }

    /// Reads the HTML tables of `text[range]`.
    fn html_tables(&mut self, range: Range<usize>) {
        let fragment = &self.text[range.clone()];
        match html::tables(fragment, range.start, self.text, self.title.clone()) {
            Ok(found) => self.tables.extend(found),
            Err(mut found) => self.errors.append(&mut found),
        }
    }

    /// The cells of the row that ends, or `None` (and an error) if
    /// pulldown-cmark had to pad it or drop cells (GFM's leniency, which
    /// would hide a mangled row).
    fn end_row(&mut self, row: &Range<usize>) -> Option<Vec<String>> {
        let cells = std::mem::take(&mut self.row);
        let padded = cells
            .iter()
            .any(|(_, cell)| cell.is_empty() && cell.start == row.end);
        let rest_from = cells.last().map_or(row.start, |(_, cell)| cell.end);
        let rest = self.text[rest_from..row.end].trim();
        let rest = rest.strip_prefix('|').unwrap_or(rest).trim();
        let extra = !rest.trim_end_matches('|').trim().is_empty();
        if padded || extra {
            let width = self.table.as_ref().map_or(0, |table| table.header.len());
            self.errors.push(ReadError::new(
                line_of(self.text, row.start),
                format!(
                    "ragged table: a row with {} cells than the {width} of the header; give every row the same number of cells",
                    if padded { "fewer" } else { "more" }
                ),
            ));
            return None;
        }
        Some(cells.into_iter().map(|(text, _)| text).collect())
    }
}

/// A count of tags as a depth change.
fn count(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}
