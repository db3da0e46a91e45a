//! The tables of the lookups, found when the macro expands: a perfect hash
//! of large sparse families' codes (hash and displace, one pilot per bucket,
//! as in PTHash), the seed that gives a string family's codes distinct keys,
//! and a string family's direct table. The keys are those of `hash.rs`, the
//! functions the generated code calls.

use crate::hash::{bucket, mix, place, str_key, words, words_key};

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

/// A table of `1 << bits` slots indexed by the top bits of [`words_key`],
/// where every code of the family has a slot of its own.
pub struct DirectTable {
    /// The odd multiplier of [`words_key`].
    pub multiplier: u64,
    pub bits: u32,
    /// For each slot, the index of the code that lands there, if any.
    pub slots: Vec<Option<usize>>,
}

/// Slots at most: 4 KiB of one-byte indices, which stays in the L1 cache.
const MAX_BITS: u32 = 12;
/// Multipliers tried for each table size.
const DIRECT_SEEDS: u64 = 256;

/// The smallest direct table that separates `codes` (at most 255 of them),
/// `None` if there is none within 4,096 slots (then a perfect hash serves).
pub fn direct_table(codes: &[&str]) -> Option<DirectTable> {
    if codes.is_empty() || codes.len() > 255 {
        return None;
    }
    let min_bits = usize::BITS - (codes.len() * 4).leading_zeros();
    (min_bits..=MAX_BITS).find_map(|bits| {
        (0..DIRECT_SEEDS).find_map(|n| {
            let multiplier = seed(n) | 1;
            let mut slots = vec![None; 1 << bits];
            for (i, code) in codes.iter().enumerate() {
                let key = words_key(&words(code), code.len(), multiplier);
                let slot = usize::try_from(key >> (64 - bits)).ok()?;
                if slots[slot].replace(i).is_some() {
                    return None;
                }
            }
            Some(DirectTable {
                multiplier,
                bits,
                slots,
            })
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
        let xs: Vec<u64> = keys.iter().map(|&key| mix(key, seed)).collect();
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (i, &x) in xs.iter().enumerate() {
            buckets[bucket(x, bucket_count)].push(i);
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
                    let slot = place(xs[i], pilot, slot_count);
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
}

#[cfg(test)]
mod tests {
    use super::PerfectHash;
    use crate::hash::{mix, slot, words, words_key};

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
                let at = slot(key, hash.seed, &hash.pilots, hash.slots.len());
                assert_eq!(hash.slots[at], Some(i), "key {key}");
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
            let mut xs: Vec<u64> = keys.iter().map(|&k| mix(k, seed)).collect();
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
            let slot = words_key(&words(code), code.len(), table.multiplier) >> (64 - table.bits);
            assert_eq!(table.slots[usize::try_from(slot).unwrap()], Some(i));
        }
    }

    #[test]
    fn no_keys_no_hash() {
        assert!(PerfectHash::build(&[]).is_none());
    }
}
