//! Implementation detail of the [`error-table`](https://docs.rs/error-table)
//! crate: depend on that crate, which re-exports this macro.
//!
//! The macro runs in three steps. The first two, `parse` (the attribute and
//! the item into `parse::ast`) and `check` (the rules, giving
//! `check::model`), are the crate `error-table-internals`, which the
//! `error-table` command line reads source with too; `generate/` here writes
//! the code (or, after an error, `generate::fallback`). `expand.rs` drives
//! them.

#![forbid(unsafe_code)]

// The shared stages, under the names the generators have always used.
use error_table_internals::{check, errors, parse, read};

// `escape.rs` below uses `alloc::string::String`, as it does in the
// `no_std` runtime.
extern crate alloc;

// The runtime's `escape.rs` (a symlink): the table's texts are escaped at
// expansion exactly as a `Reply` escapes a request's values.
mod escape;
mod expand;
mod generate;
// The runtime's `hash.rs` (a symlink): the keys the generated lookups
// compute, which the macro chooses seeds and pilots with.
#[cfg_attr(not(test), expect(dead_code, reason = "only tests call `slot` here"))]
mod hash;

#[cfg(test)]
mod mutation_tests;
#[cfg(test)]
mod reserved_tests;

/// Declares an error family from a vendor's table; see the `error-table` crate.
#[proc_macro_attribute]
pub fn error_table(
    attr: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    expand::expand(attr.into(), item.into()).into()
}
