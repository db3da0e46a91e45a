//! The quirks of the seed documents, and what a browser does with HTML.

use super::*;

fn strings(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|s| (*s).to_owned()).collect()
}

fn md(doc: &str) -> Vec<Table> {
    tables(doc, Format::Markdown).unwrap()
}

/// 000/001/003 public tables: `<th> <b>..</b>\n</th>` headers, cells that
/// open with a space and close on the next line, `</tbody></table>` at the
/// very end of the file with no line break.
#[test]
fn html_cells_with_spaces_line_breaks_and_bold_headers() {
    let doc = "## 1. 公共错误码\n\n<table class=\"t\">\n<tbody><tr>\n<th> <b>错误代码</b>\n</th><th> <b>错误类型</b>\n</th><th> <b>描述</b>\n</th></tr>\n<tr>\n<td> 4000\n</td><td> 请求参数非法\n</td><td> 缺少必要参数，或者参数值格式不正确。\n</td></tr></tbody></table>";
    let all = md(doc);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].line, 3);
    assert_eq!(all[0].header, strings(&["错误代码", "错误类型", "描述"]));
    assert_eq!(
        all[0].rows,
        [strings(&[
            "4000",
            "请求参数非法",
            "缺少必要参数，或者参数值格式不正确。"
        ])]
    );
}

/// 003 module table: a blank line between the header row and the first row
/// (which ends CommonMark's HTML block), a cell whose text sits on its own
/// line, full-width punctuation kept.
#[test]
fn html_table_across_a_blank_line_and_text_on_its_own_line() {
    let doc = "<table class=\"t\">\n<tbody>\n<tr>\n<th><b>错误代码</b></th>\n<th><b>错误描述</b></th>\n</tr>\n\n<tr>\n<td>1013</td>\n<td>\n参数配置错误（250字节），请稍后重试\n</td>\n</tr>\n</tbody></table>";
    let all = md(doc);
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].rows,
        [strings(&["1013", "参数配置错误（250字节），请稍后重试"])]
    );
}

/// What a browser does: references decoded, `<br>` a space, whitespace
/// collapsed, inline tags and comments dropped, end tags omitted.
#[test]
fn html_references_breaks_whitespace_and_omitted_end_tags() {
    let doc = "<TABLE><TR><TD>1<TD>a &amp; b&nbsp;c &#x4E2D;&#25991;<TR><td>2<td>x<br>y  \n\t z <span>w</span><!-- note --><tr><td>3<td>1 &lt; 2</TABLE>";
    let table = &tables(doc, Format::Html).unwrap()[0];
    assert!(table.header.is_empty());
    assert_eq!(
        table.rows,
        [
            strings(&["1", "a & b\u{a0}c 中文"]),
            strings(&["2", "x y z w"]),
            strings(&["3", "1 < 2"]),
        ]
    );
}

#[test]
fn html_ragged_rows_and_spans_are_errors() {
    let ragged = "text\n\n<table><tr><th>a</th><th>b</th></tr>\n<tr><td>1</td></tr></table>";
    let error = tables(ragged, Format::Markdown).unwrap_err().remove(0);
    assert_eq!(error.line, 4);
    assert!(error.message.starts_with("ragged table"), "{error}");
    let span = "<table><tr><td colspan=2>1</td></tr></table>";
    assert!(tables(span, Format::Html).is_err());
}

/// 002: padded and unpadded rows (`|-1|`), the negative code and 0.
#[test]
fn markdown_padded_and_unpadded_rows() {
    let doc = "### 错误码\n| 错误码         | 中文          | 英文         |\n| -------------- | ------------ | ------------ |\n|-1|数据加载失败，请稍后重试。|Data loading failed, please retry later.|\n|0|请求成功|Request Success.|\n| 100022         | 该规则正在运行 |Rule status is invalid                   |";
    let all = md(doc);
    assert_eq!(all[0].line, 2);
    assert_eq!(all[0].header, strings(&["错误码", "中文", "英文"]));
    assert_eq!(
        all[0].rows,
        [
            strings(&[
                "-1",
                "数据加载失败，请稍后重试。",
                "Data loading failed, please retry later."
            ]),
            strings(&["0", "请求成功", "Request Success."]),
            strings(&["100022", "该规则正在运行", "Rule status is invalid"]),
        ]
    );
}

