//! The errors of converting a raw code into a family.

use core::error::Error;
use core::fmt::{self, Debug, Display};

/// A code that is not in a family's table: the error of
/// `TryFrom<Code> for Family`.
///
/// ```
/// use error_table::{error_table, UnknownCode};
///
/// #[error_table(name = "xlink")]
/// pub enum Forbidden {
///     /// 无效的Access-Token
///     InvalidAccessToken = 4031003,
/// }
///
/// let err: UnknownCode<u32> = Forbidden::try_from(4031999).unwrap_err();
/// assert_eq!(err.code(), 4031999);
/// assert_eq!(err.to_string(), "unknown xlink code 4031999");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode<C> {
    /// The name of the family the code was looked up in.
    pub family: &'static str,
    /// The code that is not in the table.
    pub code: C,
}

impl<C: Copy> UnknownCode<C> {
    /// An unknown `code` of the family named `family`.
    pub const fn new(family: &'static str, code: C) -> Self {
        UnknownCode { family, code }
    }

    /// The code that is not in the table.
    pub const fn code(&self) -> C {
        self.code
    }

    /// The name of the family the code was looked up in.
    pub const fn family(&self) -> &'static str {
        self.family
    }
}

impl<C: Display> Display for UnknownCode<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} code {}", self.family, self.code)
    }
}

impl<C: Debug + Display> Error for UnknownCode<C> {}

/// The error of `FromStr` for a family: the text is not a decimal code, or
/// the code is not in the table.
///
/// ```
/// use error_table::{error_table, ParseCodeError};
///
/// #[error_table(name = "xlink")]
/// pub enum Forbidden {
///     /// 无效的Access-Token
///     InvalidAccessToken = 4031003,
/// }
///
/// assert_eq!("4031003".parse(), Ok(Forbidden::InvalidAccessToken));
/// assert!(matches!("40x".parse::<Forbidden>(), Err(ParseCodeError::Invalid { .. })));
/// let err = "4031999".parse::<Forbidden>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown xlink code 4031999");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParseCodeError<C> {
    /// The text is not a decimal integer of the family's code type (as
    /// `str::parse` of that integer type reads it: no spaces, no empty text).
    Invalid {
        /// The name of the family the text was parsed for.
        family: &'static str,
    },
    /// The text is a code, but not one of the table.
    Unknown(UnknownCode<C>),
}

impl<C: Display> Display for ParseCodeError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseCodeError::Invalid { family } => {
                write!(f, "invalid {family} code: expected a decimal integer")
            }
            ParseCodeError::Unknown(unknown) => Display::fmt(unknown, f),
        }
    }
}

impl<C: Debug + Display + 'static> Error for ParseCodeError<C> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ParseCodeError::Invalid { .. } => None,
            ParseCodeError::Unknown(unknown) => Some(unknown),
        }
    }
}
