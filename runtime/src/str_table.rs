//! The comparisons of the lookup of string codes (`from_code(&str)` of a
//! string family). Its direct table reads the text as its length and four
//! [`words`], which are the whole text up to 32 bytes, and a key of three of
//! them picks a slot (`hash.rs`); the slot names one entry, the same four
//! words and length of a code, and the text is that code when all five are
//! equal (and, past 32 bytes, the rest of the bytes). No comparison loop for
//! codes up to 32 bytes, and no branch between a hit and a miss: the empty
//! slot's entry matches no text. A family whose codes the words cannot tell
//! apart looks its text up through a perfect hash of every byte, then
//! compares it with one code by [`str_eq`].

use crate::hash::{word, words};

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

#[cfg(test)]
mod tests {
    use super::{StrEntry, found};
    use crate::hash::words;

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
