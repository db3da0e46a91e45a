use super::*;

fn table(header: &[&str], rows: &[&[&str]]) -> Table {
    let strings = |cells: &[&str]| cells.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    Table {
        line: 7,
        title: None,
        header: strings(header),
        rows: rows.iter().map(|row| strings(row)).collect(),
        lines: (8..).take(rows.len()).collect(),
    }
}

fn one(t: Table) -> CodeTable {
    let mut found = code_tables(vec![t]).unwrap();
    assert_eq!(found.len(), 1);
    found.remove(0)
}

#[test]
fn tencent_public_code_type_and_description() {
    let found = one(table(
        &["错误代码", "错误类型", "描述"],
        &[
            &["4000", "请求参数非法", "缺少必要参数"],
            &["4100", "鉴权失败", ""],
        ],
    ));
    assert_eq!(found.lang, "zh");
    assert_eq!(found.translation_lang, None);
    assert!(found.has_help);
    assert_eq!(found.rows[0].code, Code::Int(4000));
    assert_eq!(found.rows[0].message, "请求参数非法");
    assert_eq!(found.rows[0].help.as_deref(), Some("缺少必要参数"));
    assert_eq!(found.rows[1].help.as_deref(), Some(""));
}

#[test]
fn ucloud_languages_from_headers() {
    let found = one(table(
        &["错误码", "中文", "英文"],
        &[&["-1", "数据加载失败", "Data loading failed"]],
    ));
    assert_eq!(found.lang, "zh");
    assert_eq!(found.translation_lang.as_deref(), Some("en"));
    assert_eq!(
        found.rows[0].translation.as_deref(),
        Some("Data loading failed")
    );
    assert!(!found.has_help);
}

#[test]
fn languages_by_script_when_headers_say_nothing() {
    let found = one(table(
        &["code", "msg", "text"],
        &[&["1", "Failed", "失败"], &["2", "Timeout", "超时"]],
    ));
    assert_eq!(found.lang, "en");
    assert_eq!(found.translation_lang.as_deref(), Some("zh"));
    // Same script, no language named: a description.
    let found = one(table(
        &["code", "msg", "text"],
        &[&["1", "Failed", "It failed, retry"]],
    ));
    assert_eq!(found.translation_lang, None);
    assert_eq!(found.rows[0].help.as_deref(), Some("It failed, retry"));
}

#[test]
fn string_codes_and_http_status_column() {
    let found = one(table(
        &["Error code", "HTTP status code", "User message"],
        &[&["BlobNotFound", "404", "The specified blob does not exist."]],
    ));
    assert_eq!(found.rows[0].code, Code::Str("BlobNotFound".into()));
    assert_eq!(found.rows[0].http, Some(404));
    assert_eq!(found.rows[0].message, "The specified blob does not exist.");
}

#[test]
fn a_named_code_column_wins_over_a_numbering() {
    let found = one(table(
        &["No.", "code", "message"],
        &[&["1", "4000", "a"], &["2", "4100", "b"]],
    ));
    assert_eq!(found.rows[1].code, Code::Int(4100));
    assert_eq!(found.rows[1].message, "b");
}

#[test]
fn tables_without_codes_are_skipped() {
    let statuses = table(
        &["HTTP返回信息", "说明"],
        &[&["HTTP/1.1 200 OK", "请求成功"]],
    );
    let words = table(&["name", "meaning"], &[&["Success", "ok"]]);
    assert_eq!(code_tables(vec![statuses, words]).unwrap(), []);
}

#[test]
fn mistakes_in_a_code_table_are_errors() {
    let non_code = table(
        &["code", "message"],
        &[&["1", "a"], &["2", "b"], &["x 3", "c"]],
    );
    let error = code_tables(vec![non_code]).unwrap_err().remove(0);
    assert_eq!(error.line, 10);
    assert!(
        error.message.contains("row 3") && error.message.contains("\"x 3\""),
        "{error}"
    );
    let mixed = table(
        &["code", "message"],
        &[&["1", "a"], &["2", "b"], &["Three", "c"]],
    );
    assert!(
        code_tables(vec![mixed])
            .unwrap_err()
            .remove(0)
            .message
            .contains("\"Three\"")
    );
    let empty = table(&["code", "message"], &[&["1", ""]]);
    assert!(
        code_tables(vec![empty])
            .unwrap_err()
            .remove(0)
            .message
            .contains("empty message")
    );
    let alone = table(&["code"], &[&["1"]]);
    assert!(
        code_tables(vec![alone])
            .unwrap_err()
            .remove(0)
            .message
            .contains("no message column")
    );
}

