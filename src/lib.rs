//! The test suite and examples of `error-table`; this library is empty.
//!
//! Cargo needs a library or binary target in every package: the package's real
//! content is `tests/` (behaviour and compile-fail tests) and `examples/` (one
//! per vendor table the project started from).

/// The code blocks of README.md run as doctests, so the README cannot drift
/// from what the crate does.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
