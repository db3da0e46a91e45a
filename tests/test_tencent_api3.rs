//! The `tencent_api3` example reproduces its vendor document code for code.
//!
//! The document, Tencent Cloud API 3.0's "返回结果" page, is kept verbatim in
//! `tests/fixtures/tencent_api3_common_errors.md`. Its one code table, under
//! "## 公共错误码", is a Markdown pipe table of two columns (错误码, 错误描述);
//! it is read here with a small local parser of that one table, cells
//! trimmed, so this test stands on its own.

#[path = "../examples/tencent_api3.rs"]
#[allow(dead_code)]
mod tencent_api3;

use error_table::ErrorCode;
use tencent_api3::CommonError;

const FIXTURE: &str = include_str!("fixtures/tencent_api3_common_errors.md");

/// The rows `(code, description)` of the pipe table under `## 公共错误码`.
fn document_rows() -> Vec<(String, String)> {
    let section = FIXTURE
        .split_once("## 公共错误码")
        .map(|(_, rest)| rest)
        .expect("a 公共错误码 section");
    let mut lines = section
        .lines()
        .map(str::trim)
        .skip_while(|line| !line.starts_with('|'));
    let header = lines.next().expect("a table header");
    assert_eq!(cells(header), ["错误码", "错误描述"]);
    let separator = lines.next().expect("a separator row");
    assert!(
        cells(separator)
            .iter()
            .all(|c| c.chars().all(|c| c == '-' || c == ':'))
    );
    lines
        .take_while(|line| line.starts_with('|'))
        .map(|line| match cells(line).as_slice() {
            [code, text] => (code.clone(), text.clone()),
            other => panic!("a row of two cells, not {other:?}"),
        })
        .collect()
}

fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner
        .split('|')
        .map(|cell| cell.trim().to_owned())
        .collect()
}

#[test]
fn the_family_is_the_document_code_for_code() {
    let rows = document_rows();
    assert_eq!(rows.len(), 26, "codes in the document");
    let family: Vec<(String, String)> = CommonError::ALL
        .iter()
        .map(|e| (e.code().to_owned(), e.message().to_owned()))
        .collect();
    assert_eq!(family, rows);
}

#[test]
fn every_document_code_is_found_and_categorized() {
    for (code, text) in document_rows() {
        let error = CommonError::from_code(&code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(error.message(), text);
        assert_eq!(error.http_status(), 200);
        let category = code.split('.').next().unwrap_or(&code);
        assert_eq!(error.category(), category);
        assert_eq!(ErrorCode::category(error), Some(category));
    }
}
