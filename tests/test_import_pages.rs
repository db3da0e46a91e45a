//! A property of `error-table import` on pages as vendors publish them
//! (issue 18): generated tables with numbering columns, status columns
//! (plain, with reason phrases, under `split(3)` or a fixed status), second
//! languages under any header, descriptions, repeated and contradicting
//! rows, empty message cells, multi-line cells, bidirectional controls,
//! punctuation-only codes and text around the table, each rendered as
//! Markdown, HTML, CSV and TSV. For every page:
//!
//! - import gives the same source from each of the four renderings, and
//!   `check` of it against the page agrees (exit status 0); or, for a page
//!   with bad status cells, import refuses with one problem per bad cell;
//! - the source compiles and reproduces every code, message, second-language
//!   text, description and status: a sample of the sources is compiled into
//!   one crate whose `main` asserts them (through trybuild, whose build of
//!   the dependencies `tests/compiletest.rs` shares).
//!
//! The test command runs 32 pages and compiles 8 of them;
//! `ERROR_TABLE_PAGES=full` (CI) runs 400 and compiles every one imported,
//! `ERROR_TABLE_PAGES=2000` that many.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use error_table_cli::import::{Http, ImportOptions, import};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

/// A row as the page shows it.
#[derive(Debug, Clone)]
struct Row {
    code: String,
    message: String,
    second: String,
    help: String,
    /// The status cell as written.
    status: String,
}

/// A generated table and how it is laid out.
#[derive(Debug, Clone)]
struct Page {
    /// Integer codes (else string codes).
    ints: bool,
    /// The message column's language: `zh` or `en`.
    lang: &'static str,
    /// `--http split(3)`, else `--http 200`.
    split: bool,
    numbering: Option<&'static str>,
    code_header: &'static str,
    message_header: &'static str,
    second_header: Option<&'static str>,
    help_header: Option<&'static str>,
    status_header: Option<&'static str>,
    /// Where the status column stands: after the code, or last.
    status_first: bool,
    title: Option<&'static str>,
    /// The rows of the page, repeats included, in order.
    rows: Vec<Row>,
    /// How many of the rows repeat a code with other text (a warning each).
    contradictions: usize,
    /// How many status cells are not statuses (a problem each).
    bad_statuses: usize,
}

const STATUSES: &[u16] = &[200, 301, 302, 400, 401, 403, 404, 409, 429, 500, 503];
const EN_WORDS: &[&str] = &[
    "invalid",
    "token",
    "expired",
    "Session",
    "quota",
    "exceeded",
    "(retry)",
    "later.",
    "\"name\"",
    "don't",
    "100%",
    "a/b",
    "key:",
    "value,",
    "OK!",
    "why?",
    "x\u{202E}y",
];
const ZH_WORDS: &[&str] = &[
    "令牌",
    "无效",
    "会话",
    "过期",
    "配额",
    "超出",
    "请",
    "重试",
    "（稍后）",
    "参数",
    "错误",
    "Token",
    "\"名称\"",
    "，",
    "。",
    "\u{202E}反",
];

fn words(vocabulary: &'static [&'static str], max: usize) -> BoxedStrategy<String> {
    prop::collection::vec(prop::sample::select(vocabulary), 1..max)
        .prop_map(|words| words.join(" "))
        .prop_filter("a message has a letter", |text| {
            text.chars().any(char::is_alphabetic)
        })
        .boxed()
}

fn text(lang: &str) -> BoxedStrategy<String> {
    if lang == "zh" {
        words(ZH_WORDS, 5)
            .prop_filter("Chinese text", |t| {
                t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            })
            .boxed()
    } else {
        words(EN_WORDS, 6)
    }
}

fn code(ints: bool, split: bool, status: u16) -> BoxedStrategy<String> {
    match (ints, split) {
        (true, true) => (1u32..999)
            .prop_map(move |n| format!("{}", u32::from(status) * 1000 + n))
            .boxed(),
        (true, false) => (1000u32..9_999_999).prop_map(|n| n.to_string()).boxed(),
        (false, _) => prop_oneof![
            8 => "[A-Z][a-z]{2,8}(\\.[A-Z][a-z]{2,6})?",
            1 => prop::sample::select(vec!["_-".to_owned(), "__".to_owned(), "_-_".to_owned()]),
        ]
        .boxed(),
    }
}

