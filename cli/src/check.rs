//! `error-table check`: a Rust file against a vendor's document.

use std::path::Path;

use crate::diff::{Report, compare};
use crate::document::{InputError, open};
use crate::source::families_of;

/// Compares the `#[error_table]` enums of `source` with the code tables of
/// `document` (only the enum `only` when given).
pub fn check(source: &Path, document: &Path, only: Option<&str>) -> Result<Report, InputError> {
    let families = families_of(source)?;
    let tables = open(document)?;
    compare(&families, &tables, only).map_err(|message| InputError::new(source, message))
}
