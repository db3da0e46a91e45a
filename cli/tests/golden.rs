//! `error-table import` of each seed document is the file committed in
//! `tests/imported/`, which `tests/test_import.rs` (root package) compiles and
//! compares with the document: so the compiled source is the command's output.
//!
//! After a deliberate change of the output, rewrite the files with
//! `ERROR_TABLE_BLESS=1 cargo test -p error-table-cli --test golden` and read
//! the diff.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Each document of `tests/fixtures/`, the stem of its golden file and the
/// options it is imported with.
const CASES: &[(&str, &str, &[&str])] = &[
    (
        "000_6a70b2578668ffea.txt",
        "seed_000_6a70b2578668ffea",
        &["--http", "200"],
    ),
    (
        "001_6a2df3eeb4338b86.txt",
        "seed_001_6a2df3eeb4338b86",
        &["--http", "200", "--name", "tencent-public"],
    ),
    (
        "002_904e361870c033cf.txt",
        "seed_002_904e361870c033cf",
        &["--http", "200", "--name", "ucloud"],
    ),
    (
        "003_dfa61d01296aa147.txt",
        "seed_003_dfa61d01296aa147",
        &["--http", "200", "--enum", "Tencent"],
    ),
    // The command of the README.
    (
        "004_51e7a88da397f40b.txt",
        "seed_004_51e7a88da397f40b",
        &["--http", "split(4)", "--union", "XlinkError"],
    ),
    // String codes: Tencent Cloud API 3.0's common errors.
    (
        "tencent_api3_common_errors.md",
        "tencent_api3",
        &["--http", "200", "--enum", "Api3Error"],
    ),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn golden(stem: &str) -> PathBuf {
    root().join(format!("tests/imported/{stem}.rs"))
}

fn import(document: &str, options: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_error-table"))
        .arg("import")
        .arg(root().join(format!("tests/fixtures/{document}")))
        .args(options)
        .output()
        .expect("error-table runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "import {document} {options:?}: {stderr}"
    );
    assert!(stderr.is_empty(), "import {document}: {stderr}");
    String::from_utf8(output.stdout).expect("the output is UTF-8")
}

#[test]
fn import_of_each_seed_is_its_golden_file() {
    let bless = std::env::var_os("ERROR_TABLE_BLESS").is_some();
    for (document, stem, options) in CASES {
        let now = import(document, options);
        let path = golden(stem);
        if bless {
            std::fs::write(&path, &now).expect("the golden file is writable");
            continue;
        }
        let before = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            before == now,
            "{} is not what `error-table import` prints now; if the change is meant, run ERROR_TABLE_BLESS=1 cargo test -p error-table-cli --test golden",
            path.display()
        );
    }
}

/// The output is what rustfmt would write (also checked by `cargo fmt
/// --check`, which reaches the files through `tests/test_import.rs`).
#[test]
fn golden_files_are_rustfmt_clean() {
    let Ok(status) = Command::new("rustfmt").arg("--version").output() else {
        eprintln!("rustfmt is not on PATH: left to `cargo fmt --check`");
        return;
    };
    assert!(status.status.success());
    for (_, stem, _) in CASES {
        let output = Command::new("rustfmt")
            .args(["--edition", "2024", "--check"])
            .arg(golden(stem))
            .output()
            .expect("rustfmt runs");
        assert!(
            output.status.success(),
            "rustfmt would change {stem}:\n{}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
}
