//! The compile-time half of the perfect hash of large sparse families
//! (hash and displace, one pilot per bucket, as in PTHash): finds a seed and
//! the pilots that give every code a slot of its own. The run-time half,
//! `error_table::__private::perfect_hash_slot`, computes the same function.

/// Must equal the constants of the runtime's `perfect_hash.rs`.
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
const PILOT: u64 = 0xc2b2_ae3d_27d4_eb4f;
const FINAL: u64 = 0x1656_67b1_9e37_79f9;

/// Seeds tried before giving up (the first one almost always works).
const SEEDS: u64 = 64;

/// The `i`-th seed: splitmix64 of `i`, so every bit of the key is mixed
/// with a different value for each seed. (Seeds `0..64` XORed only the low
/// six bits: a code set closed under `^ 0..64` looked the same to all of
/// them, and one that defeated the first defeated every one.)
fn seed(i: u64) -> u64 {
    let mut z = i.wrapping_add(1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A perfect hash of a family's codes.
pub struct PerfectHash {
    pub seed: u64,
    /// One pilot per bucket, about one bucket per three codes.
    pub pilots: Vec<u16>,
    /// For each slot, the index of the code that lands there, if any.
    pub slots: Vec<Option<usize>>,
}

fn reduce(h: u64, n: usize) -> usize {
    // As in the runtime: n is far below 2^32.
    usize::try_from(((h >> 32) * n as u64) >> 32).unwrap_or(0)
}

fn mixed(key: u64, seed: u64) -> u64 {
    (key ^ seed).wrapping_mul(MIX)
}

fn slot_of(x: u64, pilot: u16, slots: usize) -> usize {
    reduce(
        (x ^ u64::from(pilot).wrapping_mul(PILOT)).wrapping_mul(FINAL),
        slots,
    )
}

/// Must equal the runtime's `STR_MIX`.
const STR_MIX: u64 = 0x9fb2_1c65_1e98_df25;

fn word(bytes: &[u8], from: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[from..from + 8]);
    u64::from_le_bytes(word)
}

fn half(bytes: &[u8], from: usize) -> u64 {
    let mut half = [0u8; 4];
    half.copy_from_slice(&bytes[from..from + 4]);
    u64::from(u32::from_le_bytes(half))
}

/// The key of a string code, as the runtime's `str_key` computes it.
pub fn str_key(text: &str, seed: u64) -> u64 {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut h = (seed ^ len as u64).wrapping_mul(STR_MIX);
    if len <= 8 {
        // The first of the sampled words holds every byte of a short text.
        return (h ^ str_words(text)[0]).wrapping_mul(STR_MIX);
    }
    let mut at = 0;
    while at + 8 < len {
        h = (h ^ word(bytes, at)).wrapping_mul(STR_MIX);
        h ^= h >> 29;
        at += 8;
    }
    (h ^ word(bytes, len - 8)).wrapping_mul(STR_MIX)
}

/// Must equal the multipliers of the runtime's `str_table.rs` (the second
/// word's is `STR_MIX`).
const FIRST: u64 = 0xd6e8_feb8_6659_fd93;
const LAST: u64 = 0xa076_1d64_78bd_642f;

/// The four words of a string code, as the runtime's `str_words` reads them.
fn str_words(text: &str) -> [u64; 4] {
    let bytes = text.as_bytes();
    let len = bytes.len();
    if len >= 8 {
        let last = len - 8;
        [
            word(bytes, 0),
            word(bytes, last.min(8)),
            word(bytes, last.min(16)),
            word(bytes, last),
        ]
    } else if len >= 4 {
        [half(bytes, 0) | half(bytes, len - 4) << 32, 0, 0, 0]
    } else if len > 0 {
        let first = u64::from(bytes[0]);
        [
            first | u64::from(bytes[len / 2]) << 8 | u64::from(bytes[len - 1]) << 16,
            0,
            0,
            0,
        ]
    } else {
        [0; 4]
    }
}

/// The sampled key of a string code, as the runtime's `str_words_key`
/// computes it from the words.
pub fn str_sample(text: &str, seed: u64) -> u64 {
    let words = str_words(text);
    ((words[0] ^ seed).wrapping_mul(FIRST) ^ (words[3] ^ text.len() as u64).wrapping_mul(LAST))
        .wrapping_add(words[1].wrapping_mul(STR_MIX))
}

/// A table of `1 << bits` slots indexed by the top bits of the sampled key,
/// where every code of the family has a slot of its own.
pub struct DirectTable {
    pub seed: u64,
    pub bits: u32,
    /// For each slot, the index of the code that lands there, if any.
    pub slots: Vec<Option<usize>>,
}

/// Slots at most: 4 KiB of one-byte indices, which stays in the L1 cache.
const MAX_BITS: u32 = 12;
/// Seeds tried for each table size.
const DIRECT_SEEDS: u64 = 256;

/// The smallest direct table that separates `codes` (at most 255 of them),
/// `None` if there is none within 4,096 slots (then a perfect hash serves).
pub fn direct_table(codes: &[&str]) -> Option<DirectTable> {
    if codes.is_empty() || codes.len() > 255 {
        return None;
    }
    let min_bits = usize::BITS - (codes.len() * 4).leading_zeros();
    (min_bits..=MAX_BITS).find_map(|bits| {
        (0..DIRECT_SEEDS).find_map(|seed| {
            let mut slots = vec![None; 1 << bits];
            for (i, code) in codes.iter().enumerate() {
                let slot = usize::try_from(str_sample(code, seed) >> (64 - bits)).ok()?;
                if slots[slot].replace(i).is_some() {
                    return None;
                }
            }
            Some(DirectTable { seed, bits, slots })
        })
    })
}

/// The first seed that gives the string `codes` distinct keys, with the keys.
pub fn str_keys(codes: &[&str]) -> Option<(u64, Vec<u64>)> {
    (0..SEEDS).find_map(|seed| {
        let keys: Vec<u64> = codes.iter().map(|code| str_key(code, seed)).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        (sorted.len() == keys.len()).then_some((seed, keys))
    })
}

impl PerfectHash {
    /// A perfect hash of `keys` (distinct codes as `u64`), with about 12%
    /// empty slots; `None` if no seed works (then the caller uses a `match`).
    pub fn build(keys: &[u64]) -> Option<PerfectHash> {
        if keys.is_empty() {
            return None;
        }
        (0..SEEDS).find_map(|i| Self::with_seed(keys, seed(i)))
    }

    fn with_seed(keys: &[u64], seed: u64) -> Option<PerfectHash> {
        let n = keys.len();
        let slot_count = n + n / 8 + 1;
        let bucket_count = n.div_ceil(3);
        let xs: Vec<u64> = keys.iter().map(|&key| mixed(key, seed)).collect();
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (i, &x) in xs.iter().enumerate() {
            buckets[reduce(x, bucket_count)].push(i);
        }
        // The fullest buckets first, while most slots are free.
        let mut order: Vec<usize> = (0..bucket_count).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(buckets[b].len()));
        let mut slots: Vec<Option<usize>> = vec![None; slot_count];
        let mut pilots = vec![0u16; bucket_count];
        let mut taken = Vec::new();
        for bucket in order.into_iter().filter(|&b| !buckets[b].is_empty()) {
            let pilot = (0..=u16::MAX).find(|&pilot| {
                taken.clear();
                buckets[bucket].iter().all(|&i| {
                    let slot = slot_of(xs[i], pilot, slot_count);
                    let free = slots[slot].is_none() && !taken.contains(&slot);
                    taken.push(slot);
                    free
                })
            })?;
            pilots[bucket] = pilot;
            for (&i, &slot) in buckets[bucket].iter().zip(&taken) {
                slots[slot] = Some(i);
            }
        }
        Some(PerfectHash {
            seed,
            pilots,
            slots,
        })
    }

    /// The slot of `key`, as the generated code computes it.
    #[cfg(test)]
    pub fn slot(&self, key: u64) -> usize {
        let x = mixed(key, self.seed);
        let pilot = self.pilots[reduce(x, self.pilots.len())];
        slot_of(x, pilot, self.slots.len())
    }
}

