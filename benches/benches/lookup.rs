//! Code -> enum: error-table's `from_code` against num_enum's `TryFrom`,
//! strum's `from_repr`, a hand-written `match` and a `HashMap`, on the Xlink
//! seed table and on a generated sparse table of 2,000 codes, for one family
//! and for a union of families. Every iteration looks up the same codes
//! (64 read 1,024 times, "hot", or 65,536 read once, "cold": [`INPUTS`]), half in the table and half
//! not, in random order.
//!
//! `proto_*` are prototypes of other code the macro could generate
//! (`build.rs`, `proto` and `union_proto`): for a large sparse family, the
//! macro's own perfect hash with the slot's error found in a function of its
//! own (a table load, where the generated `from_code` jumps through a table);
//! for a union, the family picked by its range of codes, then the family's
//! own `from_code` (or that prototype).
//!
//! `cargo bench -p error-table-benches --bench lookup`

#![allow(missing_docs, clippy::wildcard_imports)]

use std::collections::HashMap;
use std::hint::black_box;

use divan::Bencher;
use divan::counter::ItemsCount;
use error_table_benches::{INPUTS, ITEMS, batch, mixed_codes, rounds};

/// The tables, declared with `#[error_table]` (the vendor's names kept).
#[allow(clippy::enum_variant_names)]
mod et {
    include!(concat!(env!("OUT_DIR"), "/xlink_et.rs"));
    include!(concat!(env!("OUT_DIR"), "/sparse_et.rs"));
    include!(concat!(env!("OUT_DIR"), "/sparse_proto.rs"));
    include!(concat!(env!("OUT_DIR"), "/sparse_union_et.rs"));
    include!(concat!(env!("OUT_DIR"), "/xlink_union_proto.rs"));
    include!(concat!(env!("OUT_DIR"), "/sparse_union_proto.rs"));
}

/// The same tables without error-table.
#[allow(dead_code, clippy::enum_variant_names)]
mod stack {
    include!(concat!(env!("OUT_DIR"), "/xlink_stack.rs"));
    include!(concat!(env!("OUT_DIR"), "/sparse_stack.rs"));
    include!(concat!(env!("OUT_DIR"), "/sparse_union_stack.rs"));
}

fn main() {
    agree();
    divan::main();
}

/// Every contender of a group gives the same answer for every code of the
/// group's inputs: the groups time one function, written several ways.
fn agree() {
    use stack::sparse_union_stack::Union as SparseU;
    use stack::xlink_stack::{BadRequest, Union as XlinkU};
    for &c in &sparse_2000::codes("cold") {
        let want = et::Sparse::from_code(c).map(et::Sparse::code);
        assert_eq!(stack::Sparse::hand_from_code(c).map(u32::from), want);
        assert_eq!(stack::Sparse::try_from(c).ok().map(u32::from), want);
        assert_eq!(stack::Sparse::from_repr(c).map(u32::from), want);
        assert_eq!(et::Sparse::from_code_phf(c).map(et::Sparse::code), want);
    }
    for &c in &sparse_2000_union::codes("cold") {
        use et::sparse_union::SparseUnion as U;
        let want = U::from_code(c).map(U::code);
        assert_eq!(U::from_code_by_family(c).map(U::code), want);
        assert_eq!(U::from_code_by_family_phf(c).map(U::code), want);
        for other in [
            SparseU::hand_from_code,
            SparseU::from_code_by_status,
            SparseU::from_code_num_enum,
            SparseU::from_code_strum,
        ] {
            assert_eq!(other(c).map(SparseU::code), want);
        }
    }
    for &c in &xlink_family::codes("cold") {
        let want = et::xlink::BadRequest::from_code(c).map(et::xlink::BadRequest::code);
        assert_eq!(BadRequest::hand_from_code(c).map(u32::from), want);
        assert_eq!(BadRequest::try_from(c).ok().map(u32::from), want);
        assert_eq!(BadRequest::from_repr(c).map(u32::from), want);
    }
    for &c in &xlink_union::codes("cold") {
        use et::xlink::XlinkError as U;
        let want = U::from_code(c).map(U::code);
        assert_eq!(U::from_code_by_family(c).map(U::code), want);
        for other in [
            XlinkU::hand_from_code,
            XlinkU::from_code_by_status,
            XlinkU::from_code_num_enum,
            XlinkU::from_code_strum,
        ] {
            assert_eq!(other(c).map(XlinkU::code), want);
        }
    }
}

/// Runs `lookup` on every code of `codes`, keeping each result.
fn run<T>(bencher: Bencher, codes: &[u32], lookup: impl Fn(u32) -> T) {
    bencher.counter(ItemsCount::new(ITEMS)).bench_local(|| {
        for _ in 0..rounds(codes.len()) {
            for &code in black_box(codes) {
                black_box(lookup(code));
            }
        }
    });
}

/// One family of 2,000 sparse codes (`Sparse`).
#[divan::bench_group]
mod sparse_2000 {
    use super::*;
    use stack::Sparse as S;
    use strum::IntoEnumIterator as _;

