//! Which column of a table holds what: the code, the message, the message in
//! a second language, a longer description, an HTTP status.
//!
//! - A table with no header row whose first row holds no number while the
//!   next does (HTML titles in `<td>`) takes that row as its header.
//! - The code column is a column whose every cell is an integer (a header
//!   naming a code, such as `code` or `错误码`, wins over one that does not),
//!   else a column named like a code whose every cell is an identifier-like
//!   code. A table with neither (a list of HTTP statuses) is not a code table
//!   and is skipped, unless most of such a column's cells are codes: then the
//!   others are mistakes, and an error.
//! - A column named like an HTTP status (`http`, `status`) holding statuses
//!   gives each row its status.
//! - The first other column is the message. Each later column is a second
//!   language when its header names one (`英文`, `English`, `zh`) or its
//!   text is in another script than the message's (`zh` for Chinese text,
//!   `en` otherwise), else the description (the first such column).

use std::collections::HashMap;

use crate::code::{Code, parse_int};
use crate::read::{ReadError, Table};

/// A table of error codes, its rows typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeTable {
    /// The 1-based line of the document where the table starts.
    pub line: usize,
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

/// The code tables among `tables`, in order; tables without a code column
/// are left out.
pub fn code_tables(tables: Vec<Table>) -> Result<Vec<CodeTable>, ReadError> {
    let mut out = Vec::new();
    for table in tables.into_iter().map(with_header) {
        if let Some(columns) = detect(&table)? {
            out.push(typed(table, &columns)?);
        }
    }
    Ok(out)
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
    }
    table
}

/// The columns of `table`, `None` if it is not a code table.
fn detect(table: &Table) -> Result<Option<Columns>, ReadError> {
    let width = table.rows.first().map_or(0, Vec::len);
    if table.rows.is_empty() || width == 0 {
        return Ok(None);
    }
    let Some(code) = code_column(table, width)? else {
        return Ok(None);
    };
    let http = (0..width).find(|&c| c != code && is_http_column(table, c));
    // A column of integers beside the codes is a numbering, not text.
    let numbering = |c: usize| table.rows.iter().all(|row| parse_int(&row[c]).is_some());
    let mut rest = (0..width).filter(|&c| c != code && Some(c) != http && !numbering(c));
    let Some(message) = rest.next() else {
        return Err(ReadError::new(
            table.line,
            "the code table has no message column; add a column with each code's message",
        ));
    };
    let lang = header_lang(header(table, message)).unwrap_or_else(|| column_script(table, message));
    let (mut translation, mut help) = (None, None);
    for column in rest {
        let named = header_lang(header(table, column));
        let script = column_script(table, column);
        if translation.is_none() && named.as_ref().is_some_and(|key| *key != lang) {
            translation = Some((column, named.unwrap_or_default()));
        } else if help.is_none() && names_description(header(table, column)) {
            help = Some(column);
        } else if translation.is_none() && named.is_none() && script != lang {
            translation = Some((column, script));
        } else if help.is_none() {
            help = Some(column);
        }
    }
    Ok(Some(Columns {
        code,
        http,
        message,
        lang,
        translation,
        help,
    }))
}

fn header(table: &Table, column: usize) -> &str {
    table.header.get(column).map_or("", String::as_str)
}

/// The code column (see the module documentation).
fn code_column(table: &Table, width: usize) -> Result<Option<usize>, ReadError> {
    let all =
        |column: usize, test: fn(&str) -> bool| table.rows.iter().all(|row| test(&row[column]));
    let is_int = |cell: &str| parse_int(cell).is_some();
    let is_name = |cell: &str| matches!(Code::parse(cell), Some(Code::Str(_)));
    let named = |column: usize| names_code(header(table, column));
    let http = |column: usize| names_http(header(table, column));
    let ints: Vec<usize> = (0..width).filter(|&c| !http(c) && all(c, is_int)).collect();
    if let Some(&column) = ints.iter().find(|&&c| named(c)).or(ints.first()) {
        return Ok(Some(column));
    }
    if let Some(column) = (0..width).find(|&c| named(c) && all(c, is_name)) {
        return Ok(Some(column));
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
                return Err(not_a_code(table, column, test));
            }
        }
    }
    Ok(None)
}

/// The error for the first cell of a code column that fails `test`, the
/// test most of the column passes.
fn not_a_code(table: &Table, column: usize, test: fn(&str) -> bool) -> ReadError {
    let (index, row) = table
        .rows
        .iter()
        .enumerate()
        .find(|(_, row)| !test(&row[column]))
        .expect("not every cell passes");
    let kind = if test("1") {
        "an integer like the others"
    } else {
        "an identifier-like name like the others"
    };
    ReadError::new(
        table.line,
        format!(
            "row {} of the code table has {:?} in its code column, not a code ({kind}); fix the cell or remove the row",
            index + 1,
            row[column]
        ),
    )
}

