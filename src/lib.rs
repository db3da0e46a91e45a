//! The test suite and examples of `error-table`; this library is empty.
//!
//! Cargo needs a library or binary target in every package: the package's real
//! content is `tests/` (behaviour and compile-fail tests) and `examples/` (one
//! per vendor table the project started from). The README's examples run as
//! doctests of the `error-table` crate, whose documentation it is.
