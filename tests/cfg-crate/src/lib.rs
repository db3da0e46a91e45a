//! `#[cfg]` and `#[cfg_attr]` on rows, families, overrides and unions, as
//! rustc applies them. CI builds and tests this crate with no features,
//! `a`, `b` and `a,b`; every expected value below is what rustc's reading
//! of the attributes gives in the build at hand (`cfg!`), and the crate
//! denies every warning.

#![no_std]
#![deny(warnings, missing_docs)]

use error_table::error_table;

/// Rows whose helpers and docs sit under `cfg_attr`.
// clippy reads the one `#[doc(hidden)]` row as a hand-made non_exhaustive.
#[allow(clippy::manual_non_exhaustive)]
#[error_table]
pub enum Rows {
    /// plain doc
    #[cfg_attr(feature = "a", msg("only with a"))]
    #[cfg_attr(feature = "a", help("help with a"), http(418), retryable)]
    Helpers = 1,
    /// Two messages under exclusive predicates.
    #[cfg_attr(feature = "b", msg("with b"))]
    #[cfg_attr(not(feature = "b"), msg("without b"))]
    Pair = 2,
    /// nested base
    #[cfg_attr(
        feature = "a",
        cfg_attr(feature = "b", msg("a and b"), help("ab help"), http(503))
    )]
    Nested = 3,
    /// compiled unless a is on and b off
    #[cfg_attr(feature = "a", cfg(feature = "b"))]
    CfgInCfgAttr = 4,
    #[cfg_attr(feature = "a", doc = "doc with a")]
    #[cfg_attr(not(feature = "a"), doc = "doc without a")]
    DocPair = 5,
    /// the same code as `SameCodeWithB`, without b
    #[cfg(not(feature = "b"))]
    SameCodeWithoutB = 6,
    /// the same code as `SameCodeWithoutB`, with b
    #[cfg(feature = "b")]
    SameCodeWithB = 6,
    /// hidden row
    #[doc(hidden)]
    Hidden = 7,
}

/// A family whose every row is compiled out without `a`.
#[error_table]
pub enum OnlyRowsOfA {
    /// the row of a
    #[cfg(feature = "a")]
    RowOfA = 10,
}

/// A family of its own under `cfg`, which the macro sees (it is written
/// after the attribute).
#[error_table]
#[cfg(feature = "b")]
pub enum OnlyWithB {
    /// b
    B = 20,
}

/// A module of families under `cfg`s, with a union.
#[error_table(http = split(3), union = Api)]
pub mod api {
    /// Always there, `http = 200`.
    #[error_table(http = 200)]
    pub enum Fine {
        /// fine
        Fine = 200001,
    }

    /// Statuses from the code.
    pub enum Split {
        /// not found
        NotFound = 404001,
    }

    /// Only with `a`.
    #[cfg(feature = "a")]
    pub enum OfA {
        /// gone
        Gone = 410001,
    }

    /// `http = 503` only with `a`.
    #[cfg_attr(feature = "a", error_table::error_table(http = 503))]
    pub enum Overridden {
        /// busy
        Busy = 429001,
    }

    /// A code that moved to `NewB` with `b`.
    #[cfg(not(feature = "b"))]
    pub enum OldB {
        /// old
        Old = 400009,
    }

    /// The code of `OldB`, with `b`.
    #[cfg(feature = "b")]
    pub enum NewB {
        /// new
        New = 400009,
    }

    /// Not for users of the crate: the union must not make it public.
    pub(crate) enum Internal {
        /// internal
        Internal = 500009,
    }
}

/// A union whose families' schemes agree on some unknown codes only.
#[error_table(http = split(3), union = Agree)]
pub mod agree {
    /// Statuses from the code.
    pub enum Split {
        /// bad gateway
        BadGateway = 502001,
    }

    /// Always 503.
    #[error_table(http = 503)]
    pub enum Fixed {
        /// unavailable
        Unavailable = 1,
    }
}

/// A union whose one family is compiled out without `a`.
#[error_table(union = UnionOfA)]
pub mod union_of_a {
    /// Only with `a`.
    #[cfg(feature = "a")]
    pub enum Beta {
        /// beta
        Beta = 1,
    }
}

/// String codes, a message under `cfg_attr`.
#[error_table]
pub enum Blob {
    /// blob not found
    #[cfg_attr(feature = "b", msg("blob not found, with b"))]
    BlobNotFound = "BlobNotFound",
    /// only with b
    #[cfg(feature = "b")]
    BetaBlob = "BetaBlob",
}

#[cfg(test)]
mod tests;
