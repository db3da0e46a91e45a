//! A small reader of the error-code tables in the vendor documents of
//! `tests/fixtures/` (std only): HTML `<table>`s and Markdown pipe tables, in
//! document order.
//!
//! [`tables`] yields every table as normalised text cells; [`code_tables`]
//! keeps the tables whose first column is a code and yields each row as a
//! [`Row`]: the code, the message (second column) and the other columns
//! (`extra`: the English text of UCloud's table, the long description of the
//! Tencent public tables).
//!
//! # Normalisation of a cell
//!
//! What a reader of the rendered page sees, and nothing more:
//!
//! 1. HTML only: tags inside a cell are dropped (`<b>错误代码</b>` is
//!    `错误代码`), `<br>` counts as a space;
//! 2. character references are decoded: `&amp; &lt; &gt; &quot; &apos; &nbsp;`
//!    and `&#NN;` / `&#xHH;` (an unknown `&name;` stays as written);
//!    Markdown's `\|` is a `|`;
//! 3. each run of ASCII whitespace (spaces, tabs, line breaks) becomes one
//!    space, and the cell is trimmed. Other characters, full-width
//!    punctuation (`，`, `（`) and U+3000 included, are kept byte for byte.
//!
//! The reader is strict where leniency would hide a mangled table: a row whose
//! cell count differs from the header's, a cell spanning columns, text between
//! cells, or a table mixing code and non-code rows are errors.

use std::fmt;

/// A table of a document: its header row (empty if it has none) and its body
/// rows, every cell normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The 1-based line where the table starts.
    pub line: usize,
    /// The header cells.
    pub header: Vec<String>,
    /// The body rows, in document order.
    pub rows: Vec<Vec<String>>,
}

/// A row of an error-code table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The code (first column).
    pub code: i64,
    /// The message (second column).
    pub message: String,
    /// The columns after the message, in order (may be empty).
    pub extra: Vec<String>,
}

/// A table whose first column is a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeTable {
    /// The 1-based line where the table starts.
    pub line: usize,
    /// The header cells.
    pub header: Vec<String>,
    /// The rows, in document order.
    pub rows: Vec<Row>,
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The 1-based line of the document where the problem is.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ReadError {}

type Result<T> = std::result::Result<T, ReadError>;

fn error<T>(doc: &str, offset: usize, message: impl Into<String>) -> Result<T> {
    Err(ReadError {
        line: line_of(doc, offset),
        message: message.into(),
    })
}

fn line_of(doc: &str, offset: usize) -> usize {
    doc[..offset].matches('\n').count() + 1
}

/// Every table of `doc`, HTML and Markdown, in document order.
pub fn tables(doc: &str) -> Result<Vec<Table>> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(start) = find_tag(doc, rest, "table") {
        markdown_tables(doc, rest, start, &mut out)?;
        let end = match find_ci(doc, start, "</table>") {
            Some(end) => end,
            None => return error(doc, start, "<table> without </table>"),
        };
        out.push(html_table(doc, start, end)?);
        rest = end + "</table>".len();
    }
    markdown_tables(doc, rest, doc.len(), &mut out)?;
    Ok(out)
}

/// The tables of `doc` whose first column is a code (an optionally signed
/// decimal integer), in document order, as code rows. Tables where no row
/// starts with a code (such as a list of HTTP statuses) are skipped; a table
/// where only some rows do is an error.
pub fn code_tables(doc: &str) -> Result<Vec<CodeTable>> {
    let mut out = Vec::new();
    for table in tables(doc)? {
        let codes: Vec<Option<i64>> = table.rows.iter().map(|row| parse_code(&row[0])).collect();
        if codes.iter().all(Option::is_none) {
            continue;
        }
        let mut rows = Vec::with_capacity(table.rows.len());
        for (cells, code) in table.rows.into_iter().zip(codes) {
            let Some(code) = code else {
                return Err(ReadError {
                    line: table.line,
                    message: format!("a row of the code table has no code: {cells:?}"),
                });
            };
            let mut cells = cells.into_iter().skip(1);
            let Some(message) = cells.next() else {
                return Err(ReadError {
                    line: table.line,
                    message: format!("code {code} of the table has no message column"),
                });
            };
            rows.push(Row {
                code,
                message,
                extra: cells.collect(),
            });
        }
        out.push(CodeTable {
            line: table.line,
            header: table.header,
            rows,
        });
    }
    Ok(out)
}

