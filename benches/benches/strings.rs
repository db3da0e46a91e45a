//! String code -> enum on a real table of 149 string codes (Azure Storage's
//! `StorageErrorCode`, `data/azure_storage.txt`): error-table's const
//! `from_code(&str)` against a hand-written `match` on `&str`, strum's
//! `EnumString`, a `phf` map and a `HashMap<&str, _>`. Every iteration looks
//! up the same texts (64 read 1,024 times, "hot", or 65,536 read once,
//! "cold": [`INPUTS`]), half of them codes of the table and half not, in
//! random order (`mixed_strings`). Then `Display` and `code()` of the family.
//!
//! `cargo bench -p error-table-benches --bench strings`

#![allow(missing_docs)]

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr as _;

use divan::Bencher;
use divan::counter::ItemsCount;
use error_table_benches::{INPUTS, ITEMS, Sink, batch, mixed_strings, rounds, sample};

/// The table, declared with `#[error_table]`.
mod et {
    include!(concat!(env!("OUT_DIR"), "/azure_et.rs"));
}

/// The same table without error-table.
#[allow(dead_code)]
mod stack {
    include!(concat!(env!("OUT_DIR"), "/azure_stack.rs"));
}

fn main() {
    agree();
    divan::main();
}

fn texts(n: &str) -> Vec<String> {
    let all: Vec<&str> = et::Azure::ALL.iter().map(|e| e.code()).collect();
    mixed_strings(&all, 3, batch(n))
}

/// Every contender gives the same answer for every text.
fn agree() {
    assert_eq!(et::Azure::ALL.len(), 149);
    for text in &texts("cold") {
        let want = et::Azure::from_code(text).map(et::Azure::code);
        let name = |e: stack::Azure| -> &'static str { e.into() };
        assert_eq!(stack::Azure::hand_from_code(text).map(name), want);
        assert_eq!(stack::Azure::from_str(text).ok().map(name), want);
        assert_eq!(stack::AZURE_PHF.get(text.as_str()).copied().map(name), want);
    }
}

/// Runs `lookup` on every text of `texts`, keeping each result.
fn run<T>(bencher: Bencher, texts: &[String], lookup: impl Fn(&str) -> T) {
    bencher.counter(ItemsCount::new(ITEMS)).bench_local(|| {
        for _ in 0..rounds(texts.len()) {
            for text in black_box(texts) {
                black_box(lookup(text));
            }
        }
    });
}

/// Lookup of a received code, hits and misses.
#[divan::bench_group]
mod azure_149 {
    use super::*;
    use stack::Azure as S;
    use strum::IntoEnumIterator as _;

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run(b, &texts(n), et::Azure::from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_match(b: Bencher, n: &str) {
        run(b, &texts(n), S::hand_from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn strum_enum_string(b: Bencher, n: &str) {
        run(b, &texts(n), |t| S::from_str(t).ok());
    }

    #[divan::bench(args = INPUTS)]
    fn phf_map(b: Bencher, n: &str) {
        run(b, &texts(n), |t| stack::AZURE_PHF.get(t).copied());
    }

    #[divan::bench(args = INPUTS)]
    fn hash_map(b: Bencher, n: &str) {
        let map: HashMap<&'static str, S> = S::iter().map(|e| (e.into(), e)).collect();
        run(b, &texts(n), |t| map.get(t).copied());
    }
}

/// Hits only: the code of every text is in the table.
#[divan::bench_group]
mod azure_149_hits {
    use super::*;
    use stack::Azure as S;

    fn hits(n: &str) -> Vec<String> {
        sample(et::Azure::ALL, 4, batch(n))
            .iter()
            .map(|e| e.code().to_owned())
            .collect()
    }

    #[divan::bench(args = INPUTS)]
    fn error_table(b: Bencher, n: &str) {
        run(b, &hits(n), et::Azure::from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn hand_match(b: Bencher, n: &str) {
        run(b, &hits(n), S::hand_from_code);
    }

    #[divan::bench(args = INPUTS)]
    fn phf_map(b: Bencher, n: &str) {
        run(b, &hits(n), |t| stack::AZURE_PHF.get(t).copied());
    }
}

/// `code()` and `Display` into a buffer that does not allocate.
#[divan::bench_group]
mod azure_149_display {
    use super::*;

    #[divan::bench]
    fn error_table_display(b: Bencher) {
        let errors = sample(et::Azure::ALL, 5, ITEMS);
        let mut sink = Sink::new();
        b.counter(ItemsCount::new(ITEMS)).bench_local(|| {
            for e in black_box(&errors) {
                sink.clear();
                write!(sink, "{e}").unwrap();
            }
            black_box(sink.total)
        });
    }

    #[divan::bench]
    fn error_table_code(b: Bencher) {
        let errors = sample(et::Azure::ALL, 5, ITEMS);
        b.counter(ItemsCount::new(ITEMS)).bench_local(|| {
            for e in black_box(&errors) {
                black_box(e.code());
            }
        });
    }

    #[divan::bench]
    fn strum_into_static_str(b: Bencher) {
        let errors = sample(
            &<stack::Azure as strum::IntoEnumIterator>::iter().collect::<Vec<_>>(),
            5,
            ITEMS,
        );
        b.counter(ItemsCount::new(ITEMS)).bench_local(|| {
            for &e in black_box(&errors) {
                black_box(<&'static str>::from(e));
            }
        });
    }
}
