//! Enum -> text: error-table's `message()` and `Display` against strum's
//! `EnumMessage::get_message`, thiserror's `Display` and a hand-written
//! `match`, on the generated sparse table of 2,000 codes and on the Xlink
//! seed table (its union of four families). Every iteration reads the same
//! errors (64 read 1,024 times, "hot", or 65,536 read once, "cold": [`INPUTS`]) in random order.
//!
//! `Display` writes into a fixed buffer ([`Sink`]), which never allocates, so
//! the allocation columns (divan's `AllocProfiler`) show what the formatting
//! itself allocates: nothing. `to_string` allocates its `String` by
//! definition, for both.
//!
//! `cargo bench -p error-table-benches --bench message`

#![allow(missing_docs, clippy::wildcard_imports)]

use std::fmt::{self, Write as _};
use std::hint::black_box;

use divan::counter::ItemsCount;
use divan::{AllocProfiler, Bencher};
use error_table_benches::{INPUTS, ITEMS, Sink, batch, rounds, sample};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

/// The tables, declared with `#[error_table]` (the vendor's names kept).
#[allow(clippy::enum_variant_names)]
mod et {
    include!(concat!(env!("OUT_DIR"), "/xlink_et.rs"));
    include!(concat!(env!("OUT_DIR"), "/sparse_et.rs"));
}

/// The same tables without error-table.
#[allow(dead_code, clippy::enum_variant_names)]
mod stack {
    include!(concat!(env!("OUT_DIR"), "/xlink_stack.rs"));
    include!(concat!(env!("OUT_DIR"), "/sparse_stack.rs"));
}

fn main() {
    agree();
    divan::main();
}

/// Every contender of a group gives the same text for every error of the
/// group's inputs: the groups time one function, written several ways.
fn agree() {
    use strum::EnumMessage as _;
    let (errors, same) = sparse("cold");
    for (&e, &s) in errors.iter().zip(&same) {
        let want = e.message();
        assert_eq!(s.get_message(), Some(want));
        assert_eq!(s.hand_message(), want);
        assert_eq!(e.to_string(), want);
        assert_eq!(s.to_string(), want);
    }
    let (errors, same) = xlink("cold");
    for (&e, &s) in errors.iter().zip(&same) {
        let want = e.message();
        assert_eq!(s.message(), Some(want));
        assert_eq!(e.to_string(), want);
        assert_eq!(s.to_string(), want);
    }
}

/// Runs `f` on every error of `errors`, keeping each result.
fn run<E: Copy, T>(bencher: Bencher, errors: &[E], f: impl Fn(E) -> T) {
    bencher.counter(ItemsCount::new(ITEMS)).bench_local(|| {
        for _ in 0..rounds(errors.len()) {
            for &error in black_box(errors) {
                black_box(f(error));
            }
        }
    });
}

/// Formats every error of `errors` into a fixed buffer.
fn run_display<E: fmt::Display>(bencher: Bencher, errors: &[E]) {
    let mut sink = Sink::new();
    bencher.counter(ItemsCount::new(ITEMS)).bench_local(|| {
        for _ in 0..rounds(errors.len()) {
            for error in black_box(errors) {
                sink.clear();
                write!(sink, "{error}").unwrap();
                black_box(&sink);
            }
        }
    });
}

/// `to_string` of every error of `errors`.
fn run_to_string<E: fmt::Display>(bencher: Bencher, errors: &[E]) {
    bencher.counter(ItemsCount::new(ITEMS)).bench_local(|| {
        for _ in 0..rounds(errors.len()) {
            for error in black_box(errors) {
                black_box(error.to_string());
            }
        }
    });
}

/// The errors of the sparse table, the error-table way, and the same errors
/// the stack way.
fn sparse(kind: &str) -> (Vec<et::Sparse>, Vec<stack::Sparse>) {
    let errors = sample(et::Sparse::ALL, 1, batch(kind));
    let same = errors
        .iter()
        .map(|e| stack::Sparse::hand_from_code(e.code()).unwrap())
        .collect();
    (errors, same)
}

/// The errors of the Xlink union, both ways.
fn xlink(kind: &str) -> (Vec<et::xlink::XlinkError>, Vec<stack::xlink_stack::Union>) {
    let errors = sample(et::xlink::XlinkError::ALL, 2, batch(kind));
    let same = errors
        .iter()
        .map(|e| stack::xlink_stack::Union::hand_from_code(e.code()).unwrap())
        .collect();
    (errors, same)
}

/// `message()` of one family of 2,000 sparse codes.
#[divan::bench_group]
mod message_sparse_2000 {
    use super::*;
    use strum::EnumMessage as _;

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run(b, &sparse(n).0, et::Sparse::message);
    }

    #[divan::bench(args = INPUTS)]
    fn strum_get_message(b: Bencher, n: &str) {
        run(b, &sparse(n).1, |e| e.get_message());
    }

    #[divan::bench(args = INPUTS)]
    fn hand_match(b: Bencher, n: &str) {
        run(b, &sparse(n).1, stack::Sparse::hand_message);
    }
}

/// `Display` of one family of 2,000 sparse codes, into a fixed buffer.
#[divan::bench_group]
mod display_sparse_2000 {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run_display(b, &sparse(n).0);
    }

    #[divan::bench(args = INPUTS)]
    fn thiserror(b: Bencher, n: &str) {
        run_display(b, &sparse(n).1);
    }
}

/// `to_string()` of one family of 2,000 sparse codes (allocates the `String`).
#[divan::bench_group]
mod to_string_sparse_2000 {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run_to_string(b, &sparse(n).0);
    }

    #[divan::bench(args = INPUTS)]
    fn thiserror(b: Bencher, n: &str) {
        run_to_string(b, &sparse(n).1);
    }
}

/// `message()` of the Xlink union (82 codes in four families).
#[divan::bench_group]
mod message_xlink_union {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run(b, &xlink(n).0, et::xlink::XlinkError::message);
    }

    #[divan::bench(args = INPUTS)]
    fn strum_get_message(b: Bencher, n: &str) {
        run(b, &xlink(n).1, stack::xlink_stack::Union::message);
    }
}

/// `Display` of the Xlink union, into a fixed buffer.
#[divan::bench_group]
mod display_xlink_union {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run_display(b, &xlink(n).0);
    }

    #[divan::bench(args = INPUTS)]
    fn thiserror(b: Bencher, n: &str) {
        run_display(b, &xlink(n).1);
    }
}

/// `to_string()` of the Xlink union.
#[divan::bench_group]
mod to_string_xlink_union {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run_to_string(b, &xlink(n).0);
    }

    #[divan::bench(args = INPUTS)]
    fn thiserror(b: Bencher, n: &str) {
        run_to_string(b, &xlink(n).1);
    }
}
