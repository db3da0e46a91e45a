//! The run-time half of the perfect hash that large sparse families use for
//! `from_code`, `message` and `name`: the macro picks the seed and the
//! pilots when it expands (`error-table-macros`, `perfect_hash.rs`), and the
//! generated code calls [`slot`] with them. The two halves must compute the
//! same function; the seed tables of the repository's tests check that they
//! do, code for code.

/// Mixes a key with the seed (a bijection on `u64`: distinct codes stay
/// distinct).
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
/// Spreads a pilot over the 64 bits.
const PILOT: u64 = 0xc2b2_ae3d_27d4_eb4f;
/// Mixes again once the pilot is in.
const FINAL: u64 = 0x1656_67b1_9e37_79f9;

/// `h` mapped onto `0..n` by its high half, without a division.
#[inline]
const fn reduce(h: u64, n: usize) -> usize {
    // n is a table length, far below 2^32, so the product fits in 64 bits
    // and the result is below n.
    (((h >> 32) * n as u64) >> 32) as usize
}

/// The slot of `key` (a code as `u64`) in a table of `slots` entries, with
/// the `seed` and one pilot per bucket that the macro chose so that every
/// code of the family has a slot of its own. Three multiplications and one
/// load; never panics (`pilots` is never empty, and the result is below
/// `slots`).
#[inline]
#[must_use]
pub const fn slot(key: u64, seed: u64, pilots: &[u16], slots: usize) -> usize {
    let x = (key ^ seed).wrapping_mul(MIX);
    let pilot = pilots[reduce(x, pilots.len())] as u64;
    reduce((x ^ pilot.wrapping_mul(PILOT)).wrapping_mul(FINAL), slots)
}
