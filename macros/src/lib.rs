//! Implementation detail of the [`error-table`](https://docs.rs/error-table)
//! crate: depend on that crate, which re-exports this macro.
//!
//! The macro runs in three steps, each in its own files: parse (`module`,
//! `ast`, `options`, `variant_attrs`, `code_type`, `display_format`), check
//! (`check`, `check_union`, producing the `model`), and generate (`gen_family`, `gen_union`,
//! `gen_api`, `gen_docs`, `derives`, or `fallback` after an error).

#![forbid(unsafe_code)]

mod ast;
mod check;
mod check_union;
mod code_type;
mod derives;
mod display_format;
mod errors;
mod expand;
mod fallback;
mod gen_api;
mod gen_docs;
mod gen_family;
mod gen_lookup;
mod gen_union;
mod model;
mod module;
mod options;
mod perfect_hash;
mod variant_attrs;

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
