use super::*;
use crate::catalog::parse_families;
use crate::cfg::CfgSet;
use crate::columns::code_tables;
use crate::read::{Format, tables};

fn compare_texts(rust: &str, doc: &str, only: Option<&str>) -> Result<Report, String> {
    let families = parse_families(rust, &CfgSet::default()).unwrap();
    let tables = code_tables(tables(doc, Format::Markdown).unwrap()).unwrap();
    compare(&families, &tables, only)
}

const DOC: &str = "| code | msg |\n|--|--|\n| 4000 | 请求参数非法 |\n| 4100 | 鉴权失败 |\n\n| code | msg |\n|--|--|\n| 4000 | 模块参数错误 |\n| 5133 | 规则错误 |\n";

/// Two tables sharing code 4000, as Tencent's public and module tables do.
const RUST: &str = r#"
    #[error_table(http = 200)]
    enum Public {
        /// 请求参数非法
        A = 4000,
        /// 鉴权失败
        B = 4100,
    }
    #[error_table(http = 200)]
    enum Module {
        /// 模块参数错误
        A = 4000,
        /// 规则错误
        B = 5133,
    }
"#;

#[test]
fn enums_pair_with_the_tables_sharing_most_codes() {
    let report = compare_texts(RUST, DOC, None).unwrap();
    assert!(report.agrees(), "{report:?}");
    let pairs: Vec<(Option<&str>, Option<usize>, usize)> = report
        .pairings
        .iter()
        .map(|p| (p.family.as_deref(), p.table.map(|t| t.number), p.shared))
        .collect();
    assert_eq!(
        pairs,
        [(Some("Public"), Some(1), 2), (Some("Module"), Some(2), 2)]
    );
    // The order of the enums in the file does not matter.
    let swapped = RUST
        .replace("enum Public", "enum Tmp")
        .replace("enum Module", "enum Public");
    let report = compare_texts(&swapped, DOC, None).unwrap();
    assert_eq!(report.pairings[0].family.as_deref(), Some("Tmp"));
}

#[test]
fn new_dropped_and_changed_codes() {
    let rust = RUST.replace(
        "/// 鉴权失败\n        B = 4100,",
        "/// 旧的\n        B = 4100,\n        /// 已删除\n        C = 4999,",
    );
    let doc = DOC.replace(
        "| 5133 | 规则错误 |\n",
        "| 5133 | 规则错误 |\n| 5134 | 新增 |\n",
    );
    let report = compare_texts(&rust, &doc, None).unwrap();
    assert!(!report.agrees());
    let public = &report.pairings[0];
    assert_eq!(
        public.dropped,
        [Entry {
            code: Code::Int(4999),
            message: "已删除".into()
        }]
    );
    assert_eq!(
        public.changed,
        [Change {
            code: Code::Int(4100),
            field: "message".into(),
            source: "旧的".into(),
            document: "鉴权失败".into()
        }]
    );
    let module = &report.pairings[1];
    assert_eq!(
        module.new,
        [Entry {
            code: Code::Int(5134),
            message: "新增".into()
        }]
    );
}

#[test]
fn lone_tables_and_lone_enums() {
    let rust = "#[error_table]\nenum Other {\n    /// x\n    X = 1,\n}\n";
    let report = compare_texts(rust, DOC, None).unwrap();
    let shapes: Vec<(bool, bool, usize, usize)> = report
        .pairings
        .iter()
        .map(|p| {
            (
                p.family.is_some(),
                p.table.is_some(),
                p.new.len(),
                p.dropped.len(),
            )
        })
        .collect();
    assert_eq!(
        shapes,
        [
            (false, true, 2, 0),
            (false, true, 2, 0),
            (true, false, 0, 1)
        ]
    );
}

#[test]
fn one_enum_by_name_or_path() {
    let report = compare_texts(RUST, DOC, Some("Module")).unwrap();
    assert_eq!(report.pairings.len(), 1);
    assert_eq!(report.pairings[0].table.map(|t| t.number), Some(2));
    let error = compare_texts(RUST, DOC, Some("Nope")).unwrap_err();
    assert!(
        error.contains("--enum Nope") && error.contains("Public, Module"),
        "{error}"
    );
    let error = compare_texts("enum Plain { A = 1 }", DOC, None).unwrap_err();
    assert!(error.starts_with("no #[error_table] enum"), "{error}");
}

#[test]
fn second_language_and_help_compared_where_the_enum_has_them() {
    let doc = "| 错误码 | 中文 | 英文 |\n|--|--|--|\n| 0 | 请求成功 | Request Success. |\n";
    let rust = r#"#[error_table] enum U { #[msg(zh = "请求成功", en = "Success")] S = 0 }"#;
    let changed = &compare_texts(rust, doc, None).unwrap().pairings[0].changed;
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].field, "message (en)");
    // Without English in the source, English is not compared.
    let rust = r#"#[error_table] enum U { #[msg("请求成功")] S = 0 }"#;
    assert!(compare_texts(rust, doc, None).unwrap().agrees());

    let doc = "| 错误代码 | 错误类型 | 描述 |\n|--|--|--|\n| 4000 | 请求参数非法 | 缺少参数 |\n| 4100 | 鉴权失败 | |\n";
    let rust = r#"#[error_table] enum P { #[msg("请求参数非法")] #[help("缺少必要参数")] A = 4000, #[msg("鉴权失败")] B = 4100 }"#;
    let changed = &compare_texts(rust, doc, None).unwrap().pairings[0].changed;
    assert_eq!(changed.len(), 1);
    assert_eq!(
        (changed[0].field.as_str(), changed[0].document.as_str()),
        ("help", "缺少参数")
    );
    let rust =
        r#"#[error_table] enum P { #[msg("请求参数非法")] A = 4000, #[msg("鉴权失败")] B = 4100 }"#;
    assert!(compare_texts(rust, doc, None).unwrap().agrees());
}