/// `"-1"`, `"4000"`: a decimal code, optionally signed, nothing else.
fn parse_code(cell: &str) -> Option<i64> {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    cell.parse().ok()
}

/// Normalises the text of a cell: references decoded, whitespace collapsed,
/// trimmed (see the module documentation).
pub fn normalize(text: &str) -> String {
    let decoded = decode_references(text);
    decoded
        .split_ascii_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').and_then(|semi| {
            let name = &rest[1..semi];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let value = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(value)
                }
            };
            c.map(|c| (c, semi + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------- HTML

/// The offset of the next `<name` tag (case-insensitive) at or after `from`.
fn find_tag(doc: &str, from: usize, name: &str) -> Option<usize> {
    let mut at = from;
    while let Some(start) = find_ci(doc, at, &format!("<{name}")) {
        let after = doc[start + 1 + name.len()..].chars().next();
        if matches!(after, None | Some('>' | '/')) || after.is_some_and(|c| c.is_ascii_whitespace())
        {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

/// Case-insensitive (ASCII) search of `needle` in `doc` from `from`.
fn find_ci(doc: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = doc.as_bytes();
    let needle = needle.as_bytes();
    (from..=hay.len().checked_sub(needle.len())?)
        .find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// The state of [`html_table`]: the rows read so far, the row and the cell
/// being read. End tags may be omitted, as HTML allows: a `<tr>` closes the
/// open row, a `<td>` the open cell.
struct HtmlTable<'a> {
    doc: &'a str,
    header: Option<Vec<String>>,
    rows: Vec<Vec<String>>,
    /// The open row: its cells, whether each is a `<th>`, where it starts.
    row: Option<(Vec<String>, bool, usize)>,
    /// The open cell: whether it is a `<th>`, its raw text.
    cell: Option<(bool, String)>,
}

impl HtmlTable<'_> {
    fn open_row(&mut self, at: usize) -> Result<()> {
        self.close_row()?;
        self.row = Some((Vec::new(), true, at));
        Ok(())
    }

    fn close_row(&mut self) -> Result<()> {
        self.close_cell();
        let Some((cells, all_th, at)) = self.row.take() else {
            return Ok(());
        };
        if cells.is_empty() {
            // `<tr></tr>`: nothing to keep.
        } else if !all_th {
            self.rows.push(cells);
        } else if self.rows.is_empty() && self.header.is_none() {
            self.header = Some(cells);
        } else {
            return error(self.doc, at, "a header row (<th>) after the first row");
        }
        Ok(())
    }

    fn open_cell(&mut self, at: usize, header: bool) {
        self.close_cell();
        if self.row.is_none() {
            // `<td>` right after `<table>` or `<tbody>`: an implied `<tr>`.
            self.row = Some((Vec::new(), true, at));
        }
        self.cell = Some((header, String::new()));
    }

    fn close_cell(&mut self) {
        if let (Some((cells, all_th, _)), Some((header, text))) =
            (self.row.as_mut(), self.cell.take())
        {
            cells.push(normalize(&text));
            *all_th &= header;
        }
    }

    /// Text between tags: part of the open cell, or whitespace between cells.
    fn text(&mut self, at: usize, text: &str) -> Result<()> {
        match self.cell.as_mut() {
            Some((_, cell)) => cell.push_str(text),
            None if text.trim_ascii().is_empty() => {}
            None => {
                return error(
                    self.doc,
                    at,
                    format!("text outside a cell: {:?}", text.trim()),
                );
            }
        }
        Ok(())
    }
}

/// Reads the HTML table `doc[start..end]` (`end` is where `</table>` starts).
fn html_table(doc: &str, start: usize, end: usize) -> Result<Table> {
    let mut table = HtmlTable {
        doc,
        header: None,
        rows: Vec::new(),
        row: None,
        cell: None,
    };
    let mut at = start + doc[start..].find('>').map_or(end - start, |gt| gt + 1);
    while at < end {
        let Some(lt) = doc[at..end].find('<').map(|lt| at + lt) else {
            table.text(at, &doc[at..end])?;
            break;
        };
        table.text(at, &doc[at..lt])?;
        let next = doc[lt + 1..].chars().next();
        if !next.is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            // `1 < 2`: a `<` that starts no tag is text.
            table.text(lt, "<")?;
            at = lt + 1;
            continue;
        }
        if doc[lt..].starts_with("<!--") {
            at = match doc[lt..end].find("-->") {
                Some(close) => lt + close + 3,
                None => return error(doc, lt, "unterminated comment"),
            };
            continue;
        }
        let Some(gt) = doc[lt..end].find('>').map(|gt| lt + gt) else {
            return error(doc, lt, "unterminated tag");
        };
        let tag = doc[lt + 1..gt].to_ascii_lowercase();
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        match (name.as_str(), closing) {
            ("table", false) => return error(doc, lt, "a table inside a table"),
            ("tr", false) => table.open_row(lt)?,
            ("tr", true) | ("tbody" | "thead" | "tfoot", _) => table.close_row()?,
            ("td" | "th", false) if tag.contains("colspan") || tag.contains("rowspan") => {
                return error(doc, lt, "a cell spanning rows or columns");
            }
            ("td" | "th", false) => table.open_cell(lt, name == "th"),
            ("td" | "th", true) => table.close_cell(),
            ("br", _) => table.text(lt, " ")?,
            // Inline markup (`<b>`, `<span>`, ...) is dropped.
            _ => {}
        }
        at = gt + 1;
    }
    table.close_row()?;

    let header = table.header.unwrap_or_default();
    let rows = table.rows;
    let width = if header.is_empty() {
        rows.first().map_or(0, Vec::len)
    } else {
        header.len()
    };
    if let Some(bad) = rows.iter().find(|cells| cells.len() != width) {
        return error(
            doc,
            start,
            format!(
                "a row of {} cells in a table of {width} columns: {bad:?}",
                bad.len()
            ),
        );
    }
    Ok(Table {
        line: line_of(doc, start),
        header,
        rows,
    })
}

// ------------------------------------------------------------ Markdown

/// Reads the Markdown pipe tables of `doc[from..to]` into `out`.
///
/// A table is a header line with a `|`, then a delimiter line (`| --- | :-: |`,
/// the same number of cells), then body lines up to the first line without a
/// `|` (a blank line included). Leading and trailing pipes are optional; a line
/// indented by four spaces or more is code, not a table.
fn markdown_tables(doc: &str, from: usize, to: usize, out: &mut Vec<Table>) -> Result<()> {
    let mut lines = Vec::new();
    let mut at = from;
    for line in doc[from..to].split_inclusive('\n') {
        lines.push((at, line.trim_end_matches(['\n', '\r'])));
        at += line.len();
    }
    let mut i = 0;
    while i + 1 < lines.len() {
        let (header_at, header_line) = lines[i];
        let Some(header) = pipe_row(header_line) else {
            i += 1;
            continue;
        };
        let Some(delimiter) = pipe_row(lines[i + 1].1).filter(|cells| is_delimiter(cells)) else {
            i += 1;
            continue;
        };
        if delimiter.len() != header.len() {
            return error(
                doc,
                header_at,
                format!(
                    "a header of {} cells over a delimiter of {}",
                    header.len(),
                    delimiter.len()
                ),
            );
        }
        let mut rows = Vec::new();
        i += 2;
        while let Some(&(row_at, line)) = lines.get(i) {
            let Some(cells) = pipe_row(line) else { break };
            if cells.len() != header.len() {
                return error(
                    doc,
                    row_at,
                    format!(
                        "a row of {} cells in a table of {} columns: {line:?}",
                        cells.len(),
                        header.len()
                    ),
                );
            }
            rows.push(cells);
            i += 1;
        }
        out.push(Table {
            line: line_of(doc, header_at),
            header,
            rows,
        });
    }
    Ok(())
}

/// The normalised cells of a pipe-table line, `None` if it is not one.
fn pipe_row(line: &str) -> Option<Vec<String>> {
    if line.starts_with("    ") || line.starts_with('\t') || !line.contains('|') {
        return None;
    }
    let line = line.trim_ascii();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = match line.strip_suffix('|') {
        Some(inner) if !inner.ends_with('\\') => inner,
        _ => line,
    };
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('|') => cell.push('|'),
                Some(other) => {
                    cell.push('\\');
                    cell.push(other);
                }
                None => cell.push('\\'),
            },
            '|' => cells.push(normalize(&std::mem::take(&mut cell))),
            _ => cell.push(c),
        }
    }
    cells.push(normalize(&cell));
    Some(cells)
}

