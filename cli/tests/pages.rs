//! `import` and `check` of pages as vendors publish them (issue 18), through
//! the real binary: each page is small and hand-made in the shape the issue
//! describes. That the printed source compiles is
//! `tests/test_import_pages.rs` (root package), which compiles these shapes
//! with the generated ones.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{run, stderr, stdout};

/// A page of this test run with `text` in it.
fn page(name: &str, text: &str) -> PathBuf {
    common::temp_file("pages", name, text)
}

/// `import` succeeds: the source, and the lines of stderr.
fn import(path: &Path, options: &[&str]) -> (String, Vec<String>) {
    let mut args: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![&"import", &path];
    args.extend(options.iter().map(|o| o as &dyn AsRef<std::ffi::OsStr>));
    let output = run(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let lines = stderr(&output).lines().map(str::to_owned).collect();
    (stdout(&output), lines)
}

/// `import` refuses: status 2, nothing on stdout, the lines of stderr, each
/// naming the file and a line.
fn refused(path: &Path, options: &[&str]) -> Vec<String> {
    let mut args: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![&"import", &path];
    args.extend(options.iter().map(|o| o as &dyn AsRef<std::ffi::OsStr>));
    let output = run(&args);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert_eq!(stdout(&output), "");
    let lines: Vec<String> = stderr(&output).lines().map(str::to_owned).collect();
    for line in &lines {
        let at = format!("error-table: {}:", path.display());
        assert!(line.starts_with(&at), "{line}");
    }
    lines
}

/// `check` of `source` (written beside the page) against the page.
fn check(page: &Path, source: &str) -> Output {
    let rust = page.with_extension("rs");
    std::fs::write(&rust, source).unwrap();
    run(&[&"check", &rust, &page])
}

/// An object store's page: three codes listed twice across tables headed
/// "3XX Redirects" and "4XX Client Errors"; two identical, one with 302 and
/// then 307.
const STORE: &str = "<!DOCTYPE html><html><body>
<h1>Error responses</h1>
<p>Codes are returned in the XML body.</p>
<h2>3XX Redirects</h2>
<table>
<tr><th>Code</th><th>Description</th><th>HTTP Status</th></tr>
<tr><td>PermanentRedirect</td><td>Use the new endpoint.</td><td>301</td></tr>
<tr><td>TemporaryRedirect</td><td>Try the other endpoint.</td><td>302</td></tr>
<tr><td>Redirect</td><td>Temporary redirect.</td><td>307</td></tr>
</table>
<h2>4XX Client Errors</h2>
<table>
<tr><th>Code</th><th>Description</th><th>HTTP Status</th></tr>
<tr><td>PermanentRedirect</td><td>Use the new endpoint.</td><td>301</td></tr>
<tr><td>TemporaryRedirect</td><td>Try the other endpoint.</td><td>307</td></tr>
<tr><td>Redirect</td><td>Temporary redirect.</td><td>307</td></tr>
<tr><td>AccessDenied</td><td>Access Denied</td><td>403 Forbidden</td></tr>
</table>
</body></html>
";

#[test]
fn duplicate_rows_are_merged_and_contradictions_warned_or_refused() {
    let path = page("store.html", STORE);
    let (source, warnings) = import(&path, &[]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains(":15: code TemporaryRedirect is listed twice with a different status: line 8 and line 15; the first is kept"),
        "{warnings:?}"
    );
    // Headings name the enums; the first row of each code is kept.
    assert!(source.contains("pub enum E3xxRedirects {"), "{source}");
    assert!(source.contains("pub enum E4xxClientErrors {"), "{source}");
    assert!(
        source.contains("#[http(302)]\n    TemporaryRedirect = \"TemporaryRedirect\","),
        "{source}"
    );
    assert_eq!(
        source.matches("TemporaryRedirect = ").count(),
        1,
        "{source}"
    );
    assert_eq!(
        source.matches("PermanentRedirect = ").count(),
        1,
        "{source}"
    );
    // `403 Forbidden` is a status.
    assert!(
        source.contains("#[http(403)]\n    AccessDenied"),
        "{source}"
    );

    // check reads the page as published: agrees, with the same warning.
    let output = check(&path, &source);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stderr(&output).lines().count(), 1, "{}", stderr(&output));

    let lines = refused(&path, &["--strict"]);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains(":15: code TemporaryRedirect"),
        "{lines:?}"
    );
}

