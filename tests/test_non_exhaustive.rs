//! `#[non_exhaustive]` on a family and on a module's union, matched from
//! another crate as an SDK's users match them: a `_` arm is required there
//! (`tests/ui/non-exhaustive-match-outside.rs` is the match without one),
//! and everything the macro generates still works.

use error_table_sdk_test::api::{ApiError, Forbidden, NotFound};

/// What a caller does with an error of the SDK: the cases it knows, and
/// `_` for the codes the vendor adds later.
fn advice(error: ApiError) -> &'static str {
    match error {
        ApiError::Forbidden(Forbidden::InvalidAccessToken) => "log in again",
        ApiError::NotFound(NotFound::DeviceNotFound) => "register the device",
        _ => "report it",
    }
}

fn not_found(error: NotFound) -> u32 {
    match error {
        NotFound::DeviceNotFound => 1,
        _ => 0,
    }
}

#[test]
fn a_non_exhaustive_union_and_family_work_from_outside() {
    let device = ApiError::from_code(4041001).expect("a code of the table");
    assert_eq!(advice(device), "register the device");
    assert_eq!(device.code(), 4041001);
    assert_eq!(device.http_status(), 404);
    let token = ApiError::from(Forbidden::InvalidAccessToken);
    assert_eq!(advice(token), "log in again");
    let other = ApiError::from_code(4041002).expect("a code of the table");
    assert_eq!(advice(other), "report it");
    assert_eq!(not_found(NotFound::DeviceNotFound), 1);
    assert_eq!(not_found(NotFound::r#type), 0);
    assert_eq!(NotFound::ALL.len(), 2);
    assert_eq!(NotFound::from_code(4041002), Some(NotFound::r#type));
}
