//! A flag whose runtime feature is off is one compile error on the flag,
//! naming the feature to enable (DESIGN: "a flag without its feature is one
//! compile error on the flag naming the feature").
//!
//! The root package cannot show it: its tests turn every feature on, and
//! Cargo unifies features over the workspace's build. This crate's trybuild
//! project is a build of its own, in which error-table has no `axum`,
//! `tonic` or `utoipa` feature, as for a user who forgot one.

#[test]
fn flags_without_their_features() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
