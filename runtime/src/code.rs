//! `Code<E>`: a code as a vendor sent it, known to the table or not.

use core::cmp::Ordering;
use core::error::Error;
use core::fmt::{self, Debug, Display};
use core::hash::{Hash, Hasher};

use crate::{ErrorCode, RawCode};

/// What [`Code::Unknown`] keeps: the integer of an integer family, a
/// `Box<str>` for a string family.
pub type OwnedCode<E> = <<E as ErrorCode>::Code as RawCode>::Owned;

/// A code of `E` as received, borrowed: the integer, or `&'a str`.
pub type RefCode<'a, E> = <<E as ErrorCode>::Code as RawCode>::Ref<'a>;

/// A code as received from a vendor: one of the family's errors, or a code
/// the table does not know (vendors add codes), kept exactly as it came.
///
/// This is the type a client stores: nothing the vendor sent is lost. An
/// unknown code is displayed as it came, compared by its code, and (with
/// the `serde` feature) serialized back unchanged. For an integer family
/// `Code<E>` is `Copy`; for a string family an unknown code owns its text
/// (a `Box<str>`, with the `alloc` feature).
///
/// Equality, ordering and hashing are by the raw code, so
/// `Code::Known(e) == Code::Unknown(e.code())`.
///
/// ```
/// use error_table::{error_table, Code};
///
/// #[error_table(http = split(4))]
/// pub enum Gateway {
///     /// 无效的Access-Token
///     InvalidAccessToken = 4031003,
/// }
///
/// let known = Code::<Gateway>::from(4031003u32);
/// assert_eq!(known, Code::Known(Gateway::InvalidAccessToken));
/// assert_eq!(known.to_string(), "无效的Access-Token");
///
/// let unknown = Code::<Gateway>::from(401999u32);
/// assert_eq!(unknown, Code::Unknown(401999));
/// assert_eq!(unknown.known(), None);
/// assert_eq!(unknown.raw(), 401999);
/// assert_eq!(unknown.to_string(), "401999");
/// ```
pub enum Code<E: ErrorCode> {
    /// A code of the family's table.
    Known(E),
    /// A code the table does not have, as received.
    Unknown(OwnedCode<E>),
}

impl<E: ErrorCode> Code<E> {
    /// Looks `raw` up in the family: `Known` if the table has it, else `Unknown`.
    pub fn from_raw(raw: OwnedCode<E>) -> Self {
        match E::Code::lookup(E::Code::owned_ref(&raw)) {
            Some(known) => Code::Known(known),
            None => Code::Unknown(raw),
        }
    }

    /// Looks a received code up, keeping a copy only if the table does not
    /// have it.
    pub fn from_ref(raw: RefCode<'_, E>) -> Self {
        match E::Code::lookup(raw) {
            Some(known) => Code::Known(known),
            None => Code::Unknown(E::Code::to_owned(raw)),
        }
    }

    /// The family's error, `None` for an unknown code.
    pub fn known(&self) -> Option<E> {
        match self {
            Code::Known(known) => Some(*known),
            Code::Unknown(_) => None,
        }
    }

    /// Whether the table has this code.
    pub fn is_known(&self) -> bool {
        matches!(self, Code::Known(_))
    }