/// One row: its code, texts and status.
fn row(page: &Page) -> BoxedStrategy<Row> {
    let (ints, split, lang) = (page.ints, page.split, page.lang);
    let other = if lang == "zh" { "en" } else { "zh" };
    let has_second = page.second_header.is_some();
    let has_help = page.help_header.is_some();
    (prop::sample::select(STATUSES), any::<bool>(), 0..8u8)
        .prop_flat_map(move |(status, reason, empty)| {
            (
                code(ints, split, status),
                text(lang),
                text(other),
                text(lang),
                Just((status, reason, empty == 0 && has_second)),
            )
        })
        .prop_map(
            move |(code, message, second, help, (status, reason, empty))| {
                let phrase = http::StatusCode::from_u16(status)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .filter(|_| reason);
                Row {
                    code,
                    message: if empty { String::new() } else { message },
                    second: if has_second { second } else { String::new() },
                    help: if has_help { help } else { String::new() },
                    status: match phrase {
                        Some(phrase) => format!("{status} {phrase}"),
                        None => status.to_string(),
                    },
                }
            },
        )
        .boxed()
}

fn layout() -> impl Strategy<Value = Page> {
    (
        (
            any::<bool>(),
            prop::sample::select(vec!["zh", "en"]),
            any::<bool>(),
        ),
        prop::option::of(prop::sample::select(vec!["No.", "#", "序号", "Row", ""])),
        prop::option::weighted(0.7, 0..5usize),
        prop::option::of(0..4usize),
        prop::option::of(prop::sample::select(vec![
            "HTTP Status",
            "Status",
            "状态码",
        ])),
        (
            any::<bool>(),
            prop::option::of(prop::sample::select(vec![
                "Widget errors",
                "3XX Type Error",
            ])),
        ),
    )
        .prop_map(
            |((ints, lang, split), numbering, second, help, status, (first, title))| {
                let zh_second = ["说明", "描述", "中文说明", "中文", "zh"];
                let en_second = [
                    "Description",
                    "English",
                    "Error Description",
                    "en",
                    "Details",
                ];
                let second_header = second.map(|i| {
                    if lang == "en" {
                        zh_second[i]
                    } else {
                        en_second[i]
                    }
                });
                let help_header = help.map(|i| {
                    if lang == "zh" {
                        ["处理建议", "备注", "解决方案", "帮助"][i]
                    } else {
                        ["Help", "Solution", "Remedy", "What to do"][i]
                    }
                });
                Page {
                    ints,
                    lang,
                    // split(3) needs integer codes.
                    split: split && ints,
                    numbering,
                    code_header: if ints { "code" } else { "Error code" },
                    message_header: if lang == "zh" {
                        "错误信息"
                    } else {
                        "Message"
                    },
                    second_header,
                    help_header,
                    status_header: status,
                    status_first: first,
                    title,
                    rows: Vec::new(),
                    contradictions: 0,
                    bad_statuses: 0,
                }
            },
        )
}

