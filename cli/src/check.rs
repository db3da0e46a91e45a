//! `error-table check`: a Rust file against a vendor's document.

use std::path::Path;

use crate::catalog::families_of;
use crate::cfg::CfgSet;
use crate::diff::{Report, compare};
use crate::document::{InputError, Problems, read};

/// Compares the `#[error_table]` enums of `source`, configured for `cfg`,
/// with the code tables of `document` (only the enum `only` when given).
/// The document is read as `import` reads it: the warnings about it come
/// with the report.
pub fn check(
    source: &Path,
    document: &Path,
    only: Option<&str>,
    cfg: &CfgSet,
) -> Result<(Report, Vec<InputError>), Problems> {
    let families = families_of(source, cfg)?;
    let document = read(document, false)?;
    let report = compare(&families, &document.tables, only)
        .map_err(|message| InputError::new(source, message))?;
    Ok((report, document.warnings))
}
