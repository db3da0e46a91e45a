//! `check` reads Rust as the macro does: each family here is compiled by the
//! macro, its rows are rendered as a vendor page from what the compiled
//! family says, and the real binary must agree with that page (status 0) and
//! name the field of any one-cell edit (status 1): message, second language,
//! help and HTTP status.

use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use error_table::ErrorCode;

mod common;

fn temp_file(name: &str, text: &str) -> PathBuf {
    common::temp_file("one-reader", name, text)
}

/// Declares a module holding `$src`, compiled by the macro, and a constant
/// with the same tokens as Rust source for `check` to read.
macro_rules! case {
    ($module:ident, $source:ident, $($src:tt)*) => {
        #[allow(dead_code, unexpected_cfgs)]
        mod $module {
            use error_table::error_table;
            $($src)*
        }
        const $source: &str = stringify!($($src)*);
    };
}

// 1. A keyed message next to a bare flag: `lang` is not dropped.
case!(
    keyed,
    KEYED,
    #[error_table(serde, lang = "en", http = 200)]
    pub enum Keyed {
        #[msg(zh = "参数错误", en = "Invalid parameter")]
        #[help("Check the request")]
        InvalidParameter = 4001,
        #[msg(zh = "内部错误", en = "Internal error")]
        #[help("Try again")]
        Internal = 5001,
    }
);

// 2. A `cfg_attr` message whose predicate holds wins over the doc comment.
case!(
    cfg_attr_msg,
    CFG_ATTR_MSG,
    #[error_table]
    pub enum Token {
        /// old text
        #[cfg_attr(all(), msg("Token expired"))]
        #[http(401)]
        Expired = 1001,
        /// Token revoked
        #[http(403)]
        Revoked = 1002,
    }
);

// 3. A message written with `concat!`.
case!(
    concat_doc,
    CONCAT_DOC,
    #[error_table(http = 429)]
    pub enum Quota {
        #[doc = concat!("Quota ", "exceeded")]
        Exceeded = 42901,
        /// Rate limited
        Limited = 42902,
    }
);

// 4. A plain module inside an `#[error_table]` module is not a family.
case!(
    plain_module,
    PLAIN_MODULE,
    #[error_table(http = split(3))]
    pub mod api {
        pub enum NotFound {
            /// No such device
            NoDevice = 404001,
            /// No such product
            NoProduct = 404002,
        }
        pub mod helpers {
            pub enum Level {
                Low = 1001,
                High = 2,
            }
        }
    }
);

// 5. A row compiled out is not in the source.
case!(
    compiled_out,
    COMPILED_OUT,
    #[error_table(http = 400)]
    pub enum Out {
        /// Bad input
        Bad = 1,
        /// Never compiled
        #[cfg(any())]
        Gone = 2,
        /// Also bad
        AlsoBad = 3,
    }
);

// 7. Two rows share a code under opposite `#[cfg]`s: the one compiled counts
// (tests are compiled with `cfg(test)`, so `check` is given `--cfg test`).
case!(
    opposite_cfgs,
    OPPOSITE_CFGS,
    #[error_table]
    pub enum Versions {
        /// Old meaning
        #[cfg(not(test))]
        #[http(410)]
        Old = 7,
        /// New meaning
        #[cfg(test)]
        #[http(409)]
        New = 7,
        /// Stable
        #[http(400)]
        Stable = 8,
    }
);

/// A row of the page: code, status, message, second language, help.
type PageRow = [String; 5];

/// The page of a compiled family: every field as the family says it.
fn rows<E: ErrorCode>(second: Option<&str>) -> Vec<PageRow>
where
    E::Code: Display,
{
    E::ALL
        .iter()
        .map(|e| {
            [
                e.code().to_string(),
                e.http_status().to_string(),
                e.message().to_owned(),
                second.map_or(String::new(), |lang| e.message_in(lang).to_owned()),
                e.help().unwrap_or_default().to_owned(),
            ]
        })
        .collect()
}

/// The rows as a Markdown page, with the second-language and help columns
/// where the family has them.
fn page(rows: &[PageRow], second: Option<&str>, help: bool) -> String {
    let mut header = vec!["Code", "HTTP Status", "Message"];
    let second_header = second.map(|lang| match lang {
        "zh" => "中文",
        other => other,
    });
    header.extend(second_header);
    if help {
        header.push("Description");
    }
    let mut out = format!("# Errors\n\n| {} |\n", header.join(" | "));
    out += &format!("|{}\n", "---|".repeat(header.len()));
    for row in rows {
        let mut cells = vec![&row[0], &row[1], &row[2]];
        if second.is_some() {
            cells.push(&row[3]);
        }
        if help {
            cells.push(&row[4]);
        }
        let cells: Vec<&str> = cells.iter().map(|c| c.as_str()).collect();
        out += &format!("| {} |\n", cells.join(" | "));
    }
    out
}

