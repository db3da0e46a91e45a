//! The keys of the perfect hashes that large sparse families and string
//! families look their codes up with. The macro chooses seeds and pilots
//! with these functions when it expands, and the code it generates calls
//! them at run time: this one file is compiled into both crates
//! (`error-table-macros` reads it through its `src/hash.rs`, a symlink to
//! this file), so the two halves cannot compute different keys.
//!
//! `const fn`s over `core` only: the runtime is `no_std`, and generated
//! lookups are `const`.

/// Mixes a key with the seed (a bijection on `u64`: distinct codes stay
/// distinct).
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
/// Spreads a pilot over the 64 bits.
const PILOT: u64 = 0xc2b2_ae3d_27d4_eb4f;
/// Mixes again once the pilot is in.
const FINAL: u64 = 0x1656_67b1_9e37_79f9;
/// Multiplier of the string hash (odd, so each step is a bijection).
const STR_MIX: u64 = 0x9fb2_1c65_1e98_df25;

/// `h` mapped onto `0..n` by its high half, without a division.
#[inline]
const fn reduce(h: u64, n: usize) -> usize {
    // n is a table length, far below 2^32, so the product fits in 64 bits
    // and the result is below n.
    (((h >> 32) * n as u64) >> 32) as usize
}

/// A code as `u64` mixed with the seed: what [`bucket`] and [`place`] read.
#[inline]
#[must_use]
pub const fn mix(key: u64, seed: u64) -> u64 {
    (key ^ seed).wrapping_mul(MIX)
}

/// The bucket of a [`mix`]ed key among `buckets`: which pilot it takes.
#[inline]
#[must_use]
pub const fn bucket(mixed: u64, buckets: usize) -> usize {
    reduce(mixed, buckets)
}

/// The slot of a [`mix`]ed key among `slots`, with its bucket's pilot.
#[inline]
#[must_use]
pub const fn place(mixed: u64, pilot: u16, slots: usize) -> usize {
    reduce(
        (mixed ^ (pilot as u64).wrapping_mul(PILOT)).wrapping_mul(FINAL),
        slots,
    )
}

/// The slot of `key` (a code as `u64`) in a table of `slots` entries, with
/// the `seed` and one pilot per bucket that the macro chose so that every
/// code of the family has a slot of its own. Three multiplications and one
/// load; never panics (`pilots` is never empty, and the result is below
/// `slots`).
#[inline]
#[must_use]
pub const fn slot(key: u64, seed: u64, pilots: &[u16], slots: usize) -> usize {
    let mixed = mix(key, seed);
    place(mixed, pilots[bucket(mixed, pilots.len())], slots)
}

/// The bytes `from..from + 8` of `bytes` as a little-endian word (the caller
/// keeps `from + 8 <= bytes.len()`).
#[inline]
#[must_use]
pub const fn word(bytes: &[u8], from: usize) -> u64 {
    let (_, rest) = bytes.split_at(from);
    match rest.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => 0,
    }
}

/// The bytes `from..from + 4` of `bytes` as a little-endian word.
#[inline]
const fn half(bytes: &[u8], from: usize) -> u64 {
    let (_, rest) = bytes.split_at(from);
    match rest.first_chunk::<4>() {
        Some(chunk) => u32::from_le_bytes(*chunk) as u64,
        None => 0,
    }
}

/// The key of a string code for [`slot`]: a 64-bit hash of every byte,
/// read eight at a time (the last word overlapping the one before), with a
/// seed the macro chose so that the family's codes get distinct keys. As
/// fast as the text is short: one multiplication per eight bytes.
#[inline]
#[must_use]
pub const fn str_key(text: &str, seed: u64) -> u64 {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let h = (seed ^ len as u64).wrapping_mul(STR_MIX);
    if len <= 8 {
        // The first of the sampled words holds every byte of a short text.
        return (h ^ words(text)[0]).wrapping_mul(STR_MIX);
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

/// Four little-endian words of `text`: the bytes from 0, 8, 16 and the last
/// eight (the middle two moved back to overlap the last one in a shorter
/// text). With the length, they are the whole of a text of up to 32 bytes;
/// below eight bytes the first word holds every byte and the others are 0.
#[inline]
#[must_use]
pub const fn words(text: &str) -> [u64; 4] {
    let bytes = text.as_bytes();
    let len = bytes.len();
    if len >= 8 {
        let last = len - 8;
        let second = if last < 8 { last } else { 8 };
        let third = if last < 16 { last } else { 16 };
        [
            word(bytes, 0),
            word(bytes, second),
            word(bytes, third),
            word(bytes, last),
        ]
    } else if len >= 4 {
        [half(bytes, 0) | half(bytes, len - 4) << 32, 0, 0, 0]
    } else if len > 0 {
        let first = bytes[0] as u64;
        [
            first | (bytes[len / 2] as u64) << 8 | (bytes[len - 1] as u64) << 16,
            0,
            0,
            0,
        ]
    } else {
        [0; 4]
    }
}

/// The key of a text from its [`words`] and length: the sum of the first
/// word, twice the second, four times the last and the length (two `lea`s),
/// times a `multiplier` the macro chose (odd, so the product keeps every bit
/// of the sum). Its top bits are the slot of a string family's direct table;
/// the lookup reads the words anyway, to compare them. One multiplication
/// where there were three: run S14 in BENCHMARKS.md.
#[inline]
#[must_use]
pub const fn words_key(words: &[u64; 4], len: usize, multiplier: u64) -> u64 {
    words[0]
        .wrapping_add(words[1].wrapping_mul(2))
        .wrapping_add(words[3].wrapping_mul(4))
        .wrapping_add(len as u64)
        .wrapping_mul(multiplier)
}
