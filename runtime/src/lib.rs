//! Turn a vendor's error-code table into typed Rust errors.
//!
//! Cloud and IoT vendors document their errors as tables (`4031003 |
//! 无效的Access-Token`). Paste the table into an enum, put `#[error_table]` on
//! it, and get a `Copy` error type with the vendor's message as `Display`,
//! `core::error::Error`, code to enum and back (`const`, so a code constant is
//! checked at compile time), the HTTP status, and the shared [`ErrorCode`]
//! trait for generic code.
//!
//! ```
//! use error_table::{error_table, Code, ErrorCode};
//!
//! /// Xlink REST API errors: a code is its HTTP status followed by four digits.
//! #[error_table(http = split(4), name = "xlink")]
//! pub enum XlinkError {
//!     /// 请求数据字段验证不通过
//!     FieldValidationFailed = 4001001,
//!     #[msg("无效的Access-Token")]
//!     InvalidAccessToken = 4031003,
//! }
//!
//! let e = XlinkError::from_code(4031003).unwrap();
//! assert_eq!(e, XlinkError::InvalidAccessToken);
//! assert_eq!(e.to_string(), "无效的Access-Token");
//! assert_eq!((e.http_status(), e.sub_code()), (403, 1003));
//! assert_eq!(u32::from(e), 4031003);
//!
//! // A code constant is checked when it compiles.
//! const INVALID_FIELD: XlinkError = XlinkError::from_code(4001001).unwrap();
//! assert_eq!(INVALID_FIELD.name(), "FieldValidationFailed");
//!
//! // Codes the table does not know yet are kept, not lost.
//! let code = Code::<XlinkError>::from(4039999u32);
//! assert_eq!(code, Code::Unknown(4039999));
//! assert_eq!(XlinkError::try_from(4039999).unwrap_err().to_string(), "unknown xlink code 4039999");
//! ```
//!
//! The attribute, its options and what it generates are described on
//! [`error_table`](macro@error_table); the repository's README walks through
//! every option, modules of several families, unions and serde.
//!
//! # Features
//!
//! - `serde`: families and [`Code`] serialize as their number and deserialize
//!   from a number or a decimal string. Generated code reaches serde through
//!   this crate: the user adds no serde dependency for it.
//! - `http`: [`ErrorCode::status_code`] gives the [`http::StatusCode`], and
//!   every family and union converts into one with `From`.
//! - `axum`: the families and unions declared with `#[error_table(axum)]`
//!   implement `axum::response::IntoResponse` (through `axum-core`, the crate
//!   that defines it): the row's HTTP status and a JSON body, RFC 9457
//!   `application/problem+json` or the vendor's own shape (`body = ".."`).
//!
//! The crate is `#![no_std]` and never allocates.

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "axum")]
mod axum_impls;
mod code;
mod code_int;
mod display;
mod error_code;
mod http_impls;
mod perfect_hash;
mod retry;
#[cfg(feature = "serde")]
mod serde_impls;
mod unknown;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use crate::code::Code;
pub use crate::code_int::CodeInt;
pub use crate::error_code::ErrorCode;
pub use crate::retry::retryable_status;
pub use crate::unknown::{ParseCodeError, UnknownCode};

/// Declares an error family from a vendor's table, or several families in a
/// module.
///
/// On an enum, each unit variant `Name = code` is one row of the table; its
/// message is `#[msg("..")]` or the variant's doc comment. See the
/// repository's README for every option; in short:
///
/// | option on `#[error_table(..)]` | meaning |
/// |---|---|
/// | `http = split(N)` | the code is the HTTP status followed by `N` digits |
/// | `http = 200` | every code answers this HTTP status |
/// | `display = "({code}){msg}"` | the `Display` format: `{code}` `{msg}` `{name}` `{status}` `{sub}` |
/// | `lang = "zh"` | the default language of keyed messages |
/// | `name = "xlink"` | the family's name ([`ErrorCode::FAMILY`]) |
/// | `union = Name` | on a module: an enum wrapping every family of the module |
/// | `axum` | implement axum's `IntoResponse` (feature `axum`) |
/// | `body = problem` or `body = "<JSON template>"` | the response body: RFC 9457, or the vendor's shape with the `display` placeholders |
///
/// | on a variant | meaning |
/// |---|---|
/// | `#[msg("..")]` | the message (else the doc comment) |
/// | `#[msg(zh = "..", en = "..")]` | localized messages, read with `message_in` |
/// | `#[help("..")]` | a longer description, read with `help` |
/// | `#[http(404)]` | this code's HTTP status (not with `split`) |
/// | `#[retryable]`, `#[retryable(false)]` | whether `is_retryable` says to retry this code (default: status 429, 502, 503, 504) |
///
/// ```
/// use error_table::error_table;
///
/// #[error_table(http = split(4), union = XlinkError)]
/// pub mod xlink {
///     pub enum BadRequest {
///         /// 请求数据字段验证不通过
///         FieldValidationFailed = 4001001,
///     }
///     pub enum Forbidden {
///         /// 无效的Access-Token
///         InvalidAccessToken = 4031003,
///     }
/// }
///
/// use xlink::XlinkError;
/// assert_eq!(
///     XlinkError::from_code(4031003),
///     Some(XlinkError::Forbidden(xlink::Forbidden::InvalidAccessToken)),
/// );
/// ```
pub use error_table_macros::error_table;
