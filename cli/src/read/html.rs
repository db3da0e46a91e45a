//! HTML tables, parsed by html5ever (through scraper) as a browser would.

use scraper::{ElementRef, Html, Node, Selector};

use super::{ReadError, Table, check_width, line_of, normalize};

/// The tables of the HTML `fragment`, which starts at byte `offset` of the
/// document `text` (for line numbers).
pub(super) fn tables(fragment: &str, offset: usize, text: &str) -> Result<Vec<Table>, ReadError> {
    let html = Html::parse_fragment(fragment);
    let selector = Selector::parse("table").expect("`table` is a valid selector");
    let starts = table_starts(fragment);
    html.select(&selector)
        .enumerate()
        .map(|(index, table)| {
            let at = starts.get(index).map_or(offset, |start| offset + start);
            read_table(table, line_of(text, at))
        })
        .collect()
}

/// Where each `<table` tag of `fragment` starts, in order: html5ever keeps no
/// positions, and tables come out in the order their tags open.
fn table_starts(fragment: &str) -> Vec<usize> {
    let lower = fragment.to_ascii_lowercase();
    lower.match_indices("<table").map(|(at, _)| at).collect()
}

/// Reads one `<table>`: a first row of `<th>` cells, or in `<thead>`, is
/// the header.
fn read_table(table: ElementRef<'_>, line: usize) -> Result<Table, ReadError> {
    let mut header = Vec::new();
    let mut rows = Vec::new();
    for row in rows_of(table) {
        let (cells, all_th) = read_row(row, line)?;
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
        }
    }
    let lines = vec![line; rows.len()];
    check_width(&header, &rows, &lines)?;
    Ok(Table { line, header, rows })
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

/// The text of an element as rendered: text nodes, `<br>` as a space.
fn cell_text(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) if e.name() == "br" => out.push(' '),
            Node::Element(_) => {
                if let Some(inner) = ElementRef::wrap(child) {
                    cell_text(inner, out);
                }
            }
            _ => {}
        }
    }
}
