use super::*;

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn attributes_break_where_rustfmt_breaks_them() {
    // 100 columns: one line.
    let help = literal(&"x".repeat(85));
    assert_eq!(
        attribute(4, "help", std::slice::from_ref(&help))
            .lines()
            .count(),
        1
    );
    // 101 columns: one argument a line.
    let help = literal(&"x".repeat(86));
    assert_eq!(
        attribute(4, "help", std::slice::from_ref(&help)),
        format!("    #[help(\n        {help}\n    )]\n")
    );
    // Chinese text is two columns a character.
    let wide = literal(&"中".repeat(43));
    assert_eq!(attribute(4, "help", &[wide]).lines().count(), 3);
    // Several arguments: at most 70 columns of them.
    let pair = |n: usize| {
        args(&[
            &format!("zh = {}", literal(&"x".repeat(n))),
            &format!("en = {}", literal(&"x".repeat(n))),
        ])
    };
    assert_eq!(attribute(4, "msg", &pair(27)).lines().count(), 1);
    assert_eq!(
        attribute(4, "msg", &pair(28)),
        format!(
            "    #[msg(\n        {},\n        {}\n    )]\n",
            pair(28)[0],
            pair(28)[1]
        )
    );
    assert_eq!(attribute(0, "error_table", &[]), "#[error_table]\n");
}

#[test]
fn literals_escape_what_a_string_literal_must() {
    assert_eq!(literal(r#"a "b" \ c"#), r#""a \"b\" \\ c""#);
    assert_eq!(literal("全角，（）"), "\"全角，（）\"");
    for text in ["全角\u{3000}空格", "tab\there", "nul\0", "\u{a0}", "a'b"] {
        let parsed: syn::LitStr = syn::parse_str(&literal(text)).unwrap();
        assert_eq!(parsed.value(), text);
    }
}

#[test]
fn doc_comments_only_for_text_that_reads_back() {
    for plain in [
        "请求参数非法",
        "Data loading failed, please retry later.",
        "Topic 已存在，请勿重复创建",
        "a (b) 'c' \"d\"",
    ] {
        assert!(reads_back_as_doc(plain), "{plain}");
    }
    for not in [
        "",
        " x",
        "<b>bold</b>",
        "a [link]",
        "`code`",
        "a_b",
        "see https://x.y",
        "- item",
        "1. first",
        "/path",
        "{x}",
        "a\nb",
    ] {
        assert!(!reads_back_as_doc(not), "{not:?}");
    }
}

#[test]
fn a_module_with_keyed_messages_help_and_statuses() {
    let variant = |name: &str, code: Code, message: Message| Variant {
        name: name.to_owned(),
        code,
        message,
        help: None,
        http: None,
    };
    let mut first = variant(
        "DataLoadingFailed",
        Code::Int(-1),
        Message::Keyed(vec![
            ("zh".into(), "数据加载失败".into()),
            ("en".into(), "Data loading failed".into()),
        ]),
    );
    first.help = Some("稍后重试".into());
    first.http = Some(503);
    let second = variant("E0", Code::Int(0), Message::Plain("<b>ok</b>".into()));
    let output = Output {
        module: Some(Module {
            name: "ucloud".into(),
            doc: "Imported.".into(),
            options: args(&["http = 200", "union = Ucloud"]),
        }),
        families: vec![Family {
            name: "Table1".into(),
            doc: "Table 1.".into(),
            repr: Some("i32"),
            options: None,
            variants: vec![first, second],
        }],
    };
    let expected = r#"use error_table::error_table;

/// Imported.
#[error_table(http = 200, union = Ucloud)]
pub mod ucloud {
    /// Table 1.
    #[repr(i32)]
    pub enum Table1 {
        #[msg(zh = "数据加载失败", en = "Data loading failed")]
        #[help("稍后重试")]
        #[http(503)]
        DataLoadingFailed = -1,
        #[msg("<b>ok</b>")]
        E0 = 0,
    }
}
"#;
    assert_eq!(write(&output), expected);
}

#[test]
fn string_codes_and_a_family_of_its_own() {
    let output = Output {
        module: None,
        families: vec![Family {
            name: "BlobError".into(),
            doc: "Table 1.".into(),
            repr: None,
            options: Some(args(&["name = \"azure-blob\""])),
            variants: vec![Variant {
                name: "BlobNotFound".into(),
                code: Code::Str("BlobNotFound".into()),
                message: Message::Plain("The specified blob does not exist.".into()),
                help: None,
                http: Some(404),
            }],
        }],
    };
    let expected = r#"use error_table::error_table;

/// Table 1.
#[error_table(name = "azure-blob")]
pub enum BlobError {
    /// The specified blob does not exist.
    #[http(404)]
    BlobNotFound = "BlobNotFound",
}
"#;
    assert_eq!(write(&output), expected);
}
