//! `error-table check SRC --baseline catalog.json` through the real binary:
//! one test per rule, each with its exit status and its message; the whole
//! loop from a vendor's page; and Tencent's public codes from the 000
//! revision of the page to the 001 one.

mod common;

use std::path::{Path, PathBuf};

use common::{root, run, stderr, stdout};

/// A file of this test run with `text` in it.
fn temp_file(name: &str, text: &str) -> PathBuf {
    common::temp_file("baseline", name, text)
}

/// The JSON export of `source`, through the binary.
fn export_json(source: &Path) -> String {
    let output = run(&[&"export", &source, &"--format", &"json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

const RELEASED: &str = r#"use error_table::error_table;

#[error_table(http = split(4), name = "api")]
pub enum Api {
    /// 无效的Access-Token
    InvalidAccessToken = 4031003,
    /// 设备不存在
    DeviceNotFound = 4041001,
    /// 服务繁忙
    Busy = 5031001,
}
"#;

/// Checks `RELEASED` with `from` replaced by `to` against the catalog of
/// `RELEASED`; returns the status and the report.
fn check_change(name: &str, from: &str, to: &str, strict: bool) -> (Option<i32>, String) {
    assert!(RELEASED.contains(from), "{from}");
    let released = temp_file(&format!("{name}-released.rs"), RELEASED);
    let baseline = temp_file(&format!("{name}.json"), &export_json(&released));
    let source = temp_file(&format!("{name}.rs"), &RELEASED.replace(from, to));
    let mut args: Vec<&dyn AsRef<std::ffi::OsStr>> =
        vec![&"check", &source, &"--baseline", &baseline];
    if strict {
        args.push(&"--strict");
    }
    let output = run(&args);
    assert_eq!(stderr(&output), "", "{name}");
    (output.status.code(), stdout(&output))
}

#[track_caller]
fn assert_report(found: &(Option<i32>, String), status: i32, lines: &[&str]) {
    let (code, text) = found;
    assert_eq!(*code, Some(status), "{text}");
    for line in lines {
        assert!(
            text.lines().any(|l| l == *line),
            "no line {line:?} in:\n{text}"
        );
    }
}

#[test]
fn the_released_catalog_keeps_itself() {
    let found = check_change("same", "", "", false);
    assert_report(&found, 0, &[]);
    assert!(found.1.contains(" keeps the catalog of "), "{}", found.1);
    assert!(
        found
            .1
            .contains(": 0 breaking change(s), 0 warning(s), 0 addition(s)")
    );
}

#[test]
fn a_removed_code_fails() {
    let found = check_change(
        "removed",
        "    /// 设备不存在\n    DeviceNotFound = 4041001,\n",
        "",
        false,
    );
    assert_report(
        &found,
        1,
        &["error: removed Api: code 4041001 DeviceNotFound (\"设备不存在\")"],
    );
    assert!(found.1.contains(" breaks the catalog of "), "{}", found.1);
}

#[test]
fn a_renumbered_variant_fails() {
    let found = check_change(
        "renumbered",
        "DeviceNotFound = 4041001",
        "DeviceNotFound = 4041002",
        false,
    );
    assert_report(
        &found,
        1,
        &[
            "error: renumbered Api: DeviceNotFound was code 4041001, is now code 4041002",
            "note: added Api: code 4041002 DeviceNotFound (\"设备不存在\")",
        ],
    );
}

#[test]
fn a_reused_code_fails() {
    let found = check_change(
        "reused",
        "DeviceNotFound = 4041001",
        "ProductNotFound = 4041001",
        false,
    );
    assert_report(
        &found,
        1,
        &[
            "error: reused Api: code 4041001 was DeviceNotFound (\"设备不存在\"), now names ProductNotFound",
        ],
    );
}

#[test]
fn a_changed_status_fails() {
    let found = check_change("status", "split(4)", "200", false);
    assert_report(
        &found,
        1,
        &[
            "error: status Api: 4031003 InvalidAccessToken: HTTP status 403 in the baseline, 200 now",
            "error: status Api: 5031001 Busy: HTTP status 503 in the baseline, 200 now",
        ],
    );
}

#[test]
fn a_changed_retryability_fails() {
    let found = check_change(
        "retryable",
        "    Busy = 5031001",
        "    #[retryable(false)]\n    Busy = 5031001",
        false,
    );
    assert_report(
        &found,
        1,
        &["error: retryable Api: 5031001 Busy: retryable in the baseline, not retryable now"],
    );
}

#[test]
fn a_changed_message_warns_and_fails_with_strict() {
    let (from, to) = ("/// 服务繁忙", "/// 服务繁忙，请稍后重试");
    let line =
        "Api: 5031001 Busy: message \"服务繁忙\" in the baseline, \"服务繁忙，请稍后重试\" now";
    let found = check_change("message", from, to, false);
    assert_report(&found, 0, &[&format!("warning: text {line}")]);
    assert!(
        found.1.contains(": 0 breaking change(s), 1 warning(s)"),
        "{}",
        found.1
    );
    let strict = check_change("message-strict", from, to, true);
    assert_report(&strict, 1, &[&format!("error: text {line}")]);
}

#[test]
fn added_codes_and_families_pass() {
    let more = "    /// 服务繁忙\n    Busy = 5031001,\n    /// 维护中\n    Maintenance = 5031002,";
    let found = check_change(
        "added",
        "    /// 服务繁忙\n    Busy = 5031001,",
        more,
        false,
    );
    assert_report(
        &found,
        0,
        &["note: added Api: code 5031002 Maintenance (\"维护中\")"],
    );
    let family =
        "}\n\n#[error_table(http = 200)]\npub enum Other {\n    /// 其他\n    Other = 1,\n}\n";
    let found = check_change("added-family", "}\n", family, false);
    assert_report(
        &found,
        0,
        &["note: added Other: a new family with 1 code(s)"],
    );
}

#[test]
fn a_removed_family_fails() {
    let found = check_change("removed-family", "pub enum Api", "pub enum Renamed", false);
    assert_report(
        &found,
        1,
        &[
            "error: removed family Api: the family is gone, and its 3 code(s) with it",
            "note: added Renamed: a new family with 3 code(s)",
        ],
    );
}

#[test]
fn a_bad_baseline_is_bad_input() {
    let source = temp_file("bad-source.rs", RELEASED);
    for (name, text, what) in [
        ("not-json.json", "{", "not JSON"),
        ("no-schema.json", "{}", "no \"schema\" field"),
        ("schema-2.json", "{\"schema\": 2}", "a catalog of schema 2"),
        ("not-a-catalog.json", "{\"schema\": 1}", "not a catalog"),
    ] {
        let baseline = temp_file(name, text);
        let output = run(&[&"check", &source, &"--baseline", &baseline]);
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{name}: {err}");
        assert_eq!(stdout(&output), "", "{name}");
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        let start = format!("error-table: {}: {what}", baseline.display());
        assert!(err.starts_with(&start), "{name}: {err}");
    }
}

#[test]
fn the_baseline_and_the_check_need_the_same_cfg_flags() {
    let source = temp_file("cfg.rs", RELEASED);
    let output = run(&[
        &"export",
        &source,
        &"--format",
        &"json",
        &"--cfg",
        &"feature=\"beta\"",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let baseline = temp_file("cfg.json", &stdout(&output));
    let without = run(&[&"check", &source, &"--baseline", &baseline]);
    assert_eq!(without.status.code(), Some(2), "{}", stdout(&without));
    assert_eq!(
        stderr(&without),
        format!(
            "error-table: {}: the catalog was exported with --cfg feature=\"beta\", the check runs with no --cfg; give check the same flags\n",
            baseline.display()
        )
    );
    let with = run(&[
        &"check",
        &source,
        &"--baseline",
        &baseline,
        &"--cfg",
        &"feature=\"beta\"",
    ]);
    assert_eq!(with.status.code(), Some(0), "{}", stderr(&with));
}

#[test]
fn check_takes_a_document_or_a_baseline() {
    let source = temp_file("usage.rs", RELEASED);
    let both = run(&[&"check", &source, &"page.md", &"--baseline", &"x.json"]);
    assert_eq!(both.status.code(), Some(2), "{}", stderr(&both));
    assert!(
        stderr(&both).contains("cannot be used with"),
        "{}",
        stderr(&both)
    );
    let neither = run(&[&"check", &source]);
    assert_eq!(neither.status.code(), Some(2));
    assert!(
        stderr(&neither).contains("--baseline"),
        "{}",
        stderr(&neither)
    );
    let strict = run(&[&"check", &source, &"page.md", &"--strict"]);
    assert_eq!(strict.status.code(), Some(2));
    assert!(
        stderr(&strict).contains("cannot be used with"),
        "{}",
        stderr(&strict)
    );
}

/// README's loop: import a vendor's page, export the catalog, change a
/// code, and the check fails.
#[test]
fn the_whole_loop_from_a_page_to_a_failed_check() {
    let page = root().join("tests/fixtures/004_51e7a88da397f40b.txt");
    let output = run(&[
        &"import",
        &page,
        &"--http",
        &"split(4)",
        &"--union",
        &"XlinkError",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let source = temp_file("loop.rs", &stdout(&output));
    let catalog = temp_file("loop.json", &export_json(&source));
    let kept = run(&[&"check", &source, &"--baseline", &catalog]);
    assert_eq!(kept.status.code(), Some(0), "{}", stdout(&kept));
    let changed = stdout(&output).replace("E4031003 = 4031003", "E4031003 = 4031099");
    let source = temp_file("loop.rs", &changed);
    let broken = run(&[&"check", &source, &"--baseline", &catalog]);
    assert_report(
        &(broken.status.code(), stdout(&broken)),
        1,
        &[
            "error: renumbered xlink_error::Forbidden: E4031003 was code 4031003, is now code 4031099",
        ],
    );
}

/// Tencent's public codes, from the revision of page 000 (the
/// `tencent_iot` example declares them) to that of page 001 (the
/// `tencent_public` example): `tests/test_seeds.rs` checks that each
/// example is its page, code for code.
#[test]
fn tencent_public_codes_from_page_000_to_page_001() {
    let old = export_json(&root().join("examples/tencent_iot.rs"));
    let mut old: serde_json::Value = serde_json::from_str(&old).unwrap();
    // The 000 page also has the IoT module's table, which 001 leaves to
    // the module's own page: the baseline is the public family alone.
    old["families"]
        .as_array_mut()
        .unwrap()
        .retain(|family| family["family"] == "tencent-public");
    let baseline = temp_file("tencent-000.json", &old.to_string());
    let new = root().join("examples/tencent_public.rs");
    let output = run(&[&"check", &new, &"--baseline", &baseline]);
    let text = stdout(&output);
    assert_report(
        &(output.status.code(), text.clone()),
        1,
        &[
            "error: removed PublicError: code 4200 RequestExpired (\"请求过期\")",
            "warning: text PublicError: 4100 AuthenticationFailed: message \"鉴权失败\" in the baseline, \"身份认证失败\" now",
            "warning: text PublicError: 5300 InsufficientBalance: message \"资源购买失败\" in the baseline, \"余额不足\" now",
            "note: added PublicError: code 4110 CamAuthorizationFailed (\"其他CAM鉴权失败\")",
        ],
    );
    let summary = text.lines().next().unwrap();
    assert!(
        summary.ends_with("1 breaking change(s), 6 warning(s), 7 addition(s)"),
        "{text}"
    );
}
