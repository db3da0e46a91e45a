// The SDK's union and family are `#[non_exhaustive]`: from another crate,
// a match that names every variant still needs `_`, so the vendor's next
// code does not break it.
use error_table_sdk_test::api::{ApiError, NotFound};

fn union(error: ApiError) -> u8 {
    match error {
        ApiError::Forbidden(_) => 1,
        ApiError::NotFound(_) => 2,
    }
}

fn family(error: NotFound) -> u8 {
    match error {
        NotFound::DeviceNotFound => 1,
        NotFound::r#type => 2,
    }
}

fn main() {
    let _ = (union, family);
}
