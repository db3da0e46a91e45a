//! Large sparse families look codes up through a perfect hash found when the
//! macro expands (`macros/src/generate/lookup.rs`); small or dense ones
//! through a `match`. Both must give the same answers: every code finds its
//! variant, and every other code, however close, finds none.
//!
//! `Sparse` (`status * 10^4 + sub`) and `Wide` (all over `i64`) are written
//! by the root package's `build.rs`; `Top` is written out here, because the
//! macro's mutation test reads its corpus from this file and mutates this
//! table's perfect hash. Each is large and sparse enough to take the perfect
//! hash, which `uses_the_perfect_hash` checks.

use error_table::{ErrorCode, error_table};

include!(concat!(env!("OUT_DIR"), "/perfect_hash_tables.rs"));

/// 80 codes at the top of `u64`, 7,919 apart.
#[error_table]
#[repr(u64)]
pub enum Top {
    /// top 0
    T0 = 18446744073709551615,
    /// top 1
    T1 = 18446744073709543696,
    /// top 2
    T2 = 18446744073709535777,
    /// top 3
    T3 = 18446744073709527858,
    /// top 4
    T4 = 18446744073709519939,
    /// top 5
    T5 = 18446744073709512020,
    /// top 6
    T6 = 18446744073709504101,
    /// top 7
    T7 = 18446744073709496182,
    /// top 8
    T8 = 18446744073709488263,
    /// top 9
    T9 = 18446744073709480344,
    /// top 10
    T10 = 18446744073709472425,
    /// top 11
    T11 = 18446744073709464506,
    /// top 12
    T12 = 18446744073709456587,
    /// top 13
    T13 = 18446744073709448668,
    /// top 14
    T14 = 18446744073709440749,
    /// top 15
    T15 = 18446744073709432830,
    /// top 16
    T16 = 18446744073709424911,
    /// top 17
    T17 = 18446744073709416992,
    /// top 18
    T18 = 18446744073709409073,
    /// top 19
    T19 = 18446744073709401154,
    /// top 20
    T20 = 18446744073709393235,
    /// top 21
    T21 = 18446744073709385316,
    /// top 22
    T22 = 18446744073709377397,
    /// top 23
    T23 = 18446744073709369478,
    /// top 24
    T24 = 18446744073709361559,
    /// top 25
    T25 = 18446744073709353640,
    /// top 26
    T26 = 18446744073709345721,
    /// top 27
    T27 = 18446744073709337802,
    /// top 28
    T28 = 18446744073709329883,
    /// top 29
    T29 = 18446744073709321964,
    /// top 30
    T30 = 18446744073709314045,
    /// top 31
    T31 = 18446744073709306126,
    /// top 32
    T32 = 18446744073709298207,
    /// top 33
    T33 = 18446744073709290288,
    /// top 34
    T34 = 18446744073709282369,
    /// top 35
    T35 = 18446744073709274450,
    /// top 36
    T36 = 18446744073709266531,
    /// top 37
    T37 = 18446744073709258612,
    /// top 38
    T38 = 18446744073709250693,
    /// top 39
    T39 = 18446744073709242774,
    /// top 40
    T40 = 18446744073709234855,
    /// top 41
    T41 = 18446744073709226936,
    /// top 42
    T42 = 18446744073709219017,
    /// top 43
    T43 = 18446744073709211098,
    /// top 44
    T44 = 18446744073709203179,
    /// top 45
    T45 = 18446744073709195260,
    /// top 46
    T46 = 18446744073709187341,
    /// top 47
    T47 = 18446744073709179422,
    /// top 48
    T48 = 18446744073709171503,
    /// top 49
    T49 = 18446744073709163584,
    /// top 50
    T50 = 18446744073709155665,
    /// top 51
    T51 = 18446744073709147746,
    /// top 52
    T52 = 18446744073709139827,
    /// top 53
    T53 = 18446744073709131908,
    /// top 54
    T54 = 18446744073709123989,
    /// top 55
    T55 = 18446744073709116070,
    /// top 56
    T56 = 18446744073709108151,
    /// top 57
    T57 = 18446744073709100232,
    /// top 58
    T58 = 18446744073709092313,
    /// top 59
    T59 = 18446744073709084394,
    /// top 60
    T60 = 18446744073709076475,
    /// top 61
    T61 = 18446744073709068556,
    /// top 62
    T62 = 18446744073709060637,
    /// top 63
    T63 = 18446744073709052718,
    /// top 64
    T64 = 18446744073709044799,
    /// top 65
    T65 = 18446744073709036880,
    /// top 66
    T66 = 18446744073709028961,
    /// top 67
    T67 = 18446744073709021042,
    /// top 68
    T68 = 18446744073709013123,
    /// top 69
    T69 = 18446744073709005204,
    /// top 70
    T70 = 18446744073708997285,
    /// top 71
    T71 = 18446744073708989366,
    /// top 72
    T72 = 18446744073708981447,
    /// top 73
    T73 = 18446744073708973528,
    /// top 74
    T74 = 18446744073708965609,
    /// top 75
    T75 = 18446744073708957690,
    /// top 76
    T76 = 18446744073708949771,
    /// top 77
    T77 = 18446744073708941852,
    /// top 78
    T78 = 18446744073708933933,
    /// top 79
    T79 = 18446744073708926014,
}