/// A page: its layout, rows with distinct codes, then repeats (identical or
/// contradicting), and sometimes bad status cells.
fn page() -> impl Strategy<Value = Page> {
    layout().prop_flat_map(|page| {
        let rows = prop::collection::vec(row(&page), 1..7);
        let repeats = prop::collection::vec((any::<prop::sample::Index>(), any::<bool>()), 0..3);
        let bad = prop::option::weighted(
            0.3,
            prop::collection::vec(
                (
                    any::<prop::sample::Index>(),
                    prop::sample::select(vec!["999", "", "Active"]),
                ),
                1..3,
            ),
        )
        .prop_map(Option::unwrap_or_default);
        (Just(page), rows, repeats, bad).prop_map(|(mut page, rows, repeats, bad)| {
            let mut unique: Vec<Row> = Vec::new();
            for row in rows {
                if !unique.iter().any(|r| r.code == row.code) {
                    unique.push(row);
                }
            }
            page.rows = unique.clone();
            for (index, contradict) in repeats {
                let mut again = index.get(&unique).clone();
                if contradict {
                    // Another text in the message's language.
                    let old = if page.lang == "zh" { "旧" } else { "old" };
                    again.message = format!("{} {old}", again.message).trim().to_owned();
                    page.contradictions += 1;
                }
                page.rows.push(again);
            }
            if page.status_header.is_some() {
                let mut made_bad = std::collections::HashSet::new();
                for (index, cell) in bad {
                    let at = index.index(page.rows.len());
                    made_bad.insert(at);
                    cell.clone_into(&mut page.rows[at].status);
                }
                page.bad_statuses = made_bad.len();
            }
            page
        })
    })
}

impl Page {
    /// The header and the cells of each row, in column order.
    fn grid(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let mut header = Vec::new();
        let columns = self.columns();
        for column in &columns {
            header.push(
                match column {
                    Column::Numbering => self.numbering.unwrap_or_default(),
                    Column::Code => self.code_header,
                    Column::Status => self.status_header.unwrap_or_default(),
                    Column::Message => self.message_header,
                    Column::Second => self.second_header.unwrap_or_default(),
                    Column::Help => self.help_header.unwrap_or_default(),
                }
                .to_owned(),
            );
        }
        let rows = (1..)
            .zip(&self.rows)
            .map(|(n, row)| {
                columns
                    .iter()
                    .map(|column| match column {
                        Column::Numbering => n.to_string(),
                        Column::Code => row.code.clone(),
                        Column::Status => row.status.clone(),
                        Column::Message => row.message.clone(),
                        Column::Second => row.second.clone(),
                        Column::Help => row.help.clone(),
                    })
                    .collect()
            })
            .collect();
        (header, rows)
    }

    fn columns(&self) -> Vec<Column> {
        let mut out = Vec::new();
        if self.numbering.is_some() {
            out.push(Column::Numbering);
        }
        out.push(Column::Code);
        let status = self.status_header.is_some();
        if status && self.status_first {
            out.push(Column::Status);
        }
        out.push(Column::Message);
        if self.second_header.is_some() {
            out.push(Column::Second);
        }
        if self.help_header.is_some() {
            out.push(Column::Help);
        }
        if status && !self.status_first {
            out.push(Column::Status);
        }
        out
    }

    /// The rows import keeps: the first of each code, its empty message
    /// filled from the second language.
    fn expected(&self) -> Vec<Row> {
        let mut out: Vec<Row> = Vec::new();
        for row in &self.rows {
            if out.iter().any(|r| r.code == row.code) {
                continue;
            }
            let mut row = row.clone();
            if row.message.is_empty() {
                row.message.clone_from(&row.second);
            }
            out.push(row);
        }
        out
    }