    pub(super) fn codes(n: &str) -> Vec<u32> {
        let all: Vec<u32> = et::Sparse::ALL.iter().map(|e| e.code()).collect();
        mixed_codes(&all, 1, batch(n))
    }

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run(b, &codes(n), et::Sparse::from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_match(b: Bencher, n: &str) {
        run(b, &codes(n), S::hand_from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn num_enum(b: Bencher, n: &str) {
        run(b, &codes(n), |c| S::try_from(c).ok());
    }

    #[divan::bench(args = INPUTS)]
    fn proto_phf(b: Bencher, n: &str) {
        run(b, &codes(n), et::Sparse::from_code_phf);
    }

    #[divan::bench(args = INPUTS)]
    fn strum_from_repr(b: Bencher, n: &str) {
        run(b, &codes(n), S::from_repr);
    }

    #[divan::bench(args = INPUTS)]
    fn hash_map(b: Bencher, n: &str) {
        let map: HashMap<u32, S> = S::iter().map(|e| (u32::from(e), e)).collect();
        run(b, &codes(n), |c| map.get(&c).copied());
    }
}

/// The same 2,000 codes as eleven families (one per HTTP status) in a union.
#[divan::bench_group]
mod sparse_2000_union {
    use super::*;
    use et::sparse_union::SparseUnion as U;
    use stack::sparse_union_stack::Union as S;

    pub(super) fn codes(n: &str) -> Vec<u32> {
        let all: Vec<u32> = et::sparse_union::SparseUnion::ALL
            .iter()
            .map(|e| e.code())
            .collect();
        mixed_codes(&all, 2, batch(n))
    }

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run(b, &codes(n), et::sparse_union::SparseUnion::from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_match(b: Bencher, n: &str) {
        run(b, &codes(n), S::hand_from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn num_enum_by_status(b: Bencher, n: &str) {
        run(b, &codes(n), S::from_code_by_status);
    }

    #[divan::bench(args = INPUTS)]
    fn proto_by_family(b: Bencher, n: &str) {
        run(b, &codes(n), U::from_code_by_family);
    }

    #[divan::bench(args = INPUTS)]
    fn proto_by_family_phf(b: Bencher, n: &str) {
        run(b, &codes(n), U::from_code_by_family_phf);
    }

    #[divan::bench(args = INPUTS)]
    fn num_enum_each_family(b: Bencher, n: &str) {
        run(b, &codes(n), S::from_code_num_enum);
    }

    #[divan::bench(args = INPUTS)]
    fn strum_each_family(b: Bencher, n: &str) {
        run(b, &codes(n), S::from_code_strum);
    }

    #[divan::bench(args = INPUTS)]
    fn hash_map(b: Bencher, n: &str) {
        let map: HashMap<u32, S> = et::sparse_union::SparseUnion::ALL
            .iter()
            .map(|e| (e.code(), S::hand_from_code(e.code()).unwrap()))
            .collect();
        run(b, &codes(n), |c| map.get(&c).copied());
    }
}

/// Xlink's 400 family (49 codes, 4001001..=4001051 with two gaps).
#[divan::bench_group]
mod xlink_family {
    use super::*;
    use stack::xlink_stack::BadRequest as S;
    use strum::IntoEnumIterator as _;

    pub(super) fn codes(n: &str) -> Vec<u32> {
        let all: Vec<u32> = et::xlink::BadRequest::ALL
            .iter()
            .map(|e| e.code())
            .collect();
        mixed_codes(&all, 3, batch(n))
    }

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run(b, &codes(n), et::xlink::BadRequest::from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_match(b: Bencher, n: &str) {
        run(b, &codes(n), S::hand_from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn num_enum(b: Bencher, n: &str) {
        run(b, &codes(n), |c| S::try_from(c).ok());
    }

    #[divan::bench(args = INPUTS)]
    fn strum_from_repr(b: Bencher, n: &str) {
        run(b, &codes(n), S::from_repr);
    }

    #[divan::bench(args = INPUTS)]
    fn hash_map(b: Bencher, n: &str) {
        let map: HashMap<u32, S> = S::iter().map(|e| (u32::from(e), e)).collect();
        run(b, &codes(n), |c| map.get(&c).copied());
    }
}

/// Xlink's four families (82 codes) in the union `XlinkError`.
#[divan::bench_group]
mod xlink_union {
    use super::*;
    use et::xlink::XlinkError as U;
    use stack::xlink_stack::Union as S;

    pub(super) fn codes(n: &str) -> Vec<u32> {
        let all: Vec<u32> = et::xlink::XlinkError::ALL
            .iter()
            .map(|e| e.code())
            .collect();
        mixed_codes(&all, 4, batch(n))
    }

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run(b, &codes(n), et::xlink::XlinkError::from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_match(b: Bencher, n: &str) {
        run(b, &codes(n), S::hand_from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn num_enum_by_status(b: Bencher, n: &str) {
        run(b, &codes(n), S::from_code_by_status);
    }

    #[divan::bench(args = INPUTS)]
    fn proto_by_family(b: Bencher, n: &str) {
        run(b, &codes(n), U::from_code_by_family);
    }

    #[divan::bench(args = INPUTS)]
    fn num_enum_each_family(b: Bencher, n: &str) {
        run(b, &codes(n), S::from_code_num_enum);
    }

    #[divan::bench(args = INPUTS)]
    fn strum_each_family(b: Bencher, n: &str) {
        run(b, &codes(n), S::from_code_strum);
    }

    #[divan::bench(args = INPUTS)]
    fn hash_map(b: Bencher, n: &str) {
        let map: HashMap<u32, S> = et::xlink::XlinkError::ALL
            .iter()
            .map(|e| (e.code(), S::hand_from_code(e.code()).unwrap()))
            .collect();
        run(b, &codes(n), |c| map.get(&c).copied());
    }
}
