//! `error-table import` of each seed document compiles and reproduces the
//! document: every code, message, English text and description, in order.
//!
//! The files of `tests/imported/` are the command's output, byte for byte
//! (`cli/tests/golden.rs` checks that), so compiling them here compiles the
//! output; the documents are read by the same reader (`error_table_cli`).

#[path = "imported/tencent_api3.rs"]
#[allow(dead_code)]
mod tencent_api3;

#[path = "imported/seed_000_6a70b2578668ffea.rs"]
#[allow(dead_code)]
mod seed_000;

#[path = "imported/seed_001_6a2df3eeb4338b86.rs"]
#[allow(dead_code)]
mod seed_001;

#[path = "imported/seed_002_904e361870c033cf.rs"]
#[allow(dead_code)]
mod seed_002;

#[path = "imported/seed_003_dfa61d01296aa147.rs"]
#[allow(dead_code)]
mod seed_003;

#[path = "imported/seed_004_51e7a88da397f40b.rs"]
#[allow(dead_code)]
mod seed_004;

use error_table::ErrorCode;
use error_table_cli::columns::CodeTable;

/// The code tables of a seed document.
fn tables(name: &str) -> Vec<CodeTable> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    error_table_cli::document::open(path.as_ref()).unwrap_or_else(|error| panic!("{error}"))
}

/// A row as a family and as a table give it: code, message, English text,
/// description, HTTP status.
type Line = (i64, String, Option<String>, Option<String>, u16);

/// Asserts that the family `E` is `table` row for row, each code answering
/// `status(code)`; returns the number of codes.
fn assert_imported<E>(table: &CodeTable, status: fn(i64) -> u16) -> usize
where
    E: ErrorCode,
    E::Code: Into<i64>,
{
    let family = std::any::type_name::<E>();
    let translation = table.translation_lang.as_deref();
    let document: Vec<Line> = table
        .rows
        .iter()
        .map(|row| {
            let code = i64::try_from(row.code.as_int().expect("an integer code")).unwrap();
            let help = row.help.clone().filter(|help| !help.is_empty());
            (
                code,
                row.message.clone(),
                row.translation.clone(),
                help,
                status(code),
            )
        })
        .collect();
    let imported: Vec<Line> = E::ALL
        .iter()
        .map(|&error| {
            let other = translation.map(|lang| error.message_in(lang).to_owned());
            let help = error.help().map(str::to_owned);
            let code = error.code().into();
            (
                code,
                error.message().to_owned(),
                other,
                help,
                error.http_status(),
            )
        })
        .collect();
    assert_eq!(
        imported, document,
        "{family} (table at line {})",
        table.line
    );
    for &error in E::ALL {
        assert_eq!(E::from_code(error.code()), Some(error), "{family}");
    }
    E::ALL.len()
}

fn ok(_: i64) -> u16 {
    200
}

fn split(code: i64) -> u16 {
    u16::try_from(code / 10_000).unwrap()
}

#[test]
fn seed_000_tencent_iot() {
    let tables = tables("000_6a70b2578668ffea.txt");
    assert_eq!(tables.len(), 2);
    assert_eq!(assert_imported::<seed_000::Table1>(&tables[0], ok), 16);
    assert_eq!(assert_imported::<seed_000::Table2>(&tables[1], ok), 47);
    // Chinese-only tables give `E<code>` names.
    assert_eq!(seed_000::Table1::E4000.name(), "E4000");
}

#[test]
fn seed_001_tencent_public() {
    let tables = tables("001_6a2df3eeb4338b86.txt");
    assert_eq!(tables.len(), 1);
    type Family = seed_001::TencentPublicError;
    assert_eq!(assert_imported::<Family>(&tables[0], ok), 22);
    assert_eq!(Family::FAMILY, "tencent-public");
}

#[test]
fn seed_002_ucloud_bilingual_with_negative_code() {
    use seed_002::UcloudError;
    let tables = tables("002_904e361870c033cf.txt");
    assert_eq!(tables[0].translation_lang.as_deref(), Some("en"));
    assert_eq!(assert_imported::<UcloudError>(&tables[0], ok), 95);
    // Names from the English column; -1 needs `#[repr(i32)]`.
    assert_eq!(
        UcloudError::from_code(-1),
        Some(UcloudError::DataLoadingFailed)
    );
    assert_eq!(
        UcloudError::DataLoadingFailed.message_in("zh"),
        "数据加载失败，请稍后重试。"
    );
}

#[test]
fn seed_003_tencent_cdn() {
    let tables = tables("003_dfa61d01296aa147.txt");
    assert_eq!(tables.len(), 2);
    assert_eq!(assert_imported::<seed_003::Tencent1>(&tables[0], ok), 16);
    assert_eq!(assert_imported::<seed_003::Tencent2>(&tables[1], ok), 63);
}

#[test]
fn seed_004_xlink_module_and_union() {
    use seed_004::xlink_error::{BadRequest, Forbidden, NotFound, ServiceUnavailable, XlinkError};
    let tables = tables("004_51e7a88da397f40b.txt");
    assert_eq!(tables.len(), 4);
    assert_eq!(assert_imported::<BadRequest>(&tables[0], split), 49);
    assert_eq!(assert_imported::<Forbidden>(&tables[1], split), 10);
    assert_eq!(assert_imported::<NotFound>(&tables[2], split), 22);
    assert_eq!(assert_imported::<ServiceUnavailable>(&tables[3], split), 1);
    let union: Vec<u32> = XlinkError::ALL.iter().map(|e| e.code()).collect();
    let document: Vec<u32> = tables
        .iter()
        .flat_map(|t| &t.rows)
        .map(|row| u32::try_from(row.code.as_int().unwrap()).unwrap())
        .collect();
    assert_eq!(union, document);
}

/// 341 codes in all.
#[test]
fn all_341_codes_imported() {
    let families = [
        seed_000::Table1::ALL.len(),
        seed_000::Table2::ALL.len(),
        seed_001::TencentPublicError::ALL.len(),
        seed_002::UcloudError::ALL.len(),
        seed_003::Tencent1::ALL.len(),
        seed_003::Tencent2::ALL.len(),
        seed_004::xlink_error::XlinkError::ALL.len(),
    ];
    assert_eq!(families.iter().sum::<usize>(), 341);
}

/// String codes: every dotted code of Tencent Cloud API 3.0's common errors,
/// with its message, in the document's order.
#[test]
fn tencent_api3_string_codes() {
    use tencent_api3::Api3Error;
    let tables = tables("tencent_api3_common_errors.md");
    assert_eq!(tables.len(), 1);
    let document: Vec<(String, String)> = tables[0]
        .rows
        .iter()
        .map(|row| (row.code.to_string(), row.message.clone()))
        .collect();
    let imported: Vec<(String, String)> = Api3Error::ALL
        .iter()
        .map(|e| (e.code().to_owned(), e.message().to_owned()))
        .collect();
    assert_eq!(imported, document);
    assert_eq!(
        Api3Error::from_code("AuthFailure.SignatureExpire").map(Api3Error::category),
        Some("AuthFailure")
    );
}
