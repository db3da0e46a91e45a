//! `error-table export`: the catalog of a Rust file, as the macro reads it
//! ([`crate::catalog`]), for everything that is not Rust: JSON (the lock
//! file `check --baseline` compares with), a Markdown page, TypeScript.

pub mod json;
pub mod markdown;
pub mod typescript;

use std::path::Path;
use std::str::FromStr;

use crate::catalog::{Catalog, catalog_of};
use crate::cfg::CfgFlag;
use crate::document::InputError;

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The versioned JSON catalog ([`json`]).
    Json,
    /// One vendor-style table per family ([`markdown`]).
    Markdown,
    /// Code types, tables and type guards ([`typescript`]).
    TypeScript,
}

impl FromStr for Format {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "json" => Ok(Format::Json),
            "markdown" | "md" => Ok(Format::Markdown),
            "typescript" | "ts" => Ok(Format::TypeScript),
            other => Err(format!(
                "unknown format {other:?}: give json, markdown or typescript"
            )),
        }
    }
}

/// `catalog`, read under `cfg`, written in `format`.
pub fn render(catalog: &Catalog, format: Format, cfg: &[CfgFlag]) -> String {
    match format {
        Format::Json => json::CatalogJson::of(catalog, cfg).to_text(),
        Format::Markdown => markdown::markdown(catalog),
        Format::TypeScript => typescript::typescript(catalog),
    }
}

/// Reads the Rust file `source` configured for `cfg` and writes its catalog
/// in `format`.
pub fn export(source: &Path, format: Format, cfg: &[CfgFlag]) -> Result<String, InputError> {
    let catalog = catalog_of(source, &cfg.iter().cloned().collect())?;
    Ok(render(&catalog, format, cfg))
}