/// `---`, `:--`, `--:`, `:-:` in every cell.
fn is_delimiter(cells: &[String]) -> bool {
    cells.iter().all(|cell| {
        let inner = cell.strip_prefix(':').unwrap_or(cell);
        let inner = inner.strip_suffix(':').unwrap_or(inner);
        !inner.is_empty() && inner.bytes().all(|b| b == b'-')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: i64, message: &str, extra: &[&str]) -> Row {
        Row {
            code,
            message: message.to_owned(),
            extra: extra.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|s| (*s).to_owned()).collect()
    }

    /// 000/001/003 public tables: `<th> <b>..</b>\n</th>` headers, cells that
    /// open with a space and close on the next line, `</tbody></table>` at the
    /// very end of the file with no line break.
    #[test]
    fn html_cells_with_spaces_line_breaks_and_bold_headers() {
        let doc = "<table class=\"t\">\n<tbody><tr>\n<th> <b>错误代码</b>\n</th><th> <b>错误类型</b>\n</th><th> <b>描述</b>\n</th></tr>\n<tr>\n<td> 4000\n</td><td> 请求参数非法\n</td><td> 缺少必要参数，或者参数值格式不正确，具体错误信息请查看错误描述 message 字段。\n</td></tr></tbody></table>";
        let tables = code_tables(doc).unwrap();
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].header, strings(&["错误代码", "错误类型", "描述"]));
        assert_eq!(
            tables[0].rows,
            [row(
                4000,
                "请求参数非法",
                &["缺少必要参数，或者参数值格式不正确，具体错误信息请查看错误描述 message 字段。"]
            )]
        );
    }

    /// 003 module table: a blank line between the header row and the first
    /// row, and a cell whose text sits on its own line (code 1013).
    #[test]
    fn html_cell_text_on_its_own_line() {
        let doc = "<table class=\"t\">\n<tbody>\n<tr>\n<th><b>错误代码</b></th>\n<th><b>错误描述</b></th>\n</tr>\n\n<tr>\n<td>1013</td>\n<td>\n参数配置错误，请稍后重试或联系厂商处理\n</td>\n</tr>\n</tbody></table>";
        let tables = code_tables(doc).unwrap();
        assert_eq!(tables[0].header, strings(&["错误代码", "错误描述"]));
        assert_eq!(
            tables[0].rows,
            [row(1013, "参数配置错误，请稍后重试或联系厂商处理", &[])]
        );
    }

    /// 000 module table: codes with and without a leading space, 9116 out of
    /// order between 3001 and 3010, full-width parentheses kept verbatim.
    #[test]
    fn html_rows_stay_in_document_order_and_full_width_text_is_kept() {
        let doc = "<table>\n<tr><th>错误代码</th><th>错误描述</th></tr>\n<tr>\n<td> 3001</td>\n<td>Topic 已存在，请勿重复创建</td>\n</tr>\n<tr>\n<td>9116</td>\n<td>源站设置超出长度限制（250字节），请确认后重试</td>\n</tr>\n<tr>\n<td>3010</td>\n<td>Topic 操作过于频繁</td>\n</tr>\n</table>";
        let rows = &code_tables(doc).unwrap()[0].rows;
        let codes: Vec<i64> = rows.iter().map(|r| r.code).collect();
        assert_eq!(codes, [3001, 9116, 3010]);
        assert_eq!(
            rows[1].message,
            "源站设置超出长度限制（250字节），请确认后重试"
        );
    }

    /// Not in the seeds, but what a browser does: references decoded, `<br>`
    /// a space, whitespace runs collapsed, inline tags and comments dropped, end
    /// tags omitted, upper-case tags, a `<` that opens no tag.
    #[test]
    fn html_references_breaks_whitespace_and_omitted_end_tags() {
        let doc = "<TABLE><TR><TD>1<TD>a &amp; b&nbsp;c &#x4E2D;&#25991; &bogus;<TR><td>2<td>x<br>y  \n\t z <span>w</span><!-- note --><tr><td>3<td>1 < 2</TABLE>";
        let table = &tables(doc).unwrap()[0];
        assert!(table.header.is_empty());
        assert_eq!(
            table.rows,
            [
                strings(&["1", "a & b\u{a0}c 中文 &bogus;"]),
                strings(&["2", "x y z w"]),
                strings(&["3", "1 < 2"]),
            ]
        );
    }

    #[test]
    fn html_mangled_tables_are_errors() {
        let ragged = "<table><tr><th>a</th><th>b</th></tr>\n<tr><td>1</td></tr></table>";
        assert!(tables(ragged).is_err());
        let span = "<table><tr><td colspan=2>1</td></tr></table>";
        assert!(tables(span).is_err());
        let stray = "<table><tr>oops<td>1</td></tr></table>";
        assert_eq!(tables(stray).unwrap_err().line, 1);
        let unclosed = "text\n<table><tr><td>1</td></tr>";
        assert_eq!(tables(unclosed).unwrap_err().line, 2);
    }

    /// 002: a padded header and delimiter, rows with no padding at all (`|-1|`)
    /// and rows padded with runs of spaces, a cell starting right after the
    /// pipe (100022's English), the negative code -1 and the code 0.
    #[test]
    fn markdown_padded_and_unpadded_rows_negative_and_zero_codes() {
        let doc = "### 错误码\n| 错误码         | 中文                                                  | 英文                                                  |\n| -------------- | ---------------------------------------------------- | --------------------------------------------------- |\n|-1|数据加载失败，请稍后重试。|Data loading failed, please retry later.|\n|0|请求成功|Request Success.|\n|291|该账户没有执行对应 Action 和产品类型的权限|Action , ProductType unauthorized error|\n| 100022         | 该规则正在运行，修改前请先禁用                                           |Rule status is invalid                   |";
        let tables = code_tables(doc).unwrap();
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].header, strings(&["错误码", "中文", "英文"]));
        assert_eq!(
            tables[0].rows,
            [
                row(
                    -1,
                    "数据加载失败，请稍后重试。",
                    &["Data loading failed, please retry later."]
                ),
                row(0, "请求成功", &["Request Success."]),
                row(
                    291,
                    "该账户没有执行对应 Action 和产品类型的权限",
                    &["Action , ProductType unauthorized error"]
                ),
                row(
                    100022,
                    "该规则正在运行，修改前请先禁用",
                    &["Rule status is invalid"]
                ),
            ]
        );
    }

    /// 004: no trailing pipes, a `| -- | --` delimiter, a header without a
    /// space after its last pipe, an indented JSON block with braces, and a
    /// first table (HTTP statuses) that is not a code table.
    #[test]
    fn markdown_without_trailing_pipes_and_a_non_code_table() {
        let doc = "说明如下：\n\n|HTTP返回信息| 说明\n|-- | --\n| HTTP/1.1 200 OK | 请求成功，返回正确的数据\n| HTTP/1.1 403 Forbidden | 接口权限错误\n\n    {\"error\":{\"code\":\"错误码\",\"msg\":\"错误码信息\"}}\n\n**HTTP 返回状态码为403的错误说明：**\n\n\n| code | 错误码信息说明|\n| -- | --\n| 4031002 | 禁止访问，需要Access-Token\n| 4031003 | 无效的Access-Token\n\n\n**HTTP 返回状态码为503的错误说明：**\n\n| code | 错误码信息说明|\n| -- | --\n| 5031001 | 服务端发生异常";
        let all = tables(doc).unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].header, strings(&["HTTP返回信息", "说明"]));
        assert_eq!(
            all[0].rows[1],
            strings(&["HTTP/1.1 403 Forbidden", "接口权限错误"])
        );

        let codes = code_tables(doc).unwrap();
        assert_eq!(codes.len(), 2);
        assert_eq!(codes[0].header, strings(&["code", "错误码信息说明"]));
        assert_eq!(
            codes[0].rows,
            [
                row(4031002, "禁止访问，需要Access-Token", &[]),
                row(4031003, "无效的Access-Token", &[])
            ]
        );
        assert_eq!(codes[1].rows, [row(5031001, "服务端发生异常", &[])]);
    }

    #[test]
    fn markdown_escaped_pipes_alignment_and_lines_that_are_not_tables() {
        let doc = "a | b without a delimiter\nnot a table\n\n    | 1 | indented: code |\n    | - | - |\n\n| code | text |\n|:---:|---:|\n| 7 | a \\| b |\n| 8 | trailing backslash \\|\nafter";
        let all = tables(doc).unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(
            all[0].rows,
            [
                strings(&["7", "a | b"]),
                strings(&["8", "trailing backslash |"])
            ]
        );
    }

    #[test]
    fn markdown_ragged_rows_are_errors() {
        let doc = "intro\n| code | text |\n| -- | -- |\n| 1 | one | extra |\n";
        let error = tables(doc).unwrap_err();
        assert_eq!(error.line, 4);
        assert!(tables("| a | b |\n| -- |\n").is_err());
    }

    #[test]
    fn a_code_table_with_a_row_without_code_is_an_error() {
        let doc = "| code | text |\n| -- | -- |\n| 1 | one |\n| two | 2 |\n";
        assert!(code_tables(doc).is_err());
        // `+1`, `1.5`, `0x10`: only decimal integers are codes.
        assert_eq!(parse_code("+1"), Some(1));
        assert_eq!(parse_code("1.5"), None);
        assert_eq!(parse_code("0x10"), None);
        assert_eq!(parse_code("-"), None);
    }

    /// HTML and Markdown tables of one document come out in document order.
    #[test]
    fn both_formats_in_document_order() {
        let doc = "| c | m |\n|---|---|\n| 1 | md |\n\n<table><tr><td>2</td><td>html</td></tr></table>\n\n| c | m |\n|---|---|\n| 3 | md again |";
        let codes: Vec<i64> = code_tables(doc)
            .unwrap()
            .iter()
            .map(|t| t.rows[0].code)
            .collect();
        assert_eq!(codes, [1, 2, 3]);
    }

    /// 000/003: two codes with the same message (5200 and 5300, 2130 and
    /// 9002) are two rows: the reader never merges rows.
    #[test]
    fn duplicate_messages_are_kept() {
        let doc = "<table><tr><td>2130</td><td>非法ProjectID参数，请确认后重试</td></tr><tr><td>9002</td><td>非法ProjectID参数，请确认后重试</td></tr></table>";
        let rows = &code_tables(doc).unwrap()[0].rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].message, rows[1].message);
    }

    #[test]
    fn normalisation_keeps_non_ascii_spaces() {
        assert_eq!(normalize("  a \t\n b  "), "a b");
        assert_eq!(normalize("全角\u{3000}空格"), "全角\u{3000}空格");
        assert_eq!(
            normalize("&lt;b&gt; &quot;x&quot; &#39;y&apos;"),
            "<b> \"x\" 'y'"
        );
    }
}
