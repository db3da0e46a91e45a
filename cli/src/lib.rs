//! The library behind the `error-table` command: turns vendors' error-code
//! tables (Markdown, HTML, CSV, TSV) into `#[error_table]` source, and checks
//! such source against the vendor's document.
//!
//! Each stage is a module, usable and tested without a process:
//! [`read`] finds the tables of a document, [`columns`] finds the code
//! column and the message, language and description columns of each.

#![forbid(unsafe_code)]

pub mod check;
pub mod code;
pub mod columns;
pub mod diff;
pub mod document;
pub mod import;
pub mod naming;
pub mod read;
pub mod report;
pub mod source;
pub mod writer;