    /// The code, known or not: the number, or the text.
    pub fn raw(&self) -> RefCode<'_, E> {
        match self {
            Code::Known(known) => known.code().as_ref(),
            Code::Unknown(raw) => E::Code::owned_ref(raw),
        }
    }

    /// The vendor's message of a known code, `None` for an unknown one.
    pub fn message(&self) -> Option<&'static str> {
        self.known().map(E::message)
    }

    /// The HTTP status of the code: a known code's own, and for an unknown
    /// one what the family's scheme gives ([`ErrorCode::http_status_of`]):
    /// an unknown Xlink code 4039999 (`http = split(4)`) is 403.
    ///
    /// ```
    /// use error_table::{error_table, Code};
    ///
    /// #[error_table(http = split(4))]
    /// pub enum Xlink {
    ///     /// 无效的Access-Token
    ///     InvalidAccessToken = 4031003,
    /// }
    ///
    /// assert_eq!(Code::<Xlink>::from(4031003u32).http_status(), Some(403));
    /// assert_eq!(Code::<Xlink>::from(4039999u32).http_status(), Some(403));
    /// assert_eq!(Code::<Xlink>::from(99u32).http_status(), None);
    /// ```
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Code::Known(known) => Some(known.http_status()),
            Code::Unknown(raw) => E::Code::status_of::<E>(E::Code::owned_ref(raw)),
        }
    }

    /// Whether the request that got this code is worth retrying: the
    /// family's answer for a known code ([`ErrorCode::is_retryable`]), and
    /// for an unknown one whether the status its family's scheme gives it
    /// ([`http_status`](Self::http_status)) is 429, 502, 503 or 504.
    pub fn is_retryable(&self) -> bool {
        match self {
            Code::Known(known) => known.is_retryable(),
            Code::Unknown(_) => self.http_status().is_some_and(crate::retryable_status),
        }
    }

    /// How long to wait before retrying: the family's answer for a known
    /// code ([`ErrorCode::retry_after`]); `None` for an unknown one, whose
    /// delay the table cannot know.
    pub fn retry_after(&self) -> Option<core::time::Duration> {
        match self {
            Code::Known(known) => known.retry_after(),
            Code::Unknown(_) => None,
        }
    }
}

impl<E: ErrorCode> From<E> for Code<E> {
    fn from(known: E) -> Self {
        Code::Known(known)
    }
}

// `From<E::Code>` cannot be written once for all `E` (it would overlap with
// `From<E>` as far as coherence can tell), so it is written per code type.
macro_rules! from_raw {
    ($($int:ty)*) => {$(
        impl<E: ErrorCode<Code = $int>> From<$int> for Code<E> {
            fn from(raw: $int) -> Self {
                Code::from_raw(raw)
            }
        }
    )*};
}

from_raw!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize);

/// A received string code: copied only if the table does not have it.
#[cfg(feature = "alloc")]
impl<E: ErrorCode<Code = &'static str>> From<&str> for Code<E> {
    fn from(raw: &str) -> Self {
        Code::from_ref(raw)
    }
}

#[cfg(feature = "alloc")]
impl<E: ErrorCode<Code = &'static str>> From<alloc::boxed::Box<str>> for Code<E> {
    fn from(raw: alloc::boxed::Box<str>) -> Self {
        Code::from_raw(raw)
    }
}

#[cfg(feature = "alloc")]
impl<E: ErrorCode<Code = &'static str>> From<alloc::string::String> for Code<E> {
    fn from(raw: alloc::string::String) -> Self {
        Code::from_raw(raw.into_boxed_str())
    }
}

impl<E: ErrorCode> Clone for Code<E> {
    fn clone(&self) -> Self {
        match self {
            Code::Known(known) => Code::Known(*known),
            Code::Unknown(raw) => Code::Unknown(raw.clone()),
        }
    }
}

impl<E: ErrorCode> Copy for Code<E> where OwnedCode<E>: Copy {}

impl<E: ErrorCode> PartialEq for Code<E> {
    fn eq(&self, other: &Self) -> bool {
        self.raw() == other.raw()
    }
}

impl<E: ErrorCode> Eq for Code<E> {}

impl<E: ErrorCode> PartialOrd for Code<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E: ErrorCode> Ord for Code<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.raw().cmp(&other.raw())
    }
}

impl<E: ErrorCode> Hash for Code<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw().hash(state);
    }
}

impl<E: ErrorCode> Debug for Code<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Known(known) => f.debug_tuple("Known").field(known).finish(),
            Code::Unknown(raw) => f.debug_tuple("Unknown").field(raw).finish(),
        }
    }
}

/// A known code displays as the family's `Display`, an unknown one as it came.
impl<E: ErrorCode> Display for Code<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Known(known) => Display::fmt(known, f),
            Code::Unknown(raw) => Display::fmt(raw, f),
        }
    }
}

impl<E: ErrorCode> Error for Code<E> {}
