//! The seed examples reproduce their vendor documents code for code.
//!
//! The five vendor documents the project started from are kept verbatim in
//! `tests/fixtures/`. Each is read with the reader of `error-table import`
//! (`error_table_cli::document`: pulldown-cmark, html5ever, cells normalised
//! as its `read` module says), and every family of
//! the matching example must list the same codes, in the same order, with the
//! same messages (and English texts and descriptions where the table has them).

// Every example includes `examples/common/mod.rs`; here all five do.
#![allow(clippy::duplicate_mod)]

#[path = "../examples/tencent_iot.rs"]
#[allow(dead_code)]
mod tencent_iot;

#[path = "../examples/tencent_public.rs"]
#[allow(dead_code)]
mod tencent_public;

#[path = "../examples/ucloud_uiot.rs"]
#[allow(dead_code)]
mod ucloud_uiot;

#[path = "../examples/tencent_cdn.rs"]
#[allow(dead_code)]
mod tencent_cdn;

#[path = "../examples/xlink.rs"]
#[allow(dead_code)]
mod xlink;

use error_table::ErrorCode;
use error_table_cli::columns::CodeTable;
use error_table_cli::read::{Format, tables};

/// What a table's columns after the message are.
#[derive(Debug, Clone, Copy)]
enum Extra {
    /// None: the family has no help and no other language.
    None,
    /// The long description: the family's `help()`.
    Help,
    /// The message in another language: `message_in(lang)`.
    Lang(&'static str),
}

/// A vendor document of `tests/fixtures/`.
fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The code tables of a document, `count` of them.
fn code_tables_of(name: &str, count: usize) -> Vec<CodeTable> {
    let path = std::path::Path::new(name);
    let document = error_table_cli::document::code_tables_of(path, &fixture(name), true)
        .unwrap_or_else(|error| panic!("{error}"));
    // The seeds list each code once and fill every message cell.
    assert_eq!(document.warnings, [], "{name}");
    assert_eq!(document.tables.len(), count, "code tables in {name}");
    document.tables
}

/// A row as a family and as a table give it: code, message, extra column.
type Line = (i64, String, Option<String>);

/// The column after the message: the second language or the description.
fn extra_of(row: &error_table_cli::columns::Row) -> Option<String> {
    row.translation.clone().or_else(|| row.help.clone())
}

/// An integer code of a document.
fn int(code: &error_table_cli::code::Code) -> i64 {
    let value = code.as_int().expect("an integer code");
    i64::try_from(value).expect("a code of the seeds fits i64")
}

/// Asserts that the family `E` is `table`: the same codes in the same order,
/// each with the table's message, its extra column as `extra` says, HTTP
/// status `status`, and a code that finds its way back to the variant.
/// Returns the number of codes.
fn assert_family<E>(table: &CodeTable, extra: Extra, status: u16) -> usize
where
    E: ErrorCode,
    E::Code: Into<i64>,
{
    let family = std::any::type_name::<E>();
    let expected: Vec<Line> = table
        .rows
        .iter()
        .map(|row| {
            match extra {
                Extra::None => assert_eq!(extra_of(row), None, "{family}: {row:?}"),
                Extra::Help => assert!(
                    row.help.is_some() && row.translation.is_none(),
                    "{family}: {row:?}"
                ),
                Extra::Lang(lang) => {
                    assert_eq!(table.translation_lang.as_deref(), Some(lang), "{family}");
                    assert!(
                        row.translation.is_some() && row.help.is_none(),
                        "{family}: {row:?}"
                    );
                }
            }
            (int(&row.code), row.message.clone(), extra_of(row))
        })
        .collect();
    let actual: Vec<Line> = E::ALL
        .iter()
        .map(|&error| {
            let other = match extra {
                Extra::None => {
                    assert_eq!(error.help(), None, "{family}::{}", error.name());
                    None
                }
                Extra::Help => error.help().map(str::to_owned),
                Extra::Lang(lang) => Some(error.message_in(lang).to_owned()),
            };
            (error.code().into(), error.message().to_owned(), other)
        })
        .collect();
    let rows = actual.len().max(expected.len());
    if let Some(row) = (0..rows).find(|&row| actual.get(row) != expected.get(row)) {
        panic!(
            "{family} differs from its table (line {} of the document) at row {}:\n  family:   {:?}\n  document: {:?}",
            table.line,
            row + 1,
            actual.get(row),
            expected.get(row)
        );
    }

    for &error in E::ALL {
        assert_eq!(error.http_status(), status, "{family}::{}", error.name());
        assert_eq!(
            E::from_code(error.code()),
            Some(error),
            "{family}::{}",
            error.name()
        );
    }
    E::ALL.len()
}

#[test]
fn tencent_iot_is_document_000() {
    use tencent_iot::{IotError, PublicError};
    let tables = code_tables_of("000_6a70b2578668ffea.txt", 2);
    assert_eq!(
        assert_family::<PublicError>(&tables[0], Extra::Help, 200),
        16
    );
    assert_eq!(assert_family::<IotError>(&tables[1], Extra::None, 200), 47);
}

#[test]
fn tencent_public_is_document_001() {
    use tencent_public::PublicError;
    let tables = code_tables_of("001_6a2df3eeb4338b86.txt", 1);
    assert_eq!(
        assert_family::<PublicError>(&tables[0], Extra::Help, 200),
        22
    );
}

#[test]
fn ucloud_uiot_is_document_002() {
    use ucloud_uiot::UcloudError;
    let tables = code_tables_of("002_904e361870c033cf.txt", 1);
    assert_eq!(tables[0].lang, "zh");
    assert_eq!(
        assert_family::<UcloudError>(&tables[0], Extra::Lang("en"), 200),
        95
    );
    // Chinese is the default language.
    assert_eq!(UcloudError::InvalidSignature.message_in("zh"), "签名错误。");
    assert_eq!(
        UcloudError::from_code(-1),
        Some(UcloudError::DataLoadingFailed)
    );
}

#[test]
fn tencent_cdn_is_document_003() {
    use tencent_cdn::{CdnError, PublicError};
    let tables = code_tables_of("003_dfa61d01296aa147.txt", 2);
    assert_eq!(
        assert_family::<PublicError>(&tables[0], Extra::Help, 200),
        16
    );
    assert_eq!(assert_family::<CdnError>(&tables[1], Extra::None, 200), 63);
}

#[test]
fn xlink_is_document_004() {
    use xlink::xlink::{BadRequest, Forbidden, NotFound, ServiceUnavailable, XlinkError};
    let doc = "004_51e7a88da397f40b.txt";
    // The first table lists HTTP statuses, not codes.
    assert_eq!(tables(&fixture(doc), Format::Markdown).unwrap().len(), 5);
    let tables = code_tables_of(doc, 4);
    assert_eq!(
        assert_family::<BadRequest>(&tables[0], Extra::None, 400),
        49
    );
    assert_eq!(assert_family::<Forbidden>(&tables[1], Extra::None, 403), 10);
    assert_eq!(assert_family::<NotFound>(&tables[2], Extra::None, 404), 22);
    assert_eq!(
        assert_family::<ServiceUnavailable>(&tables[3], Extra::None, 503),
        1
    );

    // The union is the four tables, one after the other.
    let union: Vec<(u32, &str)> = XlinkError::ALL
        .iter()
        .map(|error| (error.code(), error.message()))
        .collect();
    let document: Vec<(u32, &str)> = tables
        .iter()
        .flat_map(|table| &table.rows)
        .map(|row| (u32::try_from(int(&row.code)).unwrap(), row.message.as_str()))
        .collect();
    assert_eq!(union, document);
}

/// Every code of every document has its variant: 341 in all.
#[test]
fn all_341_codes() {
    let documents = [
        ("000_6a70b2578668ffea.txt", vec![16, 47]),
        ("001_6a2df3eeb4338b86.txt", vec![22]),
        ("002_904e361870c033cf.txt", vec![95]),
        ("003_dfa61d01296aa147.txt", vec![16, 63]),
        ("004_51e7a88da397f40b.txt", vec![49, 10, 22, 1]),
    ];
    let mut total = 0;
    for (name, counts) in documents {
        let tables = code_tables_of(name, counts.len());
        let rows: Vec<usize> = tables.iter().map(|table| table.rows.len()).collect();
        assert_eq!(rows, counts, "{name}");
        total += rows.iter().sum::<usize>();
    }
    assert_eq!(total, 341);

    let families = [
        tencent_iot::PublicError::ALL.len(),
        tencent_iot::IotError::ALL.len(),
        tencent_public::PublicError::ALL.len(),
        ucloud_uiot::UcloudError::ALL.len(),
        tencent_cdn::PublicError::ALL.len(),
        tencent_cdn::CdnError::ALL.len(),
        xlink::xlink::XlinkError::ALL.len(),
    ];
    assert_eq!(families.iter().sum::<usize>(), 341);
}

/// The Tencent module families display as the vendor writes them into
/// `message`, `(code)message`; the public families display their message.
#[test]
fn tencent_display() {
    fn assert_display<E: ErrorCode>(module: bool) {
        for error in E::ALL {
            let expected = if module {
                format!("({}){}", error.code(), error.message())
            } else {
                error.message().to_owned()
            };
            assert_eq!(error.to_string(), expected);
        }
    }
    assert_display::<tencent_iot::PublicError>(false);
    assert_display::<tencent_iot::IotError>(true);
    assert_display::<tencent_public::PublicError>(false);
    assert_display::<tencent_cdn::PublicError>(false);
    assert_display::<tencent_cdn::CdnError>(true);
    assert_eq!(
        tencent_iot::IotError::InvalidRuleActionUrl.to_string(),
        "(5133)规则 Action 转发规则中包含错误URL"
    );
}
