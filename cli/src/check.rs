//! `error-table check`: a Rust file against a vendor's document.

use std::path::Path;

use crate::catalog::families_of;
use crate::cfg::CfgSet;
use crate::diff::{Report, compare};
use crate::document::{InputError, open};

/// Compares the `#[error_table]` enums of `source`, configured for `cfg`,
/// with the code tables of `document` (only the enum `only` when given).
pub fn check(
    source: &Path,
    document: &Path,
    only: Option<&str>,
    cfg: &CfgSet,
) -> Result<Report, InputError> {
    let families = families_of(source, cfg)?;
    let tables = open(document)?;
    compare(&families, &tables, only).map_err(|message| InputError::new(source, message))
}
