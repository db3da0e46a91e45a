//! The parse and check stages of `#[error_table]`, shared by the macro
//! (`error-table-macros`, which adds generation) and the `error-table`
//! command line (which adds files, `cfg` evaluation and reports), the way
//! serde_derive's `internals` are also published as serde_derive_internals:
//! whatever the macro reads, the command line reads the same way, by
//! construction.
//!
//! Tokens in, checked tables out: [`read::read`] takes the attribute's
//! arguments and the item, [`parse`] reads them into [`parse::ast`],
//! [`check`] applies the rules and gives [`check::model`]. Every problem is
//! collected in [`errors::Errors`] as a `syn::Error` on its token. Nothing
//! here knows `proc_macro`, files or processes.
//!
//! This crate is an implementation detail of `error-table`: its API follows
//! the macro's needs and may change in any release.

#![forbid(unsafe_code)]

pub mod check;
pub mod errors;
pub mod parse;
pub mod read;