/// A TSV list as kept by hand: a title line, a blank line, a cell that runs
/// onto the next line, two rows whose English cell is empty.
#[test]
fn tsv_with_a_title_line_a_multi_line_cell_and_empty_messages() {
    let text = "Error codes of the widget service\n\ncode\tmessage\t中文\n4001\tInvalid token.\t令牌无效\n4002\tExpired session,\nlog in again.\t会话过期\n4003\t\t参数错误\n4004\t\t权限不足\n";
    let path = page("widget.tsv", text);
    let (source, warnings) = import(&path, &[]);
    assert!(source.contains("pub enum ErrorCodesOfTheWidgetService {"));
    assert!(
        source.contains(
            "#[msg(en = \"Expired session, log in again.\", zh = \"会话过期\")]\n    ExpiredSession = 4002,"
        ),
        "{source}"
    );
    assert!(
        source.contains("#[msg(en = \"参数错误\", zh = \"参数错误\")]\n    E4003 = 4003,"),
        "{source}"
    );
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].contains("widget.tsv:7: code 4003 has an empty message cell"));
    assert!(warnings[1].contains("widget.tsv:8: code 4004 has an empty message cell"));
    assert_eq!(check(&path, &source).status.code(), Some(0));
}

#[test]
fn a_numbering_column_is_never_the_code_column() {
    for (name, header) in [
        ("no.md", "| No. | Error | Description |"),
        ("xuhao.md", "| 序号 | 错误 | 描述 |"),
        ("hash.md", "| # | Error code | Description |"),
    ] {
        let text = format!(
            "{header}\n|--|--|--|\n| 1 | 4001001 | Invalid parameter |\n| 2 | 4001002 | Missing parameter |\n"
        );
        let (source, _) = import(&page(name, &text), &[]);
        assert!(
            source.contains("/// Invalid parameter\n    InvalidParameter = 4001001,"),
            "{name}: {source}"
        );
        assert!(!source.contains("= 1,"), "{name}: {source}");
    }
}

#[test]
fn status_cells_are_statuses_or_errors_naming_the_cell() {
    let bad = "| code | message | HTTP status |\n|--|--|--|\n| 1001 | Bad input | 400 |\n| 1002 | Gone | |\n| 1003 | Odd | 999 |\n| 1004 | Missing | 404 Not Found |\n";
    let lines = refused(&page("status.md", bad), &[]);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].contains("status.md:4: code 1002 has \"\" in the status column"));
    assert!(lines[1].contains("status.md:5: code 1003 has \"999\" in the status column"));
    assert!(lines.iter().all(|line| !line.contains("#[help")));

    let good = "| code | message | HTTP status |\n|--|--|--|\n| 1001 | Bad input | 400 |\n| 1004 | Missing | 404 Not Found |\n";
    let (source, _) = import(&page("status-ok.md", good), &[]);
    assert!(
        source.contains("#[http(404)]\n    Missing = 1004,"),
        "{source}"
    );
    assert!(!source.contains("#[help"), "{source}");
}

#[test]
fn a_status_column_that_contradicts_split_is_an_error() {
    let text = "| code | message | status |\n|--|--|--|\n| 400001 | Bad input | 400 |\n| 404001 | Missing | 400 |\n| 503001 | Busy | 500 |\n";
    let path = page("split.md", text);
    let lines = refused(&path, &["--http", "split(3)"]);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].contains(
        "split.md:4: --http split(3): code 404001 gives status 404, but the page lists 400"
    ));
    assert!(lines[1].contains("split.md:5:"));
    // Agreeing: the status is the option's, no #[http] per row.
    let agrees = "| code | message | status |\n|--|--|--|\n| 400001 | Bad input | 400 |\n";
    let (source, _) = import(&page("split-ok.md", agrees), &["--http", "split(3)"]);
    assert!(!source.contains("#[http("), "{source}");
}

#[test]
fn a_column_in_another_script_is_a_language_whatever_its_header() {
    for header in ["说明", "描述", "中文说明"] {
        let text = format!(
            "| code | message | {header} |\n|--|--|--|\n| 10001 | Invalid token | 令牌无效 |\n"
        );
        let (source, _) = import(&page("zh.md", &text), &[]);
        assert!(
            source.contains(
                "#[msg(en = \"Invalid token\", zh = \"令牌无效\")]\n    InvalidToken = 10001,"
            ),
            "{header}: {source}"
        );
    }
    // A Chinese message beside English under `Description`: English, not help.
    let text =
        "| 错误码 | 错误信息 | Description |\n|--|--|--|\n| 10001 | 令牌无效 | Invalid token |\n";
    let (source, _) = import(&page("description.md", text), &[]);
    assert!(
        source.contains(
            "#[msg(zh = \"令牌无效\", en = \"Invalid token\")]\n    InvalidToken = 10001,"
        ),
        "{source}"
    );
    // Bilingual, the English column headed as a description; a further
    // column in the message's script is the help.
    let text = "| 错误代码 | 错误信息 | Error Description | 处理建议 |\n|--|--|--|--|\n| 10001 | 令牌无效 | Invalid token | 请重新登录 |\n";
    let (source, _) = import(&page("bilingual.md", text), &[]);
    assert!(
        source.contains("#[msg(zh = \"令牌无效\", en = \"Invalid token\")]\n    #[help(\"请重新登录\")]\n    InvalidToken = 10001,"),
        "{source}"
    );
}