fn check(source: &Path, page: &Path, cfg: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_error-table"));
    command.arg("check").arg(source).arg(page);
    for flag in cfg {
        command.args(["--cfg", flag]);
    }
    command.output().expect("error-table runs")
}

/// `check` agrees with the page of the compiled family, and names the
/// field of every one-cell edit of the first row.
fn assert_case(name: &str, source: &str, rows: &[PageRow], second: Option<&str>, cfg: &[&str]) {
    let help = rows.iter().any(|row| !row[4].is_empty());
    let source = temp_file(&format!("{name}.rs"), source);
    let faithful = temp_file(&format!("{name}.md"), &page(rows, second, help));
    let output = check(&source, &faithful, cfg);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{name}: {stdout}{stderr}");

    let status: u16 = rows[0][1].parse().unwrap();
    let mut edits = vec![
        (
            1,
            (if status == 599 { 598 } else { status + 1 }).to_string(),
            "status",
        ),
        (2, format!("{} (edited)", rows[0][2]), "message"),
    ];
    if let Some(lang) = second {
        edits.push((3, format!("{} (edited)", rows[0][3]), lang));
    }
    if help {
        edits.push((4, format!("{} (edited)", rows[0][4]), "help"));
    }
    for (cell, text, field) in edits {
        let mut edited = rows.to_vec();
        edited[0][cell] = text;
        let page = temp_file(&format!("{name}-{field}.md"), &page(&edited, second, help));
        let output = check(&source, &page, cfg);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(1), "{name}, {field}: {stdout}");
        let line = format!("changed  {} {field}", rows[0][0]);
        let line = line.replace(&format!(" {field}"), &format!(" {}", field_name(field)));
        assert!(stdout.contains(&line), "{name}: {line:?} in {stdout}");
    }
}

/// How the report names a field: a language as `message (en)`.
fn field_name(field: &str) -> String {
    match field {
        "status" | "message" | "help" => field.to_owned(),
        lang => format!("message ({lang})"),
    }
}

#[test]
fn case_1_keyed_message_beside_a_flag() {
    let rows = rows::<keyed::Keyed>(Some("zh"));
    assert_eq!(rows[0][2], "Invalid parameter");
    assert_case("keyed", KEYED, &rows, Some("zh"), &[]);
}

#[test]
fn case_2_cfg_attr_message() {
    let rows = rows::<cfg_attr_msg::Token>(None);
    assert_eq!(rows[0][2], "Token expired");
    assert_case("cfg-attr-msg", CFG_ATTR_MSG, &rows, None, &[]);
}

#[test]
fn case_3_concat_doc() {
    let rows = rows::<concat_doc::Quota>(None);
    assert_eq!(rows[0][2], "Quota exceeded");
    assert_case("concat-doc", CONCAT_DOC, &rows, None, &[]);
}

#[test]
fn case_4_plain_module_inside_a_table_module() {
    let rows = rows::<plain_module::api::NotFound>(None);
    assert_case("plain-module", PLAIN_MODULE, &rows, None, &[]);
}

#[test]
fn case_5_compiled_out_row() {
    let rows = rows::<compiled_out::Out>(None);
    assert_eq!(rows.len(), 2);
    assert_case("compiled-out", COMPILED_OUT, &rows, None, &[]);
}

#[test]
fn case_6_status_is_compared() {
    // Every case above edits the status cell; here the status alone
    // changes, 404 to 410, as a vendor's page would.
    let rows = rows::<plain_module::api::NotFound>(None);
    let source = temp_file("status.rs", PLAIN_MODULE);
    let mut edited = rows.clone();
    edited[1][1] = "410".to_owned();
    let page = temp_file("status.md", &page(&edited, None, false));
    let output = check(&source, &page, &[]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("changed  404002 status: \"404\" in the source, \"410\" in the document"),
        "{stdout}"
    );
}

#[test]
fn case_7_rows_sharing_a_code_under_opposite_cfgs() {
    let rows = rows::<opposite_cfgs::Versions>(None);
    assert_eq!(rows[0][2], "New meaning");
    assert_case("opposite-cfgs", OPPOSITE_CFGS, &rows, None, &["test"]);
    // Without `--cfg test`, the other row is the one compiled: it drifts.
    let source = temp_file("opposite-cfgs-off.rs", OPPOSITE_CFGS);
    let page = temp_file("opposite-cfgs-off.md", &page(&rows, None, false));
    let output = check(&source, &page, &[]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("changed  7 message: \"Old meaning\""),
        "{stdout}"
    );
}
