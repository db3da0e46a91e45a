//! Compile-fail UI tests: each `tests/ui/*.rs` is a table with one misuse,
//! its `.stderr` the errors the macro must give. After changing a message,
//! regenerate with `TRYBUILD=overwrite cargo test --test compiletest`, then
//! read the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
