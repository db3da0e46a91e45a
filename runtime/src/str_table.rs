//! The run-time half of the lookup of string codes (`from_code(&str)` of a
//! string family): the text is read as its length and four words, which are
//! the whole text up to 32 bytes. Three of the words give a key whose top
//! bits index a table of one byte per slot (the macro chose the seed so that
//! every code of the family has a slot of its own: `error-table-macros`,
//! `perfect_hash.rs`, computes the same key). The slot names one entry, the
//! same four words and length of a code, and the text is that code when all
//! five are equal (and, past 32 bytes, the rest of the bytes).
//!
//! No comparison loop for codes up to 32 bytes, and no branch between a hit
//! and a miss: the empty slot's entry matches no text.

use crate::perfect_hash::{STR_MIX, half, word};

/// The length and the four words of a code, as [`found`] compares them.
#[derive(Clone, Copy, Debug)]
pub struct StrEntry {
    words: [u64; 4],
    len: usize,
}

impl StrEntry {
    /// The entry of an empty slot: no text is `usize::MAX` bytes long.
    pub const EMPTY: StrEntry = StrEntry {
        words: [0; 4],
        len: usize::MAX,
    };

    /// The entry of `code`.
    #[must_use]
    pub const fn of(code: &str) -> StrEntry {
        StrEntry {
            words: words(code),
            len: code.len(),
        }
    }
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

/// Multipliers of the key (odd: each product is a bijection); the second
/// word's is the string hash's `STR_MIX`.
const FIRST: u64 = 0xd6e8_feb8_6659_fd93;
const LAST: u64 = 0xa076_1d64_78bd_642f;

/// The key of a text from its [`words`] and length, with a seed: three
/// multiplications that do not wait for each other. Its top bits are the
/// slot.
#[inline]
#[must_use]
pub const fn key(words: &[u64; 4], len: usize, seed: u64) -> u64 {
    ((words[0] ^ seed).wrapping_mul(FIRST) ^ (words[3] ^ len as u64).wrapping_mul(LAST))
        .wrapping_add(words[1].wrapping_mul(STR_MIX))
}

/// Whether `text`, read as `words`, is the code of `entry` (`code`, its
/// text, is read only past 32 bytes).
#[inline]
#[must_use]
pub const fn found(entry: &StrEntry, words: &[u64; 4], text: &str, code: &str) -> bool {
    let len = text.len();
    let diff = (entry.len ^ len) as u64
        | (entry.words[0] ^ words[0])
        | (entry.words[1] ^ words[1])
        | (entry.words[2] ^ words[2])
        | (entry.words[3] ^ words[3]);
    if diff == 0 && len > 32 {
        return rest_equal(text.as_bytes(), code.as_bytes());
    }
    diff == 0
}

/// The bytes `24..len - 8` of two texts of one length above 32, which the
/// words leave out.
const fn rest_equal(a: &[u8], b: &[u8]) -> bool {
    let end = a.len() - 8;
    let mut diff = 0;
    let mut at = 24;
    while at < end {
        diff |= word(a, at) ^ word(b, at);
        at += 8;
    }
    diff == 0
}

#[cfg(test)]
mod tests {
    use super::{StrEntry, found, words};

    /// Every pair of texts of up to 40 bytes over two letters: found exactly
    /// when equal, so the words and the tail cover every byte.
    #[test]
    fn found_is_equality() {
        let texts: [&str; 14] = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcdefg",
            "abcdefgh",
            "abcdefghijklmnopq",
            "abcdefghijklmnopqrstuvwxyz012345",
            "abcdefghijklmnopqrstuvwxyz0123456",
            "abcdefghijklmnopqrstuvwxyz0123456789abcd",
            "abcdefghijklmnopqrstuvwxyz0123456789abce",
            "abcdefghijklmnopqrstuvwxyZ0123456789abcd",
            "abcdefghijklmnopqrstuvwxyz012345678xabcd",
        ];
        for a in texts {
            // Each byte changed in turn is a miss.
            for at in 0..a.len() {
                let mut b = a.as_bytes().to_vec();
                b[at] ^= 1;
                let b = core::str::from_utf8(&b).unwrap();
                assert!(!found(&StrEntry::of(a), &words(b), b, a), "{a} / {b}");
            }
            for b in texts {
                assert_eq!(
                    found(&StrEntry::of(a), &words(b), b, a),
                    a == b,
                    "{a} / {b}"
                );
            }
            assert!(!found(&StrEntry::EMPTY, &words(a), a, ""));
        }
    }
}
