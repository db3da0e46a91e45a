use super::*;

fn families(text: &str) -> Vec<SourceFamily> {
    parse_families(text).unwrap()
}

#[test]
fn enums_at_the_top_in_table_modules_and_in_plain_modules() {
    let text = r#"
        use error_table::error_table;
        /// Not a family.
        pub enum Plain { A = 1 }
        #[error_table(http = 200)]
        pub enum Top {
            /// first line
            ///   second line
            A = 4000,
            #[msg("-1 <b>")]
            B = -1,
        }
        #[error_table(http = split(4), union = XlinkError)]
        pub mod xlink {
            pub enum BadRequest {
                /// 请求数据字段验证不通过
                FieldValidationFailed = 4001001,
            }
            pub struct Other;
        }
        mod inner {
            #[error_table::error_table]
            enum Named { X = "BlobNotFound" }
        }
    "#;
    let found = families(text);
    let paths: Vec<&str> = found.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["Top", "xlink::BadRequest", "inner::Named"]);
    assert_eq!(found[1].name(), "BadRequest");
    let top = &found[0].variants;
    assert_eq!(top[0].code, Code::Int(4000));
    assert_eq!(top[0].message.as_deref(), Some("first line second line"));
    assert_eq!(top[1].code, Code::Int(-1));
    assert_eq!(top[1].message.as_deref(), Some("-1 <b>"));
    assert_eq!(
        found[1].variants[0].message.as_deref(),
        Some("请求数据字段验证不通过")
    );
    assert_eq!(found[2].variants[0].code, Code::Str("BlobNotFound".into()));
    assert_eq!(found[2].variants[0].message, None);
}

#[test]
fn keyed_messages_take_the_default_language() {
    let text = r#"
        #[error_table(lang = "en")]
        enum Lang {
            #[msg(zh = "请求成功", en = "Request Success.")]
            #[help("描述")]
            Success = 0,
        }
        #[error_table(http = 200)]
        enum FirstKey {
            /// a doc comment is not the message when #[msg] is keyed
            #[msg(zh = "请求成功", en = "Request Success.")]
            Success = 0,
        }
        #[error_table(lang = "zh")]
        mod m {
            enum Inner {
                #[msg(en = "Request Success.", zh = "请求成功")]
                Success = 0,
            }
        }
    "#;
    let found = families(text);
    assert_eq!(
        found[0].variants[0].message.as_deref(),
        Some("Request Success.")
    );
    assert_eq!(found[0].variants[0].help.as_deref(), Some("描述"));
    assert_eq!(found[1].variants[0].message.as_deref(), Some("请求成功"));
    assert_eq!(found[1].variants[0].keyed.len(), 2);
    assert_eq!(found[2].variants[0].message.as_deref(), Some("请求成功"));
}

#[test]
fn bad_rust_is_an_error_with_a_line() {
    let error = parse_families("enum A {\n  B = ,\n}").unwrap_err();
    assert_eq!(error.span().start().line, 2);
}