    fn status_of(&self, row: &Row) -> u16 {
        if self.status_header.is_some() {
            row.status[..3].parse().expect("a good status cell")
        } else if self.split {
            row.code[..3].parse().expect("a split code")
        } else {
            200
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Numbering,
    Code,
    Status,
    Message,
    Second,
    Help,
}

/// A cell's text with one of its spaces a line break, when it has one: a
/// cell that runs onto the next line.
fn broken(text: &str, at: &str) -> String {
    text.replacen(' ', at, 1)
}

fn markdown(page: &Page) -> String {
    let (header, rows) = page.grid();
    // Markdown's own syntax escaped, as the page's author would.
    let cell = |text: &str| broken(&text.replace('|', "\\|").replace('_', "\\_"), "<br>");
    let line = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = String::from("---\ntitle: Errors | codes\n---\n\n");
    out.push_str(
        "Some prose before the table, with a | pipe.\n\n```\n| 1 | not | a table |\n```\n\n",
    );
    if let Some(title) = page.title {
        let _ = writeln!(out, "## {title}\n");
    }
    out.push_str(&line(&header));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for row in &rows {
        out.push_str(&line(row));
    }
    out.push_str("\nProse after the table.\n");
    out
}

fn html(page: &Page) -> String {
    let (header, rows) = page.grid();
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut out =
        String::from("<!DOCTYPE html>\n<html><body>\n<h1>Vendor API</h1>\n<p>Prose.</p>\n");
    if let Some(title) = page.title {
        let _ = writeln!(out, "<h2>{title}</h2>");
    }
    out.push_str("<table>\n<tr>");
    for cell in &header {
        let _ = write!(out, "<th>{}</th>", escape(cell));
    }
    out.push_str("</tr>\n");
    for (index, row) in rows.iter().enumerate() {
        out.push_str("<tr>");
        for cell in row {
            // Block elements in some cells: paragraphs, divs, breaks.
            let text = escape(cell);
            let text = match (index % 3, text.split_once(' ')) {
                (0, Some((a, b))) => format!("<p>{a}</p><p>{b}</p>"),
                (1, Some((a, b))) => format!("{a}<div>{b}</div>"),
                _ => broken(&text, "<br>"),
            };
            let _ = write!(out, "<td>{text}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n<p>After.</p>\n</body></html>\n");
    out
}

fn delimited(page: &Page, delimiter: u8) -> String {
    let (header, rows) = page.grid();
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    for row in &rows {
        let cells: Vec<String> = row.iter().map(|c| broken(c, "\n")).collect();
        writer.write_record(&cells).unwrap();
    }
    let table = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    match page.title {
        Some(title) => format!("{title}\n\n{table}"),
        None => table,
    }
}

fn dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-pages");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Imports each rendering of `page` and checks it against the page; the
/// source (`None` for a page import refuses, as it must).
fn import_and_check(number: usize, page: &Page) -> Option<String> {
    // The Markdown file's name holds a line break and a bidirectional
    // control, which the doc comments must escape.
    let renderings = [
        ("\u{202E}\n.md", markdown(page)),
        ("html", html(page)),
        ("csv", delimited(page, b',')),
        ("tsv", delimited(page, b'\t')),
    ];
    let options = ImportOptions {
        enum_name: Some(format!("Case{number}")),
        http: Some(if page.split {
            Http::Split(3)
        } else {
            Http::Status(200)
        }),
        ..ImportOptions::default()
    };
    let mut sources = Vec::new();
    for (extension, text) in &renderings {
        let path = dir().join(format!("case{number}.{extension}"));
        std::fs::write(&path, text).unwrap();
        let what = || format!("case {number} ({extension}):\n{text}\n{page:#?}");
        match import(&path, &options) {
            Err(problems) => {
                assert!(page.bad_statuses > 0, "{}\n{problems}", what());
                assert_eq!(
                    problems.0.len(),
                    page.bad_statuses,
                    "{}\n{problems}",
                    what()
                );
                assert!(problems.0.iter().all(|p| p.line.is_some()), "{problems}");
            }
            Ok(imported) => {
                assert_eq!(page.bad_statuses, 0, "{}", what());
                // A warning for each contradicting row and each empty message.
                let empty = page.rows.iter().filter(|r| r.message.is_empty()).count();
                assert_eq!(
                    imported.warnings.len(),
                    page.contradictions + empty,
                    "{}\n{:?}",
                    what(),
                    imported.warnings
                );
                let rust = dir().join(format!("case{number}-{}.rs", sources.len()));
                std::fs::write(&rust, &imported.source).unwrap();
                let (report, _) =
                    error_table_cli::check::check(&rust, &path, None, &Default::default())
                        .unwrap_or_else(|problems| panic!("{}\n{problems}", what()));
                assert!(
                    report.agrees(),
                    "{}\n{report:#?}\n{}",
                    what(),
                    imported.source
                );
                sources.push(imported.source);
            }
        }
    }
    // The same source from each format, but for the doc comments that name
    // the file and the line.
    let code = |source: &String| -> String {
        let lines = source.lines();
        let kept = lines.filter(|line| !line.contains("imported by `error-table import`"));
        kept.collect::<Vec<_>>().join("\n")
    };
    if let Some(first) = sources.first() {
        assert!(
            sources.iter().all(|s| code(s) == code(first)),
            "case {number}: the formats differ:\n{}",
            sources.join("\n")
        );
    }
    sources.into_iter().next()
}

/// The assertions of `main` for `page`, imported as `case<number>::Case<number>`.
fn assertions(number: usize, page: &Page) -> String {
    let family = format!("case{number}::Case{number}");
    let mut out = String::new();
    let expected = page.expected();
    let _ = writeln!(
        out,
        "    assert_eq!(<{family} as ErrorCode>::ALL.len(), {});",
        expected.len()
    );
    for row in &expected {
        let _ = writeln!(
            out,
            "    let e = <{family} as ErrorCode>::from_code_str({:?}).expect(\"case {number}: code {}\");",
            row.code,
            row.code.escape_debug()
        );
        let _ = writeln!(out, "    assert_eq!(e.message(), {:?});", row.message);
        if !row.second.is_empty() {
            let other = if page.lang == "zh" { "en" } else { "zh" };
            let _ = writeln!(
                out,
                "    assert_eq!(e.message_in({other:?}), {:?});",
                row.second
            );
        }
        let help = Some(row.help.as_str()).filter(|h| !h.is_empty());
        let _ = writeln!(out, "    assert_eq!(e.help(), {help:?});");
        let _ = writeln!(
            out,
            "    assert_eq!(e.http_status(), {});",
            page.status_of(row)
        );
    }
    out
}

/// How many pages to generate, and how many of their imports to compile:
/// `ERROR_TABLE_PAGES=full` is 400 and all, a number that many and all.
fn sizes() -> (usize, usize) {
    match std::env::var("ERROR_TABLE_PAGES").as_deref() {
        Ok("full") => (400, usize::MAX),
        Ok(number) => (number.parse().expect("full or a number"), usize::MAX),
        _ => (32, 8),
    }
}

#[test]
fn imported_pages_compile_reproduce_and_check() {
    let (cases, compiled) = sizes();
    let mut runner = TestRunner::deterministic();
    let strategy = page();
    let mut crate_text = String::from("#![allow(dead_code)]\n");
    let mut main = String::from("fn main() {\n");
    let mut count = 0;
    // How many pages had each feature: the sample must show them all.
    let mut seen = [0usize; 7];
    for number in 0..cases {
        let page = strategy.new_tree(&mut runner).unwrap().current();
        let features = [
            page.bad_statuses > 0,
            page.contradictions > 0,
            page.rows.iter().any(|r| r.message.is_empty()),
            page.numbering.is_some(),
            page.split && page.status_header.is_some(),
            page.second_header.is_some() && page.help_header.is_some(),
            page.rows.iter().any(|r| r.code.starts_with('_')),
        ];
        for (count, on) in seen.iter_mut().zip(features) {
            *count += usize::from(on);
        }
        let Some(source) = import_and_check(number, &page) else {
            continue;
        };
        if count < compiled {
            count += 1;
            let indented: String = source.lines().map(|l| format!("    {l}\n")).collect();
            let _ = write!(crate_text, "\nmod case{number} {{\n{indented}}}\n");
            // A function a case: one `main` of thousands of `let`s nests
            // too deep for rustc's debug info.
            let _ = writeln!(main, "    check_case{number}();");
            let _ = write!(
                crate_text,
                "\nfn check_case{number}() {{\n    use error_table::ErrorCode;\n{}}}\n",
                assertions(number, &page)
            );
        }
    }
    assert!(count > 0, "no page was imported");
    assert!(
        seen.iter().all(|&n| n > 0),
        "refused, contradicting, empty message, numbering, split with statuses, language and help, punctuation code: {seen:?}"
    );
    main.push_str("}\n");
    crate_text.push_str(&main);
    let path = dir().join("imported_pages.rs");
    std::fs::write(&path, crate_text).unwrap();
    trybuild::TestCases::new().pass(path);
}
