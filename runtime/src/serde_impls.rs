//! serde support (feature `serde`): integer codes travel as numbers, and are
//! read back from a number or a decimal string, since vendors send both;
//! string codes travel as strings.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::{Code, CodeInt, ErrorCode, RawCode, UnknownCode};

/// Reads a raw code of type `C` from a number or a decimal string.
struct RawCodeVisitor<C> {
    family: &'static str,
    marker: PhantomData<C>,
}

impl<C: CodeInt> RawCodeVisitor<C> {
    fn int<E: de::Error>(&self, value: i128) -> Result<C, E> {
        C::from_i128(value).ok_or_else(|| {
            E::custom(format_args!(
                "{} code {} is out of range for its code type",
                self.family, value
            ))
        })
    }
}

impl<C: CodeInt> Visitor<'_> for RawCodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} code: an integer or a decimal string", self.family)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<C, E> {
        self.int(i128::from(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<C, E> {
        self.int(i128::from(value))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<C, E> {
        self.int(value)
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<C, E> {
        match i128::try_from(value) {
            Ok(value) => self.int(value),
            Err(_) => Err(E::invalid_value(
                de::Unexpected::Other("a 128-bit integer"),
                &self,
            )),
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<C, E> {
        text.parse()
            .map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

/// Deserializes a raw code: any integer or decimal string in a human-readable
/// format, the code type itself in a binary one (where it was written as such).
pub(crate) fn deserialize_raw<'de, C: CodeInt, D: Deserializer<'de>>(
    deserializer: D,
    family: &'static str,
) -> Result<C, D::Error> {
    let visitor = RawCodeVisitor {
        family,
        marker: PhantomData,
    };
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(visitor)
    } else {
        C::deserialize(deserializer)
    }
}

/// Reads an integer code of the table `E`, from a number or a decimal string.
pub(crate) fn deserialize_int<'de, E, D>(deserializer: D) -> Result<E, D::Error>
where
    E: ErrorCode,
    E::Code: CodeInt,
    D: Deserializer<'de>,
{
    let raw = deserialize_raw(deserializer, E::FAMILY)?;
    E::from_code(raw).ok_or_else(|| de::Error::custom(UnknownCode::new(E::FAMILY, raw)))
}

/// Reads a string code of the table `E`, looked up where it lies in the input
/// (no copy, even when the deserializer lends it only for the call).
#[cfg(feature = "alloc")]
pub(crate) fn deserialize_str<'de, E: ErrorCode, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    deserializer.deserialize_str(StrCodeVisitor(PhantomData))
}

#[cfg(feature = "alloc")]
struct StrCodeVisitor<E>(PhantomData<E>);

#[cfg(feature = "alloc")]
impl<E: ErrorCode> Visitor<'_> for StrCodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} code: a string", E::FAMILY)
    }

    fn visit_str<Er: de::Error>(self, text: &str) -> Result<E, Er> {
        E::from_code_str(text).ok_or_else(|| Er::custom(UnknownCode::new(E::FAMILY, text)))
    }
}

/// `Serialize` of a family: its code, a number or a string.
#[doc(hidden)]
pub fn serialize<E: ErrorCode, S: Serializer>(error: E, serializer: S) -> Result<S::Ok, S::Error> {
    E::Code::serialize_ref(error.code().as_ref(), serializer)
}

/// `Deserialize` of a family: a code of its table (an integer one from a
/// number or a decimal string); any other code is an error naming the family.
#[doc(hidden)]
pub fn deserialize<'de, E: ErrorCode, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    E::Code::deserialize_known(deserializer)
}

/// Serializes as the raw code, known or not, so an unknown code goes back
/// out exactly as it came in.
impl<E: ErrorCode> Serialize for Code<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        E::Code::serialize_ref(self.raw(), serializer)
    }
}

/// Deserializes from the code (an integer one from a number or a decimal
/// string); a code the table does not have becomes `Code::Unknown`, never
/// an error.
impl<'de, E: ErrorCode> Deserialize<'de> for Code<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        E::Code::deserialize_owned(deserializer, E::FAMILY).map(Code::from_raw)
    }
}

/// Implements `Serialize` and `Deserialize` for a family through the functions
/// above; expands to nothing without the `serde` feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serialize(*self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize(deserializer)
            }
        }
    };
}