/// Checks `E` against its `ALL`: each code finds its variant, whose message
/// and name are its own, and `misses` (codes near the table's and others)
/// find none unless they are in the table.
fn assert_lookup<E>(misses: impl Iterator<Item = E::Code>)
where
    E: ErrorCode,
{
    for &error in E::ALL {
        assert_eq!(E::from_code(error.code()), Some(error), "{}", error.name());
        assert_eq!(format!("{error:?}"), error.name());
    }
    let mut tried = 0;
    for code in misses {
        let expected = E::ALL.iter().copied().find(|e| e.code() == code);
        assert_eq!(E::from_code(code), expected, "code {code}");
        tried += 1;
    }
    assert!(tried > 1000, "only {tried} codes tried");
}

/// The codes around each of `codes`, and a sweep of `count` others.
fn around<T: Copy>(codes: impl Iterator<Item = T>, near: impl Fn(T, i64) -> Option<T>) -> Vec<T> {
    let mut out = Vec::new();
    for code in codes {
        out.extend((-3..=3).filter_map(|d| near(code, d)));
    }
    out
}

#[test]
fn sparse_u32_codes() {
    let near = around(Sparse::ALL.iter().map(|e| e.code()), |c, d| {
        c.checked_add_signed(i32::try_from(d).unwrap())
    });
    let sweep = (3_990_000..5_040_000).step_by(7);
    assert_lookup::<Sparse>(near.into_iter().chain(sweep).chain([0, 1, u32::MAX]));
    assert_eq!(
        Sparse::from_code(4_001_000),
        Sparse::ALL.iter().copied().find(|e| e.code() == 4_001_000)
    );
    for error in Sparse::ALL {
        let code = error.code();
        assert_eq!(
            error.message(),
            format!(
                "错误 {code}: message {}",
                Sparse::ALL.iter().position(|e| e == error).unwrap()
            )
        );
        assert_eq!(error.name(), format!("E{code}"));
        assert_eq!(error.http_status(), u16::try_from(code / 10_000).unwrap());
    }
}

#[test]
fn wide_i64_codes() {
    let near = around(Wide::ALL.iter().map(|e| e.code()), |c, d| c.checked_add(d));
    let sweep = (-2_000i64..2_000).chain((-1_000..1_000).map(|k| k * (i64::MAX / 1_000)));
    assert_lookup::<Wide>(near.into_iter().chain(sweep).chain([i64::MIN, i64::MAX]));
    assert_eq!(Wide::from_code(-1), Some(Wide::N1));
    assert_eq!(Wide::from_code(i64::MIN).map(Wide::code), Some(i64::MIN));
}

#[test]
fn top_u64_codes() {
    let near = around(Top::ALL.iter().map(|e| e.code()), |c, d| {
        c.checked_add_signed(d)
    });
    let sweep = (0..2_000u64).chain((0..2_000).map(|k| u64::MAX - k));
    assert_lookup::<Top>(near.into_iter().chain(sweep));
    assert_eq!(Top::T3.message(), "top 3");
}

/// Past 4,096 codes, `from_code` turns the slot's index into the error
/// through a `match` rather than `ALL` (`macros/src/generate/lookup.rs`).
/// Checked as `assert_lookup` does, with a map for the expected answers.
#[test]
fn large_u32_codes() {
    let by_code: std::collections::HashMap<u32, Large> =
        Large::ALL.iter().map(|&e| (e.code(), e)).collect();
    assert_eq!(by_code.len(), 5_000);
    for &error in Large::ALL {
        assert_eq!(
            Large::from_code(error.code()),
            Some(error),
            "{}",
            error.name()
        );
        assert_eq!(error.message(), format!("large {}", error.code()));
    }
    let near = around(Large::ALL.iter().map(|e| e.code()), |c, d| {
        c.checked_add_signed(i32::try_from(d).unwrap())
    });
    let sweep = (3_990_000..5_040_000).step_by(7);
    for code in near.into_iter().chain(sweep).chain([0, u32::MAX]) {
        assert_eq!(
            Large::from_code(code),
            by_code.get(&code).copied(),
            "code {code}"
        );
    }
}

/// The lookup stays `const`: a code constant is checked when it compiles.
#[test]
fn lookup_is_const() {
    const TOKEN: Sparse = Sparse::ALL[0];
    const FOUND: Option<Sparse> = Sparse::from_code(TOKEN.code());
    const MESSAGE: &str = Wide::N1.message();
    const NAME: &str = Top::T0.name();
    assert_eq!(FOUND, Some(TOKEN));
    assert_eq!(MESSAGE, Wide::N1.message());
    assert_eq!(NAME, "T0");
}

/// These tables take the perfect hash: its pilots exist (a private item of
/// the family, visible in its module). A `match` family has none.
#[test]
fn uses_the_perfect_hash() {
    assert!(!Sparse::__ERROR_TABLE_PILOTS.is_empty());
    assert!(!Wide::__ERROR_TABLE_PILOTS.is_empty());
    assert!(!Top::__ERROR_TABLE_PILOTS.is_empty());
    assert!(!Large::__ERROR_TABLE_PILOTS.is_empty());
}