/// 004: no trailing pipes, `|-- | --` delimiters, an indented JSON block,
/// a first table of HTTP statuses.
#[test]
fn markdown_without_trailing_pipes() {
    let doc = "说明如下：\n\n|HTTP返回信息| 说明\n|-- | --\n| HTTP/1.1 200 OK | 请求成功\n\n    {\"error\":{\"code\":\"错误码\"}}\n\n| code | 错误码信息说明|\n| -- | --\n| 4031002 | 禁止访问，需要Access-Token\n| 4031003 | 无效的Access-Token\n";
    let all = md(doc);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].rows, [strings(&["HTTP/1.1 200 OK", "请求成功"])]);
    assert_eq!(all[1].header, strings(&["code", "错误码信息说明"]));
    assert_eq!(all[1].rows[1], strings(&["4031003", "无效的Access-Token"]));
}

#[test]
fn markdown_escaped_pipes_and_inline_markup() {
    let doc = "| code | text |\n|:---:|---:|\n| 7 | a \\| b |\n| 8 | **bold** `x<y>` a<br>b |\n";
    assert_eq!(
        md(doc)[0].rows,
        [strings(&["7", "a | b"]), strings(&["8", "bold x<y> a b"])]
    );
}

#[test]
fn markdown_ragged_rows_are_errors() {
    for doc in [
        "intro\n\n| code | text |\n| -- | -- |\n| 1 | one | extra |\n",
        "intro\n\n| code | text |\n| -- | -- |\n| 1 |\n",
    ] {
        let error = tables(doc, Format::Markdown).unwrap_err().remove(0);
        assert_eq!(error.line, 5, "{doc}");
        assert!(error.message.starts_with("ragged table"), "{error}");
    }
    // An empty cell is a cell.
    assert_eq!(
        md("| a | b |\n|--|--|\n| 1 | |\n")[0].rows,
        [strings(&["1", ""])]
    );
}

#[test]
fn both_formats_in_document_order() {
    let doc = "| c | m |\n|---|---|\n| 1 | md |\n\n<table><tr><td>2</td><td>html</td></tr></table>\n\n| c | m |\n|---|---|\n| 3 | md again |";
    let firsts: Vec<String> = md(doc).into_iter().map(|t| t.rows[0][0].clone()).collect();
    assert_eq!(firsts, ["1", "2", "3"]);
}

#[test]
fn csv_and_tsv() {
    let csv = "code,message\n1,\"a, quoted\"\n2,two\n";
    let table = &tables(csv, Format::Csv).unwrap()[0];
    assert_eq!(table.header, strings(&["code", "message"]));
    assert_eq!(
        table.rows,
        [strings(&["1", "a, quoted"]), strings(&["2", "two"])]
    );
    let tsv = "code\tmessage\n1\tone\n";
    assert_eq!(
        tables(tsv, Format::Tsv).unwrap()[0].rows,
        [strings(&["1", "one"])]
    );
    let error = tables("code,message\n1,one,extra\n", Format::Csv)
        .unwrap_err()
        .remove(0);
    assert_eq!(error.line, 2);
    assert!(error.message.starts_with("ragged table"), "{error}");
}

#[test]
fn format_by_extension_then_content() {
    let of = |name: &str| Format::from_extension(std::path::Path::new(name));
    assert_eq!(of("a.md"), Some(Format::Markdown));
    assert_eq!(of("a.HTML"), Some(Format::Html));
    assert_eq!(of("a.csv"), Some(Format::Csv));
    assert_eq!(of("a.tsv"), Some(Format::Tsv));
    assert_eq!(of("a.txt"), None);
    assert_eq!(Format::sniff("<!DOCTYPE html><html>"), Format::Html);
    assert_eq!(Format::sniff("code\tmessage\n1\tone\n"), Format::Tsv);
    assert_eq!(Format::sniff("code,message\n1,one\n"), Format::Csv);
    assert_eq!(
        Format::sniff("# t\n\n| a | b |\n|--|--|\n"),
        Format::Markdown
    );
    assert_eq!(Format::sniff("# t\n<table></table>"), Format::Markdown);
}

