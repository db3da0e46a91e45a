//! HTML tables, parsed by html5ever (through scraper) as a browser would.

use std::collections::HashMap;

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node, Selector};

use super::{ReadError, Table, check_width, line_of, normalize};

/// The tables of the HTML `fragment`, which starts at byte `offset` of the
/// document `text` (for line numbers); `title` is the heading above the
/// fragment, for a table with no heading of its own before it.
pub(super) fn tables(
    fragment: &str,
    offset: usize,
    text: &str,
    title: Option<String>,
) -> Result<Vec<Table>, Vec<ReadError>> {
    let html = Html::parse_fragment(fragment);
    let lines = row_lines(&html, fragment, offset, text);
    let starts = table_starts(fragment);
    let mut title = title;
    let mut tables = Vec::new();
    let mut errors = Vec::new();
    // Tables and headings in document order; a table in a cell is text.
    let mut index = 0;
    for element in html
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
    {
        let name = element.value().name();
        if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            title = Some(text_of(element)).filter(|t| !t.is_empty());
        } else if name == "table" {
            let at = starts.get(index).map_or(offset, |start| offset + start);
            index += 1;
            if in_table(element) {
                continue;
            }
            let caption = element
                .children()
                .filter_map(ElementRef::wrap)
                .find(|e| e.value().name() == "caption")
                .map(text_of);
            match read_table(element, line_of(text, at), &lines) {
                Ok(mut table) => {
                    table.title = caption.or_else(|| title.clone());
                    tables.push(table);
                }
                Err(mut found) => errors.append(&mut found),
            }
        }
    }
    if errors.is_empty() {
        Ok(tables)
    } else {
        Err(errors)
    }
}

/// Whether `element` sits inside another table.
fn in_table(element: ElementRef<'_>) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|e| e.value().name() == "table")
}

/// The normalised text of an element.
fn text_of(element: ElementRef<'_>) -> String {
    let mut out = String::new();
    cell_text(element, &mut out);
    normalize(&out)
}

/// Where each `<table` tag of `fragment` starts, in order: html5ever keeps no
/// positions, and tables come out in the order their tags open.
fn table_starts(fragment: &str) -> Vec<usize> {
    let lower = fragment.to_ascii_lowercase();
    lower.match_indices("<table").map(|(at, _)| at).collect()
}

/// The line of each `<tr>` element, by the order the `<tr` tags open in.
fn row_lines(html: &Html, fragment: &str, offset: usize, text: &str) -> HashMap<NodeId, usize> {
    let lower = fragment.to_ascii_lowercase();
    let starts: Vec<usize> = lower
        .match_indices("<tr")
        .filter(|(at, _)| {
            lower[at + 3..]
                .chars()
                .next()
                .is_none_or(|c| c == '>' || c.is_ascii_whitespace())
        })
        .map(|(at, _)| at)
        .collect();
    let selector = Selector::parse("tr").expect("`tr` is a valid selector");
    html.select(&selector)
        .enumerate()
        .filter_map(|(index, row)| {
            let at = starts.get(index)?;
            Some((row.id(), line_of(text, offset + at)))
        })
        .collect()
}

/// Reads one `<table>`: a first row of `<th>` cells, or in `<thead>`, is
/// the header.
fn read_table(
    table: ElementRef<'_>,
    line: usize,
    lines: &HashMap<NodeId, usize>,
) -> Result<Table, Vec<ReadError>> {
    let mut header = Vec::new();
    let mut rows = Vec::new();
    let mut row_lines = Vec::new();
    let mut errors = Vec::new();
    for row in rows_of(table) {
        let at = lines.get(&row.id()).copied().unwrap_or(line);
        let (cells, all_th) = match read_row(row, at) {
            Ok(read) => read,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        if cells.is_empty() {
            continue;
        }
        let in_head = row
            .parent()
            .and_then(ElementRef::wrap)
            .is_some_and(|parent| parent.value().name() == "thead");
        if (all_th || in_head) && header.is_empty() && rows.is_empty() {
            header = cells;
        } else {
            rows.push(cells);
            row_lines.push(at);
        }
    }
    errors.extend(check_width(&header, &rows, &row_lines));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Table {
        line,
        title: None,
        header,
        rows,
        lines: row_lines,
    })
}

/// The `<tr>` of a table, directly or in its `<thead>`, `<tbody>`, `<tfoot>`
/// (not those of a table nested in a cell).
fn rows_of(table: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    let mut rows = Vec::new();
    for child in table.children().filter_map(ElementRef::wrap) {
        match child.value().name() {
            "tr" => rows.push(child),
            "thead" | "tbody" | "tfoot" => rows.extend(
                child
                    .children()
                    .filter_map(ElementRef::wrap)
                    .filter(|row| row.value().name() == "tr"),
            ),
            _ => {}
        }
    }
    rows
}

/// The normalised cells of a row, and whether they are all `<th>`.
fn read_row(row: ElementRef<'_>, line: usize) -> Result<(Vec<String>, bool), ReadError> {
    let mut cells = Vec::new();
    let mut all_th = true;
    for cell in row.children().filter_map(ElementRef::wrap) {
        let name = cell.value().name();
        if name != "td" && name != "th" {
            continue;
        }
        if spans(cell) {
            return Err(ReadError::new(
                line,
                "a cell spans several rows or columns; split it into one cell per column",
            ));
        }
        all_th &= name == "th";
        let mut text = String::new();
        cell_text(cell, &mut text);
        cells.push(normalize(&text));
    }
    Ok((cells, all_th))
}

/// Whether a cell has a `colspan` or `rowspan` other than 1.
fn spans(cell: ElementRef<'_>) -> bool {
    ["colspan", "rowspan"]
        .iter()
        .any(|name| cell.value().attr(name).is_some_and(|n| n.trim() != "1"))
}

/// The text of an element as rendered: text nodes, `<br>` and block
/// elements (a paragraph, a list item, the rows and cells of a nested table)
/// set apart by line breaks, which normalisation makes spaces.
fn cell_text(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) if e.name() == "br" => out.push('\n'),
            Node::Element(e) => {
                let block = is_block(e.name());
                if let Some(inner) = ElementRef::wrap(child) {
                    if block {
                        out.push('\n');
                    }
                    cell_text(inner, out);
                    if block {
                        out.push('\n');
                    }
                }
            }
            _ => {}
        }
    }
}

/// HTML's block elements, and the parts of a table.
pub(super) fn is_block(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "caption"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hr"
            | "address"
            | "figure"
            | "figcaption"
    )
}
