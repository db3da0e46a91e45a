//! The trait every family and every union implements.

use core::error::Error;
use core::fmt::{Debug, Display};
use core::hash::Hash;

use crate::RawCode;

/// What every `#[error_table]` family (and every union of families) is: a
/// closed set of vendor error codes, each with a message and an HTTP status.
///
/// Every method is also generated as an inherent method of the family (the
/// inherent ones are `const fn` where the signature allows), so this trait is
/// only needed to write code that is generic over families:
///
/// ```
/// use error_table::{error_table, ErrorCode};
///
/// #[error_table(http = split(4), name = "xlink")]
/// pub enum Forbidden {
///     /// 无效的Access-Token
///     InvalidAccessToken = 4031003,
/// }
///
/// fn describe<E: ErrorCode>(code: E::Code) -> String {
///     match E::from_code(code) {
///         Some(e) => format!("{} {} {}", e.http_status(), e.name(), e),
///         None => format!("unknown {} code {}", E::FAMILY, code),
///     }
/// }
///
/// assert_eq!(describe::<Forbidden>(4031003), "403 InvalidAccessToken 无效的Access-Token");
/// assert_eq!(describe::<Forbidden>(4031999), "unknown xlink code 4031999");
/// ```
pub trait ErrorCode: Copy + Eq + Hash + Debug + Display + Error + Send + Sync + 'static {
    /// The type of the codes: the enum's `#[repr(..)]`, `u32` by default, or
    /// `&'static str` for a family of string codes (see [`RawCode`]).
    type Code: RawCode;

    /// Every error of the family, in declaration order (for a union: every
    /// family in order, each in its own declaration order).
    const ALL: &'static [Self];

    /// The family's name: the `name = ".."` option, else the enum's name.
    const FAMILY: &'static str;

    /// The vendor's code of this error.
    fn code(self) -> Self::Code;

    /// The error with this code, `None` if the code is not in the table.
    fn from_code(code: Self::Code) -> Option<Self>;

    /// The error whose code reads `text` as a vendor sends it: exactly the
    /// string code, or the decimal integer code; `None` for any other text.
    /// It borrows `text` only for the call, so a code just read from the wire
    /// is looked up without a copy (the inherent `from_code` of a string
    /// family takes any `&str` too; the trait's `from_code` takes
    /// `Self::Code`, which for strings is `&'static str`).
    fn from_code_str(text: &str) -> Option<Self>;

    /// The vendor's message in the family's default language.
    fn message(self) -> &'static str;

    /// The message in `lang` (a key of `#[msg(zh = "..", en = "..")]`),
    /// falling back to the default language where this error has no text in
    /// `lang`.
    fn message_in(self, lang: &str) -> &'static str;

    /// The longer description of `#[help("..")]`, if the table gives one.
    fn help(self) -> Option<&'static str>;

    /// The HTTP status the vendor answers with for this error (100..=599).
    fn http_status(self) -> u16;

    /// The HTTP status of any code, in the table or not: the status of its
    /// error for a code of the table; for another code, what the family's
    /// scheme gives (`http = split(N)`: the leading digits when they are a
    /// status, `http = N`: `N`), else `None`.
    ///
    /// A client answers a code the table does not know yet with the right
    /// status, without arithmetic of its own; [`Code::http_status`](crate::Code::http_status)
    /// uses it.
    fn http_status_of(code: Self::Code) -> Option<u16> {
        Self::from_code(code).map(Self::http_status)
    }

    /// The part of the code after the HTTP status with `http = split(N)`
    /// (`1003` for `4031003`); the code itself otherwise.
    fn sub_code(self) -> Self::Code;

    /// The name of the variant, as written in the table (`"InvalidAccessToken"`).
    fn name(self) -> &'static str;

    /// The category of a string code: the text before its first `.`
    /// (`"AuthFailure"` for `AuthFailure.SignatureExpire`), the whole code
    /// when it has no `.`. `None` for integer families, whose codes have no
    /// such part (a split code's leading part is [`http_status`](Self::http_status)).
    fn category(self) -> Option<&'static str> {
        None
    }

    /// Whether a client should retry the request that got this error: the
    /// row's `#[retryable]` / `#[retryable(false)]` if it has one, else
    /// [`retryable_status`](crate::retryable_status) of its HTTP status
    /// (429, 502, 503, 504). Generated families and unions give their own
    /// answer; this default is the status rule alone.
    fn is_retryable(self) -> bool {
        crate::retryable_status(self.http_status())
    }

    /// How long a client should wait before retrying the request that got
    /// this error: the row's `#[retryable(after = N)]`, else the family's
    /// `retryable(after = N)`, for an error that
    /// [`is_retryable`](Self::is_retryable); `None` for one that is not, or
    /// when the table gives no delay. A server sends it as `Retry-After`.
    /// Generated families and unions give their own answer; this default
    /// gives no delay.
    fn retry_after(self) -> Option<core::time::Duration> {
        None
    }

    /// [`http_status`](Self::http_status) as an `http::StatusCode` (feature `http`).
    #[cfg(feature = "http")]
    fn status_code(self) -> http::StatusCode {
        // The macro only accepts statuses in 100..=599, which `from_u16` accepts.
        http::StatusCode::from_u16(self.http_status())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}