#[test]
fn normalisation_keeps_non_ascii_spaces() {
    assert_eq!(normalize("  a \t\n b  "), "a b");
    assert_eq!(normalize("全角\u{3000}空格"), "全角\u{3000}空格");
}

#[test]
fn html_thead_of_td_cells_is_the_header() {
    let doc = "<table><thead><tr><td>code</td><td>message</td></tr></thead><tbody><tr><td>1</td><td>one</td></tr></tbody></table>";
    let table = &tables(doc, Format::Html).unwrap()[0];
    assert_eq!(table.header, strings(&["code", "message"]));
    assert_eq!(table.rows, [strings(&["1", "one"])]);
}

/// A hand-kept list: a title line and a blank line above the header, a cell
/// that runs onto the next line, rows keeping their lines.
#[test]
fn tsv_title_line_and_a_cell_on_two_lines() {
    let tsv = "Widget errors\n\ncode\tmessage\ttext\n1\tone,\nstill one\t一\n2\ttwo\t二\n";
    let all = tables(tsv, Format::Tsv).unwrap();
    assert_eq!(all.len(), 1);
    let table = &all[0];
    assert_eq!(
        (table.line, table.title.as_deref()),
        (3, Some("Widget errors"))
    );
    assert_eq!(
        table.rows,
        [
            strings(&["1", "one, still one", "一"]),
            strings(&["2", "two", "二"])
        ]
    );
    assert_eq!(table.lines, [4, 6]);
    // A code starts a row: a short row before it is ragged.
    let errors = tables("code,message\n1,one\n2\n3\n", Format::Csv).unwrap_err();
    assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [3, 4]);
}

/// Headings and captions title the tables; a table in a cell is text, set
/// apart like the other block elements.
#[test]
fn html_titles_nested_tables_and_row_lines() {
    let doc = "<h2>3XX Redirects</h2>\n<p>prose</p>\n<table>\n<tr><th>code</th><th>text</th></tr>\n<tr><td>1</td><td><p>a</p><p>b</p><table><tr><td>c</td><td>d</td></tr></table></td></tr>\n</table>\n<table><caption>Others</caption><tr><td>2</td><td>x<li>y</li></td></tr></table>";
    let all = tables(doc, Format::Html).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].title.as_deref(), Some("3XX Redirects"));
    assert_eq!(all[0].rows, [strings(&["1", "a b c d"])]);
    assert_eq!(all[0].lines, [5]);
    assert_eq!(all[1].title.as_deref(), Some("Others"));
    assert_eq!(all[1].rows, [strings(&["2", "x y"])]);
}

/// Front matter is metadata, not a heading; the last heading above a table
/// is its title.
#[test]
fn markdown_front_matter_and_headings() {
    let doc = "---\ntitle: Errors\n---\n\n# Widget\n\n## Auth errors\n\n| code | text |\n|--|--|\n| 1 | <p>a</p><p>b</p> |\n";
    let all = md(doc);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].title.as_deref(), Some("Auth errors"));
    assert_eq!(all[0].rows, [strings(&["1", "a b"])]);
    assert_eq!(all[0].lines, [11]);
}

#[test]
fn a_tsv_with_a_title_line_is_tsv() {
    assert_eq!(
        Format::sniff("Widget errors\n\ncode\tmessage\n1\tone\n2\ttwo\n"),
        Format::Tsv
    );
    assert_eq!(
        Format::sniff("Widget errors\ncode,message\n1,one\n"),
        Format::Csv
    );
    assert_eq!(
        Format::sniff("# Errors\n\nNo table, here.\n"),
        Format::Markdown
    );
}
