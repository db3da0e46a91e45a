//! The comparisons of the lookup of string codes (`from_code(&str)` of a
//! string family). Its direct table reads the text as its length and four
//! [`words`], which are the whole text up to 32 bytes, and a key of three of
//! them picks a slot (`hash.rs`); the slot names one entry, the same four
//! words and length of a code, and the text is that code when the
//! [`StrEntry::diff`] of all five is 0 (and, past 32 bytes, the
//! [`rest_diff`] of the other bytes). No comparison loop for codes up to 32
//! bytes, and no branch between a hit and a miss: the empty slot's entry
//! matches no text, and the caller selects its answer by the difference. A
//! family whose codes the words cannot tell apart looks its text up through
//! a perfect hash of every byte, then compares it with one code by
//! [`str_eq`].

use crate::hash::{word, words};

/// The length and the four words of a code, as [`StrEntry::diff`] compares
/// them.
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

    /// 0 when a text of `len` bytes read as `words` is this entry's code, as
    /// far as the words go (the first 32 bytes; past them, see
    /// [`rest_diff`]); otherwise not 0. Five XORs and no branch.
    #[inline]
    #[must_use]
    pub const fn diff(&self, words: &[u64; 4], len: usize) -> u64 {
        (self.len ^ len) as u64
            | (self.words[0] ^ words[0])
            | (self.words[1] ^ words[1])
            | (self.words[2] ^ words[2])
            | (self.words[3] ^ words[3])
    }
}

/// The bytes of `text` from 24 to its last eight, which its words leave out,
/// against the same bytes of `code`: 0 when they are equal (always, up to 32
/// bytes). Read where `code` is too short as its last eight bytes (or
/// nothing): then the lengths differ, and [`StrEntry::diff`] is not 0
/// anyway. One loop whose trip count follows the length of `text`, and no
/// branch on the bytes.
#[inline]
#[must_use]
pub const fn rest_diff(text: &str, code: &str) -> u64 {
    let (text, code) = (text.as_bytes(), code.as_bytes());
    let code_last = code.len().saturating_sub(8);
    let mut diff = 0;
    let mut at = 24;
    while at + 8 < text.len() {
        let code_at = if at < code_last { at } else { code_last };
        diff |= word(text, at) ^ word(code, code_at);
        at += 8;
    }
    diff
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
    use super::{StrEntry, rest_diff};
    use crate::hash::words;

    /// Whether `text` is `code` by the entry and the rest, as a lookup asks.
    fn same(code: &str, text: &str) -> bool {
        StrEntry::of(code).diff(&words(text), text.len()) | rest_diff(text, code) == 0
    }

    /// Every pair of texts of up to 40 bytes over two letters: the same
    /// exactly when equal, so the words and the rest cover every byte.
    #[test]
    fn diff_is_equality() {
        let texts: [&str; 16] = [
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
            "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz",
            "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyZ",
        ];
        for a in texts {
            // Each byte changed in turn is a miss.
            for at in 0..a.len() {
                let mut b = a.as_bytes().to_vec();
                b[at] ^= 1;
                let b = core::str::from_utf8(&b).unwrap();
                assert!(!same(a, b), "{a} / {b}");
            }
            for b in texts {
                assert_eq!(same(a, b), a == b, "{a} / {b}");
            }
            assert_ne!(StrEntry::EMPTY.diff(&words(a), a.len()), 0);
        }
    }
}