#[cfg(test)]
mod tests {
    use super::PerfectHash;

    /// Every key gets the slot that holds its index, for tables of every
    /// size up to a few thousand codes, dense, sparse and negative.
    #[test]
    fn every_key_finds_its_slot() {
        let tables: Vec<Vec<u64>> = vec![
            vec![7],
            (0..100).collect(),
            (0..2_000).map(|k| 4_000_000 + 10_007 * k).collect(),
            (0..5_000).map(|k| k * k * 31 + 5).collect(),
            (-50..50i64).map(|k| (k * 1_000_003) as u64).collect(),
            (0..3_000).map(|k| u64::MAX - k * 3).collect(),
        ];
        for keys in tables {
            let hash = PerfectHash::build(&keys).expect("a perfect hash");
            assert!(hash.slots.len() > keys.len());
            for (i, &key) in keys.iter().enumerate() {
                assert_eq!(hash.slots[hash.slot(key)], Some(i), "key {key}");
            }
            let filled = hash.slots.iter().flatten().count();
            assert_eq!(filled, keys.len());
        }
    }

    /// The seeds differ in every bit position, not only in the low six:
    /// a key set closed under `^ 0..64` gives each seed other mixed keys.
    #[test]
    fn seeds_mix_the_whole_key() {
        let keys: Vec<u64> = (0..32u64)
            .flat_map(|block| (0..64).map(move |low| (block << 20) ^ low))
            .collect();
        let mixed = |seed: u64| {
            let mut xs: Vec<u64> = keys.iter().map(|&k| super::mixed(k, seed)).collect();
            xs.sort_unstable();
            xs
        };
        let seeds: Vec<u64> = (0..super::SEEDS).map(super::seed).collect();
        assert!(
            seeds.iter().all(|&s| s >> 6 != 0),
            "seeds reach the high bits"
        );
        let first = mixed(seeds[0]);
        assert!(seeds[1..].iter().all(|&s| mixed(s) != first));
        assert!(PerfectHash::build(&keys).is_some());
    }

    /// Codes of one length that differ only in bytes the sampled key does
    /// not read (16..24) get no direct table; others get one in which each
    /// code's key lands on its own slot.
    #[test]
    fn direct_table_separates_by_the_sampled_words() {
        let blind = [
            "Aaaaaaaaaaaaaaaaaa_x_aaaaaaaaaaaaaaaaaaa",
            "Aaaaaaaaaaaaaaaaaa_y_aaaaaaaaaaaaaaaaaaa",
        ];
        assert!(super::direct_table(&blind).is_none());
        let codes = [
            "BlobNotFound",
            "Beta",
            "A",
            "AuthorizationProtocolMismatch",
            "AuthorizationSourceIPMismatch",
            "Aaaaaaaaaaaaaaaaaa_x_aaaaaaaaaaaaaaaaaab",
        ];
        let table = super::direct_table(&codes).expect("a direct table");
        for (i, code) in codes.iter().enumerate() {
            let slot = super::str_sample(code, table.seed) >> (64 - table.bits);
            assert_eq!(table.slots[usize::try_from(slot).unwrap()], Some(i));
        }
    }

    #[test]
    fn no_keys_no_hash() {
        assert!(PerfectHash::build(&[]).is_none());
    }
}
