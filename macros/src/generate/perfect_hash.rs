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

    #[test]
    fn no_keys_no_hash() {
        assert!(PerfectHash::build(&[]).is_none());
    }
}
