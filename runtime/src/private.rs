//! What generated code uses; not a public API.

#[cfg(feature = "axum")]
pub use crate::axum_impls::{JSON, PROBLEM_JSON, XML};
pub use crate::display::{Piece, write_pieces};
#[cfg(feature = "tonic")]
pub use crate::grpc::{GrpcStatus, grpc_code_for_status, status as grpc_status};
#[cfg(feature = "axum")]
pub use crate::respond::{Escape, Field, Part, Template, respond};
#[cfg(feature = "serde")]
pub use crate::serde_impls::{deserialize, serialize};
pub use crate::str_table::{StrEntry, rest_diff as str_rest_diff, str_eq};
pub use crate::{
    __impl_axum as impl_axum, __impl_serde as impl_serde, __impl_status_code as impl_status_code,
    __impl_tonic as impl_tonic, __impl_utoipa as impl_utoipa, __string_codes as string_codes,
    ErrorCode,
};
#[cfg(feature = "axum")]
pub use axum_core;
#[cfg(feature = "utoipa")]
pub use utoipa;

/// What the `utoipa` impls call.
#[cfg(feature = "utoipa")]
pub mod openapi {
    pub use crate::openapi::{Name, Responses, codes_schema, responses, schema_name};
}
#[cfg(feature = "http")]
pub use http;
#[cfg(feature = "serde")]
pub use serde;
#[cfg(feature = "tonic")]
pub use tonic;

// Generated code reaches the public items it names through here too: a
// `crate = ".."` path that is not the runtime is then one error ("cannot
// find `__private`"), not one for each item.
pub use crate::{ParseCodeError, UnknownCode, retryable_status};

use crate::CodeInt;
#[cfg(feature = "alloc")]
pub use alloc::boxed::Box;

/// The keys of the perfect hashes: the functions the macro chose the
/// generated tables with (`hash.rs`, compiled into both crates).
pub mod hash {
    pub use crate::hash::{slot, str_key, words, words_key};
}

/// With the `serde` feature, code types must be serde types too.
#[cfg(feature = "serde")]
pub trait MaybeSerde: serde::Serialize + for<'de> serde::Deserialize<'de> {}
#[cfg(feature = "serde")]
impl<T: serde::Serialize + for<'de> serde::Deserialize<'de>> MaybeSerde for T {}
#[cfg(not(feature = "serde"))]
pub trait MaybeSerde {}
#[cfg(not(feature = "serde"))]
impl<T> MaybeSerde for T {}

/// `TryFrom<Code>` of a family.
pub fn try_from_code<E: ErrorCode>(code: E::Code) -> Result<E, UnknownCode<E::Code>> {
    E::from_code(code).ok_or(UnknownCode::new(E::FAMILY, code))
}

/// `FromStr` of a family: a decimal code of its table.
pub fn parse_code<E: ErrorCode>(text: &str) -> Result<E, ParseCodeError<E::Code>>
where
    E::Code: CodeInt,
{
    let code = text
        .parse()
        .map_err(|_| ParseCodeError::Invalid { family: E::FAMILY })?;
    try_from_code(code).map_err(ParseCodeError::Unknown)
}

/// `value` as an HTTP status, if it is one (100..=599): the leading digits
/// of a split code the table does not know.
#[must_use]
pub const fn http_status_in(value: i128) -> Option<u16> {
    if value >= 100 && value <= 599 {
        Some(value as u16)
    } else {
        None
    }
}

/// A union's status for a code none of its families knows: the status
/// every family's scheme gives it, else `None` (the families disagree, or
/// none is compiled in).
#[must_use]
pub const fn agreed_status(statuses: &[Option<u16>]) -> Option<u16> {
    let Some((&first, rest)) = statuses.split_first() else {
        return None;
    };
    let mut i = 0;
    while i < rest.len() {
        match (first, rest[i]) {
            (Some(a), Some(b)) if a == b => {}
            (None, None) => {}
            _ => return None,
        }
        i += 1;
    }
    first
}

/// A family asked for serde (`#[error_table(serde)]`) without the feature.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        ::core::compile_error!(
            "the `serde` option needs the `serde` feature of error-table: error-table = { version = \"0.1\", features = [\"serde\"] }"
        );
    };
}

/// `TryFrom<&str>` of a string family: the unknown code is lent back.
pub fn try_from_str<E: ErrorCode>(text: &str) -> Result<E, UnknownCode<&str>> {
    E::from_code_str(text).ok_or(UnknownCode::new(E::FAMILY, text))
}

/// `FromStr` of a string family: the unknown code is kept in the error.
#[cfg(feature = "alloc")]
pub fn parse_str<E: ErrorCode>(text: &str) -> Result<E, UnknownCode<Box<str>>> {
    E::from_code_str(text).ok_or_else(|| UnknownCode {
        family: E::FAMILY,
        code: text.into(),
    })
}

/// Checks, where a string family is declared, that the runtime can hold its
/// unknown codes.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __string_codes {
    () => {};
}

/// Checks, where a string family is declared, that the runtime can hold its
/// unknown codes.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __string_codes {
    () => {
        ::core::compile_error!(
            "a family of string codes needs the `alloc` feature of error-table (on by default): enable it, or use integer codes"
        );
    };
}

/// Without the `axum` feature a family asking for `IntoResponse` is a compile
/// error on its `axum` flag (the macro spans the call there), not a silent
/// missing impl.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    // A union's families carry the same flag and report it already.
    ($ty:ident, union($($tokens:tt)*)) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error! {
            "the `axum` option needs the `axum` feature of error-table: error-table = { version = \"0.1\", features = [\"axum\"] }"
        }
    };
}

/// Without the `utoipa` feature a family asking for its impls is a compile
/// error on its `utoipa` flag.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($ty:ident, union) => {};
    ($ty:ident) => {
        ::core::compile_error! {
            "the `utoipa` option needs the `utoipa` feature of error-table: error-table = { version = \"0.1\", features = [\"utoipa\"] }"
        }
    };
}

/// Without the `tonic` feature a family asking for `From<E> for
/// tonic::Status` is a compile error on its `tonic` flag.
#[cfg(not(feature = "tonic"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_tonic {
    // A union's families carry the same flag and report it already.
    ($ty:ident, union($($tokens:tt)*)) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error! {
            "the `tonic` option needs the `tonic` feature of error-table: error-table = { version = \"0.1\", features = [\"tonic\"] }"
        }
    };
}

#[cfg(test)]
mod tests {
    use super::agreed_status;

    #[test]
    fn agreed_status_needs_every_family() {
        assert_eq!(agreed_status(&[]), None);
        assert_eq!(agreed_status(&[Some(503)]), Some(503));
        assert_eq!(agreed_status(&[Some(503), Some(503)]), Some(503));
        assert_eq!(agreed_status(&[Some(503), Some(200)]), None);
        assert_eq!(agreed_status(&[Some(503), None]), None);
        assert_eq!(agreed_status(&[None, Some(503)]), None);
    }
}
