use super::*;

fn families(text: &str) -> Vec<Family> {
    parse_families(text, &CfgSet::default()).unwrap()
}

#[test]
fn enums_at_the_top_in_table_modules_and_in_plain_modules() {
    let text = r#"
        use error_table::error_table;
        /// Not a family.
        pub enum Plain { A = 1 }
        #[error_table(http = 200)]
        #[repr(i32)]
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
            pub mod helpers {
                pub enum Level { Low = 1001, High = 2 }
            }
        }
        mod inner {
            #[error_table::error_table]
            enum Named {
                #[http(404)]
                /// not found
                X = "BlobNotFound",
            }
        }
    "#;
    let found = families(text);
    let paths: Vec<&str> = found.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["Top", "xlink::BadRequest", "inner::Named"]);
    assert_eq!(found[1].name(), "BadRequest");
    assert_eq!(found[1].union.as_deref(), Some("XlinkError"));
    assert_eq!(found[1].module.as_deref(), Some("xlink"));
    assert_eq!(found[1].http, Scheme::Split(4));
    let top = &found[0].rows;
    assert_eq!(top[0].code, Code::Int(4000));
    assert_eq!(top[0].message, "first line second line");
    assert_eq!((top[0].status, top[1].status), (200, 200));
    assert_eq!(top[1].code, Code::Int(-1));
    assert_eq!(top[1].message, "-1 <b>");
    let xlink = &found[1].rows[0];
    assert_eq!(xlink.message, "请求数据字段验证不通过");
    assert_eq!(xlink.status, 400);
    let named = &found[2].rows[0];
    assert_eq!(named.code, Code::Str("BlobNotFound".into()));
    assert_eq!(
        (named.status, found[2].code_type.as_str()),
        (404, "&'static str")
    );
}

#[test]
fn keyed_messages_take_the_default_language_beside_flags() {
    let text = r#"
        #[error_table(serde, lang = "en")]
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
        #[error_table(axum, lang = "zh")]
        mod m {
            enum Inner {
                #[msg(en = "Request Success.", zh = "请求成功")]
                Success = 0,
            }
        }
    "#;
    let found = families(text);
    assert_eq!(found[0].rows[0].message, "Request Success.");
    assert_eq!(found[0].lang.as_deref(), Some("en"));
    assert_eq!(found[0].rows[0].help.as_deref(), Some("描述"));
    assert_eq!(found[1].rows[0].message, "请求成功");
    assert_eq!(found[1].rows[0].translations.len(), 1);
    assert_eq!(found[2].rows[0].message, "请求成功");
    assert_eq!(
        found[2].rows[0].message_in("en", found[2].lang.as_deref()),
        Some("Request Success.")
    );
}

#[test]
fn rows_are_read_for_the_configuration_given() {
    let text = r#"
        #[error_table]
        enum E {
            /// old text
            #[cfg_attr(feature = "new", msg("new text"))]
            A = 1,
            /// only in beta
            #[cfg(feature = "beta")]
            B = 2,
            /// stable two
            #[cfg(not(feature = "beta"))]
            C = 2,
            #[doc = concat!("Quota ", "exceeded")]
            #[cfg_attr(all(), retryable)]
            D = 3,
        }
    "#;
    let plain = families(text);
    let rows = &plain[0].rows;
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["A", "C", "D"]);
    assert_eq!(rows[0].message, "old text");
    assert_eq!(rows[2].message, "Quota exceeded");
    assert!(rows[2].retryable && !rows[0].retryable);
    let cfg: CfgSet = ["feature=\"new\"", "feature=\"beta\""]
        .iter()
        .map(|flag| flag.parse::<crate::cfg::CfgFlag>().unwrap())
        .collect();
    let configured = parse_families(text, &cfg).unwrap();
    let rows = &configured[0].rows;
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["A", "B", "D"]);
    assert_eq!(rows[0].message, "new text");
    assert_eq!(rows[1].message, "only in beta");
}

#[test]
fn source_the_macro_refuses_is_an_error_with_its_line() {
    let text = "#[error_table]\nenum E {\n    /// a\n    A = 1,\n    /// b\n    B = 1,\n}\n";
    let (line, message) = parse_families(text, &CfgSet::default()).unwrap_err();
    assert_eq!(line, 6);
    assert!(message.contains("duplicate code 1"), "{message}");
}

#[test]
fn bad_rust_is_an_error_with_a_line() {
    let (line, _) = parse_families("enum A {\n  B = ,\n}", &CfgSet::default()).unwrap_err();
    assert_eq!(line, 2);
}