#[test]
fn block_elements_in_a_cell_are_set_apart() {
    let text = "<table><tr><th>code</th><th>message</th></tr>
<tr><td>1</td><td><p>Invalid token.</p><p>Log in again.</p></td></tr>
<tr><td>2</td><td><div>Busy.</div><div>Retry.</div></td></tr>
<tr><td>3</td><td><ul><li>Bad key.</li><li>Bad value.</li></ul></td></tr>
<tr><td>4</td><td>Line one.<br>Line two.</td></tr>
<tr><td>5</td><td><table><tr><td>Inner</td><td>cells.</td></tr><tr><td>Next</td><td>row.</td></tr></table></td></tr>
</table>";
    let (source, _) = import(&page("blocks.html", text), &[]);
    for message in [
        "Invalid token. Log in again.",
        "Busy. Retry.",
        "Bad key. Bad value.",
        "Line one. Line two.",
        "Inner cells. Next row.",
    ] {
        assert!(
            source.contains(&format!("/// {message}\n")),
            "{message}: {source}"
        );
    }
    // The nested table is text, not a table of its own.
    assert_eq!(source.matches("pub enum").count(), 1, "{source}");
    // Markdown cells with inline block tags too.
    let md = "| code | message |\n|--|--|\n| 1 | <p>Invalid token.</p><p>Log in again.</p> |\n";
    let (source, _) = import(&page("blocks.md", md), &[]);
    assert!(
        source.contains("/// Invalid token. Log in again.\n"),
        "{source}"
    );
}

#[test]
fn output_compiles_whatever_the_codes_texts_and_file_name() {
    let text = "| code | message |\n|--|--|\n| _- | Odd. |\n| __ | 奇怪 |\n| A | x\u{202E}y |\n";
    let path = page("odd\nname\u{202E}.md", text);
    let (source, _) = import(&path, &[]);
    assert!(source.contains("Odd = \"_-\","), "{source}");
    assert!(source.contains("E2 = \"__\","), "{source}");
    assert!(source.contains("#[msg(\"x\\u{202e}y\")]"), "{source}");
    assert!(source.contains("`odd\\nname\\u{202e}.md`"), "{source}");
    assert!(!source.contains('\u{202E}'), "{source}");
    assert_eq!(check(&path, &source).status.code(), Some(0));
    // A problem with such a file is still one line, the name escaped.
    let bad = page("odd\nname.md", "| code | message |\n|--|--|\n| 1 | |\n");
    let output = run(&[&"import", &bad]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("odd\\nname.md:3: code 1 has an empty message"),
        "{err}"
    );
}

#[test]
fn every_problem_of_a_page_in_one_run() {
    let text = "| code | message | status |\n|--|--|--|\n| 1 | a | 200 |\n| 2 | | 200 |\n| 3 | c | OK |\n| 4 | d | |\n| x y | e | 200 |\n| 6 | f | 200 |\n| 7 | g | 200 |\n";
    let lines = refused(&page("four.md", text), &[]);
    let at: Vec<&str> = lines
        .iter()
        .map(|line| line.split(':').nth(2).unwrap_or(""))
        .collect();
    assert_eq!(at, ["4", "5", "6", "7"], "{lines:?}");
    assert!(
        lines[0].contains("code 2 has an empty message"),
        "{lines:?}"
    );
    assert!(
        lines[1].contains("\"OK\" in the status column"),
        "{lines:?}"
    );
    assert!(lines[3].contains("\"x y\" in its code column"), "{lines:?}");
}

#[test]
fn text_around_tables_is_not_a_table() {
    let text = "---\ntitle: Errors\nlayout: page\n---\n\n# Widget API\n\nSome prose | with a pipe.\n\n```\n| 9 | not | a table |\n```\n\n## Auth errors\n\n| code | message |\n|--|--|\n| 401001 | Token expired |\n";
    let path = page("prose.md", text);
    let (source, warnings) = import(&path, &[]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(source.contains("pub enum AuthErrors {"), "{source}");
    assert_eq!(source.matches(" = ").count(), 1, "{source}");
    assert_eq!(check(&path, &source).status.code(), Some(0));
}
