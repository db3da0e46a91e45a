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

/// Multiplier of the string hash (odd, so each step is a bijection).
pub(crate) const STR_MIX: u64 = 0x9fb2_1c65_1e98_df25;

/// The bytes `from..from + 8` of `bytes` as a little-endian word (the caller
/// keeps `from + 8 <= bytes.len()`).
#[inline]
pub(crate) const fn word(bytes: &[u8], from: usize) -> u64 {
    let (_, rest) = bytes.split_at(from);
    match rest.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => 0,
    }
}

/// The bytes `from..from + 4` of `bytes` as a little-endian word.
#[inline]
pub(crate) const fn half(bytes: &[u8], from: usize) -> u64 {
    let (_, rest) = bytes.split_at(from);
    match rest.first_chunk::<4>() {
        Some(chunk) => u32::from_le_bytes(*chunk) as u64,
        None => 0,
    }
}

/// The key of a string code for [`slot`]: a 64-bit hash of its bytes, read
/// eight at a time (the last word overlapping the one before), with a seed
/// the macro chose so that the family's codes get distinct keys. As fast as
/// the text is short: one multiplication per eight bytes.
#[inline]
#[must_use]
pub const fn str_key(text: &str, seed: u64) -> u64 {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let h = (seed ^ len as u64).wrapping_mul(STR_MIX);
    if len <= 8 {
        // The first of the sampled words holds every byte of a short text.
        return (h ^ crate::str_table::words(text)[0]).wrapping_mul(STR_MIX);
    }
    let mut h = h;
    let mut at = 0;
    while at + 8 < len {
        h = (h ^ word(bytes, at)).wrapping_mul(STR_MIX);
        h ^= h >> 29;
        at += 8;
    }
    (h ^ word(bytes, len - 8)).wrapping_mul(STR_MIX)
}

/// Whether two strings are equal, in a `const fn` (`==` on `str` is not
/// `const`): the length, then eight bytes at a time, the differences gathered
/// and tested once (one branch for a code of any length).
#[inline]
#[must_use]
pub const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if len < 8 {
        let mut i = 0;
        while i < len {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        return true;
    }
    let mut diff = word(a, len - 8) ^ word(b, len - 8);
    let mut at = 0;
    while at + 8 < len {
        diff |= word(a, at) ^ word(b, at);
        at += 8;
    }
    diff == 0
}
