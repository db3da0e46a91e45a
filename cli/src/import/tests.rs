use super::*;
use crate::columns::code_tables;
use crate::read::{Format, tables};

fn code_tables_of(doc: &str) -> Vec<CodeTable> {
    code_tables(tables(doc, Format::Markdown).unwrap()).unwrap()
}

fn source(doc: &str, options: &ImportOptions) -> String {
    write(&plan("page.md", code_tables_of(doc), options).unwrap())
}

const XLINK: &str = "| code | msg |\n|--|--|\n| 4001001 | 请求数据字段验证不通过 |\n\n| code | msg |\n|--|--|\n| 4031003 | 无效的Access-Token |\n";

#[test]
fn http_option_parses_and_prints() {
    assert_eq!("split(4)".parse(), Ok(Http::Split(4)));
    assert_eq!(" 200 ".parse(), Ok(Http::Status(200)));
    assert!("split(0)".parse::<Http>().is_err());
    assert!("99".parse::<Http>().is_err());
    assert!("split 4".parse::<Http>().is_err());
    assert_eq!(Http::Split(4).to_string(), "split(4)");
}

#[test]
fn several_tables_in_a_union_module_named_by_status() {
    let options = ImportOptions {
        http: Some(Http::Split(4)),
        union: Some("XlinkError".into()),
        family: Some("xlink".into()),
        ..ImportOptions::default()
    };
    let expected = "use error_table::error_table;

/// The code tables of `page.md`, imported by `error-table import`.
#[error_table(http = split(4), union = XlinkError, name = \"xlink\")]
pub mod xlink {
    /// Table 1 of `page.md` (line 1), imported by `error-table import`.
    pub enum BadRequest {
        /// 请求数据字段验证不通过
        E4001001 = 4001001,
    }

    /// Table 2 of `page.md` (line 5), imported by `error-table import`.
    pub enum Forbidden {
        /// 无效的Access-Token
        E4031003 = 4031003,
    }
}
";
    assert_eq!(source(XLINK, &options), expected);
}

#[test]
fn several_tables_without_union_are_enums_of_their_own() {
    let options = ImportOptions {
        enum_name: Some("Xlink".into()),
        ..ImportOptions::default()
    };
    let text = source(XLINK, &options);
    assert!(text.contains("#[error_table]\npub enum Xlink1 {"), "{text}");
    assert!(text.contains("\n\n/// Table 2 of `page.md` (line 5), imported by `error-table import`.\n#[error_table]\npub enum Xlink2 {"), "{text}");
    let one = ImportOptions {
        table: Some(2),
        family: Some("xlink".into()),
        ..ImportOptions::default()
    };
    let text = source(XLINK, &one);
    assert!(text.contains("#[error_table(name = \"xlink\")]\npub enum XlinkError {\n    /// 无效的Access-Token\n    E4031003 = 4031003,\n}"), "{text}");
}

#[test]
fn keyed_messages_repr_and_names_from_english() {
    let doc = "| 错误码 | 中文 | 英文 |\n|--|--|--|\n|-1|数据加载失败|Data loading failed, retry.|\n|0|请求成功||\n|150|不可用|Data loading failed|\n";
    let text = source(doc, &ImportOptions::default());
    let expected = "/// Table 1 of `page.md` (line 1), imported by `error-table import`.
#[repr(i32)]
#[error_table]
pub enum VendorError {
    #[msg(zh = \"数据加载失败\", en = \"Data loading failed, retry.\")]
    DataLoadingFailed = -1,
    #[msg(zh = \"请求成功\")]
    E0 = 0,
    #[msg(zh = \"不可用\", en = \"Data loading failed\")]
    DataLoadingFailed2 = 150,
}
";
    assert!(text.ends_with(expected), "{text}");
}

#[test]
fn wide_codes_get_a_wide_repr() {
    let repr_of = |codes: &[&str]| {
        let rows: String = codes.iter().map(|c| format!("| {c} | m{c} |\n")).collect();
        let tables = code_tables_of(&format!("| code | msg |\n|--|--|\n{rows}"));
        repr(&tables[0])
    };
    assert_eq!(repr_of(&["0", "4294967295"]), Ok(None));
    assert_eq!(repr_of(&["-1", "2147483647"]), Ok(Some("i32")));
    assert_eq!(repr_of(&["-1", "2147483648"]), Ok(Some("i64")));
    assert_eq!(repr_of(&["4294967296"]), Ok(Some("u64")));
    assert_eq!(
        repr_of(&["-1", "18446744073709551615"]),
        Err(Code::Int(18_446_744_073_709_551_615))
    );
}

#[test]
fn options_that_do_not_fit_the_tables_are_errors() {
    let split = ImportOptions {
        http: Some(Http::Split(4)),
        ..ImportOptions::default()
    };
    let error = plan(
        "page.md",
        code_tables_of("| code | msg |\n|--|--|\n| 4000 | a |\n"),
        &split,
    )
    .unwrap_err()
    .remove(0)
    .message;
    assert!(
        error.contains("code 4000") && error.contains("drop --http"),
        "{error}"
    );
    let names = code_tables_of("| code | msg |\n|--|--|\n| BlobNotFound | a |\n");
    assert!(
        plan("page.md", names, &split)
            .unwrap_err()
            .remove(0)
            .message
            .contains("BlobNotFound")
    );
    let third = ImportOptions {
        table: Some(3),
        ..ImportOptions::default()
    };
    let error = plan("page.md", code_tables_of(XLINK), &third)
        .unwrap_err()
        .remove(0)
        .message;
    assert_eq!(
        error,
        "--table 3: the document has 2 code table(s); give a number from 1 to 2"
    );
}

#[test]
fn a_union_of_tables_sharing_a_code_is_refused() {
    let doc = "| code | msg |\n|--|--|\n| 4000 | 请求参数非法 |\n\n| code | msg |\n|--|--|\n| 4000 | 模块错误 |\n";
    let options = ImportOptions {
        union: Some("Tencent".into()),
        ..ImportOptions::default()
    };
    let error = plan("page.md", code_tables_of(doc), &options)
        .unwrap_err()
        .remove(0)
        .message;
    assert!(
        error.starts_with("--union Tencent: code 4000 is in table 1 and table 2"),
        "{error}"
    );
    let one = ImportOptions {
        table: Some(2),
        ..options
    };
    assert!(plan("page.md", code_tables_of(doc), &one).is_ok());
}
