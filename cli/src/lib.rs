//! The library behind the `error-table` command: turns vendors' error-code
//! tables (Markdown, HTML, CSV, TSV) into `#[error_table]` source, and checks
//! such source against the vendor's document or the last release's catalog,
//! and exports that catalog for everything that is not Rust.
//!
//! Each stage is a module, usable and tested without a process:
//!
//! - [`read`] finds the tables of a document (pulldown-cmark, scraper, csv),
//!   [`columns`] the code, message, second-language and description columns
//!   of each, [`document`] puts the two together for a file, [`code`] is a
//!   code as a table writes it;
//! - `import`: [`naming`] names variants and enums, [`import`] plans one enum
//!   per table, [`writer`] prints it as rustfmt would;
//! - `check`: [`cfg`](mod@cfg) configures a Rust file for the `--cfg` flags as rustc
//!   would, [`catalog`] reads its `#[error_table]` families through the
//!   macro's own parse and check stages (`error-table-internals`), [`diff`]
//!   pairs them with tables and lists what differs, [`report`] prints that as
//!   text or JSON, [`check`] puts them together;
//! - `export`: [`export`] writes the [`catalog`] as JSON (the versioned
//!   lock file), a Markdown page or TypeScript; `check --baseline`:
//!   [`baseline`] compares a catalog with the JSON of the last release.
//!
//! The tests of the repository read the seed documents with this same code.

#![forbid(unsafe_code)]

pub mod baseline;
pub mod catalog;
pub mod cfg;
pub mod check;
pub mod code;
pub mod columns;
pub mod diff;
pub mod document;
pub mod export;
pub mod import;
pub mod naming;
pub mod read;
pub mod report;
pub mod writer;
