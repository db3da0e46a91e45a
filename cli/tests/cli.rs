//! The real binary: help, exit statuses, bad input (one line on stderr,
//! nothing on stdout, status 2), and `check` of the examples and of an
//! edited vendor page.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{fixture, root, run, stderr, stdout};

/// A file of this test run with `text` in it.
fn temp_file(name: &str, text: &str) -> PathBuf {
    common::temp_file("cli", name, text)
}

/// Bad input: status 2, one line on stderr naming `file`, nothing on stdout.
fn assert_bad_input(output: &Output, file: &Path, what: &str) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(2), "{what}: {err}");
    assert_eq!(stdout(output), "", "{what}");
    assert_eq!(err.lines().count(), 1, "{what}: {err}");
    assert!(
        err.starts_with(&format!("error-table: {}", file.display())),
        "{what}: {err}"
    );
}

#[test]
fn help_names_the_commands_and_their_options() {
    let output = run(&[&"--help"]);
    assert!(output.status.success());
    let text = stdout(&output);
    for word in [
        "Usage: error-table <COMMAND>",
        "import",
        "check",
        "Exit status",
    ] {
        assert!(text.contains(word), "{word} in {text}");
    }
    let import = stdout(&run(&[&"import", &"--help"]));
    for word in [
        "<DOC>",
        "--table <N>",
        "--enum <NAME>",
        "--name <FAMILY>",
        "--http",
        "--union <NAME>",
    ] {
        assert!(import.contains(word), "{word} in {import}");
    }
    let check = stdout(&run(&[&"check", &"--help"]));
    for word in ["<SRC>", "<DOC>", "--enum <NAME>", "--json", "Exit status 0"] {
        assert!(check.contains(word), "{word} in {check}");
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    let doc = fixture("004_51e7a88da397f40b.txt");
    assert_eq!(
        run(&[&"import", &doc, &"--http", &"split(x)"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&[&"import", &doc, &"--union", &"not a name"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn import_bad_input_is_one_line_and_status_2() {
    let missing = root().join("tests/fixtures/no-such-page.md");
    assert_bad_input(&run(&[&"import", &missing]), &missing, "missing file");

    let no_table = temp_file("no-table.md", "# Errors\n\nNo table here.\n");
    assert_bad_input(&run(&[&"import", &no_table]), &no_table, "no table");

    let statuses = temp_file(
        "statuses.md",
        "| HTTP | meaning |\n|--|--|\n| HTTP/1.1 200 OK | fine |\n",
    );
    assert_bad_input(&run(&[&"import", &statuses]), &statuses, "no code table");

    let ragged = temp_file(
        "ragged.md",
        "| code | message |\n|--|--|\n| 1 | one |\n| 2 | two | three |\n",
    );
    let output = run(&[&"import", &ragged]);
    assert_bad_input(&output, &ragged, "ragged rows");
    assert!(
        stderr(&output).contains(":4: ragged table"),
        "{}",
        stderr(&output)
    );

    let ragged_csv = temp_file("ragged.csv", "code,message\n1,one\n2\n");
    assert_bad_input(&run(&[&"import", &ragged_csv]), &ragged_csv, "ragged csv");

    let non_code = temp_file(
        "non-code.md",
        "| code | message |\n|--|--|\n| 1 | one |\n| 2 | two |\n| three | 3 |\n",
    );
    let output = run(&[&"import", &non_code]);
    assert_bad_input(&output, &non_code, "non-code in the code column");
    assert!(stderr(&output).contains("\"three\""), "{}", stderr(&output));

    let doc = fixture("000_6a70b2578668ffea.txt");
    assert_bad_input(
        &run(&[&"import", &doc, &"--table", &"3"]),
        &doc,
        "no third table",
    );
    assert_bad_input(
        &run(&[&"import", &doc, &"--http", &"split(4)"]),
        &doc,
        "4000 has no status under split(4)",
    );
}

#[test]
fn import_one_table_of_a_csv() {
    let csv = temp_file(
        "azure.csv",
        "Error code,HTTP status code,User message\nBlobNotFound,404,The specified blob does not exist.\nBlobAlreadyExists,409,The specified blob already exists.\n",
    );
    let output = run(&[
        &"import",
        &csv,
        &"--name",
        &"azure-blob",
        &"--enum",
        &"BlobError",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = "use error_table::error_table;

/// Table 1 of `azure.csv` (line 1), imported by `error-table import`.
#[error_table(name = \"azure-blob\")]
pub enum BlobError {
    /// The specified blob does not exist.
    #[http(404)]
    BlobNotFound = \"BlobNotFound\",
    /// The specified blob already exists.
    #[http(409)]
    BlobAlreadyExists = \"BlobAlreadyExists\",
}
";
    assert_eq!(stdout(&output), expected);
}

/// The examples are their documents: `check` agrees, status 0.
#[test]
fn check_of_each_example_against_its_document_exits_0() {
    let pairs = [
        (
            "tencent_iot",
            "000_6a70b2578668ffea.txt",
            "2 enum(s), 63 code(s)",
        ),
        (
            "tencent_public",
            "001_6a2df3eeb4338b86.txt",
            "1 enum(s), 22 code(s)",
        ),
        (
            "ucloud_uiot",
            "002_904e361870c033cf.txt",
            "1 enum(s), 95 code(s)",
        ),
        (
            "tencent_cdn",
            "003_dfa61d01296aa147.txt",
            "2 enum(s), 79 code(s)",
        ),
        ("xlink", "004_51e7a88da397f40b.txt", "4 enum(s), 82 code(s)"),
    ];
    for (example, document, summary) in pairs {
        let source = root().join(format!("examples/{example}.rs"));
        let output = run(&[&"check", &source, &fixture(document)]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{example}: {}{}",
            stdout(&output),
            stderr(&output)
        );
        assert!(
            stdout(&output).contains(summary),
            "{example}: {}",
            stdout(&output)
        );
        assert_eq!(stderr(&output), "");
    }
    // One enum of several.
    let source = root().join("examples/tencent_iot.rs");
    let output = run(&[
        &"check",
        &source,
        &fixture("000_6a70b2578668ffea.txt"),
        &"--enum",
        &"IotError",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("1 enum(s), 47 code(s)"),
        "{}",
        stdout(&output)
    );
}

/// The vendor adds a code and rewords another: status 1, both named.
#[test]
fn check_of_an_edited_page_exits_1_naming_both() {
    let page = std::fs::read_to_string(fixture("004_51e7a88da397f40b.txt")).unwrap();
    let edited = page
        .replace(
            "| 4001001 | 请求数据字段验证不通过\n",
            "| 4001001 | 请求数据字段验证不通过\n| 4001099 | 新增的错误\n",
        )
        .replace(
            "| 4031003 | 无效的Access-Token",
            "| 4031003 | Access-Token已失效",
        );
    assert_ne!(edited, page);
    let document = temp_file("xlink-edited.md", &edited);
    let source = root().join("examples/xlink.rs");

    let output = run(&[&"check", &source, &document]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("1 new code(s), 0 dropped, 1 changed text(s)"),
        "{text}"
    );
    assert!(text.contains("new      4001099 \"新增的错误\""), "{text}");
    assert!(
        text.contains("changed  4031003 message: \"无效的Access-Token\" in the source, \"Access-Token已失效\" in the document"),
        "{text}"
    );
    assert!(text.contains("xlink::BadRequest ~ table 1"), "{text}");

    let output = run(&[&"check", &source, &document, &"--json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["agrees"], false);
    let pairings = report["pairings"].as_array().unwrap();
    assert_eq!(pairings[0]["enum"], "xlink::BadRequest");
    assert_eq!(pairings[0]["new"][0]["code"], 4_001_099);
    assert_eq!(pairings[1]["changed"][0]["code"], 4_031_003);
    assert_eq!(pairings[1]["changed"][0]["document"], "Access-Token已失效");
}

#[test]
fn check_of_the_wrong_document_drifts_and_json_of_agreement() {
    let source = root().join("examples/tencent_public.rs");
    let output = run(&[&"check", &source, &fixture("000_6a70b2578668ffea.txt")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("table 2 (line 99), no enum shares a code with it"),
        "{}",
        stdout(&output)
    );

    let output = run(&[
        &"check",
        &source,
        &fixture("001_6a2df3eeb4338b86.txt"),
        &"--json",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["agrees"], true);
    assert_eq!(report["pairings"][0]["shared"], 22);
}

#[test]
fn check_bad_input_is_one_line_and_status_2() {
    let document = fixture("004_51e7a88da397f40b.txt");
    let source = root().join("examples/xlink.rs");
    let missing = root().join("examples/no_such.rs");
    assert_bad_input(
        &run(&[&"check", &missing, &document]),
        &missing,
        "missing source",
    );
    let missing_doc = root().join("tests/fixtures/gone.md");
    assert_bad_input(
        &run(&[&"check", &source, &missing_doc]),
        &missing_doc,
        "missing document",
    );
    let broken = temp_file("broken.rs", "#[error_table]\npub enum E {\n    A = ,\n}\n");
    let output = run(&[&"check", &broken, &document]);
    assert_bad_input(&output, &broken, "unparsable Rust");
    assert!(
        stderr(&output).contains("broken.rs:3:"),
        "{}",
        stderr(&output)
    );
    let none = temp_file("none.rs", "pub enum E { A = 1 }\n");
    assert_bad_input(
        &run(&[&"check", &none, &document]),
        &none,
        "no #[error_table] enum",
    );
    let output = run(&[&"check", &source, &document, &"--enum", &"Nope"]);
    assert_bad_input(&output, &source, "unknown --enum");
    assert!(
        stderr(&output).contains("xlink::BadRequest"),
        "{}",
        stderr(&output)
    );
    let ragged = temp_file("check-ragged.md", "| code | message |\n|--|--|\n| 1 |\n");
    assert_bad_input(
        &run(&[&"check", &source, &ragged]),
        &ragged,
        "ragged document",
    );
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_header() {
    let csv = temp_file("bom.csv", "\u{feff}code,message\n1,one\n");
    let output = run(&[&"import", &csv]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("pub enum VendorError {\n    /// one\n    One = 1,\n}"),
        "{}",
        stdout(&output)
    );
}
