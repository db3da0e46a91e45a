//! One reader: in whichever combination of `a` and `b` this crate is built,
//! the CLI's catalog of its source, configured with the same `--cfg`
//! flags, says exactly what the compiled families say: the same families,
//! and in each the same rows with the same code, message, help, status and
//! retryability. The macro and `error-table check`/`export` read the source
//! through the same stages; this holds them to rustc's reading together.

use std::fmt::Display;

use error_table::ErrorCode;
use error_table_cfg_test::{Blob, OnlyRowsOfA, Rows, agree, api};
use error_table_cli::catalog::{Catalog, parse_catalog};
use error_table_cli::cfg::{CfgFlag, CfgSet};

/// The catalog of `src/lib.rs` under the features this build has.
fn catalog() -> Catalog {
    let mut flags = Vec::new();
    if cfg!(feature = "a") {
        flags.push("feature=\"a\"");
    }
    if cfg!(feature = "b") {
        flags.push("feature=\"b\"");
    }
    let cfg: CfgSet = flags
        .iter()
        .map(|flag| flag.parse::<CfgFlag>().expect("a valid --cfg flag"))
        .collect();
    let source = include_str!("../src/lib.rs");
    parse_catalog(source, &cfg).unwrap_or_else(|(line, error)| panic!("line {line}: {error}"))
}

/// The rows of the family at `path` in the catalog are those of `E::ALL`.
fn assert_family<E: ErrorCode>(catalog: &Catalog, path: &str)
where
    E::Code: Display,
{
    let family = catalog
        .families
        .iter()
        .find(|family| family.path == path)
        .unwrap_or_else(|| panic!("{path} is compiled but not in the catalog"));
    let compiled: Vec<_> = E::ALL
        .iter()
        .map(|e| {
            let fields = (e.name(), e.code().to_string(), e.message(), e.help());
            (fields, e.http_status(), e.is_retryable())
        })
        .collect();
    let read: Vec<_> = family
        .rows
        .iter()
        .map(|row| {
            let fields = (
                row.name.as_str(),
                row.code.to_string(),
                row.message.as_str(),
                row.help.as_deref(),
            );
            (fields, row.status, row.retryable)
        })
        .collect();
    assert_eq!(read, compiled, "{path}");
    assert_eq!(family.family, E::FAMILY, "{path}");
}

#[test]
fn the_catalog_is_what_the_compiled_families_say() {
    let catalog = catalog();
    assert_family::<Rows>(&catalog, "Rows");
    assert_family::<OnlyRowsOfA>(&catalog, "OnlyRowsOfA");
    #[cfg(feature = "b")]
    assert_family::<error_table_cfg_test::OnlyWithB>(&catalog, "OnlyWithB");
    assert_family::<api::Fine>(&catalog, "api::Fine");
    assert_family::<api::Split>(&catalog, "api::Split");
    #[cfg(feature = "a")]
    assert_family::<api::OfA>(&catalog, "api::OfA");
    assert_family::<api::Overridden>(&catalog, "api::Overridden");
    #[cfg(not(feature = "b"))]
    assert_family::<api::OldB>(&catalog, "api::OldB");
    #[cfg(feature = "b")]
    assert_family::<api::NewB>(&catalog, "api::NewB");
    assert_family::<agree::Split>(&catalog, "agree::Split");
    assert_family::<agree::Fixed>(&catalog, "agree::Fixed");
    #[cfg(feature = "a")]
    assert_family::<error_table_cfg_test::union_of_a::Beta>(&catalog, "union_of_a::Beta");
    assert_family::<Blob>(&catalog, "Blob");

    // No family the build leaves out: exactly these, and `api::Internal`,
    // which is `pub(crate)` and so not nameable here.
    let mut expected = vec!["Rows", "OnlyRowsOfA", "api::Fine", "api::Split"];
    expected.extend(cfg!(feature = "b").then_some("OnlyWithB"));
    expected.extend(cfg!(feature = "a").then_some("api::OfA"));
    expected.push("api::Overridden");
    expected.push(if cfg!(feature = "b") {
        "api::NewB"
    } else {
        "api::OldB"
    });
    expected.extend(["api::Internal", "agree::Split", "agree::Fixed"]);
    expected.extend(cfg!(feature = "a").then_some("union_of_a::Beta"));
    expected.push("Blob");
    let mut read: Vec<&str> = catalog.families.iter().map(|f| f.path.as_str()).collect();
    read.sort_unstable();
    expected.sort_unstable();
    assert_eq!(read, expected);
}

#[test]
fn the_unions_hold_the_families_compiled() {
    let catalog = catalog();
    let union = |path: &str| {
        let union = catalog.unions.iter().find(|u| u.path == path);
        let union = union.unwrap_or_else(|| panic!("union {path} is not in the catalog"));
        union.members.clone()
    };
    let agree = union("agree::Agree");
    let compiled = <agree::Agree as ErrorCode>::ALL.len();
    let read: usize = catalog
        .families
        .iter()
        .filter(|family| agree.contains(&family.path))
        .map(|family| family.rows.len())
        .sum();
    assert_eq!((agree.len(), read), (2, compiled));
    // `api::Api` is `pub(crate)` (one family is): its members by path.
    let mut api = vec!["api::Fine", "api::Split"];
    api.extend(cfg!(feature = "a").then_some("api::OfA"));
    api.push("api::Overridden");
    api.push(if cfg!(feature = "b") {
        "api::NewB"
    } else {
        "api::OldB"
    });
    api.push("api::Internal");
    assert_eq!(union("api::Api"), api);
    assert_eq!(
        union("union_of_a::UnionOfA").len(),
        usize::from(cfg!(feature = "a"))
    );
}