/// `code`, `Error Code`, `错误码`, `错误代码`, `RetCode`.
fn names_code(header: &str) -> bool {
    let lower = header.to_lowercase();
    (lower.contains("code")
        || lower.ends_with('码')
        || lower.contains("代码")
        || lower.contains("编号"))
        && !names_http(header)
}

/// `HTTP status`, `Status`, `状态码`.
fn names_http(header: &str) -> bool {
    let lower = header.to_lowercase();
    lower.contains("http") || lower.contains("status") || lower.contains("状态")
}

fn is_http_column(table: &Table, column: usize) -> bool {
    names_http(header(table, column))
        && table
            .rows
            .iter()
            .all(|row| parse_int(&row[column]).is_some_and(|status| (100..=599).contains(&status)))
}

/// `描述`, `说明`, `Description`, `Details`, `解决方案`, ...
fn names_description(header: &str) -> bool {
    let lower = header.to_lowercase();
    [
        "描述",
        "说明",
        "解释",
        "备注",
        "解决",
        "处理",
        "建议",
        "description",
        "detail",
        "remark",
        "solution",
        "help",
        "action",
        "resolution",
    ]
    .iter()
    .any(|word| lower.contains(word))
}

/// The language a header names: `中文` or `Chinese` is `zh`, `英文` or
/// `English` is `en`; a header that is a key itself (`zh`, `en-US`) is that.
pub fn header_lang(header: &str) -> Option<String> {
    let lower = header.trim().to_lowercase();
    let names: [(&[&str], &str); 5] = [
        (&["中文", "chinese", "简体", "汉语"], "zh"),
        (&["英文", "english", "英语"], "en"),
        (&["日文", "日本語", "japanese", "日语"], "ja"),
        (&["韩文", "한국어", "korean"], "ko"),
        (&["français", "french", "法文"], "fr"),
    ];
    if let Some((_, key)) = names
        .iter()
        .find(|(words, _)| words.iter().any(|w| lower.contains(w)))
    {
        return Some((*key).to_owned());
    }
    let key = lower.split(['-', '_']).next().unwrap_or("");
    let is_key = key.len() == 2 && key.bytes().all(|b| b.is_ascii_lowercase());
    (is_key
        && lower.len() <= 5
        && ["zh", "en", "ja", "ko", "fr", "de", "es", "ru", "pt", "it"].contains(&key))
    .then(|| key.to_owned())
}

/// The script of a text: `zh` for Chinese, `ja` with kana, `ko` with hangul,
/// `en` otherwise.
pub fn script(text: &str) -> &'static str {
    let has =
        |range: std::ops::RangeInclusive<u32>| text.chars().any(|c| range.contains(&u32::from(c)));
    if has(0x3040..=0x30FF) {
        "ja"
    } else if has(0xAC00..=0xD7AF) {
        "ko"
    } else if has(0x4E00..=0x9FFF) || has(0x3400..=0x4DBF) {
        "zh"
    } else {
        "en"
    }
}

/// The script of most of a column's non-empty cells.
fn column_script(table: &Table, column: usize) -> String {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for row in table.rows.iter().filter(|row| !row[column].is_empty()) {
        *counts.entry(script(&row[column])).or_default() += 1;
    }
    let best = counts
        .into_iter()
        .max_by_key(|&(key, count)| (count, key != "en"));
    best.map_or("en", |(key, _)| key).to_owned()
}

/// The rows of `table` typed by `columns`: every code parsed, no code twice,
/// no message empty.
fn typed(table: Table, columns: &Columns) -> Result<CodeTable, ReadError> {
    let line = table.line;
    let mut seen: HashMap<Code, usize> = HashMap::new();
    let mut rows = Vec::with_capacity(table.rows.len());
    for (index, cells) in table.rows.iter().enumerate() {
        let code = Code::parse(&cells[columns.code]).expect("the code column holds codes");
        if let Some(first) = seen.insert(code.clone(), index) {
            return Err(ReadError::new(
                line,
                format!(
                    "code {code} appears twice in the table (rows {} and {}); keep one row per code",
                    first + 1,
                    index + 1
                ),
            ));
        }
        let message = cells[columns.message].clone();
        if message.is_empty() {
            return Err(ReadError::new(
                line,
                format!("code {code} has an empty message; fill in its message cell"),
            ));
        }
        rows.push(Row {
            code,
            message,
            translation: columns.translation.as_ref().map(|(c, _)| cells[*c].clone()),
            help: columns.help.map(|c| cells[c].clone()),
            http: columns
                .http
                .and_then(|c| parse_int(&cells[c]))
                .and_then(|s| u16::try_from(s).ok()),
        });
    }
    Ok(CodeTable {
        line,
        header: table.header,
        lang: columns.lang.clone(),
        translation_lang: columns.translation.as_ref().map(|(_, key)| key.clone()),
        has_help: columns.help.is_some(),
        rows,
    })
}

#[cfg(test)]
mod tests;
