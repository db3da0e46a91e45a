//! Each value is the one rustc's reading of the attributes gives in this
//! build: `A` and `B` say which features are on.

extern crate std;
use std::vec::Vec;

use error_table::retryable_status;

use super::agree::{Agree, Fixed};
use super::api::{Api, Fine, Overridden, Split};
use super::union_of_a::UnionOfA;
use super::{Blob, OnlyRowsOfA, Rows};

const A: bool = cfg!(feature = "a");
const B: bool = cfg!(feature = "b");

#[test]
fn cfg_attr_helpers_apply_only_when_their_predicate_holds() {
    let row = Rows::Helpers;
    let (message, help, status) = if A {
        ("only with a", Some("help with a"), 418)
    } else {
        ("plain doc", None, 500)
    };
    assert_eq!(row.message(), message);
    assert_eq!(row.help(), help);
    assert_eq!(row.http_status(), status);
    assert_eq!(row.is_retryable(), A || retryable_status(500));
    assert_eq!(std::format!("{row}"), message);
}

#[test]
fn exclusive_messages_pick_one() {
    let expected = if B { "with b" } else { "without b" };
    assert_eq!(Rows::Pair.message(), expected);
}

#[test]
fn nested_cfg_attr_is_a_conjunction() {
    let both = A && B;
    let row = Rows::Nested;
    assert_eq!(row.message(), if both { "a and b" } else { "nested base" });
    assert_eq!(row.help(), both.then_some("ab help"));
    assert_eq!(row.http_status(), if both { 503 } else { 500 });
    assert_eq!(row.is_retryable(), retryable_status(row.http_status()));
}

#[test]
fn cfg_inside_cfg_attr_compiles_the_row_unless_a_without_b() {
    let compiled = !A || B;
    let found = Rows::from_code(4);
    assert_eq!(found.is_some(), compiled);
    assert_eq!(found.map(Rows::name), compiled.then_some("CfgInCfgAttr"));
}

#[test]
fn cfg_attr_doc_lines_are_the_message() {
    let expected = if A { "doc with a" } else { "doc without a" };
    assert_eq!(Rows::DocPair.message(), expected);
}

#[test]
fn all_and_lookups_hold_the_compiled_rows() {
    let mut expected = std::vec!["Helpers", "Pair", "Nested"];
    if !A || B {
        expected.push("CfgInCfgAttr");
    }
    expected.push("DocPair");
    expected.push(if B {
        "SameCodeWithB"
    } else {
        "SameCodeWithoutB"
    });
    expected.push("Hidden");
    let names: Vec<&str> = Rows::ALL.iter().map(|row| row.name()).collect();
    assert_eq!(names, expected);
    for row in Rows::ALL {
        assert_eq!(Rows::from_code(row.code()), Some(*row));
    }
    let same_code = if B {
        "SameCodeWithB"
    } else {
        "SameCodeWithoutB"
    };
    assert_eq!(Rows::from_code(6).map(Rows::name), Some(same_code));
}

#[test]
fn a_family_of_compiled_out_rows_is_empty() {
    assert_eq!(OnlyRowsOfA::ALL.len(), usize::from(A));
    assert_eq!(OnlyRowsOfA::from_code(10).is_some(), A);
}

#[test]
fn families_under_cfg_are_in_the_union_only_when_compiled() {
    // One row a family, named for it.
    let mut rows = std::vec!["Fine", "NotFound"];
    if A {
        rows.push("Gone");
    }
    rows.push("Busy");
    rows.push(if B { "New" } else { "Old" });
    rows.push("Internal");
    let seen: Vec<&str> = Api::ALL.iter().map(|error| error.name()).collect();
    assert_eq!(seen, rows);
    assert_eq!(Api::from_code(410001).is_some(), A);
    let moved = Api::from_code(400009).map(Api::name);
    assert_eq!(moved, Some(if B { "New" } else { "Old" }));
    for error in Api::ALL {
        assert_eq!(Api::from_code(error.code()), Some(*error));
    }
}

#[test]
fn a_cfg_attr_override_applies_only_when_its_predicate_holds() {
    let status = if A { 503 } else { 429 };
    assert_eq!(Overridden::Busy.http_status(), status);
    assert_eq!(Api::from(Overridden::Busy).http_status(), status);
    assert_eq!(
        Overridden::try_from(Api::from(Overridden::Busy)),
        Ok(Overridden::Busy)
    );
}

#[test]
fn a_union_answers_an_unknown_code_when_every_scheme_agrees() {
    // In `api`, `Fine` says 200 to every unknown code and the split
    // families say the leading digits: they never agree on 503123.
    assert_eq!(Fine::http_status_of(503123), Some(200));
    assert_eq!(Split::http_status_of(503123), Some(503));
    assert_eq!(Api::http_status_of(503123), None);
    // Known codes keep their family's status.
    assert_eq!(Api::http_status_of(200001), Some(200));
    assert_eq!(Api::http_status_of(404001), Some(404));
    // In `agree`, split(3) and `http = 503` agree on 503999 only.
    assert_eq!(Fixed::http_status_of(503999), Some(503));
    assert_eq!(Agree::http_status_of(503999), Some(503));
    assert_eq!(Agree::http_status_of(404999), None);
    assert_eq!(Agree::http_status_of(502001), Some(502));
}

#[test]
fn a_union_of_compiled_out_families_is_empty() {
    assert_eq!(UnionOfA::ALL.len(), usize::from(A));
    assert_eq!(UnionOfA::from_code(1).is_some(), A);
    assert_eq!(UnionOfA::http_status_of(1), A.then_some(500));
}

#[test]
fn string_codes_take_cfg_attr_messages_too() {
    let expected = if B {
        "blob not found, with b"
    } else {
        "blob not found"
    };
    assert_eq!(Blob::BlobNotFound.message(), expected);
    assert_eq!(Blob::from_code("BetaBlob").is_some(), B);
    assert_eq!(Blob::ALL.len(), 1 + usize::from(B));
}

#[cfg(feature = "b")]
#[test]
fn a_family_under_cfg_has_its_api_when_compiled() {
    assert_eq!(super::OnlyWithB::from_code(20), Some(super::OnlyWithB::B));
}