#[test]
fn language_names_and_scripts() {
    assert_eq!(header_lang("英文").as_deref(), Some("en"));
    assert_eq!(header_lang("English message").as_deref(), Some("en"));
    assert_eq!(header_lang("中文描述").as_deref(), Some("zh"));
    assert_eq!(header_lang("zh-CN").as_deref(), Some("zh"));
    assert_eq!(header_lang("message"), None);
    assert_eq!(header_lang("错误码信息说明"), None);
    assert_eq!(script("Topic 已存在"), "zh");
    assert_eq!(script("エラー"), "ja");
    assert_eq!(script("Request Success."), "en");
}

/// 000/003: two codes with one message (2130 and 9002) stay two rows.
#[test]
fn rows_are_never_merged() {
    let found = one(table(
        &["错误代码", "错误描述"],
        &[
            &["2130", "非法ProjectID参数"],
            &["9002", "非法ProjectID参数"],
        ],
    ));
    assert_eq!(found.rows.len(), 2);
    assert_eq!(found.rows[0].message, found.rows[1].message);
}

#[test]
fn a_first_row_of_titles_is_the_header() {
    let found = one(table(&[], &[&["错误码", "说明"], &["1", "a"], &["2", "b"]]));
    assert_eq!(found.header, ["错误码", "说明"]);
    assert_eq!(found.rows.len(), 2);
}

/// A code twice in a table is one row (a warning when the rows differ); in
/// two tables of the same columns, only when the message is the same: with
/// another message it is another list's code (Tencent's public and module
/// 4000).
#[test]
fn codes_listed_twice() {
    let found = typed_tables(
        vec![
            table(
                &["code", "message"],
                &[&["1", "a"], &["1", "a"], &["1", "b"]],
            ),
            table(&["code", "message"], &[&["1", "a"], &["2", "c"]]),
            table(&["code", "message"], &[&["2", "other list"]]),
        ],
        false,
    )
    .unwrap();
    let codes: Vec<Vec<&str>> = found
        .tables
        .iter()
        .map(|t| t.rows.iter().map(|r| r.message.as_str()).collect())
        .collect();
    assert_eq!(codes, [vec!["a"], vec!["c"], vec!["other list"]]);
    assert_eq!(found.warnings.len(), 1);
    assert_eq!(found.warnings[0].line, 10);
    assert!(found.warnings[0].message.contains("line 8 and line 10"));
    let strict = typed_tables(
        vec![table(&["code", "message"], &[&["1", "a"], &["1", "b"]])],
        true,
    );
    assert_eq!(strict.unwrap_err().len(), 1);
}

/// A row number is never the code column, whatever its header.
#[test]
fn a_numbering_beside_codes_is_not_the_code_column() {
    for header in ["No.", "", "Row"] {
        let found = one(table(
            &[header, "Error", "Description"],
            &[&["1", "4001001", "a"], &["2", "4001002", "b"]],
        ));
        assert_eq!(found.rows[0].code, Code::Int(4_001_001), "{header:?}");
    }
}

/// Found by the property test: a message column whose every cell is empty
/// is in its header's language, so the English column beside it is still
/// the second language (not the description) and fills the message.
#[test]
fn an_empty_message_column_is_in_its_headers_language() {
    let found = typed_tables(
        vec![table(
            &["No.", "code", "错误信息", "English", "解决方案"],
            &[&["1", "503034", "", "later", "稍后"]],
        )],
        false,
    )
    .unwrap();
    let table = &found.tables[0];
    assert_eq!(table.lang, "zh");
    assert_eq!(table.translation_lang.as_deref(), Some("en"));
    assert_eq!(table.rows[0].message, "later");
    assert_eq!(table.rows[0].help.as_deref(), Some("稍后"));
    assert_eq!(found.warnings.len(), 1);
}
