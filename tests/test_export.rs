//! `error-table export --format json` of every example says what the
//! compiled families say: each family's `FAMILY` and `ALL` in order, and
//! each row's variant, code, messages by language, help, HTTP status and
//! retryability; each union's families in order, its `ALL` theirs.
//!
//! The export goes through the CLI's library (`error_table_cli::export`),
//! the examples are compiled here by the macro, as in `tests/test_seeds.rs`.

// Every example includes `examples/common/mod.rs`.
#![allow(clippy::duplicate_mod)]

#[path = "../examples/quickstart.rs"]
#[allow(dead_code)]
mod quickstart;

#[path = "../examples/tencent_api3.rs"]
#[allow(dead_code)]
mod tencent_api3;

#[path = "../examples/tencent_cdn.rs"]
#[allow(dead_code)]
mod tencent_cdn;

#[path = "../examples/tencent_iot.rs"]
#[allow(dead_code)]
mod tencent_iot;

#[path = "../examples/tencent_public.rs"]
#[allow(dead_code)]
mod tencent_public;

#[path = "../examples/ucloud_uiot.rs"]
#[allow(dead_code)]
mod ucloud_uiot;

#[path = "../examples/xlink.rs"]
#[allow(dead_code)]
mod xlink;

use error_table::ErrorCode;
use error_table_cli::catalog::parse_catalog;
use error_table_cli::cfg::CfgSet;
use error_table_cli::export::json::{CatalogJson, CodeJson, FamilyJson};
use error_table_cli::export::{Format, render};

/// The JSON export of `examples/{name}.rs`, read back.
fn export(name: &str) -> CatalogJson {
    let path = format!("{}/examples/{name}.rs", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let catalog = parse_catalog(&text, &CfgSet::default())
        .unwrap_or_else(|(line, error)| panic!("{path}:{line}: {error}"));
    let json = render(&catalog, Format::Json, &[]);
    CatalogJson::parse(&json).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// A row as the export and the compiled family give it.
type Line = (
    String,
    String,
    String,
    Vec<(String, String)>,
    Option<String>,
    u16,
    bool,
);

/// Asserts that the exported `family` is `E`, row for row.
#[track_caller]
fn assert_family<E: ErrorCode>(family: &FamilyJson) {
    assert_eq!(family.family, E::FAMILY, "{}", family.path);
    let exported: Vec<Line> = family
        .rows
        .iter()
        .map(|row| {
            let code = match &row.code {
                CodeJson::Int(value) => value.to_string(),
                CodeJson::Str(text) => text.clone(),
            };
            let translations = row
                .translations
                .iter()
                .map(|(lang, text)| (lang.clone(), text.clone()))
                .collect();
            (
                row.variant.clone(),
                code,
                row.message.clone(),
                translations,
                row.help.clone(),
                row.status,
                row.retryable,
            )
        })
        .collect();
    let compiled: Vec<Line> = E::ALL
        .iter()
        .zip(&family.rows)
        .map(|(&error, row)| {
            // The compiled family's text in each language the export lists.
            let translations = row
                .translations
                .keys()
                .map(|lang| (lang.clone(), error.message_in(lang).to_owned()))
                .collect();
            (
                error.name().to_owned(),
                error.code().to_string(),
                error.message().to_owned(),
                translations,
                error.help().map(str::to_owned),
                error.http_status(),
                error.is_retryable(),
            )
        })
        .collect();
    assert_eq!(E::ALL.len(), family.rows.len(), "{}", family.path);
    assert_eq!(exported, compiled, "{}", family.path);
}

/// The families of `catalog` by path, in order.
fn paths(catalog: &CatalogJson) -> Vec<&str> {
    catalog.families.iter().map(|f| f.path.as_str()).collect()
}

#[test]
fn quickstart() {
    let catalog = export("quickstart");
    assert_eq!(paths(&catalog), ["XlinkError"]);
    assert_family::<quickstart::XlinkError>(&catalog.families[0]);
}

#[test]
fn tencent_api3_string_codes() {
    let catalog = export("tencent_api3");
    assert_eq!(paths(&catalog), ["CommonError"]);
    assert_eq!(catalog.families[0].code_type, "&'static str");
    assert_family::<tencent_api3::CommonError>(&catalog.families[0]);
}

#[test]
fn tencent_cdn() {
    let catalog = export("tencent_cdn");
    assert_eq!(paths(&catalog), ["PublicError", "CdnError"]);
    assert_family::<tencent_cdn::PublicError>(&catalog.families[0]);
    assert_family::<tencent_cdn::CdnError>(&catalog.families[1]);
}

#[test]
fn tencent_iot() {
    let catalog = export("tencent_iot");
    assert_eq!(paths(&catalog), ["PublicError", "IotError"]);
    assert_family::<tencent_iot::PublicError>(&catalog.families[0]);
    assert_family::<tencent_iot::IotError>(&catalog.families[1]);
}

#[test]
fn tencent_public() {
    let catalog = export("tencent_public");
    assert_eq!(paths(&catalog), ["PublicError"]);
    assert_family::<tencent_public::PublicError>(&catalog.families[0]);
}

#[test]
fn ucloud_uiot_in_two_languages() {
    let catalog = export("ucloud_uiot");
    assert_eq!(paths(&catalog), ["UcloudError"]);
    let family = &catalog.families[0];
    assert_eq!(family.lang.as_deref(), Some("zh"));
    assert!(
        family
            .rows
            .iter()
            .all(|row| row.translations.contains_key("en"))
    );
    assert_eq!(family.code_type, "i32");
    assert_family::<ucloud_uiot::UcloudError>(family);
}

#[test]
fn xlink_module_and_union() {
    use xlink::xlink::{BadRequest, Forbidden, NotFound, ServiceUnavailable, XlinkError};
    let catalog = export("xlink");
    let families = [
        "xlink::BadRequest",
        "xlink::Forbidden",
        "xlink::NotFound",
        "xlink::ServiceUnavailable",
    ];
    assert_eq!(paths(&catalog), families);
    assert_family::<BadRequest>(&catalog.families[0]);
    assert_family::<Forbidden>(&catalog.families[1]);
    assert_family::<NotFound>(&catalog.families[2]);
    assert_family::<ServiceUnavailable>(&catalog.families[3]);
    assert_eq!(catalog.unions.len(), 1);
    let union = &catalog.unions[0];
    assert_eq!(union.path, "xlink::XlinkError");
    assert_eq!(union.family, XlinkError::FAMILY);
    assert_eq!(union.families, families);
    let exported: Vec<String> = catalog
        .families
        .iter()
        .flat_map(|family| &family.rows)
        .map(|row| row.variant.clone())
        .collect();
    let compiled: Vec<String> = XlinkError::ALL
        .iter()
        .map(|error| error.name().to_owned())
        .collect();
    assert_eq!(exported, compiled);
}
