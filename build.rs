//! Writes the large tables of `tests/test_perfect_hash.rs` to `OUT_DIR`:
//! hundreds of random codes are a generator's job, not a page of written-out
//! variants. The generator is deterministic (a fixed-seed xorshift, as in
//! `benches/build.rs`), so every build tests the same tables.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let out = env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let tables = sparse(&mut rng) + &wide(&mut rng) + &large(&mut rng);
    fs::write(Path::new(&out).join("perfect_hash_tables.rs"), tables).expect("OUT_DIR is writable");
}

/// 300 codes `status * 10^4 + sub` over eight HTTP statuses, in the order
/// drawn (not sorted), each with a message that names its code and index.
fn sparse(rng: &mut Rng) -> String {
    const STATUSES: [u64; 8] = [400, 401, 403, 404, 409, 429, 500, 503];
    let codes = distinct(300, Vec::new(), || {
        STATUSES[rng.below(8) as usize] * 10_000 + 1_000 + rng.below(200)
    });
    let mut out = String::from(
        "/// 300 codes over eight HTTP statuses, declared out of order.\n\
         #[error_table(http = split(4), name = \"sparse\")]\npub enum Sparse {\n",
    );
    for (i, code) in codes.iter().enumerate() {
        let _ = writeln!(
            out,
            "    /// 错误 {code}: message {i}\n    E{code} = {code},"
        );
    }
    out + "}\n"
}

/// 5,000 codes `status * 10^4 + sub`: past the 4,096 codes up to which
/// `from_code` reads `ALL`, so its index goes through a `match` instead.
fn large(rng: &mut Rng) -> String {
    const STATUSES: [u64; 4] = [400, 404, 500, 503];
    let codes = distinct(5_000, Vec::new(), || {
        STATUSES[rng.below(4) as usize] * 10_000 + rng.below(10_000)
    });
    let mut out = String::from(
        "/// 5,000 codes over four HTTP statuses, declared out of order.\n\
         #[error_table(http = split(4), name = \"large\")]\npub enum Large {\n",
    );
    for code in &codes {
        let _ = writeln!(out, "    /// large {code}\n    L{code} = {code},");
    }
    out + "}\n"
}

/// 100 codes all over `i64`: both ends, -1, 0 and 1, among random ones.
fn wide(rng: &mut Rng) -> String {
    let ends = [i64::MIN, -1, 0, 1, i64::MAX];
    let codes = distinct(100, ends.to_vec(), || rng.next() as i64);
    let mut out = String::from(
        "/// 100 codes all over `i64`, both ends included.\n\
         #[error_table]\n#[repr(i64)]\npub enum Wide {\n",
    );
    for (i, code) in codes.iter().enumerate() {
        let sign = if *code < 0 { 'N' } else { 'P' };
        let abs = code.unsigned_abs();
        let _ = writeln!(out, "    #[msg(\"wide {i}\")]\n    {sign}{abs} = {code},");
    }
    out + "}\n"
}

/// `n` distinct values: `first`, then draws of `draw` not seen before.
fn distinct<T: PartialEq>(n: usize, first: Vec<T>, mut draw: impl FnMut() -> T) -> Vec<T> {
    let mut values = first;
    while values.len() < n {
        let value = draw();
        if !values.contains(&value) {
            values.push(value);
        }
    }
    values
}

/// xorshift64*, fixed seed: the same tables on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}
