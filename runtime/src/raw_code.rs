//! The types a family's codes can have: an integer or a `&'static str`.

use core::fmt::{Debug, Display};
use core::hash::Hash;

/// The type of a family's codes ([`ErrorCode::Code`](crate::ErrorCode::Code)):
/// one of the integers of [`CodeInt`](crate::CodeInt) (`u32` by default), or
/// `&'static str` for a family whose codes are string literals (with the
/// `alloc` feature).
///
/// Besides the code type itself, it names how a code is seen when it comes
/// from the wire ([`Ref`](Self::Ref), borrowed for as long as the received
/// text lives) and how [`Code::Unknown`](crate::Code::Unknown) keeps a code
/// the table does not have ([`Owned`](Self::Owned)). For integers all three
/// are the integer itself, so generic code over integer families sees one type.
///
/// This trait is sealed: the crate implements it for the code types the macro
/// accepts.
pub trait RawCode:
    Copy + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static + sealed::Sealed
{
    /// A code as received, borrowed for `'a`: the integer, or `&'a str`.
    type Ref<'a>: Copy + Eq + Ord + Hash + Debug + Display;

    /// A received code kept by [`Code::Unknown`](crate::Code::Unknown): the
    /// integer, or a `Box<str>` (which is why string codes need `alloc`).
    type Owned: Clone + Eq + Ord + Hash + Debug + Display + Send + Sync + 'static;

    /// This code, seen as a received one.
    #[doc(hidden)]
    fn as_ref<'a>(self) -> Self::Ref<'a>;

    /// A kept code, seen as a received one.
    #[doc(hidden)]
    fn owned_ref(owned: &Self::Owned) -> Self::Ref<'_>;

    /// Keeps a received code.
    #[doc(hidden)]
    fn to_owned(code: Self::Ref<'_>) -> Self::Owned;

    /// A code received as text (`"4031003"`, `"BlobNotFound"`): the
    /// decimal integer, or the text itself; `None` if it is not one.
    #[doc(hidden)]
    fn parse_ref(text: &str) -> Option<Self::Ref<'_>>;

    /// The error of `E` with this received code.
    #[doc(hidden)]
    fn lookup<E: crate::ErrorCode<Code = Self>>(code: Self::Ref<'_>) -> Option<E>;

    /// The HTTP status of a received code ([`ErrorCode::http_status_of`](crate::ErrorCode::http_status_of)).
    #[doc(hidden)]
    fn status_of<E: crate::ErrorCode<Code = Self>>(code: Self::Ref<'_>) -> Option<u16>;

    /// Writes a code: the number, or the text.
    #[cfg(feature = "serde")]
    #[doc(hidden)]
    fn serialize_ref<S: serde::Serializer>(code: Self::Ref<'_>, s: S) -> Result<S::Ok, S::Error>;

    /// Reads a code of the table `E`; an unknown one is an error.
    #[cfg(feature = "serde")]
    #[doc(hidden)]
    fn deserialize_known<'de, E, D>(d: D) -> Result<E, D::Error>
    where
        E: crate::ErrorCode<Code = Self>,
        D: serde::Deserializer<'de>;

    /// Reads a code to keep, known or not.
    #[cfg(feature = "serde")]
    #[doc(hidden)]
    fn deserialize_owned<'de, D: serde::Deserializer<'de>>(
        d: D,
        family: &'static str,
    ) -> Result<Self::Owned, D::Error>;
}

pub(crate) mod sealed {
    pub trait Sealed {}
}

macro_rules! int_code {
    ($($int:ty)*) => {$(
        impl sealed::Sealed for $int {}
        impl RawCode for $int {
            type Ref<'a> = $int;
            type Owned = $int;
            #[inline]
            fn as_ref<'a>(self) -> Self::Ref<'a> {
                self
            }
            #[inline]
            fn owned_ref(owned: &$int) -> $int {
                *owned
            }
            #[inline]
            fn to_owned(code: $int) -> $int {
                code
            }
            #[inline]
            fn parse_ref(text: &str) -> Option<$int> {
                text.parse().ok()
            }
            #[inline]
            fn lookup<E: crate::ErrorCode<Code = Self>>(code: $int) -> Option<E> {
                E::from_code(code)
            }
            #[inline]
            fn status_of<E: crate::ErrorCode<Code = Self>>(code: $int) -> Option<u16> {
                E::http_status_of(code)
            }
            #[cfg(feature = "serde")]
            fn serialize_ref<S: serde::Serializer>(code: $int, s: S) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(&code, s)
            }
            #[cfg(feature = "serde")]
            fn deserialize_known<'de, E, D>(d: D) -> Result<E, D::Error>
            where
                E: crate::ErrorCode<Code = Self>,
                D: serde::Deserializer<'de>,
            {
                crate::serde_impls::deserialize_int(d)
            }
            #[cfg(feature = "serde")]
            fn deserialize_owned<'de, D: serde::Deserializer<'de>>(
                d: D,
                family: &'static str,
            ) -> Result<$int, D::Error> {
                crate::serde_impls::deserialize_raw(d, family)
            }
        }
    )*};
}

int_code!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize);

#[cfg(feature = "alloc")]
impl sealed::Sealed for &'static str {}

#[cfg(feature = "alloc")]
impl RawCode for &'static str {
    type Ref<'a> = &'a str;
    type Owned = alloc::boxed::Box<str>;
    #[inline]
    fn as_ref<'a>(self) -> &'a str {
        self
    }
    #[inline]
    fn owned_ref(owned: &alloc::boxed::Box<str>) -> &str {
        owned
    }
    #[inline]
    fn to_owned(code: &str) -> alloc::boxed::Box<str> {
        code.into()
    }
    #[inline]
    fn parse_ref(text: &str) -> Option<&str> {
        Some(text)
    }
    #[inline]
    fn lookup<E: crate::ErrorCode<Code = Self>>(code: &str) -> Option<E> {
        E::from_code_str(code)
    }
    fn status_of<E: crate::ErrorCode<Code = Self>>(code: &str) -> Option<u16> {
        // `http_status_of` takes a `&'static str`; an unknown code has the
        // status the family gives every code it does not know, which is that
        // of `""`, never a code (the macro refuses empty codes).
        match E::from_code_str(code) {
            Some(known) => Some(known.http_status()),
            None => E::http_status_of(""),
        }
    }
    #[cfg(feature = "serde")]
    fn serialize_ref<S: serde::Serializer>(code: &str, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(code)
    }
    #[cfg(feature = "serde")]
    fn deserialize_known<'de, E, D>(d: D) -> Result<E, D::Error>
    where
        E: crate::ErrorCode<Code = Self>,
        D: serde::Deserializer<'de>,
    {
        crate::serde_impls::deserialize_str(d)
    }
    #[cfg(feature = "serde")]
    fn deserialize_owned<'de, D: serde::Deserializer<'de>>(
        d: D,
        _family: &'static str,
    ) -> Result<alloc::boxed::Box<str>, D::Error> {
        serde::Deserialize::deserialize(d)
    }
}
