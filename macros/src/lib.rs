//! Implementation detail of the [`error-table`](https://docs.rs/error-table)
//! crate: depend on that crate, which re-exports this macro.
//!
//! The macro runs in three steps, each in a folder of its own: `parse/`
//! reads the attribute and the item into `parse::ast`, `check/` applies the
//! rules and produces `check::model`, and `generate/` writes the code (or,
//! after an error, `generate::fallback`). `expand.rs` drives the three.

#![forbid(unsafe_code)]

mod check;
mod errors;
mod expand;
mod generate;
// The runtime's `hash.rs` (a symlink): the keys the generated lookups
// compute, which the macro chooses seeds and pilots with.
#[cfg_attr(not(test), expect(dead_code, reason = "only tests call `slot` here"))]
mod hash;
mod parse;

#[cfg(test)]
mod mutation_tests;

/// Declares an error family from a vendor's table; see the `error-table` crate.
#[proc_macro_attribute]
pub fn error_table(
    attr: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    expand::expand(attr.into(), item.into()).into()
}
